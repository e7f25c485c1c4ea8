#include "FuzzSupport.h"
#include "timeline/import/NotesImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace causeway;
    fuzz::check(timeline::importNotes(fuzz::bytes(data, size), fuzz::options(data, size)));
    return 0;
}
