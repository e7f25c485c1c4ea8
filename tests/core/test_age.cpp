// The age file format (core/bundle/Age.h): round trips, interoperability with the real `age`
// and `age-keygen` in both directions, and the refusal of truncated, altered and malformed
// input with a message that says what is wrong.
#include "ProcessRun.h"
#include "TestSupport.h"

#include "bundle/Age.h"
#include "bundle/AgeCrypto.h"
#include "bundle/AgeHeader.h"
#include "bundle/AgeScrypt.h"
#include "bundle/AgeStream.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <memory>

#include <sodium.h>

using namespace causeway;

namespace {

constexpr int kFastLogN = 10; // scrypt work factor of the tests: quick, and still real scrypt
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kSealedChunk = kChunk + 16;
const char* const kPassphrase = "correct horse battery staple";

using test::seededBytes;

Age::EncryptOptions withPassphrase(const char* text, int logN = kFastLogN) {
    Age::EncryptOptions options;
    options.passphrase = sodium::Passphrase(QByteArray(text));
    options.scryptLogN = logN;
    return options;
}

Age::EncryptOptions toRecipients(const QStringList& recipients) {
    Age::EncryptOptions options;
    options.recipients = recipients;
    return options;
}

Age::DecryptOptions openWith(const char* passphrase) {
    Age::DecryptOptions options;
    options.passphrase = sodium::Passphrase(QByteArray(passphrase));
    return options;
}

Age::DecryptOptions openWith(const QStringList& identities) {
    Age::DecryptOptions options;
    options.identities = identities;
    return options;
}

// The value of a result or, so that a comparison fails with the reason instead of crashing,
// the failure message in its place.
QByteArray valueOf(const Result<QByteArray>& result) {
    return result.ok() ? result.value() : QByteArray("<failed: " + result.error().toUtf8() + ">");
}

QString valueOf(const Result<QString>& result) {
    return result.ok() ? result.value() : QStringLiteral("<failed: %1>").arg(result.error());
}

// Where the payload (nonce and chunks) starts: after the "--- MAC" line.
qsizetype payloadStart(const QByteArray& file) {
    const qsizetype macLine = file.indexOf("\n--- ");
    return macLine < 0 ? -1 : file.indexOf('\n', macLine + 1) + 1;
}

QByteArray flipped(QByteArray bytes, qsizetype at, int bit = 0) {
    bytes[at] = static_cast<char>(bytes[at] ^ (1 << bit));
    return bytes;
}

#define EXPECT_FAILURE(result, fragment)                                                           \
    do {                                                                                           \
        const auto& r_ = (result);                                                                 \
        QVERIFY2(!r_.ok(), "succeeded, but should have failed");                                   \
        QVERIFY2(r_.error().contains(QStringLiteral(fragment)), qPrintable(r_.error()));           \
    } while (false)

// The interop tools; a test that needs a missing one is skipped, never failed.
QString tool(const char* name) {
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = test::tempPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Run runAgeWithPassphrase(const QString& age, const QByteArray& passphrase,
                         const QStringList& arguments) {
    const QString python = tool("python3");
    const QString driver = writeFile(QStringLiteral("pty-driver.py"), test::kPassphrasePtyDriver);
    return run(python, QStringList{driver, QString::fromUtf8(passphrase), age} + arguments);
}

QString identityFileText(const Age::Identity& identity) {
    return QStringLiteral("# created: %1\n# public key: %2\n%3\n")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), identity.recipient,
             identity.secretKey);
}

// Bech32 written again for the test (independent of the code under test), upper case: the
// identity string of secret bytes made here.
QString identityString(const unsigned char* secret, std::size_t size) {
    const char* charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    QList<int> groups;
    unsigned accumulator = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        accumulator = ((accumulator << 8) | secret[i]) & 0xffff;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            groups.append(static_cast<int>((accumulator >> bits) & 31));
        }
    }
    if (bits > 0)
        groups.append(static_cast<int>((accumulator << (5 - bits)) & 31));
    const QByteArray hrp = "age-secret-key-";
    QList<int> values;
    for (const char c : hrp)
        values.append(static_cast<unsigned char>(c) >> 5);
    values.append(0);
    for (const char c : hrp)
        values.append(static_cast<unsigned char>(c) & 31);
    values += groups;
    values += QList<int>(6, 0);
    const quint32 generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 check = 1;
    for (const int value : values) {
        const quint32 top = check >> 25;
        check = ((check & 0x1ffffff) << 5) ^ static_cast<quint32>(value);
        for (int i = 0; i < 5; ++i)
            check ^= ((top >> i) & 1) ? generator[i] : 0;
    }
    check ^= 1;
    QString text = QString::fromLatin1(hrp) + u'1';
    for (const int group : groups)
        text += QLatin1Char(charset[group]);
    for (int i = 0; i < 6; ++i)
        text += QLatin1Char(charset[(check >> (5 * (5 - i))) & 31]);
    return text.toUpper();
}

// An age header assembled here from the format's parts, so that the test knows the file key:
// an X25519 stanza for a key pair made here, between the given other stanzas.
struct HandMade {
    QString secretKey;
    std::unique_ptr<sodium::SecretBytes> fileKey;
    QByteArray header; // up to and including the MAC line
};

