// User accounts, roles and permissions, passwords and signing in, through core alone.
#include "core/caserepository.h"
#include "core/missionsettings.h"
#include "core/passwords.h"
#include "core/users.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

const QString AdminPassword = QStringLiteral("admin-secret-1");
const QString Password = QStringLiteral("correct horse 7");

// The memory cost of an encoded Argon2id hash, in KiB.
int memoryOf(const QString &encoded) {
    static const QRegularExpression re(QStringLiteral("\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const QRegularExpressionMatch m = re.match(encoded);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestUsers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    Actor m_admin;

    QString storedHash(const QString &name) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString();
    }

    Actor signedIn(const QString &name, const QString &password = Password) {
        Result<UserStore::SignedIn> in = UserStore(*m_db, m_clock).signIn(name, password);
        return in ? in->actor : Actor{};
    }

    // A register with an administrator and a user of each other role.
    void makeRegister() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("u%1.qaytish").arg(++m_n))).value();
        UserStore users(*m_db, m_clock);
        QVERIFY(users.add(Actor{QStringLiteral("setup")}, QStringLiteral("admin"),
                          QStringLiteral("Aziza Karimova"), AllRoles, AdminPassword));
        m_admin = signedIn(QStringLiteral("admin"), AdminPassword);
        QVERIFY(m_admin.signedIn());
        const QList<std::pair<QString, Roles>> people = {
            {QStringLiteral("officer"), Role::Officer},
            {QStringLiteral("officer2"), Role::Officer},
            {QStringLiteral("consul"), Role::Consul},
            {QStringLiteral("auditor"), Role::Auditor}};
        for (const auto &[name, roles] : people)
            QVERIFY(users.add(m_admin, name, QString(), roles, Password));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // OWASP's minimum keeps the tests fast; the production parameters are higher.
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
    }

    void hashesAreArgon2idWithTheirParameters() {
        Result<QString> hash = Passwords::hash(Password);
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$v=19$m=")), qPrintable(hash.value()));
        QVERIFY(memoryOf(hash.value()) >= 19 * 1024);
        QVERIFY(hash->contains(QStringLiteral(",t=2,")));
        QVERIFY(Passwords::verify(hash.value(), Password));
        QVERIFY(!Passwords::verify(hash.value(), Password + u'x'));
        QVERIFY(!Passwords::needsRehash(hash.value()));
        // Nothing below the minimum is ever used.
        Passwords::setParameters({1, 1024});
        QCOMPARE(Passwords::parameters().ops, Passwords::MinimumOps);
        QCOMPARE(Passwords::parameters().memory, Passwords::MinimumMemory);
    }

    void passwordRules() {
        QVERIFY(!Passwords::acceptable(QStringLiteral("short1"), QStringLiteral("x")));
        QCOMPARE(Passwords::acceptable(QStringLiteral("123456789"), QString()).error().field,
                 QStringLiteral("password"));
        QVERIFY(Passwords::acceptable(QStringLiteral("1234567890"), QString()));
        QVERIFY(
            !Passwords::acceptable(QStringLiteral("k.rahimova1"), QStringLiteral("k.rahimova1")));
        QVERIFY(!Passwords::acceptable(QStringLiteral("          "), QString()));
        makeRegister();
        Result<UserAccount> refused = UserStore(*m_db, m_clock)
                                          .add(m_admin, QStringLiteral("newbie"), QString(),
                                               Role::Officer, QStringLiteral("tooshort"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("10")));
        QVERIFY(!UserStore(*m_db, m_clock).byName(QStringLiteral("newbie")));
    }

    void registerAccessStates() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("open.qaytish")));
        QVERIFY(db);
        UserStore users(*db.value(), m_clock);
        QCOMPARE(users.access().value(), UserStore::Access::Open);
        // Without accounts anyone works, with every role.
        QVERIFY(Permissions::check(db.value()->connection(), db.value()->path(),
                                   Actor{QStringLiteral("anyone")}, Permission::ManageUsers));
        // The first user must be an administrator.
        Result<UserAccount> officer = users.add(Actor{QStringLiteral("x")}, QStringLiteral("o"),
                                                QString(), Role::Officer, Password);
        QVERIFY(!officer);
        QCOMPARE(officer.error().field, QStringLiteral("roles"));
        QVERIFY(users.add(Actor{QStringLiteral("x")}, QStringLiteral("Admin"), QString(), AllRoles,
                          AdminPassword));
        QCOMPARE(users.access().value(), UserStore::Access::Accounts);
        // Names are unique whatever their case.
        QVERIFY(!users.add(signedIn(QStringLiteral("admin"), AdminPassword),
                           QStringLiteral("ADMIN"), QString(), Role::Officer, Password));
        // Now nobody acts without signing in.
        Status s = Permissions::check(db.value()->connection(), db.value()->path(),
                                      Actor{QStringLiteral("anyone")}, Permission::ReadCases);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Denied);
        QVERIFY(!users.keepOpen(Actor{QStringLiteral("anyone")}));
    }

    void signInRehashesUnderRaisedParameters() {
        makeRegister();
        const QString before = storedHash(QStringLiteral("officer"));
        QCOMPARE(memoryOf(before), 19 * 1024);
        Passwords::setParameters({2, 24 * 1024 * 1024});
        Result<UserStore::SignedIn> in =
            UserStore(*m_db, m_clock).signIn(QStringLiteral("officer"), Password);
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
        QVERIFY(in);
        QVERIFY(in->rehashed);
        const QString after = storedHash(QStringLiteral("officer"));
        QCOMPARE(memoryOf(after), 24 * 1024);
        QVERIFY(Passwords::verify(after, Password));
        // The hash never reaches the audit trail, neither the insert nor the rehash.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE old_value LIKE "
                                      "'%argon2%' OR new_value LIKE '%argon2%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'app_user' AND field = 'password_hash'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1); // that it changed, without the values
    }

    void failedSignInsWaitLonger() {
        makeRegister();
        UserStore users(*m_db, m_clock);
        const QString officer = QStringLiteral("officer");
        Result<UserStore::SignedIn> unknown = users.signIn(QStringLiteral("nobody"), Password);
        Result<UserStore::SignedIn> wrong = users.signIn(officer, QStringLiteral("wrong-pass-1"));
        QVERIFY(!unknown && !wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::Denied);
        // A wrong name and a wrong password say the same.
        QCOMPARE(unknown.error().message, wrong.error().message);
        QVERIFY(!users.byName(officer)->notBefore.isValid()); // no wait after one or two
        QVERIFY(!users.signIn(officer, QStringLiteral("wrong-pass-2")));
        QVERIFY(!users.byName(officer)->notBefore.isValid());
        Result<UserStore::SignedIn> third = users.signIn(officer, QStringLiteral("wrong-pass-3"));
        QVERIFY(!third);
        QVERIFY(third.error().message.contains(QStringLiteral("Wait 2 second")));
        QCOMPARE(users.byName(officer)->notBefore, m_clock.now().addSecs(2));
        // Within the wait even the right password is not tried.
        Result<UserStore::SignedIn> early = users.signIn(officer, Password);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("wait")));
        QCOMPARE(users.byName(officer)->failedAttempts, 3);
        m_clock.set(m_clock.now().addSecs(3));
        QVERIFY(!users.signIn(officer, QStringLiteral("wrong-pass-4")));
        QCOMPARE(users.byName(officer)->notBefore, m_clock.now().addSecs(4)); // it grows
        m_clock.set(m_clock.now().addSecs(5));
        QVERIFY(users.signIn(officer, Password));
        QCOMPARE(users.byName(officer)->failedAttempts, 0);
        QVERIFY(!users.byName(officer)->notBefore.isValid());
        QCOMPARE(Passwords::delaySeconds(2), 0);
        QCOMPARE(Passwords::delaySeconds(5), 8);
        QCOMPARE(Passwords::delaySeconds(40), 900);
    }

    void resetForcesAChangeAtTheNextSignIn() {
        makeRegister();
        UserStore users(*m_db, m_clock);
        const Actor officer = signedIn(QStringLiteral("officer"));
        // Only an administrator resets.
        Status refused = users.resetPassword(officer, QStringLiteral("consul"),
                                             QStringLiteral("another-pass-1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        QVERIFY(refused.error().message.contains(QStringLiteral("administrator")));
        QVERIFY(users.resetPassword(m_admin, QStringLiteral("officer"),
                                    QStringLiteral("temporary-pass-1")));
        QVERIFY(!users.signIn(QStringLiteral("officer"), Password));
        Result<UserStore::SignedIn> in =
            users.signIn(QStringLiteral("officer"), QStringLiteral("temporary-pass-1"));
        QVERIFY(in);
        QVERIFY(in->mustChangePassword);
        QVERIFY(!users.changeOwnPassword(in->actor, QStringLiteral("wrong-current"),
                                         QStringLiteral("my-own-pass-1")));
        QVERIFY(!users.changeOwnPassword(in->actor, QStringLiteral("temporary-pass-1"),
                                         QStringLiteral("short")));
        QVERIFY(users.changeOwnPassword(in->actor, QStringLiteral("temporary-pass-1"),
                                        QStringLiteral("my-own-pass-1")));
        in = users.signIn(QStringLiteral("officer"), QStringLiteral("my-own-pass-1"));
        QVERIFY(in);
        QVERIFY(!in->mustChangePassword);
    }

    void disabledAccountsAndTheLastAdministrator() {
        makeRegister();
        UserStore users(*m_db, m_clock);
        const Actor consul = signedIn(QStringLiteral("consul"));
        Status last = users.setDisabled(m_admin, QStringLiteral("admin"), true);
        QVERIFY(!last);
        QVERIFY(last.error().message.contains(QStringLiteral("only administrator")));
        QVERIFY(!users.setRoles(m_admin, QStringLiteral("admin"), Role::Officer));
        QVERIFY(users.setDisabled(m_admin, QStringLiteral("consul"), true));
        // A disabled account signs in no more, and its session acts no more.
        Result<UserStore::SignedIn> in = users.signIn(QStringLiteral("consul"), Password);
        QVERIFY(!in);
        QVERIFY(in.error().message.contains(QStringLiteral("disabled")));
        Status s =
            Permissions::check(m_db->connection(), m_db->path(), consul, Permission::ReadCases);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("disabled")));
        // Roles are the register's, not those an actor claims.
        Actor forged = signedIn(QStringLiteral("auditor"));
        forged.roles = AllRoles;
        QVERIFY(
            !Permissions::check(m_db->connection(), m_db->path(), forged, Permission::EditCases));
        // Accounts are never deleted.
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM app_user WHERE name = 'consul'")));
    }

    void eachRoleOnItsOperations() {
        makeRegister();
        const Actor officer = signedIn(QStringLiteral("officer"));
        const Actor consul = signedIn(QStringLiteral("consul"));
        const Actor auditor = signedIn(QStringLiteral("auditor"));
        CaseRepository repo(*m_db, m_clock);
        auto deniedNaming = [](const Error &e, const QString &role) {
            return e.kind == ErrorKind::Denied && e.message.contains(role);
        };
        // Cases: the officer creates and edits; the consul and the auditor do not.
        CaseRecord record = test::sampleCase();
        Result<CaseRepository::SaveResult> byConsul = repo.create(consul, record);
        QVERIFY(!byConsul);
        QVERIFY2(deniedNaming(byConsul.error(), QStringLiteral("officer")),
                 qPrintable(byConsul.error().message));
        QVERIFY(!repo.create(auditor, record));
        Result<CaseRepository::SaveResult> created = repo.create(officer, record);
        QVERIFY(created);
        const qint64 id = created->record.id;
        QCOMPARE(repo.caseCount().value(), 1); // nothing was written by the refusals
        // Reading case contents: officer and consul, never the auditor.
        QVERIFY(repo.read(officer, id));
        QVERIFY(repo.read(consul, id));
        Result<CaseRecord> audited = repo.read(auditor, id);
        QVERIFY(!audited);
        QVERIFY(deniedNaming(audited.error(), QStringLiteral("officer")));
        // Identity: the officer logs the request; only a consul records a confirmation.
        Result<IdentityRequest> request =
            repo.addIdentityRequest(officer, id, QStringLiteral("07/1"), QDate(2026, 3, 1));
        QVERIFY(request);
        Result<IdentityRequest> confirmed =
            repo.recordIdentityReply(officer, request->id, QStringLiteral("R-1"),
                                     QDate(2026, 3, 10), QStringLiteral("confirmed"));
        QVERIFY(!confirmed);
        QVERIFY(deniedNaming(confirmed.error(), QStringLiteral("consul")));
        QCOMPARE(repo.load(id)->status, CaseStatus::IdentityCheck);
        QVERIFY(repo.recordIdentityReply(consul, request->id, QStringLiteral("R-1"),
                                         QDate(2026, 3, 10), QStringLiteral("confirmed")));
        QCOMPARE(repo.load(id)->status, CaseStatus::IdentityConfirmed);
        // Mission settings: the administrator only.
        MissionSettings settings = MissionSettings::defaults();
        settings.headOfMission = QStringLiteral("B. Yoʻldoshev");
        Status s = MissionSettingsStore(*m_db, m_clock).save(officer, settings);
        QVERIFY(!s);
        QVERIFY(deniedNaming(s.error(), QStringLiteral("administrator")));
        QVERIFY(MissionSettingsStore(*m_db, m_clock).save(m_admin, settings));
        // Users: the administrator adds, the auditor may list.
        UserStore users(*m_db, m_clock);
        QVERIFY(!users.add(officer, QStringLiteral("x"), QString(), Role::Officer, Password));
        QVERIFY(users.list(auditor));
        QVERIFY(!users.list(officer));
    }

    // The issue's table of roles, written out here, against the register's check for a user
    // of each single role: allowed exactly where the table says, refused elsewhere with the
    // role needed named.
    void everyPermissionForEveryRole() {
        makeRegister();
        const QHash<QString, Actor> users = {
            {QStringLiteral("officer"), signedIn(QStringLiteral("officer"))},
            {QStringLiteral("consul"), signedIn(QStringLiteral("consul"))},
            {QStringLiteral("auditor"), signedIn(QStringLiteral("auditor"))},
            {QStringLiteral("administrator"), Actor{}}};
        UserStore store(*m_db, m_clock);
        QVERIFY(
            store.add(m_admin, QStringLiteral("admin2"), QString(), Role::Administrator, Password));
        QHash<QString, Actor> actors = users;
        actors[QStringLiteral("administrator")] = signedIn(QStringLiteral("admin2"));
        const QList<std::pair<Permission, QStringList>> table = {
            {Permission::ReadCases, {QStringLiteral("officer"), QStringLiteral("consul")}},
            {Permission::EditCases, {QStringLiteral("officer")}},
            {Permission::ImportCases, {QStringLiteral("officer")}},
            {Permission::StorePhoto, {QStringLiteral("officer"), QStringLiteral("consul")}},
            {Permission::AssignCases, {QStringLiteral("consul")}},
            {Permission::SeeAllNeeds, {QStringLiteral("consul")}},
            {Permission::ConfirmIdentity, {QStringLiteral("consul")}},
            {Permission::IssueCertificates, {QStringLiteral("consul")}},
            {Permission::SigningKeys, {QStringLiteral("consul"), QStringLiteral("administrator")}},
            {Permission::EditReturnLists, {QStringLiteral("officer"), QStringLiteral("consul")}},
            {Permission::FinaliseReturnLists, {QStringLiteral("consul")}},
            {Permission::EditMissionSettings, {QStringLiteral("administrator")}},
            {Permission::ApplyRetention, {QStringLiteral("administrator")}},
            {Permission::ManageUsers, {QStringLiteral("administrator")}},
            {Permission::BackUpAndRestore, {QStringLiteral("administrator")}},
            {Permission::ReadUsers, {QStringLiteral("administrator"), QStringLiteral("auditor")}},
            {Permission::ReadAuditLog, {QStringLiteral("auditor")}},
            {Permission::OwnAccount,
             {QStringLiteral("officer"), QStringLiteral("consul"), QStringLiteral("auditor"),
              QStringLiteral("administrator")}},
        };
        for (const auto &[permission, allowed] : table) {
            for (auto it = actors.cbegin(); it != actors.cend(); ++it) {
                QVERIFY(it.value().signedIn());
                const Status s =
                    Permissions::check(m_db->connection(), m_db->path(), it.value(), permission);
                const QString what =
                    QStringLiteral("%1 / permission %2").arg(it.key()).arg(int(permission));
                QVERIFY2(bool(s) == allowed.contains(it.key()), qPrintable(what));
                if (!s) {
                    QCOMPARE(s.error().kind, ErrorKind::Denied);
                    QVERIFY2(s.error().message.contains(allowed.first()),
                             qPrintable(what + u' ' + s.error().message));
                }
            }
        }
    }

    void needsOnlyForTheAssignedOfficerAndConsuls() {
        makeRegister();
        const Actor officer = signedIn(QStringLiteral("officer"));
        const Actor other = signedIn(QStringLiteral("officer2"));
        const Actor consul = signedIn(QStringLiteral("consul"));
        CaseRepository repo(*m_db, m_clock);
        CaseRecord record = test::sampleCase();
        record.needs = {QStringLiteral("wheelchair")};
        record.assignedOfficer = QStringLiteral("officer");
        Result<CaseRepository::SaveResult> created = repo.create(officer, record);
        QVERIFY(created);
        const qint64 id = created->record.id;
        QCOMPARE(repo.read(officer, id)->needs, QStringList{QStringLiteral("wheelchair")});
        QCOMPARE(repo.read(consul, id)->needs, QStringList{QStringLiteral("wheelchair")});
        Result<CaseRecord> seen = repo.read(other, id);
        QVERIFY(seen);
        QVERIFY(seen->needs.isEmpty());
        QVERIFY(seen->needsWithheld);
        // Saving what they saw keeps the needs they could not see.
        CaseRecord edited = seen.value();
        edited.notes = QStringLiteral("Called the facility.");
        QVERIFY(repo.update(other, edited));
        QCOMPARE(repo.load(id)->needs, QStringList{QStringLiteral("wheelchair")});
        QCOMPARE(repo.load(id)->notes, QStringLiteral("Called the facility."));
        // Assigning a case to oneself would show its needs: that is the consul's.
        edited = repo.read(other, id).value();
        edited.assignedOfficer = QStringLiteral("officer2");
        Result<CaseRepository::SaveResult> assigned = repo.update(other, edited);
        QVERIFY(!assigned);
        QVERIFY(assigned.error().message.contains(QStringLiteral("consul")));
        // (The administrator here holds every role, the consul's among them.)
        CaseRecord byConsul = repo.read(m_admin, id).value();
        byConsul.assignedOfficer = QStringLiteral("officer2");
        Result<CaseRepository::SaveResult> reassigned = repo.update(m_admin, byConsul);
        QVERIFY2(reassigned, reassigned ? "" : qPrintable(reassigned.error().message));
        QCOMPARE(repo.read(other, id)->needs, QStringList{QStringLiteral("wheelchair")});
        QVERIFY(repo.read(officer, id)->needsWithheld);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
