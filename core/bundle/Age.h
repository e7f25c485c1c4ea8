#pragma once

#include "signing/Sodium.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace causeway::Age {

// The age file format, version 1 (https://age-encryption.org/v1), written from the
// specification with libsodium's primitives: X25519, HKDF-SHA-256 (from HMAC-SHA-256),
// ChaCha20-Poly1305 (IETF) and scrypt. A file encrypted here decrypts with `age -d`, and one
// encrypted by `age` (passphrase or X25519 recipients) decrypts here.
//
// Decryption reads untrusted input: every length is bounded, the header MAC and every
// payload chunk are authenticated before any plaintext is returned, and a truncated or
// altered stream fails with a message that says so.

// Whether data starts like an age file (binary header "age-encryption.org/v1\n"); the ASCII
// armored form is not written, and is recognised only to be refused with a clear message.
bool looksLikeAge(QByteArrayView data);

// An X25519 identity: the secret key, and its recipient string "age1…" (Bech32).
struct Identity {
    QString secretKey; // "AGE-SECRET-KEY-1…" (Bech32, upper case), as age-keygen writes it
    QString recipient; // "age1…"
};
Identity generateIdentity();
// The recipient of a secret key string; fails naming what is malformed.
Result<QString> recipientOf(const QString& secretKey);
// Parses an identity file as age-keygen writes it: "#" comment lines, blank lines and one or
// more AGE-SECRET-KEY-1 lines. Fails naming the line that is not an identity.
Result<QStringList> parseIdentityFile(const QByteArray& text);
// Checks a recipient string ("age1…"): a failure names the problem.
Status checkRecipient(const QString& recipient);

// The scrypt work factor (log2 N) of passphrase encryption; age's default is 18. Tests and
// the benchmark may lower it; decryption accepts at most kMaxScryptLogN.
inline constexpr int kDefaultScryptLogN = 18;
inline constexpr int kMaxScryptLogN = 22;

struct EncryptOptions {
    // Exactly one of: a passphrase (an scrypt stanza, which age requires to be alone), or
    // one or more X25519 recipients.
    sodium::Passphrase passphrase;
    QStringList recipients;
    int scryptLogN = kDefaultScryptLogN;
};

Result<QByteArray> encrypt(const QByteArray& plaintext, const EncryptOptions& options);

// The same in two steps: prepare() makes the file key and the header (for a passphrase, the
// scrypt work, which takes most of a second at the default work factor), encrypt() the
// payload. The header does not depend on the content, so a caller can prepare it on another
// thread while it gathers what to encrypt. One Encryptor encrypts one file.
class Encryptor {
public:
    static Result<Encryptor> prepare(const EncryptOptions& options);
    QByteArray encrypt(const QByteArray& plaintext) const;

private:
    std::shared_ptr<sodium::SecretBytes> m_fileKey;
    QByteArray m_header;
};

struct DecryptOptions {
    sodium::Passphrase passphrase;
    QStringList identities;          // AGE-SECRET-KEY-1… strings
    qint64 maxPlaintext = 1LL << 31; // refuse streams that would decrypt to more
};

// Fails with: "not an age file", "the passphrase is not correct", "none of the identities
// can open it", "the file is truncated", "the file has been altered", "needs a passphrase",
// "the scrypt work factor N is too high", … each a whole sentence.
Result<QByteArray> decrypt(const QByteArray& ciphertext, const DecryptOptions& options);

} // namespace causeway::Age
