#pragma once

#include "model/Record.h"

#include "signing/Sodium.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace causeway {
class KeyStore;
}

namespace causeway::cli {

// The "Signatures" section of `show`: each signature's manifestation (meaning, printed name,
// role, UTC time, key id) and its state against the current content. In CmdVerify.cpp.
void printSignatureSection(QTextStream& out, const Postmortem& pm);

class Context;
struct ParsedArgs;

// In CmdSign.cpp, shared by the commands that sign or encrypt:
// The passphrase from the file given with fileOption (its first line), or from the terminal
// without echo (twice with confirm). Without either there is no one to ask: it prints why
// and returns nullopt rather than wait on a pipe.
std::optional<sodium::Passphrase>
readPassphrase(Context& ctx, const ParsedArgs& args, const QString& prompt, bool confirm,
               const QString& fileOption = QStringLiteral("--passphrase-file"));
// The keychain, or a message that signing is disabled (and why) and nullptr.
std::unique_ptr<KeyStore> openKeychain(Context& ctx);

} // namespace causeway::cli
