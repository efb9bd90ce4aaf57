#include "users.h"

#include "changewriter.h"
#include "dates.h"
#include "passwords.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace qaytish {

namespace {

const QString Table = QStringLiteral("app_user");
const QString AccessKey = QStringLiteral("accounts");

QString userColumns() {
    return QStringLiteral("id, uuid, name, full_name, roles, disabled, must_change_password, "
                          "failed_attempts, not_before, last_sign_in_at, created_at");
}

UserAccount accountFrom(const QSqlQuery &q) {
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.name = q.value(2).toString();
    a.fullName = q.value(3).toString();
    a.roles = Permissions::fromCodes(q.value(4).toString().split(u' ', Qt::SkipEmptyParts));
    a.disabled = q.value(5).toBool();
    a.mustChangePassword = q.value(6).toBool();
    a.failedAttempts = q.value(7).toInt();
    a.notBefore = dates::fromIsoDateTime(q.value(8).toString());
    a.lastSignIn = dates::fromIsoDateTime(q.value(9).toString());
    a.createdAt = dates::fromIsoDateTime(q.value(10).toString());
    return a;
}

// Roles as stored: codes separated by spaces, in a fixed order.
QString storedRoles(Roles roles) {
    return Permissions::codes(roles).join(u' ');
}

} // namespace

UserStore::UserStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

Status UserStore::acceptableName(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}._-]{1,64}$"));
    if (name.trimmed().isEmpty())
        return Error::make(ErrorKind::BadInput, tr("The user name is empty."),
                           QStringLiteral("name"));
    if (!re.match(name.trimmed()).hasMatch())
        return Error::make(ErrorKind::BadInput,
                           tr("The user name “%1” may hold letters, digits, dots, dashes and "
                              "underscores only, at most 64 of them.")
                               .arg(name.trimmed()),
                           QStringLiteral("name"));
    return {};
}

Result<UserStore::Access> UserStore::access() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user), "
                               "(SELECT value FROM register_info WHERE key = 'accounts')")) ||
        !q.next())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (q.value(0).toBool())
        return Access::Accounts;
    return q.value(1).toString() == u"pending" ? Access::Pending : Access::Open;
}

Status UserStore::keepOpen(const Actor &actor) {
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::ManageUsers);
    return m_db.transaction([&]() -> Status {
        Result<Access> now = access();
        if (!now)
            return now.error();
        if (now.value() == Access::Accounts)
            return Error::make(ErrorKind::BadInput,
                               tr("The register has user accounts: it cannot be left without "
                                  "them."));
        if (now.value() == Access::Open)
            return {};
        if (Result<QSqlQuery *> q =
                writer.run(QStringLiteral("DELETE FROM register_info WHERE key = ?"), {AccessKey});
            !q)
            return q.error();
        return writer.logEvent(QStringLiteral("register_info"),
                               QStringLiteral("kept without user accounts"));
    });
}

Result<UserAccount> UserStore::byNameIn(const QString &name) const {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM app_user WHERE name = ? COLLATE NOCASE").arg(userColumns()));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    if (!q.next())
        return Error::make(ErrorKind::NotFound,
                           tr("There is no user %1 in this register.").arg(name.trimmed()),
                           QStringLiteral("name"));
    return accountFrom(q);
}

Result<UserAccount> UserStore::byName(const QString &name) const {
    return byNameIn(name);
}

Result<int> UserStore::enabledAdministrators(qint64 exceptId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT roles FROM app_user WHERE disabled = 0 AND id <> ?"));
    q.addBindValue(exceptId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), m_db.path());
    int n = 0;
    while (q.next()) {
        if (Permissions::fromCodes(q.value(0).toString().split(u' ', Qt::SkipEmptyParts))
                .testFlag(Role::Administrator))
            ++n;
    }
    return n;
}

