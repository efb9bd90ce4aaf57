#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace qaytish::documents {

// QR codes of certificates: drawn with qrcodegen, read back with ZXing (for
// `certificate verify --png` and the tests' own checks).
class QrCode {
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    // Draws `text` (UTF-8, byte mode with the UTF-8 ECI, error correction level M) as black
    // modules filling the square `area`, with no quiet zone of its own: keep four modules
    // free around it.
    static void draw(QPainter &painter, const QRectF &area, const QString &text);
    // The number of modules on a side for the text (to choose a print size).
    static int size(const QString &text);
    // The text of the first QR code found in the image.
    static Result<QString> read(const QImage &image);
};

} // namespace qaytish::documents
