#include "bundle/Age.h"

#include "bundle/AgeBech32.h"
#include "bundle/AgeCrypto.h"
#include "bundle/AgeHeader.h"
#include "bundle/AgeScrypt.h"
#include "bundle/AgeStream.h"

#include <QCoreApplication>

#include <sodium.h>

#include <memory>
#include <optional>
#include <vector>

namespace causeway::Age {

using namespace detail;
using sodium::SecretBytes;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Age", text);
}

constexpr char kArmorBegin[] = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr char kVersionPrefix[] = "age-encryption.org/";
constexpr char kRecipientHrp[] = "age";
constexpr char kIdentityHrp[] = "age-secret-key-";
constexpr char kX25519Type[] = "X25519";
constexpr char kX25519Info[] = "age-encryption.org/v1/X25519";
constexpr char kScryptType[] = "scrypt";
constexpr char kScryptLabel[] = "age-encryption.org/v1/scrypt";
constexpr std::size_t kX25519Size = crypto_scalarmult_BYTES; // keys, shares, secrets
constexpr qsizetype kScryptSaltSize = 16;
constexpr int kScryptBlockSize = 8; // r; age fixes it, and p = 1
constexpr qsizetype kMaxIdentityFileSize = 1024 * 1024;

QByteArrayView view(const SecretBytes& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

const unsigned char* bytesOf(QByteArrayView data) {
    return reinterpret_cast<const unsigned char*>(data.data());
}

// A recipient string as typed may be long or garbled: quote only the start of it.
QString quoted(const QString& text) {
    constexpr int limit = 80;
    return text.size() <= limit ? text : text.left(limit) + QChar(0x2026);
}

// The X25519 secret key of an identity string, or the reason it is not one.
std::optional<QString> decodeIdentity(const QString& secretKey, SecretBytes& secret) {
    QByteArray text = secretKey.toLatin1();
    Result<bech32::Decoded> decoded = bech32::decode(text);
    sodium::wipe(text);
    if (!decoded)
        return decoded.error();
    QByteArray& data = decoded.value().data;
    std::optional<QString> problem;
    if (decoded->hrp != kIdentityHrp)
        problem = tr("it does not start with AGE-SECRET-KEY-1");
    else if (!decoded->upperCase)
        problem = tr("it is not in upper case, as age writes identities");
    else if (static_cast<std::size_t>(data.size()) != kX25519Size)
        problem = tr("it does not hold a 32-byte key");
    else
        std::copy(data.cbegin(), data.cend(), secret.data());
    sodium::wipe(data);
    return problem;
}

// The X25519 public key of a recipient string, or the reason it is not one.
std::optional<QString> decodeRecipient(const QString& recipient, QByteArray& publicKey) {
    const QByteArray text = recipient.toLatin1();
    const Result<bech32::Decoded> decoded = bech32::decode(text);
    if (!decoded)
        return decoded.error();
    if (decoded->hrp != kRecipientHrp)
        return tr("it does not start with age1");
    if (decoded->upperCase)
        return tr("it is not in lower case, as age writes recipients");
    if (static_cast<std::size_t>(decoded->data.size()) != kX25519Size)
        return tr("it does not hold a 32-byte public key");
    // A point of small order gives the same all-zero shared secret for every sender; such a
    // key cannot receive anything.
    SecretBytes probe(kX25519Size);
    randombytes_buf(probe.data(), probe.size());
    unsigned char shared[kX25519Size];
    const bool usable = crypto_scalarmult(shared, probe.data(), bytesOf(decoded->data)) == 0;
    sodium_memzero(shared, sizeof shared);
    if (!usable)
        return tr("it is not a usable X25519 public key");
    publicKey = decoded->data;
    return std::nullopt;
}

void wrapKeyX25519(const SecretBytes& shared, QByteArrayView share, QByteArrayView publicKey,
                   SecretBytes& wrapKey) {
    QByteArray salt = share.toByteArray();
    salt.append(publicKey);
    hkdfSha256(shared.data(), shared.size(), salt, kX25519Info, wrapKey);
}

Result<Stanza> x25519Stanza(const QByteArray& publicKey, const SecretBytes& fileKey) {
    SecretBytes ephemeral(kX25519Size);
    randombytes_buf(ephemeral.data(), ephemeral.size());
    QByteArray share(kX25519Size, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(share.data()), ephemeral.data());
    SecretBytes shared(kX25519Size);
    if (crypto_scalarmult(shared.data(), ephemeral.data(), bytesOf(publicKey)) != 0)
        return Result<Stanza>::failure(
            tr("A recipient is not a usable X25519 public key; nothing was encrypted."));
    SecretBytes wrapKey(kKeySize);
    wrapKeyX25519(shared, share, publicKey, wrapKey);
    return Stanza{kX25519Type, {encodeBase64(share)}, wrapFileKey(wrapKey, fileKey)};
}

Result<int> scryptWorkFactor(const Stanza& stanza) {
    const QByteArray& text = stanza.args.value(1);
    // Decimal without a sign or leading zeros, as age writes it: one spelling per number.
    bool digits = !text.isEmpty() && text.size() <= 9 && text[0] != '0';
    for (const char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (!digits)
        return Result<int>::failure(malformedHeader(tr("the scrypt work factor is not valid")));
    const int logN = text.toInt();
    if (logN > kMaxScryptLogN)
        return Result<int>::failure(
            tr("The age file's scrypt work factor N = 2^%1 is too high: at most 2^%2 is "
               "accepted, as deriving its key would take minutes and gigabytes of memory.")
                .arg(logN)
                .arg(kMaxScryptLogN));
    return logN;
}

Status deriveScryptKey(const sodium::Passphrase& passphrase, QByteArrayView salt, int logN,
                       SecretBytes& key) {
    QByteArray labelledSalt(kScryptLabel);
    labelledSalt.append(salt);
    if (!scrypt(passphrase.bytes(), labelledSalt, logN, kScryptBlockSize, key))
        return Status::failure(tr("The key could not be derived from the passphrase (scrypt "
                                  "with N = 2^%1 needs %2 MiB of memory).")
                                   .arg(logN)
                                   .arg((qint64(1) << logN) / 1024));
    return {};
}

Result<Stanza> scryptStanza(const sodium::Passphrase& passphrase, int logN,
                            const SecretBytes& fileKey) {
    QByteArray salt(kScryptSaltSize, '\0');
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    SecretBytes wrapKey(kKeySize);
    if (Status derived = deriveScryptKey(passphrase, salt, logN, wrapKey); !derived)
        return derived;
    return Stanza{
        kScryptType, {encodeBase64(salt), QByteArray::number(logN)}, wrapFileKey(wrapKey, fileKey)};
}

// The structure of the stanzas this implementation reads, checked before any key is tried
// (unknown types are left alone: they are other recipients' business).
Status checkKnownStanza(const Stanza& stanza) {
    if (stanza.type == kX25519Type) {
        const std::optional<QByteArray> share =
            stanza.args.size() == 1 ? decodeBase64(stanza.args[0]) : std::nullopt;
        if (!share || static_cast<std::size_t>(share->size()) != kX25519Size)
            return Status::failure(malformedHeader(tr("an X25519 stanza's share is not valid")));
        if (static_cast<std::size_t>(stanza.body.size()) != kWrappedFileKeySize)
            return Status::failure(malformedHeader(tr("an X25519 stanza's body is not valid")));
    } else if (stanza.type == kScryptType) {
        const std::optional<QByteArray> salt =
            stanza.args.size() == 2 ? decodeBase64(stanza.args[0]) : std::nullopt;
        if (!salt || salt->size() != kScryptSaltSize)
            return Status::failure(malformedHeader(tr("a scrypt stanza's salt is not valid")));
        if (const Result<int> logN = scryptWorkFactor(stanza); !logN)
            return logN.status();
        if (static_cast<std::size_t>(stanza.body.size()) != kWrappedFileKeySize)
            return Status::failure(malformedHeader(tr("a scrypt stanza's body is not valid")));
    }
    return {};
}

struct X25519Identity {
    SecretBytes secret{kX25519Size};
    QByteArray publicKey;
};

// Whether the stanza (checked already) opens with the identity; fileKey holds the key then.
Result<bool> unwrapX25519(const Stanza& stanza, const X25519Identity& identity,
                          SecretBytes& fileKey) {
    const QByteArray share = *decodeBase64(stanza.args[0]);
    SecretBytes shared(kX25519Size);
    if (crypto_scalarmult(shared.data(), identity.secret.data(), bytesOf(share)) != 0)
        return Result<bool>::failure(
            malformedHeader(tr("an X25519 stanza's share is not a usable public key")));
    SecretBytes wrapKey(kKeySize);
    wrapKeyX25519(shared, share, identity.publicKey, wrapKey);
    return unwrapFileKey(wrapKey, stanza.body, fileKey);
}

Status unwrapWithPassphrase(const Stanza& stanza, const sodium::Passphrase& passphrase,
                            SecretBytes& fileKey) {
    if (passphrase.isEmpty())
        return Status::failure(
            tr("The age file is encrypted with a passphrase: enter the passphrase to open it."));
    const int logN = scryptWorkFactor(stanza).value();
    SecretBytes wrapKey(kKeySize);
    if (Status derived = deriveScryptKey(passphrase, *decodeBase64(stanza.args[0]), logN, wrapKey);
        !derived)
        return derived;
    if (!unwrapFileKey(wrapKey, stanza.body, fileKey))
        return Status::failure(tr("The passphrase is not correct."));
    return {};
}

Status unwrapWithIdentities(const QList<Stanza>& stanzas, const DecryptOptions& options,
                            SecretBytes& fileKey) {
    if (options.identities.isEmpty()) {
        if (!options.passphrase.isEmpty())
            return Status::failure(
                tr("The age file is encrypted to recipients' public keys, not with a "
                   "passphrase: it opens with one of their identities (secret keys)."));
        return Status::failure(
            tr("The age file is encrypted to recipients: it needs an identity (secret key) to "
               "open it."));
    }
    std::vector<std::unique_ptr<X25519Identity>> identities;
    for (qsizetype i = 0; i < options.identities.size(); ++i) {
        auto identity = std::make_unique<X25519Identity>();
        if (const std::optional<QString> problem =
                decodeIdentity(options.identities[i], identity->secret))
            return Status::failure(
                tr("Identity %1 is not a valid age identity: %2.").arg(i + 1).arg(*problem));
        identity->publicKey = QByteArray(kX25519Size, '\0');
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(identity->publicKey.data()),
                               identity->secret.data());
        identities.push_back(std::move(identity));
    }
    for (const Stanza& stanza : stanzas) {
        if (stanza.type != kX25519Type)
            continue; // another kind of recipient
        for (const auto& identity : identities) {
            const Result<bool> opened = unwrapX25519(stanza, *identity, fileKey);
            if (!opened)
                return opened.status();
            if (opened.value())
                return {};
        }
    }
    return Status::failure(tr("None of the identities can open this age file: it was not "
                              "encrypted to any of their recipients."));
}

bool looksArmored(QByteArrayView data) {
    qsizetype at = 0;
    while (at < data.size() && at < 1024 && QChar::isSpace(static_cast<uchar>(data[at])))
        ++at;
    return data.sliced(at).startsWith(kArmorBegin);
}

} // namespace

