#pragma once

#include "signing/Sodium.h"

#include <QByteArrayView>

// scrypt (RFC 7914) with p = 1, the only parallelism the age format uses. Private to the age
// format.
namespace causeway::Age::detail {

// Derives out.size() bytes from passphrase and salt with N = 2^logN and block size r.
// False when the 128 · r · N bytes it works in cannot be had.
//
// Built from libsodium's primitives (the Salsa20/8 core and HMAC-SHA-256), not its
// crypto_pwhash_scryptsalsa208sha256_ll, and gives the same bytes (test_age checks both
// against each other and the RFC's vector). Made here because the key derivation is most
// of the time a passphrase bundle takes, and libsodium's takes about 1.7 times as long for
// age's N = 2^18: it faults in its 256 MiB page by page and copies every block into it,
// where this asks the kernel for huge pages and lets BlockMix write into the table.
bool scrypt(QByteArrayView passphrase, QByteArrayView salt, int logN, int r,
            sodium::SecretBytes& out);

} // namespace causeway::Age::detail
