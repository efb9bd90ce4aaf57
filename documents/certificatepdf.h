#pragma once

#include "core/certificates.h"
#include "core/exportlog.h"
#include "core/missionsettings.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>

class QIODevice;
class QPainter;

namespace qaytish::documents {

// The Certificate of Return as a one-page PDF (A4 or Letter, from the mission settings),
// drawn with QPainter in the embedded document font. Its texts are in Uzbek (Latin) and
// Russian, and in English when the mission settings say so; they are the document's own
// languages, not the officer's, so they are not translated with the interface.
class CertificatePdf {
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)
public:
    static QPageSize pageSize(const MissionSettings &settings);

    // Saves the certificate of that number as a PDF file, drawn from its stored row, and
    // records the export (ExportLog: the file and its audit entry, or neither). Only a valid
    // certificate is printed: a spoiled or cancelled one is refused.
    static Status save(const Database &db, const Clock &clock, const Actor &actor,
                       const QString &number, const QString &path);
    // Whether the certificate may be printed (valid), with the refusal otherwise.
    static Status printable(const Certificate &certificate);
    // What a printout or file of the certificate is recorded as: the certificate's row, so
    // that the entry is found by its person.
    static ExportRecord exportRecord(const Certificate &certificate,
                                     const MissionSettings &settings);

    // Writes the PDF into a device; returns 1, the records it holds.
    static Result<qint64> write(QIODevice &device, const Certificate &certificate,
                                const MissionSettings &settings, const ExportStamp &stamp);

    // Draws the page on any device (a PDF, a printer, an image for the screenshots): `page`
    // is the whole sheet in device pixels and `dpi` the device's resolution. The foot of the
    // page says who made it and when (`stamp`).
    static void paint(QPainter &painter, const QRectF &page, double dpi,
                      const Certificate &certificate, const MissionSettings &settings,
                      const ExportStamp &stamp);
};

} // namespace qaytish::documents
