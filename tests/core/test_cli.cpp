// Drives the causeway-cli binary the way a script would: arguments in, exit code and
// output out. Every refusal is also checked to leave the database file byte-identical.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "model/Fields.h"
#include "model/Template.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace causeway;

namespace {

CliRun runDb(const QString& db, QStringList args, const QByteArray& input = QByteArray()) {
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args, input);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs SQL straight on the file, bypassing the store, as an attacker or a bug would.
bool rawSql(const QString& path, const QString& sql) {
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray sampleDocument() {
    return readFile(QStringLiteral(":/samples/sample-postmortem.json"));
}

// A small valid document; id may be empty to let the store choose one.
QByteArray document(const QString& id, const QString& title,
                    const QJsonValue& severity = QStringLiteral("SEV2")) {
    QJsonObject root{{QStringLiteral("kind"), QStringLiteral("postmortem")},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("template"), QStringLiteral("standard")},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("severity"), severity},
                                  {QStringLiteral("summary"), QStringLiteral("A summary.")}}}};
    if (!id.isEmpty())
        root.insert(QStringLiteral("id"), id);
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("causeway.postmortem")},
                          {QStringLiteral("formatVersion"), 1},
                          {QStringLiteral("postmortem"), root},
                          {QStringLiteral("children"), QJsonArray()}};
    return QJsonDocument(doc).toJson();
}

QString createdId(const CliRun& r) {
    return r.outText().trimmed().section(u' ', -1);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageErrorsWriteNothing();
    void newListShow();
    void newWithRegulatedTemplate();
    void prefixResolution();
    void importErrorsLeaveDatabaseUnchanged_data();
    void importErrorsLeaveDatabaseUnchanged();
    void importFromStdinAndUpdate();
    void showJsonRoundTripIsByteIdentical();
    void deleteMovesToTrash();
    void search();
    void verifyDetectsTampering();
    void refusesNotADatabase();
    void refusesNewerSchema();
    void unwritableFolder();
    void readCommandsDoNotCreateDatabase();
};

void TestCli::initTestCase() {
    const QString cli = qEnvironmentVariable("CAUSEWAY_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(),
             "CAUSEWAY_CLI must name the causeway-cli binary (run the test through ctest)");
}

void TestCli::versionAndHelp() {
    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.outText().startsWith(QStringLiteral("causeway-cli ")));

    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command :
         {"new", "list", "show", "import-json", "delete", "search", "verify", "help"})
        QVERIFY2(help.outText().contains(QLatin1String(command)), command);

    const CliRun helpShow = runCli({QStringLiteral("help"), QStringLiteral("show")});
    QCOMPARE(helpShow.exitCode, 0);
    QVERIFY(helpShow.outText().contains(QStringLiteral("show ID [--json]")));
    const CliRun showHelp = runCli({QStringLiteral("show"), QStringLiteral("--help")});
    QCOMPARE(showHelp.exitCode, 0);
    QCOMPARE(showHelp.out, helpShow.out);

    const CliRun helpUnknown = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QCOMPARE(helpUnknown.exitCode, 2);
    QVERIFY(helpUnknown.errText().contains(QStringLiteral("frobnicate")));
}

void TestCli::usageErrorsWriteNothing() {
    const QString db = test::tempPath(QStringLiteral("usage.db"));
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("new")},
        {QStringLiteral("new"), QStringLiteral("--title")},
        {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("   ")},
        {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T"),
         QStringLiteral("--severity"), QStringLiteral("SEV9")},
        {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T"),
         QStringLiteral("--template"), QStringLiteral("nope")},
        {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T"),
         QStringLiteral("--bogus")},
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("list"), QStringLiteral("extra")},
        {QStringLiteral("import-json")},
        {QStringLiteral("import-json"), test::tempPath(QStringLiteral("missing.json"))},
    };
    for (const QStringList& args : cases) {
        const CliRun r = runDb(db, args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ')));
        QVERIFY2(r.errText().startsWith(QStringLiteral("causeway-cli: ")) ||
                     r.errText().contains(QStringLiteral("causeway-cli: ")),
                 qPrintable(args.join(u' ') + QStringLiteral(" -> ") + r.errText()));
        QVERIFY2(!QFileInfo::exists(db), qPrintable(args.join(u' ')));
    }
    const CliRun severity =
        runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T"),
                   QStringLiteral("--severity"), QStringLiteral("SEV9")});
    QVERIFY(severity.errText().contains(QStringLiteral("SEV9")));
    QVERIFY(severity.errText().contains(QStringLiteral("SEV1")));
}

