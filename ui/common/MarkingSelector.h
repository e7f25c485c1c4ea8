#pragma once

#include <QStringList>
#include <QToolButton>

class QActionGroup;

namespace causeway {

// The confidentiality markings an item can carry, in menu order: "" (not marked) first, then
// Vocabulary::confidentiality() from the most open to the most closed.
QStringList markingLevels();
// "Not marked" for an empty level, else the vocabulary's display name.
QString markingName(const QString& level);
// What a list shows for an item: nothing while not marked, so long lists stay quiet.
QString markingBadge(const QString& level);
// What the profiles leave out, for tooltips next to every marking control.
QString markingExplanation();

// Picks the confidentiality marking of one item (an event, a cause, an action, a participant,
// a field of the report): a flat button that names the marking and opens a menu of the
// levels. setLevel() shows a stored value without emitting anything; a choice made by the
// user emits levelChosen(), which the host turns into one undo command.
class MarkingSelector : public QToolButton {
    Q_OBJECT
public:
    // subject names what is marked ("this event", "Impact"), for the accessible name.
    explicit MarkingSelector(const QString& subject, QWidget* parent = nullptr);

    QString level() const { return m_level; }
    void setLevel(const QString& level);
    // The menu's action for a level (tests and keyboard users trigger it).
    QAction* actionFor(const QString& level) const;

Q_SIGNALS:
    // The user chose a level; empty: remove the marking.
    void levelChosen(const QString& level);

private:
    void showLevel();

    QString m_level;
    QString m_subject;
    QActionGroup* m_group;
};

} // namespace causeway
