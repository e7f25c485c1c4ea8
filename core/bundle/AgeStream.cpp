#include "bundle/AgeStream.h"

#include "bundle/AgeCrypto.h"

#include <QCoreApplication>
#include <QLocale>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace causeway::Age::detail {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Age::detail", text);
}

constexpr qsizetype kSealedChunkSize = kChunkSize + qsizetype(kTagSize);

using ChunkNonce = std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES>;

// Chunk `index` as an 11-byte big-endian counter, then 1 for the final chunk, else 0.
ChunkNonce chunkNonce(std::uint64_t index, bool last) {
    ChunkNonce nonce{};
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = static_cast<unsigned char>(index >> (8 * i));
    nonce[11] = last ? 1 : 0;
    return nonce;
}

void payloadKey(const sodium::SecretBytes& fileKey, QByteArrayView nonce,
                sodium::SecretBytes& key) {
    hkdfSha256(fileKey.data(), fileKey.size(), nonce, "payload", key);
}

bool openChunk(const sodium::SecretBytes& key, QByteArrayView sealed, std::uint64_t index,
               bool last, unsigned char* out) {
    const ChunkNonce nonce = chunkNonce(index, last);
    unsigned long long size = 0;
    return crypto_aead_chacha20poly1305_ietf_decrypt(
               out, &size, nullptr, reinterpret_cast<const unsigned char*>(sealed.data()),
               static_cast<unsigned long long>(sealed.size()), nullptr, 0, nonce.data(),
               key.data()) == 0;
}

Result<QByteArray> failure(QByteArray& partial, const QString& message) {
    sodium::wipe(partial); // no unauthenticated remainder of the plaintext is left behind
    return Result<QByteArray>::failure(message);
}

} // namespace

QByteArray encryptPayload(const sodium::SecretBytes& fileKey, QByteArrayView plaintext) {
    const qsizetype chunks =
        plaintext.isEmpty() ? 1 : (plaintext.size() + kChunkSize - 1) / kChunkSize;
    QByteArray payload(kPayloadNonceSize + plaintext.size() + chunks * qsizetype(kTagSize),
                       Qt::Uninitialized);
    randombytes_buf(payload.data(), kPayloadNonceSize);
    sodium::SecretBytes key(kKeySize);
    payloadKey(fileKey, QByteArrayView(payload).first(kPayloadNonceSize), key);

    auto* out = reinterpret_cast<unsigned char*>(payload.data()) + kPayloadNonceSize;
    for (qsizetype index = 0; index < chunks; ++index) {
        const qsizetype start = index * kChunkSize;
        const qsizetype size = std::min(kChunkSize, plaintext.size() - start);
        // The last chunk may be full: an exact multiple of 64 KiB needs no empty chunk after.
        const ChunkNonce nonce = chunkNonce(static_cast<std::uint64_t>(index), index == chunks - 1);
        unsigned long long sealed = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(
            out, &sealed, reinterpret_cast<const unsigned char*>(plaintext.data()) + start,
            static_cast<unsigned long long>(size), nullptr, 0, nullptr, nonce.data(), key.data());
        out += sealed;
    }
    return payload;
}

Result<QByteArray> decryptPayload(const sodium::SecretBytes& fileKey, QByteArrayView payload,
                                  qint64 maxPlaintext) {
    if (payload.size() < kPayloadNonceSize + qsizetype(kTagSize))
        return Result<QByteArray>::failure(
            tr("The age file is truncated: its encrypted content is missing."));
    const QByteArrayView chunks = payload.sliced(kPayloadNonceSize);
    // The plaintext is the ciphertext less a tag per chunk: known before decrypting. A tail
    // too short for a tag is counted as empty (it fails as truncated when reached).
    const qsizetype fullChunks = chunks.size() / kSealedChunkSize;
    const qsizetype tail = chunks.size() % kSealedChunkSize;
    const qsizetype chunkCount = fullChunks + (tail > 0 ? 1 : 0);
    const qint64 plaintextSize =
        fullChunks * kChunkSize + std::max<qsizetype>(tail - qsizetype(kTagSize), 0);
    if (plaintextSize > maxPlaintext)
        return Result<QByteArray>::failure(
            tr("The age file would decrypt to %1 bytes, more than the %2 bytes allowed.")
                .arg(QLocale().toString(plaintextSize), QLocale().toString(maxPlaintext)));

    sodium::SecretBytes key(kKeySize);
    payloadKey(fileKey, payload.first(kPayloadNonceSize), key);
    QByteArray plaintext(plaintextSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data());

    for (qsizetype index = 0; index < chunkCount; ++index) {
        const qsizetype start = index * kSealedChunkSize;
        const QByteArrayView sealed =
            chunks.sliced(start, std::min(kSealedChunkSize, chunks.size() - start));
        const auto counter = static_cast<std::uint64_t>(index);
        const bool physicallyLast = index == chunkCount - 1;
        if (sealed.size() < qsizetype(kTagSize))
            return failure(plaintext, tr("The age file is truncated: its last part is cut off."));
        if (physicallyLast) {
            if (openChunk(key, sealed, counter, true, out)) {
                // Only an empty file is sealed as a single empty chunk.
                if (sealed.size() == qsizetype(kTagSize) && index > 0)
                    return failure(plaintext,
                                   tr("The age file has been altered: it ends with an empty "
                                      "part that age never writes."));
                return plaintext;
            }
            // A complete chunk that is not the final one: the file was cut at a chunk border.
            if (openChunk(key, sealed, counter, false, out))
                return failure(plaintext,
                               tr("The age file is truncated: its final part is missing."));
            return failure(plaintext, tr("The age file has been altered or is truncated: its "
                                         "last part does not authenticate."));
        }
        if (!openChunk(key, sealed, counter, false, out)) {
            if (openChunk(key, sealed, counter, true, out))
                return failure(plaintext, tr("The age file has been altered: data follows "
                                             "the end of its encrypted content."));
            return failure(plaintext,
                           tr("The age file has been altered (or the wrong key was used): part "
                              "%1 of its encrypted content does not authenticate.")
                               .arg(index + 1));
        }
        out += sealed.size() - qsizetype(kTagSize);
    }
    return failure(plaintext, tr("The age file is truncated: its final part is missing."));
}

} // namespace causeway::Age::detail