bool looksLikeAge(QByteArrayView data) {
    return data.startsWith(kVersionLine);
}

Identity generateIdentity() {
    sodium::ready();
    SecretBytes secret(kX25519Size);
    randombytes_buf(secret.data(), secret.size());
    QByteArray publicKey(kX25519Size, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data());
    return {bech32::encode(kIdentityHrp, view(secret)).toUpper(),
            bech32::encode(kRecipientHrp, publicKey)};
}

Result<QString> recipientOf(const QString& secretKey) {
    sodium::ready();
    SecretBytes secret(kX25519Size);
    if (const std::optional<QString> problem = decodeIdentity(secretKey, secret))
        return Result<QString>::failure(
            tr("The identity (secret key) is not a valid age identity: %1.").arg(*problem));
    QByteArray publicKey(kX25519Size, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data());
    return bech32::encode(kRecipientHrp, publicKey);
}

Result<QStringList> parseIdentityFile(const QByteArray& text) {
    sodium::ready();
    if (text.size() > kMaxIdentityFileSize)
        return Result<QStringList>::failure(
            tr("The identity file is larger than 1 MiB; it is not an age identity file."));
    QList<QByteArray> lines = text.split('\n');
    QStringList keys;
    std::optional<QString> failure;
    for (qsizetype i = 0; i < lines.size() && !failure; ++i) {
        const QByteArray line = lines[i].trimmed(); // CRLF line ends, stray spaces
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        SecretBytes secret(kX25519Size);
        const QString key = QString::fromLatin1(line);
        if (const std::optional<QString> problem = decodeIdentity(key, secret))
            failure = tr("Line %1 of the identity file is not an age identity "
                         "(AGE-SECRET-KEY-1…): %2.")
                          .arg(i + 1)
                          .arg(*problem);
        else
            keys.append(key);
    }
    for (QByteArray& line : lines)
        sodium::wipe(line);
    if (failure)
        return Result<QStringList>::failure(*failure);
    if (keys.isEmpty())
        return Result<QStringList>::failure(
            tr("The identity file holds no age identity (a line starting with "
               "AGE-SECRET-KEY-1)."));
    return keys;
}

