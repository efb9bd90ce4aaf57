#pragma once

#include "core/casequery.h"
#include "core/caserecord.h"

#include <QJsonObject>

namespace qaytish::json {

// The stable, never translated JSON of the CLI (DESIGN.md, Contracts).
QJsonObject listRow(const CaseListRow &row, const QDate &today);
QJsonObject caseDetail(const CaseRecord &record, const QList<IdentityRequest> &requests,
                       const QList<Interview> &interviews, const QList<StatusChange> &history,
                       const QDate &today);

} // namespace qaytish::json
