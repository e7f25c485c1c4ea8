#include "report/ReportBuilder.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "causes/FishboneExport.h"
#include "causes/FishbonePainter.h"
#include "meeting/Agenda.h"
#include "meeting/Countdown.h"
#include "meeting/MeetingRecord.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "model/TemplateText.h"
#include "report/Redaction.h"
#include "report/ReportFonts.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "signing/Signatures.h"
#include "signing/SignedContent.h"
#include "timeline/Attachment.h"
#include "timeline/PhaseMetrics.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"
#include "util/DisplayFormat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("causeway::Builder", text, disambiguation, n);
}

// Sections of the templates that the report lays out itself; any other section of fields
// (the regulated template's "Regulatory reporting", a team's own) is printed as it is.
const QStringList kOwnSections{QStringLiteral("overview"), QStringLiteral("impact"),
                               QStringLiteral("story"), QStringLiteral("lessons"),
                               QStringLiteral("participants")};

// Everything the section writers share.
class Builder {
public:
    Builder(const Postmortem& full, const Redaction& redaction, const ReportInputs& inputs,
            const ReportOptions& options)
        : m_full(full)
        , m_pm(redaction.postmortem)
        , m_redaction(redaction)
        , m_inputs(inputs)
        , m_options(options)
        , m_zone(m_pm.root.text(Field::TimeZone))
        , m_markings(fieldConfidentiality(full.root)) {}

    Report build();

private:
    void cover();
    void summary();
    void impact();
    void phases();
    void templateSections();
    void story();
    void participants();
    void timeline();
    void rootCauses();
    void contributingFactors();
    void actions();
    void lessons();
    void meeting();
    void reviewAndSignatures();
    void evidenceAppendix();
    void auditAppendix();

    // A text field as paragraphs, or a note saying why there is none.
    void textField(const QString& key);
    // The display value of any postmortem field, empty when unset or left out.
    QString fieldValue(const QString& key) const;
    QString label(const QString& key, const QString& fallback) const;
    // Whether the profile left the field out because of its marking.
    bool leftOut(const QString& key) const;
    QString when(const QDateTime& utc) const { return reportDateTime(utc, m_zone); }
    // Times in a table column: the zone is named once above the table (zoneNote()), so
    // the column stays narrow enough for one line.
    QString tableTime(const QDateTime& utc) const {
        const QTimeZone zone(m_zone.toUtf8());
        return utc.toTimeZone(m_zone.isEmpty() || !zone.isValid() ? QTimeZone::utc() : zone)
            .toString(displayDateTimeFormat());
    }
    QString zoneNote() const {
        return tr("Times are in %1.").arg(m_zone.isEmpty() ? QStringLiteral("UTC") : m_zone);
    }
    QString when(const QJsonValue& value) const {
        return when(parseCanonicalTime(value.toString()));
    }
    // Field rows for the keys that have a value (or are left out).
    ReportFields fieldRows(const QStringList& keys) const;
    QString eventLine(const Record& event) const;
    QString evidenceName(const QString& attachmentId) const;

    const Postmortem& m_full;
    const Postmortem& m_pm;
    const Redaction& m_redaction;
    const ReportInputs& m_inputs;
    const ReportOptions& m_options;
    QString m_zone;
    QMap<QString, QString> m_markings;
    Report m_report;
};

bool isExternal(const ReportOptions& options) {
    return options.profile == ReportProfile::External;
}

QString joinList(const QJsonValue& value) {
    QStringList parts;
    for (const QJsonValue& v : value.toArray())
        parts.append(v.toString());
    return parts.join(QStringLiteral(", "));
}

// Numbers in the report's language (English: "21,700"), not the machine's, so the same
// record always gives the same report.
QString numberText(const QJsonValue& value) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const double d = value.toDouble();
    if (d == double(qint64(d)))
        return english.toString(qint64(d));
    return english.toString(d, 'f', 2);
}

