#include "bundle/ZipPacker.h"

#include <algorithm>

namespace causeway::Zip {

BackgroundPacker::BackgroundPacker(WriteOptions options, Digest digest, int threads)
    : m_options(options)
    , m_digest(std::move(digest)) {
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { work(true); });
}

BackgroundPacker::~BackgroundPacker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_closed = true;
    }
    m_wake.notify_all();
    join();
}

void BackgroundPacker::join() {
    for (std::thread& thread : m_threads) {
        if (thread.joinable()) // not after finish()
            thread.join();
    }
}

void BackgroundPacker::add(Entry entry) {
    queue({std::move(entry), {}});
}

void BackgroundPacker::add(QString path, Make make) {
    queue({{std::move(path), {}}, std::move(make)});
}

size_t BackgroundPacker::waiting() {
    std::lock_guard lock(m_mutex);
    return m_jobs.size() - m_claimed;
}

void BackgroundPacker::queue(Job job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        m_results.emplace_back();
    }
    m_wake.notify_one();
}

Result<QList<PackedEntry>> BackgroundPacker::finish() {
    using R = Result<QList<PackedEntry>>;
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_all();
    work(false);
    {
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [this] { return m_done == m_results.size(); });
    }
    join();
    // The threads are gone: what they left is read without the lock.
    QList<PackedEntry> packed;
    packed.reserve(qsizetype(m_results.size()));
    for (std::optional<Result<PackedEntry>>& result : m_results) {
        if (!result->ok())
            return R::failure(result->error());
        packed.append(std::move(result->value()));
    }
    return packed;
}

void BackgroundPacker::work(bool waitForMore) {
    for (;;) {
        size_t index = 0;
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (waitForMore)
                m_wake.wait(lock, [this] { return m_closed || m_claimed < m_jobs.size(); });
            if (m_stopped || m_claimed == m_jobs.size())
                return;
            index = m_claimed++;
            job = std::move(m_jobs[index]);
        }
        Entry& entry = job.entry;
        if (job.make)
            entry.data = job.make();
        auto packed = pack(entry, static_cast<int>(index) + 1, m_options);
        if (packed && m_digest)
            packed.value().digest = m_digest(entry.data);
        {
            std::lock_guard lock(m_mutex);
            m_results[index] = std::move(packed);
            ++m_done;
        }
        m_finished.notify_all();
    }
}

} // namespace causeway::Zip
