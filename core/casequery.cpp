#include "casequery.h"

#include "database.h"
#include "dates.h"
#include "identifiers.h"
#include "names.h"

#include <QSqlQuery>

#include <algorithm>

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

namespace {

QStringList searchWords(const QString &search) {
    return names::searchKey(search).split(u' ', Qt::SkipEmptyParts);
}

// The index query for the typed words: the skeletons of the two longest words as
// prefixes, both required (FTS5 query syntax; the words hold only a-z and 0-9, so quoting
// them is enough). The exact GLOB tests every word on the candidates anyway; a short or
// very common word (o, oʻgʻli, Temur) would only make FTS5 merge the doclists of half the
// register first (0.1 to 0.6 s at a million cases), while long words are the selective ones.
constexpr qsizetype MatchedWords = 2;

QString matchExpression(QStringList words) {
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList terms;
    for (const QString &w : words.mid(0, MatchedWords))
        terms << QStringLiteral("\"%1\"*").arg(names::searchSkeleton(w));
    return terms.join(QStringLiteral(" AND "));
}

// The condition as SQL on the case `c`, its values appended to `binds`, in one of two forms
// that select the same cases:
// - indexed: a set of case ids from an index of its own (resources/sql/005_dashboard.sql),
//   so that a count reads only the cases concerned and a page of a few sorts only those;
// - tested: the same test on one case at a time (EXISTS on the case's own rows, the status
//   with a unary + so that SQLite cannot take its index), for a walk along the order's
//   index that stops at LIMIT when the condition holds for many cases.
// tst_dashboard compares the two forms row by row.
QString conditionSql(CaseCondition condition, const ConditionBasis &basis, bool tested,
                     QVariantList &binds) {
    const QDate today = basis.today;
    const QString rank =
        tested ? QStringLiteral("+c.status_rank") : QStringLiteral("c.status_rank");
    switch (condition) {
    case CaseCondition::IdentityOverdue: {
        // Waiting longer than the setting: sent before today minus that many days.
        binds << CaseStatusInfo::rank(CaseStatus::IdentityCheck)
              << dates::toIso(today.addDays(-basis.identityOverdueDays));
        const QString waiting =
            QStringLiteral("FROM identity_request r WHERE r.reply_result = '' AND r.out_date < ?");
        if (tested)
            return QStringLiteral("(%1 = ? AND EXISTS (SELECT 1 %2 AND r.case_id = c.id))")
                .arg(rank, waiting);
        return QStringLiteral("(%1 = ? AND c.id IN (SELECT r.case_id %2))").arg(rank, waiting);
    }
    case CaseCondition::DocumentExpiring: {
        const QDate last = today.addDays(basis.documentWindowDays);
        binds << CaseStatusInfo::rank(CaseStatus::Returned)
              << CaseStatusInfo::rank(CaseStatus::Closed) << dates::toIso(today)
              << dates::toIso(last) << dates::toIso(today.addDays(-basis.passportMarginDays))
              << dates::toIso(last.addDays(-basis.passportMarginDays));
        // The travel document as on return lists: the valid certificate, else the passport.
        if (tested)
            return rank + QStringLiteral(
                              " NOT IN (?, ?) AND (EXISTS (SELECT 1 FROM certificate ce WHERE "
                              "ce.case_id = c.id AND ce.status = 'valid' AND ce.valid_until "
                              "BETWEEN ? AND ?) OR (EXISTS (SELECT 1 FROM person p3 WHERE p3.id = "
                              "c.person_id AND p3.passport_expiry_date BETWEEN ? AND ? AND "
                              "p3.passport_number <> '') AND NOT EXISTS (SELECT 1 FROM certificate "
                              "ce3 WHERE ce3.case_id = c.id AND ce3.status = 'valid')))");
        return rank + QStringLiteral(
                          " NOT IN (?, ?) AND c.id IN (SELECT ce.case_id FROM certificate ce WHERE "
                          "ce.status = 'valid' AND ce.valid_until BETWEEN ? AND ? UNION ALL "
                          "SELECT c3.id FROM person p3 JOIN return_case c3 ON c3.person_id = p3.id "
                          "WHERE p3.passport_expiry_date BETWEEN ? AND ? AND p3.passport_number <> "
                          "'' AND NOT EXISTS (SELECT 1 FROM certificate ce3 WHERE ce3.case_id = "
                          "c3.id AND ce3.status = 'valid'))");
    }
    case CaseCondition::OnOpenReturnList: {
        const QString onList = QStringLiteral(
            "FROM return_list_passenger lp JOIN return_list l ON l.id = lp.list_id WHERE "
            "lp.removed = 0 AND l.status IN ('draft', 'final')");
        if (tested)
            return QStringLiteral("EXISTS (SELECT 1 %1 AND lp.case_id = c.id)").arg(onList);
        return QStringLiteral("c.id IN (SELECT lp.case_id %1)").arg(onList);
    }
    }
    return {};
}

} // namespace

