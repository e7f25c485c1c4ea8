#include "bundle/AgeCrypto.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>

namespace causeway::Age::detail {

namespace {

const unsigned char* bytesOf(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

HmacState::HmacState(const unsigned char* key, std::size_t keySize) {
    // libsodium declares the key non-null even when it is empty (the empty HKDF salt).
    static const unsigned char none = 0;
    crypto_auth_hmacsha256_init(&m_state, key ? key : &none, keySize);
}

HmacState::HmacState(QByteArrayView key)
    : HmacState(key.isEmpty() ? nullptr : bytesOf(key), static_cast<std::size_t>(key.size())) {}

HmacState::~HmacState() {
    sodium_memzero(&m_state, sizeof m_state);
}

void HmacState::update(const unsigned char* data, std::size_t size) {
    crypto_auth_hmacsha256_update(&m_state, data, size);
}

void HmacState::update(QByteArrayView data) {
    update(bytesOf(data), static_cast<std::size_t>(data.size()));
}

void HmacState::final(unsigned char* out) {
    crypto_auth_hmacsha256_final(&m_state, out);
}

void hkdfSha256(const unsigned char* ikm, std::size_t ikmSize, QByteArrayView salt,
                QByteArrayView info, sodium::SecretBytes& out) {
    constexpr std::size_t hashSize = crypto_auth_hmacsha256_BYTES;
    if (out.size() > 255 * hashSize)
        std::abort(); // a programming error: no caller asks for more than one key
    // Extract: PRK = HMAC(salt, IKM).
    sodium::SecretBytes prk(hashSize);
    {
        HmacState extract(bytesOf(salt), static_cast<std::size_t>(salt.size()));
        extract.update(ikm, ikmSize);
        extract.final(prk.data());
    }
    // Expand: T(i) = HMAC(PRK, T(i-1) || info || i), concatenated and cut to size.
    sodium::SecretBytes block(hashSize);
    std::size_t written = 0;
    for (unsigned char counter = 1; written < out.size(); ++counter) {
        HmacState expand(prk.data(), prk.size());
        if (counter > 1)
            expand.update(block.data(), block.size());
        expand.update(info);
        expand.update(&counter, 1);
        expand.final(block.data());
        const std::size_t take = std::min(hashSize, out.size() - written);
        std::copy(block.data(), block.data() + take, out.data() + written);
        written += take;
    }
}

QByteArray hmacSha256(const sodium::SecretBytes& key, QByteArrayView message) {
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    HmacState state(key.data(), key.size());
    state.update(message);
    state.final(reinterpret_cast<unsigned char*>(mac.data()));
    return mac;
}

QByteArray wrapFileKey(const sodium::SecretBytes& wrapKey, const sodium::SecretBytes& fileKey) {
    QByteArray body(static_cast<qsizetype>(kWrappedFileKeySize), '\0');
    const unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    unsigned long long size = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(body.data()), &size,
                                              fileKey.data(), fileKey.size(), nullptr, 0, nullptr,
                                              nonce, wrapKey.data());
    return body;
}

bool unwrapFileKey(const sodium::SecretBytes& wrapKey, QByteArrayView body,
                   sodium::SecretBytes& fileKey) {
    if (static_cast<std::size_t>(body.size()) != kWrappedFileKeySize ||
        fileKey.size() != kFileKeySize)
        return false;
    const unsigned char nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};
    unsigned long long size = 0;
    return crypto_aead_chacha20poly1305_ietf_decrypt(fileKey.data(), &size, nullptr, bytesOf(body),
                                                     kWrappedFileKeySize, nullptr, 0, nonce,
                                                     wrapKey.data()) == 0 &&
           size == kFileKeySize;
}

QByteArray headerMac(const sodium::SecretBytes& fileKey, QByteArrayView headerWithoutMac) {
    sodium::SecretBytes macKey(kKeySize);
    hkdfSha256(fileKey.data(), fileKey.size(), {}, "header", macKey);
    return hmacSha256(macKey, headerWithoutMac);
}

} // namespace causeway::Age::detail
