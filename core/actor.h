#pragma once

#include <QFlags>
#include <QString>

namespace qaytish {

// What a user account may do (DESIGN.md, the security work). A user may hold several.
enum class Role {
    Officer = 0x1,       // create and edit cases, import
    Consul = 0x2,        // confirm identity, certificates, final return lists, every need
    Administrator = 0x4, // users, mission settings, retention
    Auditor = 0x8,       // the audit log's metadata, never case contents
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

inline constexpr Roles AllRoles =
    Roles(Role::Officer) | Role::Consul | Role::Administrator | Role::Auditor;

// The acting officer. Every core operation takes one, so that permissions and the audit
// trail hang on it without touching the callers. In a register without user accounts
// whoever works there holds every role (userId 0); in a register with accounts only a
// signed-in user (UserStore::signIn) acts, and ChangeWriter takes that user's roles from the
// register itself, not from this struct.
struct Actor {
    QString name;
    Roles roles = AllRoles;
    qint64 userId = 0; // the signed-in account; 0 in a register without accounts

    bool signedIn() const { return userId > 0; }
};

} // namespace qaytish
