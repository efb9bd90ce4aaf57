#pragma once

#include "core/clock.h"
#include "core/database.h"
#include "core/users.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qaytish {

// The administrator's list of the register's users (Tools > Users…): add a user with roles,
// disable or enable an account, reset a password (the user changes it at the next sign-in).
// Core checks the administrator role on every step; a refusal is shown under the list.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    UsersDialog(std::shared_ptr<Database> db, const Clock &clock, Actor actor,
                QWidget *parent = nullptr);

    void reload();
    void addUser();
    void toggleDisabled();
    void resetPassword();
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showError(const QString &message);
    QString selectedName() const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    Actor m_actor;
    QList<UserAccount> m_users;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace qaytish
