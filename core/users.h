#pragma once

#include "actor.h"
#include "clock.h"
#include "database.h"
#include "permissions.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qaytish {

struct UserAccount {
    qint64 id = 0;
    QString uuid;
    QString name;     // the sign-in name, unique without regard to case
    QString fullName; // full_name, as shown in the Users dialog
    Roles roles;
    bool disabled = false;
    bool mustChangePassword = false; // after an administrator's reset
    int failedAttempts = 0;          // failed sign-ins since the last good one
    QDateTime notBefore;             // no sign-in is tried before then (invalid: none)
    QDateTime lastSignIn;
    QDateTime createdAt;
};

// The user accounts of a register (schema 5, table app_user) and signing in. Every write goes
// through ChangeWriter with its permission; password hashes are never written to the audit trail.
class UserStore {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    UserStore(const Database &db, const Clock &clock);

    // Whether the register asks for a sign-in.
    enum class Access {
        Open,     // no accounts: no sign-in (created without an administrator)
        Pending,  // no accounts yet, from an earlier version: asks for an administrator
        Accounts, // has accounts: every operation needs a signed-in user
    };
    Result<Access> access() const;
    // Leaves a register from an earlier version without accounts on purpose (it no longer
    // asks for an administrator). Refused once the register has accounts.
    Status keepOpen(const Actor &actor);

    // Adds an account. The first account of a register must hold the administrator role;
    // later ones need an administrator. The password must be acceptable().
    Result<UserAccount> add(const Actor &actor, const QString &name, const QString &fullName,
                            Roles roles, const QString &password);
    Result<QList<UserAccount>> list(const Actor &actor) const; // by name
    Result<UserAccount> byName(const QString &name) const;

    struct SignedIn {
        Actor actor;
        bool mustChangePassword = false;
        bool rehashed = false; // the stored hash was made anew under raised parameters
    };
    // Checks name and password. From the third failed attempt an account waits a growing
    // delay (Passwords::delaySeconds) before the next attempt is even checked; the wait is
    // stored with the account, so every program on the register keeps it. Errors are
    // Denied; a wrong name and a wrong password get the same message.
    Result<SignedIn> signIn(const QString &name, const QString &password);

    // The signed-in user's own password (the current one is asked again).
    Status changeOwnPassword(const Actor &actor, const QString &current,
                             const QString &newPassword);
    // An administrator sets another user's password; that user must change it at the next
    // sign-in. Also clears the wait after failed attempts.
    Status resetPassword(const Actor &actor, const QString &name, const QString &newPassword);
    // Disabling never leaves the register without an enabled administrator.
    Status setDisabled(const Actor &actor, const QString &name, bool disabled);
    Status setRoles(const Actor &actor, const QString &name, Roles roles);

    // A user's name as accounts take it: trimmed; letters, digits, . _ - only.
    static Status acceptableName(const QString &name);

private:
    Result<UserAccount> byNameIn(const QString &name) const;
    Result<int> enabledAdministrators(qint64 exceptId) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace qaytish
