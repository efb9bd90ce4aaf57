#pragma once

#include <QObject>
#include <QTimer>

namespace qaytish {

// Says when the person at the keyboard has been away for a while: any key, click, mouse
// movement or wheel anywhere in the application starts the wait again. The register window
// locks itself on idle().
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // The idle time before the window locks: the setting session/lockMinutes, 5 by default.
    static int savedIntervalMs();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace qaytish
