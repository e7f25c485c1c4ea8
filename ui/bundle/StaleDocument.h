#pragma once

#include "model/Record.h"

namespace causeway {

// Whether the stored copy of a postmortem has content the open document does not show: a
// record more or less, a deletion, a field value. A bundle import or a sync-folder scan
// merges into the store directly, so an open editor must then be reloaded. Revisions are not
// compared (the document does not track them); call after the document's flush().
bool documentIsStale(const Postmortem& inDocument, const Postmortem& stored);

} // namespace causeway
