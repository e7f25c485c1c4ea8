// minisign signatures and public keys: signed and verified here, and checked both ways against
// the real minisign (0.11): it verifies what Causeway signs, Causeway verifies what it signs.
#include "ProcessRun.h"

#include "bundle/Minisign.h"
#include "signing/SigningProfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <algorithm>
#include <memory>

using namespace causeway;

namespace {

struct KeyPair {
    QByteArray publicKey;
    std::unique_ptr<sodium::SecretBytes> secretKey;
};

KeyPair newKeyPair() {
    KeyPair pair;
    pair.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    pair.secretKey = std::make_unique<sodium::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                        pair.secretKey->data());
    return pair;
}

Minisign::PublicKey publicKeyOf(const KeyPair& pair) {
    return Minisign::parsePublicKey(Minisign::publicKeyFile(pair.publicKey)).value();
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> linesOf(const QByteArray& file) {
    QList<QByteArray> lines = file.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joinLines(const QList<QByteArray>& lines) {
    return lines.join('\n') + '\n';
}

// Flips one bit of the decoded bytes of a base64 line.
QByteArray flipInBase64(const QByteArray& line, qsizetype byte) {
    QByteArray decoded = QByteArray::fromBase64(line);
    decoded[byte] = char(decoded.at(byte) ^ 0x01);
    return decoded.toBase64();
}

const QString kMinisign = QStringLiteral("minisign");

} // namespace

class TestMinisign : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signAndVerify();
    void keyNumberIsTheCausewayKeyIdAndPrintsLikeMinisign();
    void publicKeyFileAndBareLineParse();
    void commentsStayOnOneLine();
    void mismatchedKeyPairSignsNothing();
    void minisignVerifiesOurSignatures();
    void minisignPrintsOurKeyId();
    void tamperingFailsHereAndInMinisign_data();
    void tamperingFailsHereAndInMinisign();
    void minisignSignaturesVerifyHere_data();
    void minisignSignaturesVerifyHere();
    void malformedSignaturesAreRefused_data();
    void malformedSignaturesAreRefused();
    void malformedPublicKeysAreRefused_data();
    void malformedPublicKeysAreRefused();

private:
    KeyPair m_key;
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestMinisign::initTestCase() {
    QVERIFY(sodium::ready());
    QVERIFY(m_dir.isValid());
    m_key = newKeyPair();
}

void TestMinisign::signAndVerify() {
    const QByteArray message("the bundle's bytes\n");
    const QByteArray file = Minisign::sign(message, *m_key.secretKey, m_key.publicKey,
                                           QStringLiteral("causeway bundle pm-42 ✓"));
    const QList<QByteArray> lines = linesOf(file);
    QCOMPARE(lines.size(), 4);
    QVERIFY(file.endsWith('\n'));
    QVERIFY(lines[0].startsWith("untrusted comment: "));
    QCOMPARE(lines[2], QByteArray("trusted comment: causeway bundle pm-42 ✓"));
    QCOMPARE(QByteArray::fromBase64(lines[1]).left(2), QByteArray("ED"));

    const auto parsed = Minisign::parse(file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed->prehashed);
    QCOMPARE(parsed->keyNumber, Minisign::keyNumberFor(m_key.publicKey));
    QCOMPARE(parsed->trustedComment, QStringLiteral("causeway bundle pm-42 ✓"));
    QVERIFY(parsed->publicKey.isEmpty());

    const auto verified = Minisign::verify(message, file, publicKeyOf(m_key));
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(verified->publicKey, m_key.publicKey);
    QCOMPARE(verified->trustedComment, QStringLiteral("causeway bundle pm-42 ✓"));
    QVERIFY(verified->untrustedComment.contains(publicKeyOf(m_key).keyId()));

    const auto other = Minisign::verify(message + "!", file, publicKeyOf(m_key));
    QVERIFY(!other.ok());
    QVERIFY2(other.error().contains(QStringLiteral("does not match the file")),
             qPrintable(other.error()));

    // Signing is deterministic (Ed25519), so the same input gives the same file.
    QCOMPARE(Minisign::sign(message, *m_key.secretKey, m_key.publicKey,
                            QStringLiteral("causeway bundle pm-42 ✓")),
             file);
}

void TestMinisign::keyNumberIsTheCausewayKeyIdAndPrintsLikeMinisign() {
    const QByteArray number = Minisign::keyNumberFor(m_key.publicKey);
    QCOMPARE(number.size(), 8);
    QCOMPARE(QString::fromLatin1(number.toHex()), keyIdFor(m_key.publicKey));
    // minisign prints the number as a little-endian integer: the bytes in reverse order.
    QByteArray reversed = number;
    std::reverse(reversed.begin(), reversed.end());
    const Minisign::PublicKey key = publicKeyOf(m_key);
    QCOMPARE(key.keyNumber, number);
    QCOMPARE(key.keyId(), QString::fromLatin1(reversed.toHex().toUpper()));
    // minisign's printf drops leading zeros; Causeway keeps all 16 digits.
    const Minisign::PublicKey leadingZero{QByteArray::fromHex("d429754c7ccaaa04"), {}};
    QCOMPARE(leadingZero.keyId(), QStringLiteral("04AACA7C4C7529D4"));
    QCOMPARE(leadingZero.keyIdAsMinisignPrints(), QStringLiteral("4AACA7C4C7529D4"));
    const Minisign::PublicKey zero{QByteArray(8, '\0'), {}};
    QCOMPARE(zero.keyIdAsMinisignPrints(), QStringLiteral("0"));
}

void TestMinisign::publicKeyFileAndBareLineParse() {
    const QByteArray file = Minisign::publicKeyFile(m_key.publicKey);
    const QList<QByteArray> lines = linesOf(file);
    QCOMPARE(lines.size(), 2);
    const Minisign::PublicKey key = publicKeyOf(m_key);
    QCOMPARE(lines[0],
             "untrusted comment: minisign public key " + key.keyIdAsMinisignPrints().toLatin1());
    QCOMPARE(key.key, m_key.publicKey);
    const auto bare = Minisign::parsePublicKey(lines[1]);
    QVERIFY2(bare.ok(), qPrintable(bare.error()));
    QCOMPARE(bare->key, m_key.publicKey);
    QCOMPARE(bare->keyNumber, key.keyNumber);
    const auto crlf = Minisign::parsePublicKey(lines[0] + "\r\n" + lines[1] + "\r\n");
    QVERIFY2(crlf.ok(), qPrintable(crlf.error()));
    const QByteArray named = Minisign::publicKeyFile(m_key.publicKey, QStringLiteral("Ann"));
    QVERIFY(named.startsWith("untrusted comment: Ann\n"));
}

void TestMinisign::commentsStayOnOneLine() {
    const QByteArray file =
        Minisign::sign("m", *m_key.secretKey, m_key.publicKey, QStringLiteral("two\nlines\r"),
                       QStringLiteral("also\ntwo"));
    QCOMPARE(linesOf(file).size(), 4);
    const auto verified = Minisign::verify("m", file, publicKeyOf(m_key));
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(verified->trustedComment, QStringLiteral("two lines "));
    QCOMPARE(verified->untrustedComment, QStringLiteral("also two"));
}

void TestMinisign::mismatchedKeyPairSignsNothing() {
    const KeyPair other = newKeyPair();
    QVERIFY(Minisign::sign("m", *m_key.secretKey, other.publicKey, QStringLiteral("t")).isEmpty());
}

void TestMinisign::minisignVerifiesOurSignatures() {
    const QByteArray message = QByteArray("bundle\0bytes", 12).repeated(1000);
    const QString messagePath = path(QStringLiteral("ours.bin"));
    const QString signaturePath = messagePath + QStringLiteral(".minisig");
    const QString keyPath = path(QStringLiteral("ours.pub"));
    QVERIFY(writeFile(messagePath, message));
    QVERIFY(writeFile(signaturePath,
                      Minisign::sign(message, *m_key.secretKey, m_key.publicKey,
                                     QStringLiteral("timestamp:1700000000\tfile:ours.bin"))));
    const QByteArray keyFile = Minisign::publicKeyFile(m_key.publicKey);
    QVERIFY(writeFile(keyPath, keyFile));
    const QString bareKey = QString::fromLatin1(linesOf(keyFile).at(1));

    for (const QStringList& key :
         {QStringList{QStringLiteral("-P"), bareKey}, QStringList{QStringLiteral("-p"), keyPath}}) {
        const auto run =
            test::runProgram(kMinisign, QStringList{QStringLiteral("-Vm"), messagePath,
                                                    QStringLiteral("-x"), signaturePath} +
                                            key);
        QVERIFY2(run.ran, qPrintable(run.problem));
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("Trusted comment: timestamp:1700000000\tfile:ours.bin"), run.out);
    }
    // -H: minisign insists on the prehashed algorithm, which is the one Causeway writes.
    const auto prehashed = test::runProgram(
        kMinisign, {QStringLiteral("-H"), QStringLiteral("-Vm"), messagePath, QStringLiteral("-x"),
                    signaturePath, QStringLiteral("-P"), bareKey});
    QVERIFY2(prehashed.ran && prehashed.exitCode == 0,
             QByteArray(prehashed.out + prehashed.err).constData());
}

