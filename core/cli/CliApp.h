#pragma once

#include <QStringList>

class QIODevice;

namespace causeway::cli {

// Runs one causeway-cli invocation. arguments excludes the program name. Returns the exit
// code: 0 success, 1 a check found problems, 2 a usage or input error (nothing written).
// The streams are parameters so the whole CLI can be driven from a test in-process.
int run(const QStringList& arguments, QIODevice& in, QIODevice& out, QIODevice& err);

// Whether the invocation draws (the diagram command), and so needs a QGuiApplication for
// fonts and images. Every other command runs on a QCoreApplication, which needs no
// platform plugin at all.
bool needsGuiApplication(const QStringList& arguments);

} // namespace causeway::cli
