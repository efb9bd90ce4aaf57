#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qaytish {

// File > Back up…: where the backup goes and whether it is sealed with a passphrase (typed
// twice, at least Backups::MinimumPassphraseLength characters). "Back up" stays disabled,
// with the reason beside it, until the choice is complete.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(const QString &registerPath, const QDateTime &now, QWidget *parent = nullptr);

    QString path() const;
    std::optional<QString> passphrase() const; // set when the backup is to be sealed
    // Whether the officer agreed to replace an existing file (the file dialog asks, or this
    // dialog when the name was typed).
    bool overwrite() const { return m_overwrite; }

    void done(int result) override;

private:
    void chooseFile();
    void updateState();

    QLineEdit *m_file = nullptr;
    QCheckBox *m_seal = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_chosenInDialog; // the file the file dialog confirmed replacing
    bool m_overwrite = false;
};

} // namespace qaytish
