#include "signing/SigningProfile.h"

#include "model/CanonicalJson.h"
#include "secrets/KeyStore.h"
#include "signing/SealedKey.h"

#include <QCoreApplication>
#include <QSettings>

#include <sodium.h>

#include <algorithm>

namespace causeway {

namespace {

const QString kProfilesGroup = QStringLiteral("signing/profiles");
const QString kCurrentKey = QStringLiteral("signing/current");

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::SigningProfiles", text);
}

std::optional<SigningProfile> readProfile(QSettings& settings, const QString& keyId) {
    settings.beginGroup(kProfilesGroup + u'/' + keyId);
    SigningProfile p;
    p.keyId = keyId;
    p.name = settings.value(QStringLiteral("name")).toString();
    p.role = settings.value(QStringLiteral("role")).toString();
    p.publicKey =
        QByteArray::fromBase64(settings.value(QStringLiteral("public_key")).toString().toLatin1());
    p.created = parseCanonicalTime(settings.value(QStringLiteral("created")).toString());
    settings.endGroup();
    // A profile whose public key does not match its id was edited by hand: ignore it
    // rather than sign under a name the key does not belong to.
    if (p.publicKey.size() != crypto_sign_PUBLICKEYBYTES || keyIdFor(p.publicKey) != keyId)
        return std::nullopt;
    return p;
}

void writeProfile(QSettings& settings, const SigningProfile& p) {
    settings.beginGroup(kProfilesGroup + u'/' + p.keyId);
    settings.setValue(QStringLiteral("name"), p.name);
    settings.setValue(QStringLiteral("role"), p.role);
    settings.setValue(QStringLiteral("public_key"), QString::fromLatin1(p.publicKey.toBase64()));
    settings.setValue(QStringLiteral("created"), canonicalTime(p.created));
    settings.endGroup();
}

} // namespace

QString SigningProfile::keychainEntry() const {
    return QStringLiteral("signing-key-") + keyId;
}

QString SigningProfile::displayName() const {
    if (role.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, role);
}

QString keyIdFor(const QByteArray& publicKey) {
    sodium::ready();
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.data()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 8).toHex());
}

namespace SigningProfiles {

QList<SigningProfile> list() {
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    QList<SigningProfile> profiles;
    for (const QString& id : ids) {
        if (auto p = readProfile(settings, id))
            profiles.append(*p);
    }
    std::sort(
        profiles.begin(), profiles.end(), [](const SigningProfile& a, const SigningProfile& b) {
            return a.name.localeAwareCompare(b.name) < 0 || (a.name == b.name && a.keyId < b.keyId);
        });
    return profiles;
}

Result<SigningProfile> find(const QString& keyIdOrName) {
    const QList<SigningProfile> all = list();
    QList<SigningProfile> matches;
    for (const SigningProfile& p : all) {
        if (p.keyId == keyIdOrName)
            return p;
        if (p.name == keyIdOrName ||
            (keyIdOrName.size() >= 4 && p.keyId.startsWith(keyIdOrName.toLower())))
            matches.append(p);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Result<SigningProfile>::failure(
            tr("There is no signing profile \"%1\" on this machine.").arg(keyIdOrName));
    return Result<SigningProfile>::failure(
        tr("\"%1\" names %2 signing profiles; give the key id instead.")
            .arg(keyIdOrName)
            .arg(matches.size()));
}

std::optional<SigningProfile> current() {
    QSettings settings;
    const QString id = settings.value(kCurrentKey).toString();
    if (id.isEmpty())
        return std::nullopt;
    return readProfile(settings, id);
}

void setCurrent(const QString& keyId) {
    QSettings settings;
    settings.setValue(kCurrentKey, keyId);
}

Result<SigningProfile> create(KeyStore& keys, const QString& name, const QString& role,
                              const sodium::Passphrase& passphrase) {
    if (!sodium::ready())
        return Result<SigningProfile>::failure(tr("The cryptography library cannot start."));
    const QString cleanName = name.simplified();
    const QString cleanRole = role.simplified();
    if (cleanName.isEmpty())
        return Result<SigningProfile>::failure(tr("A signing profile needs a printed name."));
    if (cleanRole.isEmpty())
        return Result<SigningProfile>::failure(tr("A signing profile needs a role."));
    if (QString::fromUtf8(passphrase.bytes()).size() < kMinPassphraseLength)
        return Result<SigningProfile>::failure(
            tr("The passphrase must have at least %1 characters.").arg(kMinPassphraseLength));
    if (auto s = keys.checkAvailable(); !s)
        return s;

    SigningProfile p;
    p.name = cleanName;
    p.role = cleanRole;
    p.created = QDateTime::currentDateTimeUtc();
    p.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    sodium::SecretBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(p.publicKey.data()), secretKey.data());
    p.keyId = keyIdFor(p.publicKey);

    QByteArray sealed = SealedKey::seal(secretKey, p.publicKey, passphrase);
    if (sealed.isEmpty())
        return Result<SigningProfile>::failure(
            tr("The key could not be sealed: not enough memory for the passphrase hash."));
    const Status stored = keys.write(p.keychainEntry(), sealed);
    if (!stored)
        return stored;

    QSettings settings;
    writeProfile(settings, p);
    if (settings.value(kCurrentKey).toString().isEmpty() || !current())
        settings.setValue(kCurrentKey, p.keyId);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        keys.remove(p.keychainEntry());
        return Result<SigningProfile>::failure(
            tr("The profile could not be saved in the settings file %1.").arg(settings.fileName()));
    }
    return p;
}

