// The audit trail: every write, opening and export is an entry of a hash chain; tampering
// with the file, triggers dropped first, is found and the entry named; personal values are
// sealed per person and stay verifiable when the key is destroyed.
#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/changewriter.h"
#include "core/passwords.h"
#include "core/users.h"
#include "support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

class TestAuditLog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{QStringLiteral("k.rahimova")};
    qint64 m_caseId = 0;
    qint64 m_personId = 0;

    void makeRegister() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("a%1.qaytish").arg(++m_n))).value();
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, test::sampleCase());
        QVERIFY(saved.ok());
        m_caseId = saved->record.id;
        m_personId = saved->record.person.id;
        CaseRecord edited = saved->record;
        edited.facility = QStringLiteral("Demo County Detention Annex");
        edited.person.birthPlace = QStringLiteral("Buxoro");
        QVERIFY(repo.update(m_officer, edited).ok());
        QVERIFY(repo.read(m_officer, m_caseId).ok());
    }

    qint64 scalar(const QString &sql) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Raw access to the file, as someone with a SQLite shell would have it: the triggers that
    // guard the log are dropped first.
    void tamper(const QStringList &statements) {
        QSqlQuery q(m_db->connection());
        for (const QString &sql : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                              QStringLiteral("DROP TRIGGER audit_log_no_delete")} +
                                      statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
    }

    AuditVerification verify() {
        Result<AuditVerification> v = AuditLog::verify(m_db->connection(), m_db->path());
        return v ? v.value() : AuditVerification{};
    }

    QList<AuditEntry> entries(const Actor &reader, const AuditFilter &filter = {}) {
        Result<QList<AuditEntry>> e =
            AuditLog::entries(m_db->connection(), m_db->path(), reader, filter, 0, 1000);
        return e ? e.value() : QList<AuditEntry>{};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Passwords::setParameters({Passwords::MinimumOps, Passwords::MinimumMemory});
    }

    void everyWriteAndOpeningIsAnEntry() {
        makeRegister();
        const QList<AuditEntry> all = entries(m_officer);
        QStringList actions;
        for (const AuditEntry &e : all)
            actions << e.action + u':' + e.table + u':' + e.field;
        // Newest first: the opening, the two changed fields, then the inserts of the case.
        QCOMPARE(actions.first(), QStringLiteral("open:return_case:"));
        QVERIFY(actions.contains(QStringLiteral("update:return_case:facility")));
        QVERIFY(actions.contains(QStringLiteral("update:person:birth_place")));
        QVERIFY(actions.contains(QStringLiteral("insert:person:")));
        QVERIFY(actions.contains(QStringLiteral("insert:return_case:")));
        for (const AuditEntry &e : all) {
            QCOMPARE(e.actor, m_officer.name);
            QCOMPARE(e.at, QStringLiteral("2026-03-15T10:00:00.000Z"));
            if (e.table == QStringLiteral("person") || e.table == QStringLiteral("return_case"))
                QCOMPARE(e.personId, m_personId);
        }
        const AuditVerification v = verify();
        QVERIFY(v.intact());
        QCOMPARE(v.entries, qint64(all.size()));
        QCOMPARE(v.headHash.size(), AuditLog::HashBytes);
    }

    void theApplicationCannotChangeOrDeleteAnEntry() {
        makeRegister();
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("never changed")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        QVERIFY(verify().intact());
    }

    // Each kind of tampering, with the triggers dropped first, is found and the entry named.
    void tamperingIsFoundAndNamed_data() {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("entry");
        QTest::addColumn<QString>("says");
        QTest::addRow("a name edited")
            << QStringList{QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 2")}
            << qint64(2) << QStringLiteral("changed");
        QTest::addRow("a time edited")
            << QStringList{QStringLiteral("UPDATE audit_log SET at = '2020-01-01' WHERE id = 3")}
            << qint64(3) << QStringLiteral("changed");
        QTest::addRow("an entry deleted")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 2")} << qint64(3)
            << QStringLiteral("Entry 2 is missing");
        QTest::addRow("the last entry deleted")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM "
                                          "audit_log)")}
            << qint64(-1) << QStringLiteral("the last one written");
        // Two entries change places (their contents swapped under the same ids).
        QTest::addRow("two entries swapped")
            << QStringList{QStringLiteral("CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE "
                                          "id IN (2, 3)"),
                           QStringLiteral("DELETE FROM audit_log WHERE id IN (2, 3)"),
                           QStringLiteral("INSERT INTO audit_log SELECT 5 - id, at, user_id, "
                                          "actor, action, table_name, row_id, person_id, field, "
                                          "old_value, new_value, prev_hash, hash FROM t")}
            << qint64(2) << QStringLiteral("does not follow");
        // An entry rewritten with a hash made anew: the next entry no longer follows it.
        QTest::addRow("an entry rewritten with its hash")
            << QStringList{QStringLiteral("UPDATE audit_log SET actor = 'someone', hash = "
                                          "zeroblob(32) WHERE id = 2")}
            << qint64(3) << QStringLiteral("does not follow");
    }
    void tamperingIsFoundAndNamed() {
        QFETCH(QStringList, statements);
        QFETCH(qint64, entry);
        QFETCH(QString, says);
        makeRegister();
        QVERIFY(verify().intact());
        const qint64 last = scalar(QStringLiteral("SELECT max(id) FROM audit_log"));
        tamper(statements);
        const AuditVerification v = verify();
        QVERIFY(!v.intact());
        const qint64 named = entry < 0 ? last : entry;
        bool found = false;
        QStringList messages;
        for (const AuditVerification::Problem &p : v.problems) {
            messages << p.message;
            found = found || (p.entryId == named && p.message.contains(says));
        }
        QVERIFY2(found, qPrintable(messages.join(u'\n')));
    }

    void personalValuesAreSealedPerPerson() {
        makeRegister();
        // In the file, no personal value is readable.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE person_id <> 0 AND "
                                       "(typeof(old_value) = 'text' OR typeof(new_value) = "
                                       "'text')")),
                 qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE CAST(new_value AS "
                                       "TEXT) LIKE '%Buxoro%' OR CAST(old_value AS TEXT) LIKE "
                                       "'%Samarqand%'")),
                 qint64(0));
        AuditFilter filter;
        filter.table = QStringLiteral("person");
        filter.action = AuditAction::Update;
        QList<AuditEntry> place = entries(m_officer, filter);
        QCOMPARE(place.size(), 1);
        QCOMPARE(place.first().oldValue.value_or(QString()), QStringLiteral("Samarqand"));
        QCOMPARE(place.first().newValue.value_or(QString()), QStringLiteral("Buxoro"));

        // Destroying the person's key makes the values unreadable for good, and the chain
        // still verifies.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM person_key WHERE person_id = ?"));
        q.addBindValue(m_personId);
        QVERIFY(q.exec());
        place = entries(m_officer, filter);
        QCOMPARE(place.size(), 1);
        QVERIFY(place.first().valuesErased);
        QVERIFY(!place.first().oldValue && !place.first().newValue);
        QVERIFY(verify().intact());
    }

    void anAuditorSeesWhoDidWhatNotTheValues() {
        makeRegister();
        UserStore users(*m_db, m_clock);
        const QString password = QStringLiteral("correct horse 7");
        QVERIFY(users.add(Actor{QStringLiteral("setup")}, QStringLiteral("admin"), QString(),
                          AllRoles, password));
        const Actor admin = users.signIn(QStringLiteral("admin"), password)->actor;
        QVERIFY(users.add(admin, QStringLiteral("auditor"), QString(), Role::Auditor, password));
        QVERIFY(users.add(admin, QStringLiteral("officer"), QString(), Role::Officer, password));
        const Actor auditor = users.signIn(QStringLiteral("auditor"), password)->actor;
        const Actor officer = users.signIn(QStringLiteral("officer"), password)->actor;

        AuditFilter filter;
        filter.action = AuditAction::Update;
        filter.table = QStringLiteral("return_case");
        const QList<AuditEntry> seen = entries(auditor, filter);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().field, QStringLiteral("facility"));
        QCOMPARE(seen.first().actor, m_officer.name);
        QVERIFY(seen.first().valuesHidden);
        QVERIFY(!seen.first().oldValue && !seen.first().newValue);
        // An officer is not an auditor.
        Result<QList<AuditEntry>> refused =
            AuditLog::entries(m_db->connection(), m_db->path(), officer, filter, 0, 10);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        filter = {};
        filter.actor = QStringLiteral("ADMIN");
        const QList<AuditEntry> byAdmin = entries(auditor, filter);
        QVERIFY(!byAdmin.isEmpty());
        // Entries name the account that acted; the bookkeeping of a sign-in is written
        // before anyone is signed in (account 0).
        int asAdmin = 0;
        for (const AuditEntry &e : byAdmin) {
            const bool signingIn = e.table == QStringLiteral("app_user") &&
                                   e.field == QStringLiteral("last_sign_in_at");
            QCOMPARE(e.userId, signingIn ? 0 : admin.userId);
            asAdmin += signingIn ? 0 : 1;
        }
        QCOMPARE(asAdmin, 2); // the two accounts the administrator added
    }

    void filtersByUserRecordActionAndDate() {
        makeRegister();
        AuditFilter filter;
        filter.personId = m_personId;
        const QList<AuditEntry> aboutPerson = entries(m_officer, filter);
        QCOMPARE(aboutPerson.size(),
                 qint64(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE person_id = %1")
                                   .arg(m_personId))));
        filter = {};
        filter.action = AuditAction::Open;
        QCOMPARE(entries(m_officer, filter).size(), 1);
        filter = {};
        filter.from = QDate(2026, 3, 15);
        filter.to = QDate(2026, 3, 15);
        QCOMPARE(entries(m_officer, filter).size(), aboutPerson.size());
        filter.from = QDate(2026, 3, 16);
        filter.to = QDate();
        QCOMPARE(entries(m_officer, filter).size(), 0);
        filter = {};
        filter.actor = QStringLiteral("nobody");
        QCOMPARE(entries(m_officer, filter).size(), 0);
        filter = {};
        filter.table = QStringLiteral("return_case");
        filter.rowId = m_caseId;
        for (const AuditEntry &e : entries(m_officer, filter))
            QCOMPARE(e.rowId, m_caseId);
    }

    // A write that rolls back leaves no entry, and the next entry follows the last kept one.
    void aRolledBackWriteLeavesNoEntry() {
        makeRegister();
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        ChangeWriter writer(m_db->connection(), m_db->path(), m_clock, m_officer,
                            Permission::EditCases);
        const Status s = m_db->transaction([&]() -> Status {
            Result<QList<FieldChange>> changed =
                writer.update(QStringLiteral("return_case"), m_caseId,
                              {{QStringLiteral("facility"), QStringLiteral("Somewhere else")}});
            if (!changed)
                return changed.error();
            return Error::make(ErrorKind::BadInput, QStringLiteral("the officer cancelled"));
        });
        QVERIFY(!s);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), before);
        // The same writer goes on after the rollback.
        QVERIFY(m_db->transaction([&]() -> Status {
            return writer.update(QStringLiteral("return_case"), m_caseId,
                                 {{QStringLiteral("facility"), QStringLiteral("Elsewhere")}})
                           .ok()
                       ? Status{}
                       : Status{Error::make(ErrorKind::Internal, QStringLiteral("update"))};
        }));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), before + 1);
        QVERIFY(verify().intact());
    }

    // Two connections (two windows or programs) append in turn, outside transactions too:
    // the chain stays one.
    void twoConnectionsKeepOneChain() {
        makeRegister();
        ScopedConnection other(m_db->path());
        QVERIFY(other.isOpen());
        AuditLog mine(m_db->connection(), m_db->path());
        AuditLog theirs(other.db(), m_db->path());
        for (int i = 0; i < 20; ++i) {
            AuditLog &log = i % 2 ? mine : theirs;
            QVERIFY(log.append(QStringLiteral("2026-03-15T10:00:0%1.000Z").arg(i % 10), m_officer,
                               AuditRecord{AuditAction::Export, QStringLiteral("return_case"),
                                           m_caseId, m_personId, QString(), QVariant(),
                                           QStringLiteral("case PDF %1").arg(i)}));
        }
        const AuditVerification v = verify();
        QVERIFY(v.intact());
        QCOMPARE(v.entries, scalar(QStringLiteral("SELECT max(id) FROM audit_log")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
