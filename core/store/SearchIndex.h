#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace causeway::SearchIndex {

// The searchable text of one record: the postmortem's title weighs more than the body.
struct Text {
    QString title;
    QString body;
};
Text textOf(const QJsonObject& fields, bool isPostmortem);

// An index row's rowid: its postmortem's rowid in records in the high 32 bits, the record's
// own in the low ones. A search then finds postmortems from the matching rowids alone, without
// reading each matching row (a common word matches most of a database's records).
// Fails beyond 2^31 postmortems or 2^32 records.
Result<qint64> rowidOf(qint64 postmortemRowid, qint64 recordRowid);
// The postmortem's rowid in records for an index rowid.
constexpr qint64 postmortemRowidOf(qint64 indexRowid) {
    return indexRowid >> 32;
}

// The postmortem's own rowid in records, for rowidOf.
Result<qint64> postmortemRowid(QSqlDatabase& db, const QString& postmortemId);

// Replaces the index row of one record (its rowid in records, its postmortem's rowid
// postmortemRowid); with remove only deletes it. Called by the store inside the transaction
// that changed the record, so the index never lags an edit, and only for the records that
// changed.
Status update(QSqlDatabase& db, qint64 rowid, qint64 postmortemRowid, const QString& recordId,
              const QString& postmortemId, const Text& text, bool isNew, bool remove);

// Rebuilds the whole index (after a schema upgrade).
Status rebuild(QSqlDatabase& db);

// Turns what a user types into an FTS5 query: every word must match, as a prefix, and
// FTS5 operators in the input are taken literally. Empty when there is nothing to find.
QString toMatchExpression(const QString& userQuery);

} // namespace causeway::SearchIndex
