// Integration test against a real Secret Service: run by CTest under dbus-run-session with
// an unlocked gnome-keyring-daemon (see signing_tests.cmake). Profiles, the sealed key in
// the keychain, signing and verifying, in-process and through causeway-cli.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "secrets/QtKeychainKeyStore.h"
#include "signing/Signatures.h"
#include "signing/SigningProfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace causeway;

namespace {

QString writePassFile(const QString& name, const QByteArray& text) {
    const QString path = test::tempPath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

} // namespace

class TestSigningKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rawEntriesRoundTrip();
    void profileSignVerify();
    void cliSignAndVerify();
};

void TestSigningKeychain::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with gnome-keyring-daemon (see signing_tests.cmake)");
    QtKeychainKeyStore keys(20000);
    const Status available = keys.checkAvailable();
    QVERIFY2(available, qPrintable(available.error()));
}

void TestSigningKeychain::rawEntriesRoundTrip() {
    QtKeychainKeyStore keys(20000);
    const QString key = QStringLiteral("test-entry");
    static const char raw[] = "\x00\x01 binary \xff secret"; // with a NUL and a non-UTF-8 byte
    const QByteArray secret(raw, sizeof raw - 1);
    QVERIFY(keys.write(key, secret));
    QCOMPARE(QtKeychainKeyStore(20000).read(key).value(), secret);
    QVERIFY(keys.remove(key));
    const auto gone = keys.read(key);
    QVERIFY(!gone);
    QVERIFY2(gone.error().contains(QStringLiteral("has no entry")), qPrintable(gone.error()));
}

void TestSigningKeychain::profileSignVerify() {
    QtKeychainKeyStore keys(20000);
    const auto ann =
        SigningProfiles::create(keys, QStringLiteral("Ann Keychain"), QStringLiteral("Author"),
                                sodium::Passphrase(QByteArray("ann passphrase")));
    QVERIFY2(ann, qPrintable(ann.error()));
    // The sealed secret key is in the keychain, readable by a fresh connection.
    const auto sealed = QtKeychainKeyStore(20000).read(ann->keychainEntry());
    QVERIFY2(sealed, qPrintable(sealed.error()));
    QVERIFY(sealed.value().contains("\"format\":\"causeway.sealed-signing-key\""));

    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("T")}})
            .value();
    const auto wrong = Signatures::sign(*store, keys, ann.value(), id, QStringLiteral("authored"),
                                        sodium::Passphrase(QByteArray("not the passphrase")));
    QVERIFY(!wrong);
    const auto signedId =
        Signatures::sign(*store, keys, ann.value(), id, QStringLiteral("authored"),
                         sodium::Passphrase(QByteArray("ann passphrase")));
    QVERIFY2(signedId, qPrintable(signedId.error()));
    QVERIFY(Signatures::checkAll(*store->loadPostmortem(id)).first().isValid());

    QVERIFY(SigningProfiles::remove(keys, ann.value()));
    QVERIFY(!keys.read(ann->keychainEntry()));
    // Verifying needs no keychain entry: the record carries the public key.
    QVERIFY(Signatures::checkAll(*store->loadPostmortem(id)).first().isValid());
}

