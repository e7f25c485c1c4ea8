#include "MemoryPostmortem.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "coach/PostmortemLint.h"
#include "coach/RuleCache.h"
#include "model/Template.h"
#include "review/ReviewChecklist.h"
#include "timeline/TimelineEvent.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace causeway;
using namespace causeway::coach;

// Linting a whole postmortem: every narrative field, timeline description, cause and action
// text, each finding with its place; and the review checklist's language item.
class TestCoachLint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { setLanguageReviewProvider({}); }
    void findsEveryPlace();
    void actionOwnerIsNeutral();
    void checklistItem();
    void languageOfPostmortem();
    void editedRuleFileTakesEffect();
};

namespace {

Postmortem blamingPostmortem() {
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Title].value = QStringLiteral("Checkout down");
    pm.root.fields[Field::Summary].value =
        QStringLiteral("The checkout was down for 40 minutes. Obviously the config was wrong.");
    pm.root.fields[Field::Response].value = QStringLiteral("The team rolled back at 14:20.");
    const QString alice = test::addMemoryRecord(pm, Kind::Participant,
                                                {{Field::Name, QStringLiteral("Alice Schmidt")}});
    test::addMemoryRecord(pm, Kind::Event,
                          {{EventField::Time, QStringLiteral("2026-03-02T14:05:00.000Z")},
                           {EventField::Description, QStringLiteral("Alice broke the deploy")}});
    test::addMemoryRecord(pm, Kind::Event,
                          {{EventField::Time, QStringLiteral("2026-03-02T14:20:00.000Z")},
                           {EventField::Description, QStringLiteral("Rolled back")}});
    test::addMemoryRecord(pm, Kind::Cause,
                          {{CauseField::Statement, QStringLiteral("Human error")},
                           {CauseField::Kind, QStringLiteral("root_cause")}});
    test::addMemoryRecord(
        pm, Kind::Action,
        {{ActionField::Title, QStringLiteral("Add a pre-deploy check")},
         {ActionField::Description, QStringLiteral("The tool should have a confirmation step.")},
         {ActionField::Owner, alice}});
    return pm;
}

} // namespace

void TestCoachLint::findsEveryPlace() {
    const Postmortem pm = blamingPostmortem();
    QCOMPARE(participantNames(pm), QStringList{QStringLiteral("Alice Schmidt")});
    Coach coach(effectiveRuleSet(QStringLiteral("en")), participantNames(pm));
    TemplateRegistry templates;
    const LintReport report = lintPostmortem(pm, templates.find(QStringLiteral("standard")), coach);
    QStringList places;
    for (const LocatedFinding& f : report.findings)
        places.append(f.where + QStringLiteral(" = ") + f.finding.text);
    QCOMPARE(places, (QStringList{QStringLiteral("Summary = Obviously"),
                                  QStringLiteral("Timeline 2026-03-02 14:05 UTC = Alice broke"),
                                  QStringLiteral("Cause “Human error” = Human error")}));
    QCOMPARE(report.findings.at(1).recordKind, Kind::Event);
    QCOMPARE(report.findings.at(1).field, EventField::Description);
    QCOMPARE(report.findings.at(0).recordId, pm.id());
    QCOMPARE(report.findings.at(0).field, Field::Summary);
    QCOMPARE(summarizeFindings(report.findings),
             QStringLiteral("3 findings (blame or judgement: 1, hindsight: 1, person as the "
                            "subject of a failure: 1)"));
    // Without the template every prose field is still read.
    QCOMPARE(lintPostmortem(pm, nullptr, coach).findings.size(), 3);
}

void TestCoachLint::actionOwnerIsNeutral() {
    Postmortem pm = blamingPostmortem();
    test::addMemoryRecord(
        pm, Kind::Action,
        {{ActionField::Title, QStringLiteral("Alice Schmidt owns the rollback tooling")},
         {ActionField::Description,
          QStringLiteral("Assigned to Alice: by Q3 every service should have migrated.")}});
    const Coach coach(effectiveRuleSet(QStringLiteral("en")), participantNames(pm));
    const LintReport report = lintPostmortem(pm, nullptr, coach);
    for (const LocatedFinding& f : report.findings)
        QVERIFY2(f.recordKind != Kind::Action, qPrintable(f.where + u' ' + f.finding.text));
}

