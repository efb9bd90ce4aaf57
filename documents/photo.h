#pragma once

#include "core/missionsettings.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRect>

namespace qaytish::documents {

// A photo ready to store: cropped to 3.5 x 4.5, scaled to the mission's size, JPEG.
struct PreparedPhoto {
    QByteArray jpeg;
    int width = 0;
    int height = 0;
};

// Passport-style photos for certificates: from a JPEG or PNG file, cropped to 35:45, never
// stored at the original size.
class Photo {
    Q_DECLARE_TR_FUNCTIONS(Photo)
public:
    static constexpr int AspectWidth = 35;
    static constexpr int AspectHeight = 45;
    static constexpr int JpegQuality = 85;

    // Reads a JPEG or PNG (by its content, not its name), turned upright by its EXIF
    // orientation. Other formats and unreadable files are refused, naming the file.
    static Result<QImage> load(const QString &path);
    static Result<QImage> fromData(const QByteArray &bytes, const QString &name);

    // The largest 35:45 rectangle in the middle of an image of this size.
    static QRect defaultCrop(const QSize &image);
    // A crop of 35:45 for a zoom (1 = the largest) and a centre (in image pixels), kept inside
    // the image.
    static QRect crop(const QSize &image, double zoom, const QPointF &centre);
    // Whether a crop has the mission's minimum resolution; the message says what is missing.
    static Status checkResolution(const QRect &crop, const MissionSettings &settings);
    // Crops, scales to the mission's size and encodes as JPEG.
    static Result<PreparedPhoto> prepare(const QImage &image, const QRect &crop,
                                         const MissionSettings &settings);
    // load() + defaultCrop() + checkResolution() + prepare().
    static Result<PreparedPhoto> prepareFile(const QString &path, const MissionSettings &settings);
};

} // namespace qaytish::documents