void TestMinisign::minisignPrintsOurKeyId() {
    // Given another key, minisign names both key ids: ours must read as keyId() says.
    const QString messagePath = path(QStringLiteral("id.bin"));
    QVERIFY(writeFile(messagePath, "m"));
    QVERIFY(writeFile(messagePath + QStringLiteral(".minisig"),
                      Minisign::sign("m", *m_key.secretKey, m_key.publicKey, QStringLiteral("t"))));
    const KeyPair other = newKeyPair();
    const auto run = test::runProgram(
        kMinisign, {QStringLiteral("-Vm"), messagePath, QStringLiteral("-P"),
                    QString::fromLatin1(linesOf(Minisign::publicKeyFile(other.publicKey)).at(1))});
    QVERIFY2(run.ran, qPrintable(run.problem));
    QVERIFY(run.exitCode != 0);
    const QByteArray said = run.out + run.err;
    // This message of minisign 0.11 prints the ids without leading zeros ("%" PRIX64).
    const auto printed = [](const Minisign::PublicKey& key) {
        QByteArray id = key.keyId().toLatin1();
        while (id.size() > 1 && id.startsWith('0'))
            id.remove(0, 1);
        return QByteArray(" " + id + "\n");
    };
    QVERIFY2(said.contains(printed(publicKeyOf(m_key))), said);
    QVERIFY2(said.contains(printed(publicKeyOf(other))), said);
}

