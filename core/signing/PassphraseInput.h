#pragma once

#include "signing/Sodium.h"
#include "util/Result.h"

#include <QString>

namespace causeway::PassphraseInput {

// The first line of a file (without its line break), for scripted signing. The file should
// be readable by its owner only; that is the caller's business, not checked here.
Result<sodium::Passphrase> fromFile(const QString& path);

// Whether standard input is a terminal that can be prompted without echo.
bool terminalAvailable();

// Prints prompt on standard error and reads one line from the terminal with echo off.
Result<sodium::Passphrase> fromTerminal(const QString& prompt);

} // namespace causeway::PassphraseInput
