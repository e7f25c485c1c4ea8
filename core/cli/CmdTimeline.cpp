#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"
#include "timeline/import/Importer.h"
#include "timeline/import/TimeParsing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace causeway::cli {

namespace {

struct Opened {
    std::unique_ptr<Store> store;
    Postmortem pm;
};

std::optional<Opened> openPostmortem(Context& ctx, const QString& idArg, Context::Access access) {
    auto store = ctx.openStore(access);
    if (!store)
        return std::nullopt;
    const auto id = ctx.resolveId(*store, idArg);
    if (!id)
        return std::nullopt;
    auto pm = store->loadPostmortem(*id);
    if (!pm) {
        ctx.fail(QStringLiteral("postmortem %1 cannot be read").arg(*id));
        return std::nullopt;
    }
    return Opened{std::move(store), std::move(*pm)};
}

QTimeZone referenceZone(const Postmortem& pm) {
    const QTimeZone zone(pm.root.text(Field::TimeZone).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// Relative and time-of-day inputs count from the incident's start, else from now.
QDateTime referenceTime(const Postmortem& pm) {
    const QDateTime start = parseCanonicalTime(pm.root.text(Field::IncidentStart));
    return start.isValid() ? start : QDateTime::currentDateTimeUtc();
}

std::optional<QDateTime> parseAt(Context& ctx, const Postmortem& pm, const QString& text) {
    const auto parsed = timeline::parseUserTimeDetailed(text, referenceZone(pm), referenceTime(pm));
    if (!parsed.time) {
        ctx.fail(
            QStringLiteral("--at \"%1\": %2").arg(text, timeline::describeTimeError(parsed.error)));
        return std::nullopt;
    }
    return parsed.time;
}

std::optional<timeline::ImportFormat> parseFormat(const QString& name) {
    if (name.isEmpty() || name == u"auto")
        return timeline::ImportFormat::Auto;
    if (name == u"csv")
        return timeline::ImportFormat::Csv;
    if (name == u"jsonl")
        return timeline::ImportFormat::JsonLines;
    if (name == u"slack")
        return timeline::ImportFormat::Slack;
    if (name == u"syslog")
        return timeline::ImportFormat::Syslog;
    if (name == u"notes")
        return timeline::ImportFormat::Notes;
    return std::nullopt;
}

int runTimelineImport(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 3)
        return ctx.fail(QStringLiteral("usage: timeline import ID FILE [--format F] [--tz ZONE]"));
    const auto format = parseFormat(args.value(QStringLiteral("--format")));
    if (!format)
        return ctx.fail(
            QStringLiteral("--format: expected auto, csv, jsonl, slack, syslog or notes"));
    const QString file = args.positional.at(2);
    if (!QFileInfo::exists(file))
        return ctx.fail(QStringLiteral("%1 does not exist").arg(file));
    auto opened = openPostmortem(ctx, args.positional.at(1), Context::Access::Write);
    if (!opened)
        return ExitUsage;
    timeline::ImportOptions options;
    options.zone = referenceZone(opened->pm);
    if (args.has(QStringLiteral("--tz"))) {
        options.zone = QTimeZone(args.value(QStringLiteral("--tz")).toUtf8());
        if (!options.zone.isValid())
            return ctx.fail(QStringLiteral("--tz: unknown time zone \"%1\"")
                                .arg(args.value(QStringLiteral("--tz"))));
    }
    options.reference = referenceTime(opened->pm);
    const timeline::ImportResult result = timeline::importFile(file, *format, options);
    if (!result.error.isEmpty())
        return ctx.fail(file + QStringLiteral(": ") + result.error);
    QList<TimelineEvent> events;
    events.reserve(result.events.size());
    for (const timeline::ImportedEvent& e : result.events)
        events.append(TimelineEvent::fromImported(e));
    const auto imported = opened->store->importEvents(
        opened->pm.id(), events, QStringLiteral("import ") + QFileInfo(file).fileName());
    if (!imported)
        return ctx.refuse(QStringLiteral("could not import %1: %2").arg(file, imported.error()));
    ctx.out() << QStringLiteral("added %1, duplicates %2, unreadable %3\n")
                     .arg(imported->added)
                     .arg(imported->duplicates)
                     .arg(result.problems.size());
    for (qsizetype i = 0; i < std::min<qsizetype>(result.problems.size(), 5); ++i)
        ctx.out() << QStringLiteral("  ") << result.problems.at(i).reason << u'\n';
    return ExitOk;
}

int runTimelineList(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 2)
        return ctx.fail(QStringLiteral("usage: timeline list ID [--json]"));
    auto opened = openPostmortem(ctx, args.positional.at(1), Context::Access::Read);
    if (!opened)
        return ExitUsage;
    QList<TimelineEvent> events;
    for (const Record& r : opened->pm.childrenOfKind(Kind::Event))
        events.append(TimelineEvent::fromRecord(r));
    std::stable_sort(
        events.begin(), events.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const TimelineEvent& e : events) {
            QJsonObject o;
            const auto fields = e.toFields();
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                o.insert(it.key(), it.value());
            o.insert(QStringLiteral("id"), e.id);
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(canonicalJson(array)) << u'\n';
        return ExitOk;
    }
    printPhaseMetrics(ctx.out(), opened->pm);
    for (const TimelineEvent& e : events)
        ctx.out() << canonicalTime(e.time) << u' ' << e.kind.leftJustified(15) << u' '
                  << e.source.leftJustified(13) << u' ' << e.description.simplified() << u'\n';
    return ExitOk;
}

int runTimelineAdd(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 2 || !args.has(QStringLiteral("--at")) ||
        !args.has(QStringLiteral("--text")))
        return ctx.fail(QStringLiteral("usage: timeline add ID --at TIME --text TEXT [--kind K]"));
    const QString kind = args.value(QStringLiteral("--kind"));
    if (!kind.isEmpty() && !EventVocabulary::kinds().contains(kind))
        return ctx.fail(QStringLiteral("--kind: expected one of ") +
                        EventVocabulary::kinds().join(QStringLiteral(", ")));
    auto opened = openPostmortem(ctx, args.positional.at(1), Context::Access::Write);
    if (!opened)
        return ExitUsage;
    const auto at = parseAt(ctx, opened->pm, args.value(QStringLiteral("--at")));
    if (!at)
        return ExitUsage;
    TimelineEvent event;
    event.id = newRecordId();
    event.time = *at;
    if (!kind.isEmpty())
        event.kind = kind;
    event.description = args.value(QStringLiteral("--text"));
    ChangeSet change;
    change.creates.append({event.id, Kind::Event, opened->pm.id(), event.toFields()});
    if (auto s = opened->store->commit(change); !s)
        return ctx.refuse(s.error()); // e.g. an approved postmortem is read-only
    ctx.out() << event.id << u'\n';
    return ExitOk;
}

