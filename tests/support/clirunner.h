#pragma once

// Runs qaytish-cli (QAYTISH_CLI, set by ctest) as a separate process, the way scripts run it,
// with a fixed date and user so that its output is reproducible.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <utility>

namespace qaytish::test {

struct CliRun {
    int code = -1; // -1: did not start; -2: crashed
    QString out;
    QString err;
};

// `environment` adds variables (e.g. QAYTISH_PASSWORD) to the test's own, or replaces the
// instant every run has (QAYTISH_NOW).
inline CliRun runCli(const QStringList &args, const QByteArray &input = {},
                     const QList<std::pair<QString, QString>> &environment = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QAYTISH_PASSWORD"));
    env.insert(QStringLiteral("QAYTISH_NOW"), QStringLiteral("2026-03-15T10:00:00Z"));
    env.insert(QStringLiteral("USER"), QStringLiteral("test.officer"));
    for (const auto &[name, value] : environment) // a test may set another instant
        env.insert(name, value);
    // As in cron, ssh or CI: no desktop session.
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("QAYTISH_CLI"), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The user and the instant every run has (as above), as exports record and print them.
inline QString cliUser() {
    return QStringLiteral("test.officer");
}
inline QString cliNowIso() {
    return QStringLiteral("2026-03-15T10:00:00.000Z");
}
// As documents print it: the local time of this machine, which the CLI shares.
inline QString cliNowOnDocuments() {
    return QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())
        .toLocalTime()
        .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

// The export entries of a register's audit trail, newest first, as `audit list --action
// export --json` prints them; each entry's "what" is its new_value read as JSON.
struct ExportEntry {
    QJsonObject entry;
    QJsonObject what;
};
inline QList<ExportEntry> exportEntries(const QString &db) {
    const CliRun r =
        runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    QList<ExportEntry> out;
    if (r.code != 0)
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << ExportEntry{
            o, QJsonDocument::fromJson(o.value(QStringLiteral("new_value")).toString().toUtf8())
                   .object()};
    }
    return out;
}

} // namespace qaytish::test
