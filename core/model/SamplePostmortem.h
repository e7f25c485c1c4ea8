#pragma once

#include "util/Result.h"

#include <QString>

namespace causeway {

class Store;
class TemplateRegistry;

// Adds the built-in example postmortem (resources/samples/sample-postmortem.json) to the
// store as a new postmortem and returns its id. It shows a new team what a finished,
// blameless analysis looks like. Each call adds another copy with fresh ids.
Result<QString> insertSamplePostmortem(Store& store, const TemplateRegistry& templates);

} // namespace causeway
