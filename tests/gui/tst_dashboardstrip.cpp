#include "support/testsupport.h"

#include "core/appinfo.h"
#include "core/caserepository.h"
#include "core/dashboard.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/missionsettings.h"
#include "core/returnlists.h"
#include "ui/casetablemodel.h"
#include "ui/dashboardstrip.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/returnlistswindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace qaytish;

// The dashboard strip in the real register window, offscreen: its figures arrive without
// blocking, a click shows exactly the counted cases, clearing brings every case back (by
// mouse and by keyboard), and the figures follow writes here and elsewhere.
class TestDashboardStrip : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void placeholderUntilCounted();
    void clickShowsExactlyTheCountedCases_data();
    void clickShowsExactlyTheCountedCases();
    void keyboardReachesFiguresAndEscapeClears();
    void statusComboEndsAStatusFigure();
    void figuresFollowWrites();

private:
    void waitForCounts();
    qint64 figure(const DashboardFigure &f) const;
    DashboardFigureButton *button(const DashboardFigure &f) const;
    // Every row the table shows, read through the model (the pages load as asked).
    QSet<qint64> tableIds();

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_actor{QStringLiteral("tester")};
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardStrip::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    setApplicationIdentity();
    Dialogs::setResponder([](const Dialogs::Question &) { return Dialogs::Answer::No; });
    m_path = m_dir.filePath(QStringLiteral("dash.qaytish"));
    Result<std::shared_ptr<Database>> db = Database::open(m_path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    // 700 demo cases (more than three pages for most figures) and a draft return list.
    QVERIFY(DemoGenerator::generate(*db.value(), m_clock, m_actor, DemoGenerator::Options{700, 9}));
    CaseFilter issued;
    issued.status = CaseStatus::DocumentIssued;
    Result<QList<CaseListRow>> rows =
        CaseQuery(issued, {}).fetch(db.value()->connection(), m_path, 0, 4);
    QVERIFY(rows && rows->size() == 4);
    ReturnListRepository lists(*db.value(), m_clock);
    ReturnList l;
    l.flightNumber = QStringLiteral("HY 102");
    l.flightDate = QDate(2026, 4, 2);
    l.fromAirport = QStringLiteral("JFK");
    l.toAirport = QStringLiteral("TAS");
    Result<ReturnList> created = lists.create(m_actor, l);
    QVERIFY(created);
    QList<qint64> ids;
    for (const CaseListRow &r : rows.value())
        ids << r.id;
    QVERIFY(lists.addCaseIds(m_actor, created->id, ids));
}

void TestDashboardStrip::init() {
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->model()->setPollInterval(100);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openRegister(m_path));
}

void TestDashboardStrip::cleanup() {
    m_window.reset();
}

void TestDashboardStrip::waitForCounts() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->dashboard()->isCounting() &&
                                 m_window->dashboard()->figures().has_value() &&
                                 m_window->model()->countsKnown(),
                             20000);
}

qint64 TestDashboardStrip::figure(const DashboardFigure &f) const {
    return m_window->dashboard()->figures()->value(f);
}

DashboardFigureButton *TestDashboardStrip::button(const DashboardFigure &f) const {
    return m_window->findChild<DashboardFigureButton *>(DashboardStrip::objectNameFor(f));
}

QSet<qint64> TestDashboardStrip::tableIds() {
    CaseTableModel *model = m_window->model();
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        QVariant id = model->index(row, 0).data(CaseTableModel::CaseIdRole);
        if (!id.isValid()) // a far page read in the background
            if (!QTest::qWaitFor([&] {
                    return (id = model->index(row, 0).data(CaseTableModel::CaseIdRole)).isValid();
                }))
                qWarning("row %d was never read", row); // then it is missing from the set
        ids.insert(id.toLongLong());
    }
    return ids;
}

void TestDashboardStrip::placeholderUntilCounted() {
    // openRegister() has returned, the count runs on its thread: the officer sees
    // placeholders, not zeros, and the window answers meanwhile.
    for (const DashboardFigure &f : Dashboard::figures()) {
        QVERIFY(button(f));
        QCOMPARE(button(f)->numberText(), QStringLiteral("\u2026"));
        QVERIFY(!button(f)->labelText().isEmpty());
    }
    QVERIFY(m_window->dashboard()->isCounting());
    waitForCounts();
    for (const DashboardFigure &f : Dashboard::figures()) {
        QCOMPARE(button(f)->numberText(), QLocale().toString(figure(f)));
        QVERIFY(!button(f)->isStale());
    }
    QCOMPARE(figure(CaseCondition::OnOpenReturnList), qint64(4));
    QVERIFY(figure(CaseCondition::IdentityOverdue) > 0);
}

