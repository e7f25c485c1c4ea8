#include "timeline/import/SlackImporter.h"

#include "timeline/import/ImportSupport.h"
#include "timeline/import/TimeParsing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace causeway::timeline {

namespace {

// A day file or users.json larger than this is not a Slack export (or is a zip bomb).
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

QString textOf(const QJsonObject& object, const QString& key) {
    return object.value(key).toString().trimmed();
}

QString unescapeHtml(QString text) {
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Slack's markup <@U123>, <@U123|ann>, <#C123|ops>, <!here>, <https://x|label> as plain text.
QString readableText(const QString& text, const QHash<QString, QString>& users) {
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'>', open);
        if (close < 0) {
            out += QStringView(text).sliced(i);
            break;
        }
        out += QStringView(text).sliced(i, open - i);
        const QStringView inner = QStringView(text).sliced(open + 1, close - open - 1);
        const qsizetype bar = inner.indexOf(u'|');
        const QStringView target = bar < 0 ? inner : inner.left(bar);
        const QStringView label = bar < 0 ? QStringView() : inner.sliced(bar + 1);
        if (target.startsWith(u'@')) {
            const QString id = target.sliced(1).toString();
            const QString name = !label.isEmpty() ? label.toString() : users.value(id, id);
            out += name.startsWith(u'@') ? name : u'@' + name;
        } else if (target.startsWith(u'#')) {
            out += u'#' + (label.isEmpty() ? target.sliced(1) : label);
        } else if (target.startsWith(u'!')) {
            // <!here>, <!channel>, <!subteam^S123|@oncall>
            if (label.isEmpty())
                out += u'@' + target.sliced(1);
            else
                out += label;
        } else {
            out += label.isEmpty() ? target : label;
        }
        i = close + 1;
    }
    return unescapeHtml(out);
}

// users.json entries keep the display name in "profile"; a message's "user_profile" is the
// profile itself.
QString userName(const QJsonObject& user) {
    const QJsonObject profile = user.value(QStringLiteral("profile")).toObject();
    for (const QString& name :
         {textOf(profile, QStringLiteral("display_name")),
          textOf(user, QStringLiteral("display_name")), textOf(user, QStringLiteral("real_name")),
          textOf(profile, QStringLiteral("real_name")), textOf(user, QStringLiteral("name"))}) {
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QString actorOf(const QJsonObject& message, const QHash<QString, QString>& users) {
    const QString id = textOf(message, QStringLiteral("user"));
    if (const QString known = users.value(id); !known.isEmpty())
        return known;
    if (const QString embedded = userName(message.value(QStringLiteral("user_profile")).toObject());
        !embedded.isEmpty())
        return embedded;
    const QString bot =
        textOf(message.value(QStringLiteral("bot_profile")).toObject(), QStringLiteral("name"));
    if (!bot.isEmpty())
        return bot;
    if (const QString username = textOf(message, QStringLiteral("username")); !username.isEmpty())
        return username;
    return id;
}

// Text of a message, or of what it carries when it has none (an alert attachment, a file).
QString messageText(const QJsonObject& message, const QHash<QString, QString>& users) {
    QString text = readableText(textOf(message, QStringLiteral("text")), users).trimmed();
    if (!text.isEmpty())
        return text;
    const QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue& a : attachments) {
        const QJsonObject attachment = a.toObject();
        for (const QString& key :
             {QStringLiteral("fallback"), QStringLiteral("title"), QStringLiteral("text")}) {
            text = readableText(textOf(attachment, key), users).trimmed();
            if (!text.isEmpty())
                return text;
        }
    }
    QStringList files;
    const QJsonArray fileArray = message.value(QStringLiteral("files")).toArray();
    for (const QJsonValue& f : fileArray) {
        const QString name = textOf(f.toObject(), QStringLiteral("name"));
        if (!name.isEmpty())
            files.append(name);
    }
    return files.isEmpty() ? QString()
                           : QStringLiteral("[file] ") + files.join(QStringLiteral(", "));
}

bool isSkipped(const QString& subtype) {
    static const QStringList skipped{QStringLiteral("channel_join"),
                                     QStringLiteral("channel_leave"), QStringLiteral("group_join"),
                                     QStringLiteral("group_leave")};
    return skipped.contains(subtype);
}

// Reads one day file into result; index counts messages across the channel's days.
void importDay(const QByteArray& json, const QString& label, const QHash<QString, QString>& users,
               ImportResult& result, int& index, detail::Progress& progress, qsizetype position) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QString where = label.isEmpty() ? QString() : label + QStringLiteral(": ");
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        result.problems.append(
            ImportProblem{index, where + (error.error != QJsonParseError::NoError
                                              ? QStringLiteral("not JSON: %1 at offset %2")
                                                    .arg(error.errorString())
                                                    .arg(error.offset)
                                              : QStringLiteral("not an array of messages"))});
        return;
    }
    const QJsonArray messages = document.array();
    for (qsizetype m = 0; m < messages.size(); ++m) {
        if (!progress.step(position < 0 ? m : position)) {
            result.cancelled = true;
            return;
        }
        const int number = index++;
        const QString reasonPrefix = where + QStringLiteral("message %1: ").arg(m + 1);
        const QJsonObject message = messages.at(m).toObject();
        if (message.isEmpty()) {
            result.problems.append(
                ImportProblem{number, reasonPrefix + QStringLiteral("not a message object")});
            continue;
        }
        if (isSkipped(textOf(message, QStringLiteral("subtype"))))
            continue;
        const QString ts = textOf(message, QStringLiteral("ts"));
        const auto time = fromEpochSecondsText(ts);
        if (!time) {
            result.problems.append(ImportProblem{
                number,
                reasonPrefix + QStringLiteral("no readable \"ts\" (\"%1\")").arg(ts.left(40))});
            continue;
        }
        QString text = messageText(message, users);
        if (text.isEmpty()) {
            result.problems.append(ImportProblem{number, reasonPrefix + QStringLiteral("no text")});
            continue;
        }
        const QString thread = textOf(message, QStringLiteral("thread_ts"));
        if (!thread.isEmpty() && thread != ts)
            text = QStringLiteral("\u21B3 ") + text;
        if (message.contains(QStringLiteral("edited")))
            text += QStringLiteral(" (edited)");
        ImportedEvent event;
        event.time = *time;
        event.text = text;
        event.actor = actorOf(message, users);
        event.kind = QStringLiteral("communication");
        event.source = QStringLiteral("chat");
        event.line = number;
        result.events.append(event);
    }
}

