#include "qrcode.h"

#include <QPainter>

#include <ZXing/ReadBarcode.h>
#include <qrcodegen.hpp>

#include <vector>

namespace qaytish::documents {

namespace {

qrcodegen::QrCode encode(const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    const std::vector<std::uint8_t> bytes(utf8.cbegin(), utf8.cend());
    // ECI 26 says the bytes are UTF-8, so that readers do not guess Latin-1 for oʻ or ў.
    const std::vector<qrcodegen::QrSegment> segments{qrcodegen::QrSegment::makeEci(26),
                                                     qrcodegen::QrSegment::makeBytes(bytes)};
    return qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM);
}

} // namespace

int QrCode::size(const QString &text) {
    return encode(text).getSize();
}

void QrCode::draw(QPainter &painter, const QRectF &area, const QString &text) {
    const qrcodegen::QrCode qr = encode(text);
    const int n = qr.getSize();
    const double module = std::min(area.width(), area.height()) / n;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // One rectangle per run of dark modules in a row keeps the PDF small; neighbouring rows
    // overlap by a hair so that no white seam shows between them.
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!qr.getModule(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && qr.getModule(x, y))
                ++x;
            painter.drawRect(QRectF(area.left() + start * module, area.top() + y * module,
                                    (x - start) * module, module * 1.02));
        }
    }
    painter.restore();
}

Result<QString> QrCode::read(const QImage &image) {
    if (image.isNull())
        return Error::make(ErrorKind::BadInput, tr("The image is empty."));
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return Error::make(ErrorKind::BadInput, tr("No QR code was found in the image."));
    // The raw bytes: the certificates' codes are UTF-8 (with the ECI saying so).
    const ZXing::ByteArray &bytes = result.bytes();
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace qaytish::documents