Status checkRecipient(const QString& recipient) {
    sodium::ready();
    QByteArray publicKey;
    if (const std::optional<QString> problem = decodeRecipient(recipient, publicKey))
        return Status::failure(tr("The recipient “%1” is not a valid age recipient: %2.")
                                   .arg(quoted(recipient), *problem));
    return {};
}

Result<Encryptor> Encryptor::prepare(const EncryptOptions& options) {
    if (!sodium::ready())
        return Result<Encryptor>::failure(QCoreApplication::translate(
            "causeway::Age::Encryptor",
            "Encryption is not available: the libsodium library cannot run here."));
    const bool withPassphrase = !options.passphrase.isEmpty();
    if (withPassphrase && !options.recipients.isEmpty())
        return Result<Encryptor>::failure(QCoreApplication::translate(
            "causeway::Age::Encryptor",
            "Encrypt either with a passphrase or to recipients, not both: age allows a "
            "passphrase only on its own."));
    if (!withPassphrase && options.recipients.isEmpty())
        return Result<Encryptor>::failure(QCoreApplication::translate(
            "causeway::Age::Encryptor",
            "Give a passphrase or at least one recipient to encrypt to."));

    Encryptor prepared;
    prepared.m_fileKey = std::make_shared<SecretBytes>(kFileKeySize);
    SecretBytes& fileKey = *prepared.m_fileKey;
    randombytes_buf(fileKey.data(), fileKey.size());
    QList<Stanza> stanzas;
    if (withPassphrase) {
        if (options.scryptLogN < 1 || options.scryptLogN > kMaxScryptLogN)
            return Result<Encryptor>::failure(
                QCoreApplication::translate(
                    "causeway::Age::Encryptor",
                    "The scrypt work factor must be between 1 and %1 (log2 N); %2 was given.")
                    .arg(kMaxScryptLogN)
                    .arg(options.scryptLogN));
        Result<Stanza> stanza = scryptStanza(options.passphrase, options.scryptLogN, fileKey);
        if (!stanza)
            return stanza.status();
        stanzas.append(std::move(stanza).value());
    } else {
        if (options.recipients.size() > kMaxStanzas)
            return Result<Encryptor>::failure(
                QCoreApplication::translate(
                    "causeway::Age::Encryptor",
                    "An age file can have at most %1 recipients; %2 were given.")
                    .arg(kMaxStanzas)
                    .arg(options.recipients.size()));
        for (const QString& recipient : options.recipients) {
            QByteArray publicKey;
            if (const std::optional<QString> problem = decodeRecipient(recipient, publicKey))
                return Result<Encryptor>::failure(
                    QCoreApplication::translate(
                        "causeway::Age::Encryptor",
                        "The recipient “%1” is not a valid age recipient: %2.")
                        .arg(quoted(recipient), *problem));
            Result<Stanza> stanza = x25519Stanza(publicKey, fileKey);
            if (!stanza)
                return stanza.status();
            stanzas.append(std::move(stanza).value());
        }
    }
    QByteArray header = headerWithoutMac(stanzas);
    const QByteArray mac = headerMac(fileKey, header);
    header.append(' ');
    header.append(encodeBase64(mac));
    header.append('\n');
    prepared.m_header = header;
    return prepared;
}

