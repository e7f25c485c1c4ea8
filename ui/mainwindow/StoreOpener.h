#pragma once

#include "store/Store.h"

#include <memory>

namespace causeway {

// Opens a database the way the GUI wants it: exclusive, as this device and profile. A
// second window on the same file gets a read-only store that says why.
Result<std::unique_ptr<Store>> openStoreForGui(const QString& path);

} // namespace causeway
