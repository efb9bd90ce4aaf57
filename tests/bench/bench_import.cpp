// CSV import speed against the sqlite3 shell's .import of the same file into a bare table,
// both measured in the same run. Prints both times and the ratio (target: at most 5);
// asserts nothing about time (DESIGN.md: benchmarks print ratios, tests do not time).
//
//     bench_import [ROWS]      (default 100000; the `bench` target runs it)
#include "core/csvimport.h"
#include "core/database.h"
#include "core/sqlitedirect.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

#include <sys/resource.h>

using namespace qaytish;

namespace {

// Peak resident memory in KiB (Linux), to show that it stays flat as the file grows.
qint64 peakRssKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time (user + system) in ms of this process's threads, or of its waited-for children:
// on a machine that other work keeps busy the wall times stretch, CPU times much less.
qint64 cpuMs(int who) {
    rusage usage{};
    getrusage(who, &usage);
    auto ms = [](const timeval &t) {
        return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

bool writeCsv(const QString &path, int rows) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const char *surnames[] = {"Karimov", "Rahimov", "Abdullayev", "Yusupov", "Toshmatov"};
    const char *given[] = {"Aziz", "Bahrom", "Jasur", "Otabek", "Sardor"};
    QByteArray out = "surname,given_names,patronymic,surname_cyrillic,sex,birth_date,"
                     "birth_place,nationality,passport_number,pinfl,host_reference,visa_class,"
                     "entry_date,authorized_until,facility,phone\r\n";
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1960, 1, 1).addDays(i % 15000);
        const bool male = true;
        const QString pinfl = test::pinflFor(birth, male, 100 + (i / 15000) % 900, (i / 15) % 1000);
        out += QByteArray(surnames[i % 5]) + ',' + given[(i / 5) % 5] + ",Alisher oʻgʻli,Каримов," +
               (male ? "M" : "F") + ',' + birth.toString(Qt::ISODate).toLatin1() +
               ",Samarqand,UZB," + QByteArray("AB") + QByteArray::number(1000000 + i) + ',' +
               pinfl.toLatin1() + ",A" + QByteArray::number(100000000 + i) + ",B1/B2," +
               "2022-05-01,2022-11-01,Demo Processing Center,+1 555 0100\r\n";
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    if (rows < 1) {
        out << "usage: bench_import [ROWS]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    if (!writeCsv(csv, rows)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }

    // Baseline: the sqlite3 shell into a bare table (created from the header).
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("bare.db"))});
    if (!sqlite.waitForStarted()) {
        out << "sqlite3 is not installed: no baseline" << Qt::endl;
        return 1;
    }
    sqlite.write(".mode csv\n.import " + csv.toUtf8() + " t\n");
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const qint64 baseMs = timer.elapsed();
    const qint64 baseCpuMs = cpuMs(RUSAGE_CHILDREN);
    if (sqlite.exitCode() != 0) {
        out << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return 1;
    }

    // Qaytish: a new register, the same file.
    auto db = Database::open(dir.filePath(QStringLiteral("register.qaytish")));
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
    QFile file(csv);
    file.open(QIODevice::ReadOnly);
    CsvImportOptions options;
    options.fileName = csv;
    const QString path = SqliteDirect::describe(SqliteDirect::check(db.value()->connection()));
    const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
    timer.restart();
    Result<CsvImportResult> r =
        CsvImporter::import(db.value()->connection(), db.value()->path(), clock,
                            Actor{QStringLiteral("bench")}, &file, options);
    const qint64 ourMs = timer.elapsed();
    const qint64 ourCpuMs = cpuMs(RUSAGE_SELF) - cpuBefore;
    if (!r) {
        out << "import failed: " << r.error().message << Qt::endl;
        return 1;
    }
    if (r->imported != rows || !r->rejected.isEmpty()) {
        out << "imported " << r->imported << " of " << rows << " rows; first rejection: "
            << (r->rejected.isEmpty() ? QString() : r->rejected.first().reason) << Qt::endl;
        return 1;
    }
    const double ratio = double(std::max<qint64>(ourMs, 1)) / double(std::max<qint64>(baseMs, 1));
    const double cpuRatio =
        double(std::max<qint64>(ourCpuMs, 1)) / double(std::max<qint64>(baseCpuMs, 1));
    out << "rows:                 " << rows << "\n"
        << "csv size:             " << QFileInfo(csv).size() / 1024 << " KiB\n"
        << "insert path:          " << path << "\n"
        << "sqlite3 .import:      " << baseMs << " ms (CPU " << baseCpuMs << " ms)\n"
        << "qaytish import:       " << ourMs << " ms (CPU " << ourCpuMs << " ms, two threads)\n"
        << "ratio:                " << QString::number(ratio, 'f', 2) << " (target <= 5)\n"
        << "ratio of CPU times:   " << QString::number(cpuRatio, 'f', 2) << "\n"
        << "peak RSS:             " << peakRssKiB() / 1024 << " MiB" << Qt::endl;
    return 0;
}
