// The register window's dashboard: every figure counted (what the strip's reader thread
// does after each change), and the first page of rows behind each figure (what the UI
// thread reads when the officer clicks it).
//
//     bench_dashboard [CASES [DIR]]   (default 1000000 cases; the register is kept in DIR)
//
// Baselines, in the same run: the figures counted by testing every case row by row (what
// the counts cost without the dashboard's indexes), and each first page with the figure's
// cases all found and sorted before the page is taken (what a click cost before the
// choice of CaseQuery::filterStrategy()). Asserts nothing about time (DESIGN.md); fails
// when the two ways disagree.
#include "benchsupport.h"

#include "core/casequery.h"
#include "core/dashboard.h"

#include <QCoreApplication>

using namespace qaytish;

namespace {

QString figureName(const DashboardFigure &figure) {
    if (const auto *status = std::get_if<CaseStatus>(&figure))
        return CaseStatusInfo::code(*status);
    return CaseConditionInfo::code(std::get<CaseCondition>(figure));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::optional<bench::Arguments> args =
        bench::arguments(argc, argv, "bench_dashboard", out);
    if (!args)
        return 2;
    const int cases = args->cases;
    const QString dir = args->dir;
    std::shared_ptr<Database> db = bench::demoRegister(dir, cases, out);
    if (!db)
        return 1;
    QSqlDatabase c = db->connection();
    Result<ConditionBasis> basis = Dashboard::basis(*db, bench::clock());
    if (!basis) {
        out << basis.error().message << Qt::endl;
        return 1;
    }
    out << "cases:                " << cases << "\n";

    // Every figure, five times: the first run meets a cold page cache.
    QList<double> runs;
    DashboardFigures figures;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        Result<DashboardFigures> f = Dashboard::compute(c, db->path(), basis.value());
        runs << bench::msSince(t);
        if (!f) {
            out << f.error().message << Qt::endl;
            return 1;
        }
        figures = f.value();
    }
    // Baseline: each figure counted by testing every case.
    QElapsedTimer t;
    t.start();
    for (const auto &[figure, n] : std::as_const(figures.counts)) {
        CaseQuery query(Dashboard::filterFor(figure, basis.value()), CaseSort{});
        query.forceFilterStrategy(CaseQuery::Strategy::OrderedScan);
        Result<qint64> tested = query.count(c, db->path());
        if (!tested || tested.value() != n) {
            out << "the row-by-row count of " << figureName(figure) << " disagrees" << Qt::endl;
            return 1;
        }
    }
    const double baseline = bench::msSince(t);
    out << "all figures:          first " << runs.first() << " ms, then median "
        << bench::percentile(runs.mid(1), 50) << " ms, best "
        << *std::min_element(runs.cbegin(), runs.cend()) << " ms\n";
    out << "baseline (row by row): " << baseline << " ms\n";
    out << "ratio:                " << baseline / bench::percentile(runs.mid(1), 50) << "\n\n";

    // A click: the first page of each figure's rows.
    constexpr int Page = 200; // CaseTableModel::PageSize
    out << "figure                 cases     first page   all sorted first\n";
    for (const auto &[figure, n] : std::as_const(figures.counts)) {
        const CaseFilter filter = Dashboard::filterFor(figure, basis.value());
        QElapsedTimer clicked;
        clicked.start();
        Result<QList<CaseListRow>> page =
            CaseQuery(filter, CaseSort{}).fetch(c, db->path(), 0, Page);
        const double ms = bench::msSince(clicked);
        CaseQuery sorted(filter, CaseSort{});
        sorted.forceFilterStrategy(CaseQuery::Strategy::Indexed);
        clicked.restart();
        Result<QList<CaseListRow>> before = sorted.fetch(c, db->path(), 0, Page);
        const double beforeMs = bench::msSince(clicked);
        if (!page || !before || page->size() != std::min<qint64>(n, Page) ||
            page->size() != before->size()) {
            out << "the first page of " << figureName(figure) << " is wrong" << Qt::endl;
            return 1;
        }
        for (int i = 0; i < page->size(); ++i) {
            if (page->at(i).id != before->at(i).id) {
                out << "the two ways give other rows for " << figureName(figure) << Qt::endl;
                return 1;
            }
        }
        out << qSetFieldWidth(22) << Qt::left << figureName(figure) << qSetFieldWidth(0) << ' '
            << qSetFieldWidth(9) << Qt::right << n << qSetFieldWidth(0) << "  " << qSetFieldWidth(8)
            << ms << qSetFieldWidth(0) << " ms  " << qSetFieldWidth(8) << beforeMs
            << qSetFieldWidth(0) << " ms\n";
    }
    out.flush();
    return 0;
}
