#include "model/TemplateText.h"

#include <QCoreApplication>

#include <iterator>

namespace causeway {

namespace {

constexpr const char* kContext = "TemplateText";

// The texts of resources/templates/*.json and defaultCauseCategories(), so lupdate finds
// them; test_templatetext fails when a template gains a text that is not listed here.
const char* const kBuiltinTexts[] = {
    QT_TRANSLATE_NOOP("TemplateText", "Standard"),
    QT_TRANSLATE_NOOP("TemplateText",
                      "The classic SRE postmortem: summary, impact, timeline story, lessons."),
    QT_TRANSLATE_NOOP("TemplateText", "Overview"),
    QT_TRANSLATE_NOOP("TemplateText", "Title"),
    QT_TRANSLATE_NOOP("TemplateText", "A short, neutral name for the incident."),
    QT_TRANSLATE_NOOP("TemplateText", "Status"),
    QT_TRANSLATE_NOOP("TemplateText", "Severity"),
    QT_TRANSLATE_NOOP("TemplateText", "Confidentiality"),
    QT_TRANSLATE_NOOP("TemplateText", "Who may read this postmortem."),
    QT_TRANSLATE_NOOP("TemplateText", "Incident start"),
    QT_TRANSLATE_NOOP("TemplateText", "When the problem began (stored in UTC)."),
    QT_TRANSLATE_NOOP("TemplateText", "Incident end"),
    QT_TRANSLATE_NOOP("TemplateText", "When service was fully restored."),
    QT_TRANSLATE_NOOP("TemplateText", "Reference time zone"),
    QT_TRANSLATE_NOOP("TemplateText", "Times are shown in this zone."),
    QT_TRANSLATE_NOOP("TemplateText", "Tags"),
    QT_TRANSLATE_NOOP("TemplateText", "Summary"),
    QT_TRANSLATE_NOOP(
        "TemplateText",
        "Two or three sentences: what happened, the impact, and how it was resolved."),
    QT_TRANSLATE_NOOP("TemplateText", "Impact"),
    QT_TRANSLATE_NOOP("TemplateText", "Who and what was affected, and how."),
    QT_TRANSLATE_NOOP("TemplateText", "Duration of impact (minutes)"),
    QT_TRANSLATE_NOOP("TemplateText", "Users or customers affected"),
    QT_TRANSLATE_NOOP("TemplateText", "Services affected"),
    QT_TRANSLATE_NOOP("TemplateText", "Error budget consumed (%)"),
    QT_TRANSLATE_NOOP("TemplateText", "Cost estimate"),
    QT_TRANSLATE_NOOP("TemplateText", "What happened"),
    QT_TRANSLATE_NOOP("TemplateText", "Trigger"),
    QT_TRANSLATE_NOOP("TemplateText", "The change or event that set the incident off."),
    QT_TRANSLATE_NOOP("TemplateText", "Detection"),
    QT_TRANSLATE_NOOP("TemplateText", "How and when the problem was noticed."),
    QT_TRANSLATE_NOOP("TemplateText", "Response"),
    QT_TRANSLATE_NOOP("TemplateText", "How the team responded."),
    QT_TRANSLATE_NOOP("TemplateText", "Recovery"),
    QT_TRANSLATE_NOOP("TemplateText", "How service was restored."),
    QT_TRANSLATE_NOOP("TemplateText", "Lessons"),
    QT_TRANSLATE_NOOP("TemplateText", "What went well"),
    QT_TRANSLATE_NOOP("TemplateText", "What went poorly"),
    QT_TRANSLATE_NOOP("TemplateText", "Describe systems and conditions, not people."),
    QT_TRANSLATE_NOOP("TemplateText", "Where we got lucky"),
    QT_TRANSLATE_NOOP("TemplateText", "Lessons learned"),
    QT_TRANSLATE_NOOP("TemplateText", "Participants"),
    QT_TRANSLATE_NOOP("TemplateText", "Regulated (DORA-style)"),
    QT_TRANSLATE_NOOP("TemplateText",
                      "The standard postmortem plus the fields a financial regulator asks for: "
                      "reference code, classification, affected clients and transactions, data "
                      "losses, costs and notified authorities."),
    QT_TRANSLATE_NOOP("TemplateText", "Technology"),
    QT_TRANSLATE_NOOP("TemplateText", "Process"),
    QT_TRANSLATE_NOOP("TemplateText", "Detection & Monitoring"),
    QT_TRANSLATE_NOOP("TemplateText", "Communication & Coordination"),
    QT_TRANSLATE_NOOP("TemplateText", "Environment & Dependencies"),
    QT_TRANSLATE_NOOP("TemplateText", "Working Conditions"),
    QT_TRANSLATE_NOOP("TemplateText", "Controls & Compliance"),
    QT_TRANSLATE_NOOP("TemplateText", "Regulatory reporting"),
    QT_TRANSLATE_NOOP("TemplateText", "Incident reference code"),
    QT_TRANSLATE_NOOP("TemplateText", "The reference used in reports to the authority."),
    QT_TRANSLATE_NOOP("TemplateText", "Classified as major at"),
    QT_TRANSLATE_NOOP("TemplateText", "Classification criteria met"),
    QT_TRANSLATE_NOOP("TemplateText",
                      "Which criteria made this a major incident (clients, duration, data, "
                      "critical services, economic impact, geography)."),
    QT_TRANSLATE_NOOP("TemplateText", "Clients affected"),
    QT_TRANSLATE_NOOP("TemplateText", "Transactions affected"),
    QT_TRANSLATE_NOOP("TemplateText", "Data losses"),
    QT_TRANSLATE_NOOP("TemplateText",
                      "Availability, authenticity, integrity or confidentiality of data affected."),
    QT_TRANSLATE_NOOP("TemplateText", "Costs and losses"),
    QT_TRANSLATE_NOOP("TemplateText", "Direct and indirect costs and losses."),
    QT_TRANSLATE_NOOP("TemplateText", "Authorities notified"),
    QT_TRANSLATE_NOOP("TemplateText",
                      "Which authorities were notified, when, and their references."),
    QT_TRANSLATE_NOOP("TemplateText", "Reporting stage"),
    QT_TRANSLATE_NOOP("TemplateText", "initial"),
    QT_TRANSLATE_NOOP("TemplateText", "intermediate"),
    QT_TRANSLATE_NOOP("TemplateText", "final"),
};

} // namespace

QString templateText(const QString& english) {
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate(kContext, english.toUtf8().constData());
}

Template withTranslatedTexts(Template t) {
    t.name = templateText(t.name);
    t.description = templateText(t.description);
    for (TemplateSection& section : t.sections) {
        section.title = templateText(section.title);
        for (TemplateField& field : section.fields) {
            field.label = templateText(field.label);
            field.help = templateText(field.help);
        }
    }
    return t;
}

QStringList builtinTemplateTexts() {
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(std::size(kBuiltinTexts)));
    for (const char* text : kBuiltinTexts)
        texts.append(QString::fromUtf8(text));
    return texts;
}

} // namespace causeway
