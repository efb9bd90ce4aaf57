#include "support/testsupport.h"

#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/clock.h"
#include "core/dashboard.h"
#include "core/database.h"
#include "core/dates.h"
#include "core/demogenerator.h"
#include "core/missionsettings.h"
#include "core/returnlists.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

// The dashboard's figures against counts made another way (plain SQL and C++ over the raw
// rows) on a generated register with crafted edge cases: the overdue threshold to the day,
// documents just inside and outside the window, closed cases, certificates before passports,
// lists open and completed. The filter behind each figure shows exactly the cases counted,
// whichever way it is applied.
class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void figuresEqualDirectCounts();
    void edgeCasesLandWhereDefined();
    void filtersShowExactlyTheCountedCases_data();
    void filtersShowExactlyTheCountedCases();
    void conditionsUseTheirIndexes();
    void settingsMoveTheFigures();
    void olderRegisterGetsTheIndexes();
    void pagesByKeyThroughAConditionAreThePagesByPosition_data();
    void pagesByKeyThroughAConditionAreThePagesByPosition();

private:
    qint64 makeCase(const QString &name, const QDate &passportExpiry = QDate(2031, 1, 1),
                    const QString &passport = QString());
    qint64 requestSent(qint64 caseId, const QDate &sent);
    void addCertificate(qint64 caseId, const QString &status, const QDate &validUntil);
    ConditionBasis basis() const;
    QSet<qint64> idsOf(const CaseFilter &filter,
                       std::optional<CaseQuery::Strategy> strategy = std::nullopt,
                       CaseSort sort = {}) const;
    // The figures counted without the application's queries.
    qint64 directStatus(CaseStatus status) const;
    QSet<qint64> directOverdue(const ConditionBasis &b) const;
    QSet<qint64> directExpiring(const ConditionBasis &b) const;
    QSet<qint64> directOnOpenLists() const;
    QSet<qint64> direct(const DashboardFigure &figure, const ConditionBasis &b) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const QDate m_today{2026, 3, 15};
    const Actor m_actor{QStringLiteral("tester")};
    std::shared_ptr<Database> m_db;
    int m_serial = 0;
    // The crafted cases by what they test.
    QHash<QString, qint64> m_case;
};

qint64 TestDashboard::makeCase(const QString &name, const QDate &passportExpiry,
                               const QString &passport) {
    CaseRecord r = test::sampleCase(name, QString());
    ++m_serial;
    r.person.pinfl = test::pinflFor(r.person.birthDate, true, 300 + m_serial, m_serial);
    r.person.passportNumber =
        passport.isNull() ? QStringLiteral("FA%1").arg(8000000 + m_serial) : passport;
    r.person.passportIssueDate = passportExpiry.isValid() ? QDate(2016, 1, 1) : QDate();
    r.person.passportExpiryDate = passportExpiry;
    r.hostReference = QStringLiteral("A-777-000-%1").arg(100 + m_serial);
    Result<CaseRepository::SaveResult> saved = CaseRepository(*m_db, m_clock).create(m_actor, r);
    if (!saved)
        qFatal("%s", qPrintable(saved.error().message));
    m_case.insert(name, saved->record.id);
    return saved->record.id;
}

qint64 TestDashboard::requestSent(qint64 caseId, const QDate &sent) {
    Result<IdentityRequest> r =
        CaseRepository(*m_db, m_clock)
            .addIdentityRequest(m_actor, caseId, QStringLiteral("07/%1").arg(caseId), sent);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return r->id;
}