void TestDashboardStrip::clickShowsExactlyTheCountedCases_data() {
    QTest::addColumn<int>("index");
    const QList<DashboardFigure> figures = Dashboard::figures();
    for (int i = 0; i < figures.size(); ++i)
        QTest::addRow("%s", qPrintable(DashboardStrip::objectNameFor(figures.at(i)))) << i;
}

void TestDashboardStrip::clickShowsExactlyTheCountedCases() {
    QFETCH(int, index);
    const DashboardFigure f = Dashboard::figures().at(index);
    waitForCounts();
    const qint64 total = m_window->model()->totalCount();
    QAbstractItemModelTester tester(m_window->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Karimov")); // replaced by the figure's filter
    QTest::keyClick(search, Qt::Key_Return);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("dashboardFilterBar"));
    QVERIFY(bar->isHidden());

    QTest::mouseClick(button(f), Qt::LeftButton);
    QCOMPARE(m_window->dashboardFigure(), std::optional<DashboardFigure>(f));
    QVERIFY(button(f)->isChecked());
    QVERIFY(search->text().isEmpty());
    QVERIFY(bar->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("dashboardFilterLabel"))
                ->text()
                .contains(m_window->dashboard()->label(f)));
    QTRY_VERIFY(m_window->model()->countsKnown());
    // The table holds as many rows as the figure says, and they are the figure's cases.
    QCOMPARE(m_window->model()->filteredCount(), figure(f));
    QCOMPARE(qint64(m_window->model()->rowCount()), figure(f));
    Result<std::shared_ptr<Database>> db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    Result<QList<CaseListRow>> expected =
        CaseQuery(Dashboard::filterFor(f, m_window->dashboard()->basis()), {})
            .fetch(db.value()->connection(), m_path, 0, -1);
    QVERIFY(expected);
    QSet<qint64> expectedIds;
    for (const CaseListRow &r : expected.value())
        expectedIds.insert(r.id);
    QCOMPARE(tableIds(), expectedIds);
    if (const auto *status = std::get_if<CaseStatus>(&f)) {
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QCOMPARE(combo->currentData().toString(), CaseStatusInfo::code(*status));
    }

    // Clearing brings every case back.
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("clearDashboardFilterButton")),
        Qt::LeftButton);
    QVERIFY(!m_window->dashboardFigure());
    QVERIFY(bar->isHidden());
    QVERIFY(!button(f)->isChecked());
    QCOMPARE(m_window->model()->filter(), CaseFilter{});
    QTRY_VERIFY(m_window->model()->countsKnown());
    QCOMPARE(m_window->model()->filteredCount(), total);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentIndex(), 0);
}

void TestDashboardStrip::keyboardReachesFiguresAndEscapeClears() {
    waitForCounts();
    const qint64 total = m_window->model()->totalCount();
    // Tab from the status filter reaches the first figure; Space clicks it.
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Tab);
    const DashboardFigure first = Dashboard::figures().first();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(button(first)));
    // Further Tabs walk the figures to the overdue identity checks; Enter clicks it.
    DashboardFigureButton *overdue = button(CaseCondition::IdentityOverdue);
    for (int i = 0; i < 20 && QApplication::focusWidget() != overdue; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(overdue));
    QTest::keyClick(overdue, Qt::Key_Return);
    QCOMPARE(m_window->dashboardFigure(),
             std::optional<DashboardFigure>(CaseCondition::IdentityOverdue));
    QTRY_VERIFY(m_window->model()->countsKnown());
    QCOMPARE(m_window->model()->filteredCount(), figure(CaseCondition::IdentityOverdue));
    // Escape (View > Clear the dashboard filter) from the table.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("caseTable"));
    table->setFocus();
    QVERIFY(
        m_window->findChild<QAction *>(QStringLiteral("clearDashboardFilterAction"))->isEnabled());
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!m_window->dashboardFigure());
    QTRY_VERIFY(m_window->model()->countsKnown());
    QCOMPARE(m_window->model()->filteredCount(), total);
    QVERIFY(
        !m_window->findChild<QAction *>(QStringLiteral("clearDashboardFilterAction"))->isEnabled());
    // Space on a figure, then the same figure again: the second click clears.
    DashboardFigureButton *closed = button(CaseStatus::Closed);
    closed->setFocus();
    QTest::keyClick(closed, Qt::Key_Space);
    QCOMPARE(m_window->dashboardFigure(), std::optional<DashboardFigure>(CaseStatus::Closed));
    QTest::keyClick(closed, Qt::Key_Space);
    QVERIFY(!m_window->dashboardFigure());
}

