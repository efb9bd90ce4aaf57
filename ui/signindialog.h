#pragma once

#include "core/clock.h"
#include "core/database.h"
#include "core/users.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace qaytish {

// Signing in to a register with user accounts: at its opening, to unlock a locked window
// (the name is fixed then) and to switch users. After too many failed attempts the button
// waits out the delay core set, counting down, while the window stays responsive. A user
// whose password was reset must choose a new one before going on.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(std::shared_ptr<Database> db, const Clock &clock, QWidget *parent = nullptr);

    // For unlocking: the name is given and cannot be changed.
    void setFixedUser(const QString &name);
    // The user signed in, once the dialog was accepted.
    const Actor &actor() const { return m_actor; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message);
    void startWait(qint64 seconds);
    void tick();

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_wait = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_waitTimer;
    QElapsedTimer m_waitClock;
    qint64 m_waitSeconds = 0;
};

} // namespace qaytish
