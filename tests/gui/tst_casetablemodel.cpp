#include "support/testsupport.h"

#include "core/caserepository.h"
#include "core/casestatus.h"
#include "core/database.h"
#include "core/dates.h"
#include "core/demogenerator.h"
#include "core/names.h"
#include "ui/casetablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace qaytish;
using namespace Qt::StringLiterals;

class TestCaseTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void testerWhileScrollingSortingAndFiltering();
    void changeWhileScrolledShowsAfterRefresh();
    void insertAndStatusChangeThenRefresh();
    void sortFollowsSql_data();
    void sortFollowsSql();
    void sortKeepsValueOrder();
    void cyrillicSearchFindsLatinEnteredCase();
    void statusFilter();
    void displayedValues();
    void windowStaysBounded();
    void writesOfAnotherConnectionArePickedUp();
    void retranslateEmitsHeaderChange();
    void firstRowsAtOnceCountInBackground();
    void farPagesShowPlaceholdersThenRows();
    void rowsWrittenElsewhereShowUpWhileScrolled();
    void sortWhileARefreshCounts();
    void sortFollowsTheAlphabet();
    void testerWhileRowsChangeAsItScrolls();

private:
    // A fresh register with `cases` demo cases.
    std::shared_ptr<Database> makeRegister(const QString &name, int cases);
    QList<qint64> allIds(CaseTableModel &model);
    // Waits until nothing is being read in the background (the count, far pages).
    static bool settle(CaseTableModel &model);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 15), QTime(12, 0), QTimeZone::utc())};
    const Actor m_actor{QStringLiteral("tester")};
    std::shared_ptr<Database> m_small; // 300 cases, read-only for the tests that share it
    std::shared_ptr<Database> m_large; // 5000 cases, read-only too
};

std::shared_ptr<Database> TestCaseTableModel::makeRegister(const QString &name, int cases) {
    Result<std::shared_ptr<Database>> db = Database::open(m_dir.filePath(name));
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(db.error().message));
    if (cases > 0) {
        const Status s = DemoGenerator::generate(*db.value(), m_clock, m_actor,
                                                 DemoGenerator::Options{cases, 7});
        if (!s)
            qFatal("demo generation failed: %s", qPrintable(s.error().message));
    }
    return db.value();
}

bool TestCaseTableModel::settle(CaseTableModel &model) {
    QDeadlineTimer deadline(20000);
    while (model.isBusy() && !deadline.hasExpired())
        QTest::qWait(5);
    return !model.isBusy() && model.countsKnown();
}

QList<qint64> TestCaseTableModel::allIds(CaseTableModel &model) {
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong();
    return ids;
}

void TestCaseTableModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_small = makeRegister(QStringLiteral("small.qaytish"), 300);
    Result<qint64> n = CaseRepository(*m_small, m_clock).caseCount();
    QVERIFY(n);
    QCOMPARE(n.value(), 300);
    m_large = makeRegister(QStringLiteral("large.qaytish"), 5000);
}