QString Builder::label(const QString& key, const QString& fallback) const {
    if (m_inputs.tmpl) {
        if (const TemplateField* f = m_inputs.tmpl->field(key); f && !f->label.isEmpty())
            return f->label;
    }
    return fallback.isEmpty() ? key : fallback;
}

bool Builder::leftOut(const QString& key) const {
    return !m_full.root.value(key).isNull() && !m_full.root.value(key).isUndefined() &&
           !keptInProfile(m_markings.value(key), m_options.profile);
}

QString Builder::fieldValue(const QString& key) const {
    const QJsonValue v = m_pm.root.value(key);
    if (v.isNull() || v.isUndefined())
        return QString();
    if (key == Field::Status || key == Field::Severity || key == Field::Confidentiality)
        return Vocabulary::displayName(key, v.toString());
    const TemplateField* f = m_inputs.tmpl ? m_inputs.tmpl->field(key) : nullptr;
    const FieldType type = f ? f->type : FieldType::Line;
    switch (type) {
    case FieldType::DateTime:
        return when(v);
    case FieldType::Tags:
        return joinList(v);
    case FieldType::Integer:
    case FieldType::Number:
        return numberText(v);
    case FieldType::Boolean:
        return v.toBool() ? tr("Yes") : tr("No");
    default:
        return v.isArray() ? joinList(v) : v.toString();
    }
}

ReportFields Builder::fieldRows(const QStringList& keys) const {
    ReportFields rows;
    for (const QString& key : keys) {
        if (leftOut(key)) {
            rows.append({label(key, key), tr("(not in this version of the report)")});
            continue;
        }
        const QString value = fieldValue(key);
        if (!value.isEmpty())
            rows.append({label(key, key), value});
    }
    return rows;
}

void Builder::textField(const QString& key) {
    if (leftOut(key)) {
        m_report.note(tr("Not in this version of the report."));
        return;
    }
    const QString text = m_pm.root.text(key).trimmed();
    if (text.isEmpty())
        m_report.note(tr("Not written."));
    else
        m_report.paragraph(text);
}

void Builder::cover() {
    m_report.title = m_pm.title();
    m_report.documentId = m_full.id();
    m_report.profile = reportProfileName(m_options.profile);
    m_report.marking = reportMarking(m_full, m_options.profile);
    m_report.contentSha256 = SignedContent::sha256(m_full);
    ReportFields cover = fieldRows({Field::Severity, Field::Status, Field::IncidentStart,
                                    Field::IncidentEnd, QStringLiteral("reference_code")});
    if (!m_zone.isEmpty())
        cover.append({tr("Times are in"), m_zone});
    if (m_inputs.tmpl)
        cover.append({tr("Template"), m_inputs.tmpl->name});
    cover.append({tr("Report version"), reportProfileDisplayName(m_options.profile)});
    m_report.cover = cover;

    m_report.append(ReportBlock::Type::Contents).text = tr("Contents");
    m_report.pageBreak();
}

void Builder::summary() {
    m_report.heading(1, tr("Summary"), QStringLiteral("summary"));
    textField(Field::Summary);
    const ReportFields facts = fieldRows({Field::Tags});
    if (!facts.isEmpty())
        m_report.fieldList(facts);
}

void Builder::impact() {
    m_report.heading(1, tr("Impact"), QStringLiteral("impact"));
    textField(Field::Impact);
    const ReportFields figures =
        fieldRows({Field::ImpactDurationMinutes, Field::ImpactUsersAffected, Field::ImpactServices,
                   Field::ImpactSloConsumed, Field::ImpactCostEstimate});
    if (!figures.isEmpty())
        m_report.fieldList(figures);
}

