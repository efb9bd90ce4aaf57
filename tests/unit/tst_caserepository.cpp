#include "core/auditlog.h"
#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/changewriter.h"
#include "core/demogenerator.h"
#include "core/names.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

class TestCaseRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{QStringLiteral("k.rahimova")};

    qint64 scalar(const QString &sql) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init() {
        static int n = 0;
        Result<std::shared_ptr<Database>> db =
            Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++n)));
        QVERIFY(db.ok());
        m_db = db.value();
    }
    void cleanup() { m_db.reset(); }

    void createAndLoad() {
        CaseRepository repo(*m_db, m_clock);
        CaseRecord input = test::sampleCase(QStringLiteral("G'ulomov"));
        input.person.passportNumber = QStringLiteral(" ab 1234567 ");
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, input);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        const CaseRecord &r = saved->record;
        QCOMPARE(r.caseRef, QStringLiteral("QY-2026-000001"));
        QCOMPARE(r.status, CaseStatus::Registered);
        QCOMPARE(r.person.surname, QStringLiteral("Gʻulomov")); // apostrophe made ʻ
        QCOMPARE(r.person.passportNumber, QStringLiteral("AB1234567"));
        QCOMPARE(r.hostReference, QStringLiteral("123456789"));
        QCOMPARE(r.person.birthDate, QDate(1990, 4, 30));
        QCOMPARE(r.person.surnameCyrillic, QStringLiteral("Ғуломов"));
        QVERIFY(!r.uuid.isEmpty());
        QVERIFY(!r.person.uuid.isEmpty());
        QCOMPARE(r.createdAt, m_clock.now());
        QCOMPARE(r.overstayDays(m_clock.today()),
                 std::optional<int>(QDate(2022, 11, 1).daysTo(QDate(2026, 3, 15))));

        Result<CaseRecord> byRef = repo.loadByRef(QStringLiteral("qy-2026-000001"));
        QVERIFY(byRef.ok());
        QCOMPARE(byRef->id, r.id);
        QCOMPARE(byRef->facility, QStringLiteral("Demo Processing Center North"));

        Result<QList<StatusChange>> history = repo.history(r.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().toCode, QStringLiteral("registered"));
        QCOMPARE(history->first().actor, m_officer.name);

        Result<CaseRepository::SaveResult> second = repo.create(
            m_officer, test::sampleCase(QStringLiteral("Karimov"), QStringLiteral("Каримов")));
        QVERIFY(second.ok());
        QCOMPARE(second->record.caseRef, QStringLiteral("QY-2026-000002"));
    }

    void invalidValuesNeverReachTheDatabase() {
        CaseRepository repo(*m_db, m_clock);
        CaseRecord bad = test::sampleCase();
        bad.person.pinfl = QStringLiteral("1234");
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, bad);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::BadInput);
        QCOMPARE(saved.error().field, QStringLiteral("pinfl"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM return_case")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM person")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_ref_counter")), 0);

        CaseRecord future = test::sampleCase();
        future.person.birthDate = m_clock.today().addDays(1);
        future.person.pinfl.clear();
        QVERIFY(!repo.create(m_officer, future).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM person")), 0);
    }

    void updateYieldsFieldChanges() {
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, test::sampleCase());
        QVERIFY(saved.ok());
        CaseRecord edited = saved->record;
        edited.facility = QStringLiteral("Demo County Detention Annex");
        edited.person.birthPlace = QStringLiteral("Buxoro");
        m_clock.advanceDays(1);
        Result<CaseRepository::SaveResult> updated =
            repo.update(Actor{QStringLiteral("a.karimov")}, edited);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        QStringList fields;
        for (const FieldChange &c : updated->changes)
            fields << c.table + u'.' + c.field;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("person.birth_place"),
                                      QStringLiteral("return_case.facility")}));
        QCOMPARE(updated->record.facility, QStringLiteral("Demo County Detention Annex"));
        QCOMPARE(updated->record.updatedAt, m_clock.now());
        // The audit trail has the change with both values, readable through the log and
        // sealed with the person's key in the file.
        AuditFilter filter;
        filter.action = AuditAction::Update;
        filter.table = QStringLiteral("return_case");
        Result<QList<AuditEntry>> entries =
            AuditLog::entries(m_db->connection(), m_db->path(), m_officer, filter, 0, 10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        const AuditEntry &facility = entries->first();
        QCOMPARE(facility.field, QStringLiteral("facility"));
        QCOMPARE(facility.actor, QStringLiteral("a.karimov"));
        QCOMPARE(facility.personId, updated->record.person.id);
        QCOMPARE(facility.oldValue.value_or(QString()),
                 QStringLiteral("Demo Processing Center North"));
        QCOMPARE(facility.newValue.value_or(QString()),
                 QStringLiteral("Demo County Detention Annex"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE CAST(old_value AS "
                                      "TEXT) LIKE '%Processing%' OR CAST(new_value AS TEXT) "
                                      "LIKE '%Detention%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // Saving again without a change changes nothing.
        Result<CaseRepository::SaveResult> same = repo.update(m_officer, updated->record);
        QVERIFY(same.ok());
        QVERIFY(same->changes.isEmpty());
    }

    void statusRulesAndHistory() {
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, test::sampleCase());
        QVERIFY(saved.ok());
        const qint64 id = saved->record.id;

        QVERIFY(!repo.changeStatus(m_officer, id, CaseStatus::DocumentIssued, QString()).ok());
        Result<IdentityRequest> request =
            repo.addIdentityRequest(m_officer, id, QStringLiteral("12/345"), QDate(2026, 3, 1));
        QVERIFY(request.ok());
        QCOMPARE(repo.load(id)->status, CaseStatus::IdentityCheck);

        // No confirmed reply yet: identity cannot be confirmed.
        Status refused = repo.changeStatus(m_officer, id, CaseStatus::IdentityConfirmed, QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("status"));

        QVERIFY(!repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-1"),
                                          QDate(2026, 2, 1),
                                          QStringLiteral("confirmed"))
                     .ok()); // older than the request
        QVERIFY(!repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-1"),
                                          QDate(2026, 3, 10), QStringLiteral("yes"))
                     .ok());
        QCOMPARE(repo.load(id)->status, CaseStatus::IdentityCheck);
        Result<IdentityRequest> reply =
            repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-1"),
                                     QDate(2026, 3, 10), QStringLiteral("confirmed"));
        QVERIFY(reply.ok());
        QCOMPARE(reply->replyResult, QStringLiteral("confirmed"));
        QCOMPARE(repo.load(id)->status, CaseStatus::IdentityConfirmed);

        QVERIFY(!repo.changeStatus(m_officer, id, CaseStatus::Closed, QString()).ok());
        QVERIFY(repo.changeStatus(m_officer, id, CaseStatus::Closed,
                                  QStringLiteral("Left on their own"))
                    .ok());
        Result<QList<StatusChange>> history = repo.history(id);
        QVERIFY(history.ok());
        QStringList steps;
        for (const StatusChange &c : history.value())
            steps << c.fromCode + QStringLiteral("->") + c.toCode;
        QCOMPARE(steps, (QStringList{QStringLiteral("->registered"),
                                     QStringLiteral("registered->identity_check"),
                                     QStringLiteral("identity_check->identity_confirmed"),
                                     QStringLiteral("identity_confirmed->closed")}));
        QCOMPARE(history->last().comment, QStringLiteral("Left on their own"));
        QVERIFY(
            !repo.addIdentityRequest(m_officer, id, QStringLiteral("13"), QDate(2026, 3, 12)).ok());
    }

    // A certificate prints the record the authorities at home confirmed: it is taken when
    // the confirmed reply is recorded, and later edits of the person do not change it.
    void confirmedReplyKeepsTheConfirmedRecord() {
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, test::sampleCase());
        QVERIFY(saved.ok());
        const qint64 id = saved->record.id;
        QVERIFY(repo.confirmedIdentity(id).ok());
        QVERIFY(!repo.confirmedIdentity(id)->has_value());
        Result<IdentityRequest> request =
            repo.addIdentityRequest(m_officer, id, QStringLiteral("12/345"), QDate(2026, 3, 1));
        QVERIFY(request.ok());
        QVERIFY(repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-7"),
                                         QDate(2026, 3, 10), QStringLiteral("confirmed"))
                    .ok());
        Result<std::optional<ConfirmedIdentity>> confirmed = repo.confirmedIdentity(id);
        QVERIFY(confirmed.ok() && confirmed->has_value());
        const PersonRecord &person = saved->record.person;
        QCOMPARE((*confirmed)->surname, person.surname);
        QCOMPARE((*confirmed)->givenNamesCyrillic, person.givenNamesCyrillic);
        QCOMPARE((*confirmed)->birthDate, person.birthDate);
        QCOMPARE((*confirmed)->pinfl, person.pinfl);
        QCOMPARE((*confirmed)->requestId, request->id);

        CaseRecord edited = repo.load(id).value();
        edited.person.surname = QStringLiteral("Boshqa");
        edited.person.birthPlace = QStringLiteral("Boshqa joy");
        QVERIFY(repo.update(m_officer, edited).ok());
        QCOMPARE(repo.confirmedIdentity(id)->value().surname, person.surname);
        QCOMPARE(repo.confirmedIdentity(id)->value().birthPlace, person.birthPlace);

        // A reply corrected to "no record" confirms nothing any more.
        QVERIFY(repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-7"),
                                         QDate(2026, 3, 10), QStringLiteral("no_record"))
                    .ok());
        QVERIFY(!repo.confirmedIdentity(id)->has_value());
    }

    void interviewsAreLogged() {
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, test::sampleCase());
        QVERIFY(saved.ok());
        Interview i;
        i.caseId = saved->record.id;
        i.date = QDate(2026, 3, 2);
        i.place = QStringLiteral("Demo Processing Center North");
        i.interpreter = QStringLiteral("none");
        i.language = QStringLiteral("uz");
        i.statedWishes = QStringLiteral("Wants to return to Samarqand");
        QVERIFY(repo.addInterview(m_officer, i).ok());
        i.date = m_clock.today().addDays(3);
        QVERIFY(!repo.addInterview(m_officer, i).ok());
        Result<QList<Interview>> all = repo.interviews(saved->record.id);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().officer, m_officer.name);
        QCOMPARE(all->first().statedWishes, QStringLiteral("Wants to return to Samarqand"));
    }

    void casesAreNeverDeleted() {
        CaseRepository repo(*m_db, m_clock);
        QVERIFY(repo.create(m_officer, test::sampleCase()).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM return_case")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM return_case")), 1);
    }

    void searchFindsAnyScriptSpellingAndIdentifier() {
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> a = repo.create(m_officer, test::sampleCase());
        QVERIFY(a.ok());
        QVERIFY(repo.create(m_officer,
                            test::sampleCase(QStringLiteral("Karimov"), QStringLiteral("Каримов")))
                    .ok());
        auto find = [&](const QString &text) {
            Result<QList<CaseListRow>> rows = CaseQuery(CaseFilter{text, std::nullopt}, CaseSort{})
                                                  .fetch(m_db->connection(), m_db->path(), 0, 100);
            QStringList refs;
            if (rows.ok())
                for (const CaseListRow &r : rows.value())
                    refs << r.caseRef;
            return refs;
        };
        const QStringList first{a->record.caseRef};
        QCOMPARE(find(QStringLiteral("Gʻulomov")), first);
        QCOMPARE(find(QStringLiteral("G'ulomov")), first);
        QCOMPARE(find(QStringLiteral("gulomov")), first);
        QCOMPARE(find(QStringLiteral("Ғуломов")), first);
        QCOMPARE(find(QStringLiteral("Гуломов")), first);
        QCOMPARE(find(QStringLiteral("gul shuh")), first);
        QCOMPARE(find(QStringLiteral("AB1234567")),
                 QStringList({a->record.caseRef, QStringLiteral("QY-2026-000002")}));
        QCOMPARE(find(a->record.person.pinfl).size(), 2);
        QCOMPARE(find(QStringLiteral("A-123-456-789")).size(), 2);
        QCOMPARE(find(QStringLiteral("Каримов")), QStringList{QStringLiteral("QY-2026-000002")});
        QVERIFY(find(QStringLiteral("Tursunov")).isEmpty());
        QVERIFY(find(QStringLiteral("100%_")).isEmpty());
        Result<qint64> counted =
            CaseQuery(CaseFilter{QStringLiteral("Karimov"), std::nullopt}, CaseSort{})
                .count(m_db->connection(), m_db->path());
        QCOMPARE(counted.value(), 1);
    }

    void demoIsDeterministicAndCoversEveryStatus() {
        DemoGenerator::Options options;
        options.cases = 400;
        options.seed = 42;
        QVERIFY(DemoGenerator::generate(*m_db, m_clock, m_officer, options).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM return_case")), 400);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT status) FROM return_case")), 7);
        // identity_confirmed and later always have a confirmed reply on record.
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT count(*) FROM return_case c WHERE c.status IN ('identity_confirmed', "
                "'document_issued', 'on_return_list', 'returned') AND NOT EXISTS (SELECT 1 FROM "
                "identity_request r WHERE r.case_id = c.id AND r.reply_result = 'confirmed')")),
            0);
        // Fictional people: their generation is one audit entry, not one per row.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE new_value LIKE 'demo: 400 %'")),
                 1);
        // A second run refuses a register that holds cases.
        QVERIFY(!DemoGenerator::generate(*m_db, m_clock, m_officer, options).ok());

        Result<std::shared_ptr<Database>> other =
            Database::open(m_dir.filePath(QStringLiteral("other-demo.qaytish")));
        QVERIFY(other.ok());
        QVERIFY(DemoGenerator::generate(*other.value(), m_clock, m_officer, options).ok());
        const CaseQuery all(CaseFilter{}, CaseSort{});
        Result<QList<CaseListRow>> a = all.fetch(m_db->connection(), m_db->path(), 0, -1);
        Result<QList<CaseListRow>> b =
            all.fetch(other.value()->connection(), other.value()->path(), 0, -1);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), 400);
        for (int i = 0; i < a->size(); ++i) {
            QCOMPARE(a->at(i).caseRef, b->at(i).caseRef);
            QCOMPARE(a->at(i).fullNameLatin(), b->at(i).fullNameLatin());
            QCOMPARE(a->at(i).pinfl, b->at(i).pinfl);
            QCOMPARE(a->at(i).updatedAt, b->at(i).updatedAt);
        }
        // Every demo case passes the validation it was written through.
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRecord> first = repo.load(a->first().id);
        QVERIFY(first.ok());
        QVERIFY(!hasErrors(CaseValidator::validate(first.value(), m_clock.today())));
    }

    void sortingIsDoneInSql() {
        DemoGenerator::Options options;
        options.cases = 300;
        QVERIFY(DemoGenerator::generate(*m_db, m_clock, m_officer, options).ok());
        auto rows = [&](CaseColumn column, Qt::SortOrder order) {
            return CaseQuery(CaseFilter{}, CaseSort{column, order})
                .fetch(m_db->connection(), m_db->path(), 0, -1)
                .value();
        };
        const QList<CaseListRow> byBirth = rows(CaseColumn::BirthDate, Qt::AscendingOrder);
        for (int i = 1; i < byBirth.size(); ++i)
            QVERIFY(byBirth.at(i - 1).birthDate <= byBirth.at(i).birthDate);
        const QList<CaseListRow> byStatus = rows(CaseColumn::Status, Qt::DescendingOrder);
        for (int i = 1; i < byStatus.size(); ++i)
            QVERIFY(CaseStatusInfo::rank(byStatus.at(i - 1).status) >=
                    CaseStatusInfo::rank(byStatus.at(i).status));
        const QList<CaseListRow> byOverstay = rows(CaseColumn::OverstayDays, Qt::DescendingOrder);
        std::optional<int> previous;
        bool sawEmpty = false;
        for (const CaseListRow &r : byOverstay) {
            const std::optional<int> d = r.durationOfStatus
                                             ? std::nullopt
                                             : overstayDays(r.authorizedUntil, m_clock.today());
            if (!d) {
                sawEmpty = true;
                continue;
            }
            QVERIFY2(!sawEmpty, "cases without a date come last");
            if (previous)
                QVERIFY(*previous >= *d);
            previous = d;
        }
        const QList<CaseListRow> byName = rows(CaseColumn::NameLatin, Qt::AscendingOrder);
        QCOMPARE(byName.size(), 300);
        for (int i = 1; i < byName.size(); ++i)
            QVERIFY(names::latinSortKey(byName.at(i - 1).fullNameLatin()) <=
                    names::latinSortKey(byName.at(i).fullNameLatin()));
        // Uzbek order: every Gʻ-surname after every Z- and Y-surname.
        qsizetype lastYZ = -1, firstG = byName.size();
        for (qsizetype i = 0; i < byName.size(); ++i) {
            const QString s = byName.at(i).surname;
            if (s.startsWith(u'Y') || s.startsWith(u'Z'))
                lastYZ = i;
            if (s.startsWith(QStringLiteral("Gʻ")))
                firstG = std::min(firstG, i);
        }
        QVERIFY(lastYZ >= 0 && firstG < byName.size());
        QVERIFY(lastYZ < firstG);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