void TestCaseTableModel::testerWhileScrollingSortingAndFiltering() {
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no register yet
    model.setDatabase(m_small);
    QTRY_COMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), CaseColumnCount);

    // Across page borders, in both directions.
    constexpr int P = CaseTableModel::PageSize;
    for (int row : {0, 1, P - 1, P, P + 1, 3 * P - 1, 3 * P, 299, 150, 0}) {
        const QModelIndex index = model.index(row, 0);
        QVERIFY(index.data().toString().startsWith(QStringLiteral("QY-")));
        QVERIFY(index.data(CaseTableModel::CaseIdRole).toLongLong() > 0);
    }
    for (int column = 0; column < CaseColumnCount; ++column) {
        model.sort(column, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(model.index(250, 0).data().isValid());
        model.sort(column, Qt::AscendingOrder);
        QVERIFY(model.index(299, 1).data().isValid());
    }
    model.setFilter(CaseFilter{QStringLiteral("Karimov"), std::nullopt});
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 300);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 1).data().toString().contains(QStringLiteral("Karimov")));
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), 300);
    model.refresh();
    QCOMPARE(model.rowCount(), 300);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 300);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseTableModel::changeWhileScrolledShowsAfterRefresh() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("scrolled.qaytish"), 450);
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 450);

    // Scrolled to the third page: row 420 is read.
    const int row = 420;
    QTRY_VERIFY(model.index(row, 0).data(CaseTableModel::CaseIdRole).isValid());
    const qint64 id = model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong();
    QVERIFY(id > 0);
    const QString before = model.index(row, int(CaseColumn::NameLatin)).data().toString();
    QVERIFY(!before.startsWith(QStringLiteral("Zufarov")));

    CaseRepository repo(*db, m_clock);
    Result<CaseRecord> record = repo.load(id);
    QVERIFY(record);
    CaseRecord changed = record.value();
    changed.person.surname = QStringLiteral("Zufarov");
    changed.person.surnameCyrillic = QStringLiteral("Зуфаров");
    changed.facility = QStringLiteral("Changed Facility");
    Result<CaseRepository::SaveResult> saved = repo.update(m_actor, changed);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(model.rowCount(), 450);
    // The rows read before stay shown (never a placeholder) until they are read again.
    QVERIFY(model.isRowLoaded(row));
    QTRY_VERIFY(model.index(row, int(CaseColumn::NameLatin))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Zufarov ")));
    QVERIFY(std::any_of(dataChanged.cbegin(), dataChanged.cend(), [&](const QList<QVariant> &a) {
        return a.at(0).toModelIndex().row() <= row && a.at(1).toModelIndex().row() >= row;
    })); // the view is told to read the row again
    QCOMPARE(model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong(), id);
    QVERIFY(model.index(row, int(CaseColumn::NameCyrillic))
                .data()
                .toString()
                .startsWith(QStringLiteral("Зуфаров ")));
    QCOMPARE(model.index(row, int(CaseColumn::Facility)).data().toString(),
             QStringLiteral("Changed Facility"));
}

void TestCaseTableModel::insertAndStatusChangeThenRefresh() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("inserts.qaytish"), 250);
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    model.sort(int(CaseColumn::CaseRef), Qt::DescendingOrder); // the newest case first
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(model.index(240, 0).data().isValid()); // scrolled down

    CaseRepository repo(*db, m_clock);
    Result<CaseRepository::SaveResult> created = repo.create(
        m_actor, test::sampleCase(QStringLiteral("Zufarova"), QStringLiteral("Зуфарова")));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const qint64 newId = created->record.id;

    // Not there before the refresh: the model does not re-read by itself on its own writes.
    QCOMPARE(model.rowCount(), 250);
    model.refresh();
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 251);
    QCOMPARE(model.totalCount(), 251);
    QCOMPARE(model.index(0, 0).data(CaseTableModel::CaseIdRole).toLongLong(), newId);
    QCOMPARE(model.index(0, 0).data().toString(), created->record.caseRef);

    // A status change moves the case out of a status filter after a refresh.
    model.setFilter(CaseFilter{{}, CaseStatus::Registered});
    QVERIFY(settle(model));
    const int registered = model.rowCount();
    QVERIFY(registered > 0);
    const Status moved = repo.changeStatus(m_actor, newId, CaseStatus::Closed,
                                           QStringLiteral("Left the country on their own."));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    model.refresh();
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), registered - 1);
    QCOMPARE(model.totalCount(), 251);
    QVERIFY(!allIds(model).contains(newId));
    model.setFilter(CaseFilter{{}, CaseStatus::Closed});
    QVERIFY(allIds(model).contains(newId));
}

void TestCaseTableModel::sortFollowsSql_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("key"); // the stored key SQL sorts by
    QTest::newRow("case reference") << int(CaseColumn::CaseRef) << QStringLiteral("c.case_ref");
    QTest::newRow("name latin") << int(CaseColumn::NameLatin)
                                << QStringLiteral("p.name_latin_sort");
    QTest::newRow("name cyrillic")
        << int(CaseColumn::NameCyrillic) << QStringLiteral("p.name_cyrillic_sort");
    QTest::newRow("birth date") << int(CaseColumn::BirthDate) << QStringLiteral("p.birth_date");
    QTest::newRow("passport") << int(CaseColumn::PassportNumber)
                              << QStringLiteral("p.passport_number");
    QTest::newRow("status") << int(CaseColumn::Status) << QStringLiteral("c.status_rank");
    QTest::newRow("facility") << int(CaseColumn::Facility) << QStringLiteral("c.facility");
    QTest::newRow("last change") << int(CaseColumn::UpdatedAt) << QStringLiteral("c.updated_at");
}

