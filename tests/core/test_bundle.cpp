#include "ProcessRun.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "bundle/Age.h"
#include "bundle/BundleExport.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImport.h"
#include "bundle/Minisign.h"
#include "bundle/Zip.h"
#include "model/SamplePostmortem.h"
#include "timeline/Attachment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace causeway;
using namespace causeway::test;

// Bundle files end to end: export → open → apply, signatures and encryption, the hostile
// corpus (each refused with a message that names the problem, the database file unchanged)
// and interop with the standard tools (unzip, jq, minisign, age, zip).
class TestBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signedBundleRoundTrips();
    void unknownSignerMustBeTrusted();
    void passphraseEncryptionRoundTrips();
    void recipientEncryptionRoundTrips();
    void incrementalExportHoldsOnlyChanges();
    void hostileBundlesAreRefused_data();
    void hostileBundlesAreRefused();
    void standardToolsReadABundle();
    void ageDecryptsAnEncryptedBundle();
    void zipAndAgeMadeBundleImports();
};

namespace {

struct Key {
    QByteArray publicKey;
    std::shared_ptr<sodium::SecretBytes> secretKey;
};

Key newKey() {
    Key k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey = std::make_shared<sodium::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()), k.secretKey->data());
    return k;
}

Bundle::Signer signerOf(const Key& key) {
    return Bundle::Signer{QStringLiteral("Amara Okafor"), QStringLiteral("Incident commander"),
                          key.publicKey, key.secretKey};
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A store with the sample postmortem and one attachment with content.
struct Source {
    std::unique_ptr<Store> store;
    QString id;
};

Source sampleSource(const QString& device = QStringLiteral("source")) {
    Source s;
    s.store = openStore(tempPath(device + QStringLiteral(".db")), testOpenOptions(device));
    auto pm = PostmortemJson::fromJson(readFile(QStringLiteral(":/samples/sample-postmortem.json")),
                                       builtinTemplates());
    if (!pm)
        qFatal("sample: %s", qPrintable(pm.error()));
    s.id = s.store->importPostmortem(pm.value())->id;
    auto attachment =
        makeAttachment(QByteArray("status 503 from payments-api\n"), QStringLiteral("excerpt.log"),
                       QStringLiteral("log"), QString());
    if (!attachment || !s.store->addAttachment(s.id, attachment.value()))
        qFatal("attachment");
    return s;
}

QString exportTo(Store& store, Bundle::ExportRequest& request, const QString& name) {
    request.outputPath = tempPath(name);
    auto result = Bundle::exportBundle(store, request);
    if (!result)
        qFatal("export: %s", qPrintable(result.error()));
    return request.outputPath;
}

QString exportTo(Store& store, Bundle::ExportRequest&& request, const QString& name) {
    return exportTo(store, request, name);
}

// What a tool said, for a failure message.
QString why(const ProcessRun& run) {
    return run.problem + QString::fromUtf8(run.err + run.out);
}

Bundle::ExportRequest allSigned(const Key& key) {
    Bundle::ExportRequest r;
    r.all = true;
    r.signer = signerOf(key);
    return r;
}

// The database as bytes on disk, to show a refused bundle changed nothing.
QByteArray databaseState(Store& store) {
    return fileSha256(store.path()) + fileSha256(store.path() + QStringLiteral("-wal")) +
           QByteArray::number(store.auditHead());
}

} // namespace

void TestBundle::initTestCase() {
    QVERIFY(sodium::ready());
}

void TestBundle::signedBundleRoundTrips() {
    Source src = sampleSource();
    const Key key = newKey();
    const QString path = exportTo(*src.store, allSigned(key), QStringLiteral("signed.causeway"));
    auto opened = Bundle::open(readFile(path), builtinTemplates());
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opened->signedBundle);
    QVERIFY(!opened->encrypted);
    QCOMPARE(opened->postmortems.size(), 1);
    QCOMPARE(opened->blobs.size(), 1);
    QVERIFY(opened->signerLabel().contains(u"Amara Okafor"));

    auto target =
        openStore(tempPath(QStringLiteral("target.db")), testOpenOptions(QStringLiteral("target")));
    auto applied = Bundle::apply(*target, opened.value(), /*trust=*/true, /*dryRun=*/false);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(applied->blobsAdded, 1);
    QCOMPARE(PostmortemJson::toCanonicalBytes(*target->loadPostmortem(src.id)),
             PostmortemJson::toCanonicalBytes(*src.store->loadPostmortem(src.id)));
    const QList<Attachment> attachments = target->listAttachments(src.id);
    QVERIFY(!attachments.isEmpty());
    QCOMPARE(target->readAttachment(attachments.last().id).value(),
             QByteArray("status 503 from payments-api\n"));
    QVERIFY(target->verify().ok);
    // The key is remembered: the next bundle from it needs no trust flag.
    QVERIFY(Bundle::signerIsTrusted(*target, opened.value()));
}

