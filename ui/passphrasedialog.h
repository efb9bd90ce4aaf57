#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qaytish {

// The passphrase of a sealed backup, asked before it is restored. After a wrong one the
// dialog comes again with the reason shown above the field.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    PassphraseDialog(const QString &backupPath, const QString &problem, QWidget *parent = nullptr);
    QString passphrase() const;

private:
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace qaytish
