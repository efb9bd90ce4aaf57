#include "support/testsupport.h"

#include "core/casequery.h"
#include "core/caserepository.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/identifiers.h"
#include "core/names.h"
#include "core/searchkeys.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

// The indexed name search (resources/sql/004_search.sql): every match found and nothing
// else, whichever way the query goes, on a generated register; the index follows every write.
class TestCaseQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void searchFindsExactlyTheMatches_data();
    void searchFindsExactlyTheMatches();
    void commonWordsWalkTheOrderAndStopAtTheLimit();
    void rareNamesComeFromTheIndex();
    void indexFollowsEveryWrite();
    void pagesByKeyAreThePagesByPosition_data();
    void pagesByKeyAreThePagesByPosition();
    void aLimitedListingStopsAtItsLimit();

private:
    struct Person {
        qint64 caseId;
        QString searchKey, passport, pinfl, caseRef, hostReference;
    };
    QSet<qint64> idsOf(const CaseQuery &query) const;
    // The rule itself, in C++: names::matches() or an identifier equal to the search.
    QSet<qint64> expected(const QString &search) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_actor{QStringLiteral("tester")};
    std::shared_ptr<Database> m_db;
    QList<Person> m_people;
    static constexpr int Cases = 9000; // well over CaseQuery::IndexedCandidateLimit
};