void TestBundle::unknownSignerMustBeTrusted() {
    Source src = sampleSource();
    const QString path =
        exportTo(*src.store, allSigned(newKey()), QStringLiteral("unknown.causeway"));
    auto opened = Bundle::open(readFile(path), builtinTemplates());
    QVERIFY(opened);
    auto target = newStore();
    const QByteArray before = databaseState(*target);
    auto refused = Bundle::apply(*target, opened.value(), false, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(opened->manifest.creator.keyId), qPrintable(refused.error()));
    QCOMPARE(databaseState(*target), before);
    // A dry run shows the preview without trusting anyone.
    auto preview = Bundle::apply(*target, opened.value(), true, true);
    QVERIFY(preview);
    QVERIFY(!Bundle::signerIsTrusted(*target, opened.value()));
    QCOMPARE(databaseState(*target), before);
}

void TestBundle::passphraseEncryptionRoundTrips() {
    Source src = sampleSource();
    Bundle::ExportRequest request = allSigned(newKey());
    request.passphrase = sodium::Passphrase(QByteArray("correct horse battery"));
    request.scryptLogN = 10;
    const QString path = exportTo(*src.store, request, QStringLiteral("pass.causeway"));
    const QByteArray bytes = readFile(path);
    QVERIFY(Bundle::isEncrypted(bytes));
    auto wrong =
        Bundle::open(bytes, builtinTemplates(), {sodium::Passphrase(QByteArray("wrong")), {}, {}});
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(u"passphrase"), qPrintable(wrong.error()));
    auto opened = Bundle::open(bytes, builtinTemplates(),
                               {sodium::Passphrase(QByteArray("correct horse battery")), {}, {}});
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opened->encrypted);
    QVERIFY(opened->signedBundle);
}

void TestBundle::recipientEncryptionRoundTrips() {
    Source src = sampleSource();
    const Age::Identity first = Age::generateIdentity();
    const Age::Identity second = Age::generateIdentity();
    Bundle::ExportRequest request = allSigned(newKey());
    request.recipients = {first.recipient, second.recipient};
    const QString path = exportTo(*src.store, request, QStringLiteral("recipients.causeway"));
    for (const Age::Identity& id : {first, second}) {
        auto opened = Bundle::open(readFile(path), builtinTemplates(), {{}, {id.secretKey}, {}});
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    auto other = Bundle::open(readFile(path), builtinTemplates(),
                              {{}, {Age::generateIdentity().secretKey}, {}});
    QVERIFY(!other);
}

void TestBundle::incrementalExportHoldsOnlyChanges() {
    Replica a = newReplica(QStringLiteral("inca"));
    const QString first =
        a.store
            ->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("One")}})
            .value();
    const QString second =
        a.store
            ->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("Two")}})
            .value();
    Bundle::ExportRequest request;
    request.sincePeer = QStringLiteral("laptop-b");
    auto full = Bundle::open(readFile(exportTo(*a.store, request, QStringLiteral("inc1.causeway"))),
                             builtinTemplates());
    QVERIFY(full);
    QCOMPARE(full->postmortems.size(), 2);
    QVERIFY(setField(a, second, Field::Summary, QStringLiteral("changed")));
    auto delta = Bundle::open(
        readFile(exportTo(*a.store, request, QStringLiteral("inc2.causeway"))), builtinTemplates());
    QVERIFY(delta);
    QCOMPARE(delta->manifest.postmortems, QStringList{second});
    QCOMPARE(delta->manifest.peer, QStringLiteral("laptop-b"));
    request.outputPath = tempPath(QStringLiteral("inc3.causeway"));
    auto nothing = Bundle::exportBundle(*a.store, request);
    QVERIFY(!nothing);
    QVERIFY(nothing.error().contains(u"Nothing changed"));
    QVERIFY(!QFile::exists(request.outputPath));
    Q_UNUSED(first)
}

