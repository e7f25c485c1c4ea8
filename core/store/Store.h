#pragma once

#include "model/Record.h"
#include "store/Actor.h"
#include "store/AuditLog.h"
#include "store/ChangeSet.h"
#include "util/Policy.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace causeway {

class TemplateRegistry;
class WriteTransaction;
struct TimelineEvent;
struct Attachment;
struct NewAttachment;
enum class BlobState;

struct PostmortemSummary {
    QString id;
    QString title;
    QString status;
    QString severity;
    QString templateId;
    QStringList tags;
    QDateTime incidentStart; // UTC; invalid when not set
    // For the analysis due date (review/AnalysisDue.h).
    QDateTime incidentEnd; // UTC; invalid when not set
    QString timeZone;
    QString analysisDue; // the due date field as stored (yyyy-MM-dd), empty when not set
    QDateTime created;
    QDateTime modified;
    bool deleted = false;
};

struct ImportOutcome {
    QString id;
    bool created = false;
    int changedFields = 0;
};

struct EventImportSummary {
    int added = 0;
    int duplicates = 0; // already in the timeline (same source, time and text)
    bool cancelled = false;
};

struct VerifyReport {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // audit sequence number of the first problem, 0 if none
    QStringList problems;
};

enum class ListScope { Active, Trash, All };

// Bundle exchange (StoreSync.cpp): what a bundle brings, after its signature, hashes and
// documents were checked, and what merging it did or would do.
struct BundleMergeRequest {
    QList<Postmortem> postmortems;
    QHash<QString, QByteArray> blobs; // attachment content by SHA-256 (hex)
    QString bundleId;
    QString fileSha256;
    QString signerKeyId; // empty for an unsigned bundle
    QString signerLabel;
    QString device; // the device that wrote the bundle
    bool dryRun = false;
};

struct PostmortemMergeSummary {
    QString id;
    QString title;
    bool added = false;
    int recordsAdded = 0;
    int recordsChanged = 0;
    int recordsDeleted = 0;
    int conflicts = 0; // new conflict records
    bool changed() const { return added || recordsAdded || recordsChanged || recordsDeleted; }
};

struct BundleMergeSummary {
    QList<PostmortemMergeSummary> postmortems;
    int conflicts = 0;
    int blobsAdded = 0;
    bool alreadyImported = false; // this bundle id was imported before
    bool changedAnything() const;
};

struct TrustedSigner {
    QString keyId;
    QString publicKey; // base64
    QString label;
    QDateTime trusted;
};

struct OpenOptions {
    QString deviceId; // this installation's device id (DeviceIdentity)
    Actor actor;
    // The GUI asks for exclusive use; a second window on the same database then gets a
    // read-only store and readOnlyReason() says why.
    bool exclusive = false;
    bool readOnly = false;
    // The follow-up policy; the store applies its retention period to deletions.
    Policy policy;
};

