#include "TestSupport.h"

#include "actions/ActionDetails.h"
#include "actions/ActionsModel.h"
#include "actions/ActionsPane.h"
#include "causes/CauseEditing.h"
#include "causes/CauseTreeModel.h"
#include "causes/CausesPane.h"
#include "causes/FishboneItems.h"
#include "causes/FishboneView.h"
#include "causes/WhysView.h"
#include "coach/CoachHighlighter.h"
#include "coach/CoachLineDelegate.h"
#include "coach/CoachLineHighlighter.h"
#include "coach/CoachRules.h"
#include "coach/CoachTextDelegate.h"
#include "coach/DocumentCoach.h"
#include "coach/RuleProblemBanner.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "model/Template.h"
#include "welcome/WelcomePane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

using namespace causeway;

// The coach beyond the paragraph fields: one-line editors (5-whys answers, action titles),
// the fishbone's label editor, the marks in displayed timeline cells, and the banner that
// names a broken rule file of the user's.
class TestCoachInline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QFile::remove(coach::userRuleFile(QStringLiteral("en"))); }
    void cleanup() { QFile::remove(coach::userRuleFile(QStringLiteral("en"))); }
    void lineEditUnderlinesAndKeepsItsBehaviour();
    void lineEditTooltip();
    void whysAnswerEditor();
    void fishboneLabelEditor();
    void actionTitlesLookForward();
    void timelineCellsShowFindings();
    void timelineCellsScrollCheaply();
    void bannerNamesABrokenRuleFile();
};

namespace {

// Pixels clearly in the colour of blame on a light base (the wave is anti-aliased).
int redPixels(const QImage& image, const QRect& area) {
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() - std::max(c.green(), c.blue()) >= 45)
                ++count;
        }
    }
    return count;
}

void saveShot(const QImage& image, const QString& name) {
    if (const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + u'/' + name);
}

QPalette lightPalette() {
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

} // namespace

void TestCoachInline::lineEditUnderlinesAndKeepsItsBehaviour() {
    QApplication::setPalette(lightPalette());
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QLineEdit plain;
    QLineEdit edit;
    auto* highlighter = CoachLineHighlighter::attach(&edit, &source, coach::TextContext::Narrative);
    for (QLineEdit* e : {&plain, &edit}) {
        e->resize(400, 30);
        e->show();
        QVERIFY(QTest::qWaitForWindowExposed(e));
    }
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("A careless change"));
    QCOMPARE(highlighter->findings().size(), 1);
    QCOMPARE(highlighter->findings().first().text, QStringLiteral("careless"));
    // The formats change nothing the user typed, and the edit's own undo still works.
    QCOMPARE(edit.text(), QStringLiteral("A careless change"));
    QVERIFY(edit.isUndoAvailable());
    plain.setText(edit.text());
    const QImage marked = edit.grab().toImage();
    saveShot(marked, QStringLiteral("coach-line-edit.png"));
    QVERIFY2(redPixels(marked, marked.rect()) >= 15,
             qPrintable(QString::number(redPixels(marked, marked.rect()))));
    QCOMPARE(redPixels(plain.grab().toImage(), plain.rect()), 0);

    // A selection survives the coach checking again (rules or names changed).
    edit.setSelection(2, 8);
    source.setRules(QStringLiteral("en"), {QStringLiteral("Alice")});
    QCOMPARE(edit.selectedText(), QStringLiteral("careless"));
    // Typing the finding away takes its underline away.
    edit.setText(QStringLiteral("A change"));
    QVERIFY(highlighter->findings().isEmpty());
    QCOMPARE(redPixels(edit.grab().toImage(), edit.rect()), 0);
    // Text being composed with an input method stays as the input method shows it.
    edit.setText(QStringLiteral("A careless "));
    QInputMethodEvent composing(QStringLiteral("chan"), {});
    QApplication::sendEvent(&edit, &composing);
    const QImage whileComposing = edit.grab().toImage();
    source.setRules(QStringLiteral("en"));           // the coach checks again meanwhile
    QCOMPARE(edit.grab().toImage(), whileComposing); // "chan" still shows, pre-edit
    QInputMethodEvent committed;
    committed.setCommitString(QStringLiteral("change"));
    QApplication::sendEvent(&edit, &committed);
    QCOMPARE(edit.text(), QStringLiteral("A careless change"));
    QCOMPARE(highlighter->findings().size(), 1);
    // A read-only edit (an approved postmortem) still shows its findings.
    edit.setReadOnly(true);
    edit.setText(QStringLiteral("A careless change"));
    QVERIFY2(redPixels(edit.grab().toImage(), edit.rect()) >= 15,
             qPrintable(QString::number(redPixels(edit.grab().toImage(), edit.rect()))));
    QApplication::setPalette(QPalette());
}