HandMade handMade(const QList<Age::detail::Stanza>& before,
                  const QList<Age::detail::Stanza>& after) {
    using namespace Age::detail;
    unsigned char secret[32];
    unsigned char publicKey[32];
    unsigned char ephemeral[32];
    unsigned char share[32];
    unsigned char shared[32];
    randombytes_buf(secret, sizeof secret);
    crypto_scalarmult_base(publicKey, secret);
    randombytes_buf(ephemeral, sizeof ephemeral);
    crypto_scalarmult_base(share, ephemeral);
    if (crypto_scalarmult(shared, ephemeral, publicKey) != 0)
        qFatal("X25519 failed");
    HandMade made;
    made.secretKey = identityString(secret, sizeof secret);
    made.fileKey = std::make_unique<sodium::SecretBytes>(kFileKeySize);
    randombytes_buf(made.fileKey->data(), made.fileKey->size());
    sodium::SecretBytes wrapKey(kKeySize);
    const QByteArray shareBytes(reinterpret_cast<const char*>(share), 32);
    const QByteArray publicBytes(reinterpret_cast<const char*>(publicKey), 32);
    hkdfSha256(shared, sizeof shared, QByteArray(shareBytes + publicBytes),
               "age-encryption.org/v1/X25519", wrapKey);
    QList<Stanza> stanzas = before;
    stanzas.append({"X25519", {encodeBase64(shareBytes)}, wrapFileKey(wrapKey, *made.fileKey)});
    stanzas += after;
    made.header = headerWithoutMac(stanzas);
    made.header += " " + encodeBase64(headerMac(*made.fileKey, made.header)) + "\n";
    return made;
}

// A payload of the given chunks, each sealed with its counter and the given last flag.
QByteArray sealChunks(const sodium::SecretBytes& fileKey,
                      const QList<QPair<QByteArray, bool>>& chunks) {
    QByteArray payload(16, '\0');
    randombytes_buf(payload.data(), 16);
    sodium::SecretBytes key(32);
    Age::detail::hkdfSha256(fileKey.data(), fileKey.size(), payload, "payload", key);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        unsigned char nonce[12] = {};
        nonce[10] = static_cast<unsigned char>(i);
        nonce[9] = static_cast<unsigned char>(i >> 8);
        nonce[11] = chunks[i].second ? 1 : 0;
        const QByteArray& plaintext = chunks[i].first;
        QByteArray sealed(plaintext.size() + 16, '\0');
        unsigned long long size = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(sealed.data()), &size,
            reinterpret_cast<const unsigned char*>(plaintext.constData()),
            static_cast<unsigned long long>(plaintext.size()), nullptr, 0, nullptr, nonce,
            key.data());
        payload += sealed;
    }
    return payload;
}

} // namespace

class TestAge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void passphraseRoundTrip_data();
    void passphraseRoundTrip();
    void recipientsRoundTrip_data();
    void recipientsRoundTrip();
    void writtenFormat();
    void identitiesAndRecipients();
    void identityFiles();
    void encryptChecksItsOptions();
    void unknownStanzasAreSkipped();
    void chunkStructure();

    void ageDecryptsOurRecipientFiles();
    void weDecryptAgeRecipientFiles_data();
    void weDecryptAgeRecipientFiles();
    void ageKeygenIdentitiesMatch();
    void ageDecryptsOurPassphraseFiles();
    void weDecryptAgePassphraseFiles();
    void armoredFilesAreRefused();

    void wrongPassphraseOrIdentity();
    void notAnAgeFile();
    void truncatedHeader();
    void truncatedPayload();
    void alteredHeader();
    void alteredPayload();
    void trailingData();
    void scryptWorkFactor();
    void scryptMatchesRfcAndLibsodium();
    void malformedHeaders();
    void sizeLimits();
};

void TestAge::initTestCase() {
    QVERIFY(sodium::ready());
}

void TestAge::passphraseRoundTrip_data() {
    QTest::addColumn<qsizetype>("size");
    for (const qsizetype size : {0, 1, 65535, 65536, 65537, 200000})
        QTest::addRow("%lld bytes", static_cast<long long>(size)) << size;
}

void TestAge::passphraseRoundTrip() {
    QFETCH(qsizetype, size);
    const QByteArray plaintext = seededBytes(size, 7);
    const Result<QByteArray> file = Age::encrypt(plaintext, withPassphrase(kPassphrase));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QVERIFY(Age::looksLikeAge(file.value()));
    // One tag per 64 KiB chunk, at least one chunk; a file key is never reused.
    const qsizetype chunks = size == 0 ? 1 : (size + kChunk - 1) / kChunk;
    QCOMPARE(file->size() - payloadStart(file.value()), 16 + size + 16 * chunks);
    QVERIFY(valueOf(Age::encrypt(plaintext, withPassphrase(kPassphrase))) != file.value());

    const Result<QByteArray> opened = Age::decrypt(file.value(), openWith(kPassphrase));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), plaintext);
}

void TestAge::recipientsRoundTrip_data() {
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("recipients");
    for (const int recipients : {1, 3}) {
        for (const qsizetype size : {0, 1, 65535, 65536, 65537, 200000})
            QTest::addRow("%d recipients, %lld bytes", recipients, static_cast<long long>(size))
                << size << recipients;
    }
}

void TestAge::recipientsRoundTrip() {
    QFETCH(qsizetype, size);
    QFETCH(int, recipients);
    QList<Age::Identity> identities;
    QStringList publicKeys;
    for (int i = 0; i < recipients; ++i) {
        identities.append(Age::generateIdentity());
        publicKeys.append(identities.last().recipient);
    }
    const QByteArray plaintext = seededBytes(size, 11);
    const Result<QByteArray> file = Age::encrypt(plaintext, toRecipients(publicKeys));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QCOMPARE(file->count("\n-> X25519 "), recipients);
    // Every recipient opens it on its own, and a list with strangers in it opens it too.
    for (const Age::Identity& identity : identities) {
        const Result<QByteArray> opened =
            Age::decrypt(file.value(), openWith(QStringList{identity.secretKey}));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), plaintext);
    }
    const Result<QByteArray> opened = Age::decrypt(
        file.value(),
        openWith(QStringList{Age::generateIdentity().secretKey, identities.last().secretKey}));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), plaintext);
}

