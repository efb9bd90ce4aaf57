#include "retention.h"

#include "changewriter.h"
#include "dates.h"
#include "missionsettings.h"
#include "permissions.h"
#include "safetycopies.h"

#include <QDir>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace qaytish {

namespace {

Result<QList<qint64>> ids(QSqlDatabase db, const QString &path, const QString &sql,
                          qint64 personId) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (qsizetype i = sql.count(u'?'); i > 0; --i) // the person, wherever the query names it
        q.addBindValue(personId);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// Writes the same cleared values to each row.
Status clearRows(ChangeWriter &writer, const QString &table, const QList<qint64> &rows,
                 const QVariantMap &values) {
    for (const qint64 row : rows) {
        if (Result<QList<FieldChange>> changed = writer.update(table, row, values); !changed)
            return changed.error();
    }
    return {};
}

QVariantMap cleared(const QStringList &texts, const QStringList &nulls = {}) {
    QVariantMap values;
    for (const QString &column : texts)
        values.insert(column, QStringLiteral(""));
    for (const QString &column : nulls)
        values.insert(column, QVariant());
    return values;
}

const QStringList &nameColumns() {
    static const QStringList names = {QStringLiteral("surname"),
                                      QStringLiteral("given_names"),
                                      QStringLiteral("patronymic"),
                                      QStringLiteral("surname_cyrillic"),
                                      QStringLiteral("given_names_cyrillic"),
                                      QStringLiteral("patronymic_cyrillic"),
                                      QStringLiteral("birth_place"),
                                      QStringLiteral("pinfl")};
    return names;
}

} // namespace

QStringList Retention::clearedData() {
    return {tr("names in both scripts, birth date and place"),
            tr("PINFL, passport and host-country reference"),
            tr("contacts abroad and at home, family group"),
            tr("notes, comments, operational needs, interview details, receivers at home"),
            tr("the photo, and the names and photo on certificates (their numbers, dates and "
               "statuses stay)"),
            tr("the person's key to the audit trail: the values recorded there can no longer "
               "be read")};
}

Result<QList<RetentionCandidate>> Retention::due(const Database &db, const QDate &cutoff) {
    // A case's closing day: its latest move to the status it has now (returned or closed),
    // or its last change when the history has none. A person is due when every one of their
    // cases is returned or closed, and the latest of them before the cutoff.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.id, group_concat(c.case_ref, ' '), group_concat(c.status, ' '), "
        "max(coalesce((SELECT max(h.at) FROM status_history h WHERE h.case_id = c.id AND "
        "h.to_status = c.status), c.updated_at)) AS closed_at "
        "FROM person p JOIN return_case c ON c.person_id = p.id "
        "WHERE p.anonymised_at IS NULL "
        "GROUP BY p.id "
        "HAVING sum(c.status NOT IN ('returned', 'closed')) = 0 AND closed_at < ? "
        "ORDER BY closed_at, p.id"));
    q.addBindValue(dates::toIso(cutoff));
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), db.path());
    QList<RetentionCandidate> out;
    while (q.next()) {
        RetentionCandidate c;
        c.personId = q.value(0).toLongLong();
        c.caseRefs = q.value(1).toString().split(u' ', Qt::SkipEmptyParts);
        c.statuses = q.value(2).toString().split(u' ', Qt::SkipEmptyParts);
        const QString closed = q.value(3).toString();
        c.closedOn =
            closed.size() > 10 ? dates::fromIsoDateTime(closed).date() : dates::fromIso(closed);
        out << c;
    }
    return out;
}

Result<RetentionPreview> Retention::preview(const Database &db, const Clock &clock,
                                            const Actor &actor) {
    if (Status s =
            Permissions::check(db.connection(), db.path(), actor, Permission::ApplyRetention);
        !s)
        return s.error();
    Result<MissionSettings> settings = MissionSettingsStore(db, clock).load();
    if (!settings)
        return settings.error();
    RetentionPreview preview;
    preview.today = clock.today();
    preview.years = settings->retentionYears;
    preview.cutoff = preview.today.addYears(-preview.years);
    Result<QList<RetentionCandidate>> persons = due(db, preview.cutoff);
    if (!persons)
        return persons.error();
    preview.persons = persons.value();
    preview.safetyCopies = SafetyCopies::list(db.path()).size();
    return preview;
}

