#pragma once

#include "casequery.h"
#include "clock.h"
#include "database.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <variant>

namespace qaytish {

// One figure of the register window's dashboard: the cases in a status, or in a condition.
using DashboardFigure = std::variant<CaseStatus, CaseCondition>;

struct DashboardFigures {
    ConditionBasis basis;
    QList<std::pair<DashboardFigure, qint64>> counts; // in the order of Dashboard::figures()

    qint64 value(const DashboardFigure &figure) const; // -1 when not counted
};

// The dashboard's figures: cases by status, overdue identity checks, travel documents about
// to expire and passengers of open return lists (the conditions are defined at
// CaseCondition). Each figure is the count of the very filter that shows its cases in the
// table (filterFor()), so the two cannot disagree; every count walks an index.
class Dashboard {
public:
    // Every status in workflow order, then every condition.
    static QList<DashboardFigure> figures();
    // The day and the mission's settings the conditions are measured against.
    static Result<ConditionBasis> basis(const Database &db, const Clock &clock);
    // The filter of the table that shows exactly the cases of a figure.
    static CaseFilter filterFor(const DashboardFigure &figure, const ConditionBasis &basis);
    // Counts every figure in one read transaction (one snapshot of the register), on the
    // caller's connection: a reader thread's in the GUI.
    static Result<DashboardFigures> compute(QSqlDatabase db, const QString &path,
                                            const ConditionBasis &basis);
};

} // namespace qaytish
