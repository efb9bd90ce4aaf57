#include "subjectaccessexport.h"

#include "dialogs.h"
#include "language.h"

#include "documents/subjectaccesspdf.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

namespace qaytish {

QString SubjectAccessExport::actionText() {
    return tr("Export everything about this &person…");
}

bool SubjectAccessExport::run(QWidget *parent, const Database &db, const Clock &clock,
                              const Actor &actor, qint64 caseId, const QString &caseRef) {
    if (caseId <= 0)
        return false;
    const QString title = tr("Export everything about this person");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(caseRef + QStringLiteral(".pdf"));
    QString file = Dialogs::saveFileName(parent, title, suggested,
                                         tr("PDF report (%1)").arg(QStringLiteral("*.pdf")) +
                                             QStringLiteral(";;") +
                                             tr("JSON data (%1)").arg(QStringLiteral("*.json")));
    if (file.isEmpty())
        return false;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf"); // the first choice of the dialog
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s =
        documents::exportSubjectAccess(db, clock, actor, caseId, file, Language::current());
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        Dialogs::error(parent, title, s.error().message);
        return false;
    }
    Dialogs::inform(parent, title,
                    tr("Everything the register holds about the person of case %1 was written "
                       "to %2. The export is recorded in the audit trail.")
                        .arg(caseRef, QDir::toNativeSeparators(file)));
    return true;
}

} // namespace qaytish
