#include "store/WriteTransaction.h"

#include "model/CanonicalJson.h"
#include "model/Record.h"
#include "store/Database.h"
#include "store/SearchIndex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace causeway {

QString encodeValue(const QJsonValue& value) {
    return QString::fromUtf8(canonicalJson(value));
}

QJsonValue decodeValue(const QString& text) {
    // Wrapped in an array so that scalars parse as well.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']');
    return doc.array().at(0);
}

QJsonObject decodeObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonValue encodeFieldRevision(const Revision& revision, const QDateTime& modified,
                               const CausalContext& context) {
    QJsonArray stored{static_cast<double>(revision.counter), revision.device,
                      canonicalTime(modified)};
    if (!context.isEmpty()) {
        QJsonObject known;
        for (auto it = context.cbegin(); it != context.cend(); ++it)
            known.insert(it.key(), static_cast<double>(it.value()));
        stored.append(known);
    }
    return stored;
}

void decodeFieldMeta(const QJsonValue& stored, FieldValue& meta) {
    decodeFieldRevision(stored, meta.revision, meta.modified);
    meta.context.clear();
    const QJsonObject known = stored.toArray().at(3).toObject();
    for (auto it = known.begin(); it != known.end(); ++it)
        meta.context.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
}

QJsonValue storedFieldRevision(const QJsonObject& fieldRevs, const QString& field) {
    const auto it = fieldRevs.constFind(field);
    return it != fieldRevs.constEnd() ? *it : fieldRevs.value(kDefaultFieldRevision);
}

void decodeFieldRevision(const QJsonValue& stored, Revision& revision, QDateTime& modified) {
    const QJsonArray a = stored.toArray();
    revision = Revision{static_cast<qint64>(a.at(0).toDouble()), a.at(1).toString()};
    modified = parseCanonicalTime(a.at(2).toString());
}

namespace {
Status sqlFailure(const QSqlQuery& q) {
    return Status::failure(Database::describeError(q.lastError()));
}
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase& db, const Actor& actor, QString deviceId,
                                   QString context)
    : m_db(db)
    , m_actor(actor)
    , m_device(std::move(deviceId))
    , m_context(std::move(context))
    , m_now(QDateTime::currentDateTimeUtc())
    , m_audit(db)
    , m_insertRecord(db)
    , m_selectRecord(db) {}