void TestCoachInline::lineEditTooltip() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QLineEdit edit;
    CoachLineHighlighter::attach(&edit, &source, coach::TextContext::Narrative);
    edit.setText(QStringLiteral("Root cause: human error"));
    edit.resize(400, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    // Into "human": past the text before it and the edit's frame and margin.
    const int x = edit.contentsRect().left() + 4 +
                  edit.fontMetrics().horizontalAdvance(QStringLiteral("Root cause: hum"));
    const QPoint over(x, edit.height() / 2);
    QHelpEvent hover(QEvent::ToolTip, over, edit.mapToGlobal(over));
    QApplication::sendEvent(&edit, &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("human error")),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestCoachInline::whysAnswerEditor() {
    test::OpenDocument open = test::openNewDocument();
    const QString cause = CauseEditing::addCause(*open.doc, QString(), -1, QStringLiteral("x"));
    WhysView view;
    view.setDocument(open.doc.get());
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex index = view.causeModel()->indexOf(cause);
    view.setCurrentIndex(index);
    view.edit(index);
    auto* line = view.viewport()->findChild<QLineEdit*>();
    QVERIFY(line);
    auto* highlighter = line->findChild<CoachLineHighlighter*>();
    QVERIFY(highlighter);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Human error in the deploy"));
    QCOMPARE(highlighter->findings().size(), 1);
    saveShot(view.grab().toImage(), QStringLiteral("coach-whys-editor.png"));
    // Enter still commits the answer, as before the coach was there.
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(open.doc->value(cause, CauseField::Statement).toString(),
                 QStringLiteral("Human error in the deploy"));
    // Escape still cancels.
    view.edit(index);
    line = view.viewport()->findChild<QLineEdit*>();
    QVERIFY(line);
    line->setText(QStringLiteral("Negligence"));
    QTest::keyClick(line, Qt::Key_Escape);
    QCOMPARE(open.doc->value(cause, CauseField::Statement).toString(),
             QStringLiteral("Human error in the deploy"));
}

void TestCoachInline::fishboneLabelEditor() {
    test::OpenDocument open = test::openNewDocument();
    const QString cause = CauseEditing::addCause(
        *open.doc, QString(), -1, QStringLiteral("Human error"), true, QStringLiteral("people"));
    FishboneView view;
    view.setDocument(open.doc.get(), test::builtinTemplates().find(QStringLiteral("standard")));
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.startRename(cause));
    FishboneInlineEditor* editor = view.inlineEditor();
    QVERIFY(editor);
    QVERIFY(editor->document()->findChild<CoachHighlighter*>());
    const QTextBlock block = editor->document()->firstBlock();
    QVERIFY(block.layout());
    QCOMPARE(block.layout()->formats().size(), 1);
    QCOMPARE(block.layout()->formats().first().format.underlineStyle(),
             QTextCharFormat::WaveUnderline);
}

void TestCoachInline::actionTitlesLookForward() {
    test::OpenDocument open = test::openNewDocument();
    PostmortemEditor editor;
    editor.setDocument(open.doc.get(), test::builtinTemplates().find(QStringLiteral("standard")));
    ActionsPane* pane = editor.actionsPane();
    auto* title = pane->details()->titleEdit();
    auto* highlighter = title->findChild<CoachLineHighlighter*>();
    QVERIFY(highlighter);
    // A plan may say what should happen; blame is still blame.
    title->setText(QStringLiteral("Every team should have migrated to the pipeline"));
    QVERIFY(highlighter->findings().isEmpty());
    title->setText(QStringLiteral("Stop careless deploys"));
    QCOMPARE(highlighter->findings().size(), 1);
    // The same sentence in a 5-whys answer looks back, and is flagged.
    DocumentCoach narrative;
    narrative.setRules(QStringLiteral("en"));
    QVERIFY(!narrative.coach()
                 ->check(QStringLiteral("Every team should have migrated to the pipeline"))
                 .isEmpty());
    // The table's title cells are edited with the same coach, in the same context.
    QVERIFY(qobject_cast<CoachLineDelegate*>(
        pane->table()->itemDelegateForColumn(ActionsModel::TitleColumn)));
    editor.setDocument(nullptr, nullptr);
}