QByteArray Encryptor::encrypt(const QByteArray& plaintext) const {
    return m_header + encryptPayload(*m_fileKey, plaintext);
}

Result<QByteArray> encrypt(const QByteArray& plaintext, const EncryptOptions& options) {
    Result<Encryptor> prepared = Encryptor::prepare(options);
    if (!prepared)
        return prepared.status();
    return prepared.value().encrypt(plaintext);
}

Result<QByteArray> decrypt(const QByteArray& ciphertext, const DecryptOptions& options) {
    if (!sodium::ready())
        return Result<QByteArray>::failure(
            tr("Decryption is not available: the libsodium library cannot run here."));
    if (ciphertext.isEmpty())
        return Result<QByteArray>::failure(tr("The file is empty: it is not an age file."));
    if (looksArmored(ciphertext))
        return Result<QByteArray>::failure(
            tr("The age file is ASCII-armored (-----BEGIN AGE ENCRYPTED FILE-----), which is "
               "not read here: de-armor it first, or encrypt it again without --armor to get "
               "the binary form."));
    if (!looksLikeAge(ciphertext)) {
        const QByteArrayView prefix(kVersionPrefix);
        if (ciphertext.size() >= prefix.size() &&
            QByteArrayView(kVersionLine).startsWith(ciphertext))
            return Result<QByteArray>::failure(
                tr("The age file is truncated: it ends inside its header."));
        if (ciphertext.startsWith(prefix))
            return Result<QByteArray>::failure(
                tr("The age file uses a format version this program does not read (only "
                   "age-encryption.org/v1 is supported)."));
        return Result<QByteArray>::failure(
            tr("This is not an age file: it does not start with \"age-encryption.org/v1\"."));
    }

    const Result<Header> header = parseHeader(ciphertext);
    if (!header)
        return header.status();
    bool withPassphrase = false;
    for (const Stanza& stanza : header->stanzas) {
        if (const Status known = checkKnownStanza(stanza); !known)
            return known;
        withPassphrase = withPassphrase || stanza.type == kScryptType;
    }
    // A passphrase stanza among others would let anyone who knows a recipient's key replace
    // the passphrase-protected content unnoticed: age forbids it, and so does this reader.
    if (withPassphrase && header->stanzas.size() != 1)
        return Result<QByteArray>::failure(
            malformedHeader(tr("a passphrase (scrypt) stanza is not the only stanza")));

    SecretBytes fileKey(kFileKeySize);
    const Status unwrapped =
        withPassphrase ? unwrapWithPassphrase(header->stanzas.first(), options.passphrase, fileKey)
                       : unwrapWithIdentities(header->stanzas, options, fileKey);
    if (!unwrapped)
        return unwrapped;
    // Nothing of the payload is touched before the header is known to be the one written
    // together with the file key.
    const QByteArray mac = headerMac(fileKey, header->withoutMac);
    if (crypto_verify_32(bytesOf(mac), bytesOf(header->mac)) != 0)
        return Result<QByteArray>::failure(
            tr("The age file has been altered: its header does not match its MAC."));
    return decryptPayload(fileKey, QByteArrayView(ciphertext).sliced(header->payloadOffset),
                          options.maxPlaintext);
}

} // namespace causeway::Age
