#pragma once

// Shared by the fuzz targets: options every target uses and the checks that make a wrong
// result (not only a crash) visible to the fuzzer.

#include "timeline/import/ImportTypes.h"

#include <cstdint>
#include <cstdlib>

namespace causeway::fuzz {

// Berlin has both daylight-saving cases; the reference gives bare times and RFC 3164 a date.
// The first input byte picks the zone, so both zone paths are explored.
inline timeline::ImportOptions options(const uint8_t* data, size_t size) {
    timeline::ImportOptions o;
    o.zone = size > 0 && (data[0] & 1) ? QTimeZone("Europe/Berlin") : QTimeZone::utc();
    o.reference = QDateTime(QDate(2026, 3, 2), QTime(23, 0), Qt::UTC);
    return o;
}

// What every importer promises about its events and problems.
inline void check(const timeline::ImportResult& result) {
    for (const timeline::ImportedEvent& event : result.events) {
        if (!event.time.isValid() || event.time.timeSpec() != Qt::UTC || event.line < 1 ||
            event.kind.isEmpty() || event.source.isEmpty() ||
            (event.end.isValid() && event.end < event.time))
            std::abort();
    }
    for (const timeline::ImportProblem& problem : result.problems) {
        if (problem.reason.isEmpty() || problem.line < 0)
            std::abort();
    }
}

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace causeway::fuzz