void TestCaseTableModel::sortFollowsSql() {
    QFETCH(int, column);
    QFETCH(QString, key);
    QHash<qint64, QVariant> keys;
    QSqlQuery q(m_small->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT c.id, %1 FROM return_case c JOIN person p ON p.id = "
                                  "c.person_id")
                       .arg(key)));
    while (q.next())
        keys.insert(q.value(0).toLongLong(), q.value(1));
    QCOMPARE(keys.size(), 300);

    auto less = [](const QVariant &a, const QVariant &b) {
        if (a.typeId() == QMetaType::LongLong || a.typeId() == QMetaType::Int)
            return a.toLongLong() < b.toLongLong();
        return a.toString() < b.toString();
    };
    CaseTableModel model(m_clock);
    model.setDatabase(m_small);
    QVERIFY(settle(model));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(column, order);
        const QList<qint64> ids = allIds(model);
        QCOMPARE(ids.size(), 300);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 300);
        int distinctSteps = 0;
        for (int i = 1; i < ids.size(); ++i) {
            const QVariant a = keys.value(ids.at(i - 1));
            const QVariant b = keys.value(ids.at(i));
            const bool wrong = order == Qt::AscendingOrder ? less(b, a) : less(a, b);
            QVERIFY2(!wrong, qPrintable(QStringLiteral("rows %1 and %2: %3 then %4")
                                            .arg(i - 1)
                                            .arg(i)
                                            .arg(a.toString(), b.toString())));
            if (less(a, b) || less(b, a))
                ++distinctSteps;
        }
        QVERIFY(distinctSteps > 0); // the column really varies: the check above means something
    }
}

void TestCaseTableModel::sortKeepsValueOrder() {
    // What the officer sees: birth dates, statuses and overstay days in order.
    CaseTableModel model(m_clock);
    model.setDatabase(m_small);
    QVERIFY(settle(model));

    model.sort(int(CaseColumn::BirthDate), Qt::AscendingOrder);
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row, int(CaseColumn::BirthDate)).data().toString();
        const QDate date = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
        QVERIFY2(date.isValid(), qPrintable(text));
        if (previous.isValid())
            QVERIFY2(previous <= date, qPrintable(text));
        previous = date;
    }

    model.sort(int(CaseColumn::Status), Qt::AscendingOrder);
    int previousRank = -1;
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row, int(CaseColumn::Status))
                                 .data(CaseTableModel::StatusCodeRole)
                                 .toString();
        const std::optional<CaseStatus> status = CaseStatusInfo::fromCode(code);
        QVERIFY2(status, qPrintable(code));
        QCOMPARE(model.index(row, int(CaseColumn::Status)).data().toString(),
                 CaseStatusInfo::displayName(*status));
        QVERIFY(CaseStatusInfo::rank(*status) >= previousRank);
        previousRank = CaseStatusInfo::rank(*status);
        seen.insert(code);
    }
    QVERIFY(seen.size() >= 4);

    model.sort(int(CaseColumn::OverstayDays), Qt::AscendingOrder);
    int previousDays = -1;
    int withDays = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant days = model.index(row, int(CaseColumn::OverstayDays)).data();
        if (!days.isValid())
            continue;
        QVERIFY(days.toInt() >= previousDays);
        previousDays = days.toInt();
        ++withDays;
    }
    QVERIFY(withDays > 100);
    QVERIFY(previousDays > 0);
}

void TestCaseTableModel::cyrillicSearchFindsLatinEnteredCase() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("search.qaytish"), 200);
    CaseRepository repo(*db, m_clock);
    CaseRecord record = test::sampleCase(QStringLiteral("Qahhorov"), QString());
    record.person.givenNames = QStringLiteral("Gʻayrat");
    record.person.givenNamesCyrillic.clear();
    record.person.patronymicCyrillic.clear();
    record.person.passportNumber = QStringLiteral("FA7654321");
    Result<CaseRepository::SaveResult> created = repo.create(m_actor, record);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(created->record.person.surnameCyrillic.isEmpty()); // entered in Latin only

    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 201);

    model.setFilter(CaseFilter{QStringLiteral("Қаҳҳоров"), std::nullopt});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(CaseTableModel::CaseIdRole).toLongLong(), created->record.id);
    model.setFilter(CaseFilter{QStringLiteral("Ғайрат Қаҳҳоров"), std::nullopt});
    QCOMPARE(model.rowCount(), 1);
    model.setFilter(CaseFilter{QStringLiteral("fa 7654321"), std::nullopt});
    QCOMPARE(model.rowCount(), 1);
    model.setFilter(CaseFilter{QStringLiteral("Қаҳҳоровская"), std::nullopt});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(settle(model));
    QCOMPARE(model.totalCount(), 201);
}