void TestSigningKeychain::cliSignAndVerify() {
    const QString db = test::tempPath(QStringLiteral("signed.db"));
    const auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    const QString annPass = writePassFile(QStringLiteral("ann.txt"), "ann passphrase\n");
    const QString boPass = writePassFile(QStringLiteral("bo.txt"), "bo passphrase");

    const CliRun created =
        cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Checkout down")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();

    const CliRun ann =
        cli({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Ann Author"), QStringLiteral("--role"),
             QStringLiteral("Incident commander"), QStringLiteral("--passphrase-file"), annPass});
    QVERIFY2(ann.exitCode == 0, qPrintable(ann.errText()));
    QVERIFY2(ann.outText().contains(QStringLiteral("(current)")), qPrintable(ann.outText()));
    const CliRun bo =
        cli({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Bo Approver"), QStringLiteral("--role"),
             QStringLiteral("Head of operations"), QStringLiteral("--passphrase-file"), boPass});
    QVERIFY2(bo.exitCode == 0, qPrintable(bo.errText()));
    const CliRun list = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(list.outText().contains(QStringLiteral("* ")));
    QCOMPARE(list.outText().count(u'\n'), 2);

    // No passphrase file and no terminal: refused, nothing written.
    const CliRun noTerminal =
        cli({QStringLiteral("sign"), id, QStringLiteral("--meaning"), QStringLiteral("authored")});
    QCOMPARE(noTerminal.exitCode, 2);
    QVERIFY2(noTerminal.errText().contains(QStringLiteral("not a terminal")),
             qPrintable(noTerminal.errText()));

    const CliRun wrongPass =
        cli({QStringLiteral("sign"), id, QStringLiteral("--meaning"), QStringLiteral("authored"),
             QStringLiteral("--passphrase-file"), boPass});
    QCOMPARE(wrongPass.exitCode, 1);
    QVERIFY(wrongPass.errText().contains(QStringLiteral("passphrase is not correct")));

    const CliRun authored =
        cli({QStringLiteral("sign"), id.left(8), QStringLiteral("--meaning"),
             QStringLiteral("authored"), QStringLiteral("--passphrase-file"), annPass});
    QVERIFY2(authored.exitCode == 0, qPrintable(authored.errText()));
    QVERIFY(authored.outText().startsWith(QStringLiteral("signed ") + id));

    const CliRun selfApprove =
        cli({QStringLiteral("sign"), id, QStringLiteral("--meaning"), QStringLiteral("approved"),
             QStringLiteral("--passphrase-file"), annPass});
    QCOMPARE(selfApprove.exitCode, 1);
    QVERIFY2(selfApprove.errText().contains(QStringLiteral("different people")),
             qPrintable(selfApprove.errText()));

    const CliRun approved =
        cli({QStringLiteral("sign"), id, QStringLiteral("--meaning"), QStringLiteral("approved"),
             QStringLiteral("--profile"), QStringLiteral("Bo Approver"),
             QStringLiteral("--passphrase-file"), boPass});
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.errText()));

    const CliRun good = cli({QStringLiteral("verify")});
    QVERIFY2(good.exitCode == 0, qPrintable(good.outText()));
    QVERIFY(good.outText().startsWith(QStringLiteral("ok: ")));
    QVERIFY2(good.outText().contains(QRegularExpression(
                 QStringLiteral("Authored by Ann Author \\(Incident "
                                "commander\\), \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "
                                "UTC, key [0-9a-f]{16}: valid"))),
             qPrintable(good.outText()));
    QVERIFY(good.outText().contains(QStringLiteral("ok: 2 signatures valid")));
    const CliRun shown = cli({QStringLiteral("show"), id});
    QVERIFY2(shown.outText().contains(QStringLiteral("Approved by Bo Approver")),
             qPrintable(shown.outText()));

    // Any later change of the content: both signatures invalid, verify exits 1.
    const CliRun edit =
        cli({QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("--at"),
             QStringLiteral("+5m"), QStringLiteral("--text"), QStringLiteral("Late note")});
    QCOMPARE(edit.exitCode, 0);
    const CliRun bad = cli({QStringLiteral("verify"), id.left(8)});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.outText().count(QStringLiteral("invalid: content changed after signing")), 2);
    QVERIFY(bad.outText().contains(QStringLiteral("FAILED: 2 of 2 signatures invalid")));

    // Removing a profile deletes its key; what it signed can still be checked.
    const CliRun removed =
        cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Bo Approver")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.errText()));
    const CliRun after = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(!after.outText().contains(QStringLiteral("Bo Approver")));
    QCOMPARE(after.outText().count(u'\n'), 1);
    const CliRun signAgain =
        cli({QStringLiteral("sign"), id, QStringLiteral("--meaning"), QStringLiteral("approved"),
             QStringLiteral("--profile"), QStringLiteral("Bo Approver"),
             QStringLiteral("--passphrase-file"), boPass});
    QCOMPARE(signAgain.exitCode, 2);
    const CliRun stillChecked = cli({QStringLiteral("verify"), id});
    QVERIFY(stillChecked.outText().contains(QStringLiteral("Approved by Bo Approver")));
}

QTEST_GUILESS_MAIN(TestSigningKeychain)
#include "test_signing_keychain.moc"
