#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace causeway::sodium {

// Initialises libsodium once; false only when the library cannot run on this machine.
bool ready();

// Secret bytes in locked-down memory, wiped when they go out of scope. Not copyable, so a
// secret key or derived key never gets a stray copy through implicit sharing.
class SecretBytes {
public:
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    unsigned char* m_data;
    std::size_t m_size;
};

// A passphrase as UTF-8 bytes that are wiped in the destructor.
class Passphrase {
public:
    Passphrase() = default;
    explicit Passphrase(QByteArray utf8);
    ~Passphrase();
    Passphrase(Passphrase&& other) noexcept;
    Passphrase& operator=(Passphrase&& other) noexcept;
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;

    static Passphrase fromString(const QString& text);
    // A second copy of its own (not shared), for a worker that outlives the caller's.
    Passphrase copy() const { return Passphrase(QByteArray(m_utf8.constData(), m_utf8.size())); }
    QByteArrayView bytes() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    qsizetype size() const { return m_utf8.size(); }
    bool operator==(const Passphrase& other) const;

private:
    QByteArray m_utf8;
};

// Overwrites the bytes of a (detached) QByteArray before it is released.
void wipe(QByteArray& bytes);

} // namespace causeway::sodium