QList<CaseCondition> CaseConditionInfo::all() {
    return {CaseCondition::IdentityOverdue, CaseCondition::DocumentExpiring,
            CaseCondition::OnOpenReturnList};
}

QString CaseConditionInfo::code(CaseCondition condition) {
    switch (condition) {
    case CaseCondition::IdentityOverdue:
        return QStringLiteral("identity_overdue");
    case CaseCondition::DocumentExpiring:
        return QStringLiteral("document_expiring");
    case CaseCondition::OnOpenReturnList:
        return QStringLiteral("on_open_return_list");
    }
    return {};
}

std::optional<CaseCondition> CaseConditionInfo::fromCode(const QString &code) {
    for (CaseCondition c : all()) {
        if (CaseConditionInfo::code(c) == code)
            return c;
    }
    return std::nullopt;
}

Result<CaseQuery::Strategy> CaseQuery::strategy(QSqlDatabase db, const QString &path) const {
    if (m_forced)
        return *m_forced;
    if (m_chosen)
        return *m_chosen;
    const QString search = m_filter.search.simplified();
    Strategy chosen = Strategy::Indexed;
    if (search.isEmpty()) {
        chosen = Strategy::NoSearch;
    } else if (const QStringList words = searchWords(search); !words.isEmpty()) {
        // How many persons the index offers, counted only up to the limit: the prefix
        // index and the doclists make this a few milliseconds however common the words.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The candidates come back too, as one JSON array (built by SQLite, not row by row
        // through Qt), so that the listing's statement reads them with json_each() instead of
        // asking the index again.
        if (!q.prepare(QStringLiteral("SELECT count(*), json_group_array(rowid) FROM (SELECT "
                                      "rowid FROM person_search WHERE person_search MATCH ? "
                                      "LIMIT ?)")))
            return Database::errorFromSql(q.lastError(), path);
        q.addBindValue(matchExpression(words));
        q.addBindValue(ScanCandidateLimit);
        if (!q.exec() || !q.next())
            return Database::errorFromSql(q.lastError(), path);
        const qint64 candidates = q.value(0).toLongLong();
        m_candidates = q.value(1).toString();
        if (candidates < IndexedCandidateLimit) {
            // Does the text name a case itself (its reference, the host country's number)?
            QSqlQuery ref(db);
            ref.setForwardOnly(true);
            const std::optional<QString> aNumber = identifiers::normalizeANumber(search);
            // (Only a text that reads as a host reference is looked up as one: many cases
            // have none, stored as '', which an empty text would find.)
            if (!ref.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM return_case WHERE "
                                            "case_ref = ?) OR (? AND EXISTS (SELECT 1 FROM "
                                            "return_case WHERE host_reference = ?))")))
                return Database::errorFromSql(ref.lastError(), path);
            ref.addBindValue(search.toUpper());
            ref.addBindValue(aNumber.has_value());
            ref.addBindValue(aNumber.value_or(QString()));
            if (!ref.exec() || !ref.next())
                return Database::errorFromSql(ref.lastError(), path);
            m_namesCase = ref.value(0).toBool();
        }
        if (candidates >= ScanCandidateLimit)
            chosen = Strategy::OrderedScan;
        else if (candidates >= (words.size() <= MatchedWords ? ExactIndexedCandidateLimit
                                                             : IndexedCandidateLimit))
            chosen = Strategy::CandidateScan;
    }
    m_chosen = chosen;
    return chosen;
}