void Builder::phases() {
    m_report.heading(1, tr("Phases and durations"), QStringLiteral("phases"));
    ReportTable markers;
    markers.headers = {tr("Phase"), tr("Time")};
    markers.columnWeights = {2, 3};
    for (const QString& key : Phases::markerKeys()) {
        // Markers are UTC times whatever the template says about the field.
        const QString time =
            leftOut(key) ? tr("(not in this version)") : when(m_pm.root.value(key));
        if (key == Field::IncidentStart || !time.isEmpty())
            markers.rows.append({Phases::displayName(key), time.isEmpty() ? tr("not set") : time});
    }
    m_report.tableBlock(markers);

    const PhaseMetrics metrics = computePhaseMetrics(m_pm);
    ReportTable durations;
    durations.headers = {tr("Measure"), tr("Duration")};
    durations.columnWeights = {2, 3};
    for (const PhaseDuration& d : metrics.durations)
        durations.rows.append(
            {phaseMetricName(d.key),
             d.ms ? formatDuration(*d.ms) : tr("not known (a marker is missing)")});
    m_report.tableBlock(durations);
    for (const PhaseWarning& w : metrics.warnings)
        m_report.note(w.displayMessage);
}

void Builder::templateSections() {
    if (!m_inputs.tmpl)
        return;
    for (const TemplateSection& section : m_inputs.tmpl->sections) {
        if (kOwnSections.contains(section.key) || section.kind != u"fields")
            continue;
        m_report.heading(1, section.title, QStringLiteral("section-") + section.key);
        ReportFields rows;
        for (const TemplateField& f : section.fields) {
            if (f.type == FieldType::Text)
                continue;
            rows += fieldRows({f.key});
        }
        if (!rows.isEmpty())
            m_report.fieldList(rows);
        for (const TemplateField& f : section.fields) {
            if (f.type != FieldType::Text)
                continue;
            m_report.heading(3, f.label, QString());
            textField(f.key);
        }
    }
}

void Builder::story() {
    m_report.heading(1, tr("What happened"), QStringLiteral("story"));
    const QList<QPair<QString, QString>> parts{{Field::Trigger, tr("Trigger")},
                                               {Field::Detection, tr("Detection")},
                                               {Field::Response, tr("Response")},
                                               {Field::Recovery, tr("Recovery")}};
    for (const auto& [key, fallback] : parts) {
        m_report.heading(2, label(key, fallback), QStringLiteral("story-") + key);
        textField(key);
    }
}

void Builder::participants() {
    m_report.heading(1, tr("Participants"), QStringLiteral("participants"));
    const QList<Record> people = m_pm.childrenOfKind(Kind::Participant);
    if (people.isEmpty()) {
        m_report.note(tr("No participants are listed."));
        return;
    }
    ReportTable table;
    if (isExternal(m_options)) {
        table.headers = {tr("Role")};
        for (const Record& p : people)
            table.rows.append(
                {p.text(Field::Role).isEmpty() ? tr("a responder") : p.text(Field::Role)});
    } else {
        table.headers = {tr("Name"), tr("Role"), tr("Team")};
        table.columnWeights = {3, 3, 2};
        for (const Record& p : people)
            table.rows.append({p.text(Field::Name), p.text(Field::Role), p.text(Field::Team)});
    }
    m_report.tableBlock(table);
}

QString Builder::evidenceName(const QString& attachmentId) const {
    const Record* r = m_pm.findRecord(attachmentId);
    if (!r)
        return QString();
    const QString name = r->text(AttachmentField::Name);
    if (!name.isEmpty())
        return name;
    // External reports name evidence by its number in the appendix and its hash.
    const QList<Record> all = m_pm.childrenOfKind(Kind::Attachment);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == attachmentId)
            return tr("Evidence %1 (SHA-256 %2…)")
                .arg(i + 1)
                .arg(r->text(AttachmentField::Sha256).left(12));
    }
    return QString();
}

