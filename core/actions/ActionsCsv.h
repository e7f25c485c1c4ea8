#pragma once

#include "actions/ActionsQuery.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

// Actions as RFC 4180 CSV for whatever tracker a team uses: a header row, CRLF line ends,
// fields with commas, quotes or line breaks quoted (quotes doubled), UTF-8 without a BOM.
// Columns: postmortem, postmortem_id, action_id, title, owner, due, priority, type, status
// (the display text, "Done, unverified" included), overdue (yes/no), closed_on, ticket,
// verification, causes (statements joined by "; ").
QStringList actionsCsvHeader();
QByteArray actionsCsv(const QList<ActionRow>& rows);

// One CSV field, quoted when it needs to be.
QString csvField(const QString& text);

// "test on 2026-03-01 by Ana: load test passed", or empty when not verified.
QString verificationText(const Action& action);

} // namespace causeway