void TestAge::writtenFormat() {
    const Age::Identity identity = Age::generateIdentity();
    const QByteArray file =
        valueOf(Age::encrypt("hello", toRecipients({identity.recipient, identity.recipient})));
    const QList<QByteArray> lines = file.left(payloadStart(file) - 1).split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QByteArray("age-encryption.org/v1"));
    // A 32-byte share is 43 base64 characters, the 32-byte body too: one short body line.
    for (const int stanza : {1, 3}) {
        QVERIFY2(lines[stanza].startsWith("-> X25519 "), lines[stanza].constData());
        QCOMPARE(lines[stanza].size(), 10 + 43);
        QCOMPARE(lines[stanza + 1].size(), 43);
    }
    QVERIFY(lines[5].startsWith("--- "));
    QCOMPARE(lines[5].size(), 4 + 43);

    const QByteArray scrypt = valueOf(Age::encrypt("hello", withPassphrase(kPassphrase)));
    const QList<QByteArray> scryptLines = scrypt.left(payloadStart(scrypt) - 1).split('\n');
    QCOMPARE(scryptLines.size(), 4);
    const QList<QByteArray> args = scryptLines[1].split(' ');
    QCOMPARE(args.size(), 4);
    QCOMPARE(args[1], QByteArray("scrypt"));
    QCOMPARE(args[2].size(), 22); // 16 bytes of salt
    QCOMPARE(args[3], QByteArray::number(kFastLogN));

    // Body lines are wrapped at 64 columns and end with a shorter (here empty) line.
    QList<Age::detail::Stanza> stanzas{{"test", {"a", "b"}, QByteArray(48, 'x')}};
    QCOMPARE(Age::detail::headerWithoutMac(stanzas),
             QByteArray(QByteArray("age-encryption.org/v1\n-> test a b\n") +
                        QByteArray(48, 'x').toBase64() + "\n\n---"));
}

void TestAge::identitiesAndRecipients() {
    const Age::Identity identity = Age::generateIdentity();
    QVERIFY(identity.secretKey.startsWith(QStringLiteral("AGE-SECRET-KEY-1")));
    QCOMPARE(identity.secretKey.size(), 74);
    QCOMPARE(identity.secretKey, identity.secretKey.toUpper());
    QVERIFY(identity.recipient.startsWith(QStringLiteral("age1")));
    QCOMPARE(identity.recipient.size(), 62);
    QCOMPARE(valueOf(Age::recipientOf(identity.secretKey)), identity.recipient);
    QVERIFY(Age::checkRecipient(identity.recipient));
    QVERIFY(Age::generateIdentity().secretKey != identity.secretKey);

    // A typo is caught by the checksum, in either kind of key.
    QString typo = identity.recipient;
    typo[10] = typo[10] == u'q' ? u'p' : u'q';
    EXPECT_FAILURE(Age::checkRecipient(typo), "checksum");
    QString secretTypo = identity.secretKey;
    secretTypo[20] = secretTypo[20] == u'Q' ? u'P' : u'Q';
    EXPECT_FAILURE(Age::recipientOf(secretTypo), "checksum");
    // The message about a bad secret key never repeats the key.
    QVERIFY(!Age::recipientOf(secretTypo).error().contains(secretTypo.mid(16)));

    EXPECT_FAILURE(Age::checkRecipient(identity.recipient.toUpper()), "lower case");
    EXPECT_FAILURE(Age::recipientOf(identity.secretKey.toLower()), "upper case");
    EXPECT_FAILURE(Age::checkRecipient(identity.secretKey), "age1");
    EXPECT_FAILURE(Age::recipientOf(identity.recipient), "AGE-SECRET-KEY-1");
    EXPECT_FAILURE(Age::checkRecipient(QStringLiteral("age1")), "not a Bech32 string");
    EXPECT_FAILURE(Age::checkRecipient(QString()), "not a Bech32 string");
    EXPECT_FAILURE(Age::checkRecipient(QStringLiteral("age1Qpzry9x8gf2tvdw")), "mixes");
    EXPECT_FAILURE(Age::checkRecipient(QStringLiteral("age1 b")), "not allowed");
    EXPECT_FAILURE(Age::checkRecipient(QStringLiteral("age1") + QString(2000, u'q')), "too long");
    // The all-zero point is a valid encoding of a key no one can receive with.
    EXPECT_FAILURE(Age::checkRecipient(QStringLiteral(
                       "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq5cu47z")),
                   "usable");
}

void TestAge::identityFiles() {
    const Age::Identity first = Age::generateIdentity();
    const Age::Identity second = Age::generateIdentity();
    const QByteArray text = (QStringLiteral("# created: 2026-01-01T00:00:00Z\r\n") +
                             QStringLiteral("# public key: %1\r\n%2\r\n\n   \n%3\n")
                                 .arg(first.recipient, first.secretKey, second.secretKey))
                                .toLatin1();
    const Result<QStringList> keys = Age::parseIdentityFile(text);
    QVERIFY2(keys.ok(), qPrintable(keys.error()));
    QCOMPARE(keys.value(), QStringList({first.secretKey, second.secretKey}));

    EXPECT_FAILURE(Age::parseIdentityFile("# only a comment\n"), "no age identity");
    EXPECT_FAILURE(Age::parseIdentityFile(QByteArray()), "no age identity");
    const QByteArray broken =
        "# key\n" + first.secretKey.toLatin1() + "\n" + first.recipient.toLatin1() + "\n";
    EXPECT_FAILURE(Age::parseIdentityFile(broken), "Line 3 of the identity file");
}

