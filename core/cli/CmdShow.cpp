#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"
#include "CliSignatures.h"

#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "model/Template.h"
#include "timeline/PhaseMetrics.h"
#include "timeline/Phases.h"

#include <QSet>

namespace causeway::cli {

namespace {

// Breaks a paragraph at spaces so long narrative reads well in an 100-column terminal.
QStringList wrap(const QString& paragraph, qsizetype width) {
    QStringList lines;
    QString line;
    for (const QString& word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(line);
    return lines;
}

void printField(QTextStream& out, const QString& label, const QString& value, bool multiline) {
    if (value.isEmpty()) {
        out << label << QStringLiteral(": -\n");
    } else if (multiline || value.contains(u'\n')) {
        out << label << QStringLiteral(":\n");
        for (const QString& paragraph : value.split(u'\n')) {
            // List items keep their hanging indent when wrapped.
            const bool item = paragraph.startsWith(QStringLiteral("- "));
            const QStringList lines = wrap(paragraph, item ? 94 : 96);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (!lines.at(i).isEmpty())
                    out << (i > 0 && item ? QStringLiteral("      ") : QStringLiteral("    "))
                        << lines.at(i);
                out << u'\n';
            }
        }
    } else {
        out << label << QStringLiteral(": ") << value << u'\n';
    }
}

void printHeading(QTextStream& out, const QString& title) {
    out << u'\n' << title << u'\n' << QString(title.size(), u'-') << u'\n';
}

void printParticipants(QTextStream& out, const Postmortem& pm) {
    const QList<Record> people = pm.childrenOfKind(Kind::Participant);
    if (people.isEmpty()) {
        out << QStringLiteral("(none)\n");
        return;
    }
    for (const Record& p : people) {
        QStringList details;
        for (const QString& key : {Field::Role, Field::Team}) {
            if (!p.text(key).isEmpty())
                details.append(p.text(key));
        }
        out << QStringLiteral("- ") << p.text(Field::Name);
        if (!details.isEmpty())
            out << QStringLiteral(" (") << details.join(QStringLiteral(", ")) << u')';
        out << u'\n';
    }
}

// Markers, durations and sanity warnings together, as the timeline tab shows them.
void printPhases(QTextStream& out, const Postmortem& pm, const QString& zone) {
    printHeading(out, QStringLiteral("Phases and durations"));
    for (const QString& key : Phases::markerKeys()) {
        const QDateTime time = parseCanonicalTime(pm.root.text(key));
        printField(out, Phases::displayName(key, false), displayTime(time, zone), false);
    }
    PhaseMetricsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    const PhaseMetrics metrics = computePhaseMetrics(pm, options);
    for (const PhaseDuration& d : metrics.durations)
        printField(out, phaseMetricName(d.key), d.ms ? formatDuration(*d.ms) : QString(), false);
    for (const PhaseWarning& w : metrics.warnings)
        out << QStringLiteral("Warning: ") << w.message << u'\n';
}

void printCauseBranch(QTextStream& out, const CauseTree& tree, const QString& parent, int depth) {
    for (const QString& id : tree.childrenOf(parent)) {
        const Cause* c = tree.find(id);
        out << QString(2 * depth, u' ') << QStringLiteral("- ") << c->statement;
        QStringList notes;
        if (c->kind != u"contributing_factor" || c->onFishbone)
            notes.append(CauseVocabulary::kindName(c->kind));
        if (c->onFishbone)
            notes.append(c->category.isEmpty() ? QStringLiteral("fishbone") : c->category);
        if (!c->evidence.isEmpty())
            notes.append(QStringLiteral("evidence %1").arg(c->evidence.size()));
        if (c->onFishbone || !c->actions.isEmpty())
            notes.append(QStringLiteral("actions %1").arg(c->actions.size()));
        if (!notes.isEmpty())
            out << QStringLiteral(" [") << notes.join(QStringLiteral(", ")) << u']';
        if (c->onFishbone && CauseVocabulary::needsAction(c->kind) && c->actions.isEmpty())
            out << QStringLiteral(" (no action yet)");
        out << u'\n';
        printCauseBranch(out, tree, id, depth + 1);
    }
}

// The 5-whys tree under the problem statement; causes on the fishbone name their category.
void printCauses(QTextStream& out, const Postmortem& pm) {
    printHeading(out, QStringLiteral("Root causes"));
    const CauseTree tree(pm);
    printField(out, QStringLiteral("Problem"), problemStatement(pm), false);
    if (tree.causes().isEmpty()) {
        out << QStringLiteral("(no causes yet)\n");
        return;
    }
    printCauseBranch(out, tree, QString(), 0);
}

void printText(QTextStream& out, const Postmortem& pm, const Template* tmpl) {
    const Record& root = pm.root;
    const QString title = pm.title();
    out << title << u'\n' << QString(title.size(), u'=') << u'\n';
    out << QStringLiteral("ID: ") << pm.id() << u'\n';
    out << QStringLiteral("Template: ")
        << (tmpl ? tmpl->name + QStringLiteral(" (") + tmpl->id + u')' : pm.templateId()) << u'\n';
    out << QStringLiteral("Created: ") << displayTime(root.created) << u'\n';
    out << QStringLiteral("Modified: ") << displayTime(root.modified) << u'\n';
    if (root.deleted)
        out << QStringLiteral("In the trash: yes\n");

    // Incident times read best in the incident's own zone as well as UTC.
    const QString zone = root.text(Field::TimeZone);
    QSet<QString> shown{Field::Template};
    bool participantsShown = false;
    if (tmpl) {
        for (const TemplateSection& section : tmpl->sections) {
            printHeading(out, section.title);
            if (section.kind == u"participants") {
                printParticipants(out, pm);
                participantsShown = true;
            }
            for (const TemplateField& field : section.fields) {
                shown.insert(field.key);
                const QString value = displayValue(&field, field.key, root.value(field.key), zone);
                printField(out, field.label, value, field.type == FieldType::Text);
            }
        }
    }
    // The phase markers show with their durations below, not among the other fields.
    for (const QString& key : Phases::fieldKeys())
        shown.insert(key);
    shown.insert(CauseRootField::ProblemStatement);
    shown.insert(CauseRootField::Categories);
    bool otherHeading = false;
    for (auto it = root.fields.cbegin(); it != root.fields.cend(); ++it) {
        if (shown.contains(it.key()))
            continue;
        if (!otherHeading) {
            printHeading(out, tmpl ? QStringLiteral("Other fields") : QStringLiteral("Fields"));
            otherHeading = true;
        }
        printField(out, it.key(), displayValue(nullptr, it.key(), it.value().value), false);
    }
    if (!participantsShown) {
        printHeading(out, QStringLiteral("Participants"));
        printParticipants(out, pm);
    }
    printPhases(out, pm, zone);
    printCauses(out, pm);
    printSignatureSection(out, pm);
}

} // namespace

int runShow(Context& ctx, const ParsedArgs& args) {
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const auto pm = ctx.loadPostmortem(*store, args.positional.first());
    if (!pm)
        return ExitUsage;
    const QString& id = pm->root.id;
    if (args.has(QStringLiteral("--json"))) {
        // The export: refused while an attachment's content no longer matches its hash.
        const auto exported = store->exportPostmortem(id);
        if (!exported) {
            ctx.err() << QStringLiteral("causeway-cli: ") << exported.error() << u'\n';
            return ExitProblems;
        }
        ctx.out() << QString::fromUtf8(exported.value()) << u'\n';
        return ExitOk;
    }
    printText(ctx.out(), *pm, ctx.templates().find(pm->templateId()));
    return ExitOk;
}

} // namespace causeway::cli