bool isDayFile(const QString& name) {
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\.json$"));
    return day.match(name).hasMatch();
}

// The files of an export, by their path inside it ("users.json", "ops/2026-03-02.json").
struct ExportFiles {
    QStringList names;
    std::function<std::optional<QByteArray>(const QString&)> read;
    QString error;
};

std::optional<QByteArray> readCapped(QIODevice& device) {
    QByteArray bytes = device.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return std::nullopt;
    return bytes;
}

ExportFiles zipFiles(const QString& path) {
    ExportFiles files;
    auto zip = std::make_shared<QuaZip>(path);
    if (!zip->open(QuaZip::mdUnzip)) {
        files.error = QStringLiteral("not a readable zip file (error %1)").arg(zip->getZipError());
        return files;
    }
    const QStringList entries = zip->getFileNameList();
    // Some tools put the export in one top folder: names are taken relative to users.json's.
    QString prefix;
    for (const QString& name : entries) {
        if (name == u"users.json" || name.endsWith(QStringLiteral("/users.json"))) {
            prefix = name.left(name.size() - 10);
            break;
        }
    }
    for (const QString& name : entries) {
        if (name.startsWith(prefix) && !name.endsWith(u'/'))
            files.names.append(name.mid(prefix.size()));
    }
    files.read = [zip, prefix](const QString& name) -> std::optional<QByteArray> {
        if (!zip->setCurrentFile(prefix + name))
            return std::nullopt;
        QuaZipFile file(zip.get());
        if (!file.open(QIODevice::ReadOnly) || file.usize() > kMaxFileBytes)
            return std::nullopt;
        return readCapped(file);
    };
    return files;
}

std::optional<QByteArray> readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return std::nullopt;
    return readCapped(file);
}

ExportFiles folderFiles(const QString& path) {
    ExportFiles files;
    const QDir dir(path);
    QString root = path;
    const QStringList days = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const bool channelFolder = std::any_of(days.begin(), days.end(), isDayFile);
    if (channelFolder) {
        // A channel folder: its days, and the export's users.json one level up.
        root = QFileInfo(dir.absolutePath()).absolutePath();
        const QString channel = dir.dirName();
        for (const QString& day : days) {
            if (isDayFile(day))
                files.names.append(channel + u'/' + day);
        }
        if (QFileInfo::exists(root + QStringLiteral("/users.json")))
            files.names.append(QStringLiteral("users.json"));
    } else {
        for (const QString& name : days)
            files.names.append(name);
        const QStringList channels = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& channel : channels) {
            const QStringList channelDays =
                QDir(dir.filePath(channel)).entryList({QStringLiteral("*.json")}, QDir::Files);
            for (const QString& day : channelDays)
                files.names.append(channel + u'/' + day);
        }
    }
    files.read = [root](const QString& name) {
        return readFile(root + u'/' + name);
    };
    return files;
}

