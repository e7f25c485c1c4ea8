#include "FuzzSupport.h"
#include "timeline/import/CsvImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace causeway;
    const QByteArray input = fuzz::bytes(data, size);
    fuzz::check(timeline::importCsv(input, fuzz::options(data, size)));
    const QList<QStringList> rows = timeline::parseCsv(input, u';', 50);
    const timeline::CsvMapping mapping = timeline::guessMapping(rows);
    if (mapping.time >= 0 && mapping.time == mapping.text)
        std::abort();
    return 0;
}
