#pragma once

#include "signing/Sodium.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

// The payload of an age file: a 16-byte nonce, then the plaintext in chunks of 64 KiB, each
// sealed with ChaCha20-Poly1305 under HKDF(file key, nonce, "payload") and a nonce made of an
// 11-byte big-endian chunk counter and a last-chunk flag (the STREAM construction), so that
// chunks can be neither reordered, dropped nor cut off unnoticed. Private to the age format.
namespace causeway::Age::detail {

inline constexpr qsizetype kPayloadNonceSize = 16;
inline constexpr qsizetype kChunkSize = 64 * 1024; // plaintext bytes of a full chunk

// The payload (nonce and chunks) of plaintext under fileKey; the nonce is random.
QByteArray encryptPayload(const sodium::SecretBytes& fileKey, QByteArrayView plaintext);

// The plaintext of a payload, every chunk authenticated. Fails with a whole sentence: the
// file is truncated (the final chunk is missing), altered (a chunk does not authenticate,
// data follows the final chunk, an empty final chunk after others), or would decrypt to more
// than maxPlaintext bytes.
Result<QByteArray> decryptPayload(const sodium::SecretBytes& fileKey, QByteArrayView payload,
                                  qint64 maxPlaintext);

} // namespace causeway::Age::detail