void TestAge::encryptChecksItsOptions() {
    Age::EncryptOptions both = withPassphrase(kPassphrase);
    both.recipients = {Age::generateIdentity().recipient};
    EXPECT_FAILURE(Age::encrypt("x", both), "not both");
    EXPECT_FAILURE(Age::encrypt("x", Age::EncryptOptions()), "at least one recipient");
    EXPECT_FAILURE(Age::encrypt("x", toRecipients({QStringLiteral("age1nope")})), "age1nope");
    EXPECT_FAILURE(Age::encrypt("x", withPassphrase(kPassphrase, 0)), "work factor");
    EXPECT_FAILURE(Age::encrypt("x", withPassphrase(kPassphrase, Age::kMaxScryptLogN + 1)),
                   "work factor");
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(Age::generateIdentity().recipient);
    EXPECT_FAILURE(Age::encrypt("x", toRecipients(many)), "at most 100 recipients");
}

// A file made here step by step from the format's parts, with a stanza of a kind this reader
// does not know next to the X25519 one: the unknown stanza is skipped.
void TestAge::unknownStanzasAreSkipped() {
    using Age::detail::Stanza;
    const HandMade file = handMade(
        {{"example.org/grease", {"x+y", "!#$%"}, seededBytes(100, 3)}},
        {{"x25519", {"AAAA"}, QByteArray()}}); // types are case-sensitive: this one is unknown
    const QByteArray bytes =
        file.header + Age::detail::encryptPayload(*file.fileKey, "skipped the grease");
    const Result<QByteArray> opened = Age::decrypt(bytes, openWith(QStringList{file.secretKey}));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), QByteArray("skipped the grease"));
    EXPECT_FAILURE(Age::decrypt(bytes, openWith(QStringList{Age::generateIdentity().secretKey})),
                   "None of the identities");
}

// Chunk sequences age never writes, sealed with the right keys so that only the structure
// is wrong.
void TestAge::chunkStructure() {
    const HandMade file = handMade({}, {});
    const Age::DecryptOptions options = openWith(QStringList{file.secretKey});
    const QByteArray full = seededBytes(kChunk, 67);
    const auto payload = [&](const QList<QPair<QByteArray, bool>>& chunks) -> QByteArray {
        return file.header + sealChunks(*file.fileKey, chunks);
    };
    QCOMPARE(valueOf(Age::decrypt(payload({{full, false}, {"end", true}}), options)),
             QByteArray(full + "end"));
    QCOMPARE(valueOf(Age::decrypt(payload({{full, true}}), options)), full);
    QCOMPARE(valueOf(Age::decrypt(payload({{"", true}}), options)), QByteArray());
    EXPECT_FAILURE(Age::decrypt(payload({{full, false}, {"", true}}), options), "empty part");
    EXPECT_FAILURE(Age::decrypt(payload({{full, true}, {"more", true}}), options),
                   "data follows the end");
    EXPECT_FAILURE(Age::decrypt(payload({{"short", false}}), options), "final part is missing");
    EXPECT_FAILURE(Age::decrypt(payload({{full, false}}), options), "final part is missing");
    // A short chunk that is not the last: its successor is read at the wrong offset.
    EXPECT_FAILURE(Age::decrypt(payload({{"short", false}, {"end", true}}), options), "altered");
    EXPECT_FAILURE(Age::decrypt(payload({}), options), "truncated");
}

void TestAge::ageDecryptsOurRecipientFiles() {
    const QString age = tool("age");
    if (age.isEmpty())
        QSKIP("the age tool is not installed");
    const Age::Identity identity = Age::generateIdentity();
    const QString identityFile =
        writeFile(QStringLiteral("ours.key"), identityFileText(identity).toLatin1());
    for (const qsizetype size : {0, 65536, 200000}) {
        const QByteArray plaintext = seededBytes(size, 23);
        const QByteArray file = valueOf(Age::encrypt(
            plaintext, toRecipients({Age::generateIdentity().recipient, identity.recipient})));
        const QString in = writeFile(QStringLiteral("ours-%1.age").arg(size), file);
        const QString out = test::tempPath(QStringLiteral("ours-%1.out").arg(size));
        const Run result = run(age, {QStringLiteral("-d"), QStringLiteral("-i"), identityFile,
                                     QStringLiteral("-o"), out, in});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(readFile(out), plaintext);
    }
}

void TestAge::weDecryptAgeRecipientFiles_data() {
    QTest::addColumn<qsizetype>("size");
    for (const qsizetype size : {0, 1, 65536, 65537, 200000})
        QTest::addRow("%lld bytes", static_cast<long long>(size)) << size;
}

void TestAge::weDecryptAgeRecipientFiles() {
    const QString age = tool("age");
    const QString keygen = tool("age-keygen");
    if (age.isEmpty() || keygen.isEmpty())
        QSKIP("the age tools are not installed");
    QFETCH(qsizetype, size);
    const QString keyFile = test::tempPath(QStringLiteral("theirs-%1.key").arg(size));
    const Run generated = run(keygen, {QStringLiteral("-o"), keyFile});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    const Result<QStringList> identities = Age::parseIdentityFile(readFile(keyFile));
    QVERIFY2(identities.ok(), qPrintable(identities.error()));
    const QString theirRecipient = valueOf(Age::recipientOf(identities->first()));
    const Age::Identity ours = Age::generateIdentity();

    const QByteArray plaintext = seededBytes(size, 29);
    const QString in = writeFile(QStringLiteral("plain-%1").arg(size), plaintext);
    const QString out = test::tempPath(QStringLiteral("theirs-%1.age").arg(size));
    const Run encrypted = run(age, {QStringLiteral("-r"), theirRecipient, QStringLiteral("-r"),
                                    ours.recipient, QStringLiteral("-o"), out, in});
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    const QByteArray file = readFile(out);
    QVERIFY(Age::looksLikeAge(file));
    for (const QString& key : {identities->first(), ours.secretKey}) {
        const Result<QByteArray> opened = Age::decrypt(file, openWith(QStringList{key}));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), plaintext);
    }
}