WriteTransaction::~WriteTransaction() {
    m_insertRecord.finish();
    m_selectRecord.finish();
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status WriteTransaction::begin() {
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading
    // a read lock; the busy timeout makes the second one wait.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(q);
    m_open = true;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'lamport'")))
        return sqlFailure(q);
    m_clock = q.next() ? q.value(0).toLongLong() : 0;
    m_clockAtStart = m_clock;
    return {};
}

void WriteTransaction::observe(const Revision& revision) {
    m_clock = std::max(m_clock, revision.counter);
}

Revision WriteTransaction::localRevision() {
    if (!m_local) {
        ++m_clock;
        m_local = Revision{m_clock, m_device};
    }
    return *m_local;
}

WriteTransaction::RecordInfo* WriteTransaction::mutableRecord(const QString& id) {
    if (auto it = m_records.find(id); it != m_records.end())
        return &it.value();
    if (!m_selectRecord.isValid() && m_selectRecord.lastQuery().isEmpty())
        m_selectRecord.prepare(
            QStringLiteral("SELECT rowid, kind, parent_id, root_id, created_utc, modified_utc, "
                           "rev_counter, rev_device, deleted, fields, field_revs FROM records "
                           "WHERE id = ?"));
    m_selectRecord.addBindValue(id);
    if (!m_selectRecord.exec() || !m_selectRecord.next()) {
        m_selectRecord.finish();
        return nullptr;
    }
    const QSqlQuery& q = m_selectRecord;
    RecordInfo info;
    info.rowid = q.value(0).toLongLong();
    info.kind = q.value(1).toString();
    info.parentId = q.value(2).toString();
    info.rootId = q.value(3).toString();
    info.created = parseCanonicalTime(q.value(4).toString());
    info.modified = parseCanonicalTime(q.value(5).toString());
    info.revision = Revision{q.value(6).toLongLong(), q.value(7).toString()};
    info.deleted = q.value(8).toBool();
    info.fields = decodeObject(q.value(9).toString());
    info.fieldRevs = decodeObject(q.value(10).toString());
    m_selectRecord.finish();
    return &m_records.insert(id, info).value();
}

const WriteTransaction::RecordInfo* WriteTransaction::record(const QString& id) {
    return mutableRecord(id);
}

std::optional<Revision> WriteTransaction::fieldRevision(const QString& recordId,
                                                        const QString& field) {
    const RecordInfo* info = record(recordId);
    if (!info || !info->fields.contains(field))
        return std::nullopt;
    const QJsonValue stored = storedFieldRevision(info->fieldRevs, field);
    if (stored.isUndefined())
        return std::nullopt;
    Revision revision;
    QDateTime modified;
    decodeFieldRevision(stored, revision, modified);
    return revision;
}

AuditEntry WriteTransaction::entry(const QString& action, const QString& subjectId,
                                   const QString& subjectKind) const {
    AuditEntry e;
    e.at = m_now;
    e.actor = m_actor.displayName;
    e.osUser = m_actor.osUser;
    e.device = m_device;
    e.action = action;
    e.context = m_context;
    e.recordId = subjectId;
    e.recordKind = subjectKind;
    return e;
}

Status WriteTransaction::audit(const QString& action, const QString& recordId,
                               const RecordInfo& info, const QString& field,
                               const QString& oldValue, const QString& newValue) {
    AuditEntry e = entry(action, recordId, info.kind);
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    m_touchedRoots.insert(info.rootId);
    return m_audit.append(e);
}

Status WriteTransaction::insertRecord(const Record& r) {
    if (r.id.isEmpty() || r.kind.isEmpty())
        return Status::failure(QStringLiteral("a new record needs an id and a kind"));
    if (record(r.id))
        return Status::failure(QStringLiteral("a record with id %1 already exists").arg(r.id));
    RecordInfo info;
    info.kind = r.kind;
    info.parentId = r.parentId;
    info.rootId = r.id;
    if (!r.parentId.isEmpty()) {
        const RecordInfo* parent = record(r.parentId);
        if (!parent)
            return Status::failure(
                QStringLiteral("the parent record %1 does not exist").arg(r.parentId));
        info.rootId = parent->rootId;
    }
    info.created = r.created.isValid() ? r.created : m_now;
    info.modified = r.modified.isValid() ? r.modified : m_now;
    info.revision = r.revision.isNull() ? localRevision() : r.revision;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
        info.fields.insert(it.key(), it.value().value);
        const Revision rev = it.value().revision.isNull() ? info.revision : it.value().revision;
        const QDateTime modified = it.value().modified.isValid() ? it.value().modified : m_now;
        info.fieldRevs.insert(it.key(), encodeFieldRevision(rev, modified, it.value().context));
        learn(info.rootId, rev, it.value().context);
    }
    learn(info.rootId, info.revision, {});
    const QString fieldsText = encodeValue(info.fields);

    if (m_insertRecord.lastQuery().isEmpty())
        m_insertRecord.prepare(QStringLiteral(
            "INSERT INTO records(id, kind, parent_id, root_id, created_utc, modified_utc, "
            "rev_counter, rev_device, deleted, fields, field_revs) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    m_insertRecord.addBindValue(r.id);
    m_insertRecord.addBindValue(info.kind);
    m_insertRecord.addBindValue(info.parentId.isEmpty() ? QVariant() : QVariant(info.parentId));
    m_insertRecord.addBindValue(info.rootId);
    m_insertRecord.addBindValue(canonicalTime(info.created));
    m_insertRecord.addBindValue(canonicalTime(info.modified));
    m_insertRecord.addBindValue(info.revision.counter);
    m_insertRecord.addBindValue(info.revision.device);
    m_insertRecord.addBindValue(fieldsText);
    m_insertRecord.addBindValue(encodeValue(info.fieldRevs));
    if (!m_insertRecord.exec())
        return sqlFailure(m_insertRecord);
    info.rowid = m_insertRecord.lastInsertId().toLongLong();
    info.reindex = true;
    info.inserted = true;
    RecordInfo& stored = m_records.insert(r.id, info).value();

    // One entry for the creation with every initial field: a timeline import of thousands
    // of events writes one audit entry per event, not one per field.
    QJsonObject created{{QStringLiteral("kind"), info.kind},
                        {QStringLiteral("fields"), info.fields}};
    if (!info.parentId.isEmpty())
        created.insert(QStringLiteral("parent"), info.parentId);
    if (auto s = audit(QStringLiteral("create"), r.id, stored, QString(), QString(),
                       encodeValue(created));
        !s)
        return s;
    if (!r.deletion.revision.isNull()) {
        FieldValue deletion = r.deletion;
        deletion.value = r.deleted;
        if (!deletion.modified.isValid())
            deletion.modified = m_now;
        return setMergedDeletion(r.id, deletion);
    }
    if (r.deleted)
        return setDeleted(r.id, true);
    return {};
}

Result<bool> WriteTransaction::setField(const QString& recordId, const QString& field,
                                        const QJsonValue& value, const Revision& revision,
                                        const QDateTime& modified) {
    RecordInfo* info = mutableRecord(recordId);
    if (!info)
        return Result<bool>::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
    if (field.isEmpty())
        return Result<bool>::failure(QStringLiteral("a field needs a name"));
    const bool existed = info->fields.contains(field);
    const QString oldText = existed ? encodeValue(info->fields.value(field)) : QString();
    const QString newText = encodeValue(value);
    const bool changed = !existed || oldText != newText;
    // A local edit replacing a value knew everything this database had seen of the
    // postmortem; a first value needs no context (nothing can have been replaced).
    const CausalContext context =
        existed && m_local && revision == *m_local ? localContext(info->rootId) : CausalContext();
    info->fields.insert(field, value);
    info->fieldRevs.insert(field, encodeFieldRevision(revision, modified, context));
    info->dirty = true;
    learn(info->rootId, revision, context);
    if (changed) {
        info->reindex = true;
        if (auto s = audit(QStringLiteral("set"), recordId, *info, field, oldText, newText); !s)
            return s;
    }
    return changed;
}

Result<bool> WriteTransaction::setMergedField(const QString& recordId, const QString& field,
                                              const FieldValue& merged) {
    RecordInfo* info = mutableRecord(recordId);
    if (!info)
        return Result<bool>::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
    if (field.isEmpty() || field == kDefaultFieldRevision || field == kDeletionRevision)
        return Result<bool>::failure(QStringLiteral("\"%1\" is not a field name").arg(field));
    const bool existed = info->fields.contains(field);
    const QString oldText = existed ? encodeValue(info->fields.value(field)) : QString();
    const QString newText = encodeValue(merged.value);
    const bool changed = !existed || oldText != newText;
    info->fields.insert(field, merged.value);
    info->fieldRevs.insert(field,
                           encodeFieldRevision(merged.revision, merged.modified, merged.context));
    info->dirty = true;
    learn(info->rootId, merged.revision, merged.context);
    if (changed) {
        info->reindex = true;
        if (auto s = audit(QStringLiteral("set"), recordId, *info, field, oldText, newText); !s)
            return s;
    }
    return changed;
}

Status WriteTransaction::setMergedDeletion(const QString& recordId, const FieldValue& merged) {
    RecordInfo* info = mutableRecord(recordId);
    if (!info)
        return Status::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
    info->fieldRevs.insert(kDeletionRevision,
                           encodeFieldRevision(merged.revision, merged.modified, merged.context));
    info->dirty = true;
    learn(info->rootId, merged.revision, merged.context);
    const bool deleted = merged.value.toBool();
    if (info->deleted == deleted)
        return {};
    info->deleted = deleted;
    info->reindex = true;
    return audit(deleted ? QStringLiteral("delete") : QStringLiteral("restore"), recordId, *info,
                 QString(), QString(), QString());
}

CausalContext WriteTransaction::knowledge(const QString& rootId) {
    if (auto it = m_knowledge.constFind(rootId); it != m_knowledge.cend())
        return *it;
    CausalContext known;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT device, counter FROM knowledge WHERE root_id = ?"));
    q.addBindValue(rootId);
    if (q.exec()) {
        while (q.next())
            known.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    m_knowledge.insert(rootId, known);
    return known;
}

CausalContext WriteTransaction::localContext(const QString& rootId) {
    CausalContext context = knowledge(rootId);
    context.remove(m_device);
    return context;
}

void WriteTransaction::learn(const QString& rootId, const Revision& revision,
                             const CausalContext& context) {
    knowledge(rootId);
    CausalContext& known = m_knowledge[rootId];
    auto raise = [&](const QString& device, qint64 counter) {
        if (device.isEmpty() || counter <= 0)
            return;
        auto it = known.find(device);
        if (it == known.end())
            known.insert(device, counter);
        else if (*it < counter)
            *it = counter;
        else
            return;
        m_knowledgeDirty.insert(rootId);
    };
    raise(revision.device, revision.counter);
    for (auto it = context.cbegin(); it != context.cend(); ++it)
        raise(it.key(), it.value());
}

Status WriteTransaction::flushKnowledge() {
    if (m_knowledgeDirty.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO knowledge(root_id, device, counter) VALUES (?, ?, ?) "
                             "ON CONFLICT(root_id, device) DO UPDATE SET counter = "
                             "max(counter, excluded.counter)"));
    for (const QString& rootId : std::as_const(m_knowledgeDirty)) {
        const CausalContext& known = m_knowledge[rootId];
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            q.addBindValue(rootId);
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec())
                return sqlFailure(q);
        }
    }
    m_knowledgeDirty.clear();
    return {};
}