namespace {

QList<Zip::Entry> entriesOf(const QByteArray& zip) {
    auto read = Zip::read(zip);
    if (!read)
        qFatal("read: %s", qPrintable(read.error()));
    return read.value();
}

QByteArray rezip(QList<Zip::Entry> entries) {
    return Zip::write(entries).value();
}

// A little-endian 32-bit field of a zip header.
void poke32(QByteArray& bytes, qsizetype at, quint32 value) {
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

} // namespace

void TestBundle::hostileBundlesAreRefused_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("expected");

    Source src = sampleSource(QStringLiteral("hostile-source"));
    const Key key = newKey();
    const QByteArray good =
        readFile(exportTo(*src.store, allSigned(key), QStringLiteral("good.causeway")));
    const QList<Zip::Entry> entries = entriesOf(good);

    {
        QList<Zip::Entry> e = entries;
        e.append({QStringLiteral("../evil.json"), QByteArray("{}")});
        // Zip::write refuses such a name; build it with another then rename in place.
        e.last().path = QStringLiteral("x/evil.jsonx");
        QByteArray zip = rezip(e);
        const QByteArray from("x/evil.jsonx");
        for (qsizetype at = zip.indexOf(from); at >= 0; at = zip.indexOf(from, at + 1))
            zip.replace(at, from.size(), QByteArray("../evil.json"));
        QTest::newRow("zip-slip") << zip << QString() << QStringLiteral("..");
    }
    {
        QList<Zip::Entry> e = entries;
        e.append({QStringLiteral("attachments/bomb"), QByteArray(300 << 20, '\0')});
        QTest::newRow("zip bomb") << rezip(e) << QString() << QStringLiteral("attachments/bomb");
    }
    {
        // Two central entries that point at the same local header.
        QByteArray zip = good;
        const qsizetype firstCentral = zip.indexOf(QByteArray("PK\x01\x02", 4));
        const qsizetype secondCentral = zip.indexOf(QByteArray("PK\x01\x02", 4), firstCentral + 4);
        poke32(zip, secondCentral + 42, 0);
        QTest::newRow("overlapping entries") << zip << QString() << QStringLiteral("overlap");
    }
    QTest::newRow("truncated file")
        << good.left(good.size() / 2) << QString() << QStringLiteral("damaged");
    {
        Age::EncryptOptions options;
        options.passphrase = sodium::Passphrase(QByteArray("secret words"));
        options.scryptLogN = 10;
        const QByteArray encrypted = Age::encrypt(good, options).value();
        QTest::newRow("truncated age stream")
            << encrypted.left(encrypted.size() - 40) << QStringLiteral("secret words")
            << QStringLiteral("truncated");
        QTest::newRow("wrong passphrase")
            << encrypted << QStringLiteral("not the words") << QStringLiteral("passphrase");
    }
    {
        QList<Zip::Entry> e = entries;
        for (Zip::Entry& entry : e) {
            if (entry.path == Bundle::kSignaturePath) {
                QList<QByteArray> lines = entry.data.split('\n');
                QByteArray sig = QByteArray::fromBase64(lines[1]);
                sig[20] = static_cast<char>(sig[20] ^ 0x01);
                lines[1] = sig.toBase64();
                entry.data = lines.join('\n');
            }
        }
        QTest::newRow("bad signature") << rezip(e) << QString() << QStringLiteral("signature");
    }
    {
        QList<Zip::Entry> e = entries;
        for (Zip::Entry& entry : e) {
            if (entry.path.startsWith(Bundle::kPostmortemDir))
                entry.data.replace("Card payments", "Card paymentz");
        }
        QTest::newRow("valid signature, tampered member")
            << rezip(e) << QString() << QStringLiteral("SHA-256");
    }
    {
        QList<Zip::Entry> e = entries;
        e.removeIf([](const Zip::Entry& entry) { return entry.path == Bundle::kSignaturePath; });
        QJsonObject manifest = QJsonDocument::fromJson(e.first().data).object();
        manifest.insert(QStringLiteral("version"),
                        QJsonObject{{QStringLiteral("critical"), 2}, {QStringLiteral("minor"), 0}});
        e.first().data = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        QTest::newRow("newer format") << rezip(e) << QString() << QStringLiteral("Update Causeway");
    }
    {
        // A document that breaks the schema, with a manifest (unsigned) whose hashes match.
        Bundle::Manifest manifest = Bundle::parseManifest(entries.first().data).value();
        manifest.creator = Bundle::Creator{QStringLiteral("rogue"), {}, {}, {}, {}};
        QList<Zip::Entry> e;
        for (const Zip::Entry& entry : entries) {
            if (!entry.path.startsWith(Bundle::kPostmortemDir))
                continue;
            Zip::Entry bad = entry;
            bad.data.replace("\"severity\":\"", "\"severity\":\"not-a-severity-");
            for (Bundle::Member& m : manifest.members) {
                if (m.path == bad.path) {
                    m.size = bad.data.size();
                    m.sha256 = sha256Hex(bad.data);
                }
            }
            e.append(bad);
        }
        for (const Zip::Entry& entry : entries) {
            if (entry.path.startsWith(Bundle::kAttachmentDir))
                e.append(entry);
        }
        e.prepend({Bundle::kManifestPath, Bundle::manifestJson(manifest)});
        QTest::newRow("schema-violating JSON")
            << rezip(e) << QString() << QStringLiteral("severity");
    }
    QTest::newRow("not a bundle") << QByteArray("just some text\n") << QString()
                                  << QStringLiteral("neither");
}

