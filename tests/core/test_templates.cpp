#include "TestSupport.h"
#include "model/Fields.h"
#include "model/Template.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace causeway;

class TestTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinsLoad();
    void regulatedAddsDoraFields();
    void rejectsBrokenTemplates_data();
    void rejectsBrokenTemplates();
    void validatesValues();
    void installsUserTemplate();
};

void TestTemplates::builtinsLoad() {
    const TemplateRegistry& registry = test::builtinTemplates();
    QVERIFY2(registry.loadErrors().isEmpty(), qPrintable(registry.loadErrors().join(u'\n')));
    QVERIFY(registry.find(QStringLiteral("standard")));
    QVERIFY(registry.find(QStringLiteral("regulated")));
    const Template* standard = registry.find(QStringLiteral("standard"));
    for (const QString& key : {Field::Title, Field::Summary, Field::Impact, Field::WentWell,
                               Field::WentPoorly, Field::GotLucky, Field::LessonsLearned,
                               Field::Confidentiality, Field::TimeZone, Field::Tags})
        QVERIFY2(standard->field(key), qPrintable(key));
    QCOMPARE(standard->field(Field::Severity)->choices, Vocabulary::severities());
}

void TestTemplates::regulatedAddsDoraFields() {
    const Template* regulated = test::builtinTemplates().find(QStringLiteral("regulated"));
    QVERIFY(regulated);
    for (const char* key :
         {"reference_code", "classification_criteria", "clients_affected", "transactions_affected",
          "data_losses", "costs_and_losses", "authorities_notified"})
        QVERIFY2(regulated->field(QString::fromLatin1(key)), key);
    QVERIFY(!test::builtinTemplates()
                 .find(QStringLiteral("standard"))
                 ->field(QStringLiteral("reference_code")));
}

void TestTemplates::rejectsBrokenTemplates_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("$:");
    QTest::newRow("bad id") << QByteArray(R"({"id":"Bad Id","name":"x","sections":[]})")
                            << QStringLiteral("$.id");
    QTest::newRow("no sections") << QByteArray(R"({"id":"x","name":"x","sections":[]})")
                                 << QStringLiteral("$.sections");
    QTest::newRow("unknown type")
        << QByteArray(R"({"id":"x","name":"x","sections":[{"key":"s","title":"S","fields":[
             {"key":"title","label":"T","type":"line"},{"key":"f","label":"F","type":"blob"}]}]})")
        << QStringLiteral("$.sections[0].fields[1].type");
    QTest::newRow("built-in with other type")
        << QByteArray(R"({"id":"x","name":"x","sections":[{"key":"s","title":"S","fields":[
             {"key":"title","label":"T","type":"line"},{"key":"severity","label":"S","type":"line"}]}]})")
        << QStringLiteral("$.sections[0].fields[1].type");
    QTest::newRow("choice without choices")
        << QByteArray(R"({"id":"x","name":"x","sections":[{"key":"s","title":"S","fields":[
             {"key":"title","label":"T","type":"line"},{"key":"c","label":"C","type":"choice"}]}]})")
        << QStringLiteral("$.sections[0].fields[1].choices");
    QTest::newRow("duplicate key")
        << QByteArray(R"({"id":"x","name":"x","sections":[{"key":"s","title":"S","fields":[
             {"key":"title","label":"T","type":"line"},{"key":"title","label":"T","type":"line"}]}]})")
        << QStringLiteral("$.sections[0].fields[1].key");
    QTest::newRow("no title")
        << QByteArray(R"({"id":"x","name":"x","sections":[{"key":"s","title":"S","fields":[
             {"key":"f","label":"F","type":"line"}]}]})")
        << QStringLiteral("$.sections");
}

void TestTemplates::rejectsBrokenTemplates() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedPath);
    const auto parsed = TemplateRegistry::parse(json, QStringLiteral("broken.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(QStringLiteral("broken.json: ") + expectedPath),
             qPrintable(parsed.error()));
}

void TestTemplates::validatesValues() {
    TemplateField f;
    f.type = FieldType::Integer;
    QVERIFY(validateFieldValue(f, 3));
    QVERIFY(!validateFieldValue(f, 3.5));
    QVERIFY(!validateFieldValue(f, QStringLiteral("3")));
    QVERIFY(validateFieldValue(f, QJsonValue()));
    f.type = FieldType::DateTime;
    QVERIFY(validateFieldValue(f, QStringLiteral("2026-03-02T14:05:00.000Z")));
    QVERIFY(!validateFieldValue(f, QStringLiteral("2026-03-02T14:05:00+01:00")));
    f.type = FieldType::Tags;
    QVERIFY(validateFieldValue(f, QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(!validateFieldValue(f, QJsonArray{1}));
    f.type = FieldType::TimeZone;
    QVERIFY(validateFieldValue(f, QStringLiteral("Europe/Berlin")));
    QVERIFY(!validateFieldValue(f, QStringLiteral("Mars/Olympus")));
    f.type = FieldType::Choice;
    f.choices = {QStringLiteral("a")};
    QVERIFY(validateFieldValue(f, QStringLiteral("a")));
    QVERIFY(!validateFieldValue(f, QStringLiteral("b")));
}

void TestTemplates::installsUserTemplate() {
    const QString userDir = test::tempPath(QStringLiteral("templates"));
    const QString source = test::tempPath(QStringLiteral("mine.json"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id":"hospital","name":"Clinical incident","sections":[{"key":"s","title":"S",
        "fields":[{"key":"title","label":"Title","type":"line"},
                  {"key":"ward","label":"Ward","type":"choice","choices":["A","B"]},
                  {"key":"reported_on","label":"Reported on","type":"date"}]}]})");
    f.close();
    TemplateRegistry registry(userDir);
    const auto installed = registry.installUserTemplate(source);
    QVERIFY2(installed.ok(), qPrintable(installed.error()));
    QVERIFY(registry.find(QStringLiteral("hospital")));
    TemplateRegistry reloaded(userDir);
    QVERIFY(reloaded.find(QStringLiteral("hospital")));
    QCOMPARE(reloaded.find(QStringLiteral("hospital"))->field(QStringLiteral("ward"))->choices,
             QStringList({QStringLiteral("A"), QStringLiteral("B")}));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
