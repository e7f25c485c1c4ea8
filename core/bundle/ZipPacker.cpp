#include "bundle/ZipPacker.h"

namespace causeway::Zip {

BackgroundPacker::BackgroundPacker(WriteOptions options, Digest digest)
    : m_options(options)
    , m_digest(std::move(digest))
    , m_thread([this] { work(true); }) {}

BackgroundPacker::~BackgroundPacker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_closed = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) // not after finish()
        m_thread.join();
}

void BackgroundPacker::add(Entry entry) {
    {
        std::lock_guard lock(m_mutex);
        m_entries.push_back(std::move(entry));
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
    m_thread.join();
    // The thread is gone: what it left is read without the lock.
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
        Entry entry;
        {
            std::unique_lock lock(m_mutex);
            if (waitForMore)
                m_wake.wait(lock, [this] { return m_closed || m_claimed < m_entries.size(); });
            if (m_stopped || m_claimed == m_entries.size())
                return;
            index = m_claimed++;
            entry = m_entries[index]; // shares the bytes; freed below once packed
        }
        auto packed = pack(entry, static_cast<int>(index) + 1, m_options);
        if (packed && m_digest)
            packed.value().digest = m_digest(entry.data);
        {
            std::lock_guard lock(m_mutex);
            m_results[index] = std::move(packed);
            m_entries[index] = Entry();
            ++m_done;
        }
        m_finished.notify_all();
    }
}

} // namespace causeway::Zip