Result<UserAccount> UserStore::add(const Actor &actor, const QString &name, const QString &fullName,
                                   Roles roles, const QString &password) {
    if (Status s = acceptableName(name); !s)
        return s.error();
    if (roles == Roles())
        return Error::make(ErrorKind::BadInput, tr("A user needs at least one role."),
                           QStringLiteral("roles"));
    if (Status s = Passwords::acceptable(password, name); !s)
        return s.error();
    // Checked before the hash is computed: it takes a noticeable moment.
    if (Status s =
            Permissions::check(m_db.connection(), m_db.path(), actor, Permission::ManageUsers);
        !s)
        return s.error();
    Result<QString> hash = Passwords::hash(password);
    if (!hash)
        return hash.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::ManageUsers);
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        Result<Access> now = access();
        if (!now)
            return now.error();
        if (now.value() != Access::Accounts && !roles.testFlag(Role::Administrator))
            return Error::make(ErrorKind::BadInput,
                               tr("The first user of a register must be an administrator."),
                               QStringLiteral("roles"));
        if (byNameIn(name))
            return Error::make(ErrorKind::BadInput,
                               tr("There is already a user %1.").arg(name.trimmed()),
                               QStringLiteral("name"));
        Result<qint64> inserted =
            writer.insert(Table, {{QStringLiteral("name"), name.trimmed()},
                                  {QStringLiteral("full_name"), fullName.trimmed()},
                                  {QStringLiteral("password_hash"), hash.value()},
                                  {QStringLiteral("roles"), storedRoles(roles)},
                                  {QStringLiteral("password_changed_at"), writer.nowText()}});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (Result<QSqlQuery *> q =
                writer.run(QStringLiteral("DELETE FROM register_info WHERE key = ?"), {AccessKey});
            !q)
            return q.error();
        return {};
    });
    if (!s)
        return s.error();
    return byNameIn(name);
}

Result<QList<UserAccount>> UserStore::list(const Actor &actor) const {
    if (Status s = Permissions::check(m_db.connection(), m_db.path(), actor, Permission::ReadUsers);
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM app_user ORDER BY name COLLATE NOCASE")
                    .arg(userColumns())))
        return Database::errorFromSql(q.lastError(), m_db.path());
    QList<UserAccount> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

Result<UserStore::SignedIn> UserStore::signIn(const QString &name, const QString &password) {
    const Error wrong =
        Error::make(ErrorKind::Denied, tr("Wrong user name or password."), QStringLiteral("name"));
    Result<UserAccount> found = byNameIn(name);
    if (!found) {
        if (found.error().kind != ErrorKind::NotFound)
            return found.error();
        // As long as for a known name, so that the time taken does not tell which names
        // exist: the password is checked against a hash made with the current parameters.
        static const QString dummy = [] {
            const Result<QString> made = Passwords::hash(QStringLiteral("no such user"));
            return made ? made.value() : QString();
        }();
        if (!dummy.isEmpty())
            Passwords::verify(dummy, password);
        return wrong;
    }
    const UserAccount account = found.value();
    const QDateTime now = m_clock.now();
    if (account.notBefore.isValid() && now < account.notBefore) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(account.notBefore));
        return Error::make(ErrorKind::Denied,
                           tr("Too many failed attempts for %1: wait %n second(s) before the "
                              "next one.",
                              nullptr, int(wait))
                               .arg(account.name),
                           QStringLiteral("password"));
    }
    QString stored;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
        q.addBindValue(account.id);
        if (!q.exec() || !q.next())
            return Database::errorFromSql(q.lastError(), m_db.path());
        stored = q.value(0).toString();
    }
    // The bookkeeping of a sign-in is written in the user's name, before anyone is in.
    const Actor bookkeeper{account.name, Roles(), 0};
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, bookkeeper, Permission::SignIn);
    if (!Passwords::verify(stored, password)) {
        const int failed = account.failedAttempts + 1;
        const qint64 delay = Passwords::delaySeconds(failed);
        Status s = m_db.transaction([&]() -> Status {
            Result<QList<FieldChange>> changed =
                writer.update(Table, account.id,
                              {{QStringLiteral("failed_attempts"), failed},
                               {QStringLiteral("not_before"),
                                delay > 0 ? QVariant(now.addSecs(delay)) : QVariant(QString())}});
            if (!changed)
                return changed.error();
            return {};
        });
        if (!s)
            return s.error();
        if (delay > 0) {
            Error e = wrong;
            e.message +=
                u' ' + tr("Wait %n second(s) before the next attempt.", nullptr, int(delay));
            return e;
        }
        return wrong;
    }
    if (account.disabled)
        return Error::make(
            ErrorKind::Denied,
            tr("The account %1 is disabled: ask an administrator.").arg(account.name),
            QStringLiteral("name"));
    SignedIn result;
    result.actor = Actor{account.name, account.roles, account.id};
    result.mustChangePassword = account.mustChangePassword;
    QVariantMap values = {{QStringLiteral("failed_attempts"), 0},
                          {QStringLiteral("not_before"), QString()},
                          {QStringLiteral("last_sign_in_at"), now}};
    if (Passwords::needsRehash(stored)) {
        Result<QString> fresh = Passwords::hash(password);
        if (!fresh)
            return fresh.error();
        values.insert(QStringLiteral("password_hash"), fresh.value());
        result.rehashed = true;
    }
    Status s = m_db.transaction([&]() -> Status {
        Result<QList<FieldChange>> changed = writer.update(Table, account.id, values);
        if (!changed)
            return changed.error();
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

Status UserStore::changeOwnPassword(const Actor &actor, const QString &current,
                                    const QString &newPassword) {
    if (!actor.signedIn())
        return Error::make(ErrorKind::Denied, tr("Sign in first to change your password."));
    Result<UserAccount> account = byNameIn(actor.name);
    if (!account)
        return account.error();
    QString stored;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
        q.addBindValue(actor.userId);
        if (!q.exec() || !q.next())
            return Database::errorFromSql(q.lastError(), m_db.path());
        stored = q.value(0).toString();
    }
    if (!Passwords::verify(stored, current))
        return Error::make(ErrorKind::Denied, tr("The current password is wrong."),
                           QStringLiteral("current"));
    if (Status s = Passwords::acceptable(newPassword, actor.name); !s)
        return s;
    if (newPassword == current)
        return Error::make(ErrorKind::BadInput,
                           tr("The new password must differ from the current one."),
                           QStringLiteral("password"));
    Result<QString> hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::OwnAccount);
    return m_db.transaction([&]() -> Status {
        Result<QList<FieldChange>> changed =
            writer.update(Table, actor.userId,
                          {{QStringLiteral("password_hash"), hash.value()},
                           {QStringLiteral("must_change_password"), false},
                           {QStringLiteral("password_changed_at"), m_clock.now()}});
        if (!changed)
            return changed.error();
        return {};
    });
}

