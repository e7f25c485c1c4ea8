#pragma once

#include <QString>
#include <QStringList>

namespace causeway {

class PostmortemDocument;

// Confirming that an incident is a recurrence of an earlier one edits the postmortem's
// recurrence_of field (ReviewRootField::RecurrenceOf): one undo command each, nothing on a
// read-only document.
namespace RecurrenceEditing {

QStringList recurrenceOf(const PostmortemDocument& doc);
// Adds earlierId; false when it is already there, is the postmortem itself, or the document
// is read-only.
bool confirmRecurrence(PostmortemDocument& doc, const QString& earlierId);
// Removes earlierId; false when it was not there or the document is read-only.
bool unlinkRecurrence(PostmortemDocument& doc, const QString& earlierId);

} // namespace RecurrenceEditing

} // namespace causeway