void TestDashboard::addCertificate(qint64 caseId, const QString &status, const QDate &validUntil) {
    // A row of the register of documents as issuing leaves it (the issuing itself is
    // tst_certificates' subject).
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO certificate (uuid, number, prefix, year, sequence, case_id, person_id, "
        "status, surname, given_names, issue_date, valid_until, issued_by, created_at, "
        "updated_at) SELECT ?, ?, 'TST', 2026, ?, c.id, c.person_id, ?, 'X', 'Y', '2026-02-01', "
        "?, 'tester', '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z' FROM return_case c "
        "WHERE c.id = ?"));
    const int n = ++m_serial;
    q.addBindValue(QStringLiteral("cert-%1").arg(n));
    q.addBindValue(QStringLiteral("TST-2026-%1").arg(n, 6, 10, QLatin1Char('0')));
    q.addBindValue(n);
    q.addBindValue(status);
    q.addBindValue(dates::toIso(validUntil));
    q.addBindValue(caseId);
    if (!q.exec() || q.numRowsAffected() != 1)
        qFatal("%s", qPrintable(q.lastError().text()));
}

void TestDashboard::initTestCase() {
    QVERIFY(m_dir.isValid());
    Result<std::shared_ptr<Database>> db =
        Database::open(m_dir.filePath(QStringLiteral("d.qaytish")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = db.value();
    // The demo with a fixed seed: every status, identity requests answered and waiting
    // (some for more than 60 days), passports expiring over the next ten years.
    QVERIFY(DemoGenerator::generate(*m_db, m_clock, m_actor, DemoGenerator::Options{3000, 17}));
    CaseRepository repo(*m_db, m_clock);

    // Overdue: the setting is 60 days, today is 15.03.2026, so 14.01.2026 is exactly 60.
    requestSent(makeCase(QStringLiteral("Atsixty")), m_today.addDays(-60));
    requestSent(makeCase(QStringLiteral("Oversixty")), m_today.addDays(-61));
    const qint64 answered = requestSent(makeCase(QStringLiteral("Answered")), m_today.addDays(-90));
    QVERIFY(repo.recordIdentityReply(m_actor, answered, QStringLiteral("R-1"), m_today.addDays(-5),
                                     QStringLiteral("more_info")));
    const qint64 closedWaiting = makeCase(QStringLiteral("Closedwaiting"));
    requestSent(closedWaiting, m_today.addDays(-120));
    QVERIFY(repo.changeStatus(m_actor, closedWaiting, CaseStatus::Closed, QStringLiteral("Left.")));
    // A second request, newer, does not hide an older one still waiting.
    const qint64 twice = makeCase(QStringLiteral("Twice"));
    requestSent(twice, m_today.addDays(-100));
    requestSent(twice, m_today.addDays(-3));

    // Documents, window 30 days: today to 14.04.2026.
    makeCase(QStringLiteral("Lastday"), m_today.addDays(30));
    makeCase(QStringLiteral("Dayafter"), m_today.addDays(31));
    makeCase(QStringLiteral("Today"), m_today);
    makeCase(QStringLiteral("Yesterday"), m_today.addDays(-1));
    makeCase(QStringLiteral("Nopassport"), m_today.addDays(10), QStringLiteral(""));
    const qint64 closed = makeCase(QStringLiteral("Closedexpiring"), m_today.addDays(5));
    QVERIFY(repo.changeStatus(m_actor, closed, CaseStatus::Closed, QStringLiteral("Left.")));
    addCertificate(makeCase(QStringLiteral("Certexpiring"), QDate(2031, 1, 1)),
                   QStringLiteral("valid"), m_today.addDays(17));
    addCertificate(makeCase(QStringLiteral("Certoutlives"), m_today.addDays(5)),
                   QStringLiteral("valid"), m_today.addDays(60));
    addCertificate(makeCase(QStringLiteral("Certcancelled"), m_today.addDays(6)),
                   QStringLiteral("cancelled"), m_today.addDays(60));

    // Return lists: a draft of two (and one taken off), a final one of one, a completed one.
    ReturnListRepository lists(*m_db, m_clock);
    auto list = [&](const QDate &date, const QList<qint64> &cases) {
        ReturnList l;
        l.flightNumber = QStringLiteral("HY 102");
        l.flightDate = date;
        l.fromAirport = QStringLiteral("JFK");
        l.toAirport = QStringLiteral("TAS");
        Result<ReturnList> created = lists.create(m_actor, l);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        Result<QList<AddOutcome>> added = lists.addCaseIds(m_actor, created->id, cases);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        for (const AddOutcome &o : added.value()) {
            if (!o.added)
                qFatal("%s", qPrintable(o.message));
        }
        return created->id;
    };
    const qint64 draft = list(m_today.addDays(20), {makeCase(QStringLiteral("Draftone")),
                                                    makeCase(QStringLiteral("Drafttwo")),
                                                    makeCase(QStringLiteral("Takenoff"))});
    QVERIFY(lists.removePassenger(m_actor, draft, m_case.value(QStringLiteral("Takenoff")),
                                  QStringLiteral("Flies later.")));
    const qint64 final = list(m_today.addDays(20), {makeCase(QStringLiteral("Final"))});
    Result<ReturnListRepository::FinalizeResult> f =
        lists.finalize(m_actor, final, QStringLiteral("Identity confirmed by telephone."));
    QVERIFY2(f && f->blocking.isEmpty() && f->passengers == 1,
             f ? "" : qPrintable(f.error().message));
    const qint64 done = list(m_today, {makeCase(QStringLiteral("Flown"))});
    QVERIFY(lists.finalize(m_actor, done, QStringLiteral("Identity confirmed by telephone.")));
    QVERIFY(lists.markBoarded(m_actor, done, m_case.value(QStringLiteral("Flown")), true));
    QVERIFY(lists.complete(m_actor, done));
}

ConditionBasis TestDashboard::basis() const {
    Result<ConditionBasis> b = Dashboard::basis(*m_db, m_clock);
    if (!b)
        qFatal("%s", qPrintable(b.error().message));
    return b.value();
}

QSet<qint64> TestDashboard::idsOf(const CaseFilter &filter,
                                  std::optional<CaseQuery::Strategy> strategy,
                                  CaseSort sort) const {
    CaseQuery query(filter, sort);
    if (strategy)
        query.forceFilterStrategy(*strategy);
    Result<QList<CaseListRow>> rows = query.fetch(m_db->connection(), m_db->path(), 0, -1);
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    QSet<qint64> ids;
    for (const CaseListRow &r : rows.value())
        ids.insert(r.id);
    if (ids.size() != rows->size())
        qFatal("a case came twice");
    return ids;
}

qint64 TestDashboard::directStatus(CaseStatus status) const {
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM return_case WHERE status = ?"));
    q.addBindValue(CaseStatusInfo::code(status));
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QSet<qint64> TestDashboard::directOverdue(const ConditionBasis &b) const {
    // Days waited by the oldest request without a reply, by julianday arithmetic.
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT c.id FROM return_case c WHERE c.status = 'identity_check' AND "
                       "(SELECT max(julianday(?) - julianday(r.out_date)) FROM identity_request r "
                       "WHERE r.case_id = c.id AND r.reply_date IS NULL) > ?"));
    q.addBindValue(b.today.toString(Qt::ISODate));
    q.addBindValue(b.identityOverdueDays);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QSet<qint64> TestDashboard::directExpiring(const ConditionBasis &b) const {
    // Every case with its valid certificates and its passport, judged here in C++.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.status, p.passport_number, p.passport_expiry_date, "
            "(SELECT group_concat(valid_until) FROM certificate ce WHERE ce.case_id = c.id "
            "AND ce.status = 'valid') FROM return_case c JOIN person p ON p.id = c.person_id")))
        qFatal("%s", qPrintable(q.lastError().text()));
    QSet<qint64> ids;
    while (q.next()) {
        const QString status = q.value(1).toString();
        if (status == u"returned" || status == u"closed")
            continue;
        QDate validUntil;
        if (!q.value(4).isNull()) {
            validUntil = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        } else if (!q.value(2).toString().isEmpty() && !q.value(3).isNull()) {
            validUntil =
                QDate::fromString(q.value(3).toString(), Qt::ISODate).addDays(b.passportMarginDays);
        }
        if (validUntil.isValid() && validUntil >= b.today &&
            b.today.daysTo(validUntil) <= b.documentWindowDays)
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

QSet<qint64> TestDashboard::directOnOpenLists() const {
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT case_id FROM return_list_passenger WHERE "
                               "removed = 0 AND list_id IN (SELECT id FROM return_list WHERE "
                               "status <> 'completed')")))
        qFatal("%s", qPrintable(q.lastError().text()));
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QSet<qint64> TestDashboard::direct(const DashboardFigure &figure, const ConditionBasis &b) const {
    if (const auto *status = std::get_if<CaseStatus>(&figure)) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM return_case WHERE status = ?"));
        q.addBindValue(CaseStatusInfo::code(*status));
        q.exec();
        QSet<qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    }
    switch (std::get<CaseCondition>(figure)) {
    case CaseCondition::IdentityOverdue:
        return directOverdue(b);
    case CaseCondition::DocumentExpiring:
        return directExpiring(b);
    case CaseCondition::OnOpenReturnList:
        return directOnOpenLists();
    }
    return {};
}

