#include "FuzzSupport.h"
#include "timeline/import/SlackImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace causeway;
    // Mentions resolve through users.json: give the day file a few names to find.
    static const QHash<QString, QString> users{{QStringLiteral("U01ANNA"), QStringLiteral("anna")},
                                               {QStringLiteral("U02BEN"), QStringLiteral("ben")}};
    const QByteArray input = fuzz::bytes(data, size);
    fuzz::check(timeline::importSlackDay(input, fuzz::options(data, size), users));
    timeline::parseSlackUsers(input);
    return 0;
}
