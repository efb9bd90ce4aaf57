// The register table on a large register: opening it to its first painted rows, scrolling it
// end to end, and the memory that takes.
//
//     bench_table [CASES [DIR]]   (default 1000000 cases; the register is kept in DIR, the
//                                  current directory by default, and reused)
//
// Open (target: at most 1.2 times the baseline): Database::open, CaseTableModel and a
// QTableView shown, until the view has painted rows. Baseline in the same run: a bare
// QSqlDatabase, QSqlQueryModel and QTableView over the same join (the table's nine columns,
// ordered by case reference). Five runs of each, alternating; medians and their ratio.
//
// Scroll: the view moved a page of the model at a time from the first row to the last, each
// step painted at once (the UI thread's wait per step, with the page read by key: its maximum
// is the longest the window froze; beside it the paint alone), then the scroll bar dragged to the
// middle and to the end (the step, and the time until the rows arrive from the reader thread).
// Memory (target: at most 50 MB more after scrolling end to end than after opening): RSS after
// opening and after scrolling. Baseline for memory in the same run: the bare QSqlQueryModel once it
// holds every row, which is what a model that keeps what it has shown costs.
//
// Runs on the offscreen platform; asserts nothing about time (DESIGN.md).
#include "app/common/memorytuning.h"
#include "benchsupport.h"

#include "ui/casetablemodel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlQueryModel>
#include <QTableView>

#include <cstdio>

using namespace qaytish;

namespace {

// A table view that says when it has painted rows.
class TimedView : public QTableView {
public:
    TimedView() {
        resize(1200, 800);
        // As in the main window: uniform, fixed row heights, no row header.
        verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        verticalHeader()->hide();
        horizontalHeader()->setStretchLastSection(true);
    }
    bool paintedRows = false;

protected:
    void paintEvent(QPaintEvent *event) override {
        QTableView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            paintedRows = true;
    }
};

bool waitFor(const std::function<bool()> &done, int ms = 600000) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

const char *const BareSql =
    "SELECT c.case_ref, p.surname || ' ' || p.given_names || ' ' || p.patronymic, "
    "p.surname_cyrillic || ' ' || p.given_names_cyrillic || ' ' || p.patronymic_cyrillic, "
    "p.birth_date, p.passport_number, c.status, c.authorized_until, c.facility, c.updated_at "
    "FROM return_case c JOIN person p ON p.id = c.person_id ORDER BY c.case_ref";

double median(QList<double> v) {
    return bench::percentile(std::move(v), 50);
}

} // namespace