void TestAge::ageKeygenIdentitiesMatch() {
    const QString keygen = tool("age-keygen");
    if (keygen.isEmpty())
        QSKIP("age-keygen is not installed");
    // age-keygen's file: its "# public key:" comment names the recipient we derive.
    const QString keyFile = test::tempPath(QStringLiteral("keygen.key"));
    QCOMPARE(run(keygen, {QStringLiteral("-o"), keyFile}).exitCode, 0);
    const QByteArray text = readFile(keyFile);
    const Result<QStringList> identities = Age::parseIdentityFile(text);
    QVERIFY2(identities.ok(), qPrintable(identities.error()));
    QCOMPARE(identities->size(), 1);
    const qsizetype comment = text.indexOf("# public key: ");
    QVERIFY(comment >= 0);
    const QByteArray recipient = text.mid(comment + 14, text.indexOf('\n', comment) - comment - 14);
    QCOMPARE(valueOf(Age::recipientOf(identities->first())), QString::fromLatin1(recipient));

    // And age-keygen -y derives from our identity the recipient we derive.
    const Age::Identity ours = Age::generateIdentity();
    const QString ourFile =
        writeFile(QStringLiteral("ours-y.key"), identityFileText(ours).toLatin1());
    const Run derived = run(keygen, {QStringLiteral("-y"), ourFile});
    QVERIFY2(derived.exitCode == 0, derived.err.constData());
    QCOMPARE(QString::fromLatin1(derived.out.trimmed()), ours.recipient);
}

void TestAge::ageDecryptsOurPassphraseFiles() {
    const QString age = tool("age");
    if (age.isEmpty() || tool("python3").isEmpty())
        QSKIP("the age tool or python3 (to give age a terminal) is not installed");
    const QByteArray plaintext = seededBytes(70000, 31);
    const QString in = writeFile(QStringLiteral("ours-pass.age"),
                                 valueOf(Age::encrypt(plaintext, withPassphrase(kPassphrase))));
    const QString out = test::tempPath(QStringLiteral("ours-pass.out"));
    const Run result = runAgeWithPassphrase(age, kPassphrase,
                                            {QStringLiteral("-d"), QStringLiteral("-o"), out, in});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(readFile(out), plaintext);

    // age refuses the wrong passphrase, so the check above is real.
    const QString wrongOut = test::tempPath(QStringLiteral("ours-pass-wrong.out"));
    const Run wrong = runAgeWithPassphrase(
        age, "wrong", {QStringLiteral("-d"), QStringLiteral("-o"), wrongOut, in});
    QVERIFY(wrong.exitCode != 0);
    QVERIFY2(wrong.err.contains("incorrect passphrase"), wrong.err.constData());
}

void TestAge::weDecryptAgePassphraseFiles() {
    const QString age = tool("age");
    if (age.isEmpty() || tool("python3").isEmpty())
        QSKIP("the age tool or python3 (to give age a terminal) is not installed");
    const QByteArray plaintext = seededBytes(65536, 37);
    const QString in = writeFile(QStringLiteral("plain-pass"), plaintext);
    const QString out = test::tempPath(QStringLiteral("theirs-pass.age"));
    const Run encrypted = runAgeWithPassphrase(
        age, kPassphrase, {QStringLiteral("-p"), QStringLiteral("-o"), out, in});
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    const QByteArray file = readFile(out);
    QVERIFY2(file.contains("\n-> scrypt "), file.left(200).constData());
    // age's own work factor (2^18): the default accepted here.
    const Result<QByteArray> opened = Age::decrypt(file, openWith(kPassphrase));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), plaintext);
    EXPECT_FAILURE(Age::decrypt(file, openWith("Correct horse battery staple")),
                   "passphrase is not correct");
}

void TestAge::armoredFilesAreRefused() {
    const QString age = tool("age");
    if (age.isEmpty())
        QSKIP("the age tool is not installed");
    const QString in = writeFile(QStringLiteral("plain-armor"), "armored");
    const QString out = test::tempPath(QStringLiteral("armored.age"));
    const Run encrypted =
        run(age, {QStringLiteral("-a"), QStringLiteral("-r"), Age::generateIdentity().recipient,
                  QStringLiteral("-o"), out, in});
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    const QByteArray armored = readFile(out);
    QVERIFY(armored.startsWith("-----BEGIN AGE ENCRYPTED FILE-----"));
    QVERIFY(!Age::looksLikeAge(armored));
    EXPECT_FAILURE(Age::decrypt(armored, openWith(kPassphrase)), "de-armor");
    EXPECT_FAILURE(Age::decrypt("\n  " + armored, openWith(kPassphrase)), "binary");
}

