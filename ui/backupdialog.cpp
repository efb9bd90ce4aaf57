#include "backupdialog.h"

#include "dialogs.h"

#include "core/backups.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qaytish {

namespace {

const QString SealedSuffix = QStringLiteral(".qaytish-sealed");
const QString PlainSuffix = QStringLiteral(".qaytish");

} // namespace

BackupDialog::BackupDialog(const QString &registerPath, const QDateTime &now, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up the register"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A backup is a copy of the whole register %1 to keep away from "
                                "this computer, for instance on a USB stick in the safe. Sealed "
                                "with a passphrase, it reveals nothing to whoever finds it; the "
                                "passphrase cannot be recovered.")
                                 .arg(QDir::toNativeSeparators(registerPath)));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("backupFile"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(
        QFileInfo(registerPath).completeBaseName() + u'-' +
        now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) + SealedSuffix)));
    auto *choose = new QPushButton(tr("C&hoose…"));
    choose->setObjectName(QStringLiteral("chooseBackupFile"));
    choose->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_seal = new QCheckBox(tr("&Seal with a passphrase"));
    m_seal->setObjectName(QStringLiteral("sealBackup"));
    m_seal->setChecked(true);
    form->addRow(QString(), m_seal);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"));
    passphraseLabel->setBuddy(m_passphrase);
    auto *repeatLabel = new QLabel(tr("&Repeat it:"));
    repeatLabel->setBuddy(m_repeat);
    form->addRow(passphraseLabel, m_passphrase);
    form->addRow(repeatLabel, m_repeat);
    layout->addLayout(form);

    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("backupHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("backupButton"));
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFile);
    connect(m_seal, &QCheckBox::toggled, this, [this](bool sealed) {
        // The usual name follows the choice; a name of the officer's own stays.
        QString file = m_file->text();
        if (sealed && file.endsWith(PlainSuffix))
            file = file.chopped(PlainSuffix.size()) + SealedSuffix;
        else if (!sealed && file.endsWith(SealedSuffix))
            file = file.chopped(SealedSuffix.size()) + PlainSuffix;
        m_file->setText(file);
        updateState();
    });
    for (QLineEdit *edit : {m_file, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &BackupDialog::updateState);
    updateState();
    m_passphrase->setFocus();
    resize(560, sizeHint().height());
    Dialogs::fitToText(this);
}

QString BackupDialog::path() const {
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

std::optional<QString> BackupDialog::passphrase() const {
    if (!m_seal->isChecked())
        return std::nullopt;
    return m_passphrase->text();
}

void BackupDialog::chooseFile() {
    const bool sealed = m_seal->isChecked();
    const QString filter = sealed ? tr("Sealed backups (*%1)").arg(SealedSuffix)
                                  : tr("Registers (*%1)").arg(PlainSuffix);
    const QString chosen =
        Dialogs::saveFileName(this, tr("Back up to"), m_file->text(),
                              filter + QStringLiteral(";;") + tr("All files (*)"));
    if (chosen.isEmpty())
        return;
    m_chosenInDialog = chosen;
    m_file->setText(QDir::toNativeSeparators(chosen));
}

void BackupDialog::updateState() {
    QString hint;
    bool ready = !path().isEmpty();
    m_passphrase->setEnabled(m_seal->isChecked());
    m_repeat->setEnabled(m_seal->isChecked());
    if (!ready) {
        hint = tr("Choose the file for the backup.");
    } else if (m_seal->isChecked()) {
        if (Status s = Backups::acceptablePassphrase(m_passphrase->text()); !s) {
            hint = s.error().message;
            ready = false;
        } else if (m_repeat->text() != m_passphrase->text()) {
            hint = m_repeat->text().isEmpty() ? tr("Type the passphrase again below.")
                                              : tr("The two passphrases differ.");
            ready = false;
        } else {
            hint = tr("Keep the passphrase apart from the backup: without it the backup cannot "
                      "be restored.");
        }
    } else {
        hint = tr("Not sealed: anyone who has the file can read every case in it.");
    }
    m_hint->setText(hint);
    m_ok->setEnabled(ready);
}

void BackupDialog::done(int result) {
    if (result == QDialog::Accepted) {
        if (!m_ok->isEnabled())
            return;
        m_overwrite = false;
        if (QFileInfo::exists(path())) {
            if (QFileInfo(path()).isDir()) {
                Dialogs::error(this, windowTitle(),
                               tr("%1 is a folder: give the backup a file name inside it.")
                                   .arg(QDir::toNativeSeparators(path())));
                return;
            }
            if (m_chosenInDialog != path()) {
                Dialogs::Question q;
                q.kind = Dialogs::Question::Kind::Question;
                q.title = windowTitle();
                q.text = tr("%1 exists already. Replace it with the new backup?")
                             .arg(QDir::toNativeSeparators(path()));
                q.yesText = tr("Replace");
                q.noText = tr("Cancel");
                if (Dialogs::ask(this, q) != Dialogs::Answer::Yes)
                    return;
            }
            m_overwrite = true;
        }
    }
    QDialog::done(result);
}

} // namespace qaytish
