#include "core/auditlog.h"
#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/dashboard.h"
#include "core/database.h"
#include "core/names.h"
#include "core/searchkeys.h"
#include "core/users.h"
#include "support/testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace qaytish;

class TestDatabase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int pragma(const Database &db, const QString &name) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void createsAnEmptyRegister() {
        const QString file = path(QStringLiteral("new.qaytish"));
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersionOnOpen(), 0);
        QCOMPARE(pragma(*db.value(), QStringLiteral("user_version")), Database::SchemaVersion);
        QCOMPARE(pragma(*db.value(), QStringLiteral("application_id")), Database::ApplicationId);
        QCOMPARE(pragma(*db.value(), QStringLiteral("foreign_keys")), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                      "name IN ('person', 'return_case', 'status_history', "
                                      "'identity_request', 'interview', 'audit_log')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")) &&
            q.next());
        // No deletion of persons, cases, certificates and user accounts; the search index's
        // three; the audit trail's three (no update, no delete, its head) and the two of the
        // persons an export carried.
        QCOMPARE(q.value(0).toInt(), 12);
    }

    void checkExpressionsAreFoundInTheSchema() {
        QCOMPARE(DeferredChecks::checkExpressions(QStringLiteral(
                     "CREATE TABLE t (a TEXT CHECK (a IN ('(', 'x''y)')), \"check\" INTEGER, "
                     "b INTEGER -- CHECK (b > 0)\n, check(a <> b), CHECK ((b) < 3))")),
                 (QStringList{QStringLiteral("a IN ('(', 'x''y)')"), QStringLiteral("a <> b"),
                              QStringLiteral("(b) < 3")}));
    }

    void deferredChecksRefuseWhatTheRowByRowChecksWould() {
        Result<std::shared_ptr<Database>> db =
            Database::open(path(QStringLiteral("checks.qaytish")));
        QVERIFY(db.ok());
        QSqlDatabase c = db.value()->connection();
        const QString insert = QStringLiteral(
            "INSERT INTO person (uuid, surname, given_names, sex, created_at, updated_at) "
            "VALUES ('%1', 'A', 'B', '%2', 'x', 'x')");
        // Row by row: refused at once.
        QVERIFY(!QSqlQuery(c).exec(insert.arg(QStringLiteral("u0"), QStringLiteral("X"))));
        QVERIFY(QSqlQuery(c).exec(insert.arg(QStringLiteral("u1"), QStringLiteral("X"))
                                      .replace(QStringLiteral("'X'"), QStringLiteral("'M'"))));
        {
            Result<std::unique_ptr<DeferredChecks>> checks =
                DeferredChecks::begin(c, db.value()->path());
            QVERIFY(checks.ok());
            QVERIFY(QSqlQuery(c).exec(insert.arg(QStringLiteral("u2"), QStringLiteral("F"))));
            QVERIFY(checks.value()->verify().ok());
            QVERIFY(QSqlQuery(c).exec(insert.arg(QStringLiteral("u3"), QStringLiteral("X"))));
            const Status s = checks.value()->verify();
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::BadInput);
            QVERIFY(s.error().message.contains(QStringLiteral("CHECK constraint failed")));
        }
        // Checked row by row again.
        QVERIFY(!QSqlQuery(c).exec(insert.arg(QStringLiteral("u4"), QStringLiteral("X"))));
    }

    void reopeningIsIdempotent() {
        const QString file = path(QStringLiteral("twice.qaytish"));
        { QVERIFY(Database::open(file).ok()); }
        Result<std::shared_ptr<Database>> again =
            Database::open(file, Database::OpenMode::ExistingOnly);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersionOnOpen(), Database::SchemaVersion);
        QVERIFY(again.value()->safetyCopyPath().isEmpty());
    }

    void refusesAFolder() {
        Result<std::shared_ptr<Database>> db = Database::open(m_dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Foreign);
        QVERIFY(db.error().message.contains(QDir::toNativeSeparators(m_dir.path())));
    }

    void refusesMissingFileWhenAskedForAnExistingOne() {
        Result<std::shared_ptr<Database>> db = Database::open(
            path(QStringLiteral("missing.qaytish")), Database::OpenMode::ExistingOnly);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::NotFound);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.qaytish"))));
        Result<std::shared_ptr<Database>> noFolder =
            Database::open(path(QStringLiteral("no/such/dir/x.qaytish")));
        QVERIFY(!noFolder.ok());
        QCOMPARE(noFolder.error().kind, ErrorKind::NotFound);
    }

    void refusesANonDatabaseFileAndLeavesIt() {
        const QString file = path(QStringLiteral("notes.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x') + "SQLite format 3");
        f.close();
        const QByteArray before = test::fileHash(file);
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Foreign);
        QVERIFY(db.error().message.contains(QStringLiteral("notes.txt")));
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void refusesAnotherApplicationsDatabaseAndLeavesIt() {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::fileHash(file);
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Foreign);
        QVERIFY(db.error().message.contains(QStringLiteral("other.sqlite")));
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void refusesANewerRegisterAndLeavesIt() {
        const QString file = path(QStringLiteral("newer.qaytish"));
        {
            Result<std::shared_ptr<Database>> db = Database::open(file);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::fileHash(file);
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Newer);
        QVERIFY(db.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(test::fileHash(file), before);
    }

    // A register written under older search key rules: its derived name columns are
    // recomputed when it is opened, in one go, and the new version is recorded.
    void oldSearchKeysAreRecomputedOnOpen() {
        const QString file = path(QStringLiteral("oldkeys.qaytish"));
        const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
        qint64 caseId = 0;
        QString freshKey;
        QString freshSort;
        {
            Result<std::shared_ptr<Database>> db = Database::open(file);
            QVERIFY(db.ok());
            CaseRepository repo(*db.value(), clock);
            auto saved = repo.create(
                Actor{QStringLiteral("k.rahimova")},
                test::sampleCase(QStringLiteral("Khodjaev"), QStringLiteral("Ходжаев")));
            QVERIFY(saved.ok());
            caseId = saved->record.id;
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT search_key, name_latin_sort FROM person")));
            QVERIFY(q.next());
            freshKey = q.value(0).toString();
            freshSort = q.value(1).toString();
            QCOMPARE(freshKey, QStringLiteral("khodjaev shukhrat alisher ugli"));
            // What version 1 of the rules stored (o folded into a), and a stale sort key.
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET search_key = 'khadjaev shukhrat "
                                          "alishar ugli', name_latin_sort = 'zzz'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE register_info SET value = '1' "
                                          "WHERE key = 'search_key_version'")));
            // The Uzbek spelling does not find the stale key...
            CaseFilter filter;
            filter.search = QStringLiteral("Xoʻjayev Shuhrat");
            auto rows = CaseQuery(filter, CaseSort{}).fetch(db.value()->connection(), file, 0, -1);
            QVERIFY(rows.ok());
            QVERIFY(rows->isEmpty());
        }
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT search_key, name_latin_sort FROM person")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), freshKey);
        QCOMPARE(q.value(1).toString(), freshSort);
        QCOMPARE(SearchKeys::storedVersion(db.value()->connection(), file).value(),
                 names::SearchKeyVersion);
        // ... the recomputed one does.
        CaseFilter filter;
        filter.search = QStringLiteral("Xoʻjayev Shuhrat");
        auto rows = CaseQuery(filter, CaseSort{}).fetch(db.value()->connection(), file, 0, -1);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, caseId);
    }

    // Every older schema version has a fixture register (tests/data/registers, made by the
    // version that wrote it); each upgrades to the current one, after a safety copy, with its
    // cases, persons and history intact.
    void olderRegistersUpgrade_data() {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Database::SchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }
    void olderRegistersUpgrade() {
        QFETCH(int, version);
        const QString fixture =
            QStringLiteral(QAYTISH_TEST_DATA "/registers/v%1.qaytish").arg(version);
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        const QString file = path(QStringLiteral("old-v%1.qaytish").arg(version));
        QVERIFY(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList counted = {QStringLiteral("person"), QStringLiteral("return_case"),
                                     QStringLiteral("status_history"),
                                     QStringLiteral("identity_request"),
                                     QStringLiteral("interview")};
        QMap<QString, int> before;
        int changeLogLines = 0;
        QString fixtureAccounts; // register_info 'accounts' of a register from version 6 on
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            raw.setDatabaseName(fixture);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &table : counted) {
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next());
                before.insert(table, q.value(0).toInt());
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
            // The write log: change_log up to version 6, the audit trail from version 7.
            QVERIFY(q.exec(version < 7 ? QStringLiteral("SELECT count(*) FROM change_log")
                                       : QStringLiteral("SELECT count(*) FROM audit_log")) &&
                    q.next());
            changeLogLines = q.value(0).toInt();
            if (version >= 6 &&
                q.exec(QStringLiteral("SELECT value FROM register_info WHERE "
                                      "key = 'accounts'")) &&
                q.next())
                fixtureAccounts = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        QVERIFY(before.value(QStringLiteral("return_case")) > 0);

        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersionOnOpen(), version);
        QCOMPARE(pragma(*db.value(), QStringLiteral("user_version")), Database::SchemaVersion);
        QVERIFY(QFile::exists(db.value()->safetyCopyPath()));
        QSqlQuery q(db.value()->connection());
        for (const QString &table : counted) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next());
            QCOMPARE(q.value(0).toInt(), before.value(table));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        // Version 7: every line of the old change log is an entry of the audit trail, in
        // order, with its values readable (sealed for a person's records), and the chain
        // verifies.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'change_log'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        Result<AuditVerification> verified =
            AuditLog::verify(db.value()->connection(), db.value()->path());
        QVERIFY(verified.ok());
        QVERIFY(verified->intact());
        // (The migration to version 3 adds a line of its own to the old log.)
        QCOMPARE(verified->entries, qint64(changeLogLines) + (version < 3 ? 1 : 0));
        AuditFilter updates;
        updates.action = AuditAction::Update;
        updates.table = QStringLiteral("return_case");
        Result<QList<AuditEntry>> entries =
            AuditLog::entries(db.value()->connection(), db.value()->path(),
                              Actor{QStringLiteral("auditor")}, updates, 0, 1000);
        QVERIFY(entries.ok());
        QVERIFY(version < 4 || !entries->isEmpty()); // the later fixtures changed statuses
        for (const AuditEntry &e : entries.value()) {
            QVERIFY(e.personId > 0);
            if (e.field == QStringLiteral("status"))
                QVERIFY2(e.newValue && CaseStatusInfo::fromCode(*e.newValue),
                         qPrintable(e.newValue.value_or(QStringLiteral("(none)"))));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'return_case' AND field = 'status' AND (CAST(new_value AS "
                                      "TEXT) LIKE '%identity%' OR typeof(new_value) <> 'blob')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Version 3: every confirmed reply of an older register has its confirmed record.
        // (Only migration 3 fills them in; a register made at version 3 keeps what it has.)
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM identity_request WHERE reply_result = "
                    "'confirmed'), (SELECT count(*) FROM confirmed_identity)")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 0);
        if (version < 3)
            QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        // Version 4: every person is in the name search index (keys recomputed after an
        // older key version included): found through it by each word of its key.
        QVERIFY(q.exec(QStringLiteral("SELECT c.id, p.search_key FROM return_case c JOIN "
                                      "person p ON p.id = c.person_id")));
        int searched = 0;
        while (q.next()) {
            for (const QString &word : q.value(1).toString().split(u' ', Qt::SkipEmptyParts)) {
                CaseQuery query(CaseFilter{word, std::nullopt}, CaseSort{});
                query.forceStrategy(CaseQuery::Strategy::Indexed);
                Result<QList<CaseListRow>> rows =
                    query.fetch(db.value()->connection(), db.value()->path(), 0, -1);
                QVERIFY(rows);
                QVERIFY2(std::any_of(
                             rows->cbegin(), rows->cend(),
                             [&](const CaseListRow &r) { return r.id == q.value(0).toLongLong(); }),
                         qPrintable(word));
                ++searched;
            }
        }
        QVERIFY(searched > before.value(QStringLiteral("return_case")));
        // Version 5: the dashboard's indexes, and the figures they serve equal plain counts
        // (the fixture of version 4 has a draft return list of three).
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "name IN ('identity_request_waiting', "
                                      "'person_passport_expiry', 'certificate_valid_until')")));
        QStringList indexes;
        while (q.next())
            indexes << q.value(0).toString();
        QCOMPARE(indexes.size(), 3);
        ConditionBasis basis;
        basis.today = QDate(2026, 3, 15);
        Result<DashboardFigures> figures =
            Dashboard::compute(db.value()->connection(), db.value()->path(), basis);
        QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM return_list_passenger WHERE "
                                      "removed = 0), (SELECT count(*) FROM return_case WHERE "
                                      "status = 'identity_check')")) &&
                q.next());
        QCOMPARE(figures->value(CaseCondition::OnOpenReturnList), q.value(0).toLongLong());
        QCOMPARE(figures->value(CaseStatus::IdentityCheck), q.value(1).toLongLong());
        if (version == 4)
            QCOMPARE(figures->value(CaseCondition::OnOpenReturnList), qint64(3));
        // Version 6: a register from before accounts that holds people asks for an
        // administrator on first start; until then it has no accounts and needs no sign-in.
        // A register made since keeps what it was made with (the v8 fixture: without
        // accounts, on purpose).
        QCOMPARE(UserStore(*db.value(), FixedClock(QDateTime())).access().value(),
                 version < 6 || fixtureAccounts == QStringLiteral("pending")
                     ? UserStore::Access::Pending
                     : UserStore::Access::Open);
        // And the cases still load through the repository.
        const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
        CaseRepository repo(*db.value(), clock);
        Result<CaseRecord> first = repo.load(1);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(!first->person.surname.isEmpty());
    }

    // Keys written by a newer Qaytish with the same schema are not rewritten by this one.
    void newerSearchKeysAreLeftAlone() {
        const QString file = path(QStringLiteral("newerkeys.qaytish"));
        {
            Result<std::shared_ptr<Database>> db = Database::open(file);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE register_info SET value = '99' "
                                          "WHERE key = 'search_key_version'")));
        }
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QVERIFY(db.ok());
        QCOMPARE(SearchKeys::storedVersion(db.value()->connection(), file).value(), 99);
    }

    void refusesUnreadableFile() {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        const QString file = path(QStringLiteral("locked.qaytish"));
        { QVERIFY(Database::open(file).ok()); }
        QFile::setPermissions(file, QFileDevice::Permissions());
        Result<std::shared_ptr<Database>> db = Database::open(file);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Io);
    }

    void aSecondWriterWaitsThenSaysBusy() {
        const QString file = path(QStringLiteral("busy.qaytish"));
        Result<std::shared_ptr<Database>> first = Database::open(file);
        Result<std::shared_ptr<Database>> second = Database::open(file);
        QVERIFY(first.ok() && second.ok());
        QSqlQuery hold(first.value()->connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Status s = second.value()->transaction([] { return Status(); });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Busy);
        QVERIFY(s.error().message.contains(QStringLiteral("busy")));
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QVERIFY(second.value()->transaction([] { return Status(); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
