#pragma once

#include <QString>

namespace causeway {

// Date formats for text a person reads (QDateTime::toString patterns). The translation of
// the interface chooses them: ISO 8601 (2026-03-02) in English, which reads the same
// everywhere, the language's own order in others (02.03.2026 in German). Data that is
// stored, exported or parsed again keeps ISO 8601 and does not use these.
QString displayDateFormat();
QString displayDateTimeFormat();        // date, hours and minutes
QString displayDateTimeSecondsFormat(); // date, hours, minutes and seconds

} // namespace causeway
