#pragma once

#include "model/Record.h"

#include <QTextStream>

namespace causeway::cli {

// The "Signatures" section of `show`: each signature's manifestation (meaning, printed name,
// role, UTC time, key id) and its state against the current content. In CmdVerify.cpp.
void printSignatureSection(QTextStream& out, const Postmortem& pm);

} // namespace causeway::cli
