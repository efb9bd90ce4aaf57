#pragma once

// Shared by the benchmarks over a demo register: the register itself (generated once and
// kept, since a million cases take minutes), timing and percentiles.

#include "core/database.h"
#include "core/demogenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>

namespace qaytish::bench {

// The arguments of a benchmark over a demo register, `NAME [CASES [DIR]]` (a million cases
// in the current folder by default); nothing, after the usage is printed, when CASES is not
// a positive number.
struct Arguments {
    int cases = 1000000;
    QString dir;
};
inline std::optional<Arguments> arguments(int argc, char *argv[], const char *name,
                                          QTextStream &out) {
    Arguments a;
    a.cases = argc > 1 ? std::atoi(argv[1]) : 1000000;
    a.dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::currentPath();
    if (a.cases < 1) {
        out << "usage: " << name << " [CASES [DIR]]" << Qt::endl;
        return std::nullopt;
    }
    return a;
}

inline const FixedClock &clock() {
    static const FixedClock c(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
    return c;
}

// A demo register of `cases` cases in `dir`: reused when a complete one is there (same
// seed, same day), generated otherwise. Prints what it did.
inline std::shared_ptr<Database> demoRegister(const QString &dir, int cases, QTextStream &out) {
    const QString path = QDir(dir).filePath(QStringLiteral("bench-demo-%1.qaytish").arg(cases));
    if (QFile::exists(path)) {
        Result<std::shared_ptr<Database>> db = Database::open(path);
        if (db) {
            QSqlQuery q(db.value()->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM return_case")) && q.next() &&
                q.value(0).toInt() == cases) {
                out << "register:             " << path << " (reused, "
                    << QFileInfo(path).size() / (1024 * 1024) << " MiB)" << Qt::endl;
                return db.value();
            }
        }
    }
    QFile::remove(path);
    Result<std::shared_ptr<Database>> db = Database::open(path);
    if (!db) {
        out << db.error().message << Qt::endl;
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    const Status s = DemoGenerator::generate(*db.value(), clock(), Actor{QStringLiteral("bench")},
                                             DemoGenerator::Options{cases, 7});
    if (!s) {
        out << "demo generation failed: " << s.error().message << Qt::endl;
        return {};
    }
    out << "register:             " << path << " (generated in " << timer.elapsed() / 1000.0
        << " s, " << QFileInfo(path).size() / (1024 * 1024) << " MiB)" << Qt::endl;
    return db.value();
}

// The p-th percentile (0..100) of the samples, nearest rank.
inline double percentile(QList<double> samples, double p) {
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

inline double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread (user + sys), in ms: on a shared machine, the figure that
// waiting for a core does not inflate. POSIX; the benchmarks run where the tests run.
inline double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// A line of /proc/self/status in KiB ("VmRSS:" now, "VmHWM:" the peak), or -1 where there
// is none (not Linux).
inline qint64 statusKiB(const char *field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The load average of the last minute, printed with every figure (the machine is shared).
inline QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll().split(' ').value(0));
}

} // namespace qaytish::bench
