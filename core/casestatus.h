#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace qaytish {

// The workflow of a return case (DESIGN.md). The codes are a contract: they stand in the
// database and in JSON and are never translated.
enum class CaseStatus {
    Registered,
    IdentityCheck,
    IdentityConfirmed,
    DocumentIssued,
    OnReturnList,
    Returned,
    Closed,
};

class CaseStatusInfo {
    Q_DECLARE_TR_FUNCTIONS(CaseStatusInfo)
public:
    static QList<CaseStatus> all();
    static QString code(CaseStatus status);
    static std::optional<CaseStatus> fromCode(const QString &code);
    static QString displayName(CaseStatus status); // translated
    // Position in the workflow, used as the stored sort key of the status column.
    static int rank(CaseStatus status);
    static bool isOpen(CaseStatus status) {
        return status != CaseStatus::Returned && status != CaseStatus::Closed;
    }
};

} // namespace qaytish
