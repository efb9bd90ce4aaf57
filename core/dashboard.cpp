#include "dashboard.h"

#include "missionsettings.h"

namespace qaytish {

qint64 DashboardFigures::value(const DashboardFigure &figure) const {
    for (const auto &[f, n] : counts) {
        if (f == figure)
            return n;
    }
    return -1;
}

QList<DashboardFigure> Dashboard::figures() {
    QList<DashboardFigure> list;
    for (CaseStatus s : CaseStatusInfo::all())
        list << s;
    for (CaseCondition c : CaseConditionInfo::all())
        list << c;
    return list;
}

Result<ConditionBasis> Dashboard::basis(const Database &db, const Clock &clock) {
    Result<MissionSettings> settings = MissionSettingsStore(db, clock).load();
    if (!settings)
        return settings.error();
    ConditionBasis b;
    b.today = clock.today();
    b.identityOverdueDays = settings->identityOverdueDays;
    b.documentWindowDays = settings->documentExpiryWindowDays;
    b.passportMarginDays = settings->passportMarginDays;
    return b;
}

CaseFilter Dashboard::filterFor(const DashboardFigure &figure, const ConditionBasis &basis) {
    CaseFilter filter;
    if (const auto *status = std::get_if<CaseStatus>(&figure)) {
        filter.status = *status;
    } else {
        filter.condition = std::get<CaseCondition>(figure);
        filter.basis = basis;
    }
    return filter;
}

Result<DashboardFigures> Dashboard::compute(QSqlDatabase db, const QString &path,
                                            const ConditionBasis &basis) {
    // One snapshot: a write committed between two counts cannot make them disagree.
    if (!db.transaction())
        return Database::errorFromSql(db.lastError(), path);
    DashboardFigures figures;
    figures.basis = basis;
    for (const DashboardFigure &figure : Dashboard::figures()) {
        Result<qint64> n = CaseQuery(filterFor(figure, basis), CaseSort{}).count(db, path);
        if (!n) {
            db.rollback();
            return n.error();
        }
        figures.counts.append({figure, n.value()});
    }
    db.commit(); // a read transaction: nothing to keep, only the snapshot to release
    return figures;
}

} // namespace qaytish
