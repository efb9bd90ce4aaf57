// qaytish-cli audit: the audit trail (verify the hash chain; list entries).
#include "cli.h"

#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/dates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qaytish {

int Cli::cmdAudit(const QStringList &args) {
    const QString sub = args.value(0);
    const QStringList subcommands = {QStringLiteral("verify"), QStringLiteral("list")};
    if (!subcommands.contains(sub))
        return usageError(sub.isEmpty() ? tr("%1 needs a subcommand: %2.")
                                              .arg(QStringLiteral("audit"),
                                                   subcommands.join(QStringLiteral(", ")))
                                        : tr("unknown audit subcommand “%1”.").arg(sub));
    if (args.size() > 1)
        return usageError(tr("%1 takes no arguments.").arg(QStringLiteral("audit ") + sub));
    if (sub == QStringLiteral("verify"))
        return onlyOptions(QStringLiteral("audit verify"), {QStringLiteral("json")})
                   ? cmdAuditVerify()
                   : 2;
    return onlyOptions(QStringLiteral("audit list"),
                       {QStringLiteral("json"), QStringLiteral("actor"), QStringLiteral("action"),
                        QStringLiteral("case"), QStringLiteral("since"), QStringLiteral("until"),
                        QStringLiteral("limit")})
               ? cmdAuditList()
               : 2;
}

int Cli::cmdAuditVerify() {
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadAuditLog);
    if (!db)
        return fail(db.error());
    const QString path = QDir::toNativeSeparators(db.value()->path());
    Result<AuditVerification> verified = AuditLog::verify(db.value()->connection(), path);
    if (!verified)
        return fail(verified.error());
    const AuditVerification &v = verified.value();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const AuditVerification::Problem &p : v.problems)
            problems.append(QJsonObject{{QStringLiteral("entry"), p.entryId},
                                        {QStringLiteral("message"), p.message}});
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                           {QStringLiteral("intact"), v.intact()},
                                           {QStringLiteral("entries"), v.entries},
                                           {QStringLiteral("head_hash"),
                                            QString::fromLatin1(v.headHash.toHex())},
                                           {QStringLiteral("problems"), problems}})
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
    } else if (v.intact()) {
        m_out << tr("%1: the audit trail is intact (%n entries; last hash %2).", nullptr,
                    int(qMin<qint64>(v.entries, std::numeric_limits<int>::max())))
                     .arg(path, QString::fromLatin1(v.headHash.toHex()))
              << Qt::endl;
    } else {
        m_err << tr("qaytish-cli: %1").arg(tr("the audit trail of %1 was tampered with:").arg(path))
              << Qt::endl;
        for (const AuditVerification::Problem &p : v.problems)
            m_err << QStringLiteral("  ") << p.message << Qt::endl;
    }
    return v.intact() ? 0 : 1;
}

int Cli::cmdAuditList() {
    AuditFilter filter;
    filter.actor = m_parser.value(QStringLiteral("actor")).trimmed();
    filter.action = m_parser.value(QStringLiteral("action")).trimmed();
    if (!filter.action.isEmpty() && !AuditAction::all().contains(filter.action))
        return usageError(tr("unknown action “%1”; the actions are %2.")
                              .arg(filter.action, AuditAction::all().join(QStringLiteral(", "))));
    for (const auto &[option, date] : {std::pair{QStringLiteral("since"), &filter.from},
                                       std::pair{QStringLiteral("until"), &filter.to}}) {
        if (!m_parser.isSet(option))
            continue;
        const std::optional<QDate> parsed = dates::parseInput(m_parser.value(option));
        if (!parsed)
            return usageError(
                tr("--%1: “%2” is not a date (e.g. %3).")
                    .arg(option, m_parser.value(option), QStringLiteral("2026-11-29")));
        *date = *parsed;
    }
    int limit = 100;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return usageError(tr("%1 must be a positive number.").arg(QStringLiteral("--limit")));
    }
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadAuditLog);
    if (!db)
        return fail(db.error());
    if (m_parser.isSet(QStringLiteral("case"))) {
        Result<std::optional<CaseRepository::CaseKeys>> keys =
            CaseRepository(*db.value(), m_clock).keysOf(m_parser.value(QStringLiteral("case")));
        if (!keys)
            return fail(keys.error());
        if (!keys.value())
            return fail(Error::make(
                ErrorKind::NotFound,
                tr("There is no case %1.").arg(m_parser.value(QStringLiteral("case")).trimmed()),
                QStringLiteral("case")));
        filter.personId = keys.value()->personId;
    }
    Result<QList<AuditEntry>> entries =
        AuditLog::entries(db.value()->connection(), db.value()->path(), actor(), filter, 0, limit);
    if (!entries)
        return fail(entries.error());
    const bool json = m_parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const AuditEntry &e : entries.value()) {
        if (json) {
            array.append(AuditLog::toJson(e));
            continue;
        }
        QString values;
        if (e.valuesHidden)
            values = tr("(values hidden)");
        else if (e.valuesErased)
            values = tr("(values erased)");
        else if (e.oldValue && !e.oldValue->isEmpty())
            values = QStringLiteral("%1 → %2").arg(*e.oldValue, e.newValue.value_or(QString()));
        else if (e.newValue)
            values = *e.newValue;
        m_out << e.id << '\t' << e.at << '\t' << e.actor << '\t' << e.action << '\t' << e.table
              << ':' << e.rowId << '\t' << e.field << '\t' << values << '\n';
    }
    if (json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    m_out.flush();
    return 0;
}

} // namespace qaytish
