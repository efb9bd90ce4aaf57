#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/database.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace qaytish {

// "Export everything about this person…", shared by the case editor and the main window:
// asks where to save (the file's extension chooses the format: .pdf, a report in the
// interface's language; .json, the data for another system), writes it through
// documents::exportSubjectAccess (which records the export in the audit trail) and says
// what happened. Returns true when the file was written.
class SubjectAccessExport {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessExport)
public:
    static bool run(QWidget *parent, const Database &db, const Clock &clock, const Actor &actor,
                    qint64 caseId, const QString &caseRef);
    static QString actionText(); // the menu's and the button's text
};

} // namespace qaytish
