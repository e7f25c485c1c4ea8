#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "report/Confidentiality.h"
#include "review/ReviewRecords.h"
#include "timeline/Attachment.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"

namespace causeway::cli {

namespace {

const QString kNone = QStringLiteral("none");

QStringList markableKinds() {
    return {Kind::Event, Kind::Cause, Kind::Action, Kind::Attachment, Kind::Participant};
}

// The live record with this id or unique id prefix among the postmortem's markable records.
std::optional<Record> resolveRecord(Context& ctx, const Postmortem& pm, const QString& prefix) {
    const QString wanted = prefix.trimmed().toLower();
    QList<const Record*> matches;
    for (const Record& r : pm.children) {
        if (!r.deleted && !wanted.isEmpty() && r.id.startsWith(wanted))
            matches.append(&r);
    }
    if (matches.size() > 1) {
        ctx.fail(QStringLiteral("--record: \"%1\" matches more than one record; give more "
                                "characters of the id")
                     .arg(prefix));
        return std::nullopt;
    }
    if (matches.isEmpty()) {
        ctx.fail(QStringLiteral("--record: no record of this postmortem has an id starting "
                                "with \"%1\" (show ID --json shows the ids)")
                     .arg(prefix));
        return std::nullopt;
    }
    if (!markableKinds().contains(matches.first()->kind)) {
        ctx.fail(QStringLiteral("--record: a %1 record has no marking; events, causes, actions, "
                                "attachments and participants do")
                     .arg(matches.first()->kind));
        return std::nullopt;
    }
    return *matches.first();
}

// The fields of the postmortem a marking may name: its template's, the phases and the
// fields every postmortem has; not the ones that label the document itself.
std::optional<QString> checkFieldKey(Context& ctx, const Postmortem& pm, const QString& key) {
    if (key == Field::Template || key == Field::Confidentiality ||
        key == ConfidentialityField::FieldMarkings) {
        ctx.fail(
            QStringLiteral("--field: \"%1\" labels the document and cannot be marked").arg(key));
        return std::nullopt;
    }
    QStringList known = Phases::fieldKeys();
    if (const Template* tmpl = ctx.templates().find(pm.templateId())) {
        for (const TemplateField& f : tmpl->allFields())
            known.append(f.key);
    }
    for (const TemplateField& f : causeRootSchema() + reviewRootSchema())
        known.append(f.key);
    // A field of a template that has since changed may still hold a value.
    if (!known.contains(key) && !pm.root.fields.contains(key)) {
        ctx.fail(QStringLiteral("--field: the postmortem has no field \"%1\"").arg(key));
        return std::nullopt;
    }
    return key;
}

int runMark(Context& ctx, const ParsedArgs& args) {
    const bool byField = args.has(QStringLiteral("--field"));
    const bool byRecord = args.has(QStringLiteral("--record"));
    if (byField == byRecord)
        return ctx.fail(QStringLiteral("give either --field KEY or --record RECORD_ID"));
    const QString levelArg = args.positional.at(1);
    if (levelArg != kNone && !Vocabulary::confidentiality().contains(levelArg))
        return ctx.fail(
            QStringLiteral("LEVEL: expected %1 or none, not \"%2\"")
                .arg(Vocabulary::confidentiality().join(QStringLiteral(", ")), levelArg));
    const QString level = levelArg == kNone ? QString() : levelArg;

    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.at(0));
    if (!id)
        return ExitUsage;
    const std::optional<Postmortem> pm = store->loadPostmortem(*id);
    if (!pm)
        return ctx.fail(QStringLiteral("postmortem %1 cannot be read").arg(*id));

    ChangeSet change;
    QString what;
    if (byField) {
        const auto key = checkFieldKey(ctx, *pm, args.value(QStringLiteral("--field")));
        if (!key)
            return ExitUsage;
        change.fieldChanges.append({pm->id(), ConfidentialityField::FieldMarkings,
                                    markFieldConfidentiality(pm->root, *key, level)});
        what = QStringLiteral("field ") + *key;
    } else {
        const auto record = resolveRecord(ctx, *pm, args.value(QStringLiteral("--record")));
        if (!record)
            return ExitUsage;
        change.fieldChanges.append(
            {record->id, ConfidentialityField::Record,
             level.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(level)});
        what = record->kind + u' ' + record->id;
    }
    if (auto s = store->commit(change); !s)
        return ctx.refuse(s.error()); // e.g. an approved postmortem is read-only
    ctx.out() << what << QStringLiteral(": ") << (level.isEmpty() ? kNone : level) << u'\n';
    return ExitOk;
}

} // namespace

QList<CommandSpec> markCommands() {
    return {{QStringLiteral("mark"),
             QStringLiteral("mark ID (--field KEY | --record RECORD_ID) LEVEL|none"),
             QStringLiteral("an ID and a LEVEL"),
             QStringLiteral("Mark a field or record confidential for the report profiles"),
             QStringLiteral(
                 "Sets the confidentiality of one field of the postmortem (--field KEY, e.g.\n"
                 "impact_cost_estimate) or of one event, cause, action, attachment or\n"
                 "participant (--record RECORD_ID, any unique prefix; show ID --json lists\n"
                 "the ids). LEVEL: public, internal, confidential or restricted; none removes\n"
                 "the marking.\n"
                 "Reports made with --profile internal leave out what is marked confidential\n"
                 "or restricted; --profile external also what is marked internal. A cause\n"
                 "left out takes the causes under it in the 5-whys tree with it.\n"
                 "Prints \"WHAT: LEVEL\". Exits 0 on success, 1 when the postmortem is\n"
                 "read-only (approved or published; reopen it first), 2 on a usage error."),
             {},
             {QStringLiteral("--field"), QStringLiteral("--record")},
             2,
             2,
             &runMark}};
}

} // namespace causeway::cli
