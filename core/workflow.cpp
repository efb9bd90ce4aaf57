#include "workflow.h"

namespace qaytish {

QList<CaseStatus> Workflow::targets(CaseStatus from) {
    switch (from) {
    case CaseStatus::Registered:
        return {CaseStatus::IdentityCheck, CaseStatus::OnReturnList, CaseStatus::Closed};
    case CaseStatus::IdentityCheck:
        return {CaseStatus::IdentityConfirmed, CaseStatus::OnReturnList, CaseStatus::Closed};
    case CaseStatus::IdentityConfirmed:
        return {CaseStatus::DocumentIssued, CaseStatus::OnReturnList, CaseStatus::Closed};
    case CaseStatus::DocumentIssued:
        return {CaseStatus::OnReturnList, CaseStatus::Closed};
    case CaseStatus::OnReturnList:
        return {CaseStatus::Returned, CaseStatus::DocumentIssued, CaseStatus::Closed};
    case CaseStatus::Returned:
        return {};
    case CaseStatus::Closed:
        return {CaseStatus::Registered};
    }
    return {};
}

QList<CaseStatus> Workflow::manualTargets(CaseStatus from) {
    QList<CaseStatus> out = targets(from);
    out.removeAll(CaseStatus::OnReturnList);
    return out;
}

bool Workflow::needsComment(CaseStatus from, CaseStatus to) {
    return to == CaseStatus::Closed || from == CaseStatus::Closed ||
           (from == CaseStatus::OnReturnList && to == CaseStatus::DocumentIssued);
}

Status Workflow::check(CaseStatus from, CaseStatus to, const QString &comment, const Facts &facts) {
    if (from == to)
        return Error::make(
            ErrorKind::BadInput,
            tr("The case is already in the status “%1”.").arg(CaseStatusInfo::displayName(to)),
            QStringLiteral("status"));
    if (!targets(from).contains(to)) {
        QStringList allowed;
        for (CaseStatus s : targets(from))
            allowed << CaseStatusInfo::displayName(s);
        const QString message =
            allowed.isEmpty()
                ? tr("A case in the status “%1” cannot change its status.")
                      .arg(CaseStatusInfo::displayName(from))
                : tr("A case cannot go from “%1” to “%2”. Possible next steps: %3.")
                      .arg(CaseStatusInfo::displayName(from), CaseStatusInfo::displayName(to),
                           allowed.join(QStringLiteral(", ")));
        return Error::make(ErrorKind::BadInput, message, QStringLiteral("status"));
    }
    if (to == CaseStatus::IdentityConfirmed && !facts.hasConfirmedReply)
        return Error::make(ErrorKind::BadInput,
                           tr("Identity can be confirmed only with a recorded reply from the "
                              "authorities at home that confirms it. Record the reply to the "
                              "identity request first."),
                           QStringLiteral("status"));
    if (to == CaseStatus::DocumentIssued && from == CaseStatus::IdentityConfirmed &&
        !facts.hasValidDocument)
        return Error::make(ErrorKind::BadInput,
                           tr("A case moves to “%1” with a travel document: issue a Certificate "
                              "of Return, or record a passport that is still valid.")
                               .arg(CaseStatusInfo::displayName(to)),
                           QStringLiteral("status"));
    if (to == CaseStatus::OnReturnList && !facts.throughReturnList)
        return Error::make(ErrorKind::BadInput,
                           tr("A case goes on a return list only when a return list with it is "
                              "finalised."),
                           QStringLiteral("status"));
    if (to == CaseStatus::OnReturnList && from != CaseStatus::DocumentIssued &&
        !facts.notIssuedOverridden)
        return Error::make(
            ErrorKind::BadInput,
            tr("The case is “%1”, not “%2”: it goes on the return list only when a consul "
               "overrides this warning with a reason.")
                .arg(CaseStatusInfo::displayName(from),
                     CaseStatusInfo::displayName(CaseStatus::DocumentIssued)),
            QStringLiteral("status"));
    if (needsComment(from, to) && comment.trimmed().isEmpty()) {
        const QString message =
            to == CaseStatus::Closed     ? tr("Give the reason for closing the case.")
            : from == CaseStatus::Closed ? tr("Give the reason for reopening the case.")
                                         : tr("Give the reason why the person did not travel.");
        return Error::make(ErrorKind::BadInput, message, QStringLiteral("comment"));
    }
    return {};
}

} // namespace qaytish
