#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace causeway {

// Canonical JSON: object keys sorted by UTF-16 code units, UTF-8, no insignificant
// whitespace, integers without exponent or fraction, other numbers in their shortest
// round-trip form. The same value always gives the same bytes, so the bytes can be
// hashed and signed.
QByteArray canonicalJson(const QJsonValue& value);
// The same bytes appended to out, for writers of larger documents.
void appendCanonicalJson(QByteArray& out, const QJsonValue& value);

// Appends one string as canonical JSON (quoted, escaped). Bulk writers build canonical
// documents from these pieces without a QJsonObject per record.
void appendCanonicalString(QByteArray& out, QStringView text);
void appendCanonicalUtf8String(QByteArray& out, QByteArrayView utf8);

// The one time format of canonical JSON and the audit trail: UTC, millisecond precision.
QString canonicalTime(const QDateTime& time);
// The same text for milliseconds since the epoch, as Latin-1 bytes (no allocation per field).
void appendCanonicalTime(QByteArray& out, qint64 msecsSinceEpoch);
QDateTime parseCanonicalTime(const QString& text);               // invalid QDateTime when malformed
std::optional<qint64> parseCanonicalTimeMSecs(QStringView text); // msecs since the epoch

} // namespace causeway
