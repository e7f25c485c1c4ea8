#include "model/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace causeway {

namespace {

void appendString(QByteArray& out, const QString& s) {
    appendCanonicalString(out, s);
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

void appendCanonicalUtf8String(QByteArray& out, QByteArrayView utf8) {
    // Measured in one pass and written in a second into memory grown once: a bulk import
    // escapes tens of megabytes (its audit entry quotes a JSON document), where an append per
    // run of plain text cost more than the escaping itself.
    const auto* const begin = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* const end = begin + utf8.size();
    const auto plain = [](unsigned char u) {
        return u >= 0x20 && u != '"' && u != '\\';
    };
    const auto shortEscape = [](unsigned char u) -> char {
        switch (u) {
        case '"':
            return '"';
        case '\\':
            return '\\';
        case '\b':
            return 'b';
        case '\f':
            return 'f';
        case '\n':
            return 'n';
        case '\r':
            return 'r';
        case '\t':
            return 't';
        default:
            return 0; // a control character: \u00XX
        }
    };
    qsizetype escapedSize = 0;
    for (const unsigned char* p = begin; p < end; ++p)
        escapedSize += plain(*p) ? 1 : (shortEscape(*p) ? 2 : 6);
    const qsizetype at = out.size();
    out.resize(at + escapedSize + 2);
    char* o = out.data() + at;
    *o++ = '"';
    if (escapedSize == utf8.size()) {
        if (escapedSize > 0) // an empty view may have no data at all
            std::memcpy(o, begin, static_cast<std::size_t>(utf8.size())); // log lines mostly
        o += utf8.size();
    } else {
        static const char hex[] = "0123456789abcdef";
        for (const unsigned char* p = begin; p < end; ++p) {
            const unsigned char u = *p;
            if (plain(u)) {
                *o++ = static_cast<char>(u);
                continue;
            }
            *o++ = '\\';
            if (const char e = shortEscape(u)) {
                *o++ = e;
            } else {
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[u >> 4];
                *o++ = hex[u & 0xf];
            }
        }
    }
    *o = '"';
}

void appendCanonicalString(QByteArray& out, QStringView text) {
    // ASCII that needs no escaping (ids, kinds, keys, times, most values) is copied straight
    // from UTF-16, without a UTF-8 copy of its own first.
    const char16_t* const chars = text.utf16();
    const qsizetype size = text.size();
    bool plainAscii = true;
    for (qsizetype i = 0; i < size && plainAscii; ++i) {
        const char16_t c = chars[i];
        plainAscii = c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
    }
    if (!plainAscii) {
        appendCanonicalUtf8String(out, text.toUtf8());
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + size + 2);
    char* to = out.data() + at;
    *to++ = '"';
    for (qsizetype i = 0; i < size; ++i)
        *to++ = static_cast<char>(chars[i]);
    *to = '"';
}

void appendCanonicalJson(QByteArray& out, const QJsonValue& value) {
    appendValue(out, value);
}

QByteArray canonicalJson(const QJsonValue& value) {
    QByteArray out;
    out.reserve(4096);
    appendValue(out, value);
    return out;
}

void appendCanonicalTime(QByteArray& out, qint64 msecs) {
    // Civil date from days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm):
    // QDateTime::toString with a format string is the slowest step of a bulk import.
    qint64 days = msecs / 86400000;
    qint64 ms = msecs % 86400000;
    if (ms < 0) {
        ms += 86400000;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) { // outside what the fixed-width form can say (Qt's years)
        out.append(canonicalTime(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)).toLatin1());
        return;
    }
    char buf[24];
    const auto put = [&buf](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, ms / 3600000, 2);
    buf[13] = ':';
    put(14, ms / 60000 % 60, 2);
    buf[16] = ':';
    put(17, ms / 1000 % 60, 2);
    buf[19] = '.';
    put(20, ms % 1000, 3);
    buf[23] = 'Z';
    out.append(buf, 24);
}

QString canonicalTime(const QDateTime& time) {
    if (!time.isValid())
        return QString();
    // Years 1 to 9999 by the instant alone: asking the QDateTime for its year goes through
    // Qt's calendar code, which took longer than writing the text. (Qt has no year 0: the
    // year before 1 is -1, and Qt writes the years outside.)
    constexpr qint64 firstMSecs = -62135596800000; // 0001-01-01T00:00:00Z
    constexpr qint64 endMSecs = 253402300800000;   // 10000-01-01T00:00:00Z
    const qint64 msecs = time.toMSecsSinceEpoch();
    if (msecs < firstMSecs || msecs >= endMSecs)
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
    QByteArray bytes;
    bytes.reserve(24);
    appendCanonicalTime(bytes, msecs);
    return QString::fromLatin1(bytes);
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, qint64 m, qint64 d) {
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

std::optional<qint64> parseCanonicalTimeMSecs(QStringView text) {
    // yyyy-MM-ddTHH:mm:ss[.z{1,3}]Z, read by hand: opening a timeline of 10,000 events
    // parses tens of thousands of these, and a regular expression plus
    // QDateTime::fromString cost more than everything else in loading.
    const qsizetype n = text.size();
    if (n < 20 || n > 24 || text.at(n - 1) != u'Z')
        return std::nullopt;
    const auto digits = [&text](qsizetype at, int count, int& out) {
        out = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = text.at(at + i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    int year, month, day, hour, minute, second;
    if (!digits(0, 4, year) || text.at(4) != u'-' || !digits(5, 2, month) || text.at(7) != u'-' ||
        !digits(8, 2, day) || text.at(10) != u'T' || !digits(11, 2, hour) || text.at(13) != u':' ||
        !digits(14, 2, minute) || text.at(16) != u':' || !digits(17, 2, second))
        return std::nullopt;
    int millis = 0;
    if (n > 20) {
        const int fraction = static_cast<int>(n - 21);
        if (text.at(19) != u'.' || fraction < 1 || !digits(20, fraction, millis))
            return std::nullopt;
        for (int i = fraction; i < 3; ++i)
            millis *= 10;
    }
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return daysFromCivil(year, month, day) * 86400000 + hour * 3600000 + minute * 60000 +
           second * 1000 + millis;
}

QDateTime parseCanonicalTime(const QString& text) {
    const std::optional<qint64> msecs = parseCanonicalTimeMSecs(text);
    if (!msecs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC);
}

} // namespace causeway