Result<CaseQuery::Strategy> CaseQuery::filterStrategy(QSqlDatabase db, const QString &path) const {
    if (!m_filter.status && !m_filter.condition)
        return Strategy::NoSearch;
    if (m_forcedFilter)
        return *m_forcedFilter;
    if (m_chosenFilter)
        return *m_chosenFilter;
    // Counted up to the limit through the terms' own indexes: a few milliseconds, however
    // many cases they select.
    QStringList conditions;
    QVariantList binds;
    addFilterTerms(false, conditions, binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM return_case c WHERE ") +
                   conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT ?)")))
        return Database::errorFromSql(q.lastError(), path);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(IndexedCandidateLimit);
    if (!q.exec() || !q.next())
        return Database::errorFromSql(q.lastError(), path);
    m_chosenFilter = q.value(0).toLongLong() >= IndexedCandidateLimit ? Strategy::OrderedScan
                                                                      : Strategy::Indexed;
    return *m_chosenFilter;
}

void CaseQuery::addFilterTerms(bool tested, QStringList &conditions, QVariantList &binds) const {
    if (m_filter.status) {
        conditions << (tested ? QStringLiteral("+c.status_rank = ?")
                              : QStringLiteral("c.status_rank = ?"));
        binds << CaseStatusInfo::rank(*m_filter.status);
    }
    if (m_filter.condition)
        conditions << conditionSql(*m_filter.condition, m_filter.basis, tested, binds);
}

Result<CaseQuery::Plan> CaseQuery::plan(QSqlDatabase db, const QString &path) const {
    Result<Strategy> s = strategy(db, path);
    if (!s)
        return s.error();
    Result<Strategy> f = filterStrategy(db, path);
    if (!f)
        return f.error();
    return planFor(s.value(), f.value());
}

CaseQuery::Plan CaseQuery::planFor(Strategy strategy, Strategy filterStrategy) const {
    Plan plan;
    plan.strategy = strategy;
    QStringList conditions;
    addFilterTerms(filterStrategy == Strategy::OrderedScan, conditions, plan.binds);
    const QString search = m_filter.search.simplified();
    if (!search.isEmpty()) {
        // Identifiers match exactly (indexed); names match word by word on the search key,
        // whichever script, spelling or apostrophe was typed.
        const QString compact = search.toUpper().remove(u' ').remove(u'-');
        const std::optional<QString> aNumber = identifiers::normalizeANumber(search);
        const QStringList words = searchWords(search);
        // names::matches() in SQL: each word matches at the start of any word of the key,
        // with o standing for a or u (GLOB is case-sensitive; keys are lower-case ASCII).
        auto nameGlobs = [&](const QString &person) {
            QStringList globs;
            for (const QString &w : words) {
                globs << QStringLiteral("(' ' || %1.search_key) GLOB ?").arg(person);
                plan.binds << names::searchKeyGlob(w);
            }
            return globs.join(QStringLiteral(" AND "));
        };
        if (strategy == Strategy::CandidateScan) {
            // Every test depends on the case row alone, so SQLite runs it as it walks the
            // order's index, before any person is read: the identifiers and the search
            // index's candidates are sets built once (the + keeps SQLite from reading them as
            // indexes to sort afterwards), and the exact GLOB reads a person only when it is
            // a candidate.
            QStringList alternatives;
            alternatives << QStringLiteral("+c.case_ref = ?");
            plan.binds << search.toUpper();
            if (aNumber) {
                alternatives << QStringLiteral("+c.host_reference = ?");
                plan.binds << *aNumber;
            }
            alternatives << QStringLiteral(
                "+c.person_id IN (SELECT id FROM person WHERE passport_number = ? "
                "UNION ALL SELECT id FROM person WHERE pinfl = ?)");
            plan.binds << identifiers::normalizePassportNumber(search) << compact;
            if (!words.isEmpty()) {
                QString names = QStringLiteral("(+c.person_id IN (") + candidateSet(plan) +
                                QStringLiteral(") AND EXISTS (SELECT 1 FROM person px WHERE "
                                               "px.id = c.person_id AND ");
                names += nameGlobs(QStringLiteral("px")) + QStringLiteral("))");
                alternatives << names;
            }
            conditions << QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
                              QStringLiteral(")");
        } else if (strategy == Strategy::OrderedScan) {
            QStringList alternatives;
            alternatives << QStringLiteral("p.passport_number = ?");
            plan.binds << identifiers::normalizePassportNumber(search);
            alternatives << QStringLiteral("p.pinfl = ?");
            plan.binds << compact;
            alternatives << QStringLiteral("c.case_ref = ?");
            plan.binds << search.toUpper();
            if (aNumber) {
                alternatives << QStringLiteral("c.host_reference = ?");
                plan.binds << *aNumber;
            }
            if (!words.isEmpty())
                alternatives << QStringLiteral("(") + nameGlobs(QStringLiteral("p")) +
                                    QStringLiteral(")");
            conditions << QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) +
                              QStringLiteral(")");
            plan.joinsPerson = true;
        } else if (!m_namesCase) {
            // No case has the text as its reference: the cases of the persons found, read
            // from the index (person_id, case_ref) alone.
            QStringList parts;
            parts << QStringLiteral("SELECT id FROM person WHERE passport_number = ?");
            plan.binds << identifiers::normalizePassportNumber(search);
            parts << QStringLiteral("SELECT id FROM person WHERE pinfl = ?");
            plan.binds << compact;
            if (!words.isEmpty()) {
                QString names = QStringLiteral("SELECT p2.id FROM person p2 WHERE p2.id IN (") +
                                candidateSet(plan) + QStringLiteral(") AND ");
                names += nameGlobs(QStringLiteral("p2"));
                parts << names;
            }
            conditions << QStringLiteral("c.person_id IN (") +
                              parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(")");
        } else {
            // One indexed lookup per kind of match, united into a set of case ids.
            const QString byPerson =
                QStringLiteral("SELECT c2.id FROM person p2 JOIN return_case c2 "
                               "ON c2.person_id = p2.id WHERE ");
            QStringList parts;
            parts << QStringLiteral("SELECT id FROM return_case WHERE case_ref = ?");
            plan.binds << search.toUpper();
            if (aNumber) {
                parts << QStringLiteral("SELECT id FROM return_case WHERE host_reference = ?");
                plan.binds << *aNumber;
            }
            parts << byPerson + QStringLiteral("p2.passport_number = ?");
            plan.binds << identifiers::normalizePassportNumber(search);
            parts << byPerson + QStringLiteral("p2.pinfl = ?");
            plan.binds << compact;
            if (!words.isEmpty()) {
                QString names = byPerson + QStringLiteral("p2.id IN (") + candidateSet(plan) +
                                QStringLiteral(") AND ");
                names += nameGlobs(QStringLiteral("p2"));
                parts << names;
            }
            conditions << QStringLiteral("c.id IN (") + parts.join(QStringLiteral(" UNION ALL ")) +
                              QStringLiteral(")");
        }
    }
    if (!conditions.isEmpty())
        plan.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return plan;
}

