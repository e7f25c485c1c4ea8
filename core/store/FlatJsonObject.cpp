#include "store/FlatJsonObject.h"

namespace causeway {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The text of a JSON string starting after its opening quote, unescaped into out when it has
// escapes; pos ends after the closing quote. False on \u escapes, control characters or a
// missing end: the caller lets QJsonDocument decide those.
bool readString(QByteArrayView json, qsizetype& pos, QByteArrayView& text, QByteArray& out) {
    const qsizetype start = pos;
    qsizetype i = pos;
    while (i < json.size() && json[i] != '"' && json[i] != '\\' && uchar(json[i]) >= 0x20)
        ++i;
    if (i < json.size() && json[i] == '"') {
        text = json.sliced(start, i - start);
        pos = i + 1;
        return true;
    }
    out.clear();
    out.append(json.sliced(start, i - start));
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            text = QByteArrayView(out);
            pos = i + 1;
            return true;
        }
        if (uchar(c) < 0x20)
            return false;
        if (c != '\\') {
            out.append(c);
            ++i;
            continue;
        }
        if (i + 1 >= json.size())
            return false;
        switch (json[i + 1]) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '/':
            out.append('/');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        default:
            return false; // \u and anything unknown
        }
        i += 2;
    }
    return false;
}

void skipSpace(QByteArrayView json, qsizetype& pos) {
    while (pos < json.size() && isSpace(json[pos]))
        ++pos;
}

bool literal(QByteArrayView json, qsizetype& pos, QByteArrayView word) {
    if (json.sliced(pos).startsWith(word)) {
        pos += word.size();
        return true;
    }
    return false;
}

} // namespace

FlatJsonObject::Key& FlatJsonObject::key(QByteArrayView utf8) {
    for (Key& known : m_keys) {
        if (QByteArrayView(known.utf8) == utf8)
            return known;
    }
    m_keys.push_back(Key{utf8.toByteArray(), QString::fromUtf8(utf8), {}});
    return m_keys.back();
}

QJsonValue FlatJsonObject::stringValue(Key& key, QByteArrayView utf8) {
    // Only short values repeat; a description is read once.
    constexpr qsizetype kLongestShared = 48;
    constexpr size_t kValuesPerKey = 16;
    if (utf8.size() > kLongestShared)
        return QJsonValue(QString::fromUtf8(utf8));
    for (const auto& [bytes, value] : key.recentValues) {
        if (QByteArrayView(bytes) == utf8)
            return value;
    }
    QJsonValue value(QString::fromUtf8(utf8));
    if (key.recentValues.size() < kValuesPerKey)
        key.recentValues.emplace_back(utf8.toByteArray(), value);
    return value;
}

bool FlatJsonObject::read(QByteArrayView json,
                          const std::function<void(const QString&, QJsonValue&&)>& member) {
    qsizetype pos = 0;
    skipSpace(json, pos);
    if (pos >= json.size() || json[pos] != '{')
        return false;
    ++pos;
    skipSpace(json, pos);
    if (pos < json.size() && json[pos] == '}') {
        ++pos;
        skipSpace(json, pos);
        return pos == json.size();
    }
    while (pos < json.size()) {
        if (json[pos] != '"')
            return false;
        ++pos;
        QByteArrayView keyText;
        if (!readString(json, pos, keyText, m_unescaped))
            return false;
        // The key's bytes may live in m_unescaped, which the value overwrites.
        Key& name = key(keyText);
        skipSpace(json, pos);
        if (pos >= json.size() || json[pos] != ':')
            return false;
        ++pos;
        skipSpace(json, pos);
        if (pos >= json.size())
            return false;
        const char c = json[pos];
        if (c == '"') {
            ++pos;
            QByteArrayView valueText;
            if (!readString(json, pos, valueText, m_unescaped))
                return false;
            member(name.name, stringValue(name, valueText));
        } else if (literal(json, pos, "true")) {
            member(name.name, QJsonValue(true));
        } else if (literal(json, pos, "false")) {
            member(name.name, QJsonValue(false));
        } else if (literal(json, pos, "null")) {
            member(name.name, QJsonValue(QJsonValue::Null));
        } else {
            return false; // numbers, arrays, objects
        }
        skipSpace(json, pos);
        if (pos >= json.size())
            return false;
        if (json[pos] == '}') {
            ++pos;
            skipSpace(json, pos);
            return pos == json.size();
        }
        if (json[pos] != ',')
            return false;
        ++pos;
        skipSpace(json, pos);
    }
    return false;
}

} // namespace causeway
