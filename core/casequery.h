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

// Sets of cases that the register window's dashboard counts (core/dashboard.h) and the
// table can show. The codes (CaseConditionInfo) are used on the command line and in JSON.
enum class CaseCondition {
    // In identity_check, with an identity request sent home more than
    // identityOverdueDays days ago and not answered yet.
    IdentityOverdue,
    // Open (neither returned nor closed), and the travel document's last valid day lies
    // within documentWindowDays days from today (today included). The travel document is
    // the case's valid Certificate of Return, else the passport (number and expiry
    // recorded), valid until its expiry plus passportMarginDays: as on return lists.
    DocumentExpiring,
    // A passenger (not taken off) of a return list that is a draft or final.
    OnOpenReturnList,
};

class CaseConditionInfo {
public:
    static QList<CaseCondition> all();
    static QString code(CaseCondition condition); // never translated
    static std::optional<CaseCondition> fromCode(const QString &code);
};

// What the conditions are measured against: the day and the mission's settings. A filter
// carries them, so that a figure and the rows shown for it are counted alike.
struct ConditionBasis {
    QDate today;
    int identityOverdueDays = 60;
    int documentWindowDays = 30;
    int passportMarginDays = 0;

    bool operator==(const ConditionBasis &) const = default;
};

struct CaseFilter {
    QString search; // names in any script or spelling, passport, PINFL,
                    // host reference or case reference
    std::optional<CaseStatus> status;
    std::optional<CaseCondition> condition = {};
    ConditionBasis basis = {}; // for the condition; ignored without one

    bool operator==(const CaseFilter &other) const {
        return search == other.search && status == other.status && condition == other.condition &&
               (!condition || basis == other.basis);
    }
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
    // How fetch() applies the status and the condition, chosen the same way by how many
    // cases they select (counted up to IndexedCandidateLimit on their own indexes): few,
    // Indexed (those cases are found and sorted); many, OrderedScan (each row is tested
    // while the order's index is walked, which stops at LIMIT). NoSearch when the filter
    // has neither. count() takes the indexes unless a strategy is forced.
    Result<Strategy> filterStrategy(QSqlDatabase db, const QString &path) const;
    void forceFilterStrategy(Strategy strategy) { m_forcedFilter = strategy; }

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
    Plan planFor(Strategy strategy, Strategy filterStrategy) const;
    // The status and condition terms, as an index lookup or as a test of each row.
    void addFilterTerms(bool tested, QStringList &conditions, QVariantList &binds) const;
    QString fetchSql(const Plan &plan) const;
    QString orderClause() const;
    bool sortsByPerson() const;

    CaseFilter m_filter;
    CaseSort m_sort;
    std::optional<Strategy> m_forced;
    std::optional<Strategy> m_forcedFilter;
    // The strategy depends on the register's contents; one query object (a CLI listing,
    // one model page) keeps the first choice.
    mutable std::optional<Strategy> m_chosen;
    mutable std::optional<Strategy> m_chosenFilter;
};

} // namespace qaytish
