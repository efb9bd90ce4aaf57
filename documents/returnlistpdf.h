#pragma once

#include "core/database.h"
#include "core/exportlog.h"
#include "core/missionsettings.h"
#include "core/result.h"
#include "core/returnlistexport.h"
#include "core/returnlists.h"

#include <QPageLayout>

class QIODevice;
class QPagedPaintDevice;

namespace qaytish::documents {

// What a return list document shows; the rows are cut to the output by ReturnListExport.
struct ReturnListPdfInput {
    ReturnList list;
    QList<ReturnListPassenger> passengers;
    QList<ReturnListEscort> escorts;
    MissionSettings mission;
    QString officer;   // printed under the officer's signature line
    ExportStamp stamp; // who made the document and when, at the foot of every page
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
    // The list as the register holds it, made by the stamp's user (who also signs as the
    // consular officer).
    static Result<ReturnListPdfInput> input(const Database &db, const Clock &clock, qint64 listId,
                                            const ExportStamp &stamp);
    // Saves the list as a PDF file and records the export (ExportLog: the file and its audit
    // entry, or neither). Returns the passengers it lists.
    static Result<qint64> save(const Database &db, const Clock &clock, const Actor &actor,
                               qint64 listId, const ReturnListPdfOptions &options,
                               const QString &filePath);
    // What a file or printout of the list is recorded as.
    static ExportRecord exportRecord(qint64 listId, const ReturnListPdfOptions &options);
    // The document's languages as recorded: "uz+ru", "ru+uz", "uz-Cyrl+ru", "en".
    static QString languages(const QString &language);
    // Writes the PDF into a device; returns the passengers it lists.
    static Result<qint64> write(const ReturnListPdfInput &input,
                                const ReturnListPdfOptions &options, QIODevice &device);
    static bool isLanguage(const QString &language);
    static bool isPaper(const QString &paper);
};

} // namespace qaytish::documents