void TestDashboard::figuresEqualDirectCounts() {
    const ConditionBasis b = basis();
    QCOMPARE(b.today, m_today);
    QCOMPARE(b.identityOverdueDays, 60);
    QCOMPARE(b.documentWindowDays, 30);
    Result<DashboardFigures> figures = Dashboard::compute(m_db->connection(), m_db->path(), b);
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
    QCOMPARE(figures->counts.size(), Dashboard::figures().size());
    qint64 byStatus = 0;
    for (CaseStatus s : CaseStatusInfo::all()) {
        QCOMPARE(figures->value(s), directStatus(s));
        QVERIFY2(figures->value(s) > 0, qPrintable(CaseStatusInfo::code(s)));
        byStatus += figures->value(s);
    }
    QCOMPARE(byStatus, qint64(3000 + m_case.size()));
    QCOMPARE(figures->value(CaseCondition::IdentityOverdue), qint64(directOverdue(b).size()));
    QCOMPARE(figures->value(CaseCondition::DocumentExpiring), qint64(directExpiring(b).size()));
    QCOMPARE(figures->value(CaseCondition::OnOpenReturnList), qint64(directOnOpenLists().size()));
    // The demo register alone gives the conditions something to count.
    QVERIFY(figures->value(CaseCondition::IdentityOverdue) > 100);
}