void TestCaseQuery::initTestCase() {
    QVERIFY(m_dir.isValid());
    static_assert(Cases > CaseQuery::IndexedCandidateLimit);
    Result<std::shared_ptr<Database>> db =
        Database::open(m_dir.filePath(QStringLiteral("q.qaytish")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = db.value();
    // The demo's bulk load, then names typed with every apostrophe variant, some in Latin
    // only, through the ordinary write path.
    QVERIFY(DemoGenerator::generate(*m_db, m_clock, m_actor, DemoGenerator::Options{Cases, 11}));
    CaseRepository repo(*m_db, m_clock);
    int serial = 0;
    for (const auto &[latin, cyrillic] : QList<std::pair<QString, QString>>{
             {QStringLiteral("Toʻxtayev"), QString()},
             {QStringLiteral("To'xtayeva"), QString()},
             {QStringLiteral("To‘lqinov"), QString()},
             {QStringLiteral("Xoʻjayev"), QStringLiteral("Хўжаев")},
             {QStringLiteral("Hamdamova"), QStringLiteral("Ҳамдамова")},
             {QStringLiteral("Isʼhoqov"), QStringLiteral("Исҳоқов")},
         }) {
        CaseRecord r = test::sampleCase(latin, cyrillic);
        ++serial;
        r.person.pinfl = test::pinflFor(r.person.birthDate, true, 200 + serial, serial);
        r.person.passportNumber = QStringLiteral("FA%1").arg(7000000 + serial);
        r.hostReference = QStringLiteral("A-555-000-%1").arg(100 + serial);
        Result<CaseRepository::SaveResult> saved = repo.create(m_actor, r);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    }
    QSqlQuery q(m_db->connection());
    // What the sort must cope with: persons without a birth date (NULL sorts apart) and a
    // person with several cases (ties on every person key, broken by the case).
    QVERIFY(q.exec(QStringLiteral("UPDATE person SET birth_date = NULL WHERE id % 97 = 0")));
    QVERIFY(q.numRowsAffected() > 50);
    QVERIFY(q.exec(QStringLiteral("UPDATE return_case SET person_id = (SELECT person_id FROM "
                                  "return_case WHERE id = 4) WHERE id IN (5, 6, 7)")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM return_case WHERE authorized_until IS "
                                  "NULL")) &&
            q.next());
    QVERIFY(q.value(0).toInt() > 50); // cases without an authorised stay date: NULL too
    QVERIFY(q.exec(QStringLiteral("SELECT c.id, p.search_key, p.passport_number, p.pinfl, "
                                  "c.case_ref, c.host_reference FROM return_case c JOIN person p "
                                  "ON p.id = c.person_id")));
    while (q.next())
        m_people << Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
    QCOMPARE(m_people.size(), Cases + serial);
}

QSet<qint64> TestCaseQuery::idsOf(const CaseQuery &query) const {
    QSet<qint64> ids;
    Result<QList<CaseListRow>> rows = query.fetch(m_db->connection(), m_db->path(), 0, -1);
    if (!rows)
        qWarning("%s", qPrintable(rows.error().message));
    for (const CaseListRow &r : rows.value())
        ids.insert(r.id);
    return ids;
}

QSet<qint64> TestCaseQuery::expected(const QString &search) const {
    const QString s = search.simplified();
    const QString key = names::searchKey(s);
    const QString compact = s.toUpper().remove(u' ').remove(u'-');
    const std::optional<QString> aNumber = identifiers::normalizeANumber(s);
    QSet<qint64> ids;
    for (const Person &p : m_people) {
        if ((!key.isEmpty() && names::matches(key, p.searchKey)) ||
            p.passport == identifiers::normalizePassportNumber(s) || p.pinfl == compact ||
            p.caseRef == s.toUpper() || (aNumber && p.hostReference == *aNumber))
            ids.insert(p.caseId);
    }
    return ids;
}

void TestCaseQuery::searchFindsExactlyTheMatches_data() {
    QTest::addColumn<QString>("search");
    for (const char16_t *s : {
             u"Karimov",
             u"karimova dilnoza",
             u"Каримов",
             u"Каримова Дилноза",
             u"Rakhimov",
             u"Рахимов",
             u"Раҳимов",
             u"Rahm",
             u"Gʻulomov",
             u"G'ulomov",
             u"G‘ulomov",
             u"G`ulomov",
             u"G’ulomov",
             u"O’tkir",
             u"To’xtayev",
             u"Gulomov",
             u"Ғуломов",
             u"Гуломов",
             u"Gʻayrat",
             u"Jo'rayev",
             u"Жўраев",
             u"Djuraev",
             u"Juraev",
             u"Oʻtkir",
             u"Utkir",
             u"Otkir",
             u"Ўткир",
             u"Ulugʻbek",
             u"Ulugbek",
             u"Xudoyberdiyev",
             u"Khudoyberdiev",
             u"Toʻxtayev",
             u"Tokhtaev",
             u"ТОХТАЕВ",
             u"Tuxtayev",
             u"Xojayev",
             u"Ходжаев",
             u"Isʼhoqov",
             u"Ishoqov",
             u"Hamdamova",
             u"Хамдамова",
             u"sh",
             u"x",
             u"o",
             u"a",
             u"u",
             u"zz",
             u"Toshmatov Oʻtkir",
             u"oʻgʻli",
             u"qizi",
             u"Karimov Alisher Bobur",
             u"Eshonqulov Akmal Temur oʻgʻli",
             u"Ulug`bek Nazaro",
             u"o a u Karimov",
             u"FA7000003",
             u"fa 7000003",
             u"A-555-000-102",
             u"QY-2026-000010",
         }) {
        const QString search = QString::fromUtf16(s);
        QTest::newRow(search.toUtf8().constData()) << search;
    }
}

void TestCaseQuery::searchFindsExactlyTheMatches() {
    QFETCH(QString, search);
    const CaseFilter filter{search, std::nullopt};
    const QSet<qint64> want = expected(search);
    const QSet<qint64> chosen = idsOf(CaseQuery(filter, CaseSort{}));
    CaseQuery indexed(filter, CaseSort{});
    indexed.forceStrategy(CaseQuery::Strategy::Indexed);
    CaseQuery scanned(filter, CaseSort{CaseColumn::NameLatin, Qt::DescendingOrder});
    scanned.forceStrategy(CaseQuery::Strategy::OrderedScan);
    CaseQuery candidates(filter, CaseSort{CaseColumn::Status, Qt::AscendingOrder});
    candidates.forceStrategy(CaseQuery::Strategy::CandidateScan);
    CaseQuery candidatesByName(filter, CaseSort{CaseColumn::NameCyrillic, Qt::AscendingOrder});
    candidatesByName.forceStrategy(CaseQuery::Strategy::CandidateScan);
    QCOMPARE(chosen, want);
    QCOMPARE(idsOf(indexed), want);
    QCOMPARE(idsOf(scanned), want);
    QCOMPARE(idsOf(candidates), want);
    QCOMPARE(idsOf(candidatesByName), want);
    Result<qint64> counted = CaseQuery(filter, CaseSort{}).count(m_db->connection(), m_db->path());
    QVERIFY(counted);
    QCOMPARE(counted.value(), want.size());
    Result<qint64> countedIndexed = indexed.count(m_db->connection(), m_db->path());
    QCOMPARE(countedIndexed.value(), want.size());
}

void TestCaseQuery::commonWordsWalkTheOrderAndStopAtTheLimit() {
    // Nearly every man's patronymic has oʻgʻli: far more candidates than the limit. The
    // listing walks the case reference index and stops at LIMIT, like `list --search`;
    // nothing is sorted or counted first. Either walk: testing every row's person (over
    // ScanCandidateLimit candidates, which this register is too small to have) or only the
    // candidates'.
    QVERIFY(expected(QStringLiteral("o")).size() > CaseQuery::IndexedCandidateLimit);
    const CaseFilter filter{QStringLiteral("o"), std::nullopt};
    Result<CaseQuery::Strategy> chosen =
        CaseQuery(filter, CaseSort{}).strategy(m_db->connection(), m_db->path());
    QVERIFY(chosen);
    QCOMPARE(chosen.value(), CaseQuery::Strategy::CandidateScan);
    for (CaseQuery::Strategy strategy :
         {CaseQuery::Strategy::CandidateScan, CaseQuery::Strategy::OrderedScan}) {
        CaseQuery query(filter, CaseSort{});
        query.forceStrategy(strategy);
        Result<QString> plan = query.explainFetch(m_db->connection(), m_db->path(), 0, 20);
        QVERIFY(plan);
        // The window of ids (before the 20 rows are joined and put in order again): an index
        // walk, no sort of all matches.
        const QString window = plan->section(QStringLiteral("SCAN w"), 0, 0);
        QVERIFY2(window.contains(QStringLiteral("MATERIALIZE w")), qPrintable(plan.value()));
        QVERIFY2(!window.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan.value()));
        QVERIFY2(
            window.contains(QRegularExpression(QStringLiteral("SCAN c USING (COVERING )?INDEX"))),
            qPrintable(plan.value()));
        if (strategy == CaseQuery::Strategy::CandidateScan) {
            // No person joined to the walk, and no case row read: the reference and the
            // person are in the index entry (schema 9).
            QVERIFY2(!window.contains(QStringLiteral("SEARCH p USING")), qPrintable(plan.value()));
            QVERIFY2(window.contains(QStringLiteral("SCAN c USING COVERING INDEX case_ref_person")),
                     qPrintable(plan.value()));
        }
        Result<QList<CaseListRow>> rows = query.fetch(m_db->connection(), m_db->path(), 0, 20);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 20);
        QVERIFY(std::is_sorted(rows->cbegin(), rows->cend(),
                               [](const auto &a, const auto &b) { return a.caseRef < b.caseRef; }));
    }
}

