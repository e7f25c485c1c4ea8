#pragma once

#include "timeline/import/ImportTypes.h"

namespace causeway::timeline {

// Plain-text meeting notes. A line that starts with a time opens an event:
//   14:05 paged the on-call          14:05:30 - rolled back          2026-03-02 14:05 text
//   [14:05] text                     - 14:05 text (a list item)
// Bare times take the date of options.reference (in options.zone), or of the last full date
// seen; a line holding only a date (`2026-03-03`, `## 2026-03-03`) sets that date too. When a
// bare time is more than six hours before the previous event, the notes have crossed midnight
// and the day rolls over; smaller steps back are notes written out of order and stay on the
// same day. Lines without a time continue the previous event (joined with a newline); blank
// lines are ignored; text before the first time is a problem. Source "meeting_notes", kind
// "observation".
ImportResult importNotes(const QByteArray& data, const ImportOptions& options);

} // namespace causeway::timeline