void TestDashboard::edgeCasesLandWhereDefined() {
    const ConditionBasis b = basis();
    auto in = [&](CaseCondition c, const char *name) {
        return idsOf(Dashboard::filterFor(c, b)).contains(m_case.value(QString::fromLatin1(name)));
    };
    QVERIFY(!in(CaseCondition::IdentityOverdue, "Atsixty"));
    QVERIFY(in(CaseCondition::IdentityOverdue, "Oversixty"));
    QVERIFY(!in(CaseCondition::IdentityOverdue, "Answered"));
    QVERIFY(!in(CaseCondition::IdentityOverdue, "Closedwaiting"));
    QVERIFY(in(CaseCondition::IdentityOverdue, "Twice"));

    QVERIFY(in(CaseCondition::DocumentExpiring, "Lastday"));
    QVERIFY(!in(CaseCondition::DocumentExpiring, "Dayafter"));
    QVERIFY(in(CaseCondition::DocumentExpiring, "Today"));
    QVERIFY(!in(CaseCondition::DocumentExpiring, "Yesterday")); // expired, not expiring
    QVERIFY(!in(CaseCondition::DocumentExpiring, "Nopassport"));
    QVERIFY(!in(CaseCondition::DocumentExpiring, "Closedexpiring"));
    QVERIFY(in(CaseCondition::DocumentExpiring, "Certexpiring"));
    QVERIFY(!in(CaseCondition::DocumentExpiring, "Certoutlives")); // the certificate counts
    QVERIFY(in(CaseCondition::DocumentExpiring, "Certcancelled")); // the passport counts

    const QSet<qint64> onLists = idsOf(Dashboard::filterFor(CaseCondition::OnOpenReturnList, b));
    QCOMPARE(onLists, (QSet<qint64>{m_case.value(QStringLiteral("Draftone")),
                                    m_case.value(QStringLiteral("Drafttwo")),
                                    m_case.value(QStringLiteral("Final"))}));
}

