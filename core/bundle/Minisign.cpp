#include "bundle/Minisign.h"

#include <QCoreApplication>
#include <QList>

#include <sodium.h>

#include <algorithm>

namespace causeway::Minisign {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Minisign", text);
}

constexpr qsizetype kKeyNumberBytes = 8;
constexpr qsizetype kAlgorithmBytes = 2;
constexpr qsizetype kSignatureLineBytes =
    kAlgorithmBytes + kKeyNumberBytes + crypto_sign_BYTES; // 74
constexpr qsizetype kPublicKeyBytes =
    kAlgorithmBytes + kKeyNumberBytes + crypto_sign_PUBLICKEYBYTES; // 42
constexpr qsizetype kMaxSignatureFile = 4096;
constexpr qsizetype kMaxPublicKeyFile = 4096;
constexpr int kPrehashBytes = crypto_generichash_BYTES_MAX; // BLAKE2b-512

const QByteArray kUntrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray kTrustedPrefix = QByteArrayLiteral("trusted comment: ");
const QByteArray kPrehashedAlgorithm = QByteArrayLiteral("ED");
const QByteArray kLegacyAlgorithm = QByteArrayLiteral("Ed");

// libsodium's own initialisation (idempotent), rather than sodium::ready(), keeps these
// sources free of the signing module.
bool sodiumReady() {
    return sodium_init() >= 0;
}

const unsigned char* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// A comment must stay on its line: line breaks become spaces.
QByteArray oneLine(const QString& comment) {
    QByteArray utf8 = comment.toUtf8();
    std::replace(utf8.begin(), utf8.end(), '\n', ' ');
    std::replace(utf8.begin(), utf8.end(), '\r', ' ');
    return utf8;
}

// Lines without their line ends (LF or CRLF); a final line end is optional.
QList<QByteArray> splitLines(const QByteArray& text) {
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// Only the canonical encoding: padded, no stray bits, so one signature has one spelling.
std::optional<QByteArray> strictBase64(const QByteArray& line) {
    auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != line)
        return std::nullopt;
    return *decoded;
}

QByteArray prehash(const QByteArray& message) {
    QByteArray hash(kPrehashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), kPrehashBytes, bytes(message),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return hash;
}

QByteArray signDetached(const QByteArray& message, const sodium::SecretBytes& secretKey) {
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         bytes(message), static_cast<unsigned long long>(message.size()),
                         secretKey.data());
    return signature;
}