Status UserStore::resetPassword(const Actor &actor, const QString &name,
                                const QString &newPassword) {
    Result<UserAccount> account = byNameIn(name);
    if (!account)
        return account.error();
    if (Status s = Passwords::acceptable(newPassword, account->name); !s)
        return s;
    if (Status s =
            Permissions::check(m_db.connection(), m_db.path(), actor, Permission::ManageUsers);
        !s)
        return s;
    Result<QString> hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::ManageUsers);
    return m_db.transaction([&]() -> Status {
        Result<QList<FieldChange>> changed =
            writer.update(Table, account->id,
                          {{QStringLiteral("password_hash"), hash.value()},
                           {QStringLiteral("must_change_password"), true},
                           {QStringLiteral("failed_attempts"), 0},
                           {QStringLiteral("not_before"), QString()},
                           {QStringLiteral("password_changed_at"), m_clock.now()}});
        if (!changed)
            return changed.error();
        return {};
    });
}

Status UserStore::setDisabled(const Actor &actor, const QString &name, bool disabled) {
    Result<UserAccount> account = byNameIn(name);
    if (!account)
        return account.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::ManageUsers);
    return m_db.transaction([&]() -> Status {
        if (disabled && account->roles.testFlag(Role::Administrator)) {
            Result<int> others = enabledAdministrators(account->id);
            if (!others)
                return others.error();
            if (others.value() == 0)
                return Error::make(ErrorKind::BadInput,
                                   tr("%1 is the only administrator left: add another "
                                      "administrator before disabling this account.")
                                       .arg(account->name),
                                   QStringLiteral("name"));
        }
        Result<QList<FieldChange>> changed =
            writer.update(Table, account->id, {{QStringLiteral("disabled"), disabled}});
        if (!changed)
            return changed.error();
        return {};
    });
}

Status UserStore::setRoles(const Actor &actor, const QString &name, Roles roles) {
    if (roles == Roles())
        return Error::make(ErrorKind::BadInput, tr("A user needs at least one role."),
                           QStringLiteral("roles"));
    Result<UserAccount> account = byNameIn(name);
    if (!account)
        return account.error();
    ChangeWriter writer(m_db.connection(), m_db.path(), m_clock, actor, Permission::ManageUsers);
    return m_db.transaction([&]() -> Status {
        if (!roles.testFlag(Role::Administrator) && !account->disabled &&
            account->roles.testFlag(Role::Administrator)) {
            Result<int> others = enabledAdministrators(account->id);
            if (!others)
                return others.error();
            if (others.value() == 0)
                return Error::make(ErrorKind::BadInput,
                                   tr("%1 is the only administrator left: add another "
                                      "administrator before taking the role away.")
                                       .arg(account->name),
                                   QStringLiteral("roles"));
        }
        Result<QList<FieldChange>> changed =
            writer.update(Table, account->id, {{QStringLiteral("roles"), storedRoles(roles)}});
        if (!changed)
            return changed.error();
        return {};
    });
}

} // namespace qaytish