void Builder::timeline() {
    QList<TimelineEvent> events;
    for (const Record& r : m_pm.childrenOfKind(Kind::Event))
        events.append(TimelineEvent::fromRecord(r));
    std::stable_sort(
        events.begin(), events.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });

    auto table = [this](const QList<TimelineEvent>& list, bool detailed) {
        ReportTable t;
        if (detailed) {
            t.headers = {tr("Time"), tr("Kind"), tr("Source"), tr("Actor"), tr("What happened")};
            t.columnWeights = {5, 4, 3, 4, 12};
        } else {
            t.headers = {tr("Time"), tr("Kind"), tr("Actor"), tr("What happened")};
            t.columnWeights = {5, 4, 4, 15};
        }
        for (const TimelineEvent& e : list) {
            QString time = tableTime(e.time);
            if (e.end.isValid())
                time += QStringLiteral(" – ") + tableTime(e.end) + QStringLiteral(" (") +
                        formatDuration(e.time.msecsTo(e.end)) + u')';
            QString text = e.description;
            QStringList evidence;
            for (const QString& id : e.evidence) {
                const QString name = evidenceName(id);
                if (!name.isEmpty())
                    evidence.append(name);
            }
            if (!evidence.isEmpty())
                text += u'\n' + tr("Evidence: %1").arg(evidence.join(QStringLiteral("; ")));
            QStringList row{time, EventVocabulary::kindName(e.kind)};
            if (detailed)
                row.append(EventVocabulary::sourceName(e.source));
            row.append(e.actor);
            row.append(text);
            t.rows.append(row);
        }
        return t;
    };

    m_report.heading(1, tr("Key events"), QStringLiteral("key-events"));
    QList<TimelineEvent> key;
    for (const TimelineEvent& e : events) {
        if (e.keyEvent)
            key.append(e);
    }
    if (key.isEmpty()) {
        m_report.note(events.isEmpty() ? tr("The timeline is empty.")
                                       : tr("No event is marked as a key event."));
    } else {
        m_report.note(zoneNote());
        m_report.tableBlock(table(key, false));
    }

    if (m_options.fullTimeline) {
        m_report.heading(1, tr("Full timeline"), QStringLiteral("timeline"));
        if (events.isEmpty())
            m_report.note(tr("The timeline is empty."));
        else {
            m_report.note(tr("%n event(s).", nullptr, int(events.size())) + u' ' + zoneNote());
            m_report.tableBlock(table(events, true));
        }
    }
}

void Builder::rootCauses() {
    m_report.heading(1, tr("Root-cause analysis"), QStringLiteral("causes"));
    const CauseTree tree(m_pm);
    const QString problem = problemStatement(m_pm);
    if (!problem.isEmpty()) {
        m_report.fieldList({{tr("Problem"), problem}});
    }

    m_report.heading(2, tr("Five whys"), QStringLiteral("whys"));
    QList<ReportListItem> items;
    std::function<void(const QString&, int)> walk = [&](const QString& parent, int depth) {
        for (const QString& id : tree.childrenOf(parent)) {
            const Cause* c = tree.find(id);
            if (!c)
                continue;
            ReportListItem item;
            item.depth = depth;
            item.text = c->statement;
            QStringList note{CauseVocabulary::kindName(c->kind)};
            if (c->onFishbone && !c->category.isEmpty())
                note.append(templateText(c->category));
            item.note = note.join(QStringLiteral(" · "));
            items.append(item);
            walk(id, depth + 1);
        }
    };
    walk(QString(), 0);
    if (items.isEmpty())
        m_report.note(tr("No causes are recorded."));
    else
        m_report.list(items);

    m_report.heading(2, tr("Fishbone diagram"), QStringLiteral("fishbone"));
    bool onFishbone = false;
    for (const Cause& c : tree.causes())
        onFishbone = onFishbone || c.onFishbone;
    if (!onFishbone) {
        m_report.note(tr("No cause is placed on the fishbone."));
        return;
    }
    // Measuring the diagram's text needs fonts, so a QGuiApplication.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        m_report.note(tr("The diagram is drawn only where fonts are available."));
        return;
    }
    ReportFonts::ensureLoaded();
    ReportBlock& diagram = m_report.append(ReportBlock::Type::Fishbone);
    diagram.text = problem;
    diagram.fishbone = std::make_shared<FishboneLayout>(
        fishboneLayoutOf(m_pm, m_inputs.tmpl, FishboneStyle::standard()));
}