QString CaseQuery::candidateSet(Plan &plan) const {
    // The candidates strategy() read, when it read them (not when a strategy was forced).
    if (m_candidates) {
        plan.binds << *m_candidates;
        return QStringLiteral("SELECT value FROM json_each(?)");
    }
    plan.binds << matchExpression(searchWords(m_filter.search.simplified()));
    return QStringLiteral("SELECT rowid FROM person_search WHERE person_search MATCH ?");
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

CaseQuery::Order CaseQuery::order(bool reversed) const {
    Order o;
    o.descending = m_sort.order == Qt::DescendingOrder;
    switch (m_sort.column) {
    case CaseColumn::CaseRef:
        o.key = QStringLiteral("c.case_ref");
        o.unique = true;
        break;
    case CaseColumn::NameLatin:
        o.key = QStringLiteral("p.name_latin_sort");
        break;
    case CaseColumn::NameCyrillic:
        o.key = QStringLiteral("p.name_cyrillic_sort");
        break;
    case CaseColumn::BirthDate:
        o.key = QStringLiteral("p.birth_date");
        o.nullable = true;
        break;
    case CaseColumn::PassportNumber:
        o.key = QStringLiteral("p.passport_number");
        break;
    case CaseColumn::Status:
        o.key = QStringLiteral("c.status_rank");
        break;
    case CaseColumn::OverstayDays:
        // More days since the stay ended means an earlier date; cases without a date last.
        o.key = QStringLiteral("c.authorized_until");
        o.nullable = true;
        o.descending = !o.descending;
        break;
    case CaseColumn::Facility:
        o.key = QStringLiteral("c.facility");
        break;
    case CaseColumn::UpdatedAt:
        o.key = QStringLiteral("c.updated_at");
        break;
    }
    o.personKey = sortsByPerson();
    // SQLite's own place for NULL (first ascending, last descending), except that cases
    // without a date come last in both directions of the overstay.
    o.nullsFirst = m_sort.column == CaseColumn::OverstayDays ? false : !o.descending;
    if (reversed) {
        o.descending = !o.descending;
        o.nullsFirst = !o.nullsFirst;
    }
    return o;
}

QString CaseQuery::orderClause(const Order &o) const {
    // Each order is one index walk: the key, then the row id of the same table as the
    // tie-breaker (so SQLite needs no sort step), then the case id for people with several
    // cases.
    const QString dir = o.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString clause = QStringLiteral(" ORDER BY ") + o.key + dir;
    if (o.nullable && o.nullsFirst == o.descending) // not SQLite's own place for NULL
        clause += o.nullsFirst ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    if (o.personKey)
        clause += QStringLiteral(", p.id") + dir;
    if (!o.unique)
        clause += QStringLiteral(", c.id") + dir;
    return clause;
}

QString CaseQuery::fetchSql(const Plan &plan, const Order &o, const QString &extra) const {
    // The window of case ids is chosen first, on the indexes alone; only its rows are then
    // joined with their persons. The person table joins the inner query only when the
    // search or the sort needs it.
    const bool innerJoinsPerson = sortsByPerson() || plan.joinsPerson;
    QString where = plan.where;
    if (!extra.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + extra;
    const QString order = orderClause(o);
    return QStringLiteral("SELECT c.id, c.case_ref, p.surname, p.given_names, p.patronymic, "
                          "p.surname_cyrillic, p.given_names_cyrillic, p.patronymic_cyrillic, "
                          "p.sex, p.birth_date, p.passport_number, p.pinfl, c.host_reference, "
                          "c.status, c.authorized_until, c.authorized_ds, c.facility, "
                          "c.updated_at, ") +
           o.key + QStringLiteral(", p.id FROM (SELECT c.id AS id FROM return_case c") +
           (innerJoinsPerson ? QStringLiteral(" JOIN person p ON p.id = c.person_id") : QString()) +
           where + order +
           QStringLiteral(" LIMIT ? OFFSET ?) w JOIN return_case c ON c.id = w.id "
                          "JOIN person p ON p.id = c.person_id") +
           order;
}

Result<QString> CaseQuery::explainFetch(QSqlDatabase db, const QString &path, qint64 offset,
                                        qint64 limit, Explain what) const {
    Result<Plan> p = plan(db, path);
    if (!p)
        return p.error();
    QSqlQuery q(db);
    const bool opcodes = what == Explain::Opcodes;
    if (!q.prepare((opcodes ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) +
                   fetchSql(p.value(), order(false), {})))
        return Database::errorFromSql(q.lastError(), path);
    for (const QVariant &b : std::as_const(p->binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Database::errorFromSql(q.lastError(), path);
    QStringList steps;
    while (q.next())
        steps << q.value(opcodes ? 1 : 3).toString();
    return steps.join(u'\n');
}

Result<QList<CaseListRow>> CaseQuery::run(QSqlDatabase db, const QString &path, const Plan &plan,
                                          const Order &o, const QString &extra,
                                          const QVariantList &extraBinds, qint64 offset,
                                          qint64 limit) const {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(fetchSql(plan, o, extra)))
        return Database::errorFromSql(q.lastError(), path);
    for (const QVariant &b : std::as_const(plan.binds))
        q.addBindValue(b);
    for (const QVariant &b : extraBinds)
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
        r.sortKey = q.value(18);
        r.personId = q.value(19).toLongLong();
        rows << r;
    }
    if (q.lastError().isValid())
        return Database::errorFromSql(q.lastError(), path);
    return rows;
}

Result<QList<CaseListRow>> CaseQuery::fetch(QSqlDatabase db, const QString &path, qint64 offset,
                                            qint64 limit) const {
    Result<Plan> p = plan(db, path);
    if (!p)
        return p.error();
    return run(db, path, p.value(), order(false), {}, {}, offset, limit);
}

Result<QList<CaseListRow>> CaseQuery::fetchFromEnd(QSqlDatabase db, const QString &path,
                                                   qint64 offsetFromEnd, qint64 limit) const {
    Result<Plan> p = plan(db, path);
    if (!p)
        return p.error();
    Result<QList<CaseListRow>> rows =
        run(db, path, p.value(), order(true), {}, {}, offsetFromEnd, limit);
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

Result<QList<CaseListRow>> CaseQuery::fetchAfter(QSqlDatabase db, const QString &path,
                                                 const CaseListRow *after, qint64 limit) const {
    return walk(db, path, after, false, limit);
}

Result<QList<CaseListRow>> CaseQuery::fetchBefore(QSqlDatabase db, const QString &path,
                                                  const CaseListRow *before, qint64 limit) const {
    Result<QList<CaseListRow>> rows = walk(db, path, before, true, limit);
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

Result<QList<CaseListRow>> CaseQuery::walk(QSqlDatabase db, const QString &path,
                                           const CaseListRow *from, bool reversed,
                                           qint64 limit) const {
    Result<Plan> p = plan(db, path);
    if (!p)
        return p.error();
    const Order o = order(reversed);
    // Rows without a key (NULL) cannot be compared with a row value: they are a section of
    // their own, before or after the others, read with `key IS NULL` and the ids alone. A
    // walk reads the rest of the section it starts in, then the next one from its start;
    // each part is one index range, and the plain ORDER BY of a section needs no NULLS
    // clause (which an index cannot serve).
    QList<Section> sections{Section::All};
    if (o.nullable)
        sections = o.nullsFirst ? QList<Section>{Section::WithoutKey, Section::WithKey}
                                : QList<Section>{Section::WithKey, Section::WithoutKey};
    qsizetype next = 0;
    if (from && o.nullable)
        next = sections.indexOf(from->sortKey.isNull() ? Section::WithoutKey : Section::WithKey);
    const QString op = o.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString opOrEqual = op + u'=';
    Order plain = o;
    plain.nullable = false; // no NULLS clause within a section
    QList<CaseListRow> rows;
    for (bool first = true; next < sections.size(); ++next, first = false) {
        const Section section = sections.at(next);
        QStringList conditions;
        QVariantList binds;
        if (section == Section::WithoutKey)
            conditions << o.key + QStringLiteral(" IS NULL");
        else if (section == Section::WithKey && !(first && from))
            conditions << o.key + QStringLiteral(" IS NOT NULL");
        if (first && from) {
            // Past the row: a range on the order's index (key, then the row id of the key's
            // table), then the case id for a person with several cases.
            const bool withKey = section != Section::WithoutKey;
            const QString head = o.personKey ? QStringLiteral("p.id") : QStringLiteral("c.id");
            const qint64 headId = o.personKey ? from->personId : from->id;
            if (o.unique) {
                conditions << o.key + u' ' + op + QStringLiteral(" ?");
                binds << from->sortKey;
            } else if (withKey && !o.personKey) {
                conditions << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(o.key, op);
                binds << from->sortKey << from->id;
            } else if (withKey) {
                conditions << QStringLiteral("(%1, p.id) %2 (?, ?) AND ((%1, p.id) %3 (?, ?) "
                                             "OR c.id %3 ?)")
                                  .arg(o.key, opOrEqual, op);
                binds << from->sortKey << from->personId << from->sortKey << from->personId
                      << from->id;
            } else if (!o.personKey) {
                conditions << QStringLiteral("c.id %1 ?").arg(op);
                binds << from->id;
            } else {
                conditions << QStringLiteral("%1 %2 ? AND (%1 %3 ? OR c.id %3 ?)")
                                  .arg(head, opOrEqual, op);
                binds << headId << headId << from->id;
            }
        }
        const qint64 want = limit < 0 ? -1 : limit - rows.size();
        Result<QList<CaseListRow>> part = run(
            db, path, p.value(), plain, conditions.join(QStringLiteral(" AND ")), binds, 0, want);
        if (!part)
            return part.error();
        rows += part.value();
        if (limit >= 0 && rows.size() >= limit)
            break;
    }
    return rows;
}

Result<qint64> CaseQuery::count(QSqlDatabase db, const QString &path) const {
    // Counting reads every match anyway: the status and the condition from their indexes
    // (unless a benchmark forces the row-by-row test for its baseline).
    Result<Strategy> s = strategy(db, path);
    if (!s)
        return s.error();
    const bool filtered = m_filter.status || m_filter.condition;
    const Plan p =
        planFor(s.value(), filtered && m_forcedFilter ? *m_forcedFilter : Strategy::Indexed);
    QSqlQuery q(db);
    const QString sql = (p.joinsPerson ? QStringLiteral("SELECT count(*) FROM return_case c "
                                                        "JOIN person p ON p.id = c.person_id")
                                       : QStringLiteral("SELECT count(*) FROM return_case c")) +
                        p.where;
    if (!q.prepare(sql))
        return Database::errorFromSql(q.lastError(), path);
    for (const QVariant &b : std::as_const(p.binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Database::errorFromSql(q.lastError(), path);
    return q.value(0).toLongLong();
}

} // namespace qaytish