void TestAge::wrongPassphraseOrIdentity() {
    const QByteArray scrypt = valueOf(Age::encrypt("secret", withPassphrase(kPassphrase)));
    EXPECT_FAILURE(Age::decrypt(scrypt, openWith("correct horse battery stapler")),
                   "passphrase is not correct");
    EXPECT_FAILURE(Age::decrypt(scrypt, openWith("")), "enter the passphrase");
    EXPECT_FAILURE(Age::decrypt(scrypt, openWith(QStringList{Age::generateIdentity().secretKey})),
                   "encrypted with a passphrase");

    const Age::Identity identity = Age::generateIdentity();
    const QByteArray x25519 = valueOf(Age::encrypt("secret", toRecipients({identity.recipient})));
    EXPECT_FAILURE(Age::decrypt(x25519, openWith(QStringList{Age::generateIdentity().secretKey,
                                                             Age::generateIdentity().secretKey})),
                   "None of the identities");
    EXPECT_FAILURE(Age::decrypt(x25519, openWith(kPassphrase)), "not with a passphrase");
    EXPECT_FAILURE(Age::decrypt(x25519, Age::DecryptOptions()), "needs an identity");
    EXPECT_FAILURE(Age::decrypt(x25519, openWith(QStringList{identity.secretKey.left(40)})),
                   "Identity 1 is not a valid age identity");
}

void TestAge::notAnAgeFile() {
    EXPECT_FAILURE(Age::decrypt(QByteArray(), openWith(kPassphrase)), "empty");
    EXPECT_FAILURE(Age::decrypt("hello world", openWith(kPassphrase)), "not an age file");
    EXPECT_FAILURE(Age::decrypt("age-encryption.org/v2\n-> X\n\n--- x\n", openWith(kPassphrase)),
                   "format version");
    EXPECT_FAILURE(
        Age::decrypt("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n", openWith(kPassphrase)),
        "de-armor");
    QVERIFY(!Age::looksLikeAge("age-encryption.org/v1"));
    QVERIFY(Age::looksLikeAge("age-encryption.org/v1\n"));
}

void TestAge::truncatedHeader() {
    const Age::Identity identity = Age::generateIdentity();
    const QByteArray x25519 = valueOf(Age::encrypt("", toRecipients({identity.recipient})));
    const QByteArray scrypt = valueOf(Age::encrypt("", withPassphrase(kPassphrase)));
    for (const QByteArray& file : {x25519, scrypt}) {
        const Age::DecryptOptions options =
            file == x25519 ? openWith(QStringList{identity.secretKey}) : openWith(kPassphrase);
        QVERIFY(Age::decrypt(file, options).ok());
        // Cut anywhere in the header or the payload nonce: never opens, says truncated.
        const qsizetype prefix = qsizetype(sizeof "age-encryption.org/") - 1;
        for (qsizetype cut = prefix; cut < payloadStart(file) + 32; ++cut)
            EXPECT_FAILURE(Age::decrypt(file.left(cut), options), "truncated");
        for (qsizetype cut = 1; cut < prefix; ++cut)
            EXPECT_FAILURE(Age::decrypt(file.left(cut), options), "not an age file");
    }
}

void TestAge::truncatedPayload() {
    const Age::Identity identity = Age::generateIdentity();
    const Age::DecryptOptions options = openWith(QStringList{identity.secretKey});
    for (const qsizetype size : {131072, 200000}) {
        const QByteArray file =
            valueOf(Age::encrypt(seededBytes(size, 41), toRecipients({identity.recipient})));
        const qsizetype chunks = payloadStart(file) + 16;
        // At every chunk border before the last: the final chunk is missing.
        for (qsizetype border = 1; border * kChunk < size; ++border)
            EXPECT_FAILURE(Age::decrypt(file.left(chunks + border * kSealedChunk), options),
                           "final part is missing");
        // Inside a chunk: it no longer authenticates.
        EXPECT_FAILURE(Age::decrypt(file.left(chunks + kSealedChunk + 1000), options),
                       "altered or is truncated");
        EXPECT_FAILURE(Age::decrypt(file.left(file.size() - 1), options),
                       "altered or is truncated");
        // Less than a tag left of the last chunk.
        EXPECT_FAILURE(Age::decrypt(file.left(chunks + kSealedChunk + 5), options), "cut off");
    }
}

void TestAge::alteredHeader() {
    const Age::Identity identity = Age::generateIdentity();
    const QByteArray x25519 = valueOf(Age::encrypt("text", toRecipients({identity.recipient})));
    const QByteArray scrypt = valueOf(Age::encrypt("text", withPassphrase(kPassphrase)));
    for (const QByteArray& file : {x25519, scrypt}) {
        const Age::DecryptOptions options =
            file == x25519 ? openWith(QStringList{identity.secretKey}) : openWith(kPassphrase);
        // Any single flipped bit of the header (the MAC line included) makes it fail.
        for (qsizetype at = 0; at < payloadStart(file); ++at) {
            for (const int bit : {0, 5}) {
                const Result<QByteArray> result = Age::decrypt(flipped(file, at, bit), options);
                QVERIFY2(!result.ok(),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(at).arg(bit)));
            }
        }
    }
    // A different, valid MAC: the header does not match it.
    QByteArray file = x25519;
    const qsizetype mac = file.indexOf("\n--- ") + 5;
    file[mac] = file[mac] == 'A' ? 'B' : 'A';
    EXPECT_FAILURE(Age::decrypt(file, openWith(QStringList{identity.secretKey})),
                   "does not match its MAC");
    // The logN edited in a passphrase file that still opens at that N cannot be, but a
    // changed salt gives a different key: the stanza no longer opens.
    QByteArray salted = scrypt;
    const qsizetype salt = salted.indexOf("-> scrypt ") + 10;
    salted[salt] = salted[salt] == 'A' ? 'B' : 'A';
    EXPECT_FAILURE(Age::decrypt(salted, openWith(kPassphrase)), "passphrase is not correct");
}