void TestMinisign::tamperingFailsHereAndInMinisign_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("line"); // 0: the file itself
    QTest::addColumn<QString>("keyword");
    QTest::newRow("file changed") << QByteArray("bundle bytes, changed") << 0
                                  << QStringLiteral("does not match the file");
    QTest::newRow("trusted comment changed")
        << QByteArray("bundle bytes") << 3 << QStringLiteral("trusted comment");
    QTest::newRow("signature changed")
        << QByteArray("bundle bytes") << 2 << QStringLiteral("does not match the file");
    QTest::newRow("comment signature changed")
        << QByteArray("bundle bytes") << 4 << QStringLiteral("trusted comment");
}

void TestMinisign::tamperingFailsHereAndInMinisign() {
    QFETCH(QByteArray, message);
    QFETCH(int, line);
    QFETCH(QString, keyword);
    QList<QByteArray> lines = linesOf(
        Minisign::sign("bundle bytes", *m_key.secretKey, m_key.publicKey, QStringLiteral("pm-1")));
    if (line == 2)
        lines[1] = flipInBase64(lines[1], 40);
    else if (line == 3)
        lines[2] = "trusted comment: pm-2";
    else if (line == 4)
        lines[3] = flipInBase64(lines[3], 10);
    const QByteArray signature = joinLines(lines);

    const auto verified = Minisign::verify(message, signature, publicKeyOf(m_key));
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().contains(keyword), qPrintable(verified.error()));

    const QString messagePath = path(QStringLiteral("tampered.bin"));
    QVERIFY(writeFile(messagePath, message));
    QVERIFY(writeFile(messagePath + QStringLiteral(".minisig"), signature));
    const auto run = test::runProgram(
        kMinisign, {QStringLiteral("-Vm"), messagePath, QStringLiteral("-P"),
                    QString::fromLatin1(linesOf(Minisign::publicKeyFile(m_key.publicKey)).at(1))});
    QVERIFY2(run.ran, qPrintable(run.problem));
    QVERIFY2(run.exitCode != 0, run.out);
}