Status Retention::anonymise(ChangeWriter &writer, qint64 personId) {
    QSqlDatabase db = writer.db();
    const QString &path = writer.path();
    Result<QList<qint64>> cases =
        ids(db, path, QStringLiteral("SELECT id FROM return_case WHERE person_id = ?"), personId);
    if (!cases)
        return cases.error();
    auto rowsOfCases = [&](const QString &table) -> Result<QList<qint64>> {
        return ids(db, path,
                   QStringLiteral("SELECT t.id FROM %1 t JOIN return_case c ON c.id = t.case_id "
                                  "WHERE c.person_id = ?")
                       .arg(table),
                   personId);
    };

    QVariantMap person =
        cleared(nameColumns() +
                    QStringList{QStringLiteral("passport_number"), QStringLiteral("contact_abroad"),
                                QStringLiteral("contact_home"), QStringLiteral("family_group"),
                                QStringLiteral("name_latin_sort"),
                                QStringLiteral("name_cyrillic_sort"), QStringLiteral("search_key")},
                {QStringLiteral("birth_date"), QStringLiteral("passport_issue_date"),
                 QStringLiteral("passport_expiry_date")});
    person.insert(QStringLiteral("anonymised_at"), writer.nowText());
    if (Status s = clearRows(writer, QStringLiteral("person"), {personId}, person); !s)
        return s;
    if (Status s =
            clearRows(writer, QStringLiteral("return_case"), cases.value(),
                      cleared({QStringLiteral("host_reference"), QStringLiteral("facility"),
                               QStringLiteral("needs"), QStringLiteral("legal_representative"),
                               QStringLiteral("notes"), QStringLiteral("host_request_reference"),
                               QStringLiteral("host_request_officer"), QStringLiteral("hold_note"),
                               QStringLiteral("objection_note")}));
        !s)
        return s;

    const struct {
        QString table;
        QVariantMap values;
    } ofCases[] = {
        {QStringLiteral("status_history"), cleared({QStringLiteral("comment")})},
        {QStringLiteral("interview"),
         cleared({QStringLiteral("place"), QStringLiteral("interpreter"),
                  QStringLiteral("stated_wishes")})},
        {QStringLiteral("confirmed_identity"),
         cleared(nameColumns(), {QStringLiteral("birth_date")})},
        {QStringLiteral("return_list_passenger"),
         cleared({QStringLiteral("receiver_name"), QStringLiteral("receiver_relation"),
                  QStringLiteral("receiver_contact"), QStringLiteral("not_boarded_reason"),
                  QStringLiteral("removed_reason")})},
    };
    for (const auto &[table, values] : ofCases) {
        Result<QList<qint64>> rows = rowsOfCases(table);
        if (!rows)
            return rows.error();
        if (Status s = clearRows(writer, table, rows.value(), values); !s)
            return s;
    }
    Result<QList<qint64>> certificates =
        ids(db, path, QStringLiteral("SELECT id FROM certificate WHERE person_id = ?"), personId);
    if (!certificates)
        return certificates.error();
    if (Status s = clearRows(writer, QStringLiteral("certificate"), certificates.value(),
                             cleared(nameColumns() + QStringList{QStringLiteral("payload")},
                                     {QStringLiteral("birth_date"), QStringLiteral("photo")}));
        !s)
        return s;
    Result<QList<qint64>> links = ids(
        db, path, QStringLiteral("SELECT id FROM person_link WHERE person_a = ? OR person_b = ?"),
        personId);
    if (!links)
        return links.error();
    if (Status s = clearRows(writer, QStringLiteral("person_link"), links.value(),
                             cleared({QStringLiteral("note")}));
        !s)
        return s;

    // The photo row goes, then the key: last, since every entry above was sealed with it.
    for (const QString &sql : {QStringLiteral("DELETE FROM person_photo WHERE person_id = ?"),
                               QStringLiteral("DELETE FROM person_key WHERE person_id = ?")}) {
        if (Result<QSqlQuery *> q = writer.run(sql, {personId}); !q)
            return q.error();
    }
    return writer.logEvent(QStringLiteral("person"),
                           QStringLiteral("retention: person %1 anonymised (%2 cases)")
                               .arg(personId)
                               .arg(cases->size()));
}

