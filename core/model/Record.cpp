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

QByteArray newRecordIdUtf8() {
    // Random (version 4): people refer to records by the first characters of their id, so
    // those must differ between records made in the same minute.
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString newRecordId() {
    return QString::fromLatin1(newRecordIdUtf8());
}

} // namespace causeway