void TestDashboard::filtersShowExactlyTheCountedCases_data() {
    QTest::addColumn<int>("figure");
    QTest::addColumn<int>("sortColumn");
    const QList<DashboardFigure> figures = Dashboard::figures();
    for (int i = 0; i < figures.size(); ++i) {
        const QString name = std::holds_alternative<CaseStatus>(figures.at(i))
                                 ? CaseStatusInfo::code(std::get<CaseStatus>(figures.at(i)))
                                 : CaseConditionInfo::code(std::get<CaseCondition>(figures.at(i)));
        QTest::addRow("%s by reference", qPrintable(name)) << i << int(CaseColumn::CaseRef);
        QTest::addRow("%s by name", qPrintable(name)) << i << int(CaseColumn::NameLatin);
    }
}

void TestDashboard::filtersShowExactlyTheCountedCases() {
    QFETCH(int, figure);
    QFETCH(int, sortColumn);
    const DashboardFigure f = Dashboard::figures().at(figure);
    const ConditionBasis b = basis();
    const CaseFilter filter = Dashboard::filterFor(f, b);
    const QSet<qint64> expected = direct(f, b);
    const CaseSort sort{CaseColumn(sortColumn), Qt::AscendingOrder};
    // From the figure's own index (then sorted), and tested row by row along the order's
    // index: the same cases.
    QCOMPARE(idsOf(filter, CaseQuery::Strategy::Indexed, sort), expected);
    QCOMPARE(idsOf(filter, CaseQuery::Strategy::OrderedScan, sort), expected);
    QCOMPARE(idsOf(filter, std::nullopt, sort), expected);
    Result<qint64> n = CaseQuery(filter, sort).count(m_db->connection(), m_db->path());
    QVERIFY(n);
    QCOMPARE(n.value(), qint64(expected.size()));
    // A page is a page of the same rows.
    CaseQuery paged(filter, sort);
    paged.forceFilterStrategy(CaseQuery::Strategy::OrderedScan);
    Result<QList<CaseListRow>> page = paged.fetch(m_db->connection(), m_db->path(), 0, 5);
    QVERIFY(page);
    QCOMPARE(page->size(), std::min<qsizetype>(5, expected.size()));
    for (const CaseListRow &r : page.value())
        QVERIFY(expected.contains(r.id));
    // Together with a search, the filter narrows it.
    CaseFilter searched = filter;
    searched.search = QStringLiteral("Karimov");
    const QSet<qint64> both = idsOf(searched);
    QVERIFY(both.size() <= expected.size());
    for (qint64 id : both)
        QVERIFY(expected.contains(id));
}

