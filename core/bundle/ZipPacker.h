#pragma once

#include "bundle/Zip.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace causeway::Zip {

// Packs entries on threads of its own while the caller goes on producing them: on a two-core
// laptop, reading postmortems from the store and compressing them overlap instead of following
// each other. An entry's bytes may be made on those threads too (add with a Make), so that
// the work after reading spreads over every core. When the caller has nothing more to add,
// finish() packs alongside the threads until the queue is empty, so no core idles while
// another still has entries to pack.
class BackgroundPacker {
public:
    // A digest of each entry's content, made on the packing thread too (a manifest lists
    // them); PackedEntry::digest holds it.
    using Digest = std::function<QString(const QByteArray&)>;
    // Makes an entry's content; called once, on whichever thread packs the entry.
    using Make = std::function<QByteArray()>;

    explicit BackgroundPacker(WriteOptions options = {}, Digest digest = {}, int threads = 1);
    // Stops packing (what is still queued is dropped) and waits for the threads.
    ~BackgroundPacker();
    BackgroundPacker(const BackgroundPacker&) = delete;
    BackgroundPacker& operator=(const BackgroundPacker&) = delete;

    void add(Entry entry);
    void add(QString path, Make make);
    // How many added entries no thread has started on yet.
    size_t waiting();
    // Packs what is left with the threads and waits for them: the entries in the order they
    // were added (PackedEntry::size tells a made entry's size), or the problem of the first
    // entry that has one.
    Result<QList<PackedEntry>> finish();

private:
    // Packs entries until none is left to claim; with `waitForMore`, until the caller closes.
    void work(bool waitForMore);
    void join();

    struct Job {
        Entry entry;
        Make make;
    };
    void queue(Job job);

    const WriteOptions m_options;
    const Digest m_digest;
    std::mutex m_mutex;
    std::condition_variable m_wake;     // new entries, or closing
    std::condition_variable m_finished; // an entry packed
    std::deque<Job> m_jobs;             // emptied once packed
    std::deque<std::optional<Result<PackedEntry>>> m_results;
    size_t m_claimed = 0; // entries below this index are packed or being packed
    size_t m_done = 0;
    bool m_closed = false;
    bool m_stopped = false;
    std::vector<std::thread> m_threads; // last: they start once everything above exists
};

} // namespace causeway::Zip
