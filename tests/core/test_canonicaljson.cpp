#include "model/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace causeway;

class TestCanonicalJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serializes_data();
    void serializes();
    void keysSortByUtf16CodeUnits();
    void reparsesToSameBytes();
    void times();
    void fastTimeFormatMatchesQt();
    void everyCharacterWrittenAsFromUtf8();
};

void TestCanonicalJson::serializes_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("sorted keys, no whitespace")
        << QByteArray(R"({ "b": 1, "a": [true, false, null] })")
        << QByteArray(R"({"a":[true,false,null],"b":1})");
    QTest::newRow("nested objects sorted") << QByteArray(R"({"z":{"y":1,"x":2},"a":{}})")
                                           << QByteArray(R"({"a":{},"z":{"x":2,"y":1}})");
    QTest::newRow("integers without fraction")
        << QByteArray(R"([1.0, -0, 100000000000])") << QByteArray(R"([1,0,100000000000])");
    QTest::newRow("shortest doubles")
        << QByteArray(R"([0.1, 1.5, 12.25, 1e-7])") << QByteArray(R"([0.1,1.5,12.25,1e-07])");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b\\c\n\t\u0001/"])")
                             << QByteArray(R"(["a\"b\\c\n\t\u0001/"])");
    QTest::newRow("utf-8 unescaped")
        << QByteArray("[\"Gr\\u00fc\\u00dfe \\u2013 \\u65e5\"]") << QByteArray("[\"Grüße – 日\"]");
}

void TestCanonicalJson::serializes() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    QVERIFY(!doc.isNull());
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    QCOMPARE(canonicalJson(value), expected);
}

void TestCanonicalJson::keysSortByUtf16CodeUnits() {
    // U+E000 sorts before U+1F600 (a surrogate pair, 0xD83D...) in UTF-8 byte order it
    // would not: RFC 8785 asks for UTF-16 code unit order.
    QJsonObject o;
    o.insert(QString::fromUtf8("\xEE\x80\x80"), 1);     // U+E000
    o.insert(QString::fromUtf8("\xF0\x9F\x98\x80"), 2); // U+1F600
    o.insert(QStringLiteral("a"), 3);
    const QByteArray out = canonicalJson(o);
    QCOMPARE(out, QByteArray("{\"a\":3,\"\xF0\x9F\x98\x80\":2,\"\xEE\x80\x80\":1}"));
}

void TestCanonicalJson::reparsesToSameBytes() {
    const QByteArray once =
        canonicalJson(QJsonDocument::fromJson(R"({"k":[1,{"b":"x","a":2.5}],"e":""})").object());
    const QByteArray twice = canonicalJson(QJsonDocument::fromJson(once).object());
    QCOMPARE(twice, once);
}

void TestCanonicalJson::times() {
    const QDateTime t(QDate(2026, 3, 2), QTime(14, 5, 30, 7), QTimeZone(3600));
    QCOMPARE(canonicalTime(t), QStringLiteral("2026-03-02T13:05:30.007Z"));
    QCOMPARE(parseCanonicalTime(QStringLiteral("2026-03-02T13:05:30.007Z")), t);
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-03-02 13:05")).isValid());
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-03-02T13:05:30+01:00")).isValid());
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-13-02T13:05:30Z")).isValid());
}

void TestCanonicalJson::fastTimeFormatMatchesQt() {
    // canonicalTime computes the civil date itself; compare with Qt's formatting across
    // leap days, century rules, the epoch and times before it.
    const QList<QDateTime> samples{
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1900, 3, 1), QTime(1, 2, 3, 4), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone("Europe/Berlin")),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC)};
    // Outside years 1 to 9999 Qt writes the year (and the parser does not read it back).
    for (const QDateTime& t : {QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(-1),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC)})
        QCOMPARE(canonicalTime(t),
                 t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z');
    for (const QDateTime& t : samples)
        QCOMPARE(canonicalTime(t),
                 t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z');
    QDateTime t(QDate(1996, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 3000; ++i, t = t.addSecs(86400 * 7 + 3607).addMSecs(13)) {
        QCOMPARE(canonicalTime(t), t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z');
        QCOMPARE(parseCanonicalTime(canonicalTime(t)), t);
    }
    for (const QDateTime& s : samples)
        QCOMPARE(parseCanonicalTime(canonicalTime(s)), s.toUTC());
    QCOMPARE(parseCanonicalTime(QStringLiteral("2026-03-02T13:05:30.5Z")),
             QDateTime(QDate(2026, 3, 2), QTime(13, 5, 30, 500), Qt::UTC));
    QCOMPARE(parseCanonicalTime(QStringLiteral("2026-03-02T13:05:30Z")),
             QDateTime(QDate(2026, 3, 2), QTime(13, 5, 30), Qt::UTC));
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-02-29T13:05:30Z")).isValid());
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-03-02T24:00:00Z")).isValid());
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-03-02T13:05:30.Z")).isValid());
    QVERIFY(!parseCanonicalTime(QStringLiteral("2026-03-02T13:05:30.1234Z")).isValid());
}

void TestCanonicalJson::everyCharacterWrittenAsFromUtf8() {
    // Plain ASCII is copied from UTF-16 directly; everything else goes through UTF-8. Both give
    // the same bytes for every character around the edges, alone and inside text.
    QList<char16_t> characters;
    for (char16_t c = 0; c < 0x100; ++c)
        characters.append(c);
    for (const char16_t c : {char16_t(0x2028), char16_t(0x20ac), char16_t(0xd800), char16_t(0xdfff),
                             char16_t(0xfeff), char16_t(0xffff)})
        characters.append(c);
    for (const char16_t c : characters) {
        const QString alone(QChar{c});
        for (const QString& text : {alone, QString(QStringLiteral("id-") + alone + u'z')}) {
            QByteArray fromUtf16;
            appendCanonicalString(fromUtf16, text);
            QByteArray fromUtf8;
            appendCanonicalUtf8String(fromUtf8, text.toUtf8());
            QCOMPARE(fromUtf16, fromUtf8);
        }
    }
    QByteArray appended("[");
    appendCanonicalJson(appended,
                        QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), u"\u00e9"_qs}});
    QCOMPARE(appended,
             QByteArray("[") + canonicalJson(QJsonObject{{QStringLiteral("b"), 1},
                                                         {QStringLiteral("a"), u"\u00e9"_qs}}));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "test_canonicaljson.moc"
