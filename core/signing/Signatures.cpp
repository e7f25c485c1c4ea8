#include "signing/Signatures.h"

#include "editing/PostmortemDocument.h"
#include "model/CanonicalJson.h"
#include "review/ReviewRecords.h"
#include "signing/SignedContent.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Signatures", text);
}

SignatureCheck readFields(const Record& r) {
    SignatureCheck c;
    c.recordId = r.id;
    c.name = r.text(SignatureField::Name);
    c.role = r.text(SignatureField::Role);
    c.meaning = r.text(SignatureField::Meaning);
    c.signedAt = parseCanonicalTime(r.text(SignatureField::SignedAt));
    c.keyId = r.text(SignatureField::KeyId);
    c.contentSha256 = r.text(SignatureField::ContentSha256);
    return c;
}

} // namespace

QString SignatureCheck::stateText() const {
    switch (state) {
    case SignatureState::Valid:
        return QCoreApplication::translate("causeway::SignatureCheck", "valid");
    case SignatureState::ContentChanged:
        return QCoreApplication::translate("causeway::SignatureCheck",
                                           "invalid: content changed after signing");
    case SignatureState::SignatureMismatch:
        return QCoreApplication::translate("causeway::SignatureCheck",
                                           "invalid: signature does not match");
    case SignatureState::UnknownKey:
        return QCoreApplication::translate(
            "causeway::SignatureCheck",
            "invalid: unknown key (the key id does not belong to the public key)");
    case SignatureState::Incomplete:
        return QCoreApplication::translate("causeway::SignatureCheck",
                                           "invalid: incomplete signature record (%1)")
            .arg(detail);
    }
    return {};
}

namespace Signatures {

QByteArray message(const QString& postmortemId, const QString& signatureRecordId,
                   const QString& contentSha256, const QString& meaning, const QDateTime& signedAt,
                   const QString& name, const QString& role, const QString& keyId) {
    return canonicalJson(QJsonObject{{QStringLiteral("domain"), kDomain},
                                     {QStringLiteral("postmortem"), postmortemId},
                                     {QStringLiteral("signature_record"), signatureRecordId},
                                     {QStringLiteral("content_sha256"), contentSha256},
                                     {QStringLiteral("meaning"), meaning},
                                     {QStringLiteral("signed_at"), canonicalTime(signedAt)},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("role"), role},
                                     {QStringLiteral("key_id"), keyId}});
}

SignatureCheck check(const Postmortem& pm, const Record& signature) {
    sodium::ready();
    SignatureCheck c = readFields(signature);
    QStringList missing;
    for (const QString& key :
         {SignatureField::Name, SignatureField::Meaning, SignatureField::SignedAt,
          SignatureField::ContentSha256, SignatureField::KeyId, SignatureField::PublicKey,
          SignatureField::Value}) {
        if (signature.text(key).isEmpty())
            missing.append(key);
    }
    if (!missing.isEmpty()) {
        c.detail = tr("missing %1").arg(missing.join(QStringLiteral(", ")));
        return c;
    }
    if (!c.signedAt.isValid()) {
        c.detail = tr("signed_at is not a time");
        return c;
    }
    const QByteArray publicKey =
        QByteArray::fromBase64(signature.text(SignatureField::PublicKey).toLatin1());
    const QByteArray value =
        QByteArray::fromBase64(signature.text(SignatureField::Value).toLatin1());
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || keyIdFor(publicKey) != c.keyId) {
        c.state = SignatureState::UnknownKey;
        return c;
    }
    const QByteArray signed_ = message(pm.root.id, signature.id, c.contentSha256, c.meaning,
                                       c.signedAt, c.name, c.role, c.keyId);
    if (value.size() != crypto_sign_BYTES || signature.parentId != pm.root.id ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(value.constData()),
            reinterpret_cast<const unsigned char*>(signed_.constData()),
            static_cast<unsigned long long>(signed_.size()),
            reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0) {
        c.state = SignatureState::SignatureMismatch;
        return c;
    }
    c.state = c.contentSha256 == SignedContent::sha256(pm) ? SignatureState::Valid
                                                           : SignatureState::ContentChanged;
    return c;
}

QList<SignatureCheck> checkAll(const Postmortem& pm) {
    QList<SignatureCheck> checks;
    for (const Record& r : pm.childrenOfKind(Kind::Signature))
        checks.append(check(pm, r));
    std::stable_sort(
        checks.begin(), checks.end(),
        [](const SignatureCheck& a, const SignatureCheck& b) { return a.signedAt < b.signedAt; });
    return checks;
}

