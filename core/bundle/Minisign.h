#pragma once

#include "signing/Sodium.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace causeway::Minisign {

// Signatures and public keys in minisign's formats (https://jedisct1.github.io/minisign/),
// so that `minisign -Vm FILE -P KEY` verifies what Causeway signs. Causeway signs with the
// profile's Ed25519 key; the 8-byte key number is the profile's key id (keyIdFor) read as
// bytes, so the minisign key id printed by `minisign` names the same key.
//
// Signature file (4 lines):
//   untrusted comment: <text>
//   base64("ED" || key number (8) || Ed25519(BLAKE2b-512(file)) (64))
//   trusted comment: <text>
//   base64(Ed25519(signature (64) || trusted comment bytes))
// Public key file (2 lines):
//   untrusted comment: minisign public key <KEYNUM HEX>
//   base64("Ed" || key number (8) || public key (32))

struct PublicKey {
    QByteArray keyNumber; // 8 bytes
    QByteArray key;       // 32 bytes
    // The key number as 16 upper-case hex digits, as Causeway stores and shows it.
    QString keyId() const;
    // As minisign prints it (printf's PRIX64): the same digits without leading zeros.
    QString keyIdAsMinisignPrints() const;
};

// The key number of a Causeway public key: the bytes of keyIdFor(publicKey).
QByteArray keyNumberFor(const QByteArray& publicKey);
QByteArray publicKeyFile(const QByteArray& publicKey, const QString& untrustedComment = {});
// Accepts the two-line file or the bare base64 line (as `minisign -P` takes it).
Result<PublicKey> parsePublicKey(const QByteArray& text);

// Signs message (prehashed, algorithm "ED"). secretKey is libsodium's 64-byte Ed25519 key.
// Comments must be one line; the trusted comment is covered by the global signature.
QByteArray sign(const QByteArray& message, const sodium::SecretBytes& secretKey,
                const QByteArray& publicKey, const QString& trustedComment,
                const QString& untrustedComment = {});

struct Signature {
    QByteArray keyNumber; // 8 bytes
    QByteArray publicKey; // filled in by verify(): the key that verified it
    QString trustedComment;
    QString untrustedComment;
    bool prehashed = true;
};

// Parses a signature file (bounded: at most 4 KiB, 4 lines); a failure names the line.
Result<Signature> parse(const QByteArray& signatureFile);

// Verifies both the signature of message and the global signature of the trusted comment.
// Accepts "ED" (prehashed) and the legacy "Ed". A failure says whether the signature does
// not match, the key numbers differ, or the file is malformed.
Result<Signature> verify(const QByteArray& message, const QByteArray& signatureFile,
                         const PublicKey& key);

} // namespace causeway::Minisign
