// qaytish-cli with user accounts: signing in (QAYTISH_PASSWORD or standard input), the exit
// codes of DESIGN.md's contracts, roles refused by name, and the user commands.
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

namespace {

using Run = test::CliRun;
const QString AdminPassword = QStringLiteral("boss-secret-01");
const QString ClerkPassword = QStringLiteral("clerk-secret-1");

QList<std::pair<QString, QString>> password(const QString &value) {
    return {{QStringLiteral("QAYTISH_PASSWORD"), value}};
}

} // namespace

class TestCliUsers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A register whose administrator "boss" added an officer "clerk", a consul "cons" and an
    // auditor "aud", and 5 demo cases written by the clerk.
    QString protectedRegister() {
        const QString db = path(QStringLiteral("p%1.qaytish").arg(++m_n));
        if (test::runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss"),
                          QStringLiteral("--db"), db},
                         {}, password(AdminPassword))
                .code != 0)
            return {};
        const QList<std::pair<QString, QString>> users = {
            {QStringLiteral("clerk"), QStringLiteral("officer")},
            {QStringLiteral("cons"), QStringLiteral("consul")},
            {QStringLiteral("aud"), QStringLiteral("auditor")}};
        for (const auto &[name, role] : users) {
            const Run r = test::runCli({QStringLiteral("user"), QStringLiteral("add"), name,
                                        QStringLiteral("--role"), role, QStringLiteral("--db"), db,
                                        QStringLiteral("--user"), QStringLiteral("boss")},
                                       (AdminPassword + u'\n' + ClerkPassword + u'\n').toUtf8());
            if (r.code != 0) {
                qWarning() << r.err;
                return {};
            }
        }
        if (as(QStringLiteral("clerk"), db,
               {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5")})
                .code != 0)
            return {};
        return db;
    }

    Run as(const QString &user, const QString &db, QStringList args,
           const QString &pw = ClerkPassword) {
        args << QStringLiteral("--db") << db << QStringLiteral("--user") << user;
        return test::runCli(args, {}, password(pw));
    }

    QString firstCase(const QString &db) {
        const Run r =
            as(QStringLiteral("clerk"), db, {QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8())
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("case_ref"))
            .toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void credentialsAreAskedAndChecked() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        const QStringList list = {QStringLiteral("list"), QStringLiteral("--db"), db};
        // No user: refused, saying how to sign in.
        Run r = test::runCli(list);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // A user without a password.
        r = test::runCli(list + QStringList{QStringLiteral("--user"), QStringLiteral("clerk")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("No password")), qPrintable(r.err));
        // A wrong password, from the environment and from standard input.
        r = as(QStringLiteral("clerk"), db, {QStringLiteral("list")},
               QStringLiteral("not-the-password"));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Wrong user name or password")), qPrintable(r.err));
        r = test::runCli(list + QStringList{QStringLiteral("--user"), QStringLiteral("clerk")},
                         "another-wrong-one\n");
        QCOMPARE(r.code, 4);
        // The right one, either way.
        r = as(QStringLiteral("clerk"), db, {QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 5);
        r = test::runCli(list + QStringList{QStringLiteral("--user"), QStringLiteral("clerk")},
                         (ClerkPassword + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An unknown user says the same as a wrong password.
        r = as(QStringLiteral("nobody"), db, {QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password")));
        // mrz and pinfl need nobody.
        r = test::runCli({QStringLiteral("pinfl"), test::pinflFor(QDate(1990, 5, 15), true),
                          QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void theFileIsRecognisedBeforeTheCredentials() {
        const QString text = path(QStringLiteral("notes.qaytish"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a register\n");
        f.close();
        for (const QString &pw : {ClerkPassword, QStringLiteral("wrong-password")}) {
            const Run r = as(QStringLiteral("clerk"), text, {QStringLiteral("list")}, pw);
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains(QStringLiteral("not a Qaytish register")));
        }
        const Run missing = as(QStringLiteral("clerk"), path(QStringLiteral("absent.qaytish")),
                               {QStringLiteral("list")});
        QCOMPARE(missing.code, 2);
    }

    void rolesAreRefusedByName() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        const QString ref = firstCase(db);
        QVERIFY(!ref.isEmpty());
        // The auditor sees no case contents.
        Run r = as(QStringLiteral("aud"), db, {QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("officer")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = as(QStringLiteral("aud"), db, {QStringLiteral("show"), ref});
        QCOMPARE(r.code, 4);
        // The officer logs the identity request; the confirmation is the consul's.
        r = as(QStringLiteral("clerk"), db,
               {QStringLiteral("case"), QStringLiteral("identity-request"), ref,
                QStringLiteral("--number"), QStringLiteral("07/1"), QStringLiteral("--date"),
                QStringLiteral("2026-03-01")});
        QVERIFY2(r.code == 0 || r.err.contains(QStringLiteral("reopen")), qPrintable(r.err));
        const QStringList reply = {QStringLiteral("case"),
                                   QStringLiteral("identity-reply"),
                                   ref,
                                   QStringLiteral("--number"),
                                   QStringLiteral("R-1"),
                                   QStringLiteral("--date"),
                                   QStringLiteral("2026-03-10"),
                                   QStringLiteral("--result"),
                                   QStringLiteral("confirmed")};
        r = as(QStringLiteral("clerk"), db, reply);
        if (r.code != 2) { // the demo may have closed the case; then the rule says no first
            QCOMPARE(r.code, 4);
            QVERIFY2(r.err.contains(QStringLiteral("needs the consul role")), qPrintable(r.err));
        }
        // Users: administrators add, officers may not.
        r = test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                          QStringLiteral("--role"), QStringLiteral("officer"),
                          QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("clerk")},
                         (ClerkPassword + u'\n' + ClerkPassword + u'\n').toUtf8());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("needs the administrator role")), qPrintable(r.err));
        // The auditor lists the accounts (metadata), as JSON with stable keys.
        r = as(QStringLiteral("aud"), db,
               {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 4);
        QJsonObject boss;
        for (const QJsonValue &u : users) {
            if (u.toObject().value(QStringLiteral("name")) == QStringLiteral("boss"))
                boss = u.toObject();
        }
        QCOMPARE(boss.value(QStringLiteral("roles")).toArray().size(), 4);
        for (const char *key : {"name", "full_name", "roles", "disabled", "must_change_password",
                                "failed_attempts", "last_sign_in_at", "created_at"})
            QVERIFY2(boss.contains(QLatin1String(key)), key);
        QVERIFY(!r.out.contains(QStringLiteral("argon2")));
        r = as(QStringLiteral("clerk"), db, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.code, 4);
    }

    void passwordsResetChangedAndAccountsDisabled() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        const QStringList boss = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                                  QStringLiteral("boss")};
        const QString temporary = QStringLiteral("temporary-pass-9");
        // A reset: the next stdin line after the administrator's own password.
        Run r = test::runCli(
            QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("clerk")} +
                boss,
            (temporary + u'\n').toUtf8(), password(AdminPassword));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(as(QStringLiteral("clerk"), db, {QStringLiteral("list")}).code, 4);
        r = as(QStringLiteral("clerk"), db, {QStringLiteral("list")}, temporary);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("user passwd clerk")), qPrintable(r.err));
        // The clerk chooses a new one: current password, then the new one.
        const QString mine = QStringLiteral("my-own-pass-77");
        r = test::runCli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("clerk"),
                          QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("clerk")},
                         (temporary + u'\n' + mine + u'\n').toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(as(QStringLiteral("clerk"), db, {QStringLiteral("list")}, mine).code, 0);
        // Too short a password is bad input.
        r = test::runCli(QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                     QStringLiteral("short"), QStringLiteral("--role"),
                                     QStringLiteral("officer")} +
                             boss,
                         "abc\n", password(AdminPassword));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("too short")));
        r = test::runCli(QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                     QStringLiteral("y"), QStringLiteral("--role"),
                                     QStringLiteral("chief")} +
                             boss,
                         {}, password(AdminPassword));
        QCOMPARE(r.code, 2);
        // Disabled.
        r = test::runCli(QStringList{QStringLiteral("user"), QStringLiteral("disable"),
                                     QStringLiteral("clerk")} +
                             boss,
                         {}, password(AdminPassword));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("clerk"), db, {QStringLiteral("list")}, mine);
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("disabled")));
        // A register with accounts keeps them.
        r = test::runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("z"),
                          QStringLiteral("--db"), db},
                         {}, password(AdminPassword));
        QCOMPARE(r.code, 2);
    }

    void failedAttemptsMakeTheNextWait() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        Run r;
        for (int i = 0; i < 3; ++i)
            r = as(QStringLiteral("cons"), db, {QStringLiteral("list")},
                   QStringLiteral("wrong-password-%1").arg(i));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Wait 2 second")), qPrintable(r.err));
        // The time is fixed in these runs: the wait is still on, even for the right password.
        r = as(QStringLiteral("cons"), db, {QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("wait")));
    }

    // The audit trail: who did what (the auditor sees no values), `audit verify` finds an
    // entry edited with the triggers dropped and names it (exit 1), and needs the auditor.
    void auditTrailListAndVerify() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        const QString ref = firstCase(db);
        QCOMPARE(as(QStringLiteral("clerk"), db, {QStringLiteral("show"), ref}).code, 0);
        QCOMPARE(
            as(QStringLiteral("clerk"), db,
               {QStringLiteral("case"), QStringLiteral("status"), ref, QStringLiteral("closed"),
                QStringLiteral("--comment"), QStringLiteral("Left on his own")})
                .code,
            0);
        Run r = as(QStringLiteral("aud"), db,
                   {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--case"), ref,
                    QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList seen;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            seen << e.value(QStringLiteral("action")).toString() + u':' +
                        e.value(QStringLiteral("field")).toString();
            QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("clerk"));
            QVERIFY(!e.contains(QStringLiteral("new_value")));
        }
        QVERIFY2(seen.contains(QStringLiteral("open:")), qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(QStringLiteral("update:status")), qPrintable(seen.join(u' ')));
        // An officer is not an auditor; the refusal names the role.
        r = as(QStringLiteral("clerk"), db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("auditor")), qPrintable(r.err));
        r = as(QStringLiteral("aud"), db,
               {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject intact = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(intact.value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(intact.value(QStringLiteral("entries")).toInteger() > 5);

        // Someone with the file drops the triggers and edits entry 3.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE id = 3")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        r = as(QStringLiteral("aud"), db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Entry 3 was changed")), qPrintable(r.err));
    }

    // Retention: the administrator previews, then applies; others are refused.
    void retentionPreviewAndApply() {
        const QString db = protectedRegister();
        QVERIFY(!db.isEmpty());
        // One case was closed in 2019: past the five years in 2026.
        const QString closed = firstCase(db);
        Run r = test::runCli(
            {QStringLiteral("case"), QStringLiteral("status"), closed, QStringLiteral("closed"),
             QStringLiteral("--comment"), QStringLiteral("Left on his own"), QStringLiteral("--db"),
             db, QStringLiteral("--user"), QStringLiteral("clerk")},
            {},
            password(ClerkPassword) +
                QList<std::pair<QString, QString>>{
                    {QStringLiteral("QAYTISH_NOW"), QStringLiteral("2019-06-01T09:00:00Z")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A safety copy from before, which holds the person's data.
        QVERIFY(QDir().mkpath(db + QStringLiteral(".safety")));
        QVERIFY(QFile::copy(db, db + QStringLiteral(".safety/20260301-090000-daily.qaytish")));
        r = as(QStringLiteral("clerk"), db,
               {QStringLiteral("retention"), QStringLiteral("preview")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("administrator")), qPrintable(r.err));
        // In words, with the plural forms of English.
        r = as(QStringLiteral("boss"), db, {QStringLiteral("retention"), QStringLiteral("preview")},
               AdminPassword);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Retention period: 5 years; cases returned or "
                                                 "closed before ")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("(s)")), qPrintable(r.out));
        r = as(QStringLiteral("boss"), db,
               {QStringLiteral("retention"), QStringLiteral("preview"), QStringLiteral("--json")},
               AdminPassword);
        QCOMPARE(r.code, 0);
        const QJsonObject preview = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(preview.value(QStringLiteral("retention_years")).toInt(), 5);
        QCOMPARE(preview.value(QStringLiteral("closed_before")).toString(),
                 QStringLiteral("2021-03-15"));
        const qsizetype due = preview.value(QStringLiteral("persons")).toArray().size();
        const int copiesBefore = int(QDir(db + QStringLiteral(".safety"))
                                         .entryList({QStringLiteral("*.qaytish")}, QDir::Files)
                                         .size());
        r = as(QStringLiteral("boss"), db,
               {QStringLiteral("retention"), QStringLiteral("apply"), QStringLiteral("--json")},
               AdminPassword);
        QCOMPARE(r.code, 0);
        const QJsonObject applied = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(applied.value(QStringLiteral("anonymised")).toInt(), int(due));
        QVERIFY(due > 0);
        // The safety copies made before held the removed data: deleted, and a new one made.
        const QDir safety(db + QStringLiteral(".safety"));
        QCOMPARE(applied.value(QStringLiteral("safety_copies_deleted")).toInt(), copiesBefore);
        QCOMPARE(applied.value(QStringLiteral("safety_copies_not_deleted")).toArray().size(), 0);
        const QString made = applied.value(QStringLiteral("safety_copy_made")).toString();
        QVERIFY2(QFileInfo::exists(made), qPrintable(made));
        QCOMPARE(safety.entryList({QStringLiteral("*.qaytish")}, QDir::Files),
                 QStringList{QFileInfo(made).fileName()});
        // Exactly those: nobody is due any more.
        r = as(QStringLiteral("boss"), db,
               {QStringLiteral("retention"), QStringLiteral("preview"), QStringLiteral("--json")},
               AdminPassword);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("persons"))
                     .toArray()
                     .size(),
                 0);
    }

    void registersWithoutAccountsNeedNoSignIn() {
        const QString open = path(QStringLiteral("open.qaytish"));
        Run r = test::runCli({QStringLiteral("init"), QStringLiteral("--no-accounts"),
                              QStringLiteral("--db"), open});
        QCOMPARE(r.code, 0);
        r = test::runCli({QStringLiteral("list"), QStringLiteral("--db"), open});
        QCOMPARE(r.code, 0);
        const QString demo = path(QStringLiteral("demo.qaytish"));
        QCOMPARE(test::runCli({QStringLiteral("demo"), QStringLiteral("--cases"),
                               QStringLiteral("3"), QStringLiteral("--db"), demo})
                     .code,
                 0);
        r = test::runCli({QStringLiteral("list"), QStringLiteral("--db"), demo});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 3);
        r = test::runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"),
                          QStringLiteral("--db"), demo});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        // An administrator's password that is refused leaves no file behind.
        const QString weak = path(QStringLiteral("weak.qaytish"));
        r = test::runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("b"),
                          QStringLiteral("--db"), weak},
                         "short\n");
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(weak));
        r = test::runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("b"),
                          QStringLiteral("--no-accounts"), QStringLiteral("--db"), weak});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
