// Search keystroke to updated rows, against the search before the index, in the same run.
//
//     bench_search [CASES [DIR]]   (default 1000000 cases; the register is kept in DIR,
//                                   the current directory by default, and reused)
//
// Each query is typed one character at a time; every keystroke is one sample. "indexed" is
// what the table does on the UI thread for a keystroke since the search index: the first
// page of rows (the count follows on a reader thread, timed separately). "full scan" is what
// it did before: count every match with the GLOB on every person, then read the first page.
// Prints p50 and p95 of both (and the CPU time of ours, the stable figure on a shared
// machine) and their ratio; asserts nothing about time (DESIGN.md). At a million cases the
// full scan takes seconds a keystroke, so it (and the count) is measured on every sixth
// keystroke only.
#include "benchsupport.h"

#include "core/casequery.h"
#include "ui/casetablemodel.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdio>

using namespace qaytish;

namespace {

// Latin, Cyrillic, the Russian and English spellings, each apostrophe variant, identifiers.
const char16_t *const Queries[] = {
    u"Karimov",
    u"Рахимов",
    u"Gʻulomov Shuhrat",
    u"G'ulomov",
    u"G‘ayrat",
    u"Joʻrayev Sardor",
    u"Djuraev",
    u"Ўткир",
    u"Xudoyberdiyev",
    u"Khudoyberdiev",
    u"Toshmatova Dilnoza",
    u"Каримова Малика",
    u"Ulug`bek Nazarov",
    u"Ҳасанов",
    u"Eshonqulov Akmal Temur oʻgʻli",
    u"Yoʻldoshev",
    u"ZZ5000000",
    u"QY-2026-000777",
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::optional<bench::Arguments> args = bench::arguments(argc, argv, "bench_search", out);
    if (!args)
        return 2;
    const int cases = args->cases;
    const QString dir = args->dir;
    std::shared_ptr<Database> db = bench::demoRegister(dir, cases, out);
    if (!db)
        return 1;
    const QSqlDatabase c = db->connection();
    // The count runs on the table's reader thread, with a connection (and a page cache) of
    // its own; so do the count and the full scan of the baseline here, so that they do not
    // evict the pages the keystrokes read, which the application's UI connection keeps.
    const ScopedConnection background(db->path());
    if (!background.isOpen()) {
        out << background.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase bc = background.db();
    constexpr int Page = CaseTableModel::PageSize; // a page as the table reads it
    constexpr int BaselineEvery = 6;

    QList<double> indexed, indexedCpu, scanned, counted;
    QList<std::pair<double, QString>> slowest; // keystroke time, what was typed and how
    int keystrokes = 0;
    QHash<CaseQuery::Strategy, int> strategies;
    const QHash<CaseQuery::Strategy, QString> strategyNames{
        {CaseQuery::Strategy::Indexed, QStringLiteral("indexed")},
        {CaseQuery::Strategy::CandidateScan, QStringLiteral("candidate scan")},
        {CaseQuery::Strategy::OrderedScan, QStringLiteral("ordered scan")},
        {CaseQuery::Strategy::NoSearch, QStringLiteral("no search")},
    };
    for (const char16_t *query : Queries) {
        const QString text = QString::fromUtf16(query);
        for (qsizetype n = 1; n <= text.size(); ++n) {
            const QString typed = text.left(n);
            if (typed.trimmed().isEmpty() || typed.back() == u' ')
                continue;
            ++keystrokes;
            const CaseFilter filter{typed, std::nullopt};
            QElapsedTimer t;
            t.start();
            const double cpu = bench::threadCpuMs();
            const CaseQuery query(filter, CaseSort{});
            Result<QList<CaseListRow>> rows = query.fetchAfter(c, db->path(), nullptr, Page);
            indexed << bench::msSince(t);
            indexedCpu << bench::threadCpuMs() - cpu;
            if (!rows) {
                out << rows.error().message << Qt::endl;
                return 1;
            }
            const CaseQuery::Strategy how = query.strategy(c, db->path()).value();
            ++strategies[how];
            slowest.append({indexed.back(), QStringLiteral("\"%1\" (%2, %3 rows, %4 ms CPU)")
                                                .arg(typed, strategyNames.value(how))
                                                .arg(rows->size())
                                                .arg(indexedCpu.back(), 0, 'f', 1)});
            // The baseline and the count take seconds each at a million cases: measured on
            // every BaselineEvery-th keystroke (and on small registers, every one).
            if (cases > 20000 && keystrokes % BaselineEvery != 0)
                continue;
            t.restart();
            Result<qint64> n1 = CaseQuery(filter, CaseSort{}).count(bc, db->path());
            counted << bench::msSince(t);

            t.restart();
            CaseQuery old(filter, CaseSort{});
            old.forceStrategy(CaseQuery::Strategy::OrderedScan);
            Result<qint64> n2 = old.count(bc, db->path());
            Result<QList<CaseListRow>> oldRows = old.fetch(bc, db->path(), 0, Page);
            scanned << bench::msSince(t);
            if (!n1 || !n2 || !oldRows || n1.value() != n2.value() ||
                oldRows->size() != rows->size()) {
                out << "the two searches disagree on \"" << typed << "\"" << Qt::endl;
                return 1;
            }
        }
    }
    // `qaytish-cli list --search TEXT --limit 20` reads pages of this query and stops at the
    // limit: for words that most people have, against counting their matches.
    QList<std::pair<QString, std::pair<double, double>>> limited;
    for (const QString &text : {QStringLiteral("o"), QStringLiteral("Karimov")}) {
        const CaseQuery query(CaseFilter{text, std::nullopt}, CaseSort{});
        QElapsedTimer t;
        t.start();
        Result<QList<CaseListRow>> rows = query.fetch(c, db->path(), 0, 20);
        const double fetchMs = bench::msSince(t);
        t.restart();
        Result<qint64> n = query.count(c, db->path());
        if (!rows || !n) {
            out << "list --limit failed" << Qt::endl;
            return 1;
        }
        limited.append({text, {fetchMs, bench::msSince(t)}});
    }
    auto line = [&](const char *label, const QList<double> &s) {
        out << label << QString::number(bench::percentile(s, 50), 'f', 1) << " ms p50, "
            << QString::number(bench::percentile(s, 95), 'f', 1) << " ms p95, "
            << QString::number(bench::percentile(s, 100), 'f', 1) << " ms max\n";
    };
    out << "cases:                " << cases << " (load average " << bench::loadAverage() << ")\n"
        << "keystrokes:           " << keystrokes << " (" << std::size(Queries) << " queries; "
        << strategies.value(CaseQuery::Strategy::Indexed) << " indexed, "
        << strategies.value(CaseQuery::Strategy::CandidateScan) << " candidate scans, "
        << strategies.value(CaseQuery::Strategy::OrderedScan) << " ordered scans)\n";
    line("indexed, first page:  ", indexed);
    line("  the same, CPU time: ", indexedCpu);
    line("full scan, as before: ", scanned);
    line("background count:     ", counted);
    out << "(full scan and count on " << scanned.size() << " of the keystrokes)\n";
    out << "ratio p95 (before / now): "
        << QString::number(bench::percentile(scanned, 95) /
                               std::max(0.001, bench::percentile(indexed, 95)),
                           'f', 1)
        << " (target: indexed p95 <= 20 ms)\n";
    std::sort(slowest.begin(), slowest.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    out << "slowest keystrokes:  ";
    for (qsizetype i = 0; i < std::min<qsizetype>(10, slowest.size()); ++i)
        out << " " << QString::number(slowest.at(i).first, 'f', 1) << " ms " << slowest.at(i).second
            << ";";
    out << "\n";
    for (const auto &[text, ms] : std::as_const(limited))
        out << "list --search " << text << " --limit 20: " << QString::number(ms.first, 'f', 1)
            << " ms (counting its matches: " << QString::number(ms.second, 'f', 1) << " ms)\n";
    out.flush();
    return 0;
}
