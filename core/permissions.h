#pragma once

#include "actor.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace qaytish {

// What an operation needs. Each names the roles that allow it (Permissions::rolesFor); the
// repositories name one for every write they make (ChangeWriter refuses the write when the
// actor lacks it) and for the reads of case contents.
enum class Permission {
    ReadCases,           // officer, consul: the register's cases and lists
    EditCases,           // officer: create and edit cases, status, requests, interviews
    ImportCases,         // officer: CSV imports, the demo's bulk load
    StorePhoto,          // officer, consul: a person's photo (the certificate dialog takes it)
    AssignCases,         // consul: who the assigned officer of a case is
    SeeAllNeeds,         // consul: operational needs of every case (officers: their own)
    ConfirmIdentity,     // consul: a reply "confirmed" from the authorities at home
    IssueCertificates,   // consul: issue, spoil and cancel Certificates of Return
    SigningKeys,         // consul, administrator: the mission's signing keys
    EditReturnLists,     // officer, consul: draft lists, passengers, escorts, boarding
    FinaliseReturnLists, // consul: overrides, finalising and reopening a list
    EditMissionSettings, // administrator
    ApplyRetention,      // administrator: anonymise the persons past the retention period
    ManageUsers,         // administrator: add, disable, reset passwords
    BackUpAndRestore,    // administrator: a backup of the whole register, restoring one
    ReadUsers,           // administrator, auditor: the list of accounts
    ReadAuditLog,        // auditor: who did what and when, without the values
    OwnAccount,          // any signed-in user: their own password
    SignIn,              // the sign-in's own bookkeeping (failed attempts), before anyone is in
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    // The roles of which any one allows the permission (empty: any signed-in user, or
    // nobody in particular for SignIn).
    static Roles rolesFor(Permission permission);
    // Whether roles allow it, without the register.
    static bool allows(Roles roles, Permission permission);
    // The refusal naming the role needed, for an actor whose roles do not allow it.
    static Error refusal(const QString &who, Permission permission);

    // The check against the register: in a register with accounts the actor must be a
    // signed-in, enabled user, whose roles are read from the register (a change of roles or
    // a disabled account takes effect at once); without accounts the actor's own roles
    // count. Denied errors name the role needed.
    static Status check(QSqlDatabase db, const QString &path, const Actor &actor,
                        Permission permission);
    // The roles the actor holds in the register now (see check()).
    static Result<Roles> effectiveRoles(QSqlDatabase db, const QString &path, const Actor &actor);

    // Role codes as stored and as the CLI takes them: officer, consul, administrator,
    // auditor. Never translated.
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    static QList<Role> all();
    static QStringList codes(Roles roles);
    static Roles fromCodes(const QStringList &codes); // unknown codes are ignored
    static QString displayName(Role role);
    static QString displayNames(Roles roles); // "officer, consul"
};

} // namespace qaytish
