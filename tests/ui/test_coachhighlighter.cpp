#include "TestSupport.h"

#include "actions/ActionDetails.h"
#include "actions/ActionsPane.h"
#include "causes/CausesPane.h"
#include "causes/ContributingFactorDetails.h"
#include "causes/ContributingFactorsPanel.h"
#include "coach/CoachHighlighter.h"
#include "coach/CoachTextDelegate.h"
#include "coach/DocumentCoach.h"
#include "editing/PostmortemDocument.h"
#include "editor/FieldEditor.h"
#include "editor/PostmortemEditor.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace causeway;

// The coach's underlines as the user types: formats at the right ranges, tooltips with why
// and a rephrasing, colours for light and dark palettes, forward-looking action text, and
// the places it is attached (narrative fields, timeline descriptions).
class TestCoachHighlighter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }
    void underlinesFindings();
    void followsTyping();
    void tooltipOnHover();
    void actionTextLooksForward();
    void participantsBecomeKnown();
    void languageFollowsTheText();
    void coloursForLightAndDark();
    void cellEditorCommitsOnEnter();
    void attachedToNarrativeAndTimeline();
};

namespace {

QList<QTextLayout::FormatRange> underlines(const QPlainTextEdit& edit, int blockNumber) {
    const QTextBlock block = edit.document()->findBlockByNumber(blockNumber);
    return block.layout() ? block.layout()->formats() : QList<QTextLayout::FormatRange>();
}

QString rangeText(const QPlainTextEdit& edit, int blockNumber,
                  const QTextLayout::FormatRange& range) {
    return edit.document()->findBlockByNumber(blockNumber).text().mid(range.start, range.length);
}

} // namespace

void TestCoachHighlighter::underlinesFindings() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"), {QStringLiteral("Alice Schmidt")});
    QPlainTextEdit edit;
    CoachHighlighter::attach(&edit, &source);
    edit.setPlainText(QStringLiteral("We rolled back at 14:20.\n"
                                     "Obviously Alice broke the deploy; the switch had a fault."));
    QVERIFY(underlines(edit, 0).isEmpty());
    const QList<QTextLayout::FormatRange> found = underlines(edit, 1);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).start, 0);
    QCOMPARE(found.at(0).length, 9);
    QCOMPARE(rangeText(edit, 1, found.at(1)), QStringLiteral("Alice broke"));
    for (const QTextLayout::FormatRange& r : found)
        QCOMPARE(r.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    // A person is underlined in the colour of blame, hindsight in the other one.
    QCOMPARE(found.at(1).format.underlineColor(),
             CoachHighlighter::findingFormat(coach::Category::Person).underlineColor());
    QVERIFY(found.at(0).format.underlineColor() != found.at(1).format.underlineColor());
}

void TestCoachHighlighter::followsTyping() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QPlainTextEdit edit;
    CoachHighlighter::attach(&edit, &source);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("The change was care"));
    QVERIFY(underlines(edit, 0).isEmpty());
    QTest::keyClicks(&edit, QStringLiteral("less"));
    QCOMPARE(underlines(edit, 0).size(), 1);
    QCOMPARE(rangeText(edit, 0, underlines(edit, 0).first()), QStringLiteral("careless"));
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QVERIFY(underlines(edit, 0).isEmpty());
}

void TestCoachHighlighter::tooltipOnHover() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QPlainTextEdit edit;
    auto* highlighter = CoachHighlighter::attach(&edit, &source);
    edit.setPlainText(QStringLiteral("Root cause: human error."));
    edit.resize(500, 120);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    const int inside = int(QStringLiteral("Root cause: hu").size());
    const std::optional<coach::Finding> finding = highlighter->findingAt(inside);
    QVERIFY(finding);
    QCOMPARE(finding->text, QStringLiteral("human error"));
    QVERIFY(!highlighter->findingAt(2)); // "Root" is fine
    const QString tip = CoachHighlighter::tooltipText(*finding);
    QVERIFY2(tip.contains(QStringLiteral("Blame or judgement")), qPrintable(tip));
    QVERIFY2(tip.contains(finding->why.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(finding->suggestion.toHtmlEscaped()), qPrintable(tip));

    // Hovering the word shows the tip; hovering clean text shows none.
    QTextCursor cursor(edit.document());
    cursor.setPosition(inside);
    const QPoint over = edit.cursorRect(cursor).center();
    QHelpEvent hover(QEvent::ToolTip, over, edit.viewport()->mapToGlobal(over));
    QApplication::sendEvent(edit.viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    cursor.setPosition(1);
    const QPoint clean = edit.cursorRect(cursor).center();
    QHelpEvent away(QEvent::ToolTip, clean, edit.viewport()->mapToGlobal(clean));
    QApplication::sendEvent(edit.viewport(), &away);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCoachHighlighter::actionTextLooksForward() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    const QString plan = QStringLiteral("By Q3 every team should have migrated to the pipeline.");
    QPlainTextEdit action;
    CoachHighlighter::attach(&action, &source, coach::TextContext::Action);
    action.setPlainText(plan);
    QVERIFY(underlines(action, 0).isEmpty());
    QPlainTextEdit narrative;
    CoachHighlighter::attach(&narrative, &source);
    narrative.setPlainText(plan);
    QCOMPARE(underlines(narrative, 0).size(), 1);
}

void TestCoachHighlighter::participantsBecomeKnown() {
    test::OpenDocument open = test::openNewDocument();
    DocumentCoach source;
    source.setDocument(open.doc.get(), QStringLiteral("en"));
    QSignalSpy changed(&source, &DocumentCoach::changed);
    QPlainTextEdit edit;
    CoachHighlighter::attach(&edit, &source);
    edit.setPlainText(QStringLiteral("Priya broke the deploy."));
    QVERIFY(underlines(edit, 0).isEmpty()); // not a participant yet
    open.doc->addChild(Kind::Participant, {{Field::Name, QStringLiteral("Priya Patel")}});
    QTRY_COMPARE(underlines(edit, 0).size(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(rangeText(edit, 0, underlines(edit, 0).first()), QStringLiteral("Priya broke"));
}

namespace {

// The edit as painted with a palette, and how many of its pixels have the underline's colour.
int underlinePixels(const QPalette& palette, const QString& shotName) {
    QApplication::setPalette(palette);
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QPlainTextEdit edit;
    CoachHighlighter::attach(&edit, &source);
    edit.setPlainText(QStringLiteral("A careless change went out."));
    edit.resize(320, 60);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit))
        return -1;
    const QImage image = edit.grab().toImage();
    // CAUSEWAY_SCREENSHOT_DIR: keep the images to look at.
    const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + shotName);
    // The wave is anti-aliased, so its pixels are blends: count the clearly red ones. The
    // faint wash behind the word is far less red than the line.
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() - std::max(c.green(), c.blue()) >= 45)
                ++count;
        }
    }
    return count;
}

} // namespace

