#include "permissions.h"

#include "database.h"

#include <QSqlQuery>

namespace qaytish {

Roles Permissions::rolesFor(Permission permission) {
    switch (permission) {
    case Permission::ReadCases:
    case Permission::StorePhoto:
    case Permission::EditReturnLists:
        return Roles(Role::Officer) | Role::Consul;
    case Permission::EditCases:
    case Permission::ImportCases:
        return Role::Officer;
    case Permission::AssignCases:
    case Permission::SeeAllNeeds:
    case Permission::ConfirmIdentity:
    case Permission::IssueCertificates:
    case Permission::FinaliseReturnLists:
        return Role::Consul;
    case Permission::SigningKeys:
        return Roles(Role::Consul) | Role::Administrator;
    case Permission::EditMissionSettings:
    case Permission::ManageUsers:
    case Permission::ApplyRetention:
    case Permission::BackUpAndRestore:
        return Role::Administrator;
    case Permission::ReadUsers:
        return Roles(Role::Administrator) | Role::Auditor;
    case Permission::ReadAuditLog:
        return Role::Auditor;
    case Permission::OwnAccount:
    case Permission::SignIn:
        return {};
    }
    return {};
}

bool Permissions::allows(Roles roles, Permission permission) {
    const Roles needed = rolesFor(permission);
    return needed == Roles() || (roles & needed) != Roles();
}

Error Permissions::refusal(const QString &who, Permission permission) {
    const QList<Role> needed = [&] {
        QList<Role> list;
        for (Role role : all()) {
            if (rolesFor(permission).testFlag(role))
                list << role;
        }
        return list;
    }();
    QString message;
    if (needed.size() == 1)
        message =
            tr("%1 may not do this: it needs the %2 role.").arg(who, displayName(needed.first()));
    else
        message = tr("%1 may not do this: it needs one of the roles %2.")
                      .arg(who, displayNames(rolesFor(permission)));
    return Error::make(ErrorKind::Denied, message);
}

Result<Roles> Permissions::effectiveRoles(QSqlDatabase db, const QString &path,
                                          const Actor &actor) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user), roles, disabled "
                             "FROM (SELECT 1) LEFT JOIN app_user ON app_user.id = ?"));
    q.addBindValue(actor.userId);
    if (!q.exec() || !q.next())
        return Database::errorFromSql(q.lastError(), path);
    if (!q.value(0).toBool())
        return actor.roles; // a register without accounts: whoever works holds the roles
    if (!actor.signedIn())
        return Error::make(ErrorKind::Denied,
                           tr("This register has user accounts: sign in first."));
    if (q.value(1).isNull())
        return Error::make(ErrorKind::Denied, tr("The user %1 is not an account of this "
                                                 "register: sign in again.")
                                                  .arg(actor.name));
    if (q.value(2).toBool())
        return Error::make(ErrorKind::Denied,
                           tr("The account %1 is disabled: ask an administrator.").arg(actor.name));
    return fromCodes(q.value(1).toString().split(u' ', Qt::SkipEmptyParts));
}

Status Permissions::check(QSqlDatabase db, const QString &path, const Actor &actor,
                          Permission permission) {
    if (permission == Permission::SignIn)
        return {};
    Result<Roles> roles = effectiveRoles(db, path, actor);
    if (!roles)
        return roles.error();
    if (!allows(roles.value(), permission))
        return refusal(actor.name, permission);
    return {};
}

QList<Role> Permissions::all() {
    return {Role::Officer, Role::Consul, Role::Administrator, Role::Auditor};
}

QString Permissions::code(Role role) {
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Consul:
        return QStringLiteral("consul");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Permissions::fromCode(const QString &code) {
    for (Role role : all()) {
        if (Permissions::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QStringList Permissions::codes(Roles roles) {
    QStringList out;
    for (Role role : all()) {
        if (roles.testFlag(role))
            out << code(role);
    }
    return out;
}

Roles Permissions::fromCodes(const QStringList &codes) {
    Roles roles;
    for (const QString &c : codes) {
        if (const auto role = fromCode(c.trimmed()))
            roles |= *role;
    }
    return roles;
}

QString Permissions::displayName(Role role) {
    switch (role) {
    case Role::Officer:
        return tr("officer");
    case Role::Consul:
        return tr("consul");
    case Role::Administrator:
        return tr("administrator");
    case Role::Auditor:
        return tr("auditor");
    }
    return {};
}

QString Permissions::displayNames(Roles roles) {
    QStringList names;
    for (Role role : all()) {
        if (roles.testFlag(role))
            names << displayName(role);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace qaytish