// The local SQLite store and its repository layer. Every mutation passes through
// commit(), which writes the audit entries in the same transaction; there is no other
// writing path.
class Store : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<Store>> open(const QString& path, const OpenOptions& options);
    ~Store() override;

    QString path() const;
    QString deviceId() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    Actor actor() const;
    void setActor(const Actor& actor);
    Policy policy() const;
    void setPolicy(const Policy& policy); // after the user changed it in the settings

    // Queries
    QList<PostmortemSummary> listPostmortems(ListScope scope = ListScope::Active) const;
    std::optional<Postmortem> loadPostmortem(const QString& id) const;
    // The list row of one postmortem, whether in the trash or not.
    std::optional<PostmortemSummary> summary(const QString& id) const;
    qint64 countPostmortems(ListScope scope = ListScope::Active) const;
    // Full ids of postmortems whose id starts with prefix (a unique prefix names one).
    Result<QString> resolveId(const QString& idOrPrefix) const;
    // Postmortem ids matching a full-text query: best match first, or, with
    // SearchOrder::Unranked, in no particular order, which is much faster when a common word
    // matches most postmortems (the list's search box only filters).
    enum class SearchOrder { BestFirst, Unranked };
    Result<QStringList> search(const QString& query, ListScope scope = ListScope::Active,
                               SearchOrder order = SearchOrder::BestFirst) const;

    // Mutations
    Status commit(const ChangeSet& changes);
    Result<QString> createPostmortem(const QString& templateId,
                                     const QMap<QString, QJsonValue>& fields);
    Result<QString> duplicatePostmortem(const QString& id, const QString& newTitle);
    // Moving an approved or published postmortem to the trash within the policy's retention
    // years after its approval is refused; the refusal is written to the audit trail.
    Status setDeleted(const QString& recordId, bool deleted);
    // Creates or updates a postmortem from a parsed canonical document. Fields with
    // revisions keep them; fields without are stamped as local edits. A field whose
    // local revision is newer than the incoming one is kept.
    Result<ImportOutcome> importPostmortem(const Postmortem& pm);

    // Adds timeline events to a postmortem in one transaction, skipping those whose
    // import key is already in its timeline (and duplicates within the batch). A cancelled
    // or failed import leaves the timeline exactly as it was. context names the source in
    // the audit trail (e.g. "import csv notes.csv").
    Result<EventImportSummary> importEvents(const QString& postmortemId,
                                            const QList<TimelineEvent>& events,
                                            const QString& context,
                                            const std::function<bool(int percent)>& progress = {});

    // Evidence attachments (StoreAttachments.cpp). Adding writes the content, the attachment
    // record and, when eventId is given, the event's link to it in one transaction; it
    // returns the attachment's id. added_by defaults to this store's actor.
    Result<QString> addAttachment(const QString& postmortemId, const NewAttachment& attachment,
                                  const QString& eventId = QString());
    // The attachments of a postmortem, oldest first.
    QList<Attachment> listAttachments(const QString& postmortemId,
                                      bool includeDeleted = false) const;
    // The content of an attachment, checked against its SHA-256; a failure names the file
    // and says whether the content is damaged or not on this machine.
    Result<QByteArray> readAttachment(const QString& attachmentId) const;
    BlobState blobState(const QString& sha256) const;
    // Stored content by SHA-256, checked: nullopt when this database does not have it, a
    // failure naming the damage when it no longer matches its hash.
    Result<std::optional<QByteArray>> blobContent(const QString& sha256) const;
    // Fails, naming the first damaged file, when the content of any attachment of the
    // postmortem no longer matches its hash. Missing content is not a failure.
    Status checkAttachments(const QString& postmortemId) const;
    // The canonical JSON export, refused while an attachment is damaged (checkAttachments).
    Result<QByteArray> exportPostmortem(const QString& postmortemId) const;

    // Bundles (StoreSync.cpp). Merges every postmortem of a bundle in one transaction with one
    // "import-bundle" audit entry naming the bundle and its signer; a dry run computes the
    // same summary and rolls back. Any failure leaves the database unchanged.
    Result<BundleMergeSummary> mergeBundle(const BundleMergeRequest& request);
    bool bundleImported(const QString& bundleId) const;
    // The highest audit sequence number: a mark for incremental export.
    qint64 auditHead() const;
    // Postmortems with a change (an audit entry of any of their records) after seq.
    Result<QStringList> postmortemsChangedSince(qint64 seq) const;
    // The mark of the last bundle made for a named peer; nullopt when none was made.
    std::optional<qint64> peerMark(const QString& peer) const;
    // Records an exported bundle (an "export-bundle" audit entry) and, with a peer, moves
    // the peer's mark to seq.
    Status recordBundleExport(const QString& bundleId, const QString& peer, qint64 seq,
                              const QStringList& postmortemIds);
    bool isTrustedSigner(const QString& keyId) const;
    QList<TrustedSigner> trustedSigners() const;
    Status trustSigner(const TrustedSigner& signer);
    // Open conflict records of one postmortem, or of all when postmortemId is empty.
    QList<Record> openConflicts(const QString& postmortemId = QString()) const;

    // The audit entries of a postmortem and all its records (tombstones too), oldest first,
    // for the audit-trail appendix of a report (StoreAudit.cpp).
    Result<QList<AuditEntry>> auditTrail(const QString& postmortemId) const;

    // Walks the audit hash chain and replays it against the content tables.
    VerifyReport verify() const;
    QString integrityCheck() const; // "ok" or SQLite's first complaint

    QSqlDatabase& database();

Q_SIGNALS:
    // Emitted after a successful commit, once per postmortem touched.
    void postmortemChanged(const QString& postmortemId);

private:
    Store();
    Status rebuildSearchIndexIfNeeded();
    Status refuseDeletion(WriteTransaction& tx, const QString& context, const QString& recordId,
                          const QString& message);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace causeway
