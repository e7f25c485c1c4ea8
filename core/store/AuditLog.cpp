#include "store/AuditLog.h"

#include "model/CanonicalJson.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway::AuditLog {

QByteArray genesisHash() {
    return QByteArray(64, '0');
}

QByteArray computeHash(const AuditEntry& e) {
    const QJsonObject o{
        {QStringLiteral("seq"), static_cast<double>(e.seq)},
        {QStringLiteral("at"), canonicalTime(e.at)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("osUser"), e.osUser},
        {QStringLiteral("device"), e.device},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("context"), e.context},
        {QStringLiteral("record"), e.recordId},
        {QStringLiteral("kind"), e.recordKind},
        {QStringLiteral("field"), e.field},
        {QStringLiteral("old"), e.oldValue},
        {QStringLiteral("new"), e.newValue},
        {QStringLiteral("prev"), QString::fromLatin1(e.prevHash)},
    };
    return QCryptographicHash::hash(canonicalJson(o), QCryptographicHash::Sha256).toHex();
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
