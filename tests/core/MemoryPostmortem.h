#pragma once

// In-memory postmortems for tests of code that reads records (no store): a root record and
// children added with the fields given.
#include "model/Fields.h"
#include "model/Record.h"

#include <QJsonValue>
#include <QMap>

namespace causeway::test {

inline Postmortem memoryPostmortem() {
    Postmortem pm;
    pm.root.id = newRecordId();
    pm.root.kind = Kind::Postmortem;
    pm.root.fields[Field::Template].value = QStringLiteral("standard");
    return pm;
}

inline QString addMemoryRecord(Postmortem& pm, const QString& kind,
                               const QMap<QString, QJsonValue>& fields) {
    Record r;
    r.id = newRecordId();
    r.kind = kind;
    r.parentId = pm.root.id;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        r.fields[it.key()].value = it.value();
    pm.children.append(r);
    return r.id;
}

} // namespace causeway::test
