#include "signing/Sodium.h"

#include <QString>

#include <sodium.h>

#include <new>
#include <utility>

namespace causeway::sodium {

bool ready() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
    : m_data(nullptr)
    , m_size(size) {
    ready();
    // sodium_malloc guards the pages and keeps them out of swap where the system allows.
    m_data = static_cast<unsigned char*>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data)
        throw std::bad_alloc();
}

SecretBytes::~SecretBytes() {
    sodium_free(m_data); // zeroes before freeing
}

void wipe(QByteArray& bytes) {
    if (bytes.isEmpty())
        return;
    bytes.detach();
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

Passphrase::Passphrase(QByteArray utf8)
    : m_utf8(std::move(utf8)) {}

Passphrase::~Passphrase() {
    wipe(m_utf8);
}

Passphrase::Passphrase(Passphrase&& other) noexcept
    : m_utf8(std::exchange(other.m_utf8, QByteArray())) {}

Passphrase& Passphrase::operator=(Passphrase&& other) noexcept {
    if (this != &other) {
        wipe(m_utf8);
        m_utf8 = std::exchange(other.m_utf8, QByteArray());
    }
    return *this;
}

Passphrase Passphrase::fromString(const QString& text) {
    return Passphrase(text.toUtf8());
}

bool Passphrase::operator==(const Passphrase& other) const {
    return m_utf8.size() == other.m_utf8.size() &&
           sodium_memcmp(m_utf8.constData(), other.m_utf8.constData(),
                         static_cast<size_t>(m_utf8.size())) == 0;
}

} // namespace causeway::sodium