QString Builder::eventLine(const Record& event) const {
    const TimelineEvent e = TimelineEvent::fromRecord(event);
    return when(e.time) + QStringLiteral(" — ") + e.description;
}

void Builder::contributingFactors() {
    m_report.heading(1, tr("Root causes and contributing factors"), QStringLiteral("factors"));
    const CauseTree tree(m_pm);
    const QList<Action> actions = postmortemActions(m_pm);
    int shown = 0;
    for (const QString& kind :
         {QStringLiteral("root_cause"), QStringLiteral("contributing_factor")}) {
        for (const Cause& c : tree.causes()) {
            if (c.kind != kind)
                continue;
            ++shown;
            m_report.heading(3, c.statement, QString());
            ReportFields rows{{tr("Kind"), CauseVocabulary::kindName(c.kind)}};
            if (!c.category.isEmpty())
                rows.append({tr("Category"), templateText(c.category)});
            m_report.fieldList(rows);
            if (!c.notes.trimmed().isEmpty())
                m_report.paragraph(c.notes.trimmed());
            QList<ReportListItem> evidence;
            for (const QString& id : c.evidence) {
                const Record* r = m_pm.findRecord(id);
                if (!r)
                    continue;
                if (r->kind == Kind::Event)
                    evidence.append({0, eventLine(*r), tr("timeline event")});
                else if (r->kind == Kind::Attachment)
                    evidence.append(
                        {0, evidenceName(id),
                         tr("attachment, SHA-256 %1").arg(r->text(AttachmentField::Sha256))});
            }
            if (evidence.isEmpty())
                m_report.note(tr("No evidence is linked."));
            else {
                m_report.note(tr("Evidence:"));
                m_report.list(evidence);
            }
            QList<ReportListItem> addressed;
            for (const Action& a : actions) {
                if (c.actions.contains(a.id))
                    addressed.append({0, a.title, a.statusText()});
            }
            if (addressed.isEmpty())
                m_report.note(tr("No action addresses this yet."));
            else {
                m_report.note(tr("Addressed by:"));
                m_report.list(addressed);
            }
        }
    }
    if (shown == 0)
        m_report.note(tr("No root cause or contributing factor is recorded."));
}

void Builder::actions() {
    m_report.heading(1, tr("Action items"), QStringLiteral("actions"));
    const QList<Action> actions = postmortemActions(m_pm);
    if (actions.isEmpty()) {
        m_report.note(tr("No actions."));
        return;
    }
    ReportTable t;
    t.headers = {tr("#"),        tr("Action"), tr("Owner"),       tr("Due"),
                 tr("Priority"), tr("Status"), tr("Verification")};
    t.columnWeights = {2, 26, 9, 10, 8, 9, 12};
    const bool external = isExternal(m_options);
    int n = 0;
    for (const Action& a : actions) {
        QString owner;
        if (external) {
            const Record* p = m_pm.findRecord(a.owner);
            owner = p ? p->text(Field::Role) : QString();
            if (p && owner.isEmpty())
                owner = tr("a responder");
        } else {
            owner = ownerName(m_pm, a.owner);
        }
        QString what = a.title;
        what += u'\n' + ActionVocabulary::displayName(ActionField::Type, a.type);
        if (!a.ticket.isEmpty())
            what += QStringLiteral(" · ") + tr("ticket %1").arg(a.ticket);
        if (!a.description.trimmed().isEmpty())
            what += u'\n' + a.description.trimmed();
        // The reason is prose: in the wide column, not squeezed into the status.
        if (!a.statusReason.isEmpty())
            what += u'\n' + tr("Reason (%1): %2").arg(a.statusText(), a.statusReason);
        QString status = a.statusText();
        if (a.closedOn.isValid())
            status += u'\n' + tr("closed %1").arg(a.closedOn.toString(displayDateFormat()));
        QString verification;
        if (a.isVerified()) {
            verification = ActionVocabulary::displayName(ActionField::VerificationMethod,
                                                         a.verificationMethod) +
                           QStringLiteral(", ") + a.verifiedOn.toString(displayDateFormat());
            if (!a.verifiedBy.isEmpty())
                verification += u'\n' + tr("by %1").arg(a.verifiedBy);
            if (!a.verificationNote.isEmpty())
                verification += u'\n' + a.verificationNote;
        }
        t.rows.append({QString::number(++n), what, owner,
                       a.due.isValid() ? a.due.toString(displayDateFormat()) : QString(),
                       a.priority, status, verification});
    }
    m_report.tableBlock(t);
}

