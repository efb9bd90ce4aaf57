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
class CaseQuery {
public:
    CaseQuery(CaseFilter filter, CaseSort sort);

    Result<QList<CaseListRow>> fetch(QSqlDatabase db, const QString &path, qint64 offset,
                                     qint64 limit) const;
    Result<qint64> count(QSqlDatabase db, const QString &path) const;

    const CaseFilter &filter() const { return m_filter; }
    const CaseSort &sort() const { return m_sort; }

private:
    QString whereClause(QVariantList &binds) const;
    QString orderClause() const;
    bool sortsByPerson() const;

    CaseFilter m_filter;
    CaseSort m_sort;
};

} // namespace qaytish
