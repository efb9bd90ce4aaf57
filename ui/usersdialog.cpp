#include "usersdialog.h"

#include "accountdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qaytish {

UsersDialog::UsersDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                         QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("usersDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_add = button("addUserButton");
    m_disable = button("disableUserButton");
    m_reset = button("resetPasswordButton");
    buttons->addStretch(1);
    m_close = button("closeButton");
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("usersError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 22);
    retranslate();
    reload();
}

void UsersDialog::retranslate() {
    setWindowTitle(tr("Users"));
    m_intro->setText(tr("The users of this register and their roles. Accounts are disabled, "
                        "never deleted: the histories name them."));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Roles"), tr("State")});
    m_add->setText(tr("Add user…"));
    m_reset->setText(tr("Reset password…"));
    m_close->setText(tr("Close"));
    updateButtons();
    if (!m_users.isEmpty())
        reload();
}

void UsersDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UsersDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UsersDialog::reload() {
    const QString selected = selectedName();
    Result<QList<UserAccount>> users = UserStore(*m_db, m_clock).list(m_actor);
    if (!users) {
        showError(users.error().message);
        return;
    }
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserAccount &u = m_users.at(row);
        QString state = u.disabled ? tr("disabled") : tr("active");
        if (!u.disabled && u.mustChangePassword)
            state = tr("must change the password");
        const QStringList cells = {u.name, u.fullName, Permissions::displayNames(u.roles), state};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (u.name == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString UsersDialog::selectedName() const {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    return m_table->item(items.first()->row(), 0)->text();
}

void UsersDialog::updateButtons() {
    const QString name = selectedName();
    bool disabled = false;
    for (const UserAccount &u : std::as_const(m_users)) {
        if (u.name == name)
            disabled = u.disabled;
    }
    m_disable->setText(disabled ? tr("Enable") : tr("Disable"));
    m_disable->setEnabled(!name.isEmpty());
    m_reset->setEnabled(!name.isEmpty() && !disabled);
}

void UsersDialog::addUser() {
    UserStore users(*m_db, m_clock);
    AccountDialog dialog(
        AccountDialog::Mode::AddUser,
        [&](const AccountDialog::Values &v) -> Status {
            Result<UserAccount> added = users.add(m_actor, v.name, v.fullName, v.roles, v.password);
            if (!added)
                return added.error();
            return {};
        },
        QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        showError(QString());
        reload();
    }
}

void UsersDialog::toggleDisabled() {
    const QString name = selectedName();
    bool disabled = false;
    for (const UserAccount &u : std::as_const(m_users)) {
        if (u.name == name)
            disabled = u.disabled;
    }
    Status s = UserStore(*m_db, m_clock).setDisabled(m_actor, name, !disabled);
    showError(s ? QString() : s.error().message);
    reload();
}

void UsersDialog::resetPassword() {
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    UserStore users(*m_db, m_clock);
    AccountDialog dialog(
        AccountDialog::Mode::ResetPassword,
        [&](const AccountDialog::Values &v) {
            return users.resetPassword(m_actor, name, v.password);
        },
        name, this);
    if (dialog.exec() == QDialog::Accepted) {
        showError(QString());
        reload();
    }
}

} // namespace qaytish
