#include "secrets/KeyStore.h"

#include <QCoreApplication>

#include <sodium.h>

namespace causeway {

QString noKeychainMessage(const QString& reason) {
    QString message = QCoreApplication::translate(
        "KeyStore", "No keychain is available: signing is disabled. Signing keys are kept only "
                    "in the operating system's keychain (on Linux a Secret Service such as GNOME "
                    "Keyring or KWallet in a desktop session); everything else works without it.");
    if (!reason.isEmpty())
        message += u' ' + QCoreApplication::translate("KeyStore", "(Keychain: %1)").arg(reason);
    return message;
}

MemoryKeyStore::~MemoryKeyStore() {
    clear();
}

void MemoryKeyStore::clear() {
    // Best effort: the copies QByteArray may have made are out of reach.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        it.value().detach();
        sodium_memzero(it.value().data(), static_cast<size_t>(it.value().size()));
    }
    m_secrets.clear();
}

Status MemoryKeyStore::checkAvailable() {
    if (!m_unavailableReason.isEmpty())
        return Status::failure(noKeychainMessage(m_unavailableReason));
    return {};
}

Result<QByteArray> MemoryKeyStore::read(const QString& key) {
    if (auto s = checkAvailable(); !s)
        return s;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("KeyStore", "The keychain has no entry \"%1\".").arg(key));
    return it.value();
}

Status MemoryKeyStore::write(const QString& key, const QByteArray& secret) {
    if (auto s = checkAvailable(); !s)
        return s;
    m_secrets.insert(key, secret);
    return {};
}

Status MemoryKeyStore::remove(const QString& key) {
    if (auto s = checkAvailable(); !s)
        return s;
    m_secrets.remove(key);
    return {};
}

} // namespace causeway
