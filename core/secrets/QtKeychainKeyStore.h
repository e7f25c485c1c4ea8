#pragma once

#include "secrets/KeyStore.h"

namespace causeway {

// The system keychain through QtKeychain. Each call runs one QtKeychain job in a local
// event loop and gives up after the timeout (a locked keychain may show an unlock prompt,
// so the default leaves a person time to answer it).
class QtKeychainKeyStore : public KeyStore {
public:
    static constexpr int kDefaultTimeoutMs = 60000;
    inline static const QString kService = QStringLiteral("Causeway");

    explicit QtKeychainKeyStore(int timeoutMs = kDefaultTimeoutMs);
    ~QtKeychainKeyStore() override;

    // Reads a probe entry: "found" and "not found" both prove a working keychain; any other
    // outcome (no D-Bus, no secret service, a locked collection) makes it unavailable. The
    // first success is remembered.
    Status checkAvailable() override;
    Result<QByteArray> read(const QString& key) override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;

private:
    int m_timeoutMs;
    bool m_knownAvailable = false;
};

} // namespace causeway
