#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace qaytish {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(savedIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int IdleWatcher::savedIntervalMs() {
    const int minutes = QSettings().value(QStringLiteral("session/lockMinutes"), 5).toInt();
    return std::max(1, minutes) * 60 * 1000;
}

void IdleWatcher::setInterval(int milliseconds) {
    m_timer.setInterval(milliseconds);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::start() {
    m_timer.start();
}

void IdleWatcher::stop() {
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event) {
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_timer.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qaytish
