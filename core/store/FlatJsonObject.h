#pragma once

// Reads the members of a stored record's fields object when every value is a string, true,
// false or null, which is what nearly every record holds (timeline events always). Opening a
// postmortem reads thousands of these; QJsonDocument builds a whole document per row first.
// Anything else (numbers, arrays, objects, \u escapes, malformed text) is left to
// QJsonDocument: the caller falls back, so for the UTF-8 the store writes the result is the
// same as QJsonDocument's.
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

namespace causeway {

class FlatJsonObject {
public:
    // Calls member(key, value) for each member in order and returns true; returns false as
    // soon as the text is not such a flat object (member may have been called already).
    bool read(QByteArrayView json,
              const std::function<void(const QString& key, QJsonValue&& value)>& member);

private:
    // Field names repeat on every row, and so do many short values (an event's kind, source
    // and actor): each is made once, and a QJsonValue copy only shares it. Making a string
    // QJsonValue costs far more than a copy.
    struct Key {
        QByteArray utf8;
        QString name;
        std::vector<std::pair<QByteArray, QJsonValue>> recentValues;
    };
    Key& key(QByteArrayView utf8);
    QJsonValue stringValue(Key& key, QByteArrayView utf8);
    std::vector<Key> m_keys;
    QByteArray m_unescaped;
};

} // namespace causeway
