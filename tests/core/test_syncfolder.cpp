#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "bundle/BundleFormat.h"
#include "bundle/Minisign.h"
#include "bundle/SyncFolder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sodium.h>

using namespace causeway;
using namespace causeway::test;

// Two machines that never see a network stay in step through a shared folder: each writes
// its incremental bundles there and imports the other's; files being written, own files and
// bundles already imported are skipped; unknown signers wait for the user.
class TestSyncFolder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoMachinesStayInStep();
    void growingAndPartialFilesWait();
    void unknownSignerWaitsForTrust();
    void databaseInsideASyncedFolderIsNoticed();
};

namespace {

struct Machine {
    Replica replica;
    std::unique_ptr<SyncFolder> sync;
};

Bundle::Signer newSigner(const QString& name) {
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    auto secret = std::make_shared<sodium::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret->data());
    return Bundle::Signer{name, QStringLiteral("Analyst"), publicKey, secret};
}

Machine machine(const QString& device, const QString& folder, const Bundle::Signer& signer) {
    Machine m{newReplica(device), nullptr};
    m.sync = std::make_unique<SyncFolder>(*m.replica.store, builtinTemplates());
    m.sync->setSettleTime(0);
    m.sync->setSigner(signer);
    m.sync->setFolder(folder);
    return m;
}

void trustEachOther(Machine& a, const Bundle::Signer& sa, Machine& b, const Bundle::Signer& sb) {
    auto trust = [](Machine& m, const Bundle::Signer& s) {
        const Minisign::PublicKey key{Minisign::keyNumberFor(s.publicKey), s.publicKey};
        QVERIFY(m.replica.store->trustSigner(
            {key.keyId(), QString::fromLatin1(s.publicKey.toBase64()), s.name, {}}));
    };
    trust(a, sb);
    trust(b, sa);
}

// Scans until nothing more is waiting (a file seen for the first time waits one scan).
SyncFolder::ScanResult settle(Machine& m) {
    SyncFolder::ScanResult all;
    for (int i = 0; i < 3; ++i) {
        const SyncFolder::ScanResult r = m.sync->scan();
        all.imported += r.imported;
        all.needTrust += r.needTrust;
        all.failed += r.failed;
    }
    return all;
}

} // namespace

void TestSyncFolder::twoMachinesStayInStep() {
    const QString folder = tempPath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const Bundle::Signer sa = newSigner(QStringLiteral("Amara"));
    const Bundle::Signer sb = newSigner(QStringLiteral("Jonas"));
    Machine a = machine(QStringLiteral("laptopa"), folder, sa);
    Machine b = machine(QStringLiteral("laptopb"), folder, sb);
    trustEachOther(a, sa, b, sb);

    const QString id = a.replica.store
                           ->createPostmortem(QStringLiteral("standard"),
                                              {{Field::Title, QStringLiteral("Queue backlog")}})
                           .value();
    auto written = a.sync->exportChanges();
    QVERIFY2(written && !written->isEmpty(), qPrintable(written.error()));
    QVERIFY(written->startsWith(u"laptopa-"));
    // Nothing changed since: nothing written.
    QVERIFY(a.sync->exportChanges().value().isEmpty());

    SyncFolder::ScanResult r = settle(b);
    QCOMPARE(r.imported.size(), 1);
    QVERIFY(r.failed.isEmpty());
    QVERIFY(b.replica.store->loadPostmortem(id));

    // Both edit, both export, both import: the same result on both, the conflict kept.
    QVERIFY(setField(a.replica, id, Field::Summary, QStringLiteral("from A")));
    QVERIFY(setField(b.replica, id, Field::Summary, QStringLiteral("from B")));
    QVERIFY(setField(b.replica, id, Field::Impact, QStringLiteral("impact from B")));
    QVERIFY(!a.sync->exportChanges().value().isEmpty());
    QVERIFY(!b.sync->exportChanges().value().isEmpty());
    QCOMPARE(settle(a).imported.size(), 1);
    QCOMPARE(settle(b).imported.size(), 1);
    QCOMPARE(canonical(a.replica, id), canonical(b.replica, id));
    QCOMPARE(a.replica.store->openConflicts(id).size(), 1);
    QCOMPARE(a.replica.store->loadPostmortem(id)->root.text(Field::Impact),
             QStringLiteral("impact from B"));
    // Scanning again imports nothing twice.
    QVERIFY(settle(a).imported.isEmpty());
    QVERIFY(a.replica.store->verify().ok);
    QVERIFY(b.replica.store->verify().ok);
}

void TestSyncFolder::growingAndPartialFilesWait() {
    const QString folder = tempPath(QStringLiteral("partial"));
    QVERIFY(QDir().mkpath(folder));
    Machine b = machine(QStringLiteral("laptopc"), folder, newSigner(QStringLiteral("C")));
    // A temporary name (as QSaveFile and sync engines use) is not a bundle.
    QFile partial(folder + QStringLiteral("/laptopz-1.causeway.tmp123"));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("PK\x03\x04 half");
    partial.close();
    // A .causeway file seen for the first time waits for the next scan.
    QFile growing(folder + QStringLiteral("/laptopz-2.causeway"));
    QVERIFY(growing.open(QIODevice::WriteOnly));
    growing.write("PK\x03\x04");
    growing.flush();
    SyncFolder::ScanResult first = b.sync->scan();
    QVERIFY(first.imported.isEmpty());
    QVERIFY(first.failed.isEmpty());
    QVERIFY(first.skipped.contains(QStringLiteral("laptopz-2.causeway")));
    growing.write(" more bytes");
    growing.close();
    SyncFolder::ScanResult second = b.sync->scan();
    QVERIFY(second.failed.isEmpty()); // it grew: still waiting
    SyncFolder::ScanResult third = b.sync->scan();
    QCOMPARE(third.failed.size(), 1); // settled, read, and refused as damaged
    QVERIFY(!third.failed.first().contains(u"tmp123"));
}

void TestSyncFolder::unknownSignerWaitsForTrust() {
    const QString folder = tempPath(QStringLiteral("untrusted"));
    QVERIFY(QDir().mkpath(folder));
    Machine a = machine(QStringLiteral("laptopd"), folder, newSigner(QStringLiteral("D")));
    Machine b = machine(QStringLiteral("laptope"), folder, newSigner(QStringLiteral("E")));
    a.replica.store->createPostmortem(QStringLiteral("standard"),
                                      {{Field::Title, QStringLiteral("X")}});
    QVERIFY(!a.sync->exportChanges().value().isEmpty());
    const qint64 head = b.replica.store->auditHead();
    const SyncFolder::ScanResult r = settle(b);
    // Seen once (waiting to settle), then asked about on every scan until trusted.
    QCOMPARE(r.needTrust.size(), 2);
    QVERIFY(r.imported.isEmpty());
    QCOMPARE(b.replica.store->auditHead(), head);
}

void TestSyncFolder::databaseInsideASyncedFolderIsNoticed() {
    const QString root = tempPath(QStringLiteral("synced"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/team/db")));
    const QString db = root + QStringLiteral("/team/db/causeway.db");
    QCOMPARE(syncEngineContaining(db), QString());
    QFile marker(root + QStringLiteral("/.stfolder"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    QCOMPARE(syncEngineContaining(db), QStringLiteral("Syncthing"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/Dropbox/x")));
    // The nearest synced folder names the engine.
    QCOMPARE(syncEngineContaining(root + QStringLiteral("/Dropbox/x/c.db")),
             QStringLiteral("Dropbox"));
}

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "test_syncfolder.moc"