void TestCli::newListShow() {
    const QString db = test::tempPath(QStringLiteral("new.db"));
    const CliRun created = runDb(db, {QStringLiteral("new"), QStringLiteral("--title"),
                                      QStringLiteral("Checkout outage"),
                                      QStringLiteral("--severity"), QStringLiteral("SEV2")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().trimmed();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QCOMPARE(QUuid::fromString(id).toString(QUuid::WithoutBraces), id);

    const CliRun list = runDb(db, {QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header and one row
    QVERIFY(lines.at(1).startsWith(id.left(8)));
    QVERIFY(lines.at(1).contains(QStringLiteral("draft")));
    QVERIFY(lines.at(1).contains(QStringLiteral("SEV2")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("Checkout outage")));

    const CliRun listJson = runDb(db, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listJson.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(listJson.out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject row = array.first().toObject();
    QCOMPARE(row.value(u"id").toString(), id);
    QCOMPARE(row.value(u"title").toString(), QStringLiteral("Checkout outage"));
    QCOMPARE(row.value(u"status").toString(), QStringLiteral("draft"));
    QCOMPARE(row.value(u"severity").toString(), QStringLiteral("SEV2"));
    QCOMPARE(row.value(u"template").toString(), QStringLiteral("standard"));

    const CliRun showJson = runDb(db, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(showJson.exitCode, 0);
    QVERIFY(showJson.out.endsWith('\n'));
    const QJsonObject fields = QJsonDocument::fromJson(showJson.out)
                                   .object()
                                   .value(u"postmortem")
                                   .toObject()
                                   .value(u"fields")
                                   .toObject();
    QCOMPARE(fields.value(Field::Template).toString(), QStringLiteral("standard"));
    QCOMPARE(fields.value(Field::Status).toString(), QStringLiteral("draft"));
    QCOMPARE(fields.value(Field::Confidentiality).toString(), QStringLiteral("internal"));
    QCOMPARE(fields.value(Field::Severity).toString(), QStringLiteral("SEV2"));

    const CliRun show = runDb(db, {QStringLiteral("show"), id});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.outText().startsWith(QStringLiteral("Checkout outage\n")));
    QVERIFY(show.outText().contains(id));
    const Template* tmpl = test::builtinTemplates().find(QStringLiteral("standard"));
    QVERIFY(tmpl);
    for (const TemplateSection& section : tmpl->sections) {
        QVERIFY2(show.outText().contains(section.title), qPrintable(section.title));
        for (const TemplateField& field : section.fields)
            QVERIFY2(show.outText().contains(field.label), qPrintable(field.label));
    }
}

void TestCli::newWithRegulatedTemplate() {
    const QString db = test::tempPath(QStringLiteral("regulated.db"));
    const CliRun created = runDb(db, {QStringLiteral("new"), QStringLiteral("--title=Ledger delay"),
                                      QStringLiteral("--template"), QStringLiteral("regulated")});
    QCOMPARE(created.exitCode, 0);
    const CliRun showJson =
        runDb(db, {QStringLiteral("show"), created.outText().trimmed(), QStringLiteral("--json")});
    QCOMPARE(showJson.exitCode, 0);
    const QJsonObject fields = QJsonDocument::fromJson(showJson.out)
                                   .object()
                                   .value(u"postmortem")
                                   .toObject()
                                   .value(u"fields")
                                   .toObject();
    QCOMPARE(fields.value(Field::Template).toString(), QStringLiteral("regulated"));
    QCOMPARE(fields.value(Field::Title).toString(), QStringLiteral("Ledger delay"));
}

void TestCli::prefixResolution() {
    const QString db = test::tempPath(QStringLiteral("prefix.db"));
    const QString a = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    const QString b = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
    const QString c = QStringLiteral("abcdef00-0000-4000-8000-000000000003");
    for (const QString& id : {a, b, c}) {
        const CliRun r = runDb(db, {QStringLiteral("import-json"), QStringLiteral("-")},
                               document(id, QStringLiteral("Title ") + id.right(1)));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("created ") + id + u'\n');
    }
    const QByteArray before = test::fileSha256(db);

    // A unique prefix, in either case, names one postmortem.
    for (const QString& prefix : {QStringLiteral("ab"), QStringLiteral("ABCDEF"), c}) {
        const CliRun r = runDb(db, {QStringLiteral("show"), prefix, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(c.toUtf8()));
    }
    const CliRun full = runDb(db, {QStringLiteral("show"), b});
    QCOMPARE(full.exitCode, 0);
    QVERIFY(full.outText().startsWith(QStringLiteral("Title 2\n")));

    const CliRun ambiguous = runDb(db, {QStringLiteral("show"), QStringLiteral("aaaaaaaa")});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.errText().contains(QStringLiteral("more than one")),
             qPrintable(ambiguous.errText()));
    QVERIFY(ambiguous.out.isEmpty());

    const CliRun unknown = runDb(db, {QStringLiteral("show"), QStringLiteral("bbbb")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.errText().contains(QStringLiteral("bbbb")));

    const CliRun notAnId = runDb(db, {QStringLiteral("show"), QStringLiteral("xyz!")});
    QCOMPARE(notAnId.exitCode, 2);
    QVERIFY(notAnId.errText().contains(QStringLiteral("xyz!")));

    const CliRun deleteAmbiguous = runDb(db, {QStringLiteral("delete"), QStringLiteral("aaaa")});
    QCOMPARE(deleteAmbiguous.exitCode, 2);
    QCOMPARE(test::fileSha256(db), before);

    const CliRun listed = runDb(db, {QStringLiteral("list")});
    // The table's short ids grow until they tell a and b apart.
    QVERIFY2(listed.outText().contains(a) && listed.outText().contains(b),
             qPrintable(listed.outText()));
}

void TestCli::importErrorsLeaveDatabaseUnchanged_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedPath");

    QTest::newRow("malformed") << QByteArray("{\"format\": \"causeway.postmortem\", ")
                               << QStringLiteral("$: malformed JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("$: ");
    QTest::newRow("severity wrong type") << document(QString(), QStringLiteral("T"), 5)
                                         << QStringLiteral("$.postmortem.fields.severity: ");
    QTest::newRow("severity unknown")
        << document(QString(), QStringLiteral("T"), QStringLiteral("SEV9"))
        << QStringLiteral("$.postmortem.fields.severity: expected one of: ");
    QTest::newRow("empty title") << document(QString(), QString())
                                 << QStringLiteral("$.postmortem.fields.title");
    QByteArray wrongFormat = document(QString(), QStringLiteral("T"));
    wrongFormat.replace("causeway.postmortem", "causeway.other");
    QTest::newRow("format") << wrongFormat << QStringLiteral("$.format");
    QByteArray unknownField = document(QString(), QStringLiteral("T"));
    unknownField.replace("\"summary\"", "\"no_such_field\"");
    QTest::newRow("unknown field")
        << unknownField << QStringLiteral("$.postmortem.fields.no_such_field");
    QJsonObject badChild =
        QJsonDocument::fromJson(document(QString(), QStringLiteral("T"))).object();
    badChild.insert(QStringLiteral("children"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("kind"), QStringLiteral("participant")},
                        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), 42}}}}});
    QTest::newRow("child field type")
        << QJsonDocument(badChild).toJson() << QStringLiteral("$.children[0].fields.name");
}

