#include "accountdialog.h"

#include "dialogs.h"

#include "core/passwords.h"
#include "core/permissions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

AccountDialog::AccountDialog(Mode mode, Submit submit, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_submit(std::move(submit))
    , m_userName(userName) {
    setObjectName(QStringLiteral("accountDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("accountIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    auto line = [this](const char *name, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        m_form->addRow(QStringLiteral("-"), edit);
        return edit;
    };
    const bool newAccount = mode == Mode::FirstAdministrator ||
                            mode == Mode::OlderRegisterAdministrator || mode == Mode::AddUser;
    if (newAccount) {
        m_name = line("userNameEdit", false);
        m_fullName = line("fullNameEdit", false);
    }
    if (mode == Mode::AddUser) {
        m_rolesBox = new QWidget(this);
        m_rolesBox->setObjectName(QStringLiteral("rolesBox"));
        auto *roles = new QVBoxLayout(m_rolesBox);
        roles->setContentsMargins(0, 0, 0, 0);
        for (Role role : Permissions::all()) {
            auto *box = new QCheckBox(m_rolesBox);
            box->setObjectName(QStringLiteral("role_") + Permissions::code(role));
            roles->addWidget(box);
            m_roles.insert(role, box);
        }
        m_form->addRow(QStringLiteral("-"), m_rolesBox);
    }
    if (mode == Mode::ChangeOwnPassword)
        m_current = line("currentPasswordEdit", true);
    m_password = line("passwordEdit", true);
    m_repeat = line("repeatPasswordEdit", true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("accountButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslate();
}

void AccountDialog::retranslate() {
    const int minimum = Passwords::MinimumLength;
    switch (m_mode) {
    case Mode::FirstAdministrator:
        setWindowTitle(tr("Administrator of the register"));
        m_intro->setText(tr("This register gets user accounts. Create its first user, the "
                            "administrator, who holds every role and adds the other users. "
                            "The password needs at least %1 characters.")
                             .arg(minimum));
        break;
    case Mode::OlderRegisterAdministrator:
        setWindowTitle(tr("Administrator of the register"));
        m_intro->setText(tr("This register was made by an earlier version of Qaytish, without "
                            "user accounts. Create its administrator now, who holds every role "
                            "and adds the other users; from then on everyone signs in. The "
                            "password needs at least %1 characters. Cancel opens the register "
                            "unprotected this time and asks again at the next start.")
                             .arg(minimum));
        break;
    case Mode::AddUser:
        setWindowTitle(tr("Add user"));
        m_intro->setText(tr("A new user of this register. The password needs at least %1 "
                            "characters; give it to the user in person.")
                             .arg(minimum));
        break;
    case Mode::ChangeOwnPassword:
        setWindowTitle(tr("Change password"));
        m_intro->setText(
            tr("A new password for %1: at least %2 characters.").arg(m_userName).arg(minimum));
        break;
    case Mode::ChooseNewPassword:
        setWindowTitle(tr("Change password"));
        m_intro->setText(tr("An administrator reset the password of %1: choose a new one, at "
                            "least %2 characters.")
                             .arg(m_userName)
                             .arg(minimum));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        m_intro->setText(tr("A new password for %1, who must change it at the next sign-in: "
                            "at least %2 characters.")
                             .arg(m_userName)
                             .arg(minimum));
        break;
    }
    auto label = [this](QWidget *field, const QString &text) {
        if (field)
            if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
                l->setText(text);
    };
    label(m_name, tr("User name:"));
    label(m_fullName, tr("Full name:"));
    label(m_rolesBox, tr("Roles:"));
    label(m_current, tr("Current password:"));
    label(m_password, tr("New password:"));
    label(m_repeat, tr("Repeat the password:"));
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setText(Permissions::displayName(it.key()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    Dialogs::fitToText(this);
}

void AccountDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

AccountDialog::Values AccountDialog::values() const {
    Values v;
    v.name = m_name ? m_name->text().trimmed() : m_userName;
    v.fullName = m_fullName ? m_fullName->text().trimmed() : QString();
    if (m_mode == Mode::FirstAdministrator || m_mode == Mode::OlderRegisterAdministrator)
        v.roles = AllRoles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            v.roles |= it.key();
    }
    v.currentPassword = m_current ? m_current->text() : QString();
    v.password = m_password->text();
    return v;
}

void AccountDialog::showError(const Error &error) {
    m_error->setText(error.message);
    m_error->show();
    Dialogs::fitToText(this);
    QWidget *field = m_password;
    if (error.field == u"name" && m_name)
        field = m_name;
    else if (error.field == u"current" && m_current)
        field = m_current;
    else if (error.field == u"roles" && !m_roles.isEmpty())
        field = m_roles.value(Role::Officer);
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void AccountDialog::accept() {
    if (m_password->text() != m_repeat->text()) {
        showError(Error::make(ErrorKind::BadInput, tr("The two passwords differ."),
                              QStringLiteral("password")));
        m_repeat->clear();
        return;
    }
    if (Status s = m_submit(values()); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace qaytish
