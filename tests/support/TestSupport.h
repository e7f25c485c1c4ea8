#pragma once

#include "editing/PostmortemDocument.h"
#include "store/Store.h"

#include <QString>

#include <memory>

namespace causeway::test {

// A folder private to this test process, removed when it exits.
QString tempDir();
// A fresh path inside tempDir() (the file does not exist yet).
QString tempPath(const QString& fileName);

OpenOptions testOpenOptions(const QString& deviceId = QStringLiteral("testdevice"));
// Opens (creating) a store at path; aborts the current test function with a message on failure.
std::unique_ptr<Store> openStore(const QString& path,
                                 const OpenOptions& options = testOpenOptions());
// A new store in a new file inside tempDir().
std::unique_ptr<Store> newStore();

// A new store with one postmortem (standard template) open in a document.
struct OpenDocument {
    std::unique_ptr<Store> store;
    std::unique_ptr<PostmortemDocument> doc;
    QString id;
};
OpenDocument openNewDocument(const QString& title = QStringLiteral("Checkout down"));

// The templates compiled into the binary.
const TemplateRegistry& builtinTemplates();

// SHA-256 of a file's bytes, hex; empty if it cannot be read.
QByteArray fileSha256(const QString& path);

// size random-looking bytes, the same for the same seed.
QByteArray seededBytes(qsizetype size, quint32 seed);

} // namespace causeway::test
