#pragma once

#include "signing/Sodium.h"

#include <QByteArray>

namespace causeway::SealedKey {

// The form in which a profile's Ed25519 secret key is kept in the keychain: sealed with a
// key derived from the profile's passphrase, so that the keychain alone (unlocked with the
// user's login) is not enough to sign; each signature needs the passphrase again.
//
// The bytes are canonical JSON:
//   {"box":B64,"format":"causeway.sealed-signing-key","kdf":"argon2id13","memlimit":N,
//    "nonce":B64,"opslimit":N,"public_key":B64,"salt":B64,"version":1}
// key = crypto_pwhash(Argon2id 1.3, passphrase, salt, opslimit, memlimit), 32 bytes;
// box = crypto_secretbox_easy(secret key (64 bytes), nonce, key). The cost parameters
// travel with the box so they can be raised later without breaking older keys.

inline constexpr int kSecretKeyBytes = 64; // crypto_sign_SECRETKEYBYTES
inline constexpr int kPublicKeyBytes = 32; // crypto_sign_PUBLICKEYBYTES

QByteArray seal(const sodium::SecretBytes& secretKey, const QByteArray& publicKey,
                const sodium::Passphrase& passphrase);

enum class OpenError { None, Malformed, WrongPassphrase, OtherKey };

// Opens a sealed key into secretKey (kSecretKeyBytes). OtherKey: the box opened but holds
// the secret key of a different public key than expected.
OpenError open(const QByteArray& sealed, const sodium::Passphrase& passphrase,
               const QByteArray& expectedPublicKey, sodium::SecretBytes& secretKey);

} // namespace causeway::SealedKey
