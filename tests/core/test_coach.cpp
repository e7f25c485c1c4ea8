#include "coach/Coach.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace causeway;
using namespace causeway::coach;

// The coach's matching: the labelled sentence sets of each language (precision and recall
// must stay above 0.9 and 0.8), and the neutral uses it must leave alone.
class TestCoach : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelledSentences_data();
    void labelledSentences();
    void findsRangesAndCategories();
    void neutralContexts_data();
    void neutralContexts();
    void actionItemsLookForward();
    void namesAsSubjectsOnly();
    void namesKeepTheirCase();
    void overlappingRulesCountOnce();
    void detectsLanguage();
    void fastEnoughPerKeystroke();
};

namespace {

struct Labelled {
    bool blaming = false;
    TextContext context = TextContext::Narrative;
    QString sentence;
};

struct SentenceSet {
    QStringList participants;
    QList<Labelled> sentences;
};

SentenceSet readSentences(const QString& language) {
    SentenceSet set;
    QFile file(qEnvironmentVariable("CAUSEWAY_TEST_DATA") + QStringLiteral("/coach/") + language +
               QStringLiteral(".tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return set;
    const QString participantsTag = QStringLiteral("# participants:");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(participantsTag)) {
            for (const QString& name : line.mid(participantsTag.size()).split(u','))
                set.participants.append(name.trimmed());
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() != 3) {
            qWarning("malformed line: %s", qPrintable(line));
            continue;
        }
        set.sentences.append({columns.at(0) == u"blame",
                              columns.at(1) == u"a" ? TextContext::Action : TextContext::Narrative,
                              columns.at(2)});
    }
    return set;
}

Coach builtInCoach(const QString& language, const QStringList& names = {}) {
    const Result<RuleSet> rules = builtInRuleSet(language);
    if (!rules)
        qWarning("%s", qPrintable(rules.error()));
    return Coach(rules ? rules.value() : RuleSet{}, names);
}

QStringList ruleIds(const QList<Finding>& findings) {
    QStringList ids;
    for (const Finding& f : findings)
        ids.append(f.ruleId);
    return ids;
}

} // namespace

void TestCoach::labelledSentences_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minimumSentences");
    QTest::newRow("en") << QStringLiteral("en") << 300;
    QTest::newRow("de") << QStringLiteral("de") << 150;
}

void TestCoach::labelledSentences() {
    QFETCH(QString, language);
    QFETCH(int, minimumSentences);
    const SentenceSet set = readSentences(language);
    QVERIFY2(set.sentences.size() >= minimumSentences,
             qPrintable(QStringLiteral("%1 sentences").arg(set.sentences.size())));
    QVERIFY(!set.participants.isEmpty());
    const Coach coach = builtInCoach(language, set.participants);
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int blaming = 0;
    for (const Labelled& s : set.sentences) {
        const QList<Finding> found = coach.check(s.sentence, s.context);
        blaming += s.blaming ? 1 : 0;
        if (s.blaming && !found.isEmpty()) {
            ++truePositives;
        } else if (s.blaming) {
            ++falseNegatives;
            qInfo("missed: %s", qPrintable(s.sentence));
        } else if (!found.isEmpty()) {
            ++falsePositives;
            qInfo("flagged a neutral sentence: %s [%s]", qPrintable(s.sentence),
                  qPrintable(ruleIds(found).join(u',')));
        }
    }
    // Both kinds must be well represented, or the figures say little.
    QVERIFY(blaming >= set.sentences.size() / 3);
    QVERIFY(set.sentences.size() - blaming >= set.sentences.size() / 3);
    const double precision = double(truePositives) / std::max(1, truePositives + falsePositives);
    const double recall = double(truePositives) / std::max(1, truePositives + falseNegatives);
    qInfo("%s: %lld sentences (%d blaming), precision %.3f, recall %.3f", qPrintable(language),
          qlonglong(set.sentences.size()), blaming, precision, recall);
    QVERIFY2(precision >= 0.9, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.8, qPrintable(QString::number(recall)));
}

