#pragma once

#include "model/Record.h"
#include "signing/Sodium.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace causeway {

class KeyStore;
class PostmortemDocument;
class Store;
struct SigningProfile;

// Electronic signatures over a postmortem's signed content (SignedContent.h), kept as
// child records of kind "signature" (SignatureField::*).
//
// The Ed25519 signature is over the canonical JSON of
//   {"content_sha256":…,"domain":"causeway-signature-v1","key_id":…,"meaning":…,
//    "name":…,"postmortem":ID,"role":…,"signature_record":RECORD_ID,"signed_at":…}
// so it binds the signer's printed name, role and key, the meaning and time, the content,
// AND the postmortem and signature record it was made for: copied onto another record or
// another postmortem, it no longer matches.

enum class SignatureState {
    Valid,
    ContentChanged,    // the signature is genuine, but the content differs from what was signed
    SignatureMismatch, // tampered with, or moved to another record or postmortem
    UnknownKey,        // the key id does not belong to the public key, or no usable key
    Incomplete,        // fields missing or malformed
};

struct SignatureCheck {
    QString recordId;
    QString name;
    QString role;
    QString meaning;
    QDateTime signedAt; // UTC; invalid when missing
    QString keyId;
    QString contentSha256;
    SignatureState state = SignatureState::Incomplete;
    QString detail; // what is missing, for Incomplete

    bool isValid() const { return state == SignatureState::Valid; }
    // "valid", "invalid: content changed after signing", …
    QString stateText() const;
};

namespace Signatures {

inline const QString kDomain = QStringLiteral("causeway-signature-v1");

// The bytes that are signed (see above).
QByteArray message(const QString& postmortemId, const QString& signatureRecordId,
                   const QString& contentSha256, const QString& meaning, const QDateTime& signedAt,
                   const QString& name, const QString& role, const QString& keyId);

// Checks one signature record against the postmortem's current content.
SignatureCheck check(const Postmortem& pm, const Record& signature);
// All live signatures of the postmortem, oldest first.
QList<SignatureCheck> checkAll(const Postmortem& pm);

// Whether the profile may sign with this meaning. Author and approver must be different
// profiles: an "approved" signature is refused for a key that signed "authored" this
// postmortem, and the other way round. A profile may not sign the same meaning twice while
// its earlier signature is still valid.
Status checkAllowed(const Postmortem& pm, const SigningProfile& profile, const QString& meaning);

// Signs the postmortem as it is in the store: checks the rule above, opens the profile's
// key with the passphrase and commits one signature record (audit context "sign MEANING").
// Returns the new record's id. signedAt defaults to now (UTC, millisecond precision).
Result<QString> sign(Store& store, KeyStore& keys, const SigningProfile& profile,
                     const QString& postmortemId, const QString& meaning,
                     const sodium::Passphrase& passphrase, QDateTime signedAt = QDateTime());

// The same for a postmortem open in the editor: commits pending edits first, so what is
// signed is what the user sees, then reads the new signature into the document. A
// signature is not an undoable edit.
Result<QString> signDocument(PostmortemDocument& document, KeyStore& keys,
                             const SigningProfile& profile, const QString& meaning,
                             const sodium::Passphrase& passphrase);

} // namespace Signatures
} // namespace causeway
