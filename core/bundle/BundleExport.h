#pragma once

#include "signing/Sodium.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace causeway {

class Store;
struct SigningProfile;

namespace Bundle {

// Who signs: the profile and its secret key, opened by the caller
// (SigningProfiles::openSecretKey) so that the passphrase is asked once.
struct Signer {
    QString name;
    QString role;
    QByteArray publicKey; // 32 bytes
    std::shared_ptr<sodium::SecretBytes> secretKey;
};

struct ExportRequest {
    // What goes in: the given postmortems, all of them, or what changed since the last
    // bundle made for a peer (the first bundle for a peer holds everything).
    QStringList postmortemIds;
    bool all = false;
    QString sincePeer;
    // Signed unless signer is empty (--no-sign).
    std::optional<Signer> signer;
    // Encrypted when a passphrase or recipients are given (age v1).
    sodium::Passphrase passphrase;
    QStringList recipients;
    int scryptLogN = 18;
    QString outputPath;
    // 0–100; returning false cancels (nothing is written).
    std::function<bool(int percent, const QString& step)> progress;
};

struct ExportResult {
    QString bundleId;
    QStringList postmortemIds;
    int attachments = 0;
    qint64 bytes = 0;
    bool encrypted = false;
    bool signedBundle = false;
};

// Writes the bundle to a temporary file beside outputPath and renames it into place, so a
// reader (or a sync engine) never sees half a bundle. An incremental export with nothing
// changed writes nothing and fails with a message saying so.
Result<ExportResult> exportBundle(Store& store, const ExportRequest& request);

} // namespace Bundle
} // namespace causeway