bool verifyDetached(const QByteArray& signature, const QByteArray& message,
                    const QByteArray& publicKey) {
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

// minisign prints a key number as the little-endian 64-bit integer it holds.
QString printedKeyId(const QByteArray& keyNumber) {
    QByteArray reversed(keyNumber);
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

// A parsed signature file, with the trusted comment's bytes exactly as signed.
struct ParsedSignature {
    Signature signature;
    QByteArray signatureBytes; // 64
    QByteArray trustedCommentBytes;
    QByteArray globalSignature; // 64
};

Result<ParsedSignature> parseSignatureFile(const QByteArray& file) {
    using R = Result<ParsedSignature>;
    if (file.size() > kMaxSignatureFile)
        return R::failure(tr("The signature file is larger than %1 bytes; a minisign signature "
                             "is much smaller.")
                              .arg(kMaxSignatureFile));
    const QList<QByteArray> lines = splitLines(file);
    if (lines.size() != 4)
        return R::failure(
            tr("The signature file has %1 lines; a minisign signature has 4.").arg(lines.size()));
    ParsedSignature parsed;
    if (!lines[0].startsWith(kUntrustedPrefix))
        return R::failure(tr("Line 1 of the signature file does not start with “untrusted "
                             "comment:”."));
    parsed.signature.untrustedComment = QString::fromUtf8(lines[0].mid(kUntrustedPrefix.size()));

    const auto signatureLine = strictBase64(lines[1]);
    if (!signatureLine)
        return R::failure(tr("Line 2 of the signature file is not valid base64."));
    if (signatureLine->size() != kSignatureLineBytes)
        return R::failure(tr("Line 2 of the signature file holds %1 bytes; a minisign signature "
                             "holds %2.")
                              .arg(signatureLine->size())
                              .arg(kSignatureLineBytes));
    const QByteArray algorithm = signatureLine->left(kAlgorithmBytes);
    if (algorithm == kPrehashedAlgorithm)
        parsed.signature.prehashed = true;
    else if (algorithm == kLegacyAlgorithm)
        parsed.signature.prehashed = false;
    else
        return R::failure(tr("Line 2 of the signature file names the signature algorithm “%1”; "
                             "only minisign's “ED” and “Ed” (Ed25519) are known.")
                              .arg(QString::fromLatin1(algorithm.toHex())));
    parsed.signature.keyNumber = signatureLine->mid(kAlgorithmBytes, kKeyNumberBytes);
    parsed.signatureBytes = signatureLine->mid(kAlgorithmBytes + kKeyNumberBytes);

    if (!lines[2].startsWith(kTrustedPrefix))
        return R::failure(
            tr("Line 3 of the signature file does not start with “trusted comment:”."));
    parsed.trustedCommentBytes = lines[2].mid(kTrustedPrefix.size());
    parsed.signature.trustedComment = QString::fromUtf8(parsed.trustedCommentBytes);

    const auto globalLine = strictBase64(lines[3]);
    if (!globalLine)
        return R::failure(tr("Line 4 of the signature file is not valid base64."));
    if (globalLine->size() != crypto_sign_BYTES)
        return R::failure(tr("Line 4 of the signature file holds %1 bytes; the signature of the "
                             "trusted comment has %2.")
                              .arg(globalLine->size())
                              .arg(crypto_sign_BYTES));
    parsed.globalSignature = *globalLine;
    return parsed;
}

} // namespace

QString PublicKey::keyId() const {
    return printedKeyId(keyNumber);
}

QString PublicKey::keyIdAsMinisignPrints() const {
    QString id = keyId();
    while (id.size() > 1 && id.startsWith(u'0'))
        id.remove(0, 1);
    return id;
}

QByteArray keyNumberFor(const QByteArray& publicKey) {
    // The bytes of keyIdFor(publicKey) (the first 8 bytes of BLAKE2b-256 of the key), computed
    // here so that the format sources link without the signing profiles (the fuzz targets);
    // test_minisign checks that the two agree.
    sodiumReady();
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, bytes(publicKey),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), kKeyNumberBytes);
}

QByteArray publicKeyFile(const QByteArray& publicKey, const QString& untrustedComment) {
    const QByteArray keyNumber = keyNumberFor(publicKey);
    const QByteArray comment =
        untrustedComment.isEmpty()
            ? QByteArray("minisign public key " +
                         PublicKey{keyNumber, publicKey}.keyIdAsMinisignPrints().toLatin1())
            : oneLine(untrustedComment);
    return kUntrustedPrefix + comment + '\n' +
           QByteArray(kLegacyAlgorithm + keyNumber + publicKey).toBase64() + '\n';
}

