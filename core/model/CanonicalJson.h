#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>

namespace causeway {

// Canonical JSON: object keys sorted by UTF-16 code units, UTF-8, no insignificant
// whitespace, integers without exponent or fraction, other numbers in their shortest
// round-trip form. The same value always gives the same bytes, so the bytes can be
// hashed and signed.
QByteArray canonicalJson(const QJsonValue& value);

// The one time format of canonical JSON and the audit trail: UTC, millisecond precision.
QString canonicalTime(const QDateTime& time);
QDateTime parseCanonicalTime(const QString& text); // invalid QDateTime when malformed

} // namespace causeway