void TestDashboardStrip::statusComboEndsAStatusFigure() {
    waitForCounts();
    QTest::mouseClick(button(CaseStatus::Registered), Qt::LeftButton);
    QVERIFY(m_window->dashboardFigure());
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    combo->setCurrentIndex(combo->findData(CaseStatusInfo::code(CaseStatus::Closed)));
    QVERIFY(!m_window->dashboardFigure());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("dashboardFilterBar"))->isHidden());
    QCOMPARE(m_window->model()->filter().status, std::optional<CaseStatus>(CaseStatus::Closed));
    // A condition and a status combine: the bar stays for the condition.
    QTest::mouseClick(button(CaseCondition::OnOpenReturnList), Qt::LeftButton);
    combo->setCurrentIndex(combo->findData(CaseStatusInfo::code(CaseStatus::DocumentIssued)));
    QVERIFY(m_window->dashboardFigure());
    QTRY_VERIFY(m_window->model()->countsKnown());
    QCOMPARE(m_window->model()->filteredCount(), qint64(4)); // the list's four were issued
}

void TestDashboardStrip::figuresFollowWrites() {
    waitForCounts();
    const qint64 registered = figure(CaseStatus::Registered);
    const qint64 onLists = figure(CaseCondition::OnOpenReturnList);

    // Another program registers a case: the model notices it, and so does the strip.
    {
        Result<std::shared_ptr<Database>> other =
            Database::open(m_path, Database::OpenMode::ExistingOnly);
        QVERIFY(other);
        CaseRecord r = test::sampleCase(QStringLiteral("Boltayev"), QStringLiteral("Болтаев"));
        r.person.passportNumber = QStringLiteral("FA7770001");
        QVERIFY(CaseRepository(*other.value(), m_clock).create(m_actor, r));
    }
    QTRY_COMPARE_WITH_TIMEOUT(figure(CaseStatus::Registered), registered + 1, 10000);
    waitForCounts();

    // The return lists window takes a person off its list: the figure and, when it is
    // shown, the table follow.
    QTest::mouseClick(button(CaseCondition::OnOpenReturnList), Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->countsKnown());
    QCOMPARE(m_window->model()->rowCount(), int(onLists));
    ReturnListsWindow *lists = m_window->openReturnLists();
    QVERIFY(lists);
    ReturnListRepository repo(*m_window->database(), m_clock);
    const qint64 listId = repo.lists()->first().id;
    const qint64 caseId = repo.passengers(listId)->first().caseId;
    QVERIFY(repo.removePassenger(m_actor, listId, caseId, QStringLiteral("Flies later.")));
    // What the window does after each of its writes.
    emit lists->registerChanged();
    QVERIFY(button(CaseCondition::OnOpenReturnList)->isStale()); // counting again, greyed
    QTRY_COMPARE_WITH_TIMEOUT(figure(CaseCondition::OnOpenReturnList), onLists - 1, 10000);
    QTRY_COMPARE(m_window->model()->rowCount(), int(onLists - 1));
    lists->close();

    // New mission settings move the overdue day: the figure, and the table showing it.
    waitForCounts();
    QTest::mouseClick(button(CaseCondition::IdentityOverdue), Qt::LeftButton);
    const qint64 overdue = figure(CaseCondition::IdentityOverdue);
    MissionSettingsStore store(*m_window->database(), m_clock);
    MissionSettings s = store.load().value();
    s.identityOverdueDays = 200;
    QVERIFY(store.save(m_actor, s));
    m_window->dashboard()->refresh(); // as the mission settings dialog's save does
    QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->basis().identityOverdueDays, 200, 10000);
    waitForCounts();
    QVERIFY(figure(CaseCondition::IdentityOverdue) < overdue);
    QTRY_VERIFY(m_window->model()->filter().basis.identityOverdueDays == 200 &&
                m_window->model()->countsKnown());
    QCOMPARE(m_window->model()->filteredCount(), figure(CaseCondition::IdentityOverdue));
    QVERIFY(store.save(m_actor, MissionSettings::defaults()));
}

QTEST_MAIN(TestDashboardStrip)
#include "tst_dashboardstrip.moc"