void TestCoachHighlighter::languageFollowsTheText() {
    test::OpenDocument open = test::openNewDocument(QStringLiteral("Checkout down"));
    DocumentCoach source;
    source.setDocument(open.doc.get());
    QPlainTextEdit edit;
    CoachHighlighter::attach(&edit, &source);
    edit.setPlainText(QStringLiteral("Das war fahrlässig."));
    open.doc->editField(open.id, Field::Summary,
                        QStringLiteral("Der Dienst war nicht erreichbar und die Datenbank wurde "
                                       "auf die zweite Region umgeschaltet."));
    QCOMPARE(source.coach()->language(), QStringLiteral("de"));
    QCOMPARE(underlines(edit, 0).size(), 1);
    open.doc->editField(open.id, Field::Summary,
                        QStringLiteral("The service was down and the database was failed over "
                                       "to the second region."));
    QCOMPARE(source.coach()->language(), QStringLiteral("en"));
    QVERIFY(underlines(edit, 0).isEmpty());
}

void TestCoachHighlighter::coloursForLightAndDark() {
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const int onLight = underlinePixels(light, QStringLiteral("coach-light.png"));
    const QColor lightColour =
        CoachHighlighter::findingFormat(coach::Category::Blame).underlineColor();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    const int onDark = underlinePixels(dark, QStringLiteral("coach-dark.png"));
    const QColor darkColour =
        CoachHighlighter::findingFormat(coach::Category::Blame).underlineColor();
    // Each colour stands out from its background (dark on light, light on dark) and is
    // really painted under the word.
    QVERIFY(lightColour.lightness() < 128);
    QVERIFY(darkColour.lightness() > 128);
    QVERIFY2(onLight >= 15, qPrintable(QString::number(onLight)));
    QVERIFY2(onDark >= 15, qPrintable(QString::number(onDark)));
    QVERIFY(CoachHighlighter::findingFormat(coach::Category::Hindsight).underlineColor() !=
            darkColour);
}

void TestCoachHighlighter::cellEditorCommitsOnEnter() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("Rolled back"));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new CoachTextDelegate(&source, &view));
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.edit(model.index(0, 0));
    auto* editor = view.findChild<QPlainTextEdit*>(QStringLiteral("coachCellEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Rolled back"));
    QVERIFY(editor->document()->findChild<CoachHighlighter*>());
    editor->setPlainText(QStringLiteral("Clearly a careless rollback"));
    QCOMPARE(underlines(*editor, 0).size(), 2);
    if (const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR"); !dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/coach-cell-editor.png"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(model.data(model.index(0, 0)).toString(),
             QStringLiteral("Clearly a careless rollback"));
    QTRY_VERIFY(!view.findChild<QPlainTextEdit*>(QStringLiteral("coachCellEditor")) ||
                !view.findChild<QPlainTextEdit*>(QStringLiteral("coachCellEditor"))->isVisible());
}

void TestCoachHighlighter::attachedToNarrativeAndTimeline() {
    test::OpenDocument open = test::openNewDocument();
    const Template* tmpl = test::builtinTemplates().find(QStringLiteral("standard"));
    QVERIFY(tmpl);
    PostmortemEditor editor;
    editor.setDocument(open.doc.get(), tmpl);
    auto* summary = qobject_cast<QPlainTextEdit*>(editor.fieldEditor(Field::Summary)->widget());
    QVERIFY(summary);
    QVERIFY(summary->document()->findChild<CoachHighlighter*>());
    summary->setPlainText(QStringLiteral("Obviously the cache was stale."));
    QCOMPARE(underlines(*summary, 0).size(), 1);
    QVERIFY(qobject_cast<CoachTextDelegate*>(
        editor.timeline()->table()->itemDelegateForColumn(TimelineModel::DescriptionColumn)));
    // Cause notes read as narrative; an action's description as a plan.
    QPlainTextEdit* notes = editor.causes()->factors()->details()->notesEdit();
    QVERIFY(notes->document()->findChild<CoachHighlighter*>());
    auto* description = editor.actionsPane()->details()->findChild<QPlainTextEdit*>();
    QVERIFY(description);
    QVERIFY(description->document()->findChild<CoachHighlighter*>());
    const QString plan = QStringLiteral("By Q3 every team should have migrated.");
    description->document()->setPlainText(plan);
    QVERIFY(underlines(*description, 0).isEmpty());
    notes->document()->setPlainText(plan);
    QCOMPARE(underlines(*notes, 0).size(), 1);
    editor.setDocument(nullptr, nullptr);
}

QTEST_MAIN(TestCoachHighlighter)
#include "test_coachhighlighter.moc"
