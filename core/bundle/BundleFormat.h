#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway::Bundle {

// The bundle file format (docs/bundle-format.md): a zip holding manifest.json, its minisign
// signature manifest.json.minisig, one canonical-JSON document per postmortem under
// postmortems/<id>.json and attachment content under attachments/<sha256>. The file may be
// wrapped whole in age encryption.
inline const QString kFormatName = QStringLiteral("causeway.bundle");
// A reader refuses a bundle whose critical version is higher than its own; the minor
// version grows with additions an older reader may ignore.
inline constexpr int kCriticalVersion = 1;
inline constexpr int kMinorVersion = 0;
inline const QString kManifestPath = QStringLiteral("manifest.json");
inline const QString kSignaturePath = QStringLiteral("manifest.json.minisig");
inline const QString kPostmortemDir = QStringLiteral("postmortems/");
inline const QString kAttachmentDir = QStringLiteral("attachments/");
inline const QString kFileSuffix = QStringLiteral("causeway");

struct Member {
    QString path;
    qint64 size = 0;
    QString sha256; // hex
};

struct Creator {
    QString device;
    QString name; // the signing profile's printed name; empty when unsigned
    QString role;
    QString keyId;     // minisign key id (16 upper-case hex digits); empty when unsigned
    QString publicKey; // base64 of the 32-byte Ed25519 key; empty when unsigned
};

struct Manifest {
    QString bundleId;
    QDateTime createdAt; // UTC
    Creator creator;
    QStringList postmortems;
    QString peer;      // incremental export: the peer it was made for
    qint64 since = -1; // and the mark it started after; -1 for a full export
    QList<Member> members;
    int critical = kCriticalVersion;
    int minor = kMinorVersion;
};

QByteArray manifestJson(const Manifest& manifest); // canonical JSON
// Parses and checks a manifest: a failure names the member ("manifest.json: $.members[2].sha256
// ...") or says the critical version is too new.
Result<Manifest> parseManifest(const QByteArray& json);

// The trusted comment of a bundle's signature: "causeway bundle <id> created <time> by
// <name>", the time in canonical form.
QString trustedComment(const Manifest& manifest);

} // namespace causeway::Bundle