void TestAge::alteredPayload() {
    const Age::Identity identity = Age::generateIdentity();
    const Age::DecryptOptions options = openWith(QStringList{identity.secretKey});
    const QByteArray file =
        valueOf(Age::encrypt(seededBytes(200000, 43), toRecipients({identity.recipient})));
    const qsizetype nonce = payloadStart(file);
    const qsizetype chunks = nonce + 16;
    EXPECT_FAILURE(Age::decrypt(flipped(file, nonce + 3), options), "part 1 of");
    EXPECT_FAILURE(Age::decrypt(flipped(file, chunks + 10), options), "part 1 of");
    EXPECT_FAILURE(Age::decrypt(flipped(file, chunks + kSealedChunk - 1), options), "part 1 of");
    EXPECT_FAILURE(Age::decrypt(flipped(file, chunks + 2 * kSealedChunk + 7, 7), options),
                   "part 3 of");
    EXPECT_FAILURE(Age::decrypt(flipped(file, file.size() - 1), options),
                   "last part does not authenticate");
    // Two chunks swapped.
    QByteArray swapped = file;
    swapped.replace(chunks, kSealedChunk, file.mid(chunks + kSealedChunk, kSealedChunk));
    swapped.replace(chunks + kSealedChunk, kSealedChunk, file.mid(chunks, kSealedChunk));
    EXPECT_FAILURE(Age::decrypt(swapped, options), "altered");
    // The last chunk dropped and the one before sealed as last cannot be forged; dropping a
    // middle chunk shifts the counters.
    QByteArray dropped = file;
    dropped.remove(chunks + kSealedChunk, kSealedChunk);
    EXPECT_FAILURE(Age::decrypt(dropped, options), "altered");
}

void TestAge::trailingData() {
    const Age::Identity identity = Age::generateIdentity();
    const Age::DecryptOptions options = openWith(QStringList{identity.secretKey});
    for (const qsizetype size : {0, 100, 65536, 200000}) {
        const QByteArray file =
            valueOf(Age::encrypt(seededBytes(size, 47), toRecipients({identity.recipient})));
        QVERIFY(Age::decrypt(file, options).ok());
        EXPECT_FAILURE(Age::decrypt(file + "x", options), "altered");
        EXPECT_FAILURE(Age::decrypt(file + seededBytes(70000, 1), options), "altered");
    }
    // A full-size final chunk followed by more: the data after the end is named.
    const QByteArray full =
        valueOf(Age::encrypt(seededBytes(65536, 53), toRecipients({identity.recipient})));
    EXPECT_FAILURE(Age::decrypt(full + seededBytes(20, 2), options), "data follows the end");
}

void TestAge::scryptWorkFactor() {
    const QByteArray file = valueOf(Age::encrypt("low N", withPassphrase(kPassphrase, 2)));
    QVERIFY(file.contains(" 2\n"));
    QCOMPARE(valueOf(Age::decrypt(file, openWith(kPassphrase))), QByteArray("low N"));

    const QByteArray normal = valueOf(Age::encrypt("x", withPassphrase(kPassphrase)));
    const QByteArray logN = " " + QByteArray::number(kFastLogN) + "\n";
    QVERIFY(normal.contains(logN));
    const auto withLogN = [&](const QByteArray& text) {
        QByteArray edited = normal;
        edited.replace(logN, QByteArray(" " + text + "\n"));
        return edited;
    };
    // Refused before any work: the key would take gigabytes and minutes.
    EXPECT_FAILURE(Age::decrypt(withLogN("23"), openWith(kPassphrase)), "too high");
    EXPECT_FAILURE(Age::decrypt(withLogN("64"), openWith(kPassphrase)), "2^64 is too high");
    EXPECT_FAILURE(Age::decrypt(withLogN("999999999"), openWith(kPassphrase)), "too high");
    // One spelling per number: no leading zeros, signs, or other bases.
    for (const char* text : {"010", "0", "+10", "-1", "1e1", "0x0a", "10 ", "9999999999", "ten"})
        EXPECT_FAILURE(Age::decrypt(withLogN(text), openWith(kPassphrase)), "malformed");
    // The header MAC covers the work factor.
    EXPECT_FAILURE(Age::decrypt(withLogN("11"), openWith(kPassphrase)), "passphrase");
}