int runTimelinePhase(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 3 || !args.has(QStringLiteral("--at")))
        return ctx.fail(QStringLiteral("usage: timeline phase ID PHASE --at TIME"));
    // "start" is the incident start, a template field; the others are "phase_" + name.
    QStringList names{QStringLiteral("start")};
    for (const QString& key : Phases::fieldKeys())
        names.append(key.mid(6)); // without "phase_"
    const QString phase = args.positional.at(2);
    if (!names.contains(phase))
        return ctx.fail(QStringLiteral("PHASE: expected one of ") +
                        names.join(QStringLiteral(", ")));
    const QString field =
        phase == u"start" ? Field::IncidentStart : QStringLiteral("phase_") + phase;
    auto opened = openPostmortem(ctx, args.positional.at(1), Context::Access::Write);
    if (!opened)
        return ExitUsage;
    if (field == Field::IncidentStart) {
        const Template* tmpl = ctx.templates().find(opened->pm.templateId());
        if (!tmpl || !tmpl->field(Field::IncidentStart))
            return ctx.fail(
                QStringLiteral("the template of this postmortem has no incident start"));
    }
    const auto at = parseAt(ctx, opened->pm, args.value(QStringLiteral("--at")));
    if (!at)
        return ExitUsage;
    ChangeSet change;
    change.fieldChanges.append({opened->pm.id(), field, canonicalTime(*at)});
    if (auto s = opened->store->commit(change); !s)
        return ctx.refuse(s.error());
    ctx.out() << QStringLiteral("%1 at %2\n").arg(phase, canonicalTime(*at));
    return ExitOk;
}

} // namespace

int runTimeline(Context& ctx, const ParsedArgs& args) {
    const QString sub = args.positional.first();
    if (sub == u"import")
        return runTimelineImport(ctx, args);
    if (sub == u"list")
        return runTimelineList(ctx, args);
    if (sub == u"add")
        return runTimelineAdd(ctx, args);
    if (sub == u"phase")
        return runTimelinePhase(ctx, args);
    if (sub == u"attach")
        return runTimelineAttach(ctx, args);
    if (sub == u"attachments")
        return runTimelineAttachments(ctx, args);
    return ctx.fail(QStringLiteral("timeline: expected import, list, add, phase, attach or "
                                   "attachments, not \"%1\"")
                        .arg(sub));
}

} // namespace causeway::cli
