#include "bundle/BundleImport.h"

#include "bundle/Age.h"
#include "bundle/Minisign.h"
#include "model/PostmortemJson.h"
#include "signing/SigningProfile.h"
#include "timeline/Attachment.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <thread>
#include <vector>

namespace causeway::Bundle {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Bundle", text);
}

// Checks that a parsed document is the postmortem its name says, once, and adds it.
Status addPostmortem(const Zip::Entry& entry, Result<Postmortem> pm, OpenedBundle& out) {
    if (!pm)
        return Status::failure(
            tr("%1 is not a valid postmortem document: %2").arg(entry.path, pm.error()));
    const QString expected = entry.path.section(u'/', -1).chopped(5);
    if (entry.path.startsWith(kPostmortemDir) && pm.value().id() != expected)
        return Status::failure(tr("%1 holds postmortem %2, not the one its name says.")
                                   .arg(entry.path, pm.value().id()));
    if (out.postmortemIds.contains(pm.value().id()))
        return Status::failure(tr("The bundle holds postmortem %1 twice.").arg(pm.value().id()));
    out.postmortemIds.insert(pm.value().id());
    out.postmortems.append(std::move(pm.value()));
    return {};
}

// Every member must be one the format knows: a postmortem document or attachment content.
Status checkMemberPath(const QString& path) {
    static const QRegularExpression postmortem(QStringLiteral(
        "^postmortems/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.json$"));
    static const QRegularExpression attachment(QStringLiteral("^attachments/[0-9a-f]{64}$"));
    if (postmortem.match(path).hasMatch() || attachment.match(path).hasMatch())
        return {};
    return Status::failure(tr("The bundle holds \"%1\", which is not a postmortem document or "
                              "attachment; it is refused.")
                               .arg(path));
}

// Parses one document and checks that it is the postmortem its name says.
Status readPostmortem(const Zip::Entry& entry, const TemplateRegistry& templates,
                      OpenedBundle& out) {
    return addPostmortem(entry, PostmortemJson::fromJson(entry.data, templates), out);
}

// Parses many documents on two threads (they are independent), in their order.
QList<Result<Postmortem>> parseAll(const QList<const Zip::Entry*>& entries,
                                   const TemplateRegistry& templates) {
    std::vector<std::optional<Result<Postmortem>>> parsed(static_cast<size_t>(entries.size()));
    auto parseRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            parsed[static_cast<size_t>(i)].emplace(
                PostmortemJson::fromJson(entries.at(i)->data, templates));
    };
    const qsizetype half = entries.size() >= 8 ? entries.size() / 2 : entries.size();
    std::thread second;
    if (half < entries.size())
        second = std::thread(parseRange, half, entries.size());
    parseRange(0, half);
    if (second.joinable())
        second.join();
    QList<Result<Postmortem>> out;
    out.reserve(entries.size());
    for (auto& p : parsed)
        out.append(std::move(*p));
    return out;
}

} // namespace

QString OpenedBundle::signerLabel() const {
    if (!signedBundle)
        return QCoreApplication::translate("causeway::Bundle::OpenedBundle", "not signed");
    const Creator& c = manifest.creator;
    QString who = c.name.isEmpty() ? QCoreApplication::translate("causeway::Bundle::OpenedBundle",
                                                                 "an unnamed signer")
                                   : c.name;
    if (!c.role.isEmpty())
        who += QStringLiteral(" (") + c.role + u')';
    return QCoreApplication::translate("causeway::Bundle::OpenedBundle", "%1, key %2")
        .arg(who, c.keyId);
}

bool isEncrypted(const QByteArray& file) {
    return Age::looksLikeAge(file);
}

