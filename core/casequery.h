#pragma once

#include "casestatus.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace qaytish {

// The columns of the register table, in display order. Each sorts by a stored, indexed
// key in SQL (never in the view).
enum class CaseColumn {
    CaseRef,
    NameLatin,
    NameCyrillic,
    BirthDate,
    PassportNumber,
    Status,
    OverstayDays,
    Facility,
    UpdatedAt,
};
inline constexpr int CaseColumnCount = 9;

struct CaseFilter {
    QString search; // names in any script or spelling, passport, PINFL,
                    // host reference or case reference
    std::optional<CaseStatus> status;

    bool operator==(const CaseFilter &) const = default;
};

struct CaseSort {
    CaseColumn column = CaseColumn::CaseRef;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CaseSort &) const = default;
};

// One row of the register listing: what the table and `list --json` show.
struct CaseListRow {
    qint64 id = 0;
    QString caseRef;
    QString surname, givenNames, patronymic;
    QString surnameCyrillic, givenNamesCyrillic, patronymicCyrillic;
    QString sex;
    QDate birthDate;
    QString passportNumber;
    QString pinfl;
    QString hostReference;
    CaseStatus status = CaseStatus::Registered;
    QDate authorizedUntil;
    bool durationOfStatus = false;
    QString facility;
    QDateTime updatedAt;

    QString fullNameLatin() const;
    QString fullNameCyrillic() const;
};

// Builds and runs the listing query: filter and sort in SQL, a window of rows by
// OFFSET/LIMIT on an indexed order. The same code serves the GUI table and the CLI.
//
// A name search goes one of two ways, chosen per query by how many persons the search index
// (person_search, resources/sql/004_search.sql) offers as candidates:
// - few (under IndexedCandidateLimit): the cases are picked from the index candidates and
//   from exact identifier matches, the exact GLOB is applied to the candidates only, and
//   only those rows are sorted;
// - many: the rows are walked in the order's index and tested one by one, so a page is
//   found after a few hundred or thousand rows and the walk stops at LIMIT.
// Either way the rows are exactly those of names::matches() and the identifier equalities.
class CaseQuery {
public:
    static constexpr int IndexedCandidateLimit = 4000;

    enum class Strategy {
        NoSearch,    // no search text: the order's index alone
        Indexed,     // candidates from the search index and the identifier indexes
        OrderedScan, // the order's index walked, each row tested
    };

    CaseQuery(CaseFilter filter, CaseSort sort);

    Result<QList<CaseListRow>> fetch(QSqlDatabase db, const QString &path, qint64 offset,
                                     qint64 limit) const;
    Result<qint64> count(QSqlDatabase db, const QString &path) const;
    // The way fetch() and count() take for this filter in this register.
    Result<Strategy> strategy(QSqlDatabase db, const QString &path) const;
    // SQLite's plan for fetch() (EXPLAIN QUERY PLAN, one step a line): for tests and
    // benchmarks that must show which index a query walks.
    Result<QString> explainFetch(QSqlDatabase db, const QString &path, qint64 offset,
                                 qint64 limit) const;
    // The same search as the register had before the search index: every row tested with
    // GLOB. Kept for the benchmark's baseline and for tests that compare the two.
    void forceStrategy(Strategy strategy) { m_forced = strategy; }

    const CaseFilter &filter() const { return m_filter; }
    const CaseSort &sort() const { return m_sort; }

private:
    struct Plan {
        Strategy strategy = Strategy::NoSearch;
        QString where;
        QVariantList binds;
        bool joinsPerson = false; // the WHERE clause refers to p.
    };
    Result<Plan> plan(QSqlDatabase db, const QString &path) const;
    Plan planFor(Strategy strategy) const;
    QString fetchSql(const Plan &plan) const;
    QString orderClause() const;
    bool sortsByPerson() const;

    CaseFilter m_filter;
    CaseSort m_sort;
    std::optional<Strategy> m_forced;
    // The strategy depends on the register's contents; one query object (a CLI listing,
    // one model page) keeps the first choice.
    mutable std::optional<Strategy> m_chosen;
};

} // namespace qaytish
