#pragma once

#include "casestatus.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace qaytish {

// The rules of the status workflow (DESIGN.md, Domain). They live here, not in the UI:
//   registered -> identity_check -> identity_confirmed -> document_issued
//   -> on_return_list -> returned, and closed (with a reason) from any open state.
// identity_confirmed needs a recorded reply "confirmed" to a logged identity request;
// a passenger who did not board goes back from on_return_list to document_issued (with a
// reason); a closed case may be reopened (with a reason) as registered.
// A case goes on_return_list only when a return list with it is finalised: from
// document_issued, or from an earlier open state when a consul overrode the list's warning
// "document not yet issued" (ReturnListRepository).
class Workflow {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    struct Facts {
        bool hasConfirmedReply = false;
        // A travel document for the journey: a valid Certificate of Return, or a passport
        // whose expiry (plus the mission's passport margin) is not past.
        bool hasValidDocument = false;
        bool throughReturnList = false;   // a return list with the case is being finalised
        bool notIssuedOverridden = false; // ... and its "not document_issued" was overridden
    };

    // The states reachable from `from` by the structure of the workflow alone.
    static QList<CaseStatus> targets(CaseStatus from);
    // Whether the step is allowed, with a translated reason when not.
    static Status check(CaseStatus from, CaseStatus to, const QString &comment, const Facts &facts);
    // The steps an officer may take by hand (the status dialog): targets() without the ones
    // that only a return list takes.
    static QList<CaseStatus> manualTargets(CaseStatus from);
    // Steps that need a comment (the reason).
    static bool needsComment(CaseStatus from, CaseStatus to);
};

} // namespace qaytish