void TestCoachInline::timelineCellsShowFindings() {
    QApplication::setPalette(lightPalette());
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), QStringLiteral("Rollback started after human error"));
    model.setData(model.index(1, 0), QStringLiteral("Rollback finished"));
    QTableView view;
    view.setModel(&model);
    auto* delegate = new CoachTextDelegate(&source, &view);
    view.setItemDelegate(delegate);
    view.setColumnWidth(0, 400);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    saveShot(image, QStringLiteral("coach-timeline-cells.png"));
    const QRect blaming = view.visualRect(model.index(0, 0));
    const QRect clean = view.visualRect(model.index(1, 0));
    QVERIFY2(redPixels(image, blaming) >= 15,
             qPrintable(QString::number(redPixels(image, blaming))));
    QCOMPARE(redPixels(image, clean), 0);
    // The wave sits under "human error", the end of the text, not under its start.
    const int textStart = blaming.left() + blaming.width() / 4;
    QCOMPARE(redPixels(image, QRect(blaming.left(), blaming.top(), textStart - blaming.left(),
                                    blaming.height())),
             0);
    // Checked once per text: painting again asks the cache.
    const QString text = model.data(model.index(0, 0)).toString();
    QCOMPARE(&delegate->findingsOf(text), &delegate->findingsOf(text));

    // The tooltip lists the findings with their rephrasing.
    const QPoint over = blaming.center();
    QHelpEvent hover(QEvent::ToolTip, over, view.viewport()->mapToGlobal(over));
    QApplication::sendEvent(view.viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("human error")),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // New rules (a user file edited, a participant added) check the texts again.
    source.setRules(QStringLiteral("de"));
    QVERIFY(delegate->findingsOf(text).isEmpty());
    QApplication::setPalette(QPalette());
}

void TestCoachInline::timelineCellsScrollCheaply() {
    DocumentCoach source;
    source.setRules(QStringLiteral("en"));
    constexpr int kRows = 10000;
    QStandardItemModel model(kRows, 1);
    for (int i = 0; i < kRows; ++i) {
        model.setData(model.index(i, 0),
                      i % 3 == 0 ? QStringLiteral("Step %1: a careless restart of node %1").arg(i)
                                 : QStringLiteral("Step %1: node %1 restarted").arg(i));
    }
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new CoachTextDelegate(&source, &view));
    view.setColumnWidth(0, 500);
    view.resize(600, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar* bar = view.verticalScrollBar();
    const auto scrollThrough = [&] {
        QElapsedTimer timer;
        timer.start();
        for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
            bar->setValue(value);
            view.viewport()->repaint();
        }
        return timer.elapsed();
    };
    const qint64 first = scrollThrough();  // every text checked once
    const qint64 second = scrollThrough(); // from the cache
    const int pages = bar->maximum() / std::max(1, bar->pageStep()) + 1;
    // What the cache saves: checking every text once more, against finding it again.
    QElapsedTimer checking;
    checking.start();
    for (int i = 0; i < kRows; ++i)
        source.coach()->check(model.data(model.index(i, 0)).toString());
    const qint64 checkAll = checking.elapsed();
    auto* coached = qobject_cast<CoachTextDelegate*>(view.itemDelegate());
    QVERIFY(coached);
    checking.restart();
    for (int i = 0; i < kRows; ++i)
        coached->findingsOf(model.data(model.index(i, 0)).toString());
    const qint64 lookUpAll = checking.elapsed();
    auto* plain = new QStyledItemDelegate(&view);
    view.setItemDelegate(plain);
    const qint64 withoutCoach = scrollThrough();
    qInfo("10,000 rows, %d pages: first pass %lld ms, cached pass %lld ms (%.2f ms a page), "
          "without the coach %lld ms; checking all texts %lld ms, finding them in the cache "
          "%lld ms",
          pages, first, second, double(second) / pages, withoutCoach, checkAll, lookUpAll);
    // Smooth scrolling needs a page well under a frame; the bound is loose for slow runners.
    QVERIFY2(double(second) / pages < 50.0, qPrintable(QString::number(second)));
}

void TestCoachInline::bannerNamesABrokenRuleFile() {
    const QString path = coach::userRuleFile(QStringLiteral("en"));
    QDir().mkpath(coach::userRuleDir());
    const auto write = [&](const QByteArray& content, int secondsAgo) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                                 QFileDevice::FileModificationTime));
    };
    write(R"({"format": "causeway.coach-rules", "version": 1, "rules": [)", 60);
    MainWindow w(test::newStore());
    w.show();
    RuleProblemBanner* banner = w.ruleProblemBanner();
    QVERIFY(!banner->isVisible()); // nothing is read before a postmortem is open
    QTest::mouseClick(w.welcomePane()->sampleButton(), Qt::LeftButton);
    QVERIFY(w.document());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->problems().size(), 1);
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(path).toHtmlEscaped()),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("not valid JSON")), qPrintable(banner->text()));
    saveShot(w.grab().toImage(), QStringLiteral("coach-rules-banner.png"));

    // Dismissed, the same problem stays quiet for the session; a new one shows.
    Q_EMIT banner->linkActivated(QStringLiteral("dismiss"));
    QVERIFY(!banner->isVisible());
    banner->refresh();
    QVERIFY(!banner->isVisible());
    write(R"({"format": "causeway.coach-rules", "version": 2})", 30);
    banner->refresh();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("version 2")), qPrintable(banner->text()));
    // Fixed (here: removed), the banner goes.
    QVERIFY(QFile::remove(path));
    banner->refresh();
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestCoachInline)
#include "test_coachinline.moc"
