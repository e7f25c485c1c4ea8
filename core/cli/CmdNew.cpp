#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "model/Fields.h"
#include "model/Template.h"

namespace causeway::cli {

int runNew(Context& ctx, const ParsedArgs& args) {
    const QString title = args.value(QStringLiteral("--title")).trimmed();
    if (title.isEmpty())
        return ctx.fail(QStringLiteral("\"new\" needs --title TITLE"));
    const QString templateId = args.has(QStringLiteral("--template"))
                                   ? args.value(QStringLiteral("--template"))
                                   : QStringLiteral("standard");
    const Template* tmpl = ctx.templates().find(templateId);
    if (!tmpl) {
        QStringList known;
        for (const Template& t : ctx.templates().all())
            known.append(t.id);
        return ctx.fail(QStringLiteral("unknown template \"%1\"; known templates: %2")
                            .arg(templateId, known.join(QStringLiteral(", "))));
    }

    QMap<QString, QJsonValue> fields{
        {Field::Title, title},
        {Field::Status, QStringLiteral("draft")},
        {Field::Confidentiality, QStringLiteral("internal")},
    };
    if (args.has(QStringLiteral("--severity")))
        fields.insert(Field::Severity, args.value(QStringLiteral("--severity")).toUpper());

    // Everything is checked before the store is opened, so a typo writes nothing.
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const TemplateField* field = tmpl->field(it.key());
        if (!field)
            return ctx.fail(
                QStringLiteral("template \"%1\" has no field \"%2\"").arg(templateId, it.key()));
        if (auto valid = validateFieldValue(*field, it.value()); !valid)
            return ctx.fail(QStringLiteral("invalid %1 \"%2\": %3")
                                .arg(it.key(), it.value().toString(), valid.error()));
    }

    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    auto created = store->createPostmortem(templateId, fields);
    if (!created)
        return ctx.fail(QStringLiteral("could not create the postmortem: ") + created.error());
    ctx.out() << created.value() << u'\n';
    return ExitOk;
}

} // namespace causeway::cli
