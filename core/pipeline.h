#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace qaytish {

// Two-stage pipeline for bulk writers: a producer thread prepares items (all the text
// work) while the calling thread, which owns the database connection, writes them.
// Items travel in batches through a bounded queue, so that memory stays flat however
// many items there are. The consumer may stop early (an error, a cancel): the producer's
// next push then fails and the destructor joins its thread.
template <typename T> class Pipeline {
public:
    using Batch = std::vector<T>;

    // Sends batches to the consumer; false when the consumer has stopped.
    class Sink {
    public:
        bool push(Batch batch) { return m_pipeline.push(std::move(batch)); }

    private:
        friend class Pipeline;
        explicit Sink(Pipeline &pipeline)
            : m_pipeline(pipeline) {}
        Pipeline &m_pipeline;
    };

    // Starts `produce(Sink &)` on a thread of its own; at most `maxBatches` wait.
    template <typename Produce>
    Pipeline(std::size_t maxBatches, Produce produce)
        : m_maxBatches(maxBatches) {
        m_thread = std::thread([this, produce = std::move(produce)]() mutable {
            Sink sink(*this);
            produce(sink);
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_changed.notify_all();
        });
    }

    ~Pipeline() {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
            m_batches.clear();
            m_changed.notify_all();
        }
        m_thread.join();
    }

    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;

    // The next batch, waiting for it; nothing when the producer has finished.
    std::optional<Batch> next() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    bool push(Batch batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < m_maxBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    const std::size_t m_maxBatches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace qaytish
