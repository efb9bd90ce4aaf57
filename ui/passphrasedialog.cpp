#include "passphrasedialog.h"

#include "dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qaytish {

PassphraseDialog::PassphraseDialog(const QString &backupPath, const QString &problem,
                                   QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Passphrase of the backup"));
    auto *layout = new QVBoxLayout(this);
    if (!problem.isEmpty()) {
        auto *error = new QLabel(problem);
        error->setObjectName(QStringLiteral("passphraseProblem"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(error);
    }
    auto *label =
        new QLabel(tr("%1 is sealed. &Passphrase:").arg(QDir::toNativeSeparators(backupPath)));
    label->setWordWrap(true);
    layout->addWidget(label);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_passphrase);
    layout->addWidget(m_passphrase);
    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("openBackupButton"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.isEmpty()); });
    layout->addWidget(buttons);
    m_passphrase->setFocus();
    resize(480, sizeHint().height());
    Dialogs::fitToText(this);
}

QString PassphraseDialog::passphrase() const {
    return m_passphrase->text();
}

} // namespace qaytish