void TestAge::scryptMatchesRfcAndLibsodium() {
    using Age::detail::scrypt;
    const auto derived = [](QByteArrayView passphrase, QByteArrayView salt, int logN, int r,
                            std::size_t size) {
        sodium::SecretBytes out(size);
        if (!scrypt(passphrase, salt, logN, r, out))
            return QByteArray("failed");
        return QByteArray(reinterpret_cast<const char*>(out.data()), qsizetype(size));
    };
    // RFC 7914, section 12, the first vector: P = "", S = "", N = 16, r = 1, p = 1.
    QCOMPARE(derived("", "", 4, 1, 64).toHex(),
             QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"));
    // libsodium's own scrypt gives the same bytes, for block sizes and lengths around the
    // edges of the HMAC blocks, long and empty passphrases, and age's r = 8.
    struct Case {
        QByteArray passphrase;
        QByteArray salt;
        int logN;
        int r;
        std::size_t size;
    };
    const QList<Case> cases{
        {"password", "NaCl", 10, 8, 64},
        {"", "age-encryption.org/v1/scrypt0123456789abcdef", 12, 8, 32},
        {seededBytes(300, 7), seededBytes(16, 8), 6, 1, 31},
        {seededBytes(5, 9), seededBytes(40, 10), 8, 3, 33},
        {QByteArray("gr\xc3\xbc\xc3\x9f"
                    "e"),
         seededBytes(1, 11), 5, 2, 97},
    };
    for (const Case& c : cases) {
        QByteArray expected(qsizetype(c.size), '\0');
        QCOMPARE(crypto_pwhash_scryptsalsa208sha256_ll(
                     reinterpret_cast<const uint8_t*>(c.passphrase.constData()),
                     std::size_t(c.passphrase.size()),
                     reinterpret_cast<const uint8_t*>(c.salt.constData()),
                     std::size_t(c.salt.size()), std::uint64_t(1) << c.logN, uint32_t(c.r), 1,
                     reinterpret_cast<uint8_t*>(expected.data()), c.size),
                 0);
        QCOMPARE(derived(c.passphrase, c.salt, c.logN, c.r, c.size).toHex(), expected.toHex());
    }
    // Parameters it cannot work with are refused, not guessed at.
    sodium::SecretBytes out(32);
    QVERIFY(!scrypt("p", "s", 0, 8, out));
    QVERIFY(!scrypt("p", "s", 31, 8, out));
    QVERIFY(!scrypt("p", "s", 10, 0, out));
}

void TestAge::malformedHeaders() {
    const Age::Identity identity = Age::generateIdentity();
    const QByteArray x25519 = valueOf(Age::encrypt("abc", toRecipients({identity.recipient})));
    const QByteArray scrypt = valueOf(Age::encrypt("abc", withPassphrase(kPassphrase)));
    const Age::DecryptOptions both = [&] {
        Age::DecryptOptions o = openWith(kPassphrase);
        o.identities = {identity.secretKey};
        return o;
    }();
    const QByteArray x25519Stanza =
        x25519.mid(x25519.indexOf("-> "), x25519.indexOf("\n--- ") + 1 - x25519.indexOf("-> "));
    // A passphrase stanza must be alone: age refuses this, and so does this reader.
    QByteArray mixed = scrypt;
    mixed.insert(mixed.indexOf("--- "), x25519Stanza);
    EXPECT_FAILURE(Age::decrypt(mixed, both), "only stanza");

    const QByteArray mac = x25519.mid(x25519.indexOf("\n--- ") + 1);
    const QByteArray version = "age-encryption.org/v1\n";
    const QList<QPair<QByteArray, const char*>> cases{
        {version + mac, "no recipient stanza"},
        {version + "-> X25519\n\n" + mac, "share is not valid"},
        {version + "-> X25519 AAAA\nAAAA\n" + mac, "share is not valid"},
        {version + "->  X25519\n\n" + mac, "empty argument"},
        {version + "-> X25519 \n\n" + mac, "empty argument"},
        {version + "-> a\r\n\n" + mac, "not allowed"},
        {version + "-> a\n====\n" + mac, "not valid base64"},
        {version + "-> a\nAB==\n" + mac, "not valid base64"},
        {version + "-> a\nAB\n" + mac, "not valid base64"}, // non-zero unused bits
        {version + "-> a\n" + QByteArray(65, 'A') + "\n" + mac, "longer than 64"},
        {version + "-> a\n" + QByteArray(64, 'A') + "\n" + mac, "not valid base64"},
        {version + "-> a\n\n" + "junk\n" + mac, "neither a recipient stanza nor"},
        {version + "-> a\n\n--- AAAA\n", "MAC line"},
        {version + "-> a\n\n---\n", "neither"},
        {version + "-> scrypt AAAA 10\n\n" + mac, "salt is not valid"},
        {version + x25519Stanza.left(x25519Stanza.size() - 5) + "\n" + mac, "body is not valid"},
    };
    for (const auto& [text, fragment] : cases) {
        const Result<QByteArray> result = Age::decrypt(text, both);
        QVERIFY2(!result.ok(), text.constData());
        QVERIFY2(result.error().contains(QString::fromLatin1(fragment)),
                 qPrintable(QString::fromLatin1(text) + u" → " + result.error()));
    }
    // A low-order share: the shared secret would be all zero.
    QByteArray lowOrder = x25519;
    const qsizetype share = lowOrder.indexOf("-> X25519 ") + 10;
    lowOrder.replace(share, 43, QByteArray(43, 'A'));
    EXPECT_FAILURE(Age::decrypt(lowOrder, both), "not a usable public key");
}

void TestAge::sizeLimits() {
    const Age::Identity identity = Age::generateIdentity();
    const QByteArray file =
        valueOf(Age::encrypt(seededBytes(200000, 61), toRecipients({identity.recipient})));
    Age::DecryptOptions small = openWith(QStringList{identity.secretKey});
    small.maxPlaintext = 199999;
    EXPECT_FAILURE(Age::decrypt(file, small), "more than");
    small.maxPlaintext = 200000;
    QVERIFY(Age::decrypt(file, small).ok());

    const QByteArray version = "age-encryption.org/v1\n";
    QByteArray many = version;
    for (int i = 0; i < 101; ++i)
        many += "-> grease\n\n";
    EXPECT_FAILURE(Age::decrypt(many + "--- x\n", openWith(kPassphrase)), "more than 100");
    QByteArray large = version;
    for (int i = 0; i < 20; ++i)
        large += "-> grease " + QByteArray(4096, 'a') + "\n\n";
    EXPECT_FAILURE(Age::decrypt(large + "--- x\n", openWith(kPassphrase)), "larger than 64 KiB");
    EXPECT_FAILURE(
        Age::decrypt(version + "-> a " + QByteArray(4097, 'a') + "\n", openWith(kPassphrase)),
        "argument is too long");
    QByteArray args = version + "-> a";
    for (int i = 0; i < 16; ++i)
        args += " b";
    EXPECT_FAILURE(Age::decrypt(args + "\n\n", openWith(kPassphrase)), "too many arguments");
    QByteArray body = version + "-> a\n";
    for (int i = 0; i < 400; ++i)
        body += QByteArray(64, 'A') + "\n";
    EXPECT_FAILURE(Age::decrypt(body, openWith(kPassphrase)), "larger than 16 KiB");
}

QTEST_GUILESS_MAIN(TestAge)
#include "test_age.moc"