ExportFiles exportFiles(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return folderFiles(path);
    if (info.suffix().compare(QStringLiteral("zip"), Qt::CaseInsensitive) == 0)
        return zipFiles(path);
    ExportFiles files;
    if (!info.isFile()) {
        files.error = QStringLiteral("no such file or folder: %1").arg(path);
        return files;
    }
    // A single day file: its channel folder is the parent, users.json one level above.
    const QString channelDir = info.absolutePath();
    const QString root = QFileInfo(channelDir).absolutePath();
    const QString channel = QFileInfo(channelDir).fileName();
    files.names.append(channel + u'/' + info.fileName());
    if (QFileInfo::exists(root + QStringLiteral("/users.json")))
        files.names.append(QStringLiteral("users.json"));
    files.read = [root, channel, file = info.absoluteFilePath()](const QString& name) {
        return name == u"users.json" ? readFile(root + u'/' + name) : readFile(file);
    };
    return files;
}

// Day files by channel; for a single day file, any name counts as a day.
QMap<QString, QStringList> daysByChannel(const ExportFiles& files, bool anyName) {
    QMap<QString, QStringList> channels;
    for (const QString& name : files.names) {
        const qsizetype slash = name.lastIndexOf(u'/');
        if (slash <= 0 || (!anyName && !isDayFile(name.mid(slash + 1))))
            continue;
        channels[name.left(slash)].append(name);
    }
    for (QStringList& days : channels)
        days.sort();
    return channels;
}

} // namespace

QHash<QString, QString> parseSlackUsers(const QByteArray& json) {
    QHash<QString, QString> users;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject user = value.toObject();
        const QString id = textOf(user, QStringLiteral("id"));
        const QString name = userName(user);
        if (!id.isEmpty() && !name.isEmpty())
            users.insert(id, name);
    }
    return users;
}

ImportResult importSlackDay(const QByteArray& json, const ImportOptions& options,
                            const QHash<QString, QString>& users) {
    ImportResult result;
    detail::Progress progress(options, json.size() / 200 + 1);
    int index = 1;
    importDay(json, QString(), users, result, index, progress, -1);
    return result;
}

QStringList slackChannels(const QString& path) {
    const ExportFiles files = exportFiles(path);
    return daysByChannel(files, QFileInfo(path).isFile() &&
                                    !path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        .keys();
}

ImportResult importSlack(const QString& path, const ImportOptions& options) {
    ImportResult result;
    const ExportFiles files = exportFiles(path);
    if (!files.error.isEmpty()) {
        result.error = files.error;
        return result;
    }
    const bool singleFile =
        QFileInfo(path).isFile() && !path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    const QMap<QString, QStringList> channels = daysByChannel(files, singleFile);
    if (channels.isEmpty()) {
        result.error = QStringLiteral("not a Slack export: no <channel>/<YYYY-MM-DD>.json files");
        return result;
    }
    QString channel = options.slackChannel;
    if (channel.isEmpty() && channels.size() == 1)
        channel = channels.firstKey();
    if (!channels.contains(channel)) {
        const QString list = channels.keys().join(QStringLiteral(", "));
        result.error =
            channel.isEmpty()
                ? QStringLiteral("the export has several channels; choose one: %1").arg(list)
                : QStringLiteral("no channel \"%1\" in the export; it has: %2").arg(channel, list);
        return result;
    }
    QHash<QString, QString> users;
    if (files.names.contains(QStringLiteral("users.json"))) {
        if (const auto bytes = files.read(QStringLiteral("users.json")))
            users = parseSlackUsers(*bytes);
    }
    const QStringList days = channels.value(channel);
    detail::Progress progress(options, days.size());
    int index = 1;
    for (qsizetype d = 0; d < days.size(); ++d) {
        const QString label = days[d].mid(days[d].lastIndexOf(u'/') + 1);
        const auto bytes = files.read(days[d]);
        if (!bytes) {
            result.problems.append(ImportProblem{
                index, label + QStringLiteral(": unreadable or larger than 256 MiB")});
            continue;
        }
        importDay(*bytes, label, users, result, index, progress, d);
        if (result.cancelled)
            return result;
        // Each day counts as a step too, so small channels still report progress.
        if (options.progress && !options.progress(int((d + 1) * 100 / days.size()))) {
            result.cancelled = true;
            return result;
        }
    }
    return result;
}

} // namespace causeway::timeline