QString Retention::copiesNotice(const RetentionPreview &preview) {
    if (preview.persons.isEmpty())
        return {};
    QString notice;
    if (preview.safetyCopies > 0)
        notice = tr("The %n safety copies beside the register hold the data to be removed: "
                    "they will be deleted and a new copy made.",
                    nullptr, int(preview.safetyCopies)) +
                 u' ';
    return notice + tr("Backups made before still hold it until they are destroyed.");
}

QStringList Retention::copiesOutcome(const RetentionOutcome &outcome) {
    QStringList lines;
    if (!outcome.copies)
        return lines;
    const SafetyCopiesRenewal &c = *outcome.copies;
    if (c.removed > 0)
        lines << tr("%n safety copies made before were deleted.", nullptr, c.removed);
    if (c.made)
        lines << tr("A new safety copy was made: %1").arg(QDir::toNativeSeparators(c.made->path));
    else if (c.notMade)
        lines << tr("No new safety copy could be made: %1").arg(c.notMade->message);
    if (!c.notRemoved.isEmpty())
        lines << tr("These safety copies could not be deleted and still hold the removed data; "
                    "delete them by hand: %1")
                     .arg(c.notRemoved.join(QStringLiteral(", ")));
    lines << tr("Backups made before still hold the removed data until they are destroyed.");
    return lines;
}

Result<RetentionOutcome> Retention::apply(const Database &db, const Clock &clock,
                                          const Actor &actor, const RetentionPreview &preview) {
    ChangeWriter writer(db.connection(), db.path(), clock, actor, Permission::ApplyRetention);
    if (Status s = writer.permitted(); !s)
        return s.error();
    // Removed values are overwritten in the file, not only unlinked.
    QSqlQuery pragma(db.connection());
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return Database::errorFromSql(pragma.lastError(), db.path());
    int anonymised = 0;
    const Status s = db.transaction([&]() -> Status {
        // Only those previewed and still due: a case reopened since keeps its person.
        Result<QList<RetentionCandidate>> stillDue = due(db, preview.cutoff);
        if (!stillDue)
            return stillDue.error();
        QSet<qint64> due;
        for (const RetentionCandidate &c : stillDue.value())
            due.insert(c.personId);
        for (const RetentionCandidate &c : preview.persons) {
            if (!due.contains(c.personId))
                continue;
            if (Status s = anonymise(writer, c.personId); !s)
                return s;
            ++anonymised;
        }
        if (anonymised == 0)
            return {};
        // FTS5 keeps deleted terms in older segments until they are merged.
        QSqlQuery optimize(db.connection());
        if (!optimize.exec(
                QStringLiteral("INSERT INTO person_search (person_search) VALUES ('optimize')")))
            return Database::errorFromSql(optimize.lastError(), db.path());
        return {};
    });
    pragma.exec(QStringLiteral("PRAGMA secure_delete = FAST")); // as every connection has it
    if (!s)
        return s.error();
    // The write-ahead log may still hold pages written before: fold it into the file and
    // empty it.
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    pragma.finish();
    RetentionOutcome outcome;
    outcome.anonymised = anonymised;
    if (anonymised > 0)
        outcome.copies = SafetyCopies::renewAfterRetention(db.connection(), db.path(), clock.now());
    return outcome;
}

} // namespace qaytish
