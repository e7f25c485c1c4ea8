#include "bundle/StaleDocument.h"

#include <QHash>
#include <QSet>

namespace causeway {

namespace {

bool sameRecord(const Record& a, const Record& b) {
    if (a.deleted != b.deleted || a.kind != b.kind)
        return false;
    // A field that is absent reads as null in both; an undone edit stores null.
    QSet<QString> keys;
    for (auto it = a.fields.cbegin(); it != a.fields.cend(); ++it)
        keys.insert(it.key());
    for (auto it = b.fields.cbegin(); it != b.fields.cend(); ++it)
        keys.insert(it.key());
    for (const QString& key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            return false;
    }
    return true;
}

} // namespace

bool documentIsStale(const Postmortem& inDocument, const Postmortem& stored) {
    if (inDocument.id() != stored.id() || inDocument.children.size() != stored.children.size())
        return true;
    if (!sameRecord(inDocument.root, stored.root))
        return true;
    QHash<QString, const Record*> mine;
    mine.reserve(inDocument.children.size());
    for (const Record& r : inDocument.children)
        mine.insert(r.id, &r);
    for (const Record& r : stored.children) {
        const Record* m = mine.value(r.id, nullptr);
        if (!m || !sameRecord(*m, r))
            return true;
    }
    return false;
}

} // namespace causeway