void TestCaseTableModel::statusFilter() {
    QSqlQuery q(m_small->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM return_case WHERE status = 'registered'")));
    QVERIFY(q.next());
    const int expected = q.value(0).toInt();
    QVERIFY(expected > 0 && expected < 300);

    CaseTableModel model(m_clock);
    QSignalSpy counts(&model, &CaseTableModel::countsChanged);
    model.setDatabase(m_small);
    model.setFilter(CaseFilter{{}, CaseStatus::Registered});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.filteredCount(), expected);
    QCOMPARE(model.totalCount(), 300);
    QVERIFY(counts.size() >= 2);
    QCOMPARE(counts.last().at(0).toLongLong(), expected);
    QCOMPARE(counts.last().at(1).toLongLong(), 300);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(CaseTableModel::StatusCodeRole).toString(),
                 QStringLiteral("registered"));
}

void TestCaseTableModel::displayedValues() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("values.qaytish"), 0);
    CaseRepository repo(*db, m_clock);
    CaseRecord overstayed = test::sampleCase();
    overstayed.authorizedUntil = m_clock.today().addDays(-10);
    QVERIFY(repo.create(m_actor, overstayed));
    CaseRecord ds = test::sampleCase(QStringLiteral("Nazarov"), QStringLiteral("Назаров"));
    ds.person.pinfl = test::pinflFor(ds.person.birthDate, true, 124, 46);
    ds.person.passportNumber = QStringLiteral("AB7654321");
    ds.hostReference = QStringLiteral("A-123-456-788");
    ds.authorizedUntil = QDate();
    ds.durationOfStatus = true;
    Result<CaseRepository::SaveResult> second = repo.create(m_actor, ds);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));

    CaseTableModel model(m_clock);
    model.setDatabase(db);
    QCOMPARE(model.rowCount(), 2);
    auto cell = [&](int row, CaseColumn column) {
        return model.index(row, int(column)).data().toString();
    };
    QCOMPARE(cell(0, CaseColumn::NameLatin), QStringLiteral("Gʻulomov Shuhrat Alisher oʻgʻli"));
    QCOMPARE(cell(0, CaseColumn::NameCyrillic), QStringLiteral("Ғуломов Шуҳрат Алишер ўғли"));
    QCOMPARE(cell(0, CaseColumn::BirthDate), QStringLiteral("30.04.1990"));
    QCOMPARE(cell(0, CaseColumn::PassportNumber), QStringLiteral("AB1234567"));
    QCOMPARE(cell(0, CaseColumn::Status), CaseStatusInfo::displayName(CaseStatus::Registered));
    QCOMPARE(model.index(0, int(CaseColumn::OverstayDays)).data().toInt(), 10);
    QCOMPARE(cell(0, CaseColumn::Facility), QStringLiteral("Demo Processing Center North"));
    QCOMPARE(cell(0, CaseColumn::UpdatedAt),
             m_clock.now().toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    QVERIFY(!model.index(1, int(CaseColumn::OverstayDays)).data().isValid()); // D/S
    QCOMPARE(model.headerData(int(CaseColumn::BirthDate), Qt::Horizontal).toString(),
             QStringLiteral("Date of birth"));
}

void TestCaseTableModel::windowStaysBounded() {
    CaseTableModel model(m_clock);
    model.setDatabase(m_large);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 5000);
    // Only the first page is read before anything is shown.
    QCOMPARE(model.cachedRowCount(), CaseTableModel::PageSize);

    const int bound = CaseTableModel::PageSize * CaseTableModel::MaxCachedPages;
    QVERIFY(bound < 5000);
    QSet<qint64> ids;
    int maxCached = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < CaseColumnCount; ++column)
            model.index(row, column).data();
        ids.insert(model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong());
        maxCached = std::max(maxCached, model.cachedRowCount());
    }
    QCOMPARE(ids.size(), 5000); // every case once: pages neither overlap nor leave gaps
    QVERIFY(maxCached <= bound);
    QVERIFY(model.cachedRowCount() > 0);
    // And back up, the other way.
    for (int row = model.rowCount() - 1; row >= 0; row -= 37)
        QVERIFY(model.index(row, 0).data().isValid());
    QVERIFY(model.cachedRowCount() <= bound);
}

