#include "readerthread.h"

#include <QThread>

namespace qaytish {

ReaderThread::ReaderThread(int maxWaiting, int cacheKiB)
    : m_maxWaiting(std::max(1, maxWaiting))
    , m_cacheKiB(std::max(0, cacheKiB)) {
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("qaytish-reader"));
    m_thread->start();
}

ReaderThread::~ReaderThread() {
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_waiting.clear();
        m_wake.wakeAll();
    }
    m_thread->wait();
}

QList<qint64> ReaderThread::post(const QString &path, qint64 key, Job job) {
    QList<qint64> dropped;
    QMutexLocker lock(&m_mutex);
    m_release = false;
    m_waiting.push_back(Item{path, key, std::move(job)});
    while (int(m_waiting.size()) > m_maxWaiting) {
        dropped << m_waiting.front().key;
        m_waiting.pop_front();
    }
    m_wake.wakeOne();
    return dropped;
}

void ReaderThread::clear() {
    QMutexLocker lock(&m_mutex);
    m_waiting.clear();
}

void ReaderThread::release() {
    QMutexLocker lock(&m_mutex);
    m_waiting.clear();
    m_release = true;
    m_wake.wakeOne();
}

void ReaderThread::run() {
    std::unique_ptr<ScopedConnection> connection;
    QString connectedPath;
    for (;;) {
        Item item;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && m_waiting.empty() && !m_release)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            if (m_waiting.empty()) {
                m_release = false;
                lock.unlock();
                connection.reset();
                connectedPath.clear();
                continue;
            }
            item = std::move(m_waiting.back());
            m_waiting.pop_back();
        }
        if (!connection || connectedPath != item.path) {
            connection.reset(); // one connection at a time, on this thread
            connection = std::make_unique<ScopedConnection>(item.path, m_cacheKiB);
            connectedPath = item.path;
        }
        item.job(*connection);
    }
    connection.reset();
}

} // namespace qaytish
