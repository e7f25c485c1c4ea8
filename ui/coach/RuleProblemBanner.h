#pragma once

#include <QLabel>
#include <QStringList>

namespace causeway {

// A banner above the window's panes saying why the user's language rule files are ignored
// (which file, what is wrong), so a broken rule file does not go unnoticed while the
// built-in rules are used in its place. Dismissing it hides these problems for the rest of
// the session; a different problem (the file edited again) shows again.
class RuleProblemBanner : public QLabel {
    Q_OBJECT
public:
    explicit RuleProblemBanner(QWidget* parent = nullptr);

    // Reads the rule files' state again: an edited file shows its new state.
    void refresh();
    // The problems shown; empty while hidden.
    QStringList problems() const { return m_shown; }

private:
    void dismiss();

    QStringList m_shown;
    QStringList m_dismissed;
};

} // namespace causeway
