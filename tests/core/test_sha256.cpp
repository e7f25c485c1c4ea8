// SHA-256 (core/signing/Sha256.h): the FIPS 180-4 examples, and the same digests as libsodium
// for every length around the block and padding edges, large inputs, and input given in
// pieces of every size.
#include "signing/Sha256.h"
#include "signing/Sodium.h"

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <sodium.h>

using namespace causeway;

namespace {

using test::seededBytes;

QByteArray libsodiumDigest(const QByteArray& data) {
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

} // namespace

class TestSha256 : public QObject {
    Q_OBJECT

    static void paths() {
        QTest::addColumn<bool>("portable");
        QTest::newRow("processor") << false;
        QTest::newRow("libsodium") << true;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sodium::ready());
        qInfo("SHA instructions available: %s", Sha256::accelerated() ? "yes" : "no");
    }
    void cleanup() { Sha256::setPortableOnly(false); }

    // Every test runs twice: with the SHA instructions where the processor has them, and with
    // libsodium's code.
    void standardExamples_data() { paths(); }
    void sameAsLibsodiumForEveryShortLength_data() { paths(); }
    void sameAsLibsodiumForLargeInput_data() { paths(); }
    void piecesGiveTheSameDigest_data() { paths(); }
    void init() {
        QFETCH(bool, portable);
        Sha256::setPortableOnly(portable);
        if (portable)
            QVERIFY(!Sha256::accelerated());
    }

    void standardExamples() {
        QCOMPARE(
            Sha256::hashHex(""),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(
            Sha256::hashHex("abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(
            Sha256::hashHex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(
            Sha256::hashHex(QByteArray(1000000, 'a')),
            QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void sameAsLibsodiumForEveryShortLength() {
        const QByteArray data = seededBytes(300, 1);
        for (qsizetype size = 0; size <= data.size(); ++size) {
            const QByteArray input = data.first(size);
            QCOMPARE(Sha256::hash(input).toHex(), libsodiumDigest(input).toHex());
        }
    }

    void sameAsLibsodiumForLargeInput() {
        for (const qsizetype size :
             {qsizetype(65536), qsizetype(1 << 20) + 17, qsizetype(3'000'001)}) {
            const QByteArray input = seededBytes(size, quint32(size));
            QCOMPARE(Sha256::hash(input).toHex(), libsodiumDigest(input).toHex());
        }
    }

    void piecesGiveTheSameDigest() {
        const QByteArray data = seededBytes(5000, 2);
        const QByteArray expected = libsodiumDigest(data);
        for (const qsizetype piece : {1, 3, 55, 56, 63, 64, 65, 127, 128, 1000, 4999}) {
            Sha256 hash;
            for (qsizetype at = 0; at < data.size(); at += piece)
                hash.update(QByteArrayView(data).sliced(at, std::min(piece, data.size() - at)));
            QCOMPARE(hash.digest().toHex(), expected.toHex());
        }
        // Random cuts, empty pieces included.
        QRandomGenerator generator(3);
        for (int round = 0; round < 50; ++round) {
            Sha256 hash;
            qsizetype at = 0;
            while (at < data.size()) {
                const qsizetype piece =
                    std::min<qsizetype>(generator.bounded(200), data.size() - at);
                hash.update(QByteArrayView(data).sliced(at, piece));
                at += piece;
            }
            QCOMPARE(hash.digest().toHex(), expected.toHex());
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