void TestCaseTableModel::writesOfAnotherConnectionArePickedUp() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("shared.qaytish"), 120);
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPollInterval(100);
    model.setDatabase(db);
    QTRY_COMPARE(model.rowCount(), 120); // the count follows the first page
    QVERIFY(model.index(110, 0).data().isValid());
    const qint64 id = model.index(110, 0).data(CaseTableModel::CaseIdRole).toLongLong();
    QVERIFY(model.index(110, int(CaseColumn::Facility)).data().toString() !=
            QStringLiteral("Written Elsewhere"));
    QSignalSpy elsewhere(&model, &CaseTableModel::changedElsewhere);

    {
        // Like the CLI: another connection to the same file writes a case and changes one.
        ScopedConnection other(db->path());
        QVERIFY2(other.isOpen(), qPrintable(other.error().message));
        QSqlQuery q(other.db());
        q.prepare(QStringLiteral("UPDATE return_case SET facility = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("Written Elsewhere"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QTRY_COMPARE(model.index(110, int(CaseColumn::Facility)).data().toString(),
                 QStringLiteral("Written Elsewhere"));
    QCOMPARE(elsewhere.size(), 1);
    QTRY_COMPARE(model.rowCount(), 120); // the count follows the first page

    {
        ScopedConnection other(db->path());
        QVERIFY(other.isOpen());
        // A new case, as another program would write it (one person, one case).
        QSqlQuery q(other.db());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO person (uuid, surname, given_names, created_at, updated_at) "
                     "VALUES ('p-elsewhere', 'Zufarov', 'Bobur', '2025-06-15T12:00:00.000Z', "
                     "'2025-06-15T12:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
        const qint64 person = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO return_case (uuid, case_ref, person_id, created_at, updated_at) "
            "VALUES ('c-elsewhere', 'QY-2025-999999', ?, '2025-06-15T12:00:00.000Z', "
            "'2025-06-15T12:00:00.000Z')"));
        q.addBindValue(person);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QTRY_COMPARE(model.rowCount(), 121);
    // Seen as a change made elsewhere (the count of the refresh before may have found the
    // new case first).
    QTRY_VERIFY(elsewhere.size() >= 2);
}

void TestCaseTableModel::retranslateEmitsHeaderChange() {
    CaseTableModel model(m_clock);
    model.setDatabase(m_small);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(header.size(), 1);
    QCOMPARE(header.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(header.first().at(2).toInt(), CaseColumnCount - 1);
}

void TestCaseTableModel::firstRowsAtOnceCountInBackground() {
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(&model, &CaseTableModel::countsChanged);
    model.setDatabase(m_large);
    // At once: the first page, with real rows, and the count still on its way.
    QCOMPARE(model.rowCount(), CaseTableModel::PageSize);
    QVERIFY(!model.countsKnown());
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("QY-")));
    QVERIFY(model.index(CaseTableModel::PageSize - 1, 0)
                .data()
                .toString()
                .startsWith(QStringLiteral("QY-")));
    QCOMPARE(counts.size(), 1);
    // Then the rest of the rows are added at the end.
    QTRY_VERIFY(model.countsKnown());
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.totalCount(), 5000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), CaseTableModel::PageSize);
    QCOMPARE(inserted.first().at(2).toInt(), 4999);
    QCOMPARE(counts.last().at(0).toLongLong(), 5000);

    // A search with more matches than a page: the same, with the register's total.
    model.setFilter(CaseFilter{QStringLiteral("oʻgʻli"), std::nullopt});
    QCOMPARE(model.rowCount(), CaseTableModel::PageSize);
    QVERIFY(settle(model));
    Result<qint64> expected =
        CaseQuery(model.filter(), {}).count(m_large->connection(), m_large->path());
    QVERIFY(expected);
    QVERIFY(expected.value() > CaseTableModel::PageSize);
    QCOMPARE(model.rowCount(), expected.value());
    QCOMPARE(model.totalCount(), 5000);
}

