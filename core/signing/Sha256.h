#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace causeway {

// SHA-256 for the large amounts Causeway hashes: bundle members, evidence files and the
// audit entry of an import. On processors with the SHA extensions (most x86-64 since 2017)
// it uses them, about four times the speed of libsodium's portable code; elsewhere it is
// libsodium's SHA-256. The digest is the same either way (test_sha256).
class Sha256 {
public:
    static constexpr std::size_t kDigestSize = 32;

    Sha256();
    void update(QByteArrayView data);
    // The 32-byte digest; the object is spent afterwards.
    QByteArray digest();

    static QByteArray hash(QByteArrayView data);
    static QString hashHex(QByteArrayView data);
    // Whether this processor's SHA instructions are used.
    static bool accelerated();
    // For tests of the other path: objects made afterwards use libsodium's code even where
    // the SHA instructions exist.
    static void setPortableOnly(bool portableOnly);

private:
    void compress(const unsigned char* blocks, std::size_t count);

    std::uint32_t m_state[8];
    std::uint64_t m_length = 0; // bytes
    unsigned char m_buffer[64];
    std::size_t m_buffered = 0;
    bool m_accelerated;
    // libsodium's state, used instead when the processor has no SHA instructions.
    alignas(8) unsigned char m_portable[128];
};

} // namespace causeway
