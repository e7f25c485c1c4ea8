// The fast reader of stored fields objects (Store::loadPostmortem) must give exactly what
// QJsonDocument gives, or decline so that QJsonDocument decides.
#include "store/FlatJsonObject.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace causeway;

class TestFlatJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsAsQJsonDocument_data();
    void readsAsQJsonDocument();
    void declines_data();
    void declines();
    void sharedValuesStayPerKey();
    void randomObjectsMatch();
};

namespace {

// The members read, or nullopt when the reader declined.
std::optional<QJsonObject> readFlat(FlatJsonObject& reader, const QByteArray& json) {
    QJsonObject members;
    if (!reader.read(json, [&members](const QString& key, QJsonValue&& value) {
            members.insert(key, value);
        }))
        return std::nullopt;
    return members;
}

} // namespace

void TestFlatJson::readsAsQJsonDocument_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("empty with spaces") << QByteArray(" { } ");
    QTest::newRow("event") << QByteArray(
        R"({"actor":"on-call","description":"Rollout of build 4222 finished","kind":"other","source":"deploy","time":"2023-01-02T11:01:36.000Z"})");
    QTest::newRow("escapes") << QByteArray(
        R"({"a":"quote \" backslash \\ slash \/ tab \t","b":"\n\r\b\f"})");
    QTest::newRow("escaped key") << QByteArray(R"({"a\"b":"x"})");
    QTest::newRow("non-ASCII") << QByteArray("{\"de\":\"Größe überschritten\",\"ja\":\"障害\"}");
    QTest::newRow("literals") << QByteArray(R"({"a":true,"b":false,"c":null})");
    QTest::newRow("whitespace") << QByteArray("{\n  \"a\" : \"x\" ,\t\"b\":true\r\n}");
    QTest::newRow("long value") << QByteArray("{\"d\":\"" + QByteArray(500, 'x') + "\"}");
    QTest::newRow("duplicate key, last wins") << QByteArray(R"({"a":"1","a":"2"})");
}

void TestFlatJson::readsAsQJsonDocument() {
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonObject expected = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    FlatJsonObject reader;
    const auto got = readFlat(reader, json);
    QVERIFY(got.has_value());
    QCOMPARE(*got, expected);
    // A second read through the same reader (its shared keys and values) gives the same.
    QCOMPARE(*readFlat(reader, json), expected);
}

void TestFlatJson::declines_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("number") << QByteArray(R"({"a":1})");
    QTest::newRow("array") << QByteArray(R"({"a":["x"]})");
    QTest::newRow("object") << QByteArray(R"({"a":{"b":"c"}})");
    QTest::newRow("unicode escape") << QByteArray(R"({"a":"\u00e9"})");
    QTest::newRow("unknown escape") << QByteArray(R"({"a":"\q"})");
    QTest::newRow("raw control character") << QByteArray("{\"a\":\"x\ty\"}");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"x)");
    QTest::newRow("no closing brace") << QByteArray(R"({"a":"x")");
    QTest::newRow("trailing text") << QByteArray(R"({"a":"x"} z)");
    QTest::newRow("missing colon") << QByteArray(R"({"a" "x"})");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":"x",})");
    QTest::newRow("not an object") << QByteArray(R"(["a"])");
    QTest::newRow("empty text") << QByteArray();
    QTest::newRow("misspelt literal") << QByteArray(R"({"a":tru})");
}

void TestFlatJson::declines() {
    QFETCH(QByteArray, json);
    FlatJsonObject reader;
    QVERIFY(!readFlat(reader, json).has_value());
}

void TestFlatJson::sharedValuesStayPerKey() {
    // The same short text under two keys, and two texts sharing a prefix, in many rows.
    FlatJsonObject reader;
    for (int row = 0; row < 40; ++row) {
        const QByteArray kind = row % 2 ? "detection" : "detect";
        const QByteArray json = R"({"kind":")" + kind + R"(","source":")" + kind + R"(","n":")" +
                                QByteArray::number(row) + R"("})";
        const auto got = readFlat(reader, json);
        QVERIFY(got.has_value());
        QCOMPARE(*got, QJsonDocument::fromJson(json).object());
    }
}

void TestFlatJson::randomObjectsMatch() {
    // Objects as the store writes them (QJsonDocument, compact) with random keys and values:
    // whatever the reader accepts must equal QJsonDocument's reading.
    QRandomGenerator rng(20261127);
    const QString alphabet = QStringLiteral("ab\"\\/ \t\n\x01é障😀:,{}[]");
    FlatJsonObject reader;
    int accepted = 0;
    for (int i = 0; i < 2000; ++i) {
        QJsonObject object;
        const int members = rng.bounded(6);
        for (int m = 0; m < members; ++m) {
            QString key, value;
            for (int c = rng.bounded(1, 6); c > 0; --c)
                key += alphabet.at(rng.bounded(int(alphabet.size())));
            for (int c = rng.bounded(0, 60); c > 0; --c)
                value += alphabet.at(rng.bounded(int(alphabet.size())));
            switch (rng.bounded(5)) {
            case 0:
                object.insert(key, true);
                break;
            case 1:
                object.insert(key, QJsonValue::Null);
                break;
            case 2:
                object.insert(key, rng.bounded(1000));
                break;
            default:
                object.insert(key, value);
                break;
            }
        }
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const auto got = readFlat(reader, json);
        if (got) {
            ++accepted;
            QCOMPARE(*got, QJsonDocument::fromJson(json).object());
        }
    }
    // Most objects have no numbers or control characters: the fast path is taken.
    QVERIFY2(accepted > 200, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestFlatJson)
#include "test_flatjson.moc"
