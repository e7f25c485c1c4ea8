#pragma once

// The sample postmortem in a fresh test store, open as a document: where the pane tests
// start.
#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"
#include "store/Store.h"

#include <memory>

namespace causeway::test {

struct SampleDocument {
    std::unique_ptr<Store> store;
    std::unique_ptr<PostmortemDocument> doc;
    const Template* tmpl = nullptr;
};

inline SampleDocument openSampleDocument() {
    SampleDocument s;
    s.store = newStore();
    const auto id = insertSamplePostmortem(*s.store, builtinTemplates());
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    s.doc =
        std::make_unique<PostmortemDocument>(s.store.get(), *s.store->loadPostmortem(id.value()));
    s.tmpl = builtinTemplates().find(s.doc->postmortem().templateId());
    return s;
}

} // namespace causeway::test