void TestCoachLint::checklistItem() {
    registerLanguageReview();
    QVERIFY(hasLanguageReviewProvider());
    Postmortem pm = blamingPostmortem();
    const auto languageItem = [](const Postmortem& p) {
        for (const ChecklistItem& i : computeChecklist(p)) {
            if (i.key == ChecklistKey::Language)
                return i;
        }
        return ChecklistItem{};
    };
    ChecklistItem item = languageItem(pm);
    QCOMPARE(item.state, ChecklistItem::State::Fail);
    QCOMPARE(item.title, QStringLiteral("Blameless-language findings reviewed"));
    QVERIFY2(item.detail.startsWith(QStringLiteral("3 findings (blame or judgement: 1, ")),
             qPrintable(item.detail));
    QVERIFY2(item.detail.contains(QStringLiteral("in Summary, Timeline 2026-03-02 14:05 UTC, "
                                                 "Cause “Human error”")),
             qPrintable(item.detail));
    QVERIFY(failingChecks(computeChecklist(pm)).contains(ChecklistKey::Language));

    pm.root.fields[Field::Summary].value = QStringLiteral("The checkout was down for 40 minutes.");
    for (Record& r : pm.children) {
        if (r.kind == Kind::Event || r.kind == Kind::Cause)
            r.deleted = true;
    }
    item = languageItem(pm);
    QCOMPARE(item.state, ChecklistItem::State::Pass);
    QCOMPARE(item.detail,
             QStringLiteral("No blaming, counterfactual or hindsight wording was found."));
}

void TestCoachLint::languageOfPostmortem() {
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Summary].value =
        QStringLiteral("Der Dienst war nicht erreichbar, die Datenbank wurde umgeschaltet.");
    QCOMPARE(postmortemLanguage(pm), QStringLiteral("de"));
    pm.root.fields[Field::Summary].value =
        QStringLiteral("The service was unreachable and the database was failed over.");
    QCOMPARE(postmortemLanguage(pm), QStringLiteral("en"));
}

void TestCoachLint::editedRuleFileTakesEffect() {
    // The checklist keeps its compiled rules between checks; a user who edits the rule file
    // sees the effect at the next check, not after a restart.
    registerLanguageReview();
    Postmortem pm = test::memoryPostmortem();
    pm.root.fields[Field::Summary].value =
        QStringLiteral("The checkout was down. Obviously the config was wrong.");
    const auto languageState = [](const Postmortem& p) -> ChecklistItem::State {
        for (const ChecklistItem& i : computeChecklist(p)) {
            if (i.key == ChecklistKey::Language)
                return i.state;
        }
        return ChecklistItem{}.state;
    };
    const QString path = userRuleFile(QStringLiteral("en"));
    QFile::remove(path);
    QCOMPARE(languageState(pm), ChecklistItem::State::Fail);
    QVERIFY(userRuleProblems().isEmpty());

    // Each write moves the file's time on, as an editor's save a moment later would.
    QDateTime saved = QDateTime::currentDateTimeUtc().addSecs(-60);
    const auto write = [&](const QByteArray& content) {
        QDir().mkpath(userRuleDir());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        saved = saved.addSecs(5);
        QVERIFY(file.setFileTime(saved, QFileDevice::FileModificationTime));
    };
    write(R"({"format": "causeway.coach-rules", "version": 1, "language": "en",
              "rules": [{"id": "hindsight.obviously", "disabled": true}]})");
    QCOMPARE(languageState(pm), ChecklistItem::State::Pass);

    // A broken edit falls back to the built-in rules and says why, naming the file.
    write(R"({"format": "causeway.coach-rules", "version": 1, "rules": [)");
    QCOMPARE(languageState(pm), ChecklistItem::State::Fail);
    const QStringList problems = userRuleProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QDir::toNativeSeparators(path)),
             qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("not valid JSON")),
             qPrintable(problems.first()));

    QVERIFY(QFile::remove(path));
    QCOMPARE(languageState(pm), ChecklistItem::State::Fail);
    QVERIFY(userRuleProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestCoachLint)
#include "test_coach_lint.moc"
