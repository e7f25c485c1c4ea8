// Built-in templates are data in English; their display texts are translated when shown.
// Each text must be listed for the translation tools, and the German ones must arrive, in
// the editor and in the report (whose texts are looked up in the contexts lupdate gave them).
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "causes/Cause.h"
#include "model/Fields.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"
#include "model/TemplateText.h"
#include "report/ReportBuilder.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace causeway;

namespace {

// What a person sees of a template: everything but keys and the vocabulary's own choices
// (those are translated by the vocabulary).
QStringList displayTexts(const Template& t) {
    QStringList texts{t.name, t.description};
    texts += t.causeCategories;
    for (const TemplateSection& section : t.sections) {
        texts.append(section.title);
        for (const TemplateField& field : section.fields) {
            texts.append(field.label);
            texts.append(field.help);
            if (field.key != Field::Status && field.key != Field::Severity &&
                field.key != Field::Confidentiality)
                texts += field.choices;
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTemplateText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyBuiltinTextIsListed();
    void germanTextsAreShown();
    void keysAndUserTextsStay();
    void reportIsInGerman();
};

void TestTemplateText::everyBuiltinTextIsListed() {
    const QStringList listed = builtinTemplateTexts();
    const QSet<QString> known(listed.begin(), listed.end());
    QCOMPARE(known.size(), listed.size()); // each once
    const TemplateRegistry registry;
    QVERIFY2(registry.loadErrors().isEmpty(), qPrintable(registry.loadErrors().join(u'\n')));
    QStringList unlisted;
    QStringList texts = defaultCauseCategories();
    for (const Template& t : registry.all())
        texts += displayTexts(t);
    for (const QString& text : std::as_const(texts)) {
        if (!known.contains(text) && !unlisted.contains(text))
            unlisted.append(text);
    }
    QVERIFY2(unlisted.isEmpty(),
             qPrintable(u"add these to kBuiltinTexts in core/model/TemplateText.cpp:\n" +
                        unlisted.join(u'\n')));
}

void TestTemplateText::germanTextsAreShown() {
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral("causeway_de"), qEnvironmentVariable("CAUSEWAY_QM_DIR")),
             "causeway_de.qm not found: build the causeway_lrelease target");
    QCoreApplication::installTranslator(&german);
    const TemplateRegistry registry;
    const Template* standard = registry.find(QStringLiteral("standard"));
    QVERIFY(standard);
    QCOMPARE(standard->sections.first().title, QStringLiteral("Überblick"));
    QCOMPARE(standard->field(Field::IncidentStart)->label, QStringLiteral("Beginn des Vorfalls"));
    QCOMPARE(templateText(QStringLiteral("Working Conditions")),
             QStringLiteral("Arbeitsbedingungen"));
    QCOMPARE(Vocabulary::displayName(QStringLiteral("reporting_stage"), QStringLiteral("final")),
             QStringLiteral("Abschlussmeldung"));
    // Every listed text has a German translation.
    QStringList untranslated;
    for (const QString& text : builtinTemplateTexts()) {
        if (german.translate("TemplateText", text.toUtf8().constData()).isEmpty())
            untranslated.append(text);
    }
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
}

void TestTemplateText::keysAndUserTextsStay() {
    // Keys are data: never translated, whatever the language.
    const TemplateRegistry registry;
    const Template* standard = registry.find(QStringLiteral("standard"));
    QVERIFY(standard);
    QCOMPARE(standard->sections.first().key, QStringLiteral("overview"));
    QCOMPARE(standard->field(Field::IncidentStart)->key, Field::IncidentStart);
    QCOMPARE(templateText(QStringLiteral("A category of our own")),
             QStringLiteral("A category of our own"));
    QCOMPARE(templateText(QString()), QString());
}

void TestTemplateText::reportIsInGerman() {
    auto store = test::newStore();
    QVERIFY(store);
    const TemplateRegistry english;
    const auto id = insertSamplePostmortem(*store, english);
    QVERIFY2(id, qPrintable(id.error()));
    const auto pm = store->loadPostmortem(id.value());
    QVERIFY(pm);

    QTranslator german;
    QVERIFY(german.load(QStringLiteral("causeway_de"), qEnvironmentVariable("CAUSEWAY_QM_DIR")));
    QCoreApplication::installTranslator(&german);
    const TemplateRegistry templates;
    ReportInputs inputs;
    inputs.tmpl = templates.find(pm->templateId());
    const auto report = buildReport(*pm, inputs, ReportOptions());
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(report, qPrintable(report.error()));

    const QString text = test::reportText(report.value());
    // Headings of the builder, a cause category of the template, a date.
    for (const char* expected :
         {"Zusammenfassung", "Was geschah", "Ursachenanalyse", "Ishikawa-Diagramm", "Maßnahmen",
          "Erkenntnisse", "Technik", "12.03.2024"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    for (const char* untranslated : {"Root-cause analysis", "Action items", "Lessons learned"})
        QVERIFY2(!text.contains(QLatin1String(untranslated)), untranslated);
}

QTEST_GUILESS_MAIN(TestTemplateText)
#include "test_templatetext.moc"
