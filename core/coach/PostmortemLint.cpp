#include "coach/PostmortemLint.h"

#include "coach/RuleCache.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "review/ReviewChecklist.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <memory>
#include <vector>

namespace causeway::coach {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("causeway::coach", text, disambiguation, n);
}

// Short enough for a list: the start of a statement or title.
QString excerpt(const QString& text) {
    constexpr qsizetype kShown = 40;
    const QString simple = text.simplified();
    return simple.size() <= kShown ? simple : simple.left(kShown - 1) + u'…';
}

// Fields of the postmortem record that hold machine values, never prose.
bool isProseKey(const QString& key) {
    static const QStringList machine{Field::Template,        Field::Status,      Field::Severity,
                                     Field::IncidentStart,   Field::IncidentEnd, Field::TimeZone,
                                     Field::Confidentiality, Field::Tags};
    return !machine.contains(key) && !key.startsWith(QStringLiteral("phase_"));
}

struct Source {
    QString field;
    QString label;
    TextContext context;
};

void lintRecord(const Record& record, const QList<Source>& sources, const QString& where,
                const Coach& coach, QList<LocatedFinding>& out) {
    for (const Source& s : sources) {
        const QString text = record.text(s.field);
        for (const Finding& f : coach.check(text, s.context)) {
            const QString place =
                s.label.isEmpty() ? where : where + QStringLiteral(": ") + s.label;
            out.append(LocatedFinding{record.id, record.kind, s.field, place, f});
        }
    }
}

QString eventWhere(const Record& event) {
    const QDateTime time = parseCanonicalTime(event.text(EventField::Time));
    return time.isValid() ? tr("Timeline %1 UTC")
                                .arg(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          : tr("Timeline event %1").arg(event.id.left(8));
}

} // namespace

QStringList participantNames(const Postmortem& pm) {
    QStringList names;
    for (const Record& r : pm.childrenOfKind(Kind::Participant)) {
        const QString name = r.text(Field::Name).simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

LintReport lintPostmortem(const Postmortem& pm, const Template* tmpl, const Coach& coach) {
    LintReport report;
    report.language = coach.language();
    QList<Source> rootSources{{Field::Title, tr("Title"), TextContext::Narrative}};
    if (tmpl) {
        for (const TemplateField& f : tmpl->allFields()) {
            if (f.type == FieldType::Text)
                rootSources.append({f.key, f.label, TextContext::Narrative});
        }
    } else {
        for (auto it = pm.root.fields.cbegin(); it != pm.root.fields.cend(); ++it) {
            if (it.key() != Field::Title && isProseKey(it.key()) && it->value.isString() &&
                it->value.toString().contains(u' '))
                rootSources.append({it.key(), it.key(), TextContext::Narrative});
        }
    }
    for (const Source& s : std::as_const(rootSources))
        lintRecord(pm.root, {{s.field, QString(), s.context}}, s.label, coach, report.findings);

    const QList<Source> eventSources{{EventField::Description, QString(), TextContext::Narrative}};
    const QList<Source> causeSources{{CauseField::Statement, QString(), TextContext::Narrative},
                                     {CauseField::Notes, tr("notes"), TextContext::Narrative}};
    const QList<Source> actionSources{
        {ActionField::Title, QString(), TextContext::Action},
        {ActionField::Description, tr("description"), TextContext::Action},
        {ActionField::StatusReason, tr("status reason"), TextContext::Action},
        {ActionField::VerificationNote, tr("verification note"), TextContext::Action}};
    // Children in a stable order: the timeline by time, the rest as stored.
    // The times are read once: a 100,000-event timeline would otherwise look them up in
    // every comparison of the sort.
    std::vector<std::pair<QString, const Record*>> events;
    for (const Record& r : pm.children) {
        if (!r.deleted && r.kind == Kind::Event)
            events.emplace_back(r.text(EventField::Time), &r);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [time, e] : events)
        lintRecord(*e, eventSources, eventWhere(*e), coach, report.findings);
    for (const Record& r : pm.children) {
        if (r.deleted)
            continue;
        if (r.kind == Kind::Cause)
            lintRecord(r, causeSources,
                       tr("Cause “%1”").arg(excerpt(r.text(CauseField::Statement))), coach,
                       report.findings);
        else if (r.kind == Kind::Action)
            lintRecord(r, actionSources, tr("Action “%1”").arg(excerpt(r.text(ActionField::Title))),
                       coach, report.findings);
    }
    return report;
}

QString defaultLanguage() {
    const QString locale = QLocale().name().section(u'_', 0, 0);
    return availableLanguages().contains(locale) ? locale : QStringLiteral("en");
}

QString postmortemLanguage(const Postmortem& pm) {
    // A few thousand characters tell the language; the editor asks on every edit, so a
    // timeline of thousands of events must not be read whole.
    constexpr qsizetype kEnough = 4000;
    QString text;
    for (auto it = pm.root.fields.cbegin(); it != pm.root.fields.cend(); ++it) {
        if (it->value.isString())
            text += it->value.toString() + u' ';
    }
    for (const Record& r : pm.children) {
        if (text.size() >= kEnough)
            break;
        if (r.kind == Kind::Event)
            text += r.text(EventField::Description) + u' ';
    }
    return detectLanguage(text, defaultLanguage());
}

QString summarizeFindings(const QList<LocatedFinding>& findings) {
    QMap<int, int> byCategory;
    for (const LocatedFinding& f : findings)
        ++byCategory[int(f.finding.category)];
    QStringList parts;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        parts.append(tr("%1: %2").arg(categoryName(Category(it.key())).toLower()).arg(it.value()));
    // Spelled out: English plurals must not depend on a loaded translation.
    const QString counts = parts.join(QStringLiteral(", "));
    return findings.size() == 1 ? tr("1 finding (%1)").arg(counts)
                                : tr("%1 findings (%2)").arg(findings.size()).arg(counts);
}

void registerLanguageReview() {
    setLanguageReviewProvider([](const Postmortem& pm) {
        // The compiled rules are shared and only compiled again when the user's rule file
        // changes: the checklist is computed on every change of the review pane.
        static const TemplateRegistry builtInTemplates;
        auto coach = std::make_shared<Coach>(*cachedRules(postmortemLanguage(pm)).coach);
        coach->setNames(participantNames(pm));
        const LintReport report =
            lintPostmortem(pm, builtInTemplates.find(pm.templateId()), *coach);
        ChecklistItem item;
        if (report.findings.isEmpty()) {
            item.state = ChecklistItem::State::Pass;
            item.detail = tr("No blaming, counterfactual or hindsight wording was found.");
            return item;
        }
        QStringList places;
        for (const LocatedFinding& f : report.findings) {
            if (!places.contains(f.where))
                places.append(f.where);
        }
        constexpr qsizetype kPlaces = 3;
        QString where = places.mid(0, kPlaces).join(QStringLiteral(", "));
        if (places.size() > kPlaces)
            where = tr("%1 and %n more", nullptr, int(places.size() - kPlaces)).arg(where);
        item.state = ChecklistItem::State::Fail;
        item.detail = tr("%1 in %2. The editor underlines them with a suggestion.")
                          .arg(summarizeFindings(report.findings), where);
        return item;
    });
}

} // namespace causeway::coach
