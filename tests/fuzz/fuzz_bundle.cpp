// Fuzzes the whole import of a bundle read from untrusted bytes (core/bundle/BundleImport.h):
// Bundle::open, and for every bundle it accepts, a dry-run Bundle::apply against a store.
//
// Each input is tried twice:
//  1. as a bundle file (age, zip, manifest, hashes, signature, documents);
//  2. as the content of one postmortem document, put into a zip under postmortems/<id>.json
//     with a matching manifest. The fuzzer cannot forge SHA-256, so without this the schema
//     checks (PostmortemJson::fromJson, validateConflictRecord) and the merge would only ever
//     see the seeds' documents unchanged.
//
// The store is opened once per process on a temporary file and holds the sample postmortem
// under kLocalId, edited locally, so that seeds with that id (corpus/bundle/) merge against a
// local copy and produce conflicts. Besides crashes and sanitizer reports, the fuzzer aborts
// when a refusal has no message, when an accepted document does not survive a canonical
// round trip, or when a dry run leaves a trace in the store (audit head or postmortem count).

#include "bundle/BundleFormat.h"
#include "bundle/BundleImport.h"
#include "bundle/Zip.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "model/Template.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace {

using namespace causeway;

// The id of the sample postmortem in the fuzz store and in the seeds made from it.
const QString kLocalId = QStringLiteral("c0ffee00-0000-4000-8000-00000000f022");
const QString kWrappedBundleId = QStringLiteral("b0d1e000-0000-4000-8000-00000000f022");
constexpr qint64 kMaxEntrySize = 4 << 20;

void require(bool condition) {
    if (!condition)
        std::abort();
}

void fail(const char* what, const QString& why) {
    std::fprintf(stderr, "fuzz_bundle setup: %s: %s\n", what, qPrintable(why));
    std::abort();
}

// What lives for the whole process, destroyed in reverse order at exit (the store before
// its folder, both before the application object).
struct Fixture {
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<TemplateRegistry> templates;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store> store;
};

Fixture* makeFixture() {
    static int argc = 1;
    static char name[] = "fuzz_bundle";
    static char* argv[] = {name, nullptr};
    auto* f = new Fixture;
    // Nothing of the user's: settings and signing profiles are looked up in test folders.
    QStandardPaths::setTestModeEnabled(true);
    if (!QCoreApplication::instance())
        f->app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CausewayFuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("fuzz_bundle"));
    f->templates = std::make_unique<TemplateRegistry>();
    f->dir = std::make_unique<QTemporaryDir>();
    if (!f->dir->isValid())
        fail("temporary folder", f->dir->errorString());

    OpenOptions options;
    options.deviceId = QStringLiteral("fuzzstore0000001");
    options.actor = Actor{QStringLiteral("Fuzz Analyst"), QStringLiteral("fuzzer")};
    auto opened = Store::open(f->dir->filePath(QStringLiteral("fuzz.db")), options);
    if (!opened)
        fail("store", opened.error());
    f->store = std::move(opened).value();

    QFile sample(QStringLiteral(":/samples/sample-postmortem.json"));
    if (!sample.open(QIODevice::ReadOnly))
        fail("sample", sample.errorString());
    auto parsed = PostmortemJson::fromJson(sample.readAll(), *f->templates);
    if (!parsed)
        fail("sample", parsed.error());
    Postmortem pm = std::move(parsed).value();
    pm.root.id = kLocalId;
    pm.root.fields[Field::Title].value = QStringLiteral("Card payments failing (fuzz store)");
    if (auto imported = f->store->importPostmortem(pm); !imported)
        fail("sample import", imported.error());
    return f;
}

// Built on first use, so that the replay executable (which does not call
// LLVMFuzzerInitialize) gets the same fixture.
Fixture& fixture() {
    static const std::unique_ptr<Fixture> f(makeFixture());
    return *f;
}

Bundle::OpenOptions openOptions() {
    Bundle::OpenOptions options; // no passphrase, no identity
    options.limits.maxEntries = 64;
    options.limits.maxEntrySize = kMaxEntrySize;
    options.limits.maxTotalSize = 4 * kMaxEntrySize;
    return options;
}

QString sha256Hex(const QByteArray& data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The postmortem id the document claims, when it is one a member path can carry; the
// reader checks that the name and the content agree, so a fixed name would refuse every
// document with another id.
QString documentId(const QByteArray& input) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QJsonObject root = QJsonDocument::fromJson(input).object();
    const QString id = root.value(u"postmortem").toObject().value(u"id").toString();
    return uuid.match(id).hasMatch() ? id : kLocalId;
}

