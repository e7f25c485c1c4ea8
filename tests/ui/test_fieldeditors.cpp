#include "editor/FieldEditors.h"
#include "model/CanonicalJson.h"

#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace causeway;

class TestFieldEditors : public QObject {
    Q_OBJECT

private:
    static TemplateField field(FieldType type, const QString& key = QStringLiteral("f")) {
        TemplateField f;
        f.key = key;
        f.label = QStringLiteral("Field");
        f.type = type;
        return f;
    }

private Q_SLOTS:
    void lineKeepsCursorAndDoesNotEcho() {
        QWidget parent;
        auto* editor = FieldEditor::create(field(FieldType::Line), &parent);
        auto* edit = qobject_cast<QLineEdit*>(editor->widget());
        QVERIFY(edit);
        QSignalSpy edited(editor, &FieldEditor::edited);
        editor->setValue(QStringLiteral("hello world"));
        QCOMPARE(edited.count(), 0);
        edit->setCursorPosition(5);
        editor->setValue(QStringLiteral("hello world")); // same value: untouched
        QCOMPARE(edit->cursorPosition(), 5);
        QTest::keyClicks(edit, QStringLiteral("!"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().first().value<QJsonValue>().toString(),
                 QStringLiteral("hello! world"));
    }

    void tagsParse() {
        QCOMPARE(TagsFieldEditor::parse(QStringLiteral(" db, deploy,, db ,")),
                 (QStringList{QStringLiteral("db"), QStringLiteral("deploy")}));
        QWidget parent;
        TagsFieldEditor editor(field(FieldType::Tags), &parent);
        auto* edit = qobject_cast<QLineEdit*>(editor.widget());
        edit->setText(QStringLiteral("a, b, "));
        editor.setValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(edit->text(), QStringLiteral("a, b, ")); // the user's typing is left alone
        editor.setValue(QJsonArray{QStringLiteral("c")});
        QCOMPARE(edit->text(), QStringLiteral("c"));
    }

    void dateTimeShowsWallClockInZoneAndStoresUtc() {
        QWidget parent;
        DateTimeFieldEditor editor(field(FieldType::DateTime), &parent);
        editor.setTimeZone(QTimeZone("Europe/Berlin"));
        const QString stored = QStringLiteral("2024-07-01T12:30:00.000Z");
        editor.setValue(stored);
        auto* edit = parent.findChild<QDateTimeEdit*>();
        QVERIFY(edit);
        QCOMPARE(edit->dateTime().time(), QTime(14, 30)); // CEST is UTC+2
        QCOMPARE(editor.value().toString(), stored);

        QSignalSpy edited(&editor, &FieldEditor::edited);
        edit->setDateTime(QDateTime(QDate(2024, 7, 1), QTime(15, 0), Qt::UTC));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(parseCanonicalTime(editor.value().toString()),
                 QDateTime(QDate(2024, 7, 1), QTime(13, 0), Qt::UTC));

        // Another zone shows the same instant differently.
        editor.setTimeZone(QTimeZone("America/New_York"));
        QCOMPARE(edit->dateTime().time(), QTime(9, 0));
        editor.setValue(QJsonValue::Null);
        QCOMPARE(editor.value(), QJsonValue(QJsonValue::Null));
    }

    void numbersAndChoices() {
        QWidget parent;
        auto* integer = FieldEditor::create(field(FieldType::Integer), &parent);
        QCOMPARE(integer->value(), QJsonValue(QJsonValue::Null));
        integer->setValue(42.0);
        QCOMPARE(integer->value().toDouble(), 42.0);
        auto* number = FieldEditor::create(field(FieldType::Number), &parent);
        number->setValue(12.5);
        QCOMPARE(number->value().toDouble(), 12.5);

        TemplateField choice = field(FieldType::Choice, QStringLiteral("status"));
        choice.choices = {QStringLiteral("draft"), QStringLiteral("published")};
        auto* combo = FieldEditor::create(choice, &parent);
        QCOMPARE(combo->value(), QJsonValue(QJsonValue::Null));
        combo->setValue(QStringLiteral("published"));
        QCOMPARE(combo->value().toString(), QStringLiteral("published"));
        combo->setValue(QStringLiteral("legacy_value")); // kept, not replaced
        QCOMPARE(combo->value().toString(), QStringLiteral("legacy_value"));
    }
};

QTEST_MAIN(TestFieldEditors)
#include "test_fieldeditors.moc"