void TestCaseTableModel::farPagesShowPlaceholdersThenRows() {
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_large);
    model.sort(int(CaseColumn::BirthDate), Qt::DescendingOrder); // the order stays SQL's
    QVERIFY(settle(model));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The scroll bar dragged to row 4321: nothing is read on this thread.
    const int row = 4321;
    const QModelIndex far = model.index(row, int(CaseColumn::NameLatin));
    QCOMPARE(far.data().toString(), QStringLiteral("\u2026"));
    QVERIFY(far.data(Qt::ForegroundRole).value<QColor>().isValid()); // drawn unlike a row
    QVERIFY(!far.data(CaseTableModel::CaseIdRole).isValid());
    QVERIFY(!model.isRowLoaded(row));
    QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole), QVariant()); // a real row: default

    // The page arrives from the reader thread; the view is told.
    QTRY_VERIFY(model.isRowLoaded(row));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &a) {
        return a.at(0).toModelIndex().row() <= row && a.at(1).toModelIndex().row() >= row;
    }));
    QVERIFY(!far.data(Qt::ForegroundRole).isValid());
    // The same rows a direct query gives at that offset, in that order.
    const int first = row / CaseTableModel::PageSize * CaseTableModel::PageSize;
    Result<QList<CaseListRow>> direct =
        CaseQuery({}, CaseSort{CaseColumn::BirthDate, Qt::DescendingOrder})
            .fetch(m_large->connection(), m_large->path(), first, CaseTableModel::PageSize);
    QVERIFY(direct);
    for (int i = 0; i < direct->size(); ++i) {
        QCOMPARE(model.index(first + i, 0).data(CaseTableModel::CaseIdRole).toLongLong(),
                 direct->at(i).id);
        QCOMPARE(model.index(first + i, int(CaseColumn::NameLatin)).data().toString(),
                 direct->at(i).fullNameLatin());
    }

    // The bar dragged down through the register: a far page asked for at each step, none
    // read on this thread; memory stays bounded, and the page where the bar stopped arrives
    // and stays (pages passed on the way do not push it out when they arrive late).
    int stopped = 0;
    for (int r = 600; r < 3800; r += 173) {
        QCOMPARE(model.index(r, 0).data().toString(), QStringLiteral("\u2026"));
        stopped = r;
    }
    QVERIFY(settle(model));
    QVERIFY(model.cachedRowCount() <= CaseTableModel::PageSize * CaseTableModel::MaxCachedPages);
    QVERIFY(model.isRowLoaded(stopped));
    QVERIFY(model.index(stopped, 0).data().toString().startsWith(QStringLiteral("QY-")));
}

void TestCaseTableModel::rowsWrittenElsewhereShowUpWhileScrolled() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("elsewhere.qaytish"), 1200);
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPollInterval(100);
    model.setDatabase(db);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 1200);
    const int row = 1010; // far from the first page: read in the background
    QTRY_VERIFY(model.index(row, 0).data(CaseTableModel::CaseIdRole).isValid());
    const qint64 id = model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong();
    const QString name = model.index(row, int(CaseColumn::NameLatin)).data().toString();

    {
        // Another program (the CLI, an import) adds two cases and renames this person.
        ScopedConnection other(db->path());
        QVERIFY(other.isOpen());
        QSqlQuery q(other.db());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        for (int i = 0; i < 2; ++i) {
            q.prepare(QStringLiteral(
                "INSERT INTO person (uuid, surname, given_names, search_key, created_at, "
                "updated_at) VALUES (?, 'Zufarov', 'Bobur', 'zufarov bobur', "
                "'2025-06-15T12:00:00.000Z', '2025-06-15T12:00:00.000Z')"));
            q.addBindValue(QStringLiteral("p-else-%1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            const qint64 person = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral(
                "INSERT INTO return_case (uuid, case_ref, person_id, created_at, updated_at) "
                "VALUES (?, ?, ?, '2025-06-15T12:00:00.000Z', '2025-06-15T12:00:00.000Z')"));
            q.addBindValue(QStringLiteral("c-else-%1").arg(i));
            q.addBindValue(QStringLiteral("QY-2025-99999%1").arg(i));
            q.addBindValue(person);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.prepare(QStringLiteral("UPDATE person SET surname = 'Elsewhere' WHERE id = (SELECT "
                                 "person_id FROM return_case WHERE id = ?)"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }
    // The new rows come at the end (sorted by case reference); the scrolled-to row keeps its
    // place and shows the new name, without a reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QTRY_COMPARE(model.rowCount(), 1202);
    QTRY_VERIFY(model.index(row, int(CaseColumn::NameLatin))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Elsewhere ")));
    QVERIFY(name != model.index(row, int(CaseColumn::NameLatin)).data().toString());
    QCOMPARE(model.index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong(), id);
    QTRY_COMPARE(model.index(1201, 0).data().toString(), QStringLiteral("QY-2025-999991"));
    QCOMPARE(reset.size(), 0);
    // The search index followed the other program's writes.
    model.setFilter(CaseFilter{QStringLiteral("Зуфаров Бобур"), std::nullopt});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 2);
}

void TestCaseTableModel::sortWhileARefreshCounts() {
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("resort.qaytish"), 450);
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 450);
    CaseRepository repo(*db, m_clock);
    QVERIFY(repo.create(m_actor,
                        test::sampleCase(QStringLiteral("Aaliyev"), QStringLiteral("Аалиев"))));
    // The officer sorts while the refresh after the save is still counting: the new count
    // still arrives, for the new order.
    model.refresh();
    model.sort(int(CaseColumn::NameLatin), Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 451);
    QVERIFY(model.index(0, int(CaseColumn::NameLatin))
                .data()
                .toString()
                .startsWith(QStringLiteral("Aaliyev ")));
}