void TestDashboard::conditionsUseTheirIndexes() {
    const ConditionBasis b = basis();
    auto planOf = [&](CaseCondition c, CaseQuery::Strategy s) {
        CaseQuery q(Dashboard::filterFor(c, b), CaseSort{});
        q.forceFilterStrategy(s);
        Result<QString> plan = q.explainFetch(m_db->connection(), m_db->path(), 0, 200);
        if (!plan)
            qFatal("%s", qPrintable(plan.error().message));
        return plan.value();
    };
    const QString overdue = planOf(CaseCondition::IdentityOverdue, CaseQuery::Strategy::Indexed);
    QVERIFY2(overdue.contains(QStringLiteral("identity_request_waiting")), qPrintable(overdue));
    const QString expiring = planOf(CaseCondition::DocumentExpiring, CaseQuery::Strategy::Indexed);
    QVERIFY2(expiring.contains(QStringLiteral("person_passport_expiry")), qPrintable(expiring));
    QVERIFY2(expiring.contains(QStringLiteral("certificate_valid_until")), qPrintable(expiring));
    QVERIFY2(!expiring.contains(QStringLiteral("SCAN p")), qPrintable(expiring));
    // Tested row by row: the window of ids (before its rows are joined and put in order
    // again) is a walk of the case reference's index, with no sort of every match.
    const QString walked = planOf(CaseCondition::IdentityOverdue, CaseQuery::Strategy::OrderedScan);
    const QString window = walked.section(QStringLiteral("SCAN w"), 0, 0);
    QVERIFY2(window.contains(QStringLiteral("SCAN c USING INDEX")), qPrintable(walked));
    QVERIFY2(!window.contains(QStringLiteral("TEMP B-TREE")), qPrintable(walked));
    // From the index: the waiting requests' index, and the cases sorted afterwards.
    QVERIFY2(!overdue.section(QStringLiteral("SCAN w"), 0, 0).contains(QStringLiteral("SCAN c")),
             qPrintable(overdue));
    // The choice: few cases come from the index; no status or condition needs none.
    CaseQuery few(Dashboard::filterFor(CaseCondition::OnOpenReturnList, b), CaseSort{});
    QCOMPARE(few.filterStrategy(m_db->connection(), m_db->path()).value(),
             CaseQuery::Strategy::Indexed);
    CaseQuery none(CaseFilter{}, CaseSort{});
    QCOMPARE(none.filterStrategy(m_db->connection(), m_db->path()).value(),
             CaseQuery::Strategy::NoSearch);
}

void TestDashboard::settingsMoveTheFigures() {
    MissionSettingsStore store(*m_db, m_clock);
    MissionSettings s = store.load().value();
    s.passportMarginDays = 10;
    s.identityOverdueDays = 100;
    s.documentExpiryWindowDays = 45;
    QVERIFY(store.save(m_actor, s));
    const ConditionBasis b = basis();
    QCOMPARE(b.passportMarginDays, 10);
    QCOMPARE(b.identityOverdueDays, 100);
    QCOMPARE(b.documentWindowDays, 45);
    Result<DashboardFigures> figures = Dashboard::compute(m_db->connection(), m_db->path(), b);
    QVERIFY(figures);
    QCOMPARE(figures->value(CaseCondition::IdentityOverdue), qint64(directOverdue(b).size()));
    QCOMPARE(figures->value(CaseCondition::DocumentExpiring), qint64(directExpiring(b).size()));
    auto in = [&](CaseCondition c, const char *name) {
        return idsOf(Dashboard::filterFor(c, b)).contains(m_case.value(QString::fromLatin1(name)));
    };
    QVERIFY(!in(CaseCondition::IdentityOverdue, "Oversixty"));
    QVERIFY(!in(CaseCondition::IdentityOverdue, "Closedwaiting"));
    QVERIFY(in(CaseCondition::DocumentExpiring, "Yesterday")); // the margin keeps it valid
    QVERIFY(in(CaseCondition::DocumentExpiring, "Dayafter"));  // the window is longer
    // 0 and 366 are refused, naming the field.
    s.documentExpiryWindowDays = 0;
    Status refused = store.save(m_actor, s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("document_expiry_window_days"));
    s.documentExpiryWindowDays = 366;
    QVERIFY(!store.save(m_actor, s));
    QVERIFY(store.save(m_actor, MissionSettings::defaults()));
}

void TestDashboard::olderRegisterGetsTheIndexes() {
    // The fixture of schema 4 (a draft list of three, a valid certificate) upgraded: the
    // indexes are there and the figures equal the direct counts.
    const QString file = m_dir.filePath(QStringLiteral("v4.qaytish"));
    QVERIFY(QFile::copy(QStringLiteral(QAYTISH_TEST_DATA "/registers/v4.qaytish"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::shared_ptr<Database>> db = Database::open(file);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersionOnOpen(), 4);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                  "name IN ('identity_request_waiting', 'person_passport_expiry', "
                                  "'certificate_valid_until')")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    ConditionBasis b;
    b.today = m_today;
    Result<DashboardFigures> figures =
        Dashboard::compute(db.value()->connection(), db.value()->path(), b);
    QVERIFY(figures);
    QCOMPARE(figures->value(CaseCondition::OnOpenReturnList), qint64(3));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM return_case WHERE status = 'registered'")) &&
        q.next());
    QCOMPARE(figures->value(CaseStatus::Registered), q.value(0).toLongLong());
}

