#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace qaytish {

// One dialog for every password a person types twice: the first administrator of a register,
// a new user (name, roles), the signed-in user's own new password, an administrator's reset.
// `submit` does the work in core (UserStore); a refusal is shown under the fields and the
// field it names gets the focus, and the dialog stays open.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    // ChooseNewPassword: after an administrator's reset, at sign-in (the current password was
    // just typed, so it is not asked again).
    enum class Mode {
        FirstAdministrator,         // a new register
        OlderRegisterAdministrator, // a register of an earlier version, without accounts
        AddUser,
        ChangeOwnPassword,
        ChooseNewPassword,
        ResetPassword,
    };

    struct Values {
        QString name;
        QString fullName;
        Roles roles;
        QString currentPassword; // ChangeOwnPassword
        QString password;
    };
    using Submit = std::function<Status(const Values &values)>;

    // `userName` is shown (not edited) when the password of an existing user is set.
    AccountDialog(Mode mode, Submit submit, const QString &userName = QString(),
                  QWidget *parent = nullptr);

    Values values() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const Error &error);

    Mode m_mode;
    Submit m_submit;
    QString m_userName;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    QWidget *m_rolesBox = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qaytish
