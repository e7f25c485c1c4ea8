#include "model/SamplePostmortem.h"

#include "model/PostmortemJson.h"
#include "store/Store.h"

#include <QFile>

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

    // The file carries no ids, so that every insertion is a new postmortem rather than an
    // update of an earlier copy the user may have edited.
    Postmortem pm = std::move(parsed).value();
    pm.root.id = newRecordId();
    for (Record& child : pm.children) {
        child.id = newRecordId();
        child.parentId = pm.root.id;
    }
    auto imported = store.importPostmortem(pm);
    if (!imported)
        return R::failure(imported.error());
    return imported->id;
}

} // namespace causeway
