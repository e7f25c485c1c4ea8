#include "model/SamplePostmortem.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/PostmortemJson.h"
#include "store/Store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace causeway {

Result<QString> insertSamplePostmortem(Store& store, const TemplateRegistry& templates) {
    using R = Result<QString>;
    QFile file(QStringLiteral(":/samples/sample-postmortem.json"));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("The sample postmortem is missing from this build."));
    auto parsed = PostmortemJson::fromJson(file.readAll(), templates);
    if (!parsed)
        return R::failure(QStringLiteral("The sample postmortem does not match its template: ") +
                          parsed.error());

    // Every insertion gets new ids, so that it is a new postmortem rather than an update of
    // an earlier copy the user may have edited. The ids the file uses to link causes to
    // their parent cause, timeline events and actions, and actions to their owners, are
    // rewritten to match.
    Postmortem pm = std::move(parsed).value();
    pm.root.id = newRecordId();
    QHash<QString, QString> renamed;
    for (Record& child : pm.children) {
        const QString fresh = newRecordId();
        if (!child.id.isEmpty())
            renamed.insert(child.id, fresh);
        child.id = fresh;
        child.parentId = pm.root.id;
    }
    const auto renameList = [&renamed](FieldValue& field) {
        QJsonArray ids;
        for (const QJsonValue& id : field.value.toArray())
            ids.append(renamed.value(id.toString()));
        field.value = ids;
    };
    for (Record& child : pm.children) {
        if (child.kind == Kind::Action) {
            if (auto it = child.fields.find(ActionField::Owner); it != child.fields.end())
                it->value = renamed.value(it->value.toString());
            continue;
        }
        if (child.kind != Kind::Cause)
            continue;
        if (auto it = child.fields.find(CauseField::Parent); it != child.fields.end())
            it->value = renamed.value(it->value.toString());
        if (auto it = child.fields.find(CauseField::Evidence); it != child.fields.end())
            renameList(*it);
        if (auto it = child.fields.find(CauseField::Actions); it != child.fields.end())
            renameList(*it);
    }
    auto imported = store.importPostmortem(pm);
    if (!imported)
        return R::failure(imported.error());
    return imported->id;
}

} // namespace causeway
