// qaytish-cli retention: anonymise the persons past the mission's retention period, after a
// preview of exactly what will change.
#include "cli.h"

#include "core/dates.h"
#include "core/retention.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qaytish {

int Cli::cmdRetention(const QStringList &args) {
    const QString sub = args.value(0);
    const QStringList subcommands = {QStringLiteral("preview"), QStringLiteral("apply")};
    if (!subcommands.contains(sub))
        return usageError(sub.isEmpty() ? tr("%1 needs a subcommand: %2.")
                                              .arg(QStringLiteral("retention"),
                                                   subcommands.join(QStringLiteral(", ")))
                                        : tr("unknown retention subcommand “%1”.").arg(sub));
    if (args.size() > 1)
        return usageError(tr("%1 takes no arguments.").arg(QStringLiteral("retention ") + sub));
    if (!onlyOptions(QStringLiteral("retention ") + sub, {QStringLiteral("json")}))
        return 2;
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ApplyRetention);
    if (!db)
        return fail(db.error());
    Result<RetentionPreview> preview = Retention::preview(*db.value(), m_clock, actor());
    if (!preview)
        return fail(preview.error());
    const RetentionPreview &p = preview.value();
    RetentionOutcome outcome;
    if (sub == QStringLiteral("apply")) {
        Result<RetentionOutcome> applied = Retention::apply(*db.value(), m_clock, actor(), p);
        if (!applied)
            return fail(applied.error());
        outcome = applied.value();
    }
    const int anonymised = outcome.anonymised;
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray persons;
        for (const RetentionCandidate &c : p.persons)
            persons.append(
                QJsonObject{{QStringLiteral("person_id"), c.personId},
                            {QStringLiteral("case_refs"), QJsonArray::fromStringList(c.caseRefs)},
                            {QStringLiteral("statuses"), QJsonArray::fromStringList(c.statuses)},
                            {QStringLiteral("closed_on"), dates::toIso(c.closedOn)}});
        QJsonObject o{{QStringLiteral("today"), dates::toIso(p.today)},
                      {QStringLiteral("retention_years"), p.years},
                      {QStringLiteral("closed_before"), dates::toIso(p.cutoff)},
                      {QStringLiteral("persons"), persons},
                      {QStringLiteral("safety_copies"), p.safetyCopies}};
        if (sub == QStringLiteral("apply")) {
            o.insert(QStringLiteral("anonymised"), anonymised);
            if (outcome.copies) {
                const SafetyCopiesRenewal &c = *outcome.copies;
                o.insert(QStringLiteral("safety_copies_deleted"), c.removed);
                o.insert(QStringLiteral("safety_copies_not_deleted"),
                         QJsonArray::fromStringList(c.notRemoved));
                o.insert(QStringLiteral("safety_copy_made"),
                         c.made ? QJsonValue(c.made->path) : QJsonValue());
            }
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    m_out << tr("Retention period: %n year(s); cases returned or closed before %1.", nullptr,
                p.years)
                 .arg(dates::format(p.cutoff))
          << Qt::endl;
    for (const RetentionCandidate &c : p.persons)
        m_out << c.caseRefs.join(QStringLiteral(", ")) << '\t' << c.statuses.join(u' ') << '\t'
              << dates::format(c.closedOn) << '\n';
    if (sub == QStringLiteral("preview")) {
        m_out << tr("%n person(s) would be anonymised.", nullptr, int(p.persons.size()))
              << Qt::endl;
        if (!p.persons.isEmpty()) {
            m_out << tr("Removed from each:") << Qt::endl;
            for (const QString &what : Retention::clearedData())
                m_out << QStringLiteral("  - ") << what << Qt::endl;
            m_out << tr("Kept: the cases, their dates and statuses, sex, nationality.") << Qt::endl
                  << Retention::copiesNotice(p) << Qt::endl;
        }
    } else {
        m_out << tr("%n person(s) anonymised.", nullptr, anonymised) << Qt::endl;
        for (const QString &line : Retention::copiesOutcome(outcome))
            m_out << line << Qt::endl;
    }
    return 0;
}

} // namespace qaytish
