#pragma once

#include "model/Record.h"
#include "util/Result.h"

#include <QJsonObject>

namespace causeway {

class TemplateRegistry;

// The canonical JSON document of one postmortem with all its children and tombstones.
// It is the single exchange format: `show --json`, import, content hashes, signatures
// and bundles all use these bytes.
namespace PostmortemJson {

inline constexpr int kFormatVersion = 1;
inline const QString kFormatName = QStringLiteral("causeway.postmortem");

QJsonObject toJson(const Postmortem& pm);
QByteArray toCanonicalBytes(const Postmortem& pm);

// Parses and validates a document against its template. Metadata (revisions, times) may
// be absent in a hand-written file: such records and fields come back with a null
// revision and invalid times, and the store stamps them as new local edits.
// A failure names the JSON path of the first problem, e.g. "$.postmortem.fields.severity".
Result<Postmortem> fromJson(const QByteArray& json, const TemplateRegistry& templates);
Result<Postmortem> fromJson(const QJsonObject& object, const TemplateRegistry& templates);

} // namespace PostmortemJson
} // namespace causeway
