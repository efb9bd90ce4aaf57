#pragma once

#include "core/actor.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/result.h"
#include "core/subjectaccess.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace qaytish::documents {

struct SubjectAccessPdfOptions {
    QString language = QStringLiteral("en"); // en, ru, uz, uz-Cyrl
    QString paper = QStringLiteral("a4");    // a4 or letter (the mission's setting)
    QString missionName;                     // printed above the title; may be empty
};

// The answer to a subject-access request as a readable report: title, the mission, every
// section of SubjectAccessReport with headings, the photo, "page X of Y" and "Made by <user>
// on <date>" on every page. Portrait; labels on the left, values wrapped on the right (a
// word wider than the column is broken, so nothing is clipped). Drawn with QPainter in the
// embedded document font without shaping, so that the text extracts exactly.
class SubjectAccessPdf {
public:
    // Paints on a paged device, whose page layout it sets; returns the number of pages.
    static int paint(const SubjectAccessReport &report, const SubjectAccessPdfOptions &options,
                     QPagedPaintDevice *device);
    static QByteArray render(const SubjectAccessReport &report,
                             const SubjectAccessPdfOptions &options);
};

// One entry point for the GUI and the CLI: gathers everything about the person of the case,
// writes it as PDF or JSON by the file's extension (.pdf, .json) and records the export in
// the audit trail (SubjectAccess::save). `language` is for the PDF ("en", "ru", "uz",
// "uz-Cyrl").
Status exportSubjectAccess(const Database &db, const Clock &clock, const Actor &reader,
                           qint64 caseId, const QString &filePath, const QString &language);

} // namespace qaytish::documents