void Builder::lessons() {
    m_report.heading(1, tr("Lessons"), QStringLiteral("lessons"));
    const QList<QPair<QString, QString>> parts{{Field::WentWell, tr("What went well")},
                                               {Field::WentPoorly, tr("What went poorly")},
                                               {Field::GotLucky, tr("Where we got lucky")},
                                               {Field::LessonsLearned, tr("Lessons learned")}};
    for (const auto& [key, fallback] : parts) {
        m_report.heading(2, label(key, fallback), QStringLiteral("lessons-") + key);
        textField(key);
    }
}

// The minutes of the review meeting, when one was held: when, who was there, the time per
// agenda item against its timebox, the notes. Names come from the redacted copy, so an
// external report shows roles and a participant left out for its marking is only counted.
void Builder::meeting() {
    const Record* record = meetingRecordOf(m_pm);
    const MeetingState state = MeetingState::fromRecord(record);
    if (!record || state.isEmpty())
        return;
    m_report.heading(1, tr("Review meeting"), QStringLiteral("meeting"));
    if (record->created.isValid())
        m_report.paragraph(tr("Held on %1.").arg(when(record->created)));

    m_report.heading(2, tr("Attendance"), QStringLiteral("meeting-attendance"));
    QStringList present;
    int notShown = 0;
    for (const QString& id : state.present) {
        const Record* p = m_pm.findRecord(id);
        if (!p || p->kind != Kind::Participant) {
            ++notShown;
            continue;
        }
        const QString name = p->text(Field::Name).simplified();
        const QString role = p->text(Field::Role).simplified();
        if (name.isEmpty())
            present.append(role.isEmpty() ? tr("a responder") : role);
        else
            present.append(role.isEmpty() ? name : tr("%1 (%2)").arg(name, role));
    }
    if (present.isEmpty() && notShown == 0)
        m_report.note(tr("Nobody was marked present."));
    if (!present.isEmpty())
        m_report.paragraph(tr("Present: %1.").arg(present.join(QStringLiteral(", "))));
    if (notShown > 0)
        m_report.note(tr("%n participant(s) present are not named in this version of the report.",
                         nullptr, notShown));

    m_report.heading(2, tr("Time per agenda item"), QStringLiteral("meeting-time"));
    const bool timed = std::any_of(state.elapsedSeconds.cbegin(), state.elapsedSeconds.cend(),
                                   [](int seconds) { return seconds > 0; });
    if (!timed) {
        m_report.note(tr("No time was recorded."));
    } else {
        // A record made before timeboxes were kept: the template's agenda says, by title.
        const QList<AgendaItem> planned = m_inputs.tmpl && !m_inputs.tmpl->agenda.isEmpty()
                                              ? m_inputs.tmpl->agenda
                                              : Agenda::defaults();
        auto timeboxOf = [&](int i) {
            if (state.timeboxMinutes.value(i) > 0)
                return state.timeboxMinutes.value(i);
            for (const AgendaItem& item : planned) {
                if (item.title == state.agenda.at(i))
                    return item.minutes;
            }
            return 0;
        };
        ReportTable t;
        t.headers = {tr("Agenda item"), tr("Timebox"), tr("Spent")};
        t.columnWeights = {8, 3, 5};
        int totalSeconds = 0;
        int totalMinutes = 0;
        for (int i = 0; i < state.agenda.size(); ++i) {
            const int seconds = state.elapsedSeconds.value(i);
            const int minutes = timeboxOf(i);
            totalSeconds += seconds;
            totalMinutes += minutes;
            QString spent = Countdown::formatRemaining(qint64(seconds) * 1000);
            if (minutes > 0 && seconds > minutes * 60)
                spent +=
                    u' ' +
                    tr("(%1 over)")
                        .arg(Countdown::formatRemaining(qint64(minutes * 60 - seconds) * 1000));
            t.rows.append({state.agenda.at(i),
                           minutes > 0 ? tr("%n min", nullptr, minutes) : QStringLiteral("—"),
                           spent});
        }
        t.rows.append({tr("Total"), tr("%n min", nullptr, totalMinutes),
                       Countdown::formatRemaining(qint64(totalSeconds) * 1000)});
        m_report.tableBlock(t);
    }

    m_report.heading(2, tr("Notes"), QStringLiteral("meeting-notes"));
    if (state.notes.trimmed().isEmpty())
        m_report.note(tr("No notes were taken."));
    else
        m_report.paragraph(state.notes.trimmed());
}

