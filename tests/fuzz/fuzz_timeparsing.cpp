#include "FuzzSupport.h"
#include "timeline/import/TimeParsing.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace causeway;
    using namespace causeway::timeline;
    const timeline::ImportOptions o = fuzz::options(data, size);
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    for (const AmbiguityPolicy policy :
         {AmbiguityPolicy::Reject, AmbiguityPolicy::Earlier, AmbiguityPolicy::Later}) {
        const ParsedTime parsed = parseUserTimeDetailed(text, o.zone, o.reference, policy);
        // Exactly one of a time and an error, and the time is a valid UTC instant.
        if (parsed.time.has_value() == (parsed.error != TimeError::None))
            std::abort();
        if (parsed.time && (!parsed.time->isValid() || parsed.time->timeSpec() != Qt::UTC))
            std::abort();
    }
    if (const auto parts = scanDateTime(text);
        parts && (parts->length <= 0 || parts->length > text.size()))
        std::abort();
    fromEpochSecondsText(text);
    if (size >= sizeof(double)) {
        double value = 0;
        std::memcpy(&value, data, sizeof value);
        fromEpochNumber(value);
        qint64 integer = 0;
        std::memcpy(&integer, data, sizeof integer);
        fromEpochMicros(integer);
        fromEpochMillis(integer);
    }
    return 0;
}
