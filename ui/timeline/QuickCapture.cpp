#include "timeline/QuickCapture.h"

#include "timeline/import/TimeParsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace causeway {

QuickCapture parseQuickCapture(const QString& line, const QTimeZone& zone,
                               const QDateTime& reference) {
    QuickCapture result;
    const QString text = line.trimmed();
    qsizetype consumed = 0;
    static const QRegularExpression relative(QStringLiteral("^[+-]\\d+[smhd](?=\\s|$)"));
    if (const QRegularExpressionMatch m = relative.match(text); m.hasMatch()) {
        consumed = m.capturedLength();
    } else if (const auto parts = timeline::scanDateTime(text); parts && parts->length > 0) {
        // Only a time followed by a space or the end counts: "14:05pm" or "3.5" are text.
        if (parts->length == text.size() || text.at(parts->length).isSpace())
            consumed = parts->length;
    }
    if (consumed == 0) {
        result.description = text;
        return result;
    }
    const timeline::ParsedTime parsed =
        timeline::parseUserTimeDetailed(text.left(consumed), zone, reference);
    result.description = text.mid(consumed).trimmed();
    if (!parsed.time) {
        result.error = timeline::describeTimeError(parsed.error);
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate("QuickCapture", "The time is not valid.");
        return result;
    }
    result.time = parsed.time->toUTC();
    return result;
}

} // namespace causeway
