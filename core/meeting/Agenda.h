#pragma once

#include "meeting/AgendaItem.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QList>

#include <optional>

namespace causeway::Agenda {

// A timebox outside 1..kMaxMinutes is refused: a meeting item longer than four hours is a
// typing mistake, not a plan.
inline constexpr int kMaxMinutes = 240;

// The agenda of a blameless review when neither the template nor the user gave one:
// opening and ground rules (with the blameless statement to read aloud), the timeline
// walk-through, contributing factors and 5 whys, actions, wrap-up.
QList<AgendaItem> defaults();

// The blameless statement read at the opening.
QString blamelessStatement();

// [{"title": "...", "minutes": 10, "script": "...", "view": "timeline"}, ...]; "script" and
// "view" (agenda, timeline, fishbone, actions; default agenda) may be left out. A failure
// names the JSON path (path is the prefix, such as "$.agenda") and the problem.
Result<QList<AgendaItem>> fromJson(const QJsonValue& value, const QString& path);
QJsonArray toJson(const QList<AgendaItem>& items);

// "agenda", "timeline", "fishbone", "actions": the names in the JSON.
QString viewName(PresenterView view);
// nullopt for a name that is none of those.
std::optional<PresenterView> viewFromName(const QString& name);

int totalMinutes(const QList<AgendaItem>& items);

} // namespace causeway::Agenda
