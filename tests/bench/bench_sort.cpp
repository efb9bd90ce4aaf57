// Sorting the register by surname, date of birth and status: time to the first page, and to
// the last page (the scroll bar dragged to the end, read on the table's reader thread): by
// OFFSET from the start as before, from the end as the table reads it now, and by key after
// the page before it (scrolling).
//
//     bench_sort [CASES [DIR]]   (default 1000000 cases; the register is kept in DIR)
//
// Baseline, in the same run: the same first page when SQLite may not use the sort key's
// index (the key wrapped in an expression), i.e. what a sort on an unindexed column costs.
// Target (issue 5): at most 1 s each. Asserts nothing about time (DESIGN.md).
#include "benchsupport.h"

#include "core/casequery.h"
#include "ui/casetablemodel.h"

#include <QCoreApplication>

using namespace qaytish;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::optional<bench::Arguments> args = bench::arguments(argc, argv, "bench_sort", out);
    if (!args)
        return 2;
    const int cases = args->cases;
    const QString dir = args->dir;
    std::shared_ptr<Database> db = bench::demoRegister(dir, cases, out);
    if (!db)
        return 1;
    const QSqlDatabase c = db->connection();
    constexpr int Page = CaseTableModel::PageSize; // a page as the table reads it
    struct Sorted {
        const char *label;
        CaseColumn column;
        const char *unindexed; // the same order without its index, for the baseline
    };
    const Sorted sorts[] = {
        {"surname (Latin)", CaseColumn::NameLatin,
         "SELECT c.id FROM return_case c JOIN person p ON p.id = c.person_id "
         "ORDER BY p.name_latin_sort || '', p.id, c.id LIMIT 200"},
        {"date of birth", CaseColumn::BirthDate,
         "SELECT c.id FROM return_case c JOIN person p ON p.id = c.person_id "
         "ORDER BY p.birth_date || '', p.id, c.id LIMIT 200"},
        {"status", CaseColumn::Status,
         "SELECT c.id FROM return_case c ORDER BY c.status_rank + 0, c.id LIMIT 200"},
    };
    out << "cases:                " << cases << "\n";
    double worst = 0;
    for (const Sorted &s : sorts) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const CaseQuery query({}, CaseSort{s.column, order});
            QElapsedTimer t;
            t.start();
            Result<QList<CaseListRow>> first = query.fetch(c, db->path(), 0, Page);
            const double firstMs = bench::msSince(t);
            t.restart();
            Result<QList<CaseListRow>> last =
                query.fetch(c, db->path(), std::max(0, cases - Page), Page);
            const double lastMs = bench::msSince(t);
            // What the table does now: the last page read from the end (the scroll bar
            // dragged there), and the page after it by key (scrolling on from there).
            t.restart();
            Result<QList<CaseListRow>> fromEnd = query.fetchFromEnd(c, db->path(), 0, Page);
            const double fromEndMs = bench::msSince(t);
            Result<QList<CaseListRow>> beforeLast =
                query.fetch(c, db->path(), std::max(0, cases - 2 * Page), Page);
            if (!first || !last || !fromEnd || !beforeLast ||
                first->size() != std::min(cases, Page) || beforeLast->isEmpty()) {
                out << "the sorted query failed" << Qt::endl;
                return 1;
            }
            t.restart();
            Result<QList<CaseListRow>> byKey =
                query.fetchAfter(c, db->path(), &beforeLast->constLast(), Page);
            const double byKeyMs = bench::msSince(t);
            if (!byKey || fromEnd->size() != last->size() || byKey->size() != last->size() ||
                fromEnd->constFirst().id != last->constFirst().id ||
                byKey->constFirst().id != last->constFirst().id) {
                out << "the last page differs by position, from the end and by key" << Qt::endl;
                return 1;
            }
            worst = std::max({worst, firstMs, fromEndMs, byKeyMs});
            out << s.label << (order == Qt::AscendingOrder ? ", ascending: " : ", descending: ")
                << QString::number(firstMs, 'f', 1) << " ms first page; last page "
                << QString::number(lastMs, 'f', 1) << " ms by OFFSET (as before), "
                << QString::number(fromEndMs, 'f', 1) << " ms from the end, "
                << QString::number(byKeyMs, 'f', 1) << " ms by key after the page before it\n";
        }
        QSqlQuery q(c);
        QElapsedTimer t;
        t.start();
        if (!q.exec(QString::fromLatin1(s.unindexed))) {
            out << "baseline failed" << Qt::endl;
            return 1;
        }
        while (q.next()) {
        }
        out << s.label
            << ", without its index (baseline): " << QString::number(bench::msSince(t), 'f', 1)
            << " ms first page\n";
    }
    out << "slowest page the table reads: " << QString::number(worst, 'f', 1)
        << " ms (target: <= 1000 ms; load average " << bench::loadAverage() << ")" << Qt::endl;
    return 0;
}
