#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace qaytish {

// Shows a photo with the 35:45 crop over it. The officer drags the crop to move it and
// turns the wheel (or uses + and -) to zoom; the area outside the crop is dimmed.
class PhotoCropWidget : public QWidget {
    Q_OBJECT
public:
    explicit PhotoCropWidget(QWidget *parent = nullptr);

    void setImage(const QImage &image); // starts with the centred crop
    const QImage &image() const { return m_image; }
    QRect crop() const; // in image pixels
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void setCentre(const QPointF &centre); // in image pixels

    QSize sizeHint() const override;

signals:
    void cropChanged(const QRect &crop);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF imageArea() const; // where the image is drawn, in widget coordinates
    double scale() const;

    QImage m_image;
    double m_zoom = 1.0;
    QPointF m_centre;
    QPointF m_dragStart;
    QPointF m_centreAtDragStart;
};

} // namespace qaytish
