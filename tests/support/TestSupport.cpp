#include "TestSupport.h"

#include "model/Fields.h"
#include "model/Template.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdlib>

namespace causeway::test {

namespace {

// Runs before every test: makes the private folders the CMake helper pointed HOME and
// XDG_* at, so Qt never falls back to the real user's folders.
void prepareSandbox() {
    for (const char* var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty())
            QDir().mkpath(dir);
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CausewayTest"));
    QCoreApplication::setApplicationName(QStringLiteral("causeway-test"));
}
Q_COREAPP_STARTUP_FUNCTION(prepareSandbox)

} // namespace

QString tempDir() {
    static QTemporaryDir dir;
    return dir.path();
}

QString tempPath(const QString& fileName) {
    return QDir(tempDir()).filePath(QUuid::createUuid().toString(QUuid::Id128).left(8) + u'-' +
                                    fileName);
}

OpenOptions testOpenOptions(const QString& deviceId) {
    OpenOptions options;
    options.deviceId = deviceId;
    options.actor = Actor{QStringLiteral("Test Analyst"), QStringLiteral("tester")};
    return options;
}

std::unique_ptr<Store> openStore(const QString& path, const OpenOptions& options) {
    auto opened = Store::open(path, options);
    if (!opened) {
        qWarning("cannot open test store: %s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<Store> newStore() {
    return openStore(tempPath(QStringLiteral("test.db")));
}

const TemplateRegistry& builtinTemplates() {
    static const TemplateRegistry registry;
    return registry;
}

QByteArray fileSha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

OpenDocument openNewDocument(const QString& title) {
    OpenDocument o;
    o.store = newStore();
    o.id = o.store->createPostmortem(QStringLiteral("standard"), {{Field::Title, title}}).value();
    o.doc = std::make_unique<PostmortemDocument>(o.store.get(), *o.store->loadPostmortem(o.id));
    return o;
}

QByteArray seededBytes(qsizetype size, quint32 seed) {
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char& c : out)
        c = static_cast<char>(random.bounded(256));
    return out;
}

} // namespace causeway::test
