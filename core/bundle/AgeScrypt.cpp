#include "bundle/AgeScrypt.h"

#include "bundle/AgeCrypto.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace causeway::Age::detail {

namespace {

constexpr std::size_t kSalsaBlock = 64;

const unsigned char* bytesOf(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

// PBKDF2-HMAC-SHA-256 with one iteration (all scrypt asks for): block i of the output is
// HMAC(passphrase, salt || i as 4 big-endian bytes).
void pbkdf2Once(QByteArrayView passphrase, const unsigned char* salt, std::size_t saltSize,
                unsigned char* out, std::size_t outSize) {
    constexpr std::size_t hashSize = crypto_auth_hmacsha256_BYTES;
    sodium::SecretBytes block(hashSize);
    for (std::uint32_t i = 1; (i - 1) * hashSize < outSize; ++i) {
        const unsigned char counter[4] = {
            static_cast<unsigned char>(i >> 24), static_cast<unsigned char>(i >> 16),
            static_cast<unsigned char>(i >> 8), static_cast<unsigned char>(i)};
        HmacState hmac(passphrase);
        hmac.update(salt, saltSize);
        hmac.update(counter, sizeof counter);
        hmac.final(block.data());
        const std::size_t done = (i - 1) * hashSize;
        std::memcpy(out + done, block.data(), std::min(hashSize, outSize - done));
    }
}

// x = Salsa20/8(x ^ a ^ b) (b may be null), also written to out. libsodium's core takes the
// 16 words of the state as constants (words 0, 5, 10, 15), key (1–4, 11–14) and input
// (6–9), and returns the state after the rounds plus the input, in word order: exactly
// scrypt's Salsa20/8 of the 64 bytes.
inline void mixBlock(unsigned char* x, const unsigned char* a, const unsigned char* b,
                     unsigned char* out) {
    for (std::size_t i = 0; i < kSalsaBlock; ++i)
        x[i] ^= a[i];
    if (b) {
        for (std::size_t i = 0; i < kSalsaBlock; ++i)
            x[i] ^= b[i];
    }
    unsigned char constants[16];
    unsigned char key[32];
    unsigned char input[16];
    std::memcpy(constants, x, 4);
    std::memcpy(constants + 4, x + 20, 4);
    std::memcpy(constants + 8, x + 40, 4);
    std::memcpy(constants + 12, x + 60, 4);
    std::memcpy(key, x + 4, 16);
    std::memcpy(key + 16, x + 44, 16);
    std::memcpy(input, x + 24, 16);
    crypto_core_salsa208(out, input, key, constants);
    std::memcpy(x, out, kSalsaBlock);
}

// out = BlockMix(in ^ with) over 2r blocks of 64 bytes (with may be null): the even blocks
// go to the first half of out, the odd ones to the second.
void blockMix(const unsigned char* in, const unsigned char* with, unsigned char* out, int r) {
    const std::size_t last = (2 * std::size_t(r) - 1) * kSalsaBlock;
    unsigned char x[kSalsaBlock];
    for (std::size_t i = 0; i < kSalsaBlock; ++i)
        x[i] = in[last + i] ^ (with ? with[last + i] : 0);
    for (std::size_t i = 0; i < 2 * std::size_t(r); ++i) {
        const std::size_t to = (i % 2 == 0 ? i / 2 : std::size_t(r) + i / 2) * kSalsaBlock;
        mixBlock(x, in + i * kSalsaBlock, with ? with + i * kSalsaBlock : nullptr, out + to);
    }
    sodium_memzero(x, sizeof x);
}

// The first four bytes of the last 64-byte block, little-endian: scrypt's Integerify, cut to
// 32 bits (N is at most 2^30 here).
std::uint32_t integerify(const unsigned char* block, int r) {
    const unsigned char* p = block + (2 * std::size_t(r) - 1) * kSalsaBlock;
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
           std::uint32_t(p[3]) << 24;
}

// The table V of N blocks, the bulk of scrypt's memory.
class Table {
public:
    explicit Table(std::size_t size)
        : m_size(size) {
#if defined(__linux__)
        void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return;
        // Huge pages: 128 faults instead of 65,536 for age's 256 MiB. Only advice.
        madvise(p, size, MADV_HUGEPAGE);
        m_data = static_cast<unsigned char*>(p);
#else
        m_data = new (std::nothrow) unsigned char[size];
#endif
    }
    // V is derived from the passphrase. Pages handed back with munmap are zeroed by the
    // kernel before anyone gets them again; heap memory is wiped here.
    ~Table() {
        if (!m_data)
            return;
#if defined(__linux__)
        munmap(m_data, m_size);
#else
        sodium_memzero(m_data, m_size);
        delete[] m_data;
#endif
    }
    Table(const Table&) = delete;
    Table& operator=(const Table&) = delete;
    unsigned char* data() const {
        return m_data;
    }

private:
    std::size_t m_size;
    unsigned char* m_data = nullptr;
};

} // namespace

bool scrypt(QByteArrayView passphrase, QByteArrayView salt, int logN, int r,
            sodium::SecretBytes& out) {
    if (logN < 1 || logN > 30 || r < 1 || r > 1024 || out.size() == 0)
        return false;
    const std::size_t n = std::size_t(1) << logN;
    const std::size_t blockSize = 128 * std::size_t(r);
    if (n > SIZE_MAX / blockSize)
        return false;
    Table table(n * blockSize);
    if (!table.data())
        return false;
    sodium::SecretBytes x(blockSize);
    sodium::SecretBytes y(blockSize);
    unsigned char* v = table.data();
    // B = PBKDF2(P, S, 1, 128 r), straight into V[0].
    pbkdf2Once(passphrase, bytesOf(salt), static_cast<std::size_t>(salt.size()), v, blockSize);
    // V[i + 1] = BlockMix(V[i]); X = BlockMix(V[N - 1]).
    for (std::size_t i = 0; i + 1 < n; ++i)
        blockMix(v + i * blockSize, nullptr, v + (i + 1) * blockSize, r);
    blockMix(v + (n - 1) * blockSize, nullptr, x.data(), r);
    // N times: X = BlockMix(X ^ V[Integerify(X) mod N]).
    unsigned char* from = x.data();
    unsigned char* to = y.data();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = integerify(from, r) & (n - 1);
        blockMix(from, v + j * blockSize, to, r);
        std::swap(from, to);
    }
    // The result is PBKDF2(P, X, 1, dkLen).
    pbkdf2Once(passphrase, from, blockSize, out.data(), out.size());
    return true;
}

} // namespace causeway::Age::detail
