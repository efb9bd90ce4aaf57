// qaytish-cli check: is this file a sound register? Reads it without changing it.
#include "cli.h"

#include "core/registercheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qaytish {

int Cli::cmdCheck(const QStringList &args) {
    if (!args.isEmpty())
        return usageError(tr("%1 takes no arguments; name the register with %2.")
                              .arg(QStringLiteral("check"), QStringLiteral("--db")));
    if (!onlyOptions(QStringLiteral("check"), {QStringLiteral("full"), QStringLiteral("json")}))
        return 2;
    QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = Database::defaultPath();
    const bool full = m_parser.isSet(QStringLiteral("full"));
    const bool json = m_parser.isSet(QStringLiteral("json"));

    const Result<RegisterHealth> checked = RegisterCheck::run(path, full);
    if (!checked) {
        if (json) {
            const QJsonObject object{
                {QStringLiteral("file"), QDir::toNativeSeparators(path)},
                {QStringLiteral("healthy"), false},
                {QStringLiteral("register"), false},
                {QStringLiteral("error"), checked.error().message},
            };
            m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        }
        return fail(checked.error());
    }
    const RegisterHealth &health = checked.value();
    if (json) {
        const QJsonObject object{
            {QStringLiteral("file"), QDir::toNativeSeparators(path)},
            {QStringLiteral("healthy"), health.healthy()},
            {QStringLiteral("register"), true},
            {QStringLiteral("schema_version"), health.schemaVersion},
            {QStringLiteral("check"),
             full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check")},
            {QStringLiteral("problems"), QJsonArray::fromStringList(health.problems)},
        };
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else if (health.healthy()) {
        const QString file = QDir::toNativeSeparators(path);
        if (full)
            m_out << tr("%1: a sound register (schema version %2; full check).")
                         .arg(file)
                         .arg(health.schemaVersion);
        else
            m_out << tr("%1: a sound register (schema version %2; quick check; %3 reads every "
                        "index too).")
                         .arg(file)
                         .arg(health.schemaVersion)
                         .arg(QStringLiteral("--full"));
        m_out << Qt::endl;
    }
    if (!health.healthy()) {
        m_err << tr("qaytish-cli: %1").arg(tr("%1 is damaged:").arg(QDir::toNativeSeparators(path)))
              << Qt::endl;
        for (const QString &problem : health.problems)
            m_err << QStringLiteral("  ") << problem << Qt::endl;
        m_err << tr("Nothing was changed. Restore the register from a backup, or copy what can "
                    "still be read into a new register.")
              << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace qaytish
