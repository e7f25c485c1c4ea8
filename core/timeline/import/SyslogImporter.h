#pragma once

#include "timeline/import/ImportTypes.h"

namespace causeway::timeline {

// syslog files, one message a line:
// - RFC 3164 `<34>Oct 11 22:14:15 host app[123]: msg`, with or without the <PRI>. The line has
//   no year or zone: the time is a wall-clock time in options.zone, in the year of
//   options.reference — the year before when the month is more than six months after the
//   reference month (a December line in a January incident), the year after when more than six
//   months before.
// - RFC 5424 `<165>1 2003-10-11T22:14:15.003Z host app procid msgid [sd] msg`.
// - rsyslog's RFC 3339 variant `2026-03-02T14:05:30.123+01:00 host app: msg`.
// Text is `host app[pid]: msg`; kind from the PRI severity (0–3 alert, else observation);
// source "log".
ImportResult importSyslog(const QByteArray& data, const ImportOptions& options);

} // namespace causeway::timeline
