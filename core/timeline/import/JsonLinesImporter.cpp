#include "timeline/import/JsonLinesImporter.h"

#include "timeline/import/ImportSupport.h"
#include "timeline/import/TimeParsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace causeway::timeline {

namespace {

struct TimeResult {
    std::optional<QDateTime> time;
    QString reason;
};

TimeResult readTime(const QJsonObject& object, const ImportOptions& options) {
    for (const QString& key : {QStringLiteral("time"), QStringLiteral("timestamp"),
                               QStringLiteral("@timestamp"), QStringLiteral("ts")}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (value.isDouble()) {
            if (const auto time = fromEpochNumber(value.toDouble()))
                return {time, {}};
            return {std::nullopt, QStringLiteral("\"%1\" is not a plausible epoch time").arg(key)};
        }
        const QString text = value.toString();
        if (const auto epoch = fromEpochSecondsText(text)) {
            // A string of digits: seconds unless it is too long to be (ms, µs, ns).
            const QString digits = text.trimmed();
            if (!digits.contains(u'.') && digits.size() > 11)
                return {fromEpochNumber(digits.toDouble()), {}};
            return {epoch, {}};
        }
        const ParsedTime parsed = parseUserTimeDetailed(text, options.zone, options.reference);
        if (parsed.time)
            return {parsed.time, {}};
        return {std::nullopt,
                QStringLiteral("\"%1\": %2").arg(key, describeTimeError(parsed.error))};
    }
    const QJsonValue realtime = object.value(QStringLiteral("__REALTIME_TIMESTAMP"));
    if (!realtime.isUndefined()) {
        bool ok = false;
        const qint64 us = realtime.toString().toLongLong(&ok);
        if (ok) {
            if (const auto time = fromEpochMicros(us))
                return {time, {}};
        } else if (realtime.isDouble()) {
            if (const auto time = fromEpochNumber(realtime.toDouble()))
                return {time, {}};
        }
        return {std::nullopt, QStringLiteral("\"__REALTIME_TIMESTAMP\" is not microseconds")};
    }
    return {std::nullopt, QStringLiteral("no time field (time, timestamp, @timestamp, ts, "
                                         "__REALTIME_TIMESTAMP)")};
}

QString valueText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isArray()) { // journald stores messages that are not UTF-8 as byte arrays
        QByteArray bytes;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& b : array)
            bytes.append(char(b.toInt() & 0xff));
        return QString::fromUtf8(bytes);
    }
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

QString firstText(const QJsonObject& object, std::initializer_list<QString> keys) {
    for (const QString& key : keys) {
        const QString text = valueText(object.value(key)).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

ImportResult importJsonLines(const QByteArray& data, const ImportOptions& options) {
    ImportResult result;
    detail::ImportLines lines(data, options, result);
    QByteArrayView line;
    while (lines.next(line)) {
        const int number = lines.lineNumber();
        if (number == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            result.problems.append(
                detail::problem(number, parseError.error != QJsonParseError::NoError
                                            ? QStringLiteral("not JSON: %1 at offset %2")
                                                  .arg(parseError.errorString())
                                                  .arg(parseError.offset)
                                            : QStringLiteral("not a JSON object")));
            continue;
        }
        const QJsonObject object = document.object();
        const TimeResult time = readTime(object, options);
        if (!time.time) {
            result.problems.append(detail::problem(number, time.reason));
            continue;
        }
        QString text = firstText(object, {QStringLiteral("message"), QStringLiteral("msg"),
                                          QStringLiteral("MESSAGE"), QStringLiteral("log")});
        if (text.isEmpty()) {
            result.problems.append(
                detail::problem(number, QStringLiteral("no message (message, msg, MESSAGE, log)")));
            continue;
        }
        const QString program =
            firstText(object, {QStringLiteral("SYSLOG_IDENTIFIER"), QStringLiteral("service"),
                               QStringLiteral("logger"), QStringLiteral("app")});
        if (!program.isEmpty())
            text = program + QStringLiteral(": ") + text;

        ImportedEvent event;
        event.time = *time.time;
        event.text = text;
        event.kind = detail::kindForLevelName(
            firstText(object, {QStringLiteral("level"), QStringLiteral("severity"),
                               QStringLiteral("PRIORITY"), QStringLiteral("lvl")}));
        event.source = QStringLiteral("log");
        event.line = number;
        result.events.append(event);
    }
    return result;
}

} // namespace causeway::timeline