Result<OpenedBundle> open(const QByteArray& file, const TemplateRegistry& templates,
                          const OpenOptions& options) {
    using R = Result<OpenedBundle>;
    OpenedBundle out;
    out.fileSha256 = sha256Hex(file);
    if (file.isEmpty())
        return R::failure(tr("The file is empty; it is not a bundle."));

    // 1. Decrypt.
    QByteArray archive;
    if (Age::looksLikeAge(file)) {
        out.encrypted = true;
        Age::DecryptOptions decrypt;
        decrypt.passphrase = options.passphrase.copy();
        decrypt.identities = options.identities;
        decrypt.maxPlaintext = options.limits.maxTotalSize + (64LL << 20);
        auto plain = Age::decrypt(file, decrypt);
        if (!plain)
            return R::failure(tr("The bundle cannot be decrypted: %1").arg(plain.error()));
        archive = std::move(plain.value());
    } else {
        archive = file;
    }
    if (!Zip::looksLikeZip(archive))
        return R::failure(tr("The file is neither a Causeway bundle (a zip archive) nor an "
                             "age-encrypted one."));

    // 2. Read the archive within its limits; paths are checked by the reader.
    auto entries = Zip::read(archive, options.limits);
    if (!entries)
        return R::failure(tr("The bundle is damaged or unsafe: %1").arg(entries.error()));
    QHash<QString, const Zip::Entry*> byPath;
    for (const Zip::Entry& e : entries.value())
        byPath.insert(e.path, &e);

    const Zip::Entry* manifestEntry = byPath.value(kManifestPath, nullptr);
    if (!manifestEntry) {
        // A plain zip of postmortem documents (as `zip` makes from exported JSON): no
        // manifest, no signature; every member must still be a document or attachment.
        out.hasManifest = false;
        out.manifest.bundleId = QString(out.fileSha256)
                                    .left(32)
                                    .insert(20, u'-')
                                    .insert(16, u'-')
                                    .insert(12, u'-')
                                    .insert(8, u'-');
        for (const Zip::Entry& e : entries.value()) {
            if (e.path == kSignaturePath)
                return R::failure(tr("The bundle has a signature but no manifest.json."));
            const bool document =
                e.path.endsWith(QStringLiteral(".json")) && !e.path.startsWith(kAttachmentDir);
            if (document) {
                if (auto s = readPostmortem(e, templates, out); !s)
                    return R::failure(s.error());
                out.manifest.postmortems.append(out.postmortems.last().id());
            } else if (e.path.startsWith(kAttachmentDir) &&
                       isSha256Hex(e.path.mid(kAttachmentDir.size()))) {
                if (sha256Hex(e.data) != e.path.mid(kAttachmentDir.size()))
                    return R::failure(tr("%1 does not match its SHA-256.").arg(e.path));
                out.blobs.insert(e.path.mid(kAttachmentDir.size()), e.data);
            } else {
                return R::failure(tr("The zip holds \"%1\", which is not a postmortem document; "
                                     "it is refused.")
                                      .arg(e.path));
            }
        }
        if (out.postmortems.isEmpty())
            return R::failure(tr("The zip holds no postmortem documents."));
        return out;
    }

    // 3. The manifest, its members' sizes and hashes, and its signature.
    auto manifest = parseManifest(manifestEntry->data);
    if (!manifest)
        return R::failure(manifest.error());
    out.manifest = manifest.value();
    QSet<QString> listed;
    for (const Member& m : std::as_const(out.manifest.members)) {
        if (auto s = checkMemberPath(m.path); !s)
            return R::failure(s.error());
        const Zip::Entry* e = byPath.value(m.path, nullptr);
        if (!e)
            return R::failure(
                tr("%1 is listed in the manifest but missing from the bundle.").arg(m.path));
        if (e->data.size() != m.size || sha256Hex(e->data) != m.sha256)
            return R::failure(tr("%1 does not match the size and SHA-256 in the manifest: the "
                                 "bundle was altered or damaged.")
                                  .arg(m.path));
        listed.insert(m.path);
    }
    for (const Zip::Entry& e : entries.value()) {
        if (e.path != kManifestPath && e.path != kSignaturePath && !listed.contains(e.path))
            return R::failure(
                tr("%1 is in the bundle but not in its manifest; it is refused.").arg(e.path));
    }
    const Zip::Entry* signature = byPath.value(kSignaturePath, nullptr);
    const Creator& creator = out.manifest.creator;
    if (signature) {
        const QByteArray publicKey = QByteArray::fromBase64(creator.publicKey.toLatin1());
        if (publicKey.size() != 32)
            return R::failure(tr("The manifest does not carry the signer's public key."));
        const Minisign::PublicKey key{Minisign::keyNumberFor(publicKey), publicKey};
        if (key.keyId() != creator.keyId)
            return R::failure(tr("The manifest names key %1, but its public key is key %2.")
                                  .arg(creator.keyId, key.keyId()));
        auto verified = Minisign::verify(manifestEntry->data, signature->data, key);
        if (!verified)
            return R::failure(tr("The bundle's signature is not valid: %1").arg(verified.error()));
        if (verified.value().trustedComment != trustedComment(out.manifest))
            return R::failure(tr("The bundle's signed comment does not match its manifest."));
        out.signedBundle = true;
    } else if (!creator.keyId.isEmpty()) {
        return R::failure(tr("The manifest names signer key %1, but the signature "
                             "(manifest.json.minisig) is missing.")
                              .arg(creator.keyId));
    }

    // 4. Parse and validate every document against the schema.
    QList<const Zip::Entry*> documentEntries;
    for (const Member& m : std::as_const(out.manifest.members)) {
        const Zip::Entry* e = byPath.value(m.path);
        if (m.path.startsWith(kPostmortemDir))
            documentEntries.append(e);
        else
            out.blobs.insert(m.sha256, e->data);
    }
    QList<Result<Postmortem>> parsed = parseAll(documentEntries, templates);
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (auto s = addPostmortem(*documentEntries.at(i), std::move(parsed[i]), out); !s)
            return R::failure(s.error());
    }
    QStringList documents;
    for (const Postmortem& pm : std::as_const(out.postmortems))
        documents.append(pm.id());
    QStringList expected = out.manifest.postmortems;
    std::sort(documents.begin(), documents.end());
    std::sort(expected.begin(), expected.end());
    if (documents != expected)
        return R::failure(tr("The manifest's list of postmortems does not match the documents "
                             "in the bundle."));
    return out;
}

