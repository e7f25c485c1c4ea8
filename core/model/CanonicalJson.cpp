#include "model/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace causeway {

namespace {

void appendString(QByteArray& out, const QString& s) {
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendNumber(QByteArray& out, double d) {
    // JSON has no NaN or infinity; QJsonValue never holds them from parsing.
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
    if (d == std::trunc(d) && std::fabs(d) <= kMaxExactInteger) {
        out.append(QByteArray::number(static_cast<qint64>(d)));
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendValue(QByteArray& out, const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            appendValue(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        // QString's operator< compares UTF-16 code units, as RFC 8785 asks.
        std::sort(keys.begin(), keys.end());
        out.append('{');
        bool first = true;
        for (const QString& k : keys) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, k);
            out.append(':');
            appendValue(out, o.value(k));
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue& value) {
    QByteArray out;
    out.reserve(4096);
    appendValue(out, value);
    return out;
}

QString canonicalTime(const QDateTime& time) {
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

QDateTime parseCanonicalTime(const QString& text) {
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"));
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

} // namespace causeway
