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
    // Where the row stands in the order it was read in (CaseQuery::fetchAfter and
    // fetchBefore start from it): the stored sort key and the person's id.
    QVariant sortKey;
    qint64 personId = 0;

    QString fullNameLatin() const;
    QString fullNameCyrillic() const;
};

// Builds and runs the listing query: filter and sort in SQL on an indexed order. The same
// code serves the GUI table, the CLI and the CSV export. Rows are read either by key
// (fetchAfter, fetchBefore: the rows next to a row already read, an index range whatever
// how deep it lies) or by position (fetch, fetchFromEnd: OFFSET, for a jump of the scroll
// bar, which the table does on a reader thread).
//
// A name search goes one of three ways, chosen per query by how many persons the search index
// (person_search, resources/sql/004_search.sql) offers as candidates:
// - few (under IndexedCandidateLimit): the cases are picked from the index candidates and
//   from exact identifier matches, the exact GLOB is applied to the candidates only, and
//   only those rows are sorted;
// - more (under ScanCandidateLimit): the rows are walked in the order's index; only the
//   persons among the candidates (a set SQLite builds once) are read and tested, so the walk
//   to a page of matches passes the others at the cost of a set lookup each;
// - many: the rows are walked in the order's index and tested one by one, so a page is
//   found after a few hundred or thousand rows and the walk stops at LIMIT.
// Either way the rows are exactly those of names::matches() and the identifier equalities.
class CaseQuery {
public:
    static constexpr int IndexedCandidateLimit = 4000;
    // The same limit when every typed word is in the index query (at most two words), so
    // that the candidates are nearly the matches (they differ only where o stands for a or
    // u): a walk of the order's index then meets a match every N / candidates rows, and at a
    // thousand candidates it finds a page sooner than reading each candidate's person and
    // case would. With more words the candidates can be many times the matches, and a walk
    // could pass the whole register before it has a page.
    static constexpr int ExactIndexedCandidateLimit = 1500;
    // Up to this many candidates, a walk of the order's index tests each row's person against
    // the index's candidates (a lookup in a set built once) before it reads the person.
    static constexpr int ScanCandidateLimit = 25000;

    enum class Strategy {
        NoSearch,      // no search text: the order's index alone
        Indexed,       // candidates from the search index and the identifier indexes
        CandidateScan, // the order's index walked; a row's person read only when it is a
                       // candidate of the search index or has a matching identifier
        OrderedScan,   // the order's index walked, each row's person read and tested
    };

    CaseQuery(CaseFilter filter, CaseSort sort);

    // `limit` rows from position `offset` (limit < 0: all of them).
    Result<QList<CaseListRow>> fetch(QSqlDatabase db, const QString &path, qint64 offset,
                                     qint64 limit) const;
    // The `limit` rows that end `offsetFromEnd` rows before the end of the order, in the
    // order's direction: OFFSET counted from the end, so a jump near the end of a long list
    // is as quick as one near its start.
    Result<QList<CaseListRow>> fetchFromEnd(QSqlDatabase db, const QString &path,
                                            qint64 offsetFromEnd, qint64 limit) const;
    // The `limit` rows that follow `after` in the order (nullptr: the first rows), by key:
    // an index range starting at the row's sort key, ids as tie-breakers.
    Result<QList<CaseListRow>> fetchAfter(QSqlDatabase db, const QString &path,
                                          const CaseListRow *after, qint64 limit) const;
    // The `limit` rows that precede `before` (nullptr: the last rows), in the order's
    // direction.
    Result<QList<CaseListRow>> fetchBefore(QSqlDatabase db, const QString &path,
                                           const CaseListRow *before, qint64 limit) const;
    Result<qint64> count(QSqlDatabase db, const QString &path) const;
    // The way the listing and count() take for the search in this register.
    Result<Strategy> strategy(QSqlDatabase db, const QString &path) const;
    // What SQLite makes of fetch(), one line each: the plan (EXPLAIN QUERY PLAN) or the
    // program's opcodes (EXPLAIN). For tests and benchmarks that must show which index a
    // query walks and that it stops at its LIMIT.
    enum class Explain { QueryPlan, Opcodes };
    Result<QString> explainFetch(QSqlDatabase db, const QString &path, qint64 offset, qint64 limit,
                                 Explain what = Explain::QueryPlan) const;
    // The same search as the register had before the search index: every row tested with
    // GLOB. Kept for the benchmark's baseline and for tests that compare the two.
    void forceStrategy(Strategy strategy) { m_forced = strategy; }
    // How the listing (fetch(), fetchFromEnd() and the walks by key, fetchAfter() and
    // fetchBefore()) applies the status and the condition, chosen the same way by how many
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
    // The order as SQL walks it: the stored key and its direction; ties are broken by the
    // person's id (person keys) and the case's id, in the same direction.
    struct Order {
        QString key;
        bool personKey = false; // a column of person: p.id breaks ties first
        bool unique = false;    // no ties (the case reference)
        bool nullable = false;  // rows without a key form a section of their own
        bool descending = false;
        bool nullsFirst = true;
    };
    // Rows without a sort key come first or last; a walk by key reads one section, then the
    // next.
    enum class Section { All, WithKey, WithoutKey };
    Result<Plan> plan(QSqlDatabase db, const QString &path) const;
    Plan planFor(Strategy strategy, Strategy filterStrategy) const;
    // The status and condition terms, as an index lookup or as a test of each row.
    void addFilterTerms(bool tested, QStringList &conditions, QVariantList &binds) const;
    // The search index's candidates as a subquery, its bind added to the plan.
    QString candidateSet(Plan &plan) const;
    Order order(bool reversed) const;
    QString orderClause(const Order &order) const;
    QString fetchSql(const Plan &plan, const Order &order, const QString &extra) const;
    bool sortsByPerson() const;
    Result<QList<CaseListRow>> run(QSqlDatabase db, const QString &path, const Plan &plan,
                                   const Order &order, const QString &extra,
                                   const QVariantList &extraBinds, qint64 offset,
                                   qint64 limit) const;
    Result<QList<CaseListRow>> walk(QSqlDatabase db, const QString &path, const CaseListRow *from,
                                    bool reversed, qint64 limit) const;

    CaseFilter m_filter;
    CaseSort m_sort;
    std::optional<Strategy> m_forced;
    std::optional<Strategy> m_forcedFilter;
    // The strategy depends on the register's contents; one query object (a CLI listing,
    // one model page) keeps the first choice.
    mutable std::optional<Strategy> m_chosen;
    mutable std::optional<Strategy> m_chosenFilter;
    // The candidates strategy() counted (a JSON array of person ids), under the limit.
    mutable std::optional<QString> m_candidates;
    // Whether the search text is a case reference or host reference of some case, found when
    // the indexed plan was chosen; when it is not, that plan selects cases by their persons
    // alone, on the index (person_id, case_ref), without reading a case row.
    mutable bool m_namesCase = true;
};

} // namespace qaytish
