#include "metrics/RecurrenceEditing.h"

#include "editing/PostmortemDocument.h"
#include "review/ReviewRecords.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace causeway::RecurrenceEditing {

QStringList recurrenceOf(const PostmortemDocument& doc) {
    return doc.postmortem().root.list(ReviewRootField::RecurrenceOf);
}

bool confirmRecurrence(PostmortemDocument& doc, const QString& earlierId) {
    QStringList ids = recurrenceOf(doc);
    if (doc.isReadOnly() || earlierId.isEmpty() || earlierId == doc.id() || ids.contains(earlierId))
        return false;
    ids.append(earlierId);
    // editFields, not editField: typing merges consecutive editField commands on one field,
    // and two confirmations must stay two undo steps.
    doc.editFields({{doc.id(), ReviewRootField::RecurrenceOf, QJsonArray::fromStringList(ids)}},
                   QCoreApplication::translate("RecurrenceEditing", "Confirm recurrence"));
    return true;
}

bool unlinkRecurrence(PostmortemDocument& doc, const QString& earlierId) {
    QStringList ids = recurrenceOf(doc);
    if (doc.isReadOnly() || !ids.contains(earlierId))
        return false;
    ids.removeAll(earlierId);
    doc.editFields({{doc.id(), ReviewRootField::RecurrenceOf, QJsonArray::fromStringList(ids)}},
                   QCoreApplication::translate("RecurrenceEditing", "Unlink recurrence"));
    return true;
}

} // namespace causeway::RecurrenceEditing
