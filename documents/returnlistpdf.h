#pragma once

#include "core/missionsettings.h"
#include "core/result.h"
#include "core/returnlistexport.h"
#include "core/returnlists.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace qaytish::documents {

// What a return list document shows; the rows are cut to the output by ReturnListExport.
struct ReturnListPdfInput {
    ReturnList list;
    QList<ReturnListPassenger> passengers;
    QList<ReturnListEscort> escorts;
    MissionSettings mission;
    QString officer; // printed under the officer's signature line
};

struct ReturnListPdfOptions {
    ReturnListOutput output = ReturnListOutput::Manifest;
    QString language = QStringLiteral("en"); // en, ru, uz, uz-Cyrl (documentLanguages())
    QString paper = QStringLiteral("a4");    // a4 or letter
};

// A return list as a PDF, drawn with QPainter (no QTextDocument): A4 or Letter landscape,
// a title block (mission, flight, date, route) on the first page, the header row on every
// page, "page X of Y" (the whole document is laid out before anything is painted), the
// totals, the escorts and the signature lines of the officer and the head of mission. Every
// text is in the embedded document font, so that the PDF is the same on every machine and
// its text extracts exactly.
class ReturnListPdf {
public:
    static QPageLayout pageLayout(const QString &paper);
    // Paints on a paged device (a QPdfWriter, or the QPrinter of a print preview), whose page
    // layout it sets. Returns the number of pages.
    static int paint(const ReturnListPdfInput &input, const ReturnListPdfOptions &options,
                     QPagedPaintDevice *device);
    // Writes the PDF atomically: the file is complete or left as it was.
    static Status write(const ReturnListPdfInput &input, const ReturnListPdfOptions &options,
                        const QString &filePath);
    static bool isLanguage(const QString &language);
    static bool isPaper(const QString &paper);
};

} // namespace qaytish::documents
