#pragma once

// Runs qaytish-cli (QAYTISH_CLI, set by ctest) as a separate process, the way scripts run it,
// with a fixed date and user so that its output is reproducible.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <utility>

namespace qaytish::test {

struct CliRun {
    int code = -1; // -1: did not start; -2: crashed
    QString out;
    QString err;
};

// `environment` adds variables (e.g. QAYTISH_PASSWORD) to the test's own.
inline CliRun runCli(const QStringList &args, const QByteArray &input = {},
                     const QList<std::pair<QString, QString>> &environment = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QAYTISH_PASSWORD"));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    env.insert(QStringLiteral("QAYTISH_NOW"), QStringLiteral("2026-03-15T10:00:00Z"));
    env.insert(QStringLiteral("USER"), QStringLiteral("test.officer"));
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

} // namespace qaytish::test