void TestMinisign::minisignSignaturesVerifyHere_data() {
    QTest::addColumn<bool>("legacy");
    QTest::newRow("prehashed (ED)") << false;
    QTest::newRow("legacy (Ed, minisign -l)") << true;
}

void TestMinisign::minisignSignaturesVerifyHere() {
    QFETCH(bool, legacy);
    const QString prefix = path(legacy ? QStringLiteral("legacy") : QStringLiteral("hashed"));
    const QString publicPath = prefix + QStringLiteral(".pub");
    const QString secretPath = prefix + QStringLiteral(".key");
    const QString messagePath = prefix + QStringLiteral(".txt");
    const QByteArray message("signed by minisign itself\n");
    QVERIFY(writeFile(messagePath, message));
    const auto generate = test::runProgram(kMinisign, {QStringLiteral("-G"), QStringLiteral("-W"),
                                                       QStringLiteral("-p"), publicPath,
                                                       QStringLiteral("-s"), secretPath});
    QVERIFY2(generate.ran, qPrintable(generate.problem));
    QVERIFY2(generate.exitCode == 0, QByteArray(generate.out + generate.err).constData());
    QStringList signArguments{QStringLiteral("-S"),
                              QStringLiteral("-s"),
                              secretPath,
                              QStringLiteral("-m"),
                              messagePath,
                              QStringLiteral("-t"),
                              QStringLiteral("approved by Ann ✓")};
    if (legacy)
        signArguments.prepend(QStringLiteral("-l"));
    const auto signRun = test::runProgram(kMinisign, signArguments);
    QVERIFY2(signRun.ran && signRun.exitCode == 0,
             QByteArray(signRun.out + signRun.err).constData());

    const QByteArray publicFile = readFile(publicPath);
    const auto key = Minisign::parsePublicKey(publicFile);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    // The id in the comment is minisign's own printing of the key number.
    QCOMPARE(linesOf(publicFile).at(0),
             "untrusted comment: minisign public key " + key->keyIdAsMinisignPrints().toLatin1());
    QCOMPARE(key->keyId().size(), 16);
    QVERIFY(key->keyId().endsWith(key->keyIdAsMinisignPrints()));
    const QByteArray signature = readFile(messagePath + QStringLiteral(".minisig"));
    const auto verified = Minisign::verify(message, signature, key.value());
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(verified->prehashed, !legacy);
    QCOMPARE(verified->trustedComment, QStringLiteral("approved by Ann ✓"));
    QCOMPARE(verified->keyNumber, key->keyNumber);
    QVERIFY(!Minisign::verify(message + "x", signature, key.value()).ok());
    QVERIFY(!Minisign::verify(message, signature, publicKeyOf(m_key)).ok());
}