void TestCaseTableModel::sortFollowsTheAlphabet() {
    // The alphabets themselves, not QCollator: Uzbek Latin ends x y z oʻ gʻ sh ch (so Sh
    // comes after Z, not between S and T), Uzbek Cyrillic ends э ю я ў қ ғ ҳ.
    const QStringList latin{u"A"_s, u"B"_s, u"D"_s, u"E"_s,  u"F"_s,  u"G"_s,  u"H"_s,
                            u"I"_s, u"J"_s, u"K"_s, u"L"_s,  u"M"_s,  u"N"_s,  u"O"_s,
                            u"P"_s, u"Q"_s, u"R"_s, u"S"_s,  u"T"_s,  u"U"_s,  u"V"_s,
                            u"X"_s, u"Y"_s, u"Z"_s, u"Oʻ"_s, u"Gʻ"_s, u"Sh"_s, u"Ch"_s};
    const QStringList cyrillic{
        u"А"_s, u"Б"_s, u"В"_s, u"Г"_s, u"Д"_s, u"Е"_s, u"Ё"_s, u"Ж"_s, u"З"_s, u"И"_s, u"Й"_s,
        u"К"_s, u"Л"_s, u"М"_s, u"Н"_s, u"О"_s, u"П"_s, u"Р"_s, u"С"_s, u"Т"_s, u"У"_s, u"Ф"_s,
        u"Х"_s, u"Ц"_s, u"Ч"_s, u"Ш"_s, u"Э"_s, u"Ю"_s, u"Я"_s, u"Ў"_s, u"Қ"_s, u"Ғ"_s, u"Ҳ"_s};
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("alphabet.qaytish"), 0);
    CaseRepository repo(*db, m_clock);
    const qsizetype n = std::max(latin.size(), cyrillic.size());
    for (qsizetype i = 0; i < n; ++i) {
        // Entered in an order that is neither alphabet's.
        const qsizetype k = (i * 7) % n;
        CaseRecord r = test::sampleCase(latin.at(k % latin.size()) + u"ahmonov"_s,
                                        cyrillic.at(k % cyrillic.size()) + u"аҳмонов"_s);
        r.person.pinfl = test::pinflFor(r.person.birthDate, true, 300 + int(i), int(i));
        r.person.passportNumber = QStringLiteral("FB%1").arg(1000000 + i);
        r.hostReference = QStringLiteral("A-555-100-%1").arg(100 + i);
        Result<CaseRepository::SaveResult> saved = repo.create(m_actor, r);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    }
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), int(n));
    // The first letter of each row's surname, read from what the table shows.
    auto letters = [&](CaseColumn column, const QStringList &alphabet) {
        QStringList seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, int(column)).data().toString();
            QString letter;
            for (const QString &l : alphabet) // the longest letter that begins the name
                if (name.startsWith(l) && l.size() > letter.size())
                    letter = l;
            if (seen.isEmpty() || seen.constLast() != letter)
                seen << letter;
        }
        return seen;
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(int(CaseColumn::NameLatin), order);
        QStringList want = latin;
        if (order == Qt::DescendingOrder)
            std::reverse(want.begin(), want.end());
        QCOMPARE(letters(CaseColumn::NameLatin, latin), want);
        model.sort(int(CaseColumn::NameCyrillic), order);
        want = cyrillic;
        if (order == Qt::DescendingOrder)
            std::reverse(want.begin(), want.end());
        QCOMPARE(letters(CaseColumn::NameCyrillic, cyrillic), want);
    }
}

