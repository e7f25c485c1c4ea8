#include "signing/SignedContent.h"

#include "actions/Action.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "signing/Sha256.h"
#include "sync/Conflict.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace causeway::SignedContent {

namespace {

// An empty field says nothing: undoing the first edit of a field leaves it null, clearing
// a text leaves "", and neither should differ from never having had a value.
bool isEmptyValue(const QJsonValue& v) {
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

QJsonObject fieldsJson(const Record& r, const QStringList& excluded) {
    QJsonObject fields;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
        if (!excluded.contains(it.key()) && !isEmptyValue(it.value().value))
            fields.insert(it.key(), it.value().value);
    }
    return fields;
}

} // namespace

QStringList excludedRootFields() {
    return {Field::Status, ReviewRootField::AnalysisDue};
}

QStringList excludedChildFields(const QString& kind) {
    return kind == Kind::Action ? actionFollowUpFields() : QStringList();
}

QStringList excludedKinds() {
    return {Kind::Review, Kind::Signature, Kind::Conflict};
}

QJsonObject toJson(const Postmortem& pm) {
    const QStringList kinds = excludedKinds();
    QList<const Record*> children;
    for (const Record& child : pm.children) {
        if (!child.deleted && !kinds.contains(child.kind))
            children.append(&child);
    }
    std::sort(children.begin(), children.end(),
              [](const Record* a, const Record* b) { return a->id < b->id; });
    QJsonArray childArray;
    for (const Record* child : children) {
        childArray.append(QJsonObject{
            {QStringLiteral("id"), child->id},
            {QStringLiteral("kind"), child->kind},
            {QStringLiteral("parent"), child->parentId},
            {QStringLiteral("fields"), fieldsJson(*child, excludedChildFields(child->kind))}});
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("postmortem"),
         QJsonObject{{QStringLiteral("id"), pm.root.id},
                     {QStringLiteral("fields"), fieldsJson(pm.root, excludedRootFields())}}},
        {QStringLiteral("children"), childArray}};
}

QByteArray canonicalBytes(const Postmortem& pm) {
    return canonicalJson(toJson(pm));
}

QString sha256(const Postmortem& pm) {
    return QString::fromLatin1(Sha256::hash(canonicalBytes(pm)).toHex());
}

} // namespace causeway::SignedContent