void TestDashboard::pagesByKeyThroughAConditionAreThePagesByPosition_data() {
    // What the table does after a click on a figure: the condition's cases in any order the
    // officer sorts by, scrolled page by page (by key), jumped to (by position, from either
    // end), with or without a search.
    QTest::addColumn<int>("condition");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (CaseCondition condition : CaseConditionInfo::all()) {
        for (int column = 0; column < CaseColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s, column %d %s", qPrintable(CaseConditionInfo::code(condition)),
                              column, order == Qt::AscendingOrder ? "asc" : "desc")
                    << int(condition) << column << int(order);
            }
        }
    }
}

void TestDashboard::pagesByKeyThroughAConditionAreThePagesByPosition() {
    QFETCH(int, condition);
    QFETCH(int, column);
    QFETCH(int, order);
    const QSqlDatabase c = m_db->connection();
    static bool prepared = false;
    if (!prepared) {
        // What key paging must cope with inside a condition: persons without a birth date
        // (NULL keys form a section of their own) and a person with several overdue cases
        // (ties on every person key, broken by the case).
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("UPDATE person SET birth_date = NULL WHERE id % 7 = 0")));
        QVERIFY(q.numRowsAffected() > 100);
        const QList<qint64> overdue = [&] {
            QList<qint64> ids;
            for (qint64 id : directOverdue(basis()))
                ids << id;
            std::sort(ids.begin(), ids.end());
            return ids;
        }();
        QVERIFY(overdue.size() > 100);
        QVERIFY(q.prepare(QStringLiteral("UPDATE return_case SET person_id = (SELECT person_id "
                                         "FROM return_case WHERE id = ?) WHERE id IN (?, ?, ?)")));
        q.addBindValue(overdue.at(0));
        q.addBindValue(overdue.at(1));
        q.addBindValue(overdue.at(2));
        q.addBindValue(overdue.at(3));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 3);
        prepared = true;
    }
    const ConditionBasis b = basis();
    const CaseCondition cond = CaseCondition(condition);
    const CaseSort sort{CaseColumn(column), Qt::SortOrder(order)};
    auto ids = [](const QList<CaseListRow> &rows) {
        QList<qint64> list;
        for (const CaseListRow &r : rows)
            list << r.id;
        return list;
    };
    // The condition alone, and with a search word most names share, through each of the
    // three search plans; the condition from its own index and tested row by row.
    struct Search {
        QString text;
        std::optional<CaseQuery::Strategy> strategy;
    };
    const QList<Search> searches{
        {QString(), std::nullopt},
        {QStringLiteral("o"), CaseQuery::Strategy::Indexed},
        {QStringLiteral("o"), CaseQuery::Strategy::CandidateScan},
        {QStringLiteral("o"), CaseQuery::Strategy::OrderedScan},
    };
    const QSet<qint64> counted = direct(cond, b);
    QVERIFY(counted.size() >= 3);
    QList<qint64> reference; // the rows by position, condition from its index, no search
    for (const Search &search : searches) {
        QList<qint64> expected; // by position, for this search, from the condition's index
        for (CaseQuery::Strategy filterStrategy :
             {CaseQuery::Strategy::Indexed, CaseQuery::Strategy::OrderedScan}) {
            CaseFilter filter = Dashboard::filterFor(cond, b);
            filter.search = search.text;
            CaseQuery query(filter, sort);
            query.forceFilterStrategy(filterStrategy);
            if (search.strategy)
                query.forceStrategy(*search.strategy);
            const QString what = QStringLiteral("search \"%1\" (plan %2), condition plan %3")
                                     .arg(search.text)
                                     .arg(search.strategy ? int(*search.strategy) : -1)
                                     .arg(int(filterStrategy));
            Result<QList<CaseListRow>> all = query.fetch(c, m_db->path(), 0, -1);
            QVERIFY2(all, qPrintable(what));
            const QList<qint64> byPosition = ids(all.value());
            if (expected.isEmpty()) {
                expected = byPosition;
                if (search.text.isEmpty()) {
                    reference = expected;
                    QCOMPARE(QSet<qint64>(expected.cbegin(), expected.cend()), counted);
                    QCOMPARE(expected.size(), counted.size());
                } else {
                    // The search narrows the condition's rows and keeps their order.
                    QVERIFY2(!expected.isEmpty(), qPrintable(what));
                    QList<qint64> narrowed;
                    const QSet<qint64> found(expected.cbegin(), expected.cend());
                    for (qint64 id : std::as_const(reference)) {
                        if (found.contains(id))
                            narrowed << id;
                    }
                    QCOMPARE(expected, narrowed);
                }
            }
            QVERIFY2(byPosition == expected, qPrintable(what));

            const qsizetype page = std::clamp<qsizetype>(expected.size() / 6, 2, 50);
            QList<qint64> forward;
            QList<CaseListRow> held;
            const CaseListRow *last = nullptr;
            for (;;) {
                Result<QList<CaseListRow>> next = query.fetchAfter(c, m_db->path(), last, page);
                QVERIFY2(next, qPrintable(what));
                forward += ids(next.value());
                QVERIFY2(forward.size() <= expected.size(), qPrintable(what));
                if (next->size() < page)
                    break;
                held = next.value();
                last = &held.constLast();
            }
            QVERIFY2(forward == expected, qPrintable(what));

            QList<qint64> backward;
            const CaseListRow *first = nullptr;
            for (;;) {
                Result<QList<CaseListRow>> previous =
                    query.fetchBefore(c, m_db->path(), first, page);
                QVERIFY2(previous, qPrintable(what));
                backward = ids(previous.value()) + backward;
                QVERIFY2(backward.size() <= expected.size(), qPrintable(what));
                if (previous->size() < page)
                    break;
                held = previous.value();
                first = &held.constFirst();
            }
            QVERIFY2(backward == expected, qPrintable(what));

            // Where a walk is easiest to get wrong, a walk starts at each such row: between
            // two cases of one person, and where the rows without a key begin or end.
            const QList<CaseListRow> &rows = all.value();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const bool tie =
                    (i > 0 && rows.at(i - 1).personId == rows.at(i).personId) ||
                    (i + 1 < rows.size() && rows.at(i + 1).personId == rows.at(i).personId);
                const bool edge =
                    (i > 0 && rows.at(i - 1).sortKey.isNull() != rows.at(i).sortKey.isNull()) ||
                    (i + 1 < rows.size() &&
                     rows.at(i + 1).sortKey.isNull() != rows.at(i).sortKey.isNull());
                if (!tie && !edge)
                    continue;
                Result<QList<CaseListRow>> after =
                    query.fetchAfter(c, m_db->path(), &rows.at(i), 2);
                QVERIFY2(after, qPrintable(what));
                QVERIFY2(ids(after.value()) == expected.mid(i + 1, 2), qPrintable(what));
                Result<QList<CaseListRow>> before =
                    query.fetchBefore(c, m_db->path(), &rows.at(i), 2);
                QVERIFY2(before, qPrintable(what));
                const qsizetype from = std::max<qsizetype>(0, i - 2);
                QVERIFY2(ids(before.value()) == expected.mid(from, i - from), qPrintable(what));
            }

            for (qsizetype fromEnd : {qsizetype(0), page, expected.size() / 2}) {
                Result<QList<CaseListRow>> rows =
                    query.fetchFromEnd(c, m_db->path(), fromEnd, page);
                QVERIFY2(rows, qPrintable(what));
                const qsizetype start = std::max<qsizetype>(0, expected.size() - fromEnd - page);
                QVERIFY2(ids(rows.value()) ==
                             expected.mid(start, expected.size() - fromEnd - start),
                         qPrintable(what));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