Status remove(KeyStore& keys, const SigningProfile& profile) {
    if (auto s = keys.remove(profile.keychainEntry()); !s)
        return s;
    QSettings settings;
    settings.remove(kProfilesGroup + u'/' + profile.keyId);
    if (settings.value(kCurrentKey).toString() == profile.keyId)
        settings.remove(kCurrentKey);
    return {};
}

Result<std::unique_ptr<sodium::SecretBytes>>
openSecretKey(KeyStore& keys, const SigningProfile& profile, const sodium::Passphrase& passphrase) {
    using R = Result<std::unique_ptr<sodium::SecretBytes>>;
    if (!sodium::ready())
        return R::failure(tr("The cryptography library cannot start."));
    if (passphrase.isEmpty())
        return R::failure(
            tr("Signing needs the passphrase of profile %1.").arg(profile.displayName()));
    auto sealed = keys.read(profile.keychainEntry());
    if (!sealed)
        return R::failure(
            tr("The secret key of profile %1 (key %2) cannot be read from the keychain: %3")
                .arg(profile.displayName(), profile.keyId, sealed.error()));
    auto secretKey = std::make_unique<sodium::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    const SealedKey::OpenError opened =
        SealedKey::open(sealed.value(), passphrase, profile.publicKey, *secretKey);
    sodium::wipe(sealed.value());
    switch (opened) {
    case SealedKey::OpenError::None:
        break;
    case SealedKey::OpenError::WrongPassphrase:
        return R::failure(
            tr("The passphrase is not correct for profile %1.").arg(profile.displayName()));
    case SealedKey::OpenError::OtherKey:
        return R::failure(
            tr("The keychain entry of profile %1 holds a different key than key %2; the profile "
               "cannot sign.")
                .arg(profile.displayName(), profile.keyId));
    case SealedKey::OpenError::Malformed:
        return R::failure(
            tr("The keychain entry of profile %1 is not a sealed Causeway signing key.")
                .arg(profile.displayName()));
    }
    return R(std::move(secretKey));
}

Result<QByteArray> sign(KeyStore& keys, const SigningProfile& profile,
                        const sodium::Passphrase& passphrase, const QByteArray& message) {
    auto secretKey = openSecretKey(keys, profile, passphrase);
    if (!secretKey)
        return Result<QByteArray>::failure(secretKey.error());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         secretKey.value()->data());
    return signature;
}

} // namespace SigningProfiles
} // namespace causeway
