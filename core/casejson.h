#pragma once

#include "casequery.h"
#include "caserecord.h"

#include <QJsonObject>
#include <QJsonValue>

namespace qaytish::json {

// The stable, never translated JSON of a case (DESIGN.md, Contracts): the CLI's `list
// --json` and `show --json`, and the subject-access export (core/subjectaccess.h), which
// gives every case of a person as `show --json` does and adds to it. The keys are the
// stored columns, so that the register and its JSON share one list of fields.
QJsonObject listRow(const CaseListRow &row, const QDate &today);
QJsonObject caseDetail(const CaseRecord &record, const QList<IdentityRequest> &requests,
                       const QList<Interview> &interviews, const QList<StatusChange> &history,
                       const QDate &today);
// The person's own fields (the columns of `person`, without the derived sort and search
// keys), with the person's id and uuid.
QJsonObject person(const PersonRecord &person);

// Values as the case JSON writes them: ISO dates and UTC date-times, null when not set.
QJsonValue date(const QDate &d);
QJsonValue dateTime(const QDateTime &dt);
// Empty text as null (codes not set yet).
QJsonValue codeOrNull(const QString &code);

} // namespace qaytish::json