// A bundle with the input as its only postmortem document and a manifest that matches it.
// The writer refuses what the reader would (a zip or age file as content): then there is
// nothing to wrap, and the refusal must still say why.
std::optional<QByteArray> wrapAsDocument(const QByteArray& input) {
    const QString id = documentId(input);
    const QString path = Bundle::kPostmortemDir + id + QStringLiteral(".json");
    Bundle::Manifest manifest;
    manifest.bundleId = kWrappedBundleId;
    manifest.createdAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    manifest.creator.device = QStringLiteral("fuzzpeer00000001");
    manifest.postmortems = {id};
    manifest.members = {Bundle::Member{path, input.size(), sha256Hex(input)}};
    const auto zip = Zip::write({Zip::Entry{Bundle::kManifestPath, Bundle::manifestJson(manifest)},
                                 Zip::Entry{path, input}},
                                {0}); // stored: nothing to gain from deflating here
    if (!zip) {
        require(!zip.error().isEmpty());
        return std::nullopt;
    }
    return zip.value();
}

// Whether a record carries all the metadata an export writes. A hand-written document may
// leave it out (the store stamps it on import), and then its canonical bytes, which always
// carry metadata, are not a document the reader accepts.
bool hasMetadata(const Record& r) {
    if (r.id.isEmpty() || r.revision.isNull() || !r.created.isValid() || !r.modified.isValid())
        return false;
    for (const FieldValue& field : r.fields) {
        if (field.revision.isNull() || !field.modified.isValid())
            return false;
    }
    return true;
}

// An accepted document with full metadata is exchanged again as its canonical bytes: those
// must read back to the same bytes, or a bundle made from it would not open elsewhere.
void checkRoundTrip(const Postmortem& pm, const TemplateRegistry& templates) {
    if (!hasMetadata(pm.root))
        return;
    for (const Record& child : pm.children) {
        if (!hasMetadata(child))
            return;
    }
    const QByteArray bytes = PostmortemJson::toCanonicalBytes(pm);
    const auto again = PostmortemJson::fromJson(bytes, templates);
    if (!again) {
        std::fprintf(stderr, "canonical document of %s does not read back: %s\n",
                     qPrintable(pm.id()), qPrintable(again.error()));
        std::abort();
    }
    require(PostmortemJson::toCanonicalBytes(again.value()) == bytes);
}

// FUZZ_BUNDLE_VERBOSE=1 prints how far each input got, to check what a seed reaches.
void report(const char* stage, const QString& text) {
    static const bool verbose = qEnvironmentVariableIsSet("FUZZ_BUNDLE_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s: %s\n", stage, qPrintable(text));
}

void openAndApply(const QByteArray& file) {
    Fixture& f = fixture();
    const auto opened = Bundle::open(file, *f.templates, openOptions());
    if (!opened) {
        report("refused", opened.error());
        require(!opened.error().isEmpty());
        return;
    }
    const Bundle::OpenedBundle& bundle = opened.value();
    require(!bundle.postmortems.isEmpty());
    for (const Postmortem& pm : bundle.postmortems)
        checkRoundTrip(pm, *f.templates);

    const qint64 head = f.store->auditHead();
    const qint64 count = f.store->countPostmortems(ListScope::All);
    const auto applied = Bundle::apply(*f.store, bundle, /*trust=*/true, /*dryRun=*/true);
    if (applied) {
        require(applied->postmortems.size() == bundle.postmortems.size());
        // Exercised for its own sake: the preview text the CLI prints.
        const QString preview = Bundle::describe(bundle, applied.value());
        report("dry run", preview);
        require(!preview.isEmpty());
    } else {
        report("not merged", applied.error());
        require(!applied.error().isEmpty());
    }
    if (f.store->auditHead() != head || f.store->countPostmortems(ListScope::All) != count) {
        std::fprintf(stderr, "a dry run changed the store (audit head %lld -> %lld)\n",
                     static_cast<long long>(head), static_cast<long long>(f.store->auditHead()));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > static_cast<size_t>(kMaxEntrySize))
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    openAndApply(input);
    if (const std::optional<QByteArray> wrapped = wrapAsDocument(input))
        openAndApply(*wrapped);
    return 0;
}
