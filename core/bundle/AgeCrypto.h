#pragma once

#include "signing/Sodium.h"

#include <QByteArray>
#include <QByteArrayView>

#include <sodium.h>

#include <cstddef>

// The key derivations and key wrapping of the age format, on libsodium. Private to the age
// format; every derived key lives in SecretBytes, so it is wiped when it goes away.
namespace causeway::Age::detail {

inline constexpr std::size_t kFileKeySize = 16;
inline constexpr std::size_t kKeySize = 32; // ChaCha20-Poly1305 and HMAC-SHA-256 keys
inline constexpr std::size_t kTagSize = 16; // Poly1305
inline constexpr std::size_t kMacSize = 32; // HMAC-SHA-256
// A wrapped file key: the sealed 16 bytes and their tag.
inline constexpr std::size_t kWrappedFileKeySize = kFileKeySize + kTagSize;

// An HMAC-SHA-256 computation. Its state holds key material: wiped whatever way the scope is
// left.
class HmacState {
public:
    HmacState(const unsigned char* key, std::size_t keySize);
    explicit HmacState(QByteArrayView key);
    ~HmacState();
    HmacState(const HmacState&) = delete;
    HmacState& operator=(const HmacState&) = delete;
    void update(const unsigned char* data, std::size_t size);
    void update(QByteArrayView data);
    void final(unsigned char* out); // crypto_auth_hmacsha256_BYTES

private:
    crypto_auth_hmacsha256_state m_state;
};

// HKDF-SHA-256 (RFC 5869) made of libsodium's HMAC-SHA-256, which 1.0.18 has but not HKDF.
// An empty salt is the RFC's default salt (HMAC pads the key with zeros either way).
// out.size() is at most 255 × 32 bytes.
void hkdfSha256(const unsigned char* ikm, std::size_t ikmSize, QByteArrayView salt,
                QByteArrayView info, sodium::SecretBytes& out);

// HMAC-SHA-256 of message under key.
QByteArray hmacSha256(const sodium::SecretBytes& key, QByteArrayView message);

// A stanza body: the file key sealed with ChaCha20-Poly1305 under wrapKey and a zero nonce
// (each wrap key is used once, so the fixed nonce is safe).
QByteArray wrapFileKey(const sodium::SecretBytes& wrapKey, const sodium::SecretBytes& fileKey);
// Opens a stanza body into fileKey; false when it does not open under wrapKey (another
// recipient's stanza, the wrong passphrase, or an altered body).
bool unwrapFileKey(const sodium::SecretBytes& wrapKey, QByteArrayView body,
                   sodium::SecretBytes& fileKey);

// The header MAC: HMAC-SHA-256 under HKDF(file key, info "header") of the header up to and
// including its final "---".
QByteArray headerMac(const sodium::SecretBytes& fileKey, QByteArrayView headerWithoutMac);

} // namespace causeway::Age::detail