void TestCaseQuery::rareNamesComeFromTheIndex() {
    for (const QString &search :
         {QStringLiteral("Toʻxtayev"), QStringLiteral("Хўжаев"),
          QStringLiteral("Karimov Alisher Bobur"), QStringLiteral("FA7000003")}) {
        const CaseQuery query(CaseFilter{search, std::nullopt},
                              CaseSort{CaseColumn::BirthDate, Qt::AscendingOrder});
        Result<CaseQuery::Strategy> strategy = query.strategy(m_db->connection(), m_db->path());
        QVERIFY(strategy);
        QCOMPARE(strategy.value(), CaseQuery::Strategy::Indexed);
        Result<QString> plan = query.explainFetch(m_db->connection(), m_db->path(), 0, 200);
        QVERIFY(plan);
        // No table is walked whole: persons come from the search index (its candidates, read
        // when the strategy was chosen, handed over as a JSON array) or by key.
        QVERIFY2(plan->contains(QStringLiteral("json_each VIRTUAL TABLE")),
                 qPrintable(plan.value()));
        for (const QString &line : plan->split(u'\n'))
            QVERIFY2(!line.startsWith(QStringLiteral("SCAN")) ||
                         line.contains(QStringLiteral("json_each")) ||
                         line.contains(QStringLiteral("SUBQUERY")) ||
                         line.startsWith(QStringLiteral("SCAN w")),
                     qPrintable(plan.value()));
    }
    // In the default order, the cases of the persons found are taken and sorted by reference
    // from the index entries (person_id, case_ref): no case row is read before the page's
    // own rows. A text that is a case reference is looked up as one. (Also when some cases
    // have no host reference, as in a real register.)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE return_case SET host_reference = '' WHERE id = "
                                      "(SELECT max(id) FROM return_case)")));
    }
    for (const QString &search : {QStringLiteral("Toʻxtayev"), QStringLiteral("Xoʻjayev")}) {
        const CaseQuery query(CaseFilter{search, std::nullopt}, CaseSort{});
        QCOMPARE(query.strategy(m_db->connection(), m_db->path()).value(),
                 CaseQuery::Strategy::Indexed);
        Result<QString> plan = query.explainFetch(m_db->connection(), m_db->path(), 0, 64);
        QVERIFY(plan);
        const QString window = plan->section(QStringLiteral("SCAN w"), 0, 0);
        QVERIFY2(window.contains(QStringLiteral("SEARCH c USING COVERING INDEX case_person")),
                 qPrintable(plan.value()));
        QVERIFY2(!window.contains(QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY")),
                 qPrintable(plan.value()));
    }
    const CaseQuery byReference(CaseFilter{QStringLiteral("QY-2026-000010"), std::nullopt},
                                CaseSort{});
    Result<QList<CaseListRow>> rows = byReference.fetch(m_db->connection(), m_db->path(), 0, -1);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().caseRef, QStringLiteral("QY-2026-000010"));
}

