#pragma once

#include "model/Record.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace causeway {

// One item of the review checklist, computed from the postmortem; never ticked by hand, so
// an approver sees what is really missing.
struct ChecklistItem {
    enum class State { Pass, Fail, NotChecked };
    QString key;   // stable: stored in a review step's failed_checks
    QString title; // translated
    State state = State::NotChecked;
    QString detail; // what fails, or what was checked; translated
};

namespace ChecklistKey {
inline const QString Impact = QStringLiteral("impact_complete");
inline const QString Phases = QStringLiteral("timeline_phases");
inline const QString CauseActions = QStringLiteral("causes_have_actions");
inline const QString ActionOwners = QStringLiteral("actions_owned_and_dated");
inline const QString OpenQuestions = QStringLiteral("no_open_questions");
inline const QString Language = QStringLiteral("blameless_language");
} // namespace ChecklistKey

// The blameless-language review is computed by the language coach (issue #8), which
// registers itself here. The provider returns the item's state and detail; key and title
// are filled in by the checklist.
using LanguageReviewProvider = std::function<ChecklistItem(const Postmortem&)>;
void setLanguageReviewProvider(LanguageReviewProvider provider); // empty: unregister
bool hasLanguageReviewProvider();

// Every item, in the order the review pane lists them.
QList<ChecklistItem> computeChecklist(const Postmortem& pm);
// Keys of the failing items (not-checked items do not fail).
QStringList failingChecks(const QList<ChecklistItem>& items);
// The title of an item by key ("Impact complete"); the key itself when unknown.
QString checklistTitle(const QString& key);
// "pass", "fail", "not checked" (machine form, for the CLI's JSON and text).
QString checklistStateKey(ChecklistItem::State state);

} // namespace causeway