Status WriteTransaction::auditNote(const QString& action, const QString& subjectId,
                                   const QString& subjectKind, const QString& payload) {
    AuditEntry e = entry(action, subjectId, subjectKind);
    e.newValue = payload;
    return m_audit.append(e);
}

Status WriteTransaction::auditRefusal(const QString& action, const QString& recordId,
                                      const QString& reason) {
    const RecordInfo* info = record(recordId);
    if (!info)
        return Status::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
    return audit(action, recordId, *info, QString(), QString(),
                 encodeValue(QJsonObject{{QStringLiteral("refused"), reason}}));
}

Status WriteTransaction::auditBulkCreate(const QString& postmortemId, const QByteArray& payload) {
    const RecordInfo* info = record(postmortemId);
    if (!info)
        return Status::failure(QStringLiteral("the record %1 does not exist").arg(postmortemId));
    // As audit() would write it, but the payload stays UTF-8 from the writer to SQLite.
    AuditEntry e = entry(QStringLiteral("create-many"), postmortemId, info->kind);
    m_touchedRoots.insert(info->rootId);
    return m_audit.append(e, payload);
}

Status WriteTransaction::setDeleted(const QString& recordId, bool deleted) {
    RecordInfo* info = mutableRecord(recordId);
    if (!info)
        return Status::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
    if (info->deleted == deleted)
        return {};
    // A deletion knows every write this database had seen: a write it did not know of is a
    // concurrent edit, which a merge keeps as a conflict instead of losing it.
    const Revision revision = localRevision();
    const CausalContext context = localContext(info->rootId);
    info->fieldRevs.insert(kDeletionRevision, encodeFieldRevision(revision, m_now, context));
    learn(info->rootId, revision, context);
    if (revision > info->revision)
        info->revision = revision;
    info->deleted = deleted;
    info->dirty = true;
    info->reindex = true;
    return audit(deleted ? QStringLiteral("delete") : QStringLiteral("restore"), recordId, *info,
                 QString(), QString(), QString());
}