void TestCaseQuery::indexFollowsEveryWrite() {
    std::shared_ptr<Database> db;
    {
        Result<std::shared_ptr<Database>> opened =
            Database::open(m_dir.filePath(QStringLiteral("writes.qaytish")));
        QVERIFY(opened);
        db = opened.value();
    }
    // A demo's bulk load first (indexes dropped and rebuilt around it; the triggers stay).
    QVERIFY(DemoGenerator::generate(*db, m_clock, m_actor, DemoGenerator::Options{50, 3}));
    CaseRepository repo(*db, m_clock);
    auto found = [&](const QString &search) {
        CaseQuery query(CaseFilter{search, std::nullopt}, CaseSort{});
        query.forceStrategy(CaseQuery::Strategy::Indexed);
        Result<QList<CaseListRow>> rows = query.fetch(db->connection(), db->path(), 0, -1);
        QStringList refs;
        for (const CaseListRow &r : rows.value())
            refs << r.caseRef;
        return refs;
    };
    Result<CaseRepository::SaveResult> created = repo.create(
        m_actor, test::sampleCase(QStringLiteral("Qahhorov"), QStringLiteral("Қаҳҳоров")));
    QVERIFY(created);
    const QStringList one{created->record.caseRef};
    QCOMPARE(found(QStringLiteral("Qahhorov")), one);
    QCOMPARE(found(QStringLiteral("Каххаров")), one);

    // Renamed: found by the new name only.
    CaseRecord renamed = created->record;
    renamed.person.surname = QStringLiteral("Zufarov");
    renamed.person.surnameCyrillic = QStringLiteral("Зуфаров");
    QVERIFY(repo.update(m_actor, renamed));
    QVERIFY(found(QStringLiteral("Qahhorov")).isEmpty());
    QVERIFY(found(QStringLiteral("Қаҳҳоров")).isEmpty());
    QCOMPARE(found(QStringLiteral("Зуфаров")), one);
    QVERIFY(found(QStringLiteral("Shuhrat")).contains(one.first())); // unchanged words stay

    // Keys recomputed (a newer rule set): the index follows the new keys.
    Result<qint64> recomputed = SearchKeys::recomputeAll(db->connection(), db->path());
    QVERIFY(recomputed);
    QCOMPARE(recomputed.value(), 51);
    QCOMPARE(found(QStringLiteral("Zufarov")), one);
    QVERIFY(found(QStringLiteral("Qahhorov")).isEmpty());

    QCOMPARE(found(QStringLiteral("Zufarov Shuhrat")), one);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
    const int persons = q.value(0).toInt();
    QVERIFY(persons > 50);
    // Every person is in the index: each is found by the first word of its search key.
    QVERIFY(q.exec(QStringLiteral("SELECT c.case_ref, p.search_key FROM person p JOIN "
                                  "return_case c ON c.person_id = p.id")));
    int checked = 0;
    while (q.next()) {
        const QString word = q.value(1).toString().section(u' ', 0, 0);
        QVERIFY2(found(word).contains(q.value(0).toString()), qPrintable(word));
        ++checked;
    }
    QCOMPARE(checked, persons);
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO person_search (person_search, rank) VALUES ('integrity-check', 0)")));
}

void TestCaseQuery::pagesByKeyAreThePagesByPosition_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("registeredOnly");
    for (int column = 0; column < CaseColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name = QStringLiteral("column %1 %2")
                                     .arg(column)
                                     .arg(order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                      : QStringLiteral("desc"));
            QTest::newRow(qPrintable(name)) << column << int(order) << QString() << false;
        }
    }
    // Filters: a status, a common word (the order's index walked), a rarer name (candidates
    // of the search index sorted).
    QTest::newRow("registered, name")
        << int(CaseColumn::NameLatin) << int(Qt::AscendingOrder) << QString() << true;
    QTest::newRow("o, birth date")
        << int(CaseColumn::BirthDate) << int(Qt::DescendingOrder) << QStringLiteral("o") << false;
    QTest::newRow("Karimov, overstay") << int(CaseColumn::OverstayDays) << int(Qt::AscendingOrder)
                                       << QStringLiteral("Karimov") << false;
}

