#pragma once

#include <QString>

namespace causeway {

// What the presenter screen shows under an agenda item: the agenda itself, the timeline,
// the fishbone of contributing factors, or the actions.
enum class PresenterView { Agenda, Timeline, Fishbone, Actions };

// One item of a review meeting's agenda: what the group does, for how long, and text the
// facilitator reads aloud (the blameless statement at the opening).
struct AgendaItem {
    QString title;
    int minutes = 5; // the timebox
    QString script;  // optional
    // The view the presenter switches to when the meeting reaches this item.
    PresenterView view = PresenterView::Agenda;

    bool operator==(const AgendaItem& other) const {
        return title == other.title && minutes == other.minutes && script == other.script &&
               view == other.view;
    }
    bool operator!=(const AgendaItem& other) const { return !(*this == other); }
};

} // namespace causeway
