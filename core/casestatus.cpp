#include "casestatus.h"

namespace qaytish {

QList<CaseStatus> CaseStatusInfo::all() {
    return {CaseStatus::Registered,     CaseStatus::IdentityCheck, CaseStatus::IdentityConfirmed,
            CaseStatus::DocumentIssued, CaseStatus::OnReturnList,  CaseStatus::Returned,
            CaseStatus::Closed};
}

QString CaseStatusInfo::code(CaseStatus status) {
    switch (status) {
    case CaseStatus::Registered:
        return QStringLiteral("registered");
    case CaseStatus::IdentityCheck:
        return QStringLiteral("identity_check");
    case CaseStatus::IdentityConfirmed:
        return QStringLiteral("identity_confirmed");
    case CaseStatus::DocumentIssued:
        return QStringLiteral("document_issued");
    case CaseStatus::OnReturnList:
        return QStringLiteral("on_return_list");
    case CaseStatus::Returned:
        return QStringLiteral("returned");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<CaseStatus> CaseStatusInfo::fromCode(const QString &code) {
    for (CaseStatus s : all()) {
        if (CaseStatusInfo::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString CaseStatusInfo::displayName(CaseStatus status) {
    switch (status) {
    case CaseStatus::Registered:
        return tr("Registered");
    case CaseStatus::IdentityCheck:
        return tr("Identity check");
    case CaseStatus::IdentityConfirmed:
        return tr("Identity confirmed");
    case CaseStatus::DocumentIssued:
        return tr("Document issued");
    case CaseStatus::OnReturnList:
        return tr("On a return list");
    case CaseStatus::Returned:
        return tr("Returned");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

int CaseStatusInfo::rank(CaseStatus status) {
    return static_cast<int>(status);
}

} // namespace qaytish