void Builder::reviewAndSignatures() {
    m_report.heading(1, tr("Review and signatures"), QStringLiteral("review"));
    m_report.heading(2, tr("Review history"), QStringLiteral("review-history"));
    const QList<Workflow::Step> steps = Workflow::history(m_pm);
    if (steps.isEmpty()) {
        m_report.note(tr("The postmortem has not been submitted for review."));
    } else {
        ReportTable t;
        t.headers = {tr("When"), tr("Step"), tr("By"), tr("Reason")};
        t.columnWeights = {4, 4, 3, 7};
        for (const Workflow::Step& s : steps)
            t.rows.append(
                {when(s.at),
                 Workflow::stateName(s.from) + QStringLiteral(" → ") + Workflow::stateName(s.to),
                 s.by, s.reason});
        m_report.tableBlock(t);
    }

    m_report.heading(2, tr("Signatures"), QStringLiteral("signatures"));
    // Checked against the full record, which is what was signed; the names shown are the
    // redacted record's (roles in external reports).
    const QList<SignatureCheck> checks = Signatures::checkAll(m_full);
    if (checks.isEmpty()) {
        m_report.note(tr("Not signed."));
        return;
    }
    ReportTable t;
    t.headers = {tr("Signed by"), tr("Meaning"), tr("Date and time"), tr("Signature")};
    t.columnWeights = {5, 3, 4, 5};
    for (const SignatureCheck& c : checks) {
        const Record* shown = m_pm.findRecord(c.recordId);
        if (!shown)
            continue;
        QString who = shown->text(SignatureField::Name);
        const QString role = shown->text(SignatureField::Role);
        if (!role.isEmpty())
            who = who.isEmpty() ? role : who + u'\n' + role;
        QString state = c.stateText();
        if (c.isValid())
            state += u'\n' + tr("key %1").arg(c.keyId.left(16));
        t.rows.append({who, SignatureVocabulary::meaningName(c.meaning), when(c.signedAt), state});
    }
    m_report.tableBlock(t);
    m_report.note(tr("Signatures cover the content with SHA-256 %1.").arg(m_report.contentSha256));
}