void TestCaseTableModel::testerWhileRowsChangeAsItScrolls() {
    // Another program inserts, changes and closes cases (closing takes them out of the status
    // filter) while the officer scrolls down page by page; the model stays consistent (the
    // tester checks every signal) and ends showing exactly what a query reads.
    std::shared_ptr<Database> db = makeRegister(QStringLiteral("churn.qaytish"), 2400);
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPollInterval(20);
    model.setFilter(CaseFilter{{}, CaseStatus::IdentityCheck});
    model.sort(int(CaseColumn::NameLatin), Qt::AscendingOrder);
    model.setDatabase(db);
    QVERIFY(settle(model));
    const int checked = model.rowCount();
    QVERIFY(checked > 2 * CaseTableModel::PageSize);
    QSignalSpy elsewhere(&model, &CaseTableModel::changedElsewhere);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    ScopedConnection other(db->path());
    QVERIFY(other.isOpen());
    QSqlQuery q(other.db());
    int inserted = 0, closed = 0;
    for (int top = 0; top + 40 < model.rowCount(); top += 53) {
        // A screen of rows, read as the view would.
        for (int row = top; row < top + 40; ++row)
            for (int column = 0; column < CaseColumnCount; ++column)
                model.index(row, column).data();
        const qint64 shown = model.index(top + 5, 0).data(CaseTableModel::CaseIdRole).toLongLong();
        QVERIFY(shown > 0); // read at once: a page next to the rows read so far
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // A new case in the filter whose name sorts among the rows on screen.
        const QString surname =
            model.index(top + 10, int(CaseColumn::NameLatin)).data().toString().section(u' ', 0, 0);
        q.prepare(QStringLiteral(
            "INSERT INTO person (uuid, surname, given_names, name_latin_sort, search_key, "
            "created_at, updated_at) VALUES (?, ?, 'Aziz', ?, ?, '2025-06-15T12:00:00.000Z', "
            "'2025-06-15T12:00:00.000Z')"));
        q.addBindValue(QStringLiteral("p-churn-%1").arg(inserted));
        q.addBindValue(surname);
        q.addBindValue(names::latinSortKey(surname + QStringLiteral(" Aziz")));
        q.addBindValue(names::searchKey(surname + QStringLiteral(" Aziz")));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 person = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO return_case (uuid, case_ref, person_id, status, status_rank, "
            "created_at, updated_at) VALUES (?, ?, ?, 'identity_check', ?, "
            "'2025-06-15T12:00:00.000Z', '2025-06-15T12:00:00.000Z')"));
        q.addBindValue(QStringLiteral("c-churn-%1").arg(inserted));
        q.addBindValue(QStringLiteral("QY-2025-9%1").arg(inserted, 5, 10, QLatin1Char('0')));
        q.addBindValue(person);
        q.addBindValue(CaseStatusInfo::rank(CaseStatus::IdentityCheck));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        ++inserted;
        // A change of a row on screen, and a case on screen closed (it leaves the filter).
        q.prepare(QStringLiteral("UPDATE return_case SET facility = 'Moved' WHERE id = ?"));
        q.addBindValue(shown);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral(
            "UPDATE return_case SET status = 'closed', status_rank = ? WHERE id = ?"));
        q.addBindValue(CaseStatusInfo::rank(CaseStatus::Closed));
        q.addBindValue(model.index(top + 20, 0).data(CaseTableModel::CaseIdRole).toLongLong());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        ++closed;
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        const qsizetype before = elsewhere.size();
        QTRY_VERIFY(elsewhere.size() > before);
        QVERIFY(settle(model));
        const int moved = model.cachedRowOf(shown); // rows above it came and went
        QVERIFY(moved >= 0);
        QCOMPARE(model.index(moved, int(CaseColumn::Facility)).data().toString(),
                 QStringLiteral("Moved"));
    }
    QVERIFY(inserted >= 8);
    QCOMPARE(model.rowCount(), checked + inserted - closed);
    QCOMPARE(reset.size(), 0); // the view kept its place throughout
    // Every row once, in the order a direct query gives.
    Result<QList<CaseListRow>> direct =
        CaseQuery(model.filter(), model.currentSort()).fetch(db->connection(), db->path(), 0, -1);
    QVERIFY(direct);
    QList<qint64> want;
    for (const CaseListRow &r : direct.value())
        want << r.id;
    QCOMPARE(allIds(model), want);
}

QTEST_MAIN(TestCaseTableModel)
#include "tst_casetablemodel.moc"
