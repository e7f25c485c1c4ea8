#include "coach/Coach.h"
#include "coach/CoachRules.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace causeway;
using namespace causeway::coach;

// Rule files: the built-in ones parse, a user's file is merged over them, and a malformed
// user file is ignored with a message that names the problem.
class TestCoachRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void builtInRulesParse();
    void unknownLanguage();
    void userRulesAddReplaceAndDisable();
    void malformedUserFiles_data();
    void malformedUserFiles();
    void unreadableUserFile();
};

namespace {

void writeUserFile(const QString& language, const QByteArray& content) {
    QDir().mkpath(userRuleDir());
    QFile file(userRuleFile(language));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray ruleFile(const QByteArray& rules, const QByteArray& subjectRules = "[]") {
    return R"({"format": "causeway.coach-rules", "version": 1, "language": "en", "rules": )" +
           rules + R"(, "subjectRules": )" + subjectRules + "}";
}

} // namespace

void TestCoachRules::init() {
    QFile::remove(userRuleFile(QStringLiteral("en")));
    QFile::remove(userRuleFile(QStringLiteral("de")));
}

void TestCoachRules::cleanup() {
    init();
}

void TestCoachRules::builtInRulesParse() {
    for (const QString& language : availableLanguages()) {
        const Result<RuleSet> rules = builtInRuleSet(language);
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        QCOMPARE(rules->language, language);
        QVERIFY(rules->rules.size() >= 8);
        QVERIFY(!rules->subjectRules.isEmpty());
        QStringList ids;
        for (const RuleSpec& r : rules->rules + rules->subjectRules) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.append(r.id);
            QVERIFY(!r.why.isEmpty() && !r.suggestion.isEmpty());
        }
        QString problem = QStringLiteral("stale");
        const RuleSet effective = effectiveRuleSet(language, &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(effective.rules.size(), rules->rules.size());
    }
}

void TestCoachRules::unknownLanguage() {
    const Result<RuleSet> rules = builtInRuleSet(QStringLiteral("fr"));
    QVERIFY(!rules.ok());
    QCOMPARE(rules.error(),
             QStringLiteral("There are no language rules for \"fr\" (available: en, de)"));
}

void TestCoachRules::userRulesAddReplaceAndDisable() {
    writeUserFile(QStringLiteral("en"), ruleFile(R"([
        {"id": "team.yolo", "category": "blame", "pattern": "\\byolo\\b",
         "why": "Team jargon for skipping review.", "suggestion": "Say which check was skipped."},
        {"id": "hindsight.obviously", "category": "hindsight", "pattern": "\\bplainly\\b",
         "why": "Replaced.", "suggestion": "Name the evidence."},
        {"id": "blame.judgement", "disabled": true}
    ])"));
    QString problem;
    const Coach coach(effectiveRuleSet(QStringLiteral("en"), &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<Finding> yolo = coach.check(QStringLiteral("The change went out yolo style."));
    QCOMPARE(yolo.size(), 1);
    QCOMPARE(yolo.first().ruleId, QStringLiteral("team.yolo"));
    QCOMPARE(yolo.first().why, QStringLiteral("Team jargon for skipping review."));
    // The replaced rule finds its new words and no longer its old ones.
    QCOMPARE(coach.check(QStringLiteral("It was plainly wrong.")).size(), 1);
    QVERIFY(coach.check(QStringLiteral("Obviously wrong.")).isEmpty());
    // The disabled rule is gone; the others stay.
    QVERIFY(coach.check(QStringLiteral("A careless change.")).isEmpty());
    QCOMPARE(coach.check(QStringLiteral("Root cause: human error.")).size(), 1);
    // The other language is untouched.
    const Coach german(effectiveRuleSet(QStringLiteral("de")));
    QCOMPARE(german.check(QStringLiteral("Das war fahrlässig.")).size(), 1);
}

void TestCoachRules::malformedUserFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"rules\": [") << QStringLiteral("is not valid JSON");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something", "version": 1})")
                                  << QStringLiteral("\"format\" must be \"causeway.coach-rules\"");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "causeway.coach-rules", "version": 2})")
        << QStringLiteral("has rule format version 2; this version reads version 1");
    QTest::newRow("bad pattern") << ruleFile(
                                        R"([{"id": "x", "category": "blame", "pattern": "(unclosed",
                      "why": "w", "suggestion": "s"}])")
                                 << QStringLiteral("rules[0] (\"x\"): the pattern is not valid: ");
    QTest::newRow("bad category")
        << ruleFile(R"([{"id": "x", "category": "rude", "pattern": "a", "why": "w",
                      "suggestion": "s"}])")
        << QStringLiteral("unknown category \"rude\"");
    QTest::newRow("no tooltip text")
        << ruleFile(R"([{"id": "x", "category": "blame", "pattern": "a"}])")
        << QStringLiteral("needs a \"why\" and a \"suggestion\"");
    QTest::newRow("subject rule without name")
        << ruleFile("[]", R"([{"id": "p", "category": "person", "pattern": "broke",
                              "why": "w", "suggestion": "s"}])")
        << QStringLiteral("a subject rule's pattern must contain {name}");
    QTest::newRow("bad neutral context")
        << ruleFile(R"([{"id": "x", "category": "blame", "pattern": "a", "why": "w",
                      "suggestion": "s", "neutralAfter": ["[z-a]"]}])")
        << QStringLiteral("a pattern in \"neutralAfter\" is not valid");
    QTest::newRow("unknown context")
        << ruleFile(R"([{"id": "x", "category": "blame", "pattern": "a", "why": "w",
                      "suggestion": "s", "contexts": ["chat"]}])")
        << QStringLiteral("unknown context \"chat\"");
}

void TestCoachRules::malformedUserFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    writeUserFile(QStringLiteral("en"), content);
    QString problem;
    const RuleSet rules = effectiveRuleSet(QStringLiteral("en"), &problem);
    QVERIFY2(problem.startsWith(QStringLiteral("Your language rules are ignored: ")),
             qPrintable(problem));
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QVERIFY2(problem.contains(QDir::toNativeSeparators(userRuleFile(QStringLiteral("en")))),
             qPrintable(problem));
    // The built-in rules still work.
    QCOMPARE(rules.rules.size(), builtInRuleSet(QStringLiteral("en"))->rules.size());
    QCOMPARE(Coach(rules).check(QStringLiteral("A careless change.")).size(), 1);
}

void TestCoachRules::unreadableUserFile() {
    // A folder where the file should be cannot be read as a file.
    QVERIFY(QDir().mkpath(userRuleFile(QStringLiteral("de"))));
    QString problem;
    const RuleSet rules = effectiveRuleSet(QStringLiteral("de"), &problem);
    QDir(userRuleFile(QStringLiteral("de"))).removeRecursively();
    QVERIFY2(problem.contains(QStringLiteral("cannot be read")), qPrintable(problem));
    QVERIFY(!rules.rules.isEmpty());
}

QTEST_GUILESS_MAIN(TestCoachRules)
#include "test_coach_rules.moc"
