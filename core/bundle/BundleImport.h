#pragma once

#include "bundle/BundleFormat.h"
#include "bundle/Zip.h"
#include "model/Record.h"
#include "signing/Sodium.h"
#include "store/Store.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>

namespace causeway {

class TemplateRegistry;

namespace Bundle {

struct OpenOptions {
    sodium::Passphrase passphrase; // for a passphrase-encrypted bundle
    QStringList identities;        // AGE-SECRET-KEY-1… for one encrypted to recipients
    Zip::Limits limits;
};

// A bundle read and checked in memory, in this order: decrypt, read the zip within its
// limits, check the member list, sizes and SHA-256 against the manifest, verify the
// signature, then parse and validate every document. Nothing touches the database.
struct OpenedBundle {
    Manifest manifest;
    bool hasManifest = true; // a plain zip of postmortem documents has none
    bool signedBundle = false;
    bool encrypted = false;
    QString fileSha256;
    QList<Postmortem> postmortems;
    QSet<QString> postmortemIds;
    QHash<QString, QByteArray> blobs; // attachment content by SHA-256

    // "Ann Example (Approver), key 0123456789ABCDEF"
    QString signerLabel() const;
};

// Whether the bytes are an age-encrypted file (so the caller can ask for a passphrase).
bool isEncrypted(const QByteArray& file);
Result<OpenedBundle> open(const QByteArray& file, const TemplateRegistry& templates,
                          const OpenOptions& options = {});

// Whether the store accepts the signer without asking: a key trusted before, or one of this
// machine's signing profiles.
bool signerIsTrusted(const Store& store, const OpenedBundle& bundle);

// Merges an opened bundle (or, with dryRun, computes what merging would do). A signed
// bundle from an untrusted key, or an unsigned one, is refused unless trust is true; with
// trust, a signer's key is remembered as trusted.
Result<BundleMergeSummary> apply(Store& store, const OpenedBundle& bundle, bool trust, bool dryRun);

// The preview as text: one line per postmortem with records added, changed, deleted and
// conflicts, as `causeway-cli bundle import --dry-run` prints it.
QString describe(const OpenedBundle& bundle, const BundleMergeSummary& summary);

} // namespace Bundle
} // namespace causeway