void TestBundle::hostileBundlesAreRefused() {
    QFETCH(QByteArray, file);
    QFETCH(QString, passphrase);
    QFETCH(QString, expected);
    auto target = openStore(tempPath(QStringLiteral("hostile-target.db")),
                            testOpenOptions(QStringLiteral("target")));
    const QByteArray before = databaseState(*target);
    Bundle::OpenOptions options;
    options.passphrase = sodium::Passphrase::fromString(passphrase);
    options.limits.maxEntrySize = 64 << 20;
    auto opened = Bundle::open(file, builtinTemplates(), options);
    QString message = opened ? QString() : opened.error();
    if (opened) {
        auto applied = Bundle::apply(*target, opened.value(), true, false);
        QVERIFY2(!applied, "a hostile bundle was imported");
        message = applied.error();
    }
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(databaseState(*target), before);
}

void TestBundle::standardToolsReadABundle() {
    Source src = sampleSource();
    const Key key = newKey();
    const QString path = exportTo(*src.store, allSigned(key), QStringLiteral("tools.causeway"));
    const QString dir = tempPath(QStringLiteral("unzipped"));
    QVERIFY(QDir().mkpath(dir));
    const ProcessRun unzip = runProgram(QStringLiteral("unzip"), {QStringLiteral("-q"), path}, dir);
    QVERIFY2(unzip.ran && unzip.exitCode == 0, qPrintable(why(unzip)));
    QVERIFY(QFile::exists(dir + QStringLiteral("/manifest.json")));
    // Every JSON member parses with jq.
    QStringList documents{QStringLiteral("manifest.json")};
    for (const QString& f : QDir(dir + QStringLiteral("/postmortems")).entryList(QDir::Files))
        documents.append(QStringLiteral("postmortems/") + f);
    for (const QString& doc : documents) {
        const ProcessRun jq = runProgram(
            QStringLiteral("jq"), {QStringLiteral("-e"), QStringLiteral(".format"), doc}, dir);
        QVERIFY2(jq.ran && jq.exitCode == 0, qPrintable(doc + why(jq)));
    }
    // The manifest's member hashes chain to the files: sha256sum agrees.
    const QJsonObject manifest =
        QJsonDocument::fromJson(readFile(dir + QStringLiteral("/manifest.json"))).object();
    for (const QJsonValue& m : manifest.value(QStringLiteral("members")).toArray()) {
        const QString member = m.toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(QString::fromLatin1(fileSha256(dir + u'/' + member)),
                 m.toObject().value(QStringLiteral("sha256")).toString());
    }
    // minisign verifies the manifest with the exported public key.
    const QString publicKey = dir + QStringLiteral("/../signer.pub");
    QVERIFY(writeFile(publicKey, Minisign::publicKeyFile(key.publicKey)));
    const ProcessRun minisign = runProgram(
        QStringLiteral("minisign"),
        {QStringLiteral("-Vm"), QStringLiteral("manifest.json"), QStringLiteral("-p"), publicKey},
        dir);
    QVERIFY2(minisign.ran && minisign.exitCode == 0, qPrintable(why(minisign)));
    QVERIFY2(minisign.out.contains("causeway bundle"), minisign.out.constData());
}