void TestCoach::findsRangesAndCategories() {
    const Coach coach = builtInCoach(QStringLiteral("en"), {QStringLiteral("Alice Schmidt")});
    const QString text = QStringLiteral("Obviously the change was careless. Alice forgot to "
                                        "check the replica.");
    const QList<Finding> found = coach.check(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).text, QStringLiteral("Obviously"));
    QCOMPARE(found.at(0).start, 0);
    QCOMPARE(found.at(0).category, Category::Hindsight);
    QCOMPARE(found.at(1).text, QStringLiteral("careless"));
    QCOMPARE(found.at(1).start, text.indexOf(QStringLiteral("careless")));
    QCOMPARE(found.at(1).length, 8);
    QCOMPARE(found.at(1).category, Category::Blame);
    QCOMPARE(found.at(2).category, Category::Person);
    QVERIFY2(found.at(2).text.startsWith(QStringLiteral("Alice forgot")),
             qPrintable(found.at(2).text));
    QVERIFY(!found.at(2).why.isEmpty());
    QVERIFY(!found.at(2).suggestion.isEmpty());
}

void TestCoach::neutralContexts_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("blaming");
    QTest::addColumn<QString>("neutral");
    QTest::newRow("fault") << QStringLiteral("en") << QStringLiteral("It was his fault.")
                           << QStringLiteral("The switch logged a fault on port 3.");
    QTest::newRow("fault tolerance") << QStringLiteral("en") << QStringLiteral("Bob was at fault.")
                                     << QStringLiteral("The fault tolerance was too low.");
    QTest::newRow("clearly") << QStringLiteral("en")
                             << QStringLiteral("Clearly the config was wrong.")
                             << QStringLiteral("The dashboards were clearly labelled.");
    QTest::newRow("obvious") << QStringLiteral("en")
                             << QStringLiteral("It was obvious that the disk would fill.")
                             << QStringLiteral("There was no obvious cause in the logs.");
    QTest::newRow("simply") << QStringLiteral("en")
                            << QStringLiteral("He simply ignored the warning.")
                            << QStringLiteral("Simply put, the cache expired at once.");
    QTest::newRow("failed to") << QStringLiteral("en")
                               << QStringLiteral("The operator failed to verify the host.")
                               << QStringLiteral("The health check failed to detect the node.");
    QTest::newRow("blame") << QStringLiteral("en") << QStringLiteral("Management blamed the team.")
                           << QStringLiteral("We do not assign blame to individuals.");
    QTest::newRow("Schuld") << QStringLiteral("de") << QStringLiteral("Bob ist schuld.")
                            << QStringLiteral("Wir haben technische Schulden abgebaut.");
    QTest::newRow("Schuldzuweisung")
        << QStringLiteral("de") << QStringLiteral("Die Schuld liegt beim Team.")
        << QStringLiteral("Die Analyse erfolgt ohne Schuldzuweisung.");
    QTest::newRow("offensichtlich")
        << QStringLiteral("de") << QStringLiteral("Offensichtlich war die Konfiguration falsch.")
        << QStringLiteral("Es war nicht offensichtlich, welche Region betroffen war.");
}

void TestCoach::neutralContexts() {
    QFETCH(QString, language);
    QFETCH(QString, blaming);
    QFETCH(QString, neutral);
    const Coach coach = builtInCoach(language, {QStringLiteral("Bob Meyer")});
    QVERIFY2(!coach.check(blaming).isEmpty(), qPrintable(blaming));
    QVERIFY2(coach.check(neutral).isEmpty(), qPrintable(ruleIds(coach.check(neutral)).join(u',')));
}

void TestCoach::actionItemsLookForward() {
    const Coach coach = builtInCoach(QStringLiteral("en"));
    const QString plan = QStringLiteral("By Q3 every team should have migrated to the pipeline.");
    QVERIFY(!coach.check(plan, TextContext::Narrative).isEmpty());
    QVERIFY(coach.check(plan, TextContext::Action).isEmpty());
    // Blame is blame in an action item too.
    QVERIFY(!coach.check(QStringLiteral("Retrain the careless operator."), TextContext::Action)
                 .isEmpty());
}

