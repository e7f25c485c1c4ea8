#include "store/AuditLog.h"

#include "model/CanonicalJson.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway::AuditLog {

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
    // The canonical JSON of the entry without its hash, written out key by key in sorted
    // order: the same bytes as canonicalJson() of the object, without building one, since
    // an import entry carries every imported record.
    const auto field = [](QByteArray& out, const char* key, const QString& value) {
        out.append(key);
        appendCanonicalString(out, value);
    };
    QByteArray out;
    out.reserve(512 + e.newValue.size() * 5 / 4 + e.oldValue.size());
    field(out, "{\"action\":", e.action);
    field(out, ",\"actor\":", e.actor);
    out.append(",\"at\":");
    appendCanonicalString(out, canonicalTime(e.at));
    field(out, ",\"context\":", e.context);
    field(out, ",\"device\":", e.device);
    field(out, ",\"field\":", e.field);
    field(out, ",\"kind\":", e.recordKind);
    field(out, ",\"new\":", e.newValue);
    field(out, ",\"old\":", e.oldValue);
    field(out, ",\"osUser\":", e.osUser);
    out.append(",\"prev\":");
    appendCanonicalUtf8String(out, e.prevHash);
    field(out, ",\"record\":", e.recordId);
    out.append(",\"seq\":");
    out.append(QByteArray::number(e.seq));
    out.append('}');
    return QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex();
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

} // namespace causeway::AuditLog
