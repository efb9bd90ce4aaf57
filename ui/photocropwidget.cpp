#include "photocropwidget.h"

#include "documents/photo.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>

namespace qaytish {

namespace {
constexpr double MaxZoom = 4.0;
}

PhotoCropWidget::PhotoCropWidget(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(220, 240);
    setCursor(Qt::OpenHandCursor);
}

QSize PhotoCropWidget::sizeHint() const {
    return {300, 320};
}

void PhotoCropWidget::setImage(const QImage &image) {
    m_image = image;
    m_zoom = 1.0;
    m_centre = QPointF(image.width() / 2.0, image.height() / 2.0);
    update();
    emit cropChanged(crop());
}

QRect PhotoCropWidget::crop() const {
    if (m_image.isNull())
        return {};
    return documents::Photo::crop(m_image.size(), m_zoom, m_centre);
}

void PhotoCropWidget::setZoom(double zoom) {
    zoom = std::clamp(zoom, 1.0, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    update();
    emit cropChanged(crop());
}

void PhotoCropWidget::setCentre(const QPointF &centre) {
    // Kept where the crop can still be: moving past an edge does not store a far-off centre.
    const QRect c = documents::Photo::crop(m_image.size(), m_zoom, centre);
    m_centre = QRectF(c).center();
    update();
    emit cropChanged(crop());
}

double PhotoCropWidget::scale() const {
    if (m_image.isNull())
        return 1.0;
    return std::min(width() / double(m_image.width()), height() / double(m_image.height()));
}

QRectF PhotoCropWidget::imageArea() const {
    const double s = scale();
    const QSizeF size(m_image.width() * s, m_image.height() * s);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void PhotoCropWidget::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = imageArea();
    p.drawImage(area, m_image);
    const QRect c = crop();
    const double s = scale();
    const QRectF cropArea(area.left() + c.left() * s, area.top() + c.top() * s, c.width() * s,
                          c.height() * s);
    QPainterPath outside;
    outside.addRect(area);
    outside.addRect(cropArea);
    p.fillPath(outside, QColor(0, 0, 0, 130));
    p.setPen(QPen(QColor(0xff, 0xd0, 0x40), 2));
    p.drawRect(cropArea);
}

void PhotoCropWidget::mousePressEvent(QMouseEvent *event) {
    m_dragStart = event->position();
    m_centreAtDragStart = m_centre;
}

void PhotoCropWidget::mouseMoveEvent(QMouseEvent *event) {
    if (!(event->buttons() & Qt::LeftButton) || m_image.isNull())
        return;
    const QPointF delta = (event->position() - m_dragStart) / scale();
    setCentre(m_centreAtDragStart + delta);
}

void PhotoCropWidget::wheelEvent(QWheelEvent *event) {
    setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.1 : 1 / 1.1));
    event->accept();
}

void PhotoCropWidget::keyPressEvent(QKeyEvent *event) {
    const double step = m_image.isNull() ? 0 : std::max(1.0, m_image.width() / 100.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.1);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.1);
        break;
    case Qt::Key_Left:
        setCentre(m_centre - QPointF(step, 0));
        break;
    case Qt::Key_Right:
        setCentre(m_centre + QPointF(step, 0));
        break;
    case Qt::Key_Up:
        setCentre(m_centre - QPointF(0, step));
        break;
    case Qt::Key_Down:
        setCentre(m_centre + QPointF(0, step));
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace qaytish
