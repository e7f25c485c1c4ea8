#pragma once

#include "timeline/import/ImportTypes.h"

#include <QHash>
#include <QStringList>

namespace causeway::timeline {

// A Slack workspace export, read offline: the export zip, its unpacked folder (users.json,
// channels.json, <channel>/<YYYY-MM-DD>.json), one channel folder, or a single day file.
// users.json of the export (the parent of a channel folder) names the people. An export of
// several channels needs options.slackChannel; slackChannels() lists them for the UI.
//
// Each message becomes a "communication" event from "chat": actor = the user's display name
// (profile.display_name, then real_name, then name; bots by bot_profile.name or username),
// time = "ts" (epoch seconds with a fraction). Thread replies start with "↳ ", edited messages
// end with " (edited)", mentions (<@U123>, <#C1|ops>, <!here>, links) become readable text, and
// joins/leaves are skipped. ImportedEvent::line is the message's 1-based index in the channel.
ImportResult importSlack(const QString& path, const ImportOptions& options);
QStringList slackChannels(const QString& path);

// One day file (a JSON array of messages); the fuzz target's entry point.
ImportResult importSlackDay(const QByteArray& json, const ImportOptions& options,
                            const QHash<QString, QString>& users = {});
// users.json: user id -> display name.
QHash<QString, QString> parseSlackUsers(const QByteArray& json);

} // namespace causeway::timeline