bool signerIsTrusted(const Store& store, const OpenedBundle& bundle) {
    if (!bundle.signedBundle)
        return false;
    if (store.isTrustedSigner(bundle.manifest.creator.keyId))
        return true;
    const QByteArray key = QByteArray::fromBase64(bundle.manifest.creator.publicKey.toLatin1());
    for (const SigningProfile& p : SigningProfiles::list()) {
        if (p.publicKey == key)
            return true;
    }
    return false;
}

Result<BundleMergeSummary> apply(Store& store, const OpenedBundle& bundle, bool trust,
                                 bool dryRun) {
    using R = Result<BundleMergeSummary>;
    const bool trusted = signerIsTrusted(store, bundle);
    if (!trusted && !trust) {
        if (!bundle.signedBundle)
            return R::failure(tr("The bundle is not signed, so where it came from cannot be "
                                 "checked. Import it only if you trust its source (--trust)."));
        return R::failure(tr("The bundle is signed by %1, a key this database does not know yet. "
                             "Check the key id with its owner, then trust it (--trust).")
                              .arg(bundle.signerLabel()));
    }
    if (!trusted && bundle.signedBundle && !dryRun) {
        const Creator& c = bundle.manifest.creator;
        QString label = c.name;
        if (!c.role.isEmpty())
            label += QStringLiteral(" (") + c.role + u')';
        if (auto s = store.trustSigner({c.keyId, c.publicKey, label, {}}); !s)
            return R::failure(s.error());
    }
    BundleMergeRequest request;
    request.postmortems = bundle.postmortems;
    request.blobs = bundle.blobs;
    request.bundleId = bundle.manifest.bundleId;
    request.fileSha256 = bundle.fileSha256;
    request.signerKeyId = bundle.signedBundle ? bundle.manifest.creator.keyId : QString();
    request.signerLabel = bundle.signedBundle ? bundle.signerLabel() : QString();
    request.device = bundle.manifest.creator.device;
    request.dryRun = dryRun;
    return store.mergeBundle(request);
}

QString describe(const OpenedBundle& bundle, const BundleMergeSummary& summary) {
    QStringList lines;
    lines << tr("Bundle %1").arg(bundle.manifest.bundleId);
    if (bundle.hasManifest)
        lines << tr("Created %1 on device %2")
                     .arg(bundle.manifest.createdAt.toString(Qt::ISODate),
                          bundle.manifest.creator.device);
    lines << tr("Signed by: %1").arg(bundle.signerLabel());
    if (bundle.encrypted)
        lines << tr("Encrypted: yes");
    if (summary.alreadyImported)
        lines << tr("This bundle was imported before.");
    for (const PostmortemMergeSummary& pm : summary.postmortems) {
        const QString what =
            pm.added ? tr("new") : (pm.changed() ? tr("changed") : tr("unchanged"));
        lines << tr("  %1  %2 (%3): %4 records added, %5 changed, %6 deleted, %7 conflicts")
                     .arg(pm.id.left(8), pm.title, what)
                     .arg(pm.recordsAdded)
                     .arg(pm.recordsChanged)
                     .arg(pm.recordsDeleted)
                     .arg(pm.conflicts);
    }
    lines << tr("In all: %1 postmortems, %2 new conflicts, %3 attachment files added.")
                 .arg(summary.postmortems.size())
                 .arg(summary.conflicts)
                 .arg(summary.blobsAdded);
    return lines.join(u'\n');
}

} // namespace causeway::Bundle
