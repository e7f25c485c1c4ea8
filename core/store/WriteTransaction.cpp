#include "store/WriteTransaction.h"

#include "model/CanonicalJson.h"
#include "model/Record.h"
#include "store/Database.h"
#include "store/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway {

QString encodeValue(const QJsonValue& value) {
    return QString::fromUtf8(canonicalJson(value));
}

QJsonValue decodeValue(const QString& text) {
    // Wrapped in an array so that scalars parse as well.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']');
    return doc.array().at(0);
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
    , m_audit(db) {}

WriteTransaction::~WriteTransaction() {
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

const WriteTransaction::RecordInfo* WriteTransaction::record(const QString& id) {
    if (auto it = m_records.constFind(id); it != m_records.constEnd())
        return &it.value();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, parent_id, root_id, created_utc, modified_utc, "
                             "rev_counter, rev_device, deleted FROM records WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return nullptr;
    RecordInfo info;
    info.kind = q.value(0).toString();
    info.parentId = q.value(1).toString();
    info.rootId = q.value(2).toString();
    info.created = parseCanonicalTime(q.value(3).toString());
    info.modified = parseCanonicalTime(q.value(4).toString());
    info.revision = Revision{q.value(5).toLongLong(), q.value(6).toString()};
    info.deleted = q.value(7).toBool();
    return &m_records.insert(id, info).value();
}

std::optional<Revision> WriteTransaction::fieldRevision(const QString& recordId,
                                                        const QString& field) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT rev_counter, rev_device FROM fields WHERE record_id = ? AND name = ?"));
    q.addBindValue(recordId);
    q.addBindValue(field);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Revision{q.value(0).toLongLong(), q.value(1).toString()};
}

Status WriteTransaction::audit(const QString& action, const QString& recordId,
                               const RecordInfo& info, const QString& field,
                               const QString& oldValue, const QString& newValue) {
    AuditEntry e;
    e.at = m_now;
    e.actor = m_actor.displayName;
    e.osUser = m_actor.osUser;
    e.device = m_device;
    e.action = action;
    e.context = m_context;
    e.recordId = recordId;
    e.recordKind = info.kind;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    m_touchedRoots.insert(info.rootId);
    return m_audit.append(e);
}

Status WriteTransaction::insertRecord(const Record& meta) {
    if (meta.id.isEmpty() || meta.kind.isEmpty())
        return Status::failure(QStringLiteral("a new record needs an id and a kind"));
    if (record(meta.id))
        return Status::failure(QStringLiteral("a record with id %1 already exists").arg(meta.id));
    RecordInfo info;
    info.kind = meta.kind;
    info.parentId = meta.parentId;
    info.rootId = meta.id;
    if (!meta.parentId.isEmpty()) {
        const RecordInfo* parent = record(meta.parentId);
        if (!parent)
            return Status::failure(
                QStringLiteral("the parent record %1 does not exist").arg(meta.parentId));
        info.rootId = parent->rootId;
    }
    info.created = meta.created.isValid() ? meta.created : m_now;
    info.modified = meta.modified.isValid() ? meta.modified : m_now;
    info.revision = meta.revision.isNull() ? localRevision() : meta.revision;
    info.deleted = false;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO records(id, kind, parent_id, root_id, created_utc, "
                             "modified_utc, rev_counter, rev_device, deleted) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(meta.id);
    q.addBindValue(info.kind);
    q.addBindValue(info.parentId.isEmpty() ? QVariant() : QVariant(info.parentId));
    q.addBindValue(info.rootId);
    q.addBindValue(canonicalTime(info.created));
    q.addBindValue(canonicalTime(info.modified));
    q.addBindValue(info.revision.counter);
    q.addBindValue(info.revision.device);
    if (!q.exec())
        return sqlFailure(q);
    m_records.insert(meta.id, info);
    QJsonObject created{{QStringLiteral("kind"), info.kind}};
    if (!info.parentId.isEmpty())
        created.insert(QStringLiteral("parent"), info.parentId);
    if (auto s = audit(QStringLiteral("create"), meta.id, info, QString(), QString(),
                       encodeValue(created));
        !s)
        return s;
    if (meta.deleted)
        return setDeleted(meta.id, true);
    return {};
}

Result<bool> WriteTransaction::setField(const QString& recordId, const QString& field,
                                        const QJsonValue& value, const Revision& revision,
                                        const QDateTime& modified) {
    const RecordInfo* info = record(recordId);
    if (!info)
        return Result<bool>::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
    if (field.isEmpty())
        return Result<bool>::failure(QStringLiteral("a field needs a name"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM fields WHERE record_id = ? AND name = ?"));
    q.addBindValue(recordId);
    q.addBindValue(field);
    if (!q.exec())
        return Status(sqlFailure(q));
    const bool existed = q.next();
    const QString oldText = existed ? q.value(0).toString() : QString();
    q.finish();
    const QString newText = encodeValue(value);
    const bool changed = !existed || oldText != newText;

    QSqlQuery w(m_db);
    w.prepare(QStringLiteral(
        "INSERT INTO fields(record_id, name, value, rev_counter, rev_device, modified_utc) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(record_id, name) DO UPDATE SET "
        "value = excluded.value, rev_counter = excluded.rev_counter, "
        "rev_device = excluded.rev_device, modified_utc = excluded.modified_utc"));
    w.addBindValue(recordId);
    w.addBindValue(field);
    w.addBindValue(newText);
    w.addBindValue(revision.counter);
    w.addBindValue(revision.device);
    w.addBindValue(canonicalTime(modified));
    if (!w.exec())
        return Status(sqlFailure(w));
    if (changed) {
        if (auto s = audit(QStringLiteral("set"), recordId, *info, field, oldText, newText); !s)
            return s;
    }
    return changed;
}

Status WriteTransaction::setDeleted(const QString& recordId, bool deleted) {
    auto it = m_records.find(recordId);
    if (it == m_records.end()) {
        if (!record(recordId))
            return Status::failure(QStringLiteral("the record %1 does not exist").arg(recordId));
        it = m_records.find(recordId);
    }
    if (it->deleted == deleted)
        return {};
    it->deleted = deleted;
    it->dirty = true;
    return audit(deleted ? QStringLiteral("delete") : QStringLiteral("restore"), recordId, *it,
                 QString(), QString(), QString());
}

void WriteTransaction::touch(const QString& recordId, const Revision& revision,
                             const QDateTime& modified) {
    if (!record(recordId))
        return;
    RecordInfo& info = m_records[recordId];
    if (revision > info.revision) {
        info.revision = revision;
        info.dirty = true;
    }
    if (modified > info.modified) {
        info.modified = modified;
        info.dirty = true;
    }
}

Status WriteTransaction::flushRecords() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE records SET modified_utc = ?, rev_counter = ?, "
                             "rev_device = ?, deleted = ? WHERE id = ?"));
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (!it->dirty)
            continue;
        q.addBindValue(canonicalTime(it->modified));
        q.addBindValue(it->revision.counter);
        q.addBindValue(it->revision.device);
        q.addBindValue(it->deleted ? 1 : 0);
        q.addBindValue(it.key());
        if (!q.exec())
            return sqlFailure(q);
        it->dirty = false;
    }
    return {};
}

Status WriteTransaction::commit() {
    if (!m_open)
        return Status::failure(QStringLiteral("the transaction is not open"));
    if (auto s = flushRecords(); !s)
        return s;
    for (const QString& root : std::as_const(m_touchedRoots)) {
        if (auto s = SearchIndex::refresh(m_db, root); !s)
            return s;
    }
    QSqlQuery q(m_db);
    if (m_clock != m_clockAtStart) {
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'lamport'"));
        q.addBindValue(QString::number(m_clock));
        if (!q.exec())
            return sqlFailure(q);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlFailure(q); // the destructor rolls back
    m_open = false;
    return {};
}

} // namespace causeway
