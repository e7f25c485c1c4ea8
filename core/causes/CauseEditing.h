#pragma once

#include <QString>
#include <QStringList>

namespace causeway {

class PostmortemDocument;

// The edits of the root-cause view, shared by the 5-whys tree, the fishbone and the
// contributing-factors panel so that all three make the same changes. Each is one undo
// command on the document's stack (and one store transaction); all do nothing on a
// read-only document.
namespace CauseEditing {

// A new cause answering parent ("" for the problem statement) at index among its siblings
// (-1: last). Returns its id.
QString addCause(PostmortemDocument& doc, const QString& parent, int index,
                 const QString& statement, bool onFishbone = false,
                 const QString& category = QString());
// Re-parents a cause (and so everything under it). Refused (false) when newParent is the
// cause itself or under it, or when nothing would change.
bool moveCause(PostmortemDocument& doc, const QString& id, const QString& newParent, int index);
// Puts a cause on the fishbone under category. Its sub-causes on the fishbone (those that
// hang on it: same category, same branch) move with it.
void setCauseCategory(PostmortemDocument& doc, const QString& id, const QString& category);
// Deletes causes with everything under them.
void removeCauses(PostmortemDocument& doc, const QStringList& ids);
void setEvidence(PostmortemDocument& doc, const QString& id, const QStringList& evidence);

// Categories of the postmortem; current is what causeCategories() returns now. A category
// still used by causes cannot be removed: the message says why (empty on success).
void setProblemStatement(PostmortemDocument& doc, const QString& text);
QString addCategory(PostmortemDocument& doc, const QStringList& current, const QString& name);
QString renameCategory(PostmortemDocument& doc, const QStringList& current, const QString& from,
                       const QString& to);
QString removeCategory(PostmortemDocument& doc, const QStringList& current, const QString& name);
// Moves a category by delta places along the spine (-1: one earlier).
void moveCategory(PostmortemDocument& doc, const QStringList& current, const QString& name,
                  int delta);

} // namespace CauseEditing

} // namespace causeway