void TestBundle::ageDecryptsAnEncryptedBundle() {
    Source src = sampleSource();
    const Age::Identity identity = Age::generateIdentity();
    Bundle::ExportRequest request = allSigned(newKey());
    request.recipients = {identity.recipient};
    const QString path = exportTo(*src.store, request, QStringLiteral("age-x.causeway"));
    const QString identityFile = tempPath(QStringLiteral("identity.txt"));
    QVERIFY(writeFile(identityFile, identity.secretKey.toLatin1() + '\n'));
    const QString out = tempPath(QStringLiteral("age-x.zip"));
    const ProcessRun age =
        runProgram(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), identityFile,
                                           QStringLiteral("-o"), out, path});
    QVERIFY2(age.ran && age.exitCode == 0, qPrintable(why(age)));
    const ProcessRun unzip = runProgram(QStringLiteral("unzip"), {QStringLiteral("-t"), out});
    QVERIFY2(unzip.exitCode == 0, unzip.out.constData());

    // And with a passphrase (age reads it from a terminal: a pty driver answers).
    Bundle::ExportRequest withPassphrase = allSigned(newKey());
    withPassphrase.passphrase = sodium::Passphrase(QByteArray("tide pool lantern"));
    withPassphrase.scryptLogN = 12;
    const QString passPath = exportTo(*src.store, withPassphrase, QStringLiteral("age-p.causeway"));
    const QString driver = tempPath(QStringLiteral("pty-driver.py"));
    QVERIFY(writeFile(driver, kPassphrasePtyDriver));
    const QString passOut = tempPath(QStringLiteral("age-p.zip"));
    const ProcessRun agePass = runProgram(
        QStringLiteral("python3"), {driver, QStringLiteral("tide pool lantern"),
                                    QStandardPaths::findExecutable(QStringLiteral("age")),
                                    QStringLiteral("-d"), QStringLiteral("-o"), passOut, passPath});
    QVERIFY2(agePass.ran && agePass.exitCode == 0, qPrintable(why(agePass)));
    QVERIFY(Zip::read(readFile(passOut)));
}

void TestBundle::zipAndAgeMadeBundleImports() {
    // Causeway's JSON documents zipped by `zip` and encrypted by `age -p`.
    Source src = sampleSource();
    const QString dir = tempPath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/postmortems")));
    QVERIFY(writeFile(dir + QStringLiteral("/postmortems/") + src.id + QStringLiteral(".json"),
                      src.store->exportPostmortem(src.id).value()));
    const QString zipPath = tempPath(QStringLiteral("plain.zip"));
    const ProcessRun zip = runProgram(
        QStringLiteral("zip"),
        {QStringLiteral("-r"), QStringLiteral("-q"), zipPath, QStringLiteral("postmortems")}, dir);
    QVERIFY2(zip.ran && zip.exitCode == 0, qPrintable(why(zip)));
    const QString driver = tempPath(QStringLiteral("pty-driver2.py"));
    QVERIFY(writeFile(driver, kPassphrasePtyDriver));
    const QString agePath = tempPath(QStringLiteral("plain.zip.age"));
    const ProcessRun age = runProgram(
        QStringLiteral("python3"), {driver, QStringLiteral("harbour light"),
                                    QStandardPaths::findExecutable(QStringLiteral("age")),
                                    QStringLiteral("-p"), QStringLiteral("-o"), agePath, zipPath});
    QVERIFY2(age.ran && age.exitCode == 0, qPrintable(why(age)));

    auto target = newStore();
    auto opened = Bundle::open(readFile(agePath), builtinTemplates(),
                               {sodium::Passphrase(QByteArray("harbour light")), {}, {}});
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(!opened->hasManifest);
    QVERIFY(!opened->signedBundle);
    QVERIFY(!Bundle::apply(*target, opened.value(), false, false)); // unsigned: needs trust
    auto applied = Bundle::apply(*target, opened.value(), true, false);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(PostmortemJson::toCanonicalBytes(*target->loadPostmortem(src.id)),
             src.store->exportPostmortem(src.id).value());
}

QTEST_GUILESS_MAIN(TestBundle)
#include "test_bundle.moc"
