#include "store/AuditLog.h"

#include "model/CanonicalJson.h"
#include "signing/Sha256.h"
#include "store/Database.h"
#include "store/SqliteHandle.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace causeway::AuditLog {

namespace {

// The C API's error in the words Database::describeError gives a QSqlQuery's (a full disk
// is named as such).
Status sqliteFailure(sqlite3* db) {
    return Status::failure(Database::describeError(
        QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                  QString::number(sqlite3_extended_errcode(db)))));
}

} // namespace

QString columns() {
    return QStringLiteral("seq, at_utc, actor, os_user, device, action, context, record_id, "
                          "record_kind, field, old_value, new_value, prev_hash, hash");
}

AuditEntry read(const QSqlQuery& q) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = parseCanonicalTime(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.osUser = q.value(3).toString();
    e.device = q.value(4).toString();
    e.action = q.value(5).toString();
    e.context = q.value(6).toString();
    e.recordId = q.value(7).toString();
    e.recordKind = q.value(8).toString();
    e.field = q.value(9).toString();
    e.oldValue = q.value(10).toString();
    e.newValue = q.value(11).toString();
    e.prevHash = q.value(12).toString().toLatin1();
    e.hash = q.value(13).toString().toLatin1();
    return e;
}

QByteArray genesisHash() {
    return QByteArray(64, '0');
}

QByteArray computeHash(const AuditEntry& e) {
    return computeHash(e, e.newValue.toUtf8());
}

QByteArray computeHash(const AuditEntry& e, QByteArrayView newValueUtf8) {
    // The canonical JSON of the entry without its hash, written out key by key in sorted
    // order: the same bytes as canonicalJson() of the object, without building one, since
    // an import entry carries every imported record. The new value is escaped and hashed a
    // slice at a time (escaping works byte by byte, so any cut is safe) rather than copied
    // whole into one more buffer of its size.
    const auto field = [](QByteArray& out, const char* key, const QString& value) {
        out.append(key);
        appendCanonicalString(out, value);
    };
    // Sha256 rather than QCryptographicHash (the same digest, a fraction of the time), which
    // counts when the entry is an import of a hundred thousand events.
    Sha256 hash;
    const auto add = [&hash](QByteArrayView bytes) {
        hash.update(bytes);
    };
    QByteArray out;
    out.reserve(512 + e.oldValue.size());
    field(out, "{\"action\":", e.action);
    field(out, ",\"actor\":", e.actor);
    out.append(",\"at\":");
    appendCanonicalString(out, canonicalTime(e.at));
    field(out, ",\"context\":", e.context);
    field(out, ",\"device\":", e.device);
    field(out, ",\"field\":", e.field);
    field(out, ",\"kind\":", e.recordKind);
    out.append(",\"new\":\"");
    add(out);
    constexpr qsizetype slice = 64 * 1024; // stays in the cache between escaping and hashing
    QByteArray escaped;
    for (qsizetype at = 0; at < newValueUtf8.size(); at += slice) {
        escaped.resize(0); // keeps the capacity, unlike clear()
        appendCanonicalUtf8String(
            escaped, newValueUtf8.sliced(at).first(std::min(slice, newValueUtf8.size() - at)));
        // Without the quotes appendCanonicalUtf8String puts around each slice.
        add(QByteArrayView(escaped).sliced(1, escaped.size() - 2));
    }
    out.clear();
    out.append('"');
    field(out, ",\"old\":", e.oldValue);
    field(out, ",\"osUser\":", e.osUser);
    out.append(",\"prev\":");
    appendCanonicalUtf8String(out, e.prevHash);
    field(out, ",\"record\":", e.recordId);
    out.append(",\"seq\":");
    out.append(QByteArray::number(e.seq));
    out.append('}');
    add(out);
    return hash.digest().toHex();
}

