#include "signing/Sha256.h"

#include <QString>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <new>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CAUSEWAY_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace causeway {

namespace {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "libsodium's SHA-256 state must fit");

static_assert(alignof(crypto_hash_sha256_state) <= 8, "and be aligned like it");

crypto_hash_sha256_state* portableState(unsigned char* storage) {
    return std::launder(reinterpret_cast<crypto_hash_sha256_state*>(storage));
}

constexpr std::uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#if defined(CAUSEWAY_SHA_NI)

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaExtensions() {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

// FIPS 180-4's compression of whole 64-byte blocks with the SHA-NI instructions, which keep
// the working variables as the pairs ABEF and CDGH and do two rounds per instruction.
__attribute__((target("sha,sse4.1,ssse3"))) void
compressWithShaNi(std::uint32_t state[8], const unsigned char* data, std::size_t count) {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; count > 0; --count, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i)), byteSwap);
        for (int group = 0; group < 16; ++group) {
            if (group >= 4) {
                // W[t..t+3] from W[t-16..t-1], held in w[(group - 4..group - 1) % 4].
                const __m128i older = _mm_sha256msg1_epu32(w[group % 4], w[(group + 1) % 4]);
                const __m128i withSeven = _mm_add_epi32(
                    older, _mm_alignr_epi8(w[(group + 3) % 4], w[(group + 2) % 4], 4));
                w[group % 4] = _mm_sha256msg2_epu32(withSeven, w[(group + 3) % 4]);
            }
            __m128i wk = _mm_add_epi32(
                w[group % 4], _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * group)));
            // Two rounds later the old ABEF is the new CDGH, so each instruction's result
            // goes into the register that held CDGH, and after four rounds the names fit again.
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), hgfe);
}

#endif

std::atomic<bool> portableOnly{false};

bool useShaExtensions() {
#if defined(CAUSEWAY_SHA_NI)
    static const bool available = cpuHasShaExtensions();
    return available && !portableOnly.load(std::memory_order_relaxed);
#else
    return false;
#endif
}

} // namespace

Sha256::Sha256() {
    std::memcpy(m_state, kInitial, sizeof m_state);
    m_accelerated = useShaExtensions();
    if (!m_accelerated)
        crypto_hash_sha256_init(new (m_portable) crypto_hash_sha256_state);
}

bool Sha256::accelerated() {
    return useShaExtensions();
}

void Sha256::setPortableOnly(bool value) {
    portableOnly.store(value, std::memory_order_relaxed);
}

void Sha256::compress(const unsigned char* blocks, std::size_t count) {
#if defined(CAUSEWAY_SHA_NI)
    compressWithShaNi(m_state, blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::update(QByteArrayView data) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    auto size = static_cast<std::size_t>(data.size());
    if (!m_accelerated) {
        crypto_hash_sha256_update(portableState(m_portable), bytes, size);
        return;
    }
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, sizeof m_buffer - m_buffered);
        std::memcpy(m_buffer + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < sizeof m_buffer)
            return;
        compress(m_buffer, 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(bytes, size / 64);
        bytes += size / 64 * 64;
        size %= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer, bytes, size);
        m_buffered = size;
    }
}

QByteArray Sha256::digest() {
    QByteArray out(static_cast<qsizetype>(kDigestSize), Qt::Uninitialized);
    auto* digestBytes = reinterpret_cast<unsigned char*>(out.data());
    if (!m_accelerated) {
        crypto_hash_sha256_final(portableState(m_portable), digestBytes);
        return out;
    }
    // Padding: a one bit, zeros up to 56 bytes into a block, the length in bits (big-endian).
    const std::uint64_t bits = m_length * 8;
    unsigned char tail[128] = {};
    std::memcpy(tail, m_buffer, m_buffered);
    tail[m_buffered] = 0x80;
    const std::size_t tailSize = m_buffered < 56 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(tail, tailSize / 64);
    for (int i = 0; i < 8; ++i) {
        digestBytes[4 * i] = static_cast<unsigned char>(m_state[i] >> 24);
        digestBytes[4 * i + 1] = static_cast<unsigned char>(m_state[i] >> 16);
        digestBytes[4 * i + 2] = static_cast<unsigned char>(m_state[i] >> 8);
        digestBytes[4 * i + 3] = static_cast<unsigned char>(m_state[i]);
    }
    return out;
}

QByteArray Sha256::hash(QByteArrayView data) {
    Sha256 h;
    h.update(data);
    return h.digest();
}

QString Sha256::hashHex(QByteArrayView data) {
    return QString::fromLatin1(hash(data).toHex());
}

} // namespace causeway
