// `qaytish-cli demo --cases N`: time and register size, against the sqlite3 shell writing the
// same number of rows into a bare table, in the same run.
//
//     bench_demo [CASES [DIR]]   (default 1000000 cases; the files are written into DIR, the
//                                 current directory by default, and removed afterwards)
//
// The demo is the real program (a process of qaytish-cli, whose path the build gives), so
// what is timed is what an officer waits for. The baseline is the floor of SQLite writing one
// row per case: one transaction, one INSERT ... SELECT from a recursive CTE into a table of
// the listing's sixteen columns with texts as long as the demo's, no index, no trigger, no
// second table. The demo writes a whole register per case (person, case, 3.5 status
// history lines on average, an identity request, the search index, the secondary indexes),
// so the ratio says how much that costs over the bare rows. Wall time, the child's CPU time
// (user + sys) and its peak RSS are printed; asserts nothing about time (DESIGN.md).
#include "benchsupport.h"

#include <QCoreApplication>
#include <QProcess>

#include <sys/resource.h>

using namespace qaytish;

namespace {

struct Child {
    double wallMs = 0;
    double cpuMs = 0;
    qint64 peakRssKiB = 0;
    bool ok = false;
    QString error;
};

double childCpuMs() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

Child run(const QString &program, const QStringList &arguments, const QByteArray &input = {}) {
    Child c;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpuBefore = childCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForStarted(30000)) {
        c.error = program + QStringLiteral(" did not start");
        return c;
    }
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(-1);
    c.wallMs = bench::msSince(t);
    c.cpuMs = childCpuMs() - cpuBefore;
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    c.peakRssKiB = u.ru_maxrss; // the largest of all children so far
    c.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!c.ok)
        c.error =
            program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardOutput());
    return c;
}

qint64 sizeOf(const QString &path) {
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::optional<bench::Arguments> args = bench::arguments(argc, argv, "bench_demo", out);
    if (!args)
        return 2;
    const int cases = args->cases;
    const QString dir = args->dir;
    const QString demo = QDir(dir).filePath(QStringLiteral("bench-demo-run.qaytish"));
    const QString bare = QDir(dir).filePath(QStringLiteral("bench-demo-bare.db"));
    for (const QString &f : {demo, bare}) {
        QFile::remove(f);
        QFile::remove(f + QStringLiteral("-wal"));
        QFile::remove(f + QStringLiteral("-shm"));
    }
    out << "cases:                " << cases << " (load average " << bench::loadAverage() << ")"
        << Qt::endl;

    // Baseline: the sqlite3 shell, one row per case into a bare table.
    const QByteArray script =
        QStringLiteral(
            "CREATE TABLE bare (id INTEGER PRIMARY KEY, case_ref TEXT, surname TEXT, "
            "given_names TEXT, patronymic TEXT, surname_cyrillic TEXT, given_names_cyrillic "
            "TEXT, patronymic_cyrillic TEXT, sex TEXT, birth_date TEXT, passport_number TEXT, "
            "pinfl TEXT, status TEXT, authorized_until TEXT, facility TEXT, updated_at TEXT);\n"
            "BEGIN;\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO bare SELECT i, printf('QY-2026-%06d', i), 'Karimov', 'Alisher', "
            "'Bobur oʻgʻli', 'Каримов', 'Алишер', 'Бобур ўғли', 'M', "
            "printf('19%02d-%02d-%02d', i % 80 + 10, i % 12 + 1, i % 28 + 1), "
            "printf('FA%07d', i), printf('3%013d', i), 'registered', '2025-01-01', "
            "'Demo Processing Center North', '2026-03-15T10:00:00.000Z' FROM n;\n"
            "COMMIT;\n")
            .arg(cases)
            .toUtf8();
    const Child base = run(QStringLiteral("sqlite3"), {bare}, script);
    if (!base.ok) {
        out << "sqlite3 (the baseline) failed; is it installed? " << base.error << Qt::endl;
        return 1;
    }
    const qint64 bareSize = sizeOf(bare);

    QStringList arguments{QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(cases),
                          QStringLiteral("--db"), demo};
    const Child ours = run(QStringLiteral(QAYTISH_CLI_BINARY), arguments);
    if (!ours.ok) {
        out << ours.error << Qt::endl;
        return 1;
    }
    const qint64 demoSize = sizeOf(demo);
    out << "qaytish-cli demo:     " << QString::number(ours.wallMs / 1000, 'f', 2) << " s wall, "
        << QString::number(ours.cpuMs / 1000, 'f', 2) << " s CPU (user + sys), register "
        << demoSize / (1024 * 1024) << " MiB, peak RSS of the children so far "
        << ours.peakRssKiB / 1024 << " MiB\n"
        << "sqlite3, bare table:  " << QString::number(base.wallMs / 1000, 'f', 2) << " s wall, "
        << QString::number(base.cpuMs / 1000, 'f', 2) << " s CPU, file " << bareSize / (1024 * 1024)
        << " MiB\n"
        << "ratio (demo / bare):  "
        << QString::number(ours.wallMs / std::max(0.001, base.wallMs), 'f', 1) << " wall, "
        << QString::number(ours.cpuMs / std::max(0.001, base.cpuMs), 'f', 1) << " CPU, "
        << QString::number(double(demoSize) / double(std::max<qint64>(1, bareSize)), 'f', 1)
        << " size (load average now " << bench::loadAverage() << ")" << Qt::endl;
    for (const QString &f : {demo, bare}) {
        QFile::remove(f);
        QFile::remove(f + QStringLiteral("-wal"));
        QFile::remove(f + QStringLiteral("-shm"));
    }
    return 0;
}