void TestCli::importErrorsLeaveDatabaseUnchanged() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedPath);

    const QString db = test::tempPath(QStringLiteral("import-errors.db"));
    QCOMPARE(
        runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Existing")})
            .exitCode,
        0);
    const QByteArray before = test::fileSha256(db);
    QVERIFY(!before.isEmpty());

    const QString file = test::tempPath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(file, json));
    const CliRun fromFile = runDb(db, {QStringLiteral("import-json"), file});
    QCOMPARE(fromFile.exitCode, 2);
    QVERIFY2(fromFile.errText().contains(expectedPath), qPrintable(fromFile.errText()));
    QVERIFY(fromFile.out.isEmpty());
    QCOMPARE(test::fileSha256(db), before);

    const CliRun fromStdin = runDb(db, {QStringLiteral("import-json"), QStringLiteral("-")}, json);
    QCOMPARE(fromStdin.exitCode, 2);
    QVERIFY2(fromStdin.errText().contains(expectedPath), qPrintable(fromStdin.errText()));
    QCOMPARE(test::fileSha256(db), before);
}

void TestCli::importFromStdinAndUpdate() {
    const QString db = test::tempPath(QStringLiteral("update.db"));
    const QString id = QStringLiteral("0badcafe-0000-4000-8000-00000000000a");
    const CliRun created = runDb(db, {QStringLiteral("import-json"), QStringLiteral("-")},
                                 document(id, QStringLiteral("First title")));
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.outText(), QStringLiteral("created ") + id + u'\n');

    const CliRun updated =
        runDb(db, {QStringLiteral("import-json"), QStringLiteral("-")},
              document(id, QStringLiteral("Second title"), QStringLiteral("SEV1")));
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.outText(), QStringLiteral("updated ") + id + QStringLiteral(" (2 fields)\n"));
    const CliRun show = runDb(db, {QStringLiteral("show"), QStringLiteral("0bad")});
    QVERIFY(show.outText().startsWith(QStringLiteral("Second title\n")));
}

