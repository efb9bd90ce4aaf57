// Sorting the register by surname, date of birth and status: time to the first page, and to
// the last page (the scroll bar dragged to the end, read on the table's reader thread).
//
//     bench_sort [CASES [DIR]]   (default 1000000 cases; the register is kept in DIR)
//
// Baseline, in the same run: the same first page when SQLite may not use the sort key's
// index (the key wrapped in an expression), i.e. what a sort on an unindexed column costs.
// Target (issue 5): at most 1 s each. Asserts nothing about time (DESIGN.md).
#include "benchsupport.h"

#include "core/casequery.h"

#include <QCoreApplication>

using namespace qaytish;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int cases = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::currentPath();
    if (cases < 1) {
        out << "usage: bench_sort [CASES [DIR]]\n";
        return 2;
    }
    std::shared_ptr<Database> db = bench::demoRegister(dir, cases, out);
    if (!db)
        return 1;
    const QSqlDatabase c = db->connection();
    constexpr int Page = 200; // CaseTableModel::PageSize
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
            if (!first || !last || first->size() != std::min(cases, Page)) {
                out << "the sorted query failed" << Qt::endl;
                return 1;
            }
            worst = std::max({worst, firstMs, lastMs});
            out << s.label << (order == Qt::AscendingOrder ? ", ascending: " : ", descending: ")
                << QString::number(firstMs, 'f', 1) << " ms first page, "
                << QString::number(lastMs, 'f', 1) << " ms last page\n";
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
    out << "slowest indexed page: " << QString::number(worst, 'f', 1) << " ms (target: <= 1000 ms)"
        << Qt::endl;
    return 0;
}
