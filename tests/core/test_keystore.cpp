// The key stores without a secret service: the in-memory store, and the system keychain
// when there is no D-Bus session (signing disabled with a clear message, the rest works).
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "secrets/KeyStore.h"
#include "secrets/QtKeychainKeyStore.h"
#include "signing/SealedKey.h"
#include "signing/SigningProfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sodium.h>

using namespace causeway;

class TestKeyStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void memoryStoreRoundTrip();
    void sealedKeyOpensOnlyWithItsPassphrase();
    void noDbusMeansNoKeychain();
    void cliWithoutKeychainRefusesToSignButVerifies();
};

void TestKeyStore::initTestCase() {
    // A session bus address that cannot be reached, and no X display to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/causeway-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestKeyStore::memoryStoreRoundTrip() {
    MemoryKeyStore keys;
    QVERIFY(keys.checkAvailable());
    QVERIFY(keys.write(QStringLiteral("a"), QByteArray("secret")));
    QCOMPARE(keys.read(QStringLiteral("a")).value(), QByteArray("secret"));
    const auto missing = keys.read(QStringLiteral("b"));
    QVERIFY(!missing);
    QCOMPARE(missing.error(), QStringLiteral("The keychain has no entry \"b\"."));
    QVERIFY(keys.remove(QStringLiteral("a")));
    QVERIFY(keys.remove(QStringLiteral("a"))); // removing twice is not an error
    QVERIFY(!keys.read(QStringLiteral("a")));
    keys.setUnavailable(QStringLiteral("test"));
    QVERIFY(!keys.write(QStringLiteral("a"), QByteArray("x")));
    QVERIFY(!keys.read(QStringLiteral("a")));
}

void TestKeyStore::sealedKeyOpensOnlyWithItsPassphrase() {
    QVERIFY(sodium::ready());
    QByteArray publicKey(32, '\0');
    sodium::SecretBytes secretKey(64);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    const QByteArray sealed =
        SealedKey::seal(secretKey, publicKey, sodium::Passphrase(QByteArray("passphrase one")));
    QVERIFY(!sealed.isEmpty());
    // Nothing of the secret key appears in the sealed form.
    const QByteArray raw(reinterpret_cast<const char*>(secretKey.data()), 32);
    QVERIFY(!sealed.contains(raw.toBase64().left(20)));

    sodium::SecretBytes opened(64);
    QCOMPARE(SealedKey::open(sealed, sodium::Passphrase(QByteArray("passphrase one")), publicKey,
                             opened),
             SealedKey::OpenError::None);
    QCOMPARE(sodium_memcmp(opened.data(), secretKey.data(), 64), 0);
    QCOMPARE(SealedKey::open(sealed, sodium::Passphrase(QByteArray("passphrase two")), publicKey,
                             opened),
             SealedKey::OpenError::WrongPassphrase);
    QByteArray otherPublic = publicKey;
    otherPublic[0] = static_cast<char>(otherPublic[0] ^ 1);
    QCOMPARE(SealedKey::open(sealed, sodium::Passphrase(QByteArray("passphrase one")), otherPublic,
                             opened),
             SealedKey::OpenError::OtherKey);
    QCOMPARE(SealedKey::open(QByteArray("{}"), sodium::Passphrase(QByteArray("passphrase one")),
                             publicKey, opened),
             SealedKey::OpenError::Malformed);
}

void TestKeyStore::noDbusMeansNoKeychain() {
    QtKeychainKeyStore keys(10000);
    QElapsedTimer timer;
    timer.start();
    const Status available = keys.checkAvailable();
    QVERIFY(!available);
    QVERIFY2(available.error().startsWith(
                 QStringLiteral("No keychain is available: signing is disabled.")),
             qPrintable(available.error()));
    QVERIFY2(timer.elapsed() < 9000, "the keychain check must fail fast, not time out");
    QVERIFY(!keys.write(QStringLiteral("x"), QByteArray("y")));
    const auto created = SigningProfiles::create(keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                                 sodium::Passphrase(QByteArray("ann passphrase")));
    QVERIFY(!created);
    QVERIFY(created.error().startsWith(QStringLiteral("No keychain is available")));
    QVERIFY(SigningProfiles::list().isEmpty());
}

void TestKeyStore::cliWithoutKeychainRefusesToSignButVerifies() {
    const QString db = test::tempPath(QStringLiteral("nokeychain.db"));
    const QString passFile = test::tempPath(QStringLiteral("pass.txt"));
    QFile f(passFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ann passphrase\n");
    f.close();
    const auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    const CliRun created =
        cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();

    const CliRun profile =
        cli({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Ann"), QStringLiteral("--role"), QStringLiteral("Author"),
             QStringLiteral("--passphrase-file"), passFile});
    QCOMPARE(profile.exitCode, 2);
    QVERIFY2(profile.errText().contains(
                 QStringLiteral("No keychain is available: signing is disabled.")),
             qPrintable(profile.errText()));
    const CliRun noProfile =
        cli({QStringLiteral("sign"), id, QStringLiteral("--meaning"), QStringLiteral("authored"),
             QStringLiteral("--passphrase-file"), passFile});
    QCOMPARE(noProfile.exitCode, 2);
    QVERIFY(noProfile.errText().contains(QStringLiteral("there is no signing profile")));

    const CliRun verify = cli({QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
    const CliRun list = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.outText().contains(QStringLiteral("no signing profiles")));
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "test_keystore.moc"