void TestMinisign::malformedSignaturesAreRefused_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("keyword");
    const QByteArray good =
        Minisign::sign("m", *m_key.secretKey, m_key.publicKey, QStringLiteral("comment"));
    const QList<QByteArray> lines = linesOf(good);
    const auto with = [&](int index, const QByteArray& replacement) {
        QList<QByteArray> changed = lines;
        changed[index] = replacement;
        return joinLines(changed);
    };
    QByteArray wrongAlgorithm = QByteArray::fromBase64(lines[1]);
    wrongAlgorithm.replace(0, 2, "Xx");

    QTest::newRow("three lines") << joinLines(lines.mid(0, 3)) << QStringLiteral("has 3 lines");
    QTest::newRow("five lines") << good + "extra\n" << QStringLiteral("has 5 lines");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("has 0 lines");
    QTest::newRow("no untrusted comment") << with(0, "comment: x") << QStringLiteral("Line 1");
    QTest::newRow("bad base64 on line 2") << with(1, "RUQ*not base64*") << QStringLiteral("Line 2");
    QTest::newRow("short line 2") << with(1, QByteArray("EDabc").toBase64())
                                  << QStringLiteral("Line 2");
    QTest::newRow("wrong algorithm")
        << with(1, wrongAlgorithm.toBase64()) << QStringLiteral("algorithm");
    QTest::newRow("no trusted comment") << with(2, "comment: x") << QStringLiteral("Line 3");
    QTest::newRow("bad base64 on line 4") << with(3, "%%%") << QStringLiteral("Line 4");
    QTest::newRow("short line 4") << with(3, QByteArray(10, 'a').toBase64())
                                  << QStringLiteral("Line 4");
    // The same bytes spelled with a stray bit in the padding: one signature, one spelling.
    QByteArray stray = lines[3];
    const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QVERIFY(stray.endsWith("=="));
    stray[stray.size() - 3] = alphabet.at(alphabet.indexOf(stray.at(stray.size() - 3)) ^ 1);
    QCOMPARE(QByteArray::fromBase64(stray), QByteArray::fromBase64(lines[3]));
    QTest::newRow("non-canonical base64 on line 4") << with(3, stray) << QStringLiteral("Line 4");
    QTest::newRow("too large") << with(2, "trusted comment: " + QByteArray(5000, 'c'))
                               << QStringLiteral("larger than");
}

void TestMinisign::malformedSignaturesAreRefused() {
    QFETCH(QByteArray, file);
    QFETCH(QString, keyword);
    const auto parsed = Minisign::parse(file);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(keyword), qPrintable(parsed.error()));
    const auto verified = Minisign::verify("m", file, publicKeyOf(m_key));
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error(), parsed.error());
}

void TestMinisign::malformedPublicKeysAreRefused_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("keyword");
    const QList<QByteArray> lines = linesOf(Minisign::publicKeyFile(m_key.publicKey));
    QByteArray wrongAlgorithm = QByteArray::fromBase64(lines[1]);
    wrongAlgorithm.replace(0, 2, "ED");
    QTest::newRow("three lines") << joinLines(lines + QList<QByteArray>{"x"})
                                 << QStringLiteral("3 lines");
    QTest::newRow("bad base64") << QByteArray("RWQ!!") << QStringLiteral("base64");
    QTest::newRow("wrong size") << QByteArray("Ed1234").toBase64() << QStringLiteral("bytes");
    QTest::newRow("wrong algorithm") << wrongAlgorithm.toBase64() << QStringLiteral("algorithm");
    QTest::newRow("no comment prefix") << "comment\n" + lines[1] << QStringLiteral("Line 1");
}

void TestMinisign::malformedPublicKeysAreRefused() {
    QFETCH(QByteArray, text);
    QFETCH(QString, keyword);
    const auto key = Minisign::parsePublicKey(text);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(keyword), qPrintable(key.error()));
}

QTEST_GUILESS_MAIN(TestMinisign)
#include "test_minisign.moc"
