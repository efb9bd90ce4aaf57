#include "casequery.h"

#include "database.h"
#include "dates.h"
#include "identifiers.h"
#include "names.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace qaytish {

QString CaseListRow::fullNameLatin() const {
    return names::joinFullName(surname, givenNames, patronymic);
}

QString CaseListRow::fullNameCyrillic() const {
    return names::joinFullName(surnameCyrillic, givenNamesCyrillic, patronymicCyrillic);
}

CaseQuery::CaseQuery(CaseFilter filter, CaseSort sort)
    : m_filter(std::move(filter))
    , m_sort(sort) {}

QString CaseQuery::whereClause(QVariantList &binds) const {
    QStringList conditions;
    if (m_filter.status) {
        conditions << QStringLiteral("c.status_rank = ?");
        binds << CaseStatusInfo::rank(*m_filter.status);
    }
    const QString search = m_filter.search.simplified();
    if (!search.isEmpty()) {
        // Identifiers match exactly (indexed); names match word by word on the search key,
        // whichever script, spelling or apostrophe was typed.
        QStringList alternatives;
        const QString compact = search.toUpper().remove(u' ').remove(u'-');
        alternatives << QStringLiteral("p.passport_number = ?");
        binds << identifiers::normalizePassportNumber(search);
        alternatives << QStringLiteral("p.pinfl = ?");
        binds << compact;
        alternatives << QStringLiteral("c.case_ref = ?");
        binds << search.toUpper();
        if (const auto a = identifiers::normalizeANumber(search)) {
            alternatives << QStringLiteral("c.host_reference = ?");
            binds << *a;
        }
        const QStringList words = names::searchKey(search).split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty()) {
            QStringList wordConditions;
            for (const QString &w : words) {
                // names::matches() in SQL: the word matches at the start of any word of
                // the key, with o standing for a or u (GLOB is case-sensitive; keys are
                // lower-case ASCII).
                wordConditions << QStringLiteral("(' ' || p.search_key) GLOB ?");
                binds << names::searchKeyGlob(w);
            }
            alternatives << QStringLiteral("(") + wordConditions.join(QStringLiteral(" AND ")) +
                                QStringLiteral(")");
        }
        conditions << QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
                          QStringLiteral(")");
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool CaseQuery::sortsByPerson() const {
    switch (m_sort.column) {
    case CaseColumn::NameLatin:
    case CaseColumn::NameCyrillic:
    case CaseColumn::BirthDate:
    case CaseColumn::PassportNumber:
        return true;
    default:
        return false;
    }
}

QString CaseQuery::orderClause() const {
    // Each order is one index walk: the key, then the row id of the same table as the
    // tie-breaker (so SQLite needs no sort step), then the case id for people with several
    // cases.
    const bool asc = m_sort.order == Qt::AscendingOrder;
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (m_sort.column) {
    case CaseColumn::CaseRef:
        return QStringLiteral(" ORDER BY c.case_ref %1").arg(dir);
    case CaseColumn::NameLatin:
        key = QStringLiteral("p.name_latin_sort");
        break;
    case CaseColumn::NameCyrillic:
        key = QStringLiteral("p.name_cyrillic_sort");
        break;
    case CaseColumn::BirthDate:
        key = QStringLiteral("p.birth_date");
        break;
    case CaseColumn::PassportNumber:
        key = QStringLiteral("p.passport_number");
        break;
    case CaseColumn::Status:
        key = QStringLiteral("c.status_rank");
        break;
    case CaseColumn::OverstayDays:
        // More days since the stay ended means an earlier date; cases without a date last.
        return QStringLiteral(" ORDER BY c.authorized_until %1 NULLS LAST, c.id %2")
            .arg(asc ? QStringLiteral("DESC") : QStringLiteral("ASC"), dir);
    case CaseColumn::Facility:
        key = QStringLiteral("c.facility");
        break;
    case CaseColumn::UpdatedAt:
        key = QStringLiteral("c.updated_at");
        break;
    }
    if (sortsByPerson())
        return QStringLiteral(" ORDER BY %1 %2, p.id %2, c.id %2").arg(key, dir);
    return QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(key, dir);
}

Result<QList<CaseListRow>> CaseQuery::fetch(QSqlDatabase db, const QString &path, qint64 offset,
                                            qint64 limit) const {
    QVariantList binds;
    const QString where = whereClause(binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The window of case ids is chosen first, on the indexes alone; only its rows are then
    // joined with their persons. The person table joins the inner query only when the
    // search or the sort needs it.
    const bool innerJoinsPerson = sortsByPerson() || where.contains(QStringLiteral("p."));
    const QString order = orderClause();
    const QString sql =
        QStringLiteral("SELECT c.id, c.case_ref, p.surname, p.given_names, p.patronymic, "
                       "p.surname_cyrillic, p.given_names_cyrillic, p.patronymic_cyrillic, p.sex, "
                       "p.birth_date, p.passport_number, p.pinfl, c.host_reference, c.status, "
                       "c.authorized_until, c.authorized_ds, c.facility, c.updated_at "
                       "FROM (SELECT c.id AS id FROM return_case c") +
        (innerJoinsPerson ? QStringLiteral(" JOIN person p ON p.id = c.person_id") : QString()) +
        where + order +
        QStringLiteral(" LIMIT ? OFFSET ?) w JOIN return_case c ON c.id = w.id "
                       "JOIN person p ON p.id = c.person_id") +
        order;
    if (!q.prepare(sql))
        return Database::errorFromSql(q.lastError(), path);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit < 0 ? qint64(-1) : limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    QList<CaseListRow> rows;
    while (q.next()) {
        CaseListRow r;
        r.id = q.value(0).toLongLong();
        r.caseRef = q.value(1).toString();
        r.surname = q.value(2).toString();
        r.givenNames = q.value(3).toString();
        r.patronymic = q.value(4).toString();
        r.surnameCyrillic = q.value(5).toString();
        r.givenNamesCyrillic = q.value(6).toString();
        r.patronymicCyrillic = q.value(7).toString();
        r.sex = q.value(8).toString();
        r.birthDate = dates::fromIso(q.value(9).toString());
        r.passportNumber = q.value(10).toString();
        r.pinfl = q.value(11).toString();
        r.hostReference = q.value(12).toString();
        r.status =
            CaseStatusInfo::fromCode(q.value(13).toString()).value_or(CaseStatus::Registered);
        r.authorizedUntil = dates::fromIso(q.value(14).toString());
        r.durationOfStatus = q.value(15).toInt() != 0;
        r.facility = q.value(16).toString();
        r.updatedAt = dates::fromIsoDateTime(q.value(17).toString());
        rows << r;
    }
    if (q.lastError().isValid())
        return Database::errorFromSql(q.lastError(), path);
    return rows;
}

Result<qint64> CaseQuery::count(QSqlDatabase db, const QString &path) const {
    QVariantList binds;
    const QString where = whereClause(binds);
    QSqlQuery q(db);
    const QString sql = where.contains(QStringLiteral("p."))
                            ? QStringLiteral("SELECT count(*) FROM return_case c JOIN person p "
                                             "ON p.id = c.person_id") +
                                  where
                            : QStringLiteral("SELECT count(*) FROM return_case c") + where;
    if (!q.prepare(sql))
        return Database::errorFromSql(q.lastError(), path);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Database::errorFromSql(q.lastError(), path);
    return q.value(0).toLongLong();
}

} // namespace qaytish