Status checkAllowed(const Postmortem& pm, const SigningProfile& profile, const QString& meaning) {
    if (!SignatureVocabulary::meanings().contains(meaning))
        return Status::failure(
            tr("\"%1\" is not a signature meaning; use one of: %2.")
                .arg(meaning, SignatureVocabulary::meanings().join(QStringLiteral(", "))));
    const QString authored = QStringLiteral("authored");
    const QString approved = QStringLiteral("approved");
    for (const Record& r : pm.childrenOfKind(Kind::Signature)) {
        if (r.text(SignatureField::KeyId) != profile.keyId)
            continue;
        const QString earlier = r.text(SignatureField::Meaning);
        if ((meaning == approved && earlier == authored) ||
            (meaning == authored && earlier == approved)) {
            return Status::failure(
                tr("Author and approver must be different people: profile %1 (key %2) already "
                   "signed this postmortem as \"%3\", so it cannot also sign as \"%4\".")
                    .arg(profile.displayName(), profile.keyId,
                         SignatureVocabulary::meaningName(earlier),
                         SignatureVocabulary::meaningName(meaning)));
        }
        if (earlier == meaning && check(pm, r).isValid())
            return Status::failure(
                tr("Profile %1 already signed this postmortem as \"%2\" and that signature is "
                   "still valid.")
                    .arg(profile.displayName(), SignatureVocabulary::meaningName(meaning)));
    }
    return {};
}

Result<QString> sign(Store& store, KeyStore& keys, const SigningProfile& profile,
                     const QString& postmortemId, const QString& meaning,
                     const sodium::Passphrase& passphrase, QDateTime signedAt) {
    const auto pm = store.loadPostmortem(postmortemId);
    if (!pm || pm->root.deleted)
        return Result<QString>::failure(
            tr("There is no postmortem %1 to sign (or it is in the trash).").arg(postmortemId));
    if (auto allowed = checkAllowed(*pm, profile, meaning); !allowed)
        return allowed;
    if (!signedAt.isValid())
        signedAt = QDateTime::currentDateTimeUtc();
    // The stored time has millisecond precision; sign exactly what is stored.
    signedAt = QDateTime::fromMSecsSinceEpoch(signedAt.toMSecsSinceEpoch(), Qt::UTC);

    const QString recordId = newRecordId();
    const QString contentHash = SignedContent::sha256(*pm);
    const QByteArray signedBytes = message(postmortemId, recordId, contentHash, meaning, signedAt,
                                           profile.name, profile.role, profile.keyId);
    const auto value = SigningProfiles::sign(keys, profile, passphrase, signedBytes);
    if (!value)
        return value.status();

    ChangeSet change;
    change.context = QStringLiteral("sign ") + meaning;
    ChangeSet::NewRecord record;
    record.id = recordId;
    record.kind = Kind::Signature;
    record.parentId = postmortemId;
    record.fields = {
        {SignatureField::Name, profile.name},
        {SignatureField::Role, profile.role},
        {SignatureField::Meaning, meaning},
        {SignatureField::SignedAt, canonicalTime(signedAt)},
        {SignatureField::ContentSha256, contentHash},
        {SignatureField::KeyId, profile.keyId},
        {SignatureField::PublicKey, QString::fromLatin1(profile.publicKey.toBase64())},
        {SignatureField::Value, QString::fromLatin1(value.value().toBase64())},
    };
    change.creates.append(record);
    if (auto committed = store.commit(change); !committed)
        return committed;
    return recordId;
}

Result<QString> signDocument(PostmortemDocument& document, KeyStore& keys,
                             const SigningProfile& profile, const QString& meaning,
                             const sodium::Passphrase& passphrase) {
    Store* store = document.store();
    if (!store)
        return Result<QString>::failure(tr("The postmortem is not open on a database."));
    if (auto flushed = document.flush(); !flushed)
        return Result<QString>::failure(
            tr("Pending edits could not be saved, so nothing was signed: %1").arg(flushed.error()));
    auto signedId = sign(*store, keys, profile, document.id(), meaning, passphrase);
    if (signedId)
        document.reloadChildren(Kind::Signature);
    return signedId;
}

} // namespace Signatures
} // namespace causeway
