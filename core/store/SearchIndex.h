#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace causeway::SearchIndex {

// Rewrites the FTS5 row of one postmortem from its current fields and children; called by
// the store inside the transaction that changed them, so the index never lags an edit.
Status refresh(QSqlDatabase& db, const QString& postmortemId);

// Turns what a user types into an FTS5 query: every word must match, as a prefix, and
// FTS5 operators in the input are taken literally. Empty when there is nothing to find.
QString toMatchExpression(const QString& userQuery);

} // namespace causeway::SearchIndex