void Builder::evidenceAppendix() {
    m_report.heading(1, tr("Appendix: evidence"), QStringLiteral("evidence"));
    const QList<Record> attachments = m_pm.childrenOfKind(Kind::Attachment);
    if (attachments.isEmpty()) {
        m_report.note(tr("No evidence is attached."));
        return;
    }
    m_report.note(tr("Each file is identified by its SHA-256; the same file always has the same "
                     "hash, so a copy in an archive can be checked against this list."));
    ReportTable t;
    const bool external = isExternal(m_options);
    if (external) {
        t.headers = {tr("Evidence"), tr("Type"), tr("Size"), tr("SHA-256")};
        t.columnWeights = {3, 3, 2, 8};
    } else {
        t.headers = {tr("File"), tr("Type"), tr("Size"), tr("Added"), tr("SHA-256")};
        t.columnWeights = {4, 3, 2, 4, 8};
    }
    int n = 0;
    for (const Record& r : attachments) {
        const Attachment a = Attachment::fromRecord(r);
        ++n;
        const QString size = QLocale::c().formattedDataSize(a.size, 1, QLocale::DataSizeSIFormat);
        if (external) {
            t.rows.append({tr("Evidence %1").arg(n), a.mediaType, size, a.sha256});
        } else {
            QString added = when(a.addedAt);
            if (!a.addedBy.isEmpty())
                added += u'\n' + a.addedBy;
            t.rows.append({a.name, a.mediaType, size, added, a.sha256});
        }
    }
    m_report.tableBlock(t);
}

void Builder::auditAppendix() {
    m_report.heading(1, tr("Appendix: audit trail"), QStringLiteral("audit"));
    m_report.note(tr("Every change to this postmortem, in order. Each entry is chained to the one "
                     "before it by a SHA-256 hash."));
    if (m_inputs.auditTrail.isEmpty()) {
        m_report.note(tr("No audit entries were found."));
        return;
    }
    ReportTable t;
    t.headers = {tr("#"), tr("When"), tr("Who"), tr("What"), tr("Value")};
    t.columnWeights = {2, 4, 4, 4, 12};
    for (const AuditEntry& e : m_inputs.auditTrail) {
        QString what = e.action + u' ' + e.recordKind;
        if (!e.field.isEmpty())
            what += u'\n' + e.field;
        if (!e.context.isEmpty())
            what += u'\n' + QStringLiteral("(") + e.context + u')';
        QString value = e.newValue;
        // A very long value (an imported document) would fill pages; its hash in the chain
        // is what an auditor checks, the full value is in the database.
        constexpr int kMaxValue = 300;
        if (value.size() > kMaxValue)
            value = value.left(kMaxValue) + QStringLiteral("… ") +
                    tr("(%n character(s))", nullptr, int(e.newValue.size()));
        QString who = e.actor;
        if (!e.osUser.isEmpty())
            who += u'\n' + e.osUser;
        t.rows.append({QString::number(e.seq), when(e.at), who, what, value});
    }
    m_report.tableBlock(t);
}

Report Builder::build() {
    m_report.generatedAt = m_options.generatedAt.isValid() ? m_options.generatedAt.toUTC()
                                                           : QDateTime::currentDateTimeUtc();
    cover();
    summary();
    impact();
    phases();
    templateSections();
    story();
    participants();
    timeline();
    rootCauses();
    contributingFactors();
    actions();
    lessons();
    meeting();
    reviewAndSignatures();
    evidenceAppendix();
    if (m_options.auditTrail)
        auditAppendix();
    return m_report;
}

} // namespace

Result<Report> buildReport(const Postmortem& pm, const ReportInputs& inputs,
                           const ReportOptions& options) {
    if (options.auditTrail && options.profile != ReportProfile::Full)
        return Result<Report>::failure(QCoreApplication::translate(
            "Report", "The audit trail holds every value ever written, "
                      "including what this report leaves out; it can only be "
                      "included in the full report."));
    const Redaction redaction = redact(pm, options.profile);
    return Builder(pm, redaction, inputs, options).build();
}

} // namespace causeway