void WriteTransaction::touch(const QString& recordId, const Revision& revision,
                             const QDateTime& modified) {
    RecordInfo* info = mutableRecord(recordId);
    if (!info)
        return;
    if (revision > info->revision) {
        info->revision = revision;
        info->dirty = true;
    }
    if (modified > info->modified) {
        info->modified = modified;
        info->dirty = true;
    }
}

Status WriteTransaction::flushRecords() {
    QSqlQuery q(m_db);
    bool prepared = false;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (!it->dirty)
            continue;
        if (!prepared) {
            q.prepare(QStringLiteral("UPDATE records SET modified_utc = ?, rev_counter = ?, "
                                     "rev_device = ?, deleted = ?, fields = ?, field_revs = ? "
                                     "WHERE id = ?"));
            prepared = true;
        }
        q.addBindValue(canonicalTime(it->modified));
        q.addBindValue(it->revision.counter);
        q.addBindValue(it->revision.device);
        q.addBindValue(it->deleted ? 1 : 0);
        q.addBindValue(encodeValue(it->fields));
        q.addBindValue(encodeValue(it->fieldRevs));
        q.addBindValue(it.key());
        if (!q.exec())
            return sqlFailure(q);
        it->dirty = false;
    }
    return {};
}

Status WriteTransaction::flushSearchIndex() {
    // Index rows carry their postmortem's rowid, looked up once per postmortem (a merge
    // touches thousands of records of a few postmortems).
    QHash<QString, qint64> postmortemRowids;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (!it->reindex)
            continue;
        const bool isPostmortem = it->parentId.isEmpty();
        // A postmortem in the trash stays searchable (the trash has a search box too);
        // a deleted child record does not.
        const bool remove = it->deleted && !isPostmortem;
        auto root = postmortemRowids.constFind(it->rootId);
        if (root == postmortemRowids.cend()) {
            const Result<qint64> found = it.key() == it->rootId
                                             ? Result<qint64>(it->rowid)
                                             : SearchIndex::postmortemRowid(m_db, it->rootId);
            if (!found)
                return Status::failure(found.error());
            root = postmortemRowids.insert(it->rootId, found.value());
        }
        if (auto s = SearchIndex::update(m_db, it->rowid, *root, it.key(), it->rootId,
                                         SearchIndex::textOf(it->fields, isPostmortem),
                                         it->inserted, remove);
            !s)
            return s;
        it->reindex = false;
    }
    return {};
}

void WriteTransaction::rollback() {
    m_insertRecord.finish();
    m_selectRecord.finish();
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
        m_open = false;
    }
    m_records.clear();
    m_touchedRoots.clear();
    m_knowledge.clear();
    m_knowledgeDirty.clear();
}

Status WriteTransaction::commit() {
    if (!m_open)
        return Status::failure(QStringLiteral("the transaction is not open"));
    if (auto s = flushRecords(); !s)
        return s;
    if (auto s = flushSearchIndex(); !s)
        return s;
    if (auto s = flushKnowledge(); !s)
        return s;
    QSqlQuery q(m_db);
    if (m_clock != m_clockAtStart) {
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'lamport'"));
        q.addBindValue(QString::number(m_clock));
        if (!q.exec())
            return sqlFailure(q);
    }
    m_insertRecord.finish();
    m_selectRecord.finish();
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlFailure(q); // the destructor rolls back
    m_open = false;
    return {};
}

} // namespace causeway
