#include "signindialog.h"

#include "accountdialog.h"
#include "dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

SignInDialog::SignInDialog(std::shared_ptr<Database> db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock) {
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_wait = new QLabel(this);
    m_wait->setObjectName(QStringLiteral("signInWait"));
    m_wait->hide();
    layout->addWidget(m_wait);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("signInButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &SignInDialog::tick);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    retranslate();
}

void SignInDialog::setFixedUser(const QString &name) {
    m_name->setText(name);
    m_name->setReadOnly(true);
    m_password->setFocus(Qt::OtherFocusReason);
    retranslate();
}

void SignInDialog::retranslate() {
    setWindowTitle(tr("Sign in"));
    const QString file = QDir::toNativeSeparators(QFileInfo(m_db->path()).fileName());
    m_intro->setText(m_name->isReadOnly()
                         ? tr("The window of %1 is locked. Type the password of %2 to go on.")
                               .arg(file, m_name->text())
                         : tr("The register %1 has user accounts. Sign in with your user name "
                              "and password.")
                               .arg(file));
    m_nameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    tick();
    Dialogs::fitToText(this);
}

void SignInDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->show();
    Dialogs::fitToText(this);
    m_password->clear();
    m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::startWait(qint64 seconds) {
    m_waitSeconds = seconds;
    m_waitClock.start();
    m_waitTimer.start();
    tick();
}

void SignInDialog::tick() {
    QPushButton *button = m_buttons->button(QDialogButtonBox::Ok);
    const qint64 left =
        m_waitSeconds > 0 ? m_waitSeconds - m_waitClock.elapsed() / 1000 : qint64(0);
    if (left <= 0) {
        m_waitSeconds = 0;
        m_waitTimer.stop();
        m_wait->hide();
        button->setEnabled(true);
        return;
    }
    button->setEnabled(false);
    m_wait->setText(tr("You can try again in %n second(s).", nullptr, int(left)));
    if (m_wait->isHidden()) {
        m_wait->show();
        Dialogs::fitToText(this);
    }
}

void SignInDialog::accept() {
    if (m_waitSeconds > 0)
        return;
    UserStore users(*m_db, m_clock);
    Result<UserStore::SignedIn> in = users.signIn(m_name->text(), m_password->text());
    if (!in) {
        showError(in.error().message);
        // The wait core stored with the account, counted down here without blocking.
        if (Result<UserAccount> account = users.byName(m_name->text());
            account && account->notBefore.isValid() && account->notBefore > m_clock.now())
            startWait(m_clock.now().secsTo(account->notBefore));
        return;
    }
    if (in->mustChangePassword) {
        const QString current = m_password->text();
        const Actor actor = in->actor;
        AccountDialog change(
            AccountDialog::Mode::ChooseNewPassword,
            [&](const AccountDialog::Values &v) {
                return users.changeOwnPassword(actor, current, v.password);
            },
            actor.name, this);
        if (change.exec() != QDialog::Accepted) {
            showError(tr("An administrator reset your password: choose a new one to sign in."));
            return;
        }
    }
    m_actor = in->actor;
    m_password->clear();
    QDialog::accept();
}

} // namespace qaytish