void TestCoach::namesAsSubjectsOnly() {
    const QStringList names{QStringLiteral("Alice Schmidt"), QStringLiteral("Bob Meyer")};
    const Coach coach = builtInCoach(QStringLiteral("en"), names);
    QCOMPARE(ruleIds(coach.check(QStringLiteral("Alice broke the deploy."))),
             QStringList{QStringLiteral("person.subject-of-failure")});
    QCOMPARE(ruleIds(coach.check(QStringLiteral("Alice Schmidt broke the deploy."))).size(), 1);
    QVERIFY(coach.check(QStringLiteral("Alice restarted the primary at 14:05.")).isEmpty());
    QVERIFY(
        coach.check(QStringLiteral("Owner: Alice broke-glass access review."), TextContext::Action)
            .isEmpty());
    QVERIFY(coach.check(QStringLiteral("Alice failed over the database.")).isEmpty());
    QVERIFY(!coach.check(QStringLiteral("The outage was caused by Bob.")).isEmpty());
    // Without participants a name is just a word.
    const Coach anonymous = builtInCoach(QStringLiteral("en"));
    QVERIFY(anonymous.check(QStringLiteral("Alice broke the deploy.")).isEmpty());
    // German word order: the verb comes last.
    const Coach german = builtInCoach(QStringLiteral("de"), names);
    QVERIFY(!german.check(QStringLiteral("Alice hat das Deployment kaputt gemacht.")).isEmpty());
    QVERIFY(german.check(QStringLiteral("Alice hat die Datenbank umgeschaltet.")).isEmpty());
}

void TestCoach::namesKeepTheirCase() {
    const Coach coach = builtInCoach(QStringLiteral("en"), {QStringLiteral("Mark Brown")});
    QVERIFY(!coach.check(QStringLiteral("Mark broke the build.")).isEmpty());
    QVERIFY(coach.check(QStringLiteral("We mark broke builds in red.")).isEmpty());
}

void TestCoach::overlappingRulesCountOnce() {
    const Coach coach = builtInCoach(QStringLiteral("en"), {QStringLiteral("Bob")});
    // "Bob should have" (a person) and "should have known" (a counterfactual) overlap.
    const QList<Finding> found = coach.check(QStringLiteral("Bob should have known better."));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().category, Category::Person);
}

void TestCoach::detectsLanguage() {
    QCOMPARE(detectLanguage(QStringLiteral("Der Dienst war nicht erreichbar und wir haben "
                                           "die Datenbank umgeschaltet.")),
             QStringLiteral("de"));
    QCOMPARE(detectLanguage(QStringLiteral("The service was down and we failed over.")),
             QStringLiteral("en"));
    QCOMPARE(detectLanguage(QStringLiteral("14:05"), QStringLiteral("de")), QStringLiteral("de"));
}

void TestCoach::fastEnoughPerKeystroke() {
    // The highlighter checks the edited paragraph on every keystroke: a long paragraph with
    // a dozen participants must take a small fraction of a frame.
    QStringList names;
    for (int i = 0; i < 12; ++i)
        names.append(QStringLiteral("Person%1 Surname%1").arg(i));
    const Coach coach = builtInCoach(QStringLiteral("en"), names);
    QString paragraph;
    while (paragraph.size() < 1500)
        paragraph += QStringLiteral("At 14:05 the error rate rose and the team rolled back the "
                                    "release after the dashboard showed the queue filling up. ");
    constexpr int kRuns = 200;
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < kRuns; ++i)
        found += int(coach.check(paragraph).size());
    const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / kRuns;
    qInfo("one check of a %lld-character paragraph: %.0f microseconds", qlonglong(paragraph.size()),
          microseconds);
    QCOMPARE(found, 0);
    QVERIFY2(microseconds < 20000, qPrintable(QString::number(microseconds)));
}

QTEST_GUILESS_MAIN(TestCoach)
#include "test_coach.moc"
