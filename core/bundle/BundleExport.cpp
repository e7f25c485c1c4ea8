#include "bundle/BundleExport.h"

#include "bundle/Age.h"
#include "bundle/BundleFormat.h"
#include "bundle/Minisign.h"
#include "bundle/Zip.h"
#include "bundle/ZipPacker.h"
#include "model/CanonicalJson.h"
#include "model/PostmortemJson.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"
#include "timeline/Attachment.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <future>
#include <memory>
#include <thread>

namespace causeway::Bundle {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Bundle", text);
}

} // namespace

Result<ExportResult> exportBundle(Store& store, const ExportRequest& request) {
    using R = Result<ExportResult>;
    auto progress = [&](int percent, const QString& step) {
        return !request.progress || request.progress(percent, step);
    };
    const auto cancelled = [] {
        return R::failure(tr("The export was cancelled."));
    };
    if (request.outputPath.isEmpty())
        return R::failure(tr("No file was given to write the bundle to."));
    if (!request.passphrase.isEmpty() && !request.recipients.isEmpty())
        return R::failure(tr("A bundle is encrypted with a passphrase or for recipients, not "
                             "both."));

    // The mark is taken before reading, so a change made meanwhile goes into the next one.
    const qint64 mark = store.auditHead();
    QStringList ids;
    Manifest manifest;
    if (!request.sincePeer.isEmpty()) {
        const std::optional<qint64> since = store.peerMark(request.sincePeer);
        manifest.peer = request.sincePeer;
        manifest.since = since.value_or(0);
        auto changed = store.postmortemsChangedSince(manifest.since);
        if (!changed)
            return R::failure(changed.error());
        ids = changed.value();
        if (ids.isEmpty())
            return R::failure(
                tr("Nothing changed since the last bundle for %1.").arg(request.sincePeer));
    } else if (request.all) {
        for (const PostmortemSummary& s : store.listPostmortems(ListScope::All))
            ids.append(s.id);
        if (ids.isEmpty())
            return R::failure(tr("There are no postmortems to export."));
    } else {
        for (const QString& id : request.postmortemIds) {
            auto resolved = store.resolveId(id);
            if (!resolved)
                return R::failure(resolved.error());
            if (!ids.contains(resolved.value()))
                ids.append(resolved.value());
        }
        if (ids.isEmpty())
            return R::failure(tr("Choose the postmortems to export."));
    }

    // The encryption header (for a passphrase, the scrypt work) does not depend on the
    // content: it is made on another thread while the postmortems are read.
    const bool encrypt = !request.passphrase.isEmpty() || !request.recipients.isEmpty();
    Age::EncryptOptions encryptOptions;
    encryptOptions.recipients = request.recipients;
    encryptOptions.scryptLogN = request.scryptLogN;
    encryptOptions.passphrase = request.passphrase.copy();
    std::future<Result<Age::Encryptor>> encryptor;
    if (encrypt)
        encryptor = std::async(std::launch::async, [&encryptOptions] {
            return Age::Encryptor::prepare(encryptOptions);
        });
    // Whatever happens below, the other thread is waited for before its inputs go away.
    struct Join {
        std::future<Result<Age::Encryptor>>& f;
        ~Join() {
            if (f.valid())
                f.wait();
        }
    } join{encryptor};

    // Postmortems are written as JSON, hashed and compressed on other threads, one per core,
    // while the next ones are read (the store's connection stays on this thread, which also
    // writes JSON while those threads are busy); their manifest entries get sizes and hashes
    // at the end.
    const int cores = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    Zip::BackgroundPacker packer(
        {}, [](const QByteArray& data) { return sha256Hex(data); }, cores);
    QSet<QString> blobs;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!progress(static_cast<int>(70 * i / ids.size()), tr("Reading postmortems")))
            return cancelled();
        std::optional<Postmortem> pm = store.loadPostmortem(ids.at(i));
        if (!pm)
            return R::failure(tr("Postmortem %1 cannot be read.").arg(ids.at(i)));
        // Attachment content travels once per SHA-256, checked; content this machine does
        // not have travels without it, and damaged content stops the export.
        for (const Record& a : pm->childrenOfKind(Kind::Attachment, true)) {
            const QString sha = a.text(AttachmentField::Sha256);
            if (blobs.contains(sha))
                continue;
            auto content = store.blobContent(sha);
            if (!content)
                return R::failure(
                    tr("Postmortem %1 is not exported: evidence file \"%2\": %3")
                        .arg(ids.at(i), a.text(AttachmentField::Name), content.error()));
            if (!content.value())
                continue;
            blobs.insert(sha);
            const QString blobPath = kAttachmentDir + sha;
            manifest.members.append({blobPath, content.value()->size(), sha});
            packer.add({blobPath, std::move(*content.value())});
        }
        const QString path = kPostmortemDir + ids.at(i) + QStringLiteral(".json");
        manifest.members.append({path, -1, QString()});
        // Written here while the other threads have work queued: handing a document to
        // another core costs time of its own (its memory moves between caches and allocators),
        // worth paying only so that a thread does not idle.
        if (packer.waiting() > 0)
            packer.add({path, PostmortemJson::toCanonicalBytes(*pm)});
        else
            packer.add(path, [document = std::make_shared<const Postmortem>(std::move(*pm))] {
                return PostmortemJson::toCanonicalBytes(*document);
            });
    }

    if (!progress(75, tr("Compressing")))
        return cancelled();
    auto packed = packer.finish();
    if (!packed)
        return R::failure(packed.error());
    // Members and packed entries are in the same order.
    for (qsizetype i = 0; i < manifest.members.size(); ++i) {
        Member& member = manifest.members[i];
        if (member.sha256.isEmpty()) {
            member.size = packed->at(i).size;
            member.sha256 = packed->at(i).digest;
        }
    }

    manifest.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.creator.device = store.deviceId();
    manifest.postmortems = ids;
    if (request.signer) {
        manifest.creator.name = request.signer->name;
        manifest.creator.role = request.signer->role;
        manifest.creator.keyId =
            Minisign::PublicKey{Minisign::keyNumberFor(request.signer->publicKey),
                                request.signer->publicKey}
                .keyId();
        manifest.creator.publicKey = QString::fromLatin1(request.signer->publicKey.toBase64());
    }
    const QByteArray manifestBytes = manifestJson(manifest);
    // The manifest first, then its signature: a reader finds them at the front.
    QList<Zip::Entry> head{{kManifestPath, manifestBytes}};
    if (request.signer) {
        if (!request.signer->secretKey)
            return R::failure(tr("The signing key is not open."));
        const QByteArray signature = Minisign::sign(
            manifestBytes, *request.signer->secretKey, request.signer->publicKey,
            trustedComment(manifest),
            QStringLiteral("signature from Causeway, key %1").arg(manifest.creator.keyId));
        head.append({kSignaturePath, signature});
    }
    QList<Zip::PackedEntry> entries;
    entries.reserve(head.size() + packed->size());
    for (const Zip::Entry& entry : head) {
        auto one = Zip::pack(entry, static_cast<int>(entries.size()) + 1);
        if (!one)
            return R::failure(one.error());
        entries.append(std::move(one.value()));
    }
    entries.append(std::move(packed.value()));
    auto zipped = Zip::writePacked(entries);
    if (!zipped)
        return R::failure(zipped.error());
    QByteArray file = std::move(zipped.value());
    if (encrypt) {
        if (!progress(85, tr("Encrypting")))
            return cancelled();
        Result<Age::Encryptor> prepared = encryptor.get();
        if (!prepared)
            return R::failure(prepared.error());
        file = prepared.value().encrypt(file);
    }
    if (!progress(95, tr("Writing the file")))
        return cancelled();
    // QSaveFile writes beside the target and renames: a sync engine or a reader never sees
    // half a bundle, and a failure leaves no file.
    QSaveFile out(request.outputPath);
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(tr("%1 cannot be written: %2")
                              .arg(QFileInfo(request.outputPath).fileName(), out.errorString()));
    if (out.write(file) != file.size() || !out.commit())
        return R::failure(tr("%1 cannot be written: %2")
                              .arg(QFileInfo(request.outputPath).fileName(), out.errorString()));
    if (auto s = store.recordBundleExport(manifest.bundleId, request.sincePeer, mark, ids); !s)
        return R::failure(
            tr("The bundle was written, but the export could not be recorded: %1").arg(s.error()));
    progress(100, tr("Done"));
    ExportResult result;
    result.bundleId = manifest.bundleId;
    result.postmortemIds = ids;
    result.attachments = static_cast<int>(blobs.size());
    result.bytes = file.size();
    result.encrypted = encrypt;
    result.signedBundle = request.signer.has_value();
    return result;
}

} // namespace causeway::Bundle
