// qaytish-cli: user accounts (user add, list, passwd, disable, enable) and signing in.
#include "cli.h"

#include "core/appinfo.h"
#include "core/dates.h"
#include "core/users.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace qaytish {

std::optional<QString> Cli::takePassword() {
    // The first password is QAYTISH_PASSWORD when it is set; every other one (and the first
    // without it) is the next line of standard input.
    if (m_passwordsTaken++ == 0 && qEnvironmentVariableIsSet("QAYTISH_PASSWORD"))
        return qEnvironmentVariable("QAYTISH_PASSWORD");
    return takeSecretLine();
}

std::optional<QString> Cli::takeSecretLine() {
    if (!m_stdin.isOpen() && !m_stdin.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    if (m_stdin.atEnd())
        return std::nullopt;
    QString line = QString::fromUtf8(m_stdin.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

Status Cli::signIn(const Database &db, Permission permission, bool allowPasswordChange) {
    const QString user = m_parser.value(QStringLiteral("user")).trimmed();
    UserStore users(db, m_clock);
    Result<UserStore::Access> access = users.access();
    if (!access)
        return access.error();
    if (access.value() != UserStore::Access::Accounts) {
        // No accounts: whoever works holds every role, under the name given or the system's.
        m_actor = Actor{user.isEmpty() ? systemUserName() : user};
        return Permissions::check(db.connection(), db.path(), m_actor, permission);
    }
    if (user.isEmpty())
        return Error::make(ErrorKind::Denied,
                           tr("The register %1 has user accounts: give %2 and the password "
                              "(in %3, or on a line of standard input).")
                               .arg(QDir::toNativeSeparators(db.path()),
                                    QStringLiteral("--user NAME"),
                                    QStringLiteral("QAYTISH_PASSWORD")));
    const std::optional<QString> password = takePassword();
    if (!password || password->isEmpty())
        return Error::make(ErrorKind::Denied,
                           tr("No password was given for %1: set %2 or write it on a line of "
                              "standard input.")
                               .arg(user, QStringLiteral("QAYTISH_PASSWORD")));
    Result<UserStore::SignedIn> in = users.signIn(user, *password);
    if (!in)
        return in.error();
    m_actor = in->actor;
    m_loginPassword = *password;
    if (in->mustChangePassword && !allowPasswordChange)
        return Error::make(ErrorKind::Denied,
                           tr("An administrator reset the password of %1: choose a new one "
                              "first with %2.")
                               .arg(m_actor.name, QStringLiteral("user passwd ") + m_actor.name));
    return Permissions::check(db.connection(), db.path(), m_actor, permission);
}

int Cli::cmdUser(const QStringList &args) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const QStringList subcommands = {QStringLiteral("add"), QStringLiteral("list"),
                                     QStringLiteral("passwd"), QStringLiteral("disable"),
                                     QStringLiteral("enable")};
    if (!subcommands.contains(sub))
        return usageError(
            sub.isEmpty() ? tr("%1 needs a subcommand: %2.")
                                .arg(QStringLiteral("user"), subcommands.join(QStringLiteral(", ")))
                          : tr("unknown user subcommand “%1”.").arg(sub));
    if (!onlyOptions(QStringLiteral("user ") + sub,
                     sub == u"add"
                         ? QStringList{QStringLiteral("role"), QStringLiteral("full-name")}
                     : sub == u"list" ? QStringList{QStringLiteral("json")}
                                      : QStringList{}))
        return 2;
    if (sub == u"list" ? !rest.isEmpty() : rest.size() != 1)
        return usageError(sub == u"list"
                              ? tr("%1 takes no arguments.").arg(QStringLiteral("user list"))
                              : tr("%1 needs one user name.").arg(QStringLiteral("user ") + sub));
    Roles roles;
    if (sub == u"add") {
        for (const QString &value : m_parser.values(QStringLiteral("role"))) {
            for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
                const auto role = Permissions::fromCode(code.trimmed());
                if (!role)
                    return usageError(tr("“%1” is not a role. Use one of: %2.")
                                          .arg(code.trimmed(), Permissions::codes(AllRoles).join(
                                                                   QStringLiteral(", "))));
                roles |= *role;
            }
        }
        if (roles == Roles())
            return usageError(tr("%1 needs at least one %2.")
                                  .arg(QStringLiteral("user add"), QStringLiteral("--role")));
    }
    Result<std::shared_ptr<Database>> opened = openRecognised(Database::OpenMode::ExistingOnly);
    if (!opened)
        return fail(opened.error());
    const Database &db = *opened.value();
    const QString name = rest.value(0);
    const bool own =
        sub == u"passwd" &&
        name.compare(m_parser.value(QStringLiteral("user")).trimmed(), Qt::CaseInsensitive) == 0;
    const Permission needed = sub == u"list" ? Permission::ReadUsers
                              : own          ? Permission::OwnAccount
                                             : Permission::ManageUsers;
    if (Status s = signIn(db, needed, own); !s)
        return fail(s.error());
    UserStore users(db, m_clock);

    if (sub == u"list") {
        Result<QList<UserAccount>> list = users.list(m_actor);
        if (!list)
            return fail(list.error());
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            auto time = [](const QDateTime &t) {
                return t.isValid() ? QJsonValue(dates::toIsoDateTime(t)) : QJsonValue();
            };
            for (const UserAccount &u : list.value())
                array.append(
                    QJsonObject{{QStringLiteral("name"), u.name},
                                {QStringLiteral("full_name"), u.fullName},
                                {QStringLiteral("roles"),
                                 QJsonArray::fromStringList(Permissions::codes(u.roles))},
                                {QStringLiteral("disabled"), u.disabled},
                                {QStringLiteral("must_change_password"), u.mustChangePassword},
                                {QStringLiteral("failed_attempts"), u.failedAttempts},
                                {QStringLiteral("last_sign_in_at"), time(u.lastSignIn)},
                                {QStringLiteral("created_at"), time(u.createdAt)}});
            m_out
                << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed()
                << Qt::endl;
            return 0;
        }
        for (const UserAccount &u : list.value())
            m_out << u.name << '\t' << Permissions::codes(u.roles).join(u',') << '\t'
                  << (u.disabled ? QStringLiteral("disabled") : QStringLiteral("active")) << '\t'
                  << u.fullName << '\n';
        m_out.flush();
        return 0;
    }
    if (sub == u"disable" || sub == u"enable") {
        if (Status s = users.setDisabled(m_actor, name, sub == u"disable"); !s)
            return fail(s.error());
        m_out << (sub == u"disable" ? tr("The account %1 is disabled.").arg(name)
                                    : tr("The account %1 is enabled.").arg(name))
              << Qt::endl;
        return 0;
    }
    const std::optional<QString> password = takePassword();
    if (!password || password->isEmpty())
        return fail(Error::make(ErrorKind::BadInput,
                                tr("No new password was given: write it on the next line of "
                                   "standard input."),
                                QStringLiteral("password")));
    if (sub == u"add") {
        Result<UserAccount> added =
            users.add(m_actor, name, m_parser.value(QStringLiteral("full-name")), roles, *password);
        if (!added)
            return fail(added.error());
        m_out << tr("Added the user %1 (%2).")
                     .arg(added->name, Permissions::codes(added->roles).join(QStringLiteral(", ")))
              << Qt::endl;
        return 0;
    }
    // passwd: one's own (the password signed in with is the current one), or a reset.
    Status s = own ? users.changeOwnPassword(m_actor, m_loginPassword, *password)
                   : users.resetPassword(m_actor, name, *password);
    if (!s)
        return fail(s.error());
    m_out << (own ? tr("The password of %1 is changed.").arg(m_actor.name)
                  : tr("The password of %1 is reset; it must be changed at the next sign-in.")
                        .arg(name))
          << Qt::endl;
    return 0;
}

} // namespace qaytish
