#pragma once

#include "database.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace qaytish {

// A thread with a connection of its own to one register (ScopedConnection, opened and
// closed on that thread), running read jobs one at a time so that the UI thread never waits
// for SQLite. The newest job runs first: when the officer drags the scroll bar, the page
// where the bar stopped is read before the pages it passed. At most `maxWaiting` jobs wait;
// older ones are dropped and their keys returned by post(), so the caller can ask again.
// A job hands its result back itself (a queued call to an object of the caller's thread).
class ReaderThread {
public:
    // The connection is open when isOpen(); otherwise error() says why.
    using Job = std::function<void(const ScopedConnection &connection)>;

    // `cacheKiB`, when not 0, sets the page cache of the thread's connection (PRAGMA
    // cache_size) instead of the register's usual 32 MiB: for jobs that read far apart and
    // gain nothing from keeping what they read.
    explicit ReaderThread(int maxWaiting, int cacheKiB = 0);
    ~ReaderThread(); // lets the running job finish, drops the waiting ones
    ReaderThread(const ReaderThread &) = delete;
    ReaderThread &operator=(const ReaderThread &) = delete;

    // Queues a job for the register at `path`. Returns the keys of waiting jobs dropped to
    // make room (never the new one).
    QList<qint64> post(const QString &path, qint64 key, Job job);
    // Drops every waiting job (the running one finishes).
    void clear();
    // Drops every waiting job and closes the connection once the running one is done, so
    // that the register file is not held open.
    void release();

private:
    struct Item {
        QString path;
        qint64 key = 0;
        Job job;
    };
    void run();

    const int m_maxWaiting;
    const int m_cacheKiB;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Item> m_waiting; // newest at the back
    bool m_stop = false;
    bool m_release = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace qaytish