int main(int argc, char *argv[]) {
    tuneMemoryAllocator(); // as qaytish does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const std::optional<bench::Arguments> args = bench::arguments(argc, argv, "bench_table", out);
    if (!args)
        return 2;
    const int cases = args->cases;
    const QString dir = args->dir;
    QString path;
    {
        std::shared_ptr<Database> db = bench::demoRegister(dir, cases, out);
        if (!db)
            return 1;
        path = db->path();
    }
    out << "cases:                " << cases << " (load average " << bench::loadAverage() << ")\n";

    // Open to first painted rows, ours and bare, alternating.
    QList<double> ours, bare;
    for (int run = 0; run < 5; ++run) {
        {
            QElapsedTimer t;
            t.start();
            Result<std::shared_ptr<Database>> db = Database::open(path);
            if (!db) {
                out << db.error().message << Qt::endl;
                return 1;
            }
            CaseTableModel model(bench::clock());
            model.setDatabase(db.value());
            TimedView view;
            view.setModel(&model);
            view.show();
            if (!waitFor([&] { return view.paintedRows; })) {
                out << "the table painted no rows" << Qt::endl;
                return 1;
            }
            ours << bench::msSince(t);
        }
        {
            const QString name = QStringLiteral("bare");
            {
                QElapsedTimer t;
                t.start();
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                if (!db.open()) {
                    out << "the bare connection failed" << Qt::endl;
                    return 1;
                }
                QSqlQueryModel model;
                model.setQuery(QString::fromLatin1(BareSql), db);
                TimedView view;
                view.setModel(&model);
                view.show();
                if (!waitFor([&] { return view.paintedRows; })) {
                    out << "the bare table painted no rows" << Qt::endl;
                    return 1;
                }
                bare << bench::msSince(t);
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    out << "open to first painted rows: " << QString::number(median(ours), 'f', 1)
        << " ms (median of 5; runs";
    for (double ms : std::as_const(ours))
        out << " " << QString::number(ms, 'f', 1);
    out << ")\n"
        << "bare QSqlQueryModel:        " << QString::number(median(bare), 'f', 1) << " ms (runs";
    for (double ms : std::as_const(bare))
        out << " " << QString::number(ms, 'f', 1);
    out << ")\n"
        << "ratio (target <= 1.2):      "
        << QString::number(median(ours) / std::max(0.001, median(bare)), 'f', 2) << Qt::endl;

    // Scrolling end to end.
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    CaseTableModel model(bench::clock());
    model.setDatabase(db.value());
    TimedView view;
    view.setModel(&model);
    view.show();
    if (!waitFor([&] { return view.paintedRows && !model.isBusy() && model.countsKnown(); })) {
        out << "the table did not settle" << Qt::endl;
        return 1;
    }
    const qint64 rssOpen = bench::statusKiB("VmRSS:");
    const qint64 anonOpen = bench::statusKiB("RssAnon:");
    const qint64 fileOpen = bench::statusKiB("RssFile:");
    QScrollBar *bar = view.verticalScrollBar();
    // A page of the model at a time (the screen then shows the first rows of the next page,
    // which is read at that step): every page is read, as when scrolling screen by screen,
    // with 200 / 30 times fewer screens to paint. Each step is timed with its reads, and the
    // same screen painted again without them (the paint alone).
    QList<double> steps, paints;
    int placeholders = 0;
    QElapsedTimer whole;
    whole.start();
    QElapsedTimer t;
    for (int value = 0;; value = std::min(bar->maximum(), value + int(CaseTableModel::PageSize))) {
        t.restart();
        bar->setValue(value);
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        steps << bench::msSince(t);
        t.restart();
        view.viewport()->repaint();
        paints << bench::msSince(t);
        if (!model.isRowLoaded(view.rowAt(0)))
            ++placeholders; // the rows on screen were not read at once
        if (value == bar->maximum())
            break;
    }
    const double wholeMs = bench::msSince(whole);
    if (model.rowCount() != cases || !model.isRowLoaded(cases - 1)) {
        out << "the last row was not reached" << Qt::endl;
        return 1;
    }
    // The scroll bar dragged to the middle, then to the end from the top.
    auto jump = [&](int value, double &stepMs, double &rowsMs) {
        t.restart();
        bar->setValue(value);
        view.viewport()->repaint();
        stepMs = bench::msSince(t);
        const int row = view.rowAt(0);
        waitFor([&] { return model.isRowLoaded(row) && !model.isBusy(); });
        view.viewport()->repaint();
        rowsMs = bench::msSince(t);
    };
    double midStep = 0, midRows = 0, endStep = 0, endRows = 0, topStep = 0, topRows = 0;
    jump(bar->maximum() / 2, midStep, midRows);
    jump(0, topStep, topRows);
    jump(bar->maximum(), endStep, endRows);
    const qint64 rssScrolled = bench::statusKiB("VmRSS:");
    const qint64 anonScrolled = bench::statusKiB("RssAnon:");
    const qint64 fileScrolled = bench::statusKiB("RssFile:");
    out << "scrolled end to end:        " << steps.size() << " screens (one per page) in "
        << QString::number(wholeMs / 1000, 'f', 1) << " s; per screen with its page read "
        << QString::number(bench::percentile(steps, 50), 'f', 2) << " ms p50, "
        << QString::number(bench::percentile(steps, 99), 'f', 2) << " ms p99, "
        << QString::number(bench::percentile(steps, 100), 'f', 1) << " ms max (the longest the "
        << "window waited); the paint alone "
        << QString::number(bench::percentile(paints, 50), 'f', 2) << " ms p50, "
        << QString::number(bench::percentile(paints, 100), 'f', 1)
        << " ms max; screens with placeholders: " << placeholders << "\n"
        << "scroll bar to the middle:   " << QString::number(midStep, 'f', 1)
        << " ms on the UI thread, rows after " << QString::number(midRows, 'f', 1) << " ms\n"
        << "scroll bar to the end:      " << QString::number(endStep, 'f', 1)
        << " ms on the UI thread, rows after " << QString::number(endRows, 'f', 1) << " ms\n"
        << "RSS after opening:          " << rssOpen / 1024 << " MiB\n"
        << "RSS after scrolling:        " << rssScrolled / 1024 << " MiB (+"
        << QString::number(double(rssScrolled - rssOpen) / 1024, 'f', 1)
        << " MiB; target <= 50 MB)\n"
        << "  of which the heap (RssAnon) +"
        << QString::number(double(anonScrolled - anonOpen) / 1024, 'f', 1)
        << " MiB, mapped files (RssFile) +"
        << QString::number(double(fileScrolled - fileOpen) / 1024, 'f', 1) << " MiB" << Qt::endl;

    // Baseline for memory: the bare model holding every row.
    {
        const QString name = QStringLiteral("bare-all");
        {
            QSqlDatabase bareDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            bareDb.setDatabaseName(path);
            if (!bareDb.open()) {
                out << "the bare connection failed" << Qt::endl;
                return 1;
            }
            const qint64 before = bench::statusKiB("VmRSS:");
            QSqlQueryModel bareModel;
            bareModel.setQuery(QString::fromLatin1(BareSql), bareDb);
            t.restart();
            while (bareModel.canFetchMore())
                bareModel.fetchMore();
            const qint64 after = bench::statusKiB("VmRSS:");
            out << "bare QSqlQueryModel, every row fetched: +"
                << QString::number(double(after - before) / 1024, 'f', 1) << " MiB for "
                << bareModel.rowCount() << " rows in " << QString::number(bench::msSince(t), 'f', 0)
                << " ms; ratio of the growths (ours / bare): "
                << QString::number(
                       double(rssScrolled - rssOpen) / std::max<qint64>(1, after - before), 'f', 3)
                << Qt::endl;
        }
        QSqlDatabase::removeDatabase(name);
    }
    return 0;
}
