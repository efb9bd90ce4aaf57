#pragma once

#include "core/certificates.h"
#include "core/missionsettings.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>

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

    // Writes the PDF atomically (the file is complete or left as it was). Only a valid
    // certificate is printed: a spoiled or cancelled one is refused.
    static Status write(const Certificate &certificate, const MissionSettings &settings,
                        const QString &path);

    // Draws the page on any device (a PDF, an image for the screenshots): `page` is the
    // whole sheet in device pixels and `dpi` the device's resolution.
    static void paint(QPainter &painter, const QRectF &page, double dpi,
                      const Certificate &certificate, const MissionSettings &settings);
};

} // namespace qaytish::documents
