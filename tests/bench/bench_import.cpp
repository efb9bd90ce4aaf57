// CSV import speed against the sqlite3 shell's .import of the same file into a bare table,
// both measured in the same run. Prints both times and the ratio (target: at most 5);
// asserts nothing about time (DESIGN.md: benchmarks print ratios, tests do not time).
//
// A second baseline, the floor, shows what writing the register itself costs: the rows the
// import wrote (persons, cases, their first status, the audit entries) are copied with one
// INSERT ... SELECT per table from the imported register into a new one, with its indexes
// and its name search index built after the copy, in one transaction, as the import does.
// No reading, checking or computing is left in it, so no import into this register can be
// faster than the floor.
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

// The floor (see the top): copies what the import wrote from `source` into a new register
// at `target`; returns the milliseconds from the first statement to the commit.
Result<qint64> copyFloor(const QString &source, const QString &target, qint64 auditBefore) {
    auto db = Database::open(target);
    if (!db)
        return db.error();
    QSqlDatabase c = db.value()->connection();
    const QString path = db.value()->path();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(source)))
        return Database::errorFromSql(q.lastError(), path);
    QElapsedTimer timer;
    timer.start();
    q.exec(QStringLiteral("PRAGMA main.journal_mode = DELETE")); // as the import does
    q.finish(); // a pragma's row left unread would keep the commit from ending
    const QString audit = QStringLiteral("at, user_id, actor, action, table_name, row_id, "
                                         "person_id, field, old_value, new_value, prev_hash, hash");
    Status copied = Database::transaction(c, path, [&]() -> Status {
        Result<QStringList> indexes = Database::dropSecondaryIndexes(c, path);
        if (!indexes)
            return indexes.error();
        QStringList copy{
            QStringLiteral("INSERT INTO main.person SELECT * FROM src.person"),
            QStringLiteral("INSERT INTO main.return_case SELECT * FROM src.return_case"),
            QStringLiteral("INSERT INTO main.status_history SELECT * FROM src.status_history"),
            QStringLiteral("INSERT OR REPLACE INTO main.case_ref_counter SELECT * FROM "
                           "src.case_ref_counter"),
            QStringLiteral("INSERT INTO main.audit_log (%1) SELECT %1 FROM src.audit_log WHERE "
                           "id > %2 ORDER BY id")
                .arg(audit)
                .arg(auditBefore)};
        return Database::runStatements(c, path, copy + indexes.value());
    });
    if (!copied)
        return copied.error();
    const qint64 ms = timer.elapsed();
    q.exec(QStringLiteral("PRAGMA main.journal_mode = WAL"));
    return ms;
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
    // QAYTISH_BENCH_KEEP=1 keeps the file, the bare table and the register for a closer look.
    if (qEnvironmentVariableIntValue("QAYTISH_BENCH_KEEP") == 1) {
        dir.setAutoRemove(false);
        out << "kept in:              " << dir.path() << Qt::endl;
    }
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
    qint64 auditBefore = 0;
    {
        QSqlQuery q(db.value()->connection());
        if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) && q.next())
            auditBefore = q.value(0).toLongLong();
    }
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
    const QString registerPath = db.value()->path();
    db.value().reset(); // closed, so that the floor reads it as any other file
    const Result<qint64> floorMs =
        copyFloor(registerPath, dir.filePath(QStringLiteral("floor.qaytish")), auditBefore);
    if (!floorMs) {
        out << "floor failed: " << floorMs.error().message << Qt::endl;
        return 1;
    }
    auto ratioOf = [](qint64 a, qint64 b) {
        return QString::number(double(std::max<qint64>(a, 1)) / double(std::max<qint64>(b, 1)), 'f',
                               2);
    };
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
        << "floor (copy of the written rows): " << floorMs.value() << " ms, "
        << ratioOf(floorMs.value(), baseMs) << " times .import; the import is "
        << ratioOf(ourMs, floorMs.value()) << " times the floor\n"
        << "peak RSS:             " << peakRssKiB() / 1024 << " MiB" << Qt::endl;
    return 0;
}
