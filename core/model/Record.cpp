#include "model/Record.h"

#include "model/Fields.h"

#include <QJsonArray>
#include <QUuid>

namespace causeway {

QStringList Record::list(const QString& key) const {
    QStringList out;
    const QJsonArray array = value(key).toArray();
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QString Postmortem::title() const {
    return root.text(Field::Title);
}

QString Postmortem::templateId() const {
    return root.text(Field::Template);
}

QList<Record> Postmortem::childrenOfKind(const QString& kind, bool includeDeleted) const {
    QList<Record> out;
    for (const Record& r : children) {
        if (r.kind == kind && (includeDeleted || !r.deleted))
            out.append(r);
    }
    return out;
}

const Record* Postmortem::findRecord(const QString& id) const {
    if (root.id == id)
        return &root;
    for (const Record& r : children) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString newRecordId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace causeway
