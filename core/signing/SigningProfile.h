#pragma once

#include "signing/Sodium.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace causeway {

class KeyStore;

// A local signing profile: a person's printed name and role with an Ed25519 key pair.
// Name, role and public key live in the settings; the secret key lives only in the
// keychain, sealed with the profile's passphrase (see SealedKey.h). Several profiles may
// exist on one machine (an author and an approver for a demo); one is current.
struct SigningProfile {
    QString keyId;        // keyIdFor(publicKey)
    QString name;         // printed name, as it appears under a signature
    QString role;         // e.g. "Incident commander", "Head of operations"
    QByteArray publicKey; // 32 bytes
    QDateTime created;    // UTC

    // The keychain entry that holds the sealed secret key.
    QString keychainEntry() const;
    // "Ann Example (Approver)".
    QString displayName() const;
};

// The key id: the first 8 bytes of BLAKE2b-256 (libsodium crypto_generichash, no key) of the
// 32-byte Ed25519 public key, as 16 lower-case hex digits. Short enough to read aloud,
// long enough that two profiles do not collide by chance.
QString keyIdFor(const QByteArray& publicKey);

namespace SigningProfiles {

inline constexpr int kMinPassphraseLength = 8;

QList<SigningProfile> list(); // by name
// A profile by full key id, unique key-id prefix (4 digits or more) or exact name.
Result<SigningProfile> find(const QString& keyIdOrName);
std::optional<SigningProfile> current();
void setCurrent(const QString& keyId);

// Makes a key pair, seals the secret key with the passphrase into the keychain and saves
// the public part in the settings; the first profile becomes current. Nothing is saved
// when the keychain refuses.
Result<SigningProfile> create(KeyStore& keys, const QString& name, const QString& role,
                              const sodium::Passphrase& passphrase);

// Removes the profile from the settings and its secret key from the keychain. Signatures
// it made stay verifiable: they carry the public key.
Status remove(KeyStore& keys, const SigningProfile& profile);

// Opens the profile's secret key with the passphrase and signs message (Ed25519, detached,
// 64 bytes). The secret key is wiped before this returns. A wrong passphrase fails with a
// message naming the profile.
// The profile's secret key (libsodium's 64-byte Ed25519 form), opened with the passphrase,
// for signers that need it more than once (a bundle's minisign signature signs twice). It
// is wiped when the returned object is destroyed.
Result<std::unique_ptr<sodium::SecretBytes>>
openSecretKey(KeyStore& keys, const SigningProfile& profile, const sodium::Passphrase& passphrase);

Result<QByteArray> sign(KeyStore& keys, const SigningProfile& profile,
                        const sodium::Passphrase& passphrase, const QByteArray& message);

} // namespace SigningProfiles
} // namespace causeway