Status Writer::loadTail() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")))
        return Status::failure(Database::describeError(q.lastError()));
    if (q.next()) {
        m_lastSeq = q.value(0).toLongLong();
        m_lastHash = q.value(1).toString().toLatin1();
    } else {
        m_lastSeq = 0;
        m_lastHash = genesisHash();
    }
    m_loaded = true;
    return {};
}

Status Writer::append(AuditEntry& e) {
    if (!m_loaded) {
        if (auto s = loadTail(); !s)
            return s;
    }
    e.seq = m_lastSeq + 1;
    e.prevHash = m_lastHash;
    e.hash = computeHash(e);
    QSqlQuery& q = m_insert;
    if (q.lastQuery().isEmpty())
        q.prepare(QStringLiteral(
            "INSERT INTO audit(seq, at_utc, actor, os_user, device, action, context, record_id, "
            "record_kind, field, old_value, new_value, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(canonicalTime(e.at));
    q.addBindValue(e.actor);
    q.addBindValue(e.osUser);
    q.addBindValue(e.device);
    q.addBindValue(e.action);
    q.addBindValue(e.context);
    q.addBindValue(e.recordId);
    q.addBindValue(e.recordKind);
    q.addBindValue(e.field.isEmpty() ? QVariant() : QVariant(e.field));
    q.addBindValue(e.oldValue.isEmpty() ? QVariant() : QVariant(e.oldValue));
    q.addBindValue(e.newValue.isEmpty() ? QVariant() : QVariant(e.newValue));
    q.addBindValue(QString::fromLatin1(e.prevHash));
    q.addBindValue(QString::fromLatin1(e.hash));
    if (!q.exec())
        return Status::failure(Database::describeError(q.lastError()));
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    return {};
}

Status Writer::append(AuditEntry& e, const QByteArray& newValueUtf8) {
    sqlite3* db = sqliteHandle(m_db);
    if (!db)
        return Status::failure(QStringLiteral("the database connection is not SQLite"));
    if (!m_loaded) {
        if (auto s = loadTail(); !s)
            return s;
    }
    e.seq = m_lastSeq + 1;
    e.prevHash = m_lastHash;
    e.newValue.clear();
    e.hash = computeHash(e, newValueUtf8);
    sqlite3_stmt* raw = nullptr;
    const int prepared = sqlite3_prepare_v2(
        db,
        "INSERT INTO audit(seq, at_utc, actor, os_user, device, action, context, record_id, "
        "record_kind, field, old_value, new_value, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> q(raw, sqlite3_finalize);
    if (prepared != SQLITE_OK)
        return sqliteFailure(db);
    // Every text as UTF-8, copied by SQLite (SQLITE_TRANSIENT) except the large value,
    // which lives until the step below; empty optional columns are NULL as in append().
    const auto bind = [&q](int index, const QString& text, bool nullWhenEmpty = false) {
        if (nullWhenEmpty && text.isEmpty())
            return sqlite3_bind_null(q.get(), index);
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text(q.get(), index, utf8.constData(), static_cast<int>(utf8.size()),
                                 SQLITE_TRANSIENT);
    };
    sqlite3_bind_int64(q.get(), 1, e.seq);
    bind(2, canonicalTime(e.at));
    bind(3, e.actor);
    bind(4, e.osUser);
    bind(5, e.device);
    bind(6, e.action);
    bind(7, e.context);
    bind(8, e.recordId);
    bind(9, e.recordKind);
    bind(10, e.field, true);
    bind(11, e.oldValue, true);
    if (newValueUtf8.isEmpty())
        sqlite3_bind_null(q.get(), 12);
    else
        sqlite3_bind_text64(q.get(), 12, newValueUtf8.constData(),
                            static_cast<sqlite3_uint64>(newValueUtf8.size()), SQLITE_STATIC,
                            SQLITE_UTF8);
    bind(13, QString::fromLatin1(e.prevHash));
    bind(14, QString::fromLatin1(e.hash));
    if (sqlite3_step(q.get()) != SQLITE_DONE)
        return sqliteFailure(db);
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    return {};
}

} // namespace causeway::AuditLog
