#pragma once

#include "store/Store.h"

#include <QString>

#include <optional>

class QWidget;

namespace causeway {

class TemplateRegistry;

namespace BundleImportFlow {

// File → Import Bundle…, a dropped .causeway file, or one named on the command line: reads
// the file, asks for its passphrase or identity file when it is encrypted (again after a
// wrong one), opens and checks it, and shows the preview, from which the user imports.
// Failures are shown with their message. Returns what was imported; nullopt when nothing
// was (cancelled, refused, failed).
std::optional<BundleMergeSummary> run(QWidget* parent, Store& store,
                                      const TemplateRegistry& templates, const QString& path);

} // namespace BundleImportFlow
} // namespace causeway
