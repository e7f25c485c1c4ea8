#pragma once

#include "bundle/Zip.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace causeway::Zip {

// Packs entries on a thread of its own while the caller goes on producing them: on a two-core
// laptop, reading postmortems from the store and compressing them overlap instead of following
// each other. When the caller has nothing more to add, finish() packs alongside the thread
// until the queue is empty, so neither core idles while the other still has entries to pack.
class BackgroundPacker {
public:
    // A digest of each entry's content, made on the packing thread too (a manifest lists
    // them); PackedEntry::digest holds it.
    using Digest = std::function<QString(const QByteArray&)>;

    explicit BackgroundPacker(WriteOptions options = {}, Digest digest = {});
    // Stops packing (what is still queued is dropped) and waits for the thread.
    ~BackgroundPacker();
    BackgroundPacker(const BackgroundPacker&) = delete;
    BackgroundPacker& operator=(const BackgroundPacker&) = delete;

    void add(Entry entry);
    // Packs what is left with the thread and waits for it: the entries in the order they
    // were added, or the problem of the first entry that has one.
    Result<QList<PackedEntry>> finish();

private:
    // Packs entries until none is left to claim; with `waitForMore`, until the caller closes.
    void work(bool waitForMore);

    const WriteOptions m_options;
    const Digest m_digest;
    std::mutex m_mutex;
    std::condition_variable m_wake;     // new entries, or closing
    std::condition_variable m_finished; // an entry packed
    std::deque<Entry> m_entries;        // emptied once packed
    std::deque<std::optional<Result<PackedEntry>>> m_results;
    size_t m_claimed = 0; // entries below this index are packed or being packed
    size_t m_done = 0;
    bool m_closed = false;
    bool m_stopped = false;
    std::thread m_thread; // last: it starts once everything above exists
};

} // namespace causeway::Zip
