#include "FuzzSupport.h"
#include "timeline/import/JsonLinesImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace causeway;
    fuzz::check(timeline::importJsonLines(fuzz::bytes(data, size), fuzz::options(data, size)));
    return 0;
}