void TestCli::showJsonRoundTripIsByteIdentical() {
    const QString source = test::tempPath(QStringLiteral("source.db"));
    const CliRun imported =
        runDb(source, {QStringLiteral("import-json"), QStringLiteral("-")}, sampleDocument());
    QCOMPARE(imported.exitCode, 0);
    const QString id = createdId(imported);
    // A later edit gives the document fields of different revisions.
    QVERIFY(runDb(source, {QStringLiteral("import-json"), QStringLiteral("-")},
                  document(id, QStringLiteral("Renamed after review")))
                .exitCode == 0);
    const CliRun first = runDb(source, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains("Renamed after review"));
    QVERIFY(first.out.contains("Mei-Lin Chen"));

    const QString target = test::tempPath(QStringLiteral("target.db"));
    const CliRun copied =
        runDb(target, {QStringLiteral("import-json"), QStringLiteral("-")}, first.out);
    QCOMPARE(copied.exitCode, 0);
    QCOMPARE(copied.outText(), QStringLiteral("created ") + id + u'\n');
    const CliRun second = runDb(target, {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);

    // Importing the same document again changes nothing.
    const CliRun again =
        runDb(target, {QStringLiteral("import-json"), QStringLiteral("-")}, first.out);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outText(), QStringLiteral("updated ") + id + QStringLiteral(" (0 fields)\n"));
    QCOMPARE(runDb(target, {QStringLiteral("show"), id, QStringLiteral("--json")}).out, first.out);
}

void TestCli::deleteMovesToTrash() {
    const QString db = test::tempPath(QStringLiteral("delete.db"));
    const QString keep =
        runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Keep me")})
            .outText()
            .trimmed();
    const QString gone =
        runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Bin me")})
            .outText()
            .trimmed();
    QVERIFY(!keep.isEmpty() && !gone.isEmpty());

    const CliRun deleted = runDb(db, {QStringLiteral("delete"), gone.left(12)});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.outText().contains(gone));

    const QJsonArray active =
        QJsonDocument::fromJson(runDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().toObject().value(u"id").toString(), keep);
    const QJsonArray trash =
        QJsonDocument::fromJson(
            runDb(db, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--trash")})
                .out)
            .array();
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash.first().toObject().value(u"id").toString(), gone);
    QCOMPARE(trash.first().toObject().value(u"deleted").toBool(), true);

    QCOMPARE(runDb(db, {QStringLiteral("delete"), QStringLiteral("ffffffff")}).exitCode, 2);
    QCOMPARE(runDb(db, {QStringLiteral("verify")}).exitCode, 0);
}

