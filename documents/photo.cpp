#include "photo.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>
#include <cmath>

namespace qaytish::documents {

namespace {

Result<QImage> read(QImageReader &reader, const QString &name) {
    const QByteArray format = reader.format().toLower();
    if (format != "jpeg" && format != "jpg" && format != "png")
        return Error::make(ErrorKind::BadInput,
                           Photo::tr("%1 is not a JPEG or PNG image.").arg(name),
                           QStringLiteral("photo"));
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return Error::make(
            ErrorKind::BadInput,
            Photo::tr("%1 cannot be read as an image: %2").arg(name, reader.errorString()),
            QStringLiteral("photo"));
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

Result<QImage> Photo::load(const QString &path) {
    if (!QFileInfo(path).isFile())
        return Error::make(ErrorKind::NotFound, tr("There is no file %1.").arg(path),
                           QStringLiteral("photo"));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return read(reader, path);
}

Result<QImage> Photo::fromData(const QByteArray &bytes, const QString &name) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    return read(reader, name);
}

QRect Photo::defaultCrop(const QSize &image) {
    return crop(image, 1.0, QPointF(image.width() / 2.0, image.height() / 2.0));
}

QRect Photo::crop(const QSize &image, double zoom, const QPointF &centre) {
    if (image.isEmpty())
        return {};
    // The largest 35:45 rectangle that fits, then smaller by the zoom.
    const int widest = std::min(image.width(), image.height() * AspectWidth / AspectHeight);
    const int width = std::max(1, int(std::floor(widest / std::max(1.0, zoom))));
    const int height = std::min(
        image.height(), std::max(1, int(std::lround(width * double(AspectHeight) / AspectWidth))));
    int left = int(std::floor(centre.x() - width / 2.0));
    int top = int(std::floor(centre.y() - height / 2.0));
    left = std::clamp(left, 0, image.width() - width);
    top = std::clamp(top, 0, image.height() - height);
    return QRect(left, top, width, height);
}

Status Photo::checkResolution(const QRect &crop, const MissionSettings &settings) {
    if (crop.width() < settings.photoMinWidth || crop.height() < settings.photoMinHeight)
        return Error::make(ErrorKind::BadInput,
                           tr("The photo is too small: the face area is %1 × %2 pixels; at least "
                              "%3 × %4 are needed. Use a sharper photo or zoom out.")
                               .arg(crop.width())
                               .arg(crop.height())
                               .arg(settings.photoMinWidth)
                               .arg(settings.photoMinHeight),
                           QStringLiteral("photo"));
    return {};
}

Result<PreparedPhoto> Photo::prepare(const QImage &image, const QRect &crop,
                                     const MissionSettings &settings) {
    const QRect area = crop.intersected(image.rect());
    if (area.isEmpty())
        return Error::make(ErrorKind::BadInput, tr("The crop lies outside the photo."),
                           QStringLiteral("photo"));
    if (Status s = checkResolution(area, settings); !s)
        return s.error();
    const QImage scaled = image.copy(area).scaled(settings.photoWidth, settings.photoHeight,
                                                  Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(JpegQuality);
    if (!writer.write(scaled))
        return Error::make(ErrorKind::Internal,
                           tr("The photo cannot be encoded: %1").arg(writer.errorString()),
                           QStringLiteral("photo"));
    return PreparedPhoto{bytes, scaled.width(), scaled.height()};
}

Result<PreparedPhoto> Photo::prepareFile(const QString &path, const MissionSettings &settings) {
    Result<QImage> image = load(path);
    if (!image)
        return image.error();
    const QRect area = defaultCrop(image->size());
    if (Status s = checkResolution(area, settings); !s) {
        Error e = s.error();
        e.message = QStringLiteral("%1: %2").arg(path, e.message);
        return e;
    }
    return prepare(image.value(), area, settings);
}

} // namespace qaytish::documents
