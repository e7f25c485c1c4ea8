#pragma once

#include "timeline/import/ImportTypes.h"

namespace causeway::timeline {

// JSON Lines logs, one object a line (journalctl -o json, structured app logs).
// Time: "time", "timestamp", "@timestamp", "ts" (ISO 8601 string — zone-less ones in
// options.zone — or epoch number/string in s, ms, µs or ns), else "__REALTIME_TIMESTAMP"
// (journald: microseconds as a string).
// Text: "message", "msg", "MESSAGE" (journald may store bytes as an array), "log"; prefixed with
// the emitting program ("SYSLOG_IDENTIFIER", "service", "logger", "app") when present.
// Kind: "level", "severity", "PRIORITY" or "lvl" through detail::kindForLevelName — emerg,
// alert, crit(ical), err(or), fatal, panic and pino levels >= 50 become "alert"; warning, notice,
// info, debug and anything else "observation". Source: "log".
ImportResult importJsonLines(const QByteArray& data, const ImportOptions& options);

} // namespace causeway::timeline
