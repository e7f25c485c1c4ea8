// The example postmortem a new team sees first: it must load, match its template and show
// a complete analysis.
#include "TestSupport.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"

#include <QTest>

using namespace causeway;

class TestSample : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertsAndValidates();
    void narrativeSectionsAreFilled();
    void insertingTwiceGivesTwoPostmortems();
    void causesLinkToTheirParentsAndEvidence();
};

void TestSample::insertsAndValidates() {
    auto store = test::newStore();
    QVERIFY(store);
    const auto id = insertSamplePostmortem(*store, test::builtinTemplates());
    QVERIFY2(id, qPrintable(id.error()));
    const auto pm = store->loadPostmortem(id.value());
    QVERIFY(pm);

    const Template* tmpl = test::builtinTemplates().find(pm->templateId());
    QVERIFY2(tmpl, qPrintable(pm->templateId()));
    for (auto it = pm->root.fields.cbegin(); it != pm->root.fields.cend(); ++it) {
        if (it.key() == Field::Template || Phases::fieldKeys().contains(it.key()) ||
            it.key() == CauseRootField::ProblemStatement)
            continue;
        const TemplateField* field = tmpl->field(it.key());
        QVERIFY2(field, qPrintable(it.key()));
        const Status valid = validateFieldValue(*field, it.value().value);
        QVERIFY2(valid, qPrintable(it.key() + QStringLiteral(": ") + valid.error()));
    }
    for (const TemplateField& field : tmpl->allFields()) {
        if (field.required)
            QVERIFY2(!pm->root.text(field.key).isEmpty(), qPrintable(field.key));
    }
    // What the store gives back must read back through the exchange format unchanged.
    const auto reparsed =
        PostmortemJson::fromJson(PostmortemJson::toCanonicalBytes(*pm), test::builtinTemplates());
    QVERIFY2(reparsed, qPrintable(reparsed.error()));

    QCOMPARE(pm->root.text(Field::Severity), QStringLiteral("SEV2"));
    QCOMPARE(pm->root.text(Field::TimeZone), QStringLiteral("Europe/Berlin"));
    const QDateTime start =
        QDateTime::fromString(pm->root.text(Field::IncidentStart), Qt::ISODateWithMs);
    const QDateTime end =
        QDateTime::fromString(pm->root.text(Field::IncidentEnd), Qt::ISODateWithMs);
    QVERIFY(start.isValid() && end.isValid());
    QVERIFY(start.secsTo(end) >= 2 * 3600);
    QCOMPARE(pm->root.value(Field::ImpactDurationMinutes).toInteger(), start.secsTo(end) / 60);
    QVERIFY(!pm->root.list(Field::Tags).isEmpty());
    QVERIFY(!pm->root.list(Field::ImpactServices).isEmpty());
    QVERIFY(pm->root.value(Field::ImpactUsersAffected).toInteger() > 0);

    const QList<Record> people = pm->childrenOfKind(Kind::Participant);
    QVERIFY(people.size() >= 4 && people.size() <= 5);
    for (const Record& p : people) {
        for (const QString& key : {Field::Name, Field::Role, Field::Team})
            QVERIFY2(!p.text(key).trimmed().isEmpty(), qPrintable(p.id + u' ' + key));
    }
    const VerifyReport verified = store->verify();
    QVERIFY2(verified.ok, qPrintable(verified.problems.join(u'\n')));
}

void TestSample::narrativeSectionsAreFilled() {
    auto store = test::newStore();
    QVERIFY(store);
    const auto id = insertSamplePostmortem(*store, test::builtinTemplates());
    QVERIFY2(id, qPrintable(id.error()));
    const auto pm = store->loadPostmortem(id.value());
    QVERIFY(pm);
    QStringList narrative{Field::Summary,  Field::Impact,        Field::Trigger,  Field::Detection,
                          Field::Response, Field::Recovery,      Field::WentWell, Field::WentPoorly,
                          Field::GotLucky, Field::LessonsLearned};
    // A text field a template adds later is narrative too.
    const Template* tmpl = test::builtinTemplates().find(pm->templateId());
    QVERIFY(tmpl);
    for (const TemplateField& field : tmpl->allFields()) {
        if (field.type == FieldType::Text && !narrative.contains(field.key))
            narrative.append(field.key);
    }
    for (const QString& key : narrative) {
        const QString text = pm->root.text(key).trimmed();
        QVERIFY2(text.size() >= 80, qPrintable(key + QStringLiteral(" is empty or too short")));
    }
}

void TestSample::insertingTwiceGivesTwoPostmortems() {
    auto store = test::newStore();
    QVERIFY(store);
    const auto first = insertSamplePostmortem(*store, test::builtinTemplates());
    const auto second = insertSamplePostmortem(*store, test::builtinTemplates());
    QVERIFY(first && second);
    QVERIFY(first.value() != second.value());
    QCOMPARE(store->countPostmortems(), 2);
}

// The sample shows the chain timeline → causes: its ids are renamed on every insertion, and
// the links between records must follow.
void TestSample::causesLinkToTheirParentsAndEvidence() {
    auto store = test::newStore();
    const auto id = insertSamplePostmortem(*store, test::builtinTemplates());
    QVERIFY2(id, qPrintable(id.error()));
    const auto pm = store->loadPostmortem(id.value());
    QVERIFY(pm);
    QVERIFY(pm->childrenOfKind(Kind::Event).size() >= 10);
    const CauseTree tree(*pm);
    QVERIFY(tree.causes().size() >= 10);
    int nested = 0;
    int rootCauses = 0;
    for (const Cause& c : tree.causes()) {
        if (!c.parent.isEmpty()) {
            QVERIFY2(tree.find(c.parent), qPrintable(c.statement));
            ++nested;
        }
        for (const QString& evidence : c.evidence) {
            const Record* event = pm->findRecord(evidence);
            QVERIFY2(event && event->kind == Kind::Event, qPrintable(c.statement));
        }
        if (c.kind == u"root_cause") {
            ++rootCauses;
            QVERIFY2(!c.evidence.isEmpty(), qPrintable(c.statement));
        }
    }
    QVERIFY(nested >= 8);
    QVERIFY(rootCauses >= 2);

    // Causes → actions → owners: every linked action exists, and every owner is a participant.
    const QList<Action> actions = postmortemActions(*pm);
    QVERIFY(actions.size() >= 5);
    int linkedRootCauses = 0;
    for (const Cause& c : tree.causes()) {
        for (const QString& actionId : c.actions) {
            const Record* action = pm->findRecord(actionId);
            QVERIFY2(action && action->kind == Kind::Action, qPrintable(c.statement));
        }
        if (c.kind == u"root_cause" && !c.actions.isEmpty())
            ++linkedRootCauses;
    }
    QVERIFY(linkedRootCauses >= 3);
    for (const Action& a : actions) {
        QVERIFY2(a.problem().isEmpty(), qPrintable(a.title));
        QVERIFY2(!actionCauses(*pm, a.id).isEmpty(), qPrintable(a.title));
        if (a.owner.isEmpty())
            continue;
        const Record* owner = pm->findRecord(a.owner);
        QVERIFY2(owner && owner->kind == Kind::Participant, qPrintable(a.title));
    }
    const Fishbone fishbone =
        buildFishbone(tree, problemStatement(*pm), causeCategories(*pm, nullptr));
    QVERIFY(fishbone.causeCount() >= 8);
    QCOMPARE(fishbone.bones.size(), defaultCauseCategories().size());
}

QTEST_GUILESS_MAIN(TestSample)
#include "test_sample.moc"
