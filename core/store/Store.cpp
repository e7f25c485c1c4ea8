#include "store/Store.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewLock.h"
#include "review/ReviewRecords.h"
#include "store/SearchIndex.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway {

Store::Store()
    : d(std::make_unique<Private>()) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString& path, const OpenOptions& options) {
    using R = Result<std::unique_ptr<Store>>;
    if (options.deviceId.isEmpty())
        return R::failure(QStringLiteral("no device id was given for this installation"));
    auto connection = Database::open(path, options.exclusive, options.readOnly);
    if (!connection)
        return R::failure(connection.error());
    std::unique_ptr<Store> store(new Store());
    store->d->connection = std::move(connection).value();
    if (!store->isReadOnly()) {
        if (auto s = store->rebuildSearchIndexIfNeeded(); !s)
            return R::failure(s.error());
    }
    store->d->path = path;
    store->d->deviceId = options.deviceId;
    store->d->actor = options.actor;
    store->d->policy = options.policy;
    return R(std::move(store));
}

Status Store::rebuildSearchIndexIfNeeded() {
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'reindex'")) || !q.next() ||
        q.value(0).toString() != u"1")
        return {};
    q.finish();
    // The index is derived data, not content: rebuilding it writes no audit entry.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(Database::describeError(q.lastError()));
    Status s = SearchIndex::rebuild(d->db());
    if (s && !q.exec(QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'reindex'")))
        s = Status::failure(Database::describeError(q.lastError()));
    if (s && !q.exec(QStringLiteral("COMMIT")))
        s = Status::failure(Database::describeError(q.lastError()));
    if (!s)
        q.exec(QStringLiteral("ROLLBACK"));
    return s;
}

QString Store::path() const {
    return d->path;
}

QString Store::deviceId() const {
    return d->deviceId;
}

bool Store::isReadOnly() const {
    return d->connection->readOnly;
}

QString Store::readOnlyReason() const {
    return d->connection->readOnlyReason;
}

int Store::schemaVersion() const {
    return d->connection->schemaVersion;
}

int Store::latestSchemaVersion() {
    return Database::latestSchemaVersion();
}

Actor Store::actor() const {
    return d->actor;
}

void Store::setActor(const Actor& actor) {
    d->actor = actor;
}

Policy Store::policy() const {
    return d->policy;
}

void Store::setPolicy(const Policy& policy) {
    d->policy = policy;
}

QSqlDatabase& Store::database() {
    return d->db();
}

// ---------------------------------------------------------------- queries

namespace {

QString scopeCondition(ListScope scope, const QString& column) {
    switch (scope) {
    case ListScope::Active:
        return column + QStringLiteral(" = 0");
    case ListScope::Trash:
        return column + QStringLiteral(" = 1");
    case ListScope::All:
        // Not "1": naming both values lets SQLite use the postmortems' own small index
        // instead of scanning an index over every record.
        return column + QStringLiteral(" IN (0, 1)");
    }
    return QStringLiteral("1");
}

} // namespace

namespace {

// The list rows of the postmortems matching condition (SQL over records r), newest first.
QList<PostmortemSummary> querySummaries(QSqlDatabase& db, const QString& condition,
                                        const QVariantList& bindings) {
    QList<PostmortemSummary> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One json_extract with every path parses each postmortem's fields once (they hold the
    // long narrative texts); the result is a JSON array in the order of the paths.
    const QStringList names{Field::Title,       Field::Status,   Field::Severity,
                            Field::Template,    Field::Tags,     Field::IncidentStart,
                            Field::IncidentEnd, Field::TimeZone, ReviewRootField::AnalysisDue};
    QString paths;
    for (const QString& name : names)
        paths += QStringLiteral(", '$.") + name + u'\'';
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.created_utc, r.modified_utc, r.deleted, json_extract(r.fields") +
        paths + QStringLiteral(") FROM records r WHERE r.kind = 'postmortem' AND ") + condition +
        QStringLiteral(" ORDER BY r.created_utc DESC, r.id");
    q.prepare(sql);
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        PostmortemSummary s;
        s.id = q.value(0).toString();
        s.created = parseCanonicalTime(q.value(1).toString());
        s.modified = parseCanonicalTime(q.value(2).toString());
        s.deleted = q.value(3).toBool();
        const QJsonArray values = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
        s.title = values.at(0).toString();
        s.status = values.at(1).toString();
        s.severity = values.at(2).toString();
        s.templateId = values.at(3).toString();
        for (const QJsonValue& tag : values.at(4).toArray())
            s.tags.append(tag.toString());
        s.incidentStart = parseCanonicalTime(values.at(5).toString());
        s.incidentEnd = parseCanonicalTime(values.at(6).toString());
        s.timeZone = values.at(7).toString();
        s.analysisDue = values.at(8).toString();
        out.append(s);
    }
    return out;
}

} // namespace

QList<PostmortemSummary> Store::listPostmortems(ListScope scope) const {
    return querySummaries(d->db(), scopeCondition(scope, QStringLiteral("r.deleted")), {});
}

std::optional<PostmortemSummary> Store::summary(const QString& id) const {
    const auto rows = querySummaries(d->db(), QStringLiteral("r.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

qint64 Store::countPostmortems(ListScope scope) const {
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM records WHERE kind = 'postmortem' AND ") +
                scopeCondition(scope, QStringLiteral("deleted"))) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<QString> Store::resolveId(const QString& idOrPrefix) const {
    const QString prefix = idOrPrefix.trimmed().toLower();
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f-]{1,36}$"));
    if (!shape.match(prefix).hasMatch())
        return Result<QString>::failure(QStringLiteral("\"%1\" is not a postmortem id (expected "
                                                       "a UUID or the start of one)")
                                            .arg(idOrPrefix));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT id FROM records WHERE kind = 'postmortem' AND "
                             "substr(id, 1, ?) = ? LIMIT 3"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return Result<QString>::failure(Database::describeError(q.lastError()));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty())
        return Result<QString>::failure(
            QStringLiteral("no postmortem has an id starting with \"%1\"").arg(prefix));
    if (ids.size() > 1)
        return Result<QString>::failure(QStringLiteral("\"%1\" matches more than one postmortem; "
                                                       "give more characters of the id")
                                            .arg(prefix));
    return ids.first();
}

Result<QStringList> Store::search(const QString& query, ListScope scope, SearchOrder order) const {
    const QString match = SearchIndex::toMatchExpression(query);
    if (match.isEmpty())
        return QStringList();
    QSqlQuery q(d->db());
    // Index rows are numbered by their postmortem (SearchIndex::rowidOf): the matches are
    // grouped from their rowids, without reading each matching row.
    if (order == SearchOrder::Unranked) {
        q.prepare(QStringLiteral("SELECT p.id FROM (SELECT DISTINCT rowid >> 32 AS pm FROM "
                                 "search_index WHERE search_index MATCH ?) m JOIN records p ON "
                                 "p.rowid = m.pm WHERE ") +
                  scopeCondition(scope, QStringLiteral("p.deleted")));
    } else {
        // Each record has its own index row; a postmortem ranks by its best-matching record.
        // MATERIALIZED keeps SQLite from flattening the subquery: bm25() only works directly
        // on the full-text query.
        q.prepare(QStringLiteral("WITH m AS MATERIALIZED (SELECT rowid >> 32 AS pm, "
                                 "bm25(search_index, 0.0, 0.0, 10.0, 1.0) AS score FROM "
                                 "search_index WHERE search_index MATCH ?), best AS (SELECT pm, "
                                 "min(score) AS score FROM m GROUP BY pm) SELECT p.id FROM best "
                                 "JOIN records p ON p.rowid = best.pm WHERE ") +
                  scopeCondition(scope, QStringLiteral("p.deleted")) +
                  QStringLiteral(" ORDER BY best.score, p.id"));
    }
    q.addBindValue(match);
    if (!q.exec())
        return Result<QStringList>::failure(QStringLiteral("search failed: ") +
                                            Database::describeError(q.lastError()));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// ---------------------------------------------------------------- mutations

Status Store::commit(const ChangeSet& changes) {
    if (isReadOnly())
        return Status::failure(QStringLiteral("The database is read-only: ") + readOnlyReason());
    if (changes.isEmpty())
        return {};
    WriteTransaction tx(d->db(), d->actor, d->deviceId, changes.context);
    if (auto s = tx.begin(); !s)
        return s;
    // The review workflow: approved postmortems are read-only and their retention period
    // protects them from deletion.
    if (auto s = ReviewLock::check(tx, changes); !s)
        return s;
    const ReviewLock::Retention retention = ReviewLock::checkRetention(
        *this, tx, changes, d->policy, QDateTime::currentDateTimeUtc().date());
    if (retention.refused)
        return refuseDeletion(tx, changes.context, retention.recordId, retention.message);
    const Revision rev = tx.localRevision();
    const QDateTime now = tx.now();
    for (const ChangeSet::Blob& blob : changes.blobs) {
        if (auto s = tx.putBlob(blob.sha256, blob.data); !s)
            return s;
    }
    for (const ChangeSet::NewRecord& create : changes.creates) {
        Record record;
        record.id = create.id;
        record.kind = create.kind;
        record.parentId = create.parentId;
        record.revision = rev;
        for (auto it = create.fields.cbegin(); it != create.fields.cend(); ++it)
            record.fields.insert(it.key(), FieldValue{it.value(), rev, now, {}});
        if (auto s = tx.insertRecord(record); !s)
            return s;
    }
    for (const ChangeSet::FieldChange& change : changes.fieldChanges) {
        auto changed = tx.setField(change.recordId, change.field, change.value, rev, now);
        if (!changed)
            return changed.status();
        if (changed.value())
            tx.touch(change.recordId, rev, now);
    }
    for (const ChangeSet::Deletion& deletion : changes.deletions) {
        if (auto s = tx.setDeleted(deletion.recordId, deletion.deleted); !s)
            return s;
        tx.touch(deletion.recordId, rev, now);
    }
    const QSet<QString> touched = tx.touchedPostmortems();
    if (auto s = tx.commit(); !s)
        return s;
    for (const QString& id : touched)
        Q_EMIT postmortemChanged(id);
    return {};
}

Status Store::refuseDeletion(WriteTransaction& tx, const QString& context, const QString& recordId,
                             const QString& message) {
    // The refused attempt is audited in a transaction of its own: the one that tried the
    // deletion writes nothing else.
    tx.rollback();
    WriteTransaction audit(d->db(), d->actor, d->deviceId, context);
    if (auto s = audit.begin(); !s)
        return Status::failure(message + QStringLiteral(" (the refusal could not be audited: ") +
                               s.error() + u')');
    Status s = audit.auditRefusal(QStringLiteral("refuse-delete"), recordId, message);
    if (s)
        s = audit.commit();
    if (!s)
        return Status::failure(message + QStringLiteral(" (the refusal could not be audited: ") +
                               s.error() + u')');
    return Status::failure(message);
}

Result<QString> Store::createPostmortem(const QString& templateId,
                                        const QMap<QString, QJsonValue>& fields) {
    ChangeSet changes;
    changes.context = QStringLiteral("create");
    ChangeSet::NewRecord root;
    root.id = newRecordId();
    root.kind = Kind::Postmortem;
    root.fields = fields;
    root.fields.insert(Field::Template, templateId);
    if (!root.fields.contains(Field::Status))
        root.fields.insert(Field::Status, QStringLiteral("draft"));
    if (!root.fields.contains(Field::Severity))
        root.fields.insert(Field::Severity, QStringLiteral("SEV3"));
    if (!root.fields.contains(Field::Confidentiality))
        root.fields.insert(Field::Confidentiality, QStringLiteral("internal"));
    changes.creates.append(root);
    if (auto s = commit(changes); !s)
        return s;
    return root.id;
}

Result<QString> Store::duplicatePostmortem(const QString& id, const QString& newTitle) {
    const auto original = loadPostmortem(id);
    if (!original)
        return Result<QString>::failure(QStringLiteral("no postmortem with id %1").arg(id));
    ChangeSet changes;
    changes.context = QStringLiteral("duplicate of ") + id;
    ChangeSet::NewRecord root;
    root.id = newRecordId();
    root.kind = Kind::Postmortem;
    for (auto it = original->root.fields.cbegin(); it != original->root.fields.cend(); ++it)
        root.fields.insert(it.key(), it.value().value);
    root.fields.insert(Field::Title, newTitle);
    root.fields.insert(Field::Status, QStringLiteral("draft"));
    changes.creates.append(root);
    // Events cite their evidence by record id: the copies cite the copied attachments (whose
    // content, stored once per hash, both share).
    QHash<QString, QString> copyIds;
    for (const Record& child : original->children) {
        if (!child.deleted)
            copyIds.insert(child.id, newRecordId());
    }
    for (const Record& child : original->children) {
        if (child.deleted)
            continue;
        ChangeSet::NewRecord copy;
        copy.id = copyIds.value(child.id);
        copy.kind = child.kind;
        copy.parentId = root.id;
        for (auto it = child.fields.cbegin(); it != child.fields.cend(); ++it)
            copy.fields.insert(it.key(), it.value().value);
        if (child.kind == Kind::Event && copy.fields.contains(EventField::Evidence)) {
            QJsonArray evidence;
            for (const QString& cited : child.list(EventField::Evidence)) {
                if (copyIds.contains(cited))
                    evidence.append(copyIds.value(cited));
            }
            copy.fields.insert(EventField::Evidence, evidence);
        }
        changes.creates.append(copy);
    }
    if (auto s = commit(changes); !s)
        return s;
    return root.id;
}

Status Store::setDeleted(const QString& recordId, bool deleted) {
    ChangeSet changes;
    changes.context = deleted ? QStringLiteral("trash") : QStringLiteral("restore");
    changes.deletions.append({recordId, deleted});
    return commit(changes);
}

QString Store::integrityCheck() const {
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return Database::describeError(q.lastError());
    return q.value(0).toString();
}

} // namespace causeway
