#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace causeway {

// Where the secret half of a signing key lives. The interface is synchronous: the
// keychain's asynchronous jobs run in a local event loop with a timeout, so callers get a
// Result with a message that names the problem instead of an error code.
class KeyStore {
public:
    virtual ~KeyStore() = default;

    // Whether secrets can be stored and read at all. Without a keychain (no D-Bus session,
    // no secret service) the failure message is noKeychainMessage(): signing is disabled,
    // everything else works.
    virtual Status checkAvailable() = 0;

    // The secret stored under key; a failure says whether it is missing or unreadable.
    virtual Result<QByteArray> read(const QString& key) = 0;
    virtual Status write(const QString& key, const QByteArray& secret) = 0;
    // Removing a key that is not there succeeds: the outcome is the same.
    virtual Status remove(const QString& key) = 0;
};

// "No keychain is available: signing is disabled. …" with the keychain's own reason.
QString noKeychainMessage(const QString& reason);

// Secrets in process memory, for tests and for showing the signing screens without a
// keychain. It can be switched to "unavailable" to test how the rest copes.
class MemoryKeyStore : public KeyStore {
public:
    MemoryKeyStore() = default;
    ~MemoryKeyStore() override;

    // An empty reason makes the store available again.
    void setUnavailable(const QString& reason) { m_unavailableReason = reason; }
    qsizetype count() const { return m_secrets.size(); }
    void clear();

    Status checkAvailable() override;
    Result<QByteArray> read(const QString& key) override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;

private:
    QHash<QString, QByteArray> m_secrets;
    QString m_unavailableReason;
};

// The operating system's keychain through QtKeychain (service "Causeway"): the Secret
// Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS, the Credential Store
// on Windows.
std::unique_ptr<KeyStore> createSystemKeyStore();

} // namespace causeway
