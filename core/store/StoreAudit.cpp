#include "store/Store.h"

#include "store/StorePrivate.h"

#include <QSqlQuery>

namespace causeway {

Result<QList<AuditEntry>> Store::auditTrail(const QString& postmortemId) const {
    using R = Result<QList<AuditEntry>>;
    // Records are never removed (deletion is a tombstone), so the postmortem and every
    // record that ever hung on it are found through the records table.
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
              QStringLiteral(" FROM audit WHERE record_id = :pm OR record_id IN "
                             "(SELECT id FROM records WHERE parent_id = :pm) ORDER BY seq"));
    q.bindValue(QStringLiteral(":pm"), postmortemId);
    if (!q.exec())
        return R::failure(QStringLiteral("the audit trail cannot be read"));
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append(AuditLog::read(q));
    }
    return entries;
}

} // namespace causeway