void TestCaseQuery::pagesByKeyAreThePagesByPosition() {
    // Scrolling reads the page after the last row read (or before the first) by key; a jump
    // reads by OFFSET, from the start or from the end. All must give the same rows in the
    // same order, whatever the column, direction, NULL keys and ties.
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, search);
    QFETCH(bool, registeredOnly);
    CaseFilter filter{search, std::nullopt};
    if (registeredOnly)
        filter.status = CaseStatus::Registered;
    const CaseQuery query(filter, CaseSort{CaseColumn(column), Qt::SortOrder(order)});
    const QSqlDatabase c = m_db->connection();
    auto idsOfRows = [](const QList<CaseListRow> &rows) {
        QList<qint64> ids;
        for (const CaseListRow &r : rows)
            ids << r.id;
        return ids;
    };
    Result<QList<CaseListRow>> all = query.fetch(c, m_db->path(), 0, -1);
    QVERIFY(all);
    const QList<qint64> expected = idsOfRows(all.value());
    QVERIFY(expected.size() > 173); // more than one page
    QCOMPARE(QSet<qint64>(expected.cbegin(), expected.cend()).size(), expected.size());

    constexpr int Page = 173;
    QList<qint64> forward;
    const CaseListRow *last = nullptr;
    QList<CaseListRow> page;
    for (;;) {
        Result<QList<CaseListRow>> next = query.fetchAfter(c, m_db->path(), last, Page);
        QVERIFY(next);
        forward += idsOfRows(next.value());
        if (next->size() < Page)
            break;
        page = next.value();
        last = &page.constLast();
        QVERIFY(forward.size() <= expected.size());
    }
    QCOMPARE(forward, expected);

    QList<qint64> backward;
    const CaseListRow *first = nullptr;
    for (;;) {
        Result<QList<CaseListRow>> previous = query.fetchBefore(c, m_db->path(), first, Page);
        QVERIFY(previous);
        backward = idsOfRows(previous.value()) + backward;
        if (previous->size() < Page)
            break;
        page = previous.value();
        first = &page.constFirst();
        QVERIFY(backward.size() <= expected.size());
    }
    QCOMPARE(backward, expected);

    // By position from the end: the last rows, and a window in the middle.
    for (qint64 fromEnd : {qint64(0), qint64(Page), qint64(expected.size() / 2)}) {
        Result<QList<CaseListRow>> rows = query.fetchFromEnd(c, m_db->path(), fromEnd, Page);
        QVERIFY(rows);
        const qint64 start = std::max<qint64>(0, expected.size() - fromEnd - Page);
        QCOMPARE(idsOfRows(rows.value()), expected.mid(start, expected.size() - fromEnd - start));
    }
}

void TestCaseQuery::aLimitedListingStopsAtItsLimit() {
    // `qaytish-cli list --search o --limit 20` (and the table's first page): the statement
    // SQLite runs walks the order's index with a LIMIT counter and no count or sort of the
    // matches, so it stops after the 20th match however many there are.
    const CaseQuery query(CaseFilter{QStringLiteral("o"), std::nullopt}, CaseSort{});
    QVERIFY(expected(QStringLiteral("o")).size() > 5000);
    Result<QString> opcodes =
        query.explainFetch(m_db->connection(), m_db->path(), 0, 20, CaseQuery::Explain::Opcodes);
    QVERIFY(opcodes);
    const QStringList ops = opcodes->split(u'\n');
    QVERIFY2(ops.contains(QStringLiteral("DecrJumpZero")), qPrintable(opcodes.value())); // LIMIT
    QVERIFY2(!ops.contains(QStringLiteral("AggStep")) && !ops.contains(QStringLiteral("AggFinal")),
             qPrintable(opcodes.value())); // no count(*)
    // One sorter: the 20 rows put in order again after the join (the window of ids itself is
    // an index walk without a sort: commonWordsWalkTheOrderAndStopAtTheLimit).
    QVERIFY2(ops.count(QStringLiteral("SorterOpen")) <= 1, qPrintable(opcodes.value()));
    Result<QList<CaseListRow>> rows =
        query.fetchAfter(m_db->connection(), m_db->path(), nullptr, 20);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 20);
}

QTEST_GUILESS_MAIN(TestCaseQuery)
#include "tst_casequery.moc"