void TestCli::search() {
    const QString db = test::tempPath(QStringLiteral("search.db"));
    const QString sample = createdId(
        runDb(db, {QStringLiteral("import-json"), QStringLiteral("-")}, sampleDocument()));
    const QString other = runDb(db, {QStringLiteral("new"), QStringLiteral("--title"),
                                     QStringLiteral("Disk full on build host")})
                              .outText()
                              .trimmed();
    QVERIFY(!sample.isEmpty() && !other.isEmpty());

    const CliRun hit = runDb(db, {QStringLiteral("search"), QStringLiteral("connection pool"),
                                  QStringLiteral("--json")});
    QCOMPARE(hit.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(hit.out).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(u"id").toString(), sample);

    const CliRun table = runDb(db, {QStringLiteral("search"), QStringLiteral("disk")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().contains(other.left(8)));
    QVERIFY(!table.outText().contains(sample.left(8)));

    const CliRun none = runDb(
        db, {QStringLiteral("search"), QStringLiteral("zebracrossing"), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("[]\n"));
}

void TestCli::verifyDetectsTampering() {
    const QString db = test::tempPath(QStringLiteral("verify.db"));
    QCOMPARE(
        runDb(db, {QStringLiteral("import-json"), QStringLiteral("-")}, sampleDocument()).exitCode,
        0);
    QCOMPARE(runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Second")})
                 .exitCode,
             0);
    const CliRun good = runDb(db, {QStringLiteral("verify")});
    QCOMPARE(good.exitCode, 0);
    static const QRegularExpression okLine(QStringLiteral("^ok: (\\d+) audit entries verified\n$"));
    const auto match = okLine.match(good.outText());
    QVERIFY2(match.hasMatch(), qPrintable(good.outText()));
    // One entry per record created: the sample (postmortem and five participants) and "Second".
    QVERIFY(match.captured(1).toInt() >= 7);

    QVERIFY(rawSql(db, QStringLiteral("UPDATE records SET fields = json_set(fields, '$.title', "
                                      "'x') WHERE kind = 'postmortem'")));
    const CliRun bad = runDb(db, {QStringLiteral("verify")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.outText().contains(QStringLiteral("first bad entry: #")),
             qPrintable(bad.outText()));
    QVERIFY(!bad.outText().startsWith(QStringLiteral("ok")));
}

void TestCli::refusesNotADatabase() {
    const QString path = test::tempPath(QStringLiteral("notes.db"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "These are meeting notes, not a database. ";
    QVERIFY(writeFile(path, text));
    const QByteArray before = test::fileSha256(path);
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")}}) {
        const CliRun r = runDb(path, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("not")), qPrintable(r.errText()));
        QVERIFY(r.errText().contains(QFileInfo(path).fileName()));
        QCOMPARE(test::fileSha256(path), before);
    }
}

void TestCli::refusesNewerSchema() {
    const QString db = test::tempPath(QStringLiteral("newer.db"));
    QCOMPARE(
        runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")}).exitCode,
        0);
    QVERIFY(rawSql(db, QStringLiteral("PRAGMA user_version = 999")));
    const QByteArray before = test::fileSha256(db);
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T2")}}) {
        const CliRun r = runDb(db, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("newer")), qPrintable(r.errText()));
        QCOMPARE(test::fileSha256(db), before);
    }
}

void TestCli::unwritableFolder() {
    // A regular file where a folder should be: no account can create a database there.
    const QString file = test::tempPath(QStringLiteral("plain-file"));
    QVERIFY(writeFile(file, "x"));
    const QString underFile = file + QStringLiteral("/sub/causeway.db");
    const CliRun r =
        runDb(underFile, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("folder")), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());

    const QString dir = test::tempPath(QStringLiteral("readonly-dir"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    const QString db = QDir(dir).filePath(QStringLiteral("causeway.db"));
    const bool privileged = QFileInfo(dir).isWritable(); // root ignores permissions
    const CliRun denied =
        runDb(db, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")});
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (privileged)
        QSKIP("running with privileges that ignore folder permissions");
    QCOMPARE(denied.exitCode, 2);
    QVERIFY2(denied.errText().contains(QStringLiteral("not writable")),
             qPrintable(denied.errText()));
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::readCommandsDoNotCreateDatabase() {
    const QString db = test::tempPath(QStringLiteral("typo.db"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("show"), QStringLiteral("abc")},
          QStringList{QStringLiteral("search"), QStringLiteral("abc")}}) {
        const CliRun r = runDb(db, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("no database")), qPrintable(r.errText()));
        QVERIFY(!QFileInfo::exists(db));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
