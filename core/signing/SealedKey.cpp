#include "signing/SealedKey.h"

#include "model/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace causeway::SealedKey {

namespace {

const QString kFormat = QStringLiteral("causeway.sealed-signing-key");
const QString kKdf = QStringLiteral("argon2id13");

// Interactive limits: about a tenth of a second and 64 MiB per signature on a laptop.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

QString b64(const unsigned char* data, size_t size) {
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)).toBase64());
}

bool deriveKey(const sodium::Passphrase& passphrase, const QByteArray& salt, unsigned long long ops,
               size_t mem, sodium::SecretBytes& key) {
    return crypto_pwhash(key.data(), key.size(), passphrase.bytes().data(),
                         static_cast<unsigned long long>(passphrase.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), ops, mem,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

QByteArray seal(const sodium::SecretBytes& secretKey, const QByteArray& publicKey,
                const sodium::Passphrase& passphrase) {
    sodium::ready();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    sodium::SecretBytes key(crypto_secretbox_KEYBYTES);
    const QByteArray saltBytes(reinterpret_cast<const char*>(salt), sizeof salt);
    if (!deriveKey(passphrase, saltBytes, kOpsLimit, kMemLimit, key))
        return {}; // out of memory: the caller reports that sealing failed
    QByteArray box(static_cast<qsizetype>(crypto_secretbox_MACBYTES + secretKey.size()), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), secretKey.data(),
                          secretKey.size(), nonce, key.data());
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("kdf"), kKdf},
                        {QStringLiteral("opslimit"), static_cast<double>(kOpsLimit)},
                        {QStringLiteral("memlimit"), static_cast<double>(kMemLimit)},
                        {QStringLiteral("salt"), b64(salt, sizeof salt)},
                        {QStringLiteral("nonce"), b64(nonce, sizeof nonce)},
                        {QStringLiteral("box"), QString::fromLatin1(box.toBase64())},
                        {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())}};
    return canonicalJson(o);
}

OpenError open(const QByteArray& sealed, const sodium::Passphrase& passphrase,
               const QByteArray& expectedPublicKey, sodium::SecretBytes& secretKey) {
    sodium::ready();
    const QJsonObject o = QJsonDocument::fromJson(sealed).object();
    if (o.value(u"format").toString() != kFormat || o.value(u"version").toInt() != 1 ||
        o.value(u"kdf").toString() != kKdf)
        return OpenError::Malformed;
    const QByteArray salt = QByteArray::fromBase64(o.value(u"salt").toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(o.value(u"nonce").toString().toLatin1());
    const QByteArray box = QByteArray::fromBase64(o.value(u"box").toString().toLatin1());
    const double ops = o.value(u"opslimit").toDouble();
    const double mem = o.value(u"memlimit").toDouble();
    if (salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() != static_cast<qsizetype>(crypto_secretbox_MACBYTES + kSecretKeyBytes) ||
        secretKey.size() != static_cast<size_t>(kSecretKeyBytes) ||
        ops < crypto_pwhash_OPSLIMIT_MIN || ops > 1e6 || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > 4.0 * 1024 * 1024 * 1024)
        return OpenError::Malformed;
    sodium::SecretBytes key(crypto_secretbox_KEYBYTES);
    if (!deriveKey(passphrase, salt, static_cast<unsigned long long>(ops), static_cast<size_t>(mem),
                   key))
        return OpenError::Malformed;
    if (crypto_secretbox_open_easy(
            secretKey.data(), reinterpret_cast<const unsigned char*>(box.constData()),
            static_cast<unsigned long long>(box.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), key.data()) != 0)
        return OpenError::WrongPassphrase;
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(publicKey, secretKey.data());
    if (expectedPublicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        sodium_memcmp(publicKey, expectedPublicKey.constData(), sizeof publicKey) != 0)
        return OpenError::OtherKey;
    return OpenError::None;
}

} // namespace causeway::SealedKey