Result<PublicKey> parsePublicKey(const QByteArray& text) {
    using R = Result<PublicKey>;
    if (text.size() > kMaxPublicKeyFile)
        return R::failure(tr("The public key file is larger than %1 bytes; a minisign public "
                             "key is much smaller.")
                              .arg(kMaxPublicKeyFile));
    const QList<QByteArray> lines = splitLines(text.trimmed());
    QByteArray keyLine;
    if (lines.size() == 1) {
        keyLine = lines[0];
    } else if (lines.size() == 2) {
        if (!lines[0].startsWith(kUntrustedPrefix))
            return R::failure(tr("Line 1 of the public key file does not start with “untrusted "
                                 "comment:”."));
        keyLine = lines[1];
    } else {
        return R::failure(tr("The public key has %1 lines; a minisign public key file has 2 (or "
                             "is the single base64 line).")
                              .arg(lines.size()));
    }
    const auto decoded = strictBase64(keyLine.trimmed());
    if (!decoded)
        return R::failure(tr("The public key is not valid base64."));
    if (decoded->size() != kPublicKeyBytes)
        return R::failure(tr("The public key holds %1 bytes; a minisign public key holds %2.")
                              .arg(decoded->size())
                              .arg(kPublicKeyBytes));
    if (decoded->left(kAlgorithmBytes) != kLegacyAlgorithm)
        return R::failure(tr("The public key names the algorithm “%1”; minisign keys are "
                             "Ed25519 (“Ed”).")
                              .arg(QString::fromLatin1(decoded->left(kAlgorithmBytes).toHex())));
    PublicKey key;
    key.keyNumber = decoded->mid(kAlgorithmBytes, kKeyNumberBytes);
    key.key = decoded->mid(kAlgorithmBytes + kKeyNumberBytes);
    return key;
}

QByteArray sign(const QByteArray& message, const sodium::SecretBytes& secretKey,
                const QByteArray& publicKey, const QString& trustedComment,
                const QString& untrustedComment) {
    // libsodium's secret key ends with its public key: a mismatch would give signatures that
    // never verify, so nothing is signed.
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES ||
        publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        sodium_memcmp(secretKey.data() + crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES,
                      bytes(publicKey), crypto_sign_PUBLICKEYBYTES) != 0)
        return {};
    const QByteArray keyNumber = keyNumberFor(publicKey);
    const QByteArray signature = signDetached(prehash(message), secretKey);
    const QByteArray trusted = oneLine(trustedComment);
    const QByteArray globalSignature = signDetached(QByteArray(signature + trusted), secretKey);
    const QByteArray untrusted =
        untrustedComment.isEmpty()
            ? QByteArray("signature from Causeway key " + printedKeyId(keyNumber).toLatin1())
            : oneLine(untrustedComment);
    return kUntrustedPrefix + untrusted + '\n' +
           QByteArray(kPrehashedAlgorithm + keyNumber + signature).toBase64() + '\n' +
           kTrustedPrefix + trusted + '\n' + globalSignature.toBase64() + '\n';
}

Result<Signature> parse(const QByteArray& signatureFile) {
    auto parsed = parseSignatureFile(signatureFile);
    if (!parsed)
        return Result<Signature>::failure(parsed.error());
    return parsed->signature;
}

Result<Signature> verify(const QByteArray& message, const QByteArray& signatureFile,
                         const PublicKey& key) {
    using R = Result<Signature>;
    if (!sodiumReady())
        return R::failure(tr("The cryptography library cannot start."));
    auto parsed = parseSignatureFile(signatureFile);
    if (!parsed)
        return R::failure(parsed.error());
    if (key.key.size() != crypto_sign_PUBLICKEYBYTES || key.keyNumber.size() != kKeyNumberBytes)
        return R::failure(tr("The public key is malformed."));
    ParsedSignature& p = parsed.value();
    if (p.signature.keyNumber != key.keyNumber)
        return R::failure(tr("The signature was made with key %1, not with key %2.")
                              .arg(printedKeyId(p.signature.keyNumber), key.keyId()));
    const QByteArray signedBytes = p.signature.prehashed ? prehash(message) : message;
    if (!verifyDetached(p.signatureBytes, signedBytes, key.key))
        return R::failure(tr("The signature does not match the file: the file was changed after "
                             "it was signed, or it was signed with another key."));
    if (!verifyDetached(p.globalSignature, QByteArray(p.signatureBytes + p.trustedCommentBytes),
                        key.key))
        return R::failure(tr("The signature of the trusted comment does not match: the comment "
                             "was changed after it was signed."));
    p.signature.publicKey = key.key;
    return std::move(p.signature);
}

} // namespace causeway::Minisign
