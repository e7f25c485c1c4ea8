// Meeting mode in the app: the agenda and attendance models (QAbstractItemModelTester), the
// pane's start, next and over-time cue under a fake clock, attendance saved to the store,
// quick capture filing each kind in its place and undoing, and the presenter window
// following the facilitator's choices.
#include "SampleDocument.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "causes/CausesPane.h"
#include "causes/FishboneView.h"
#include "coach/CoachHighlighter.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "meeting/AgendaModel.h"
#include "meeting/AttendanceModel.h"
#include "meeting/EditableAgenda.h"
#include "meeting/MeetingCapture.h"
#include "meeting/MeetingEditing.h"
#include "meeting/MeetingPane.h"
#include "meeting/MeetingRecord.h"
#include "meeting/PresenterFishbone.h"
#include "meeting/PresenterWindow.h"
#include "model/SamplePostmortem.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace causeway;

namespace {

using Sample = test::SampleDocument;

Sample openSample() {
    return test::openSampleDocument();
}

struct FakeClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(0);
    Countdown::Clock clock() const {
        return [now = now] {
            return *now;
        };
    }
    void advance(qint64 ms) { *now += ms; }
};

QString agendaDir(const char* name) {
    return test::tempPath(QLatin1String(name));
}

QList<Record> live(const PostmortemDocument& doc, const QString& kind) {
    return doc.postmortem().childrenOfKind(kind);
}

void type(QLineEdit* line, const QString& text) {
    line->clear();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace

class TestMeetingPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agendaModelEditsThroughUndo();
    void presenterViewColumnIsEditableAndFollowed();
    void attendanceModelFollowsTheDocument();
    void startNextAndOverTimeCue();
    void attendanceIsSaved();
    void quickCaptureLandsEachKindAndUndoes();
    void badCaptureSaysWhy();
    void notesAreSavedAndFollowUndo();
    void notesAreCoached();
    void undoAfterNextTakesBackTheLastEdit();
    void presenterFollowsTheFacilitator();
    void presenterTogglesFullScreen();
    void editorHasAMeetingTab();
    void presenterPointsOutTheSelection();
    void readOnlyPostmortem();
};

void TestMeetingPane::agendaModelEditsThroughUndo() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("agenda-model"));
    QAbstractItemModelTester tester(pane.agendaModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setDocument(s.doc.get(), s.tmpl);
    AgendaModel* model = pane.agendaModel();
    QCOMPARE(model->rowCount(), pane.agenda()->count());
    const QModelIndex timebox = model->index(1, AgendaModel::TimeboxColumn);
    const int before = model->data(timebox, Qt::EditRole).toInt();
    QVERIFY(model->flags(timebox) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(1, AgendaModel::SpentColumn)) & Qt::ItemIsEditable));

    QVERIFY(model->setData(timebox, 35));
    QCOMPARE(model->data(timebox, Qt::EditRole).toInt(), 35);
    // On the document's stack, so Edit ▸ Undo takes it back with the other edits.
    QVERIFY2(s.doc->undoStack()->undoText().contains(u"Timebox"),
             qPrintable(s.doc->undoStack()->undoText()));
    QSignalSpy refused(model, &AgendaModel::editRefused);
    QVERIFY(!model->setData(timebox, QStringLiteral("soon")));
    QVERIFY(!model->setData(timebox, 0));
    QCOMPARE(refused.count(), 2);
    QVERIFY(model->setData(model->index(0, AgendaModel::TitleColumn), QStringLiteral("Welcome")));
    QCOMPARE(pane.currentItemLabel()->text().contains(u"Welcome"), true);

    s.doc->undoStack()->undo();
    s.doc->undoStack()->undo();
    QCOMPARE(model->data(timebox, Qt::EditRole).toInt(), before);
    // Adding and removing items resets the rows; the tester checks the signals.
    QCOMPARE(pane.agenda()->insertItem(
                 5, {QStringLiteral("Extra"), 5, QString(), PresenterView::Agenda}),
             QString());
    QCOMPARE(model->rowCount(), 6);
    s.doc->undoStack()->undo();
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->data(model->index(0, 0), AgendaModel::CurrentRole).toBool());
}

void TestMeetingPane::presenterViewColumnIsEditableAndFollowed() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("agenda-views"));
    QAbstractItemModelTester tester(pane.agendaModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.resize(1100, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    AgendaModel* model = pane.agendaModel();
    const QModelIndex view = model->index(1, AgendaModel::ViewColumn);
    QCOMPARE(model->headerData(AgendaModel::ViewColumn, Qt::Horizontal).toString(),
             QStringLiteral("Presenter"));
    QCOMPARE(model->data(view).toString(), AgendaModel::viewLabel(pane.agenda()->item(1).view));
    QVERIFY(model->flags(view) & Qt::ItemIsEditable);

    // The drop-down in the table: a choice is one undo step and, for the current item,
    // shows on the presenter at once.
    pane.session()->goTo(1);
    const PresenterView before = pane.session()->presenterView();
    QCOMPARE(before, pane.agenda()->item(1).view);
    const int steps = s.doc->undoStack()->count();
    pane.agendaTable()->setCurrentIndex(view);
    pane.agendaTable()->edit(view);
    auto* combo = pane.agendaTable()->findChild<QComboBox*>(QStringLiteral("agendaViewEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(before));
    const int actions = combo->findData(int(PresenterView::Actions));
    QVERIFY(actions >= 0);
    combo->setCurrentIndex(actions);
    Q_EMIT combo->activated(actions);
    QCOMPARE(pane.agenda()->item(1).view, PresenterView::Actions);
    QCOMPARE(s.doc->undoStack()->count(), steps + 1);
    QCOMPARE(pane.session()->presenterView(), PresenterView::Actions);
    QCOMPARE(pane.presenterViewChooser()->currentData().toInt(), int(PresenterView::Actions));
    s.doc->undoStack()->undo();
    QCOMPARE(pane.agenda()->item(1).view, before);
    QCOMPARE(pane.session()->presenterView(), before);
    // Not a view: refused without an edit.
    QVERIFY(!model->setData(view, 17));
    QCOMPARE(s.doc->undoStack()->count(), steps + 1);
}

void TestMeetingPane::attendanceModelFollowsTheDocument() {
    Sample s = openSample();
    AttendanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(s.doc.get());
    const int people = int(live(*s.doc, Kind::Participant).size());
    QVERIFY(people >= 3);
    QCOMPARE(model.rowCount(), people);
    QCOMPARE(model.presentCount(), 0);
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.data(model.index(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.presentCount(), 1);
    // A participant added elsewhere appears; undo takes it away again.
    s.doc->addChild(Kind::Participant, {{QStringLiteral("name"), QStringLiteral("Guest")}});
    QCOMPARE(model.rowCount(), people + 1);
    s.doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), people);
    s.doc->undoStack()->undo();
    QCOMPARE(model.presentCount(), 0);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestMeetingPane::startNextAndOverTimeCue() {
    Sample s = openSample();
    FakeClock fake;
    MeetingPane pane(nullptr, agendaDir("start-next"), fake.clock());
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    MeetingSession* session = pane.session();
    QCOMPARE(pane.startButton()->text(), QStringLiteral("Start"));
    QVERIFY(pane.currentItemLabel()->text().startsWith(u"1 of 5"));

    pane.notesEditor()->setFocus();
    QTest::keyClick(pane.notesEditor(), Qt::Key_F6); // works while typing notes
    QVERIFY(session->isRunning());
    QCOMPARE(pane.startButton()->text(), QStringLiteral("Pause"));
    fake.advance(4 * 60000);
    session->poll();
    QCOMPARE(pane.countdownLabel()->text(), QStringLiteral("1:00"));
    QCOMPARE(pane.countdownLabel()->property("overTime").toBool(), false);
    QCOMPARE(pane.countdownLabel()->foregroundRole(), QPalette::WindowText);

    fake.advance(61000);
    session->poll();
    QCOMPARE(pane.countdownLabel()->text(), QStringLiteral("+0:01 over"));
    QCOMPARE(pane.countdownLabel()->property("overTime").toBool(), true);
    QCOMPARE(pane.countdownLabel()->foregroundRole(), QPalette::Link);
    QVERIFY(pane.countdownLabel()->toolTip().contains(u"Over"));
    QVERIFY(pane.agendaModel()
                ->data(pane.agendaModel()->index(0, AgendaModel::SpentColumn),
                       AgendaModel::OverTimeRole)
                .toBool());

    QTest::keyClick(pane.notesEditor(), Qt::Key_F8);
    QCOMPARE(session->currentIndex(), 1);
    QVERIFY(session->isRunning());
    QVERIFY(pane.currentItemLabel()->text().startsWith(u"2 of 5"));
    QCOMPARE(pane.countdownLabel()->property("overTime").toBool(), false);
    QCOMPARE(pane.agendaTable()->currentIndex().row(), 1);

    QTest::mouseClick(pane.startButton(), Qt::LeftButton);
    QVERIFY(!session->isRunning());
    QTest::keyClick(pane.notesEditor(), Qt::Key_F7);
    QCOMPARE(session->currentIndex(), 0);
    // The time is in the meeting record.
    const MeetingState state = MeetingState::fromRecord(meetingRecordOf(s.doc->postmortem()));
    QCOMPARE(state.elapsedSeconds.value(0), 301);
}

void TestMeetingPane::attendanceIsSaved() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("attendance"));
    pane.setDocument(s.doc.get(), s.tmpl);
    AttendanceModel* model = pane.attendanceModel();
    const QString first = model->idAt(0);
    const QString second = model->idAt(1);
    QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(1), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(s.doc->flush());
    const auto stored = s.store->loadPostmortem(s.doc->id());
    QVERIFY(stored);
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(*stored)).present, QStringList{second});
    s.doc->undoStack()->undo();
    QCOMPARE(model->data(model->index(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(first != second);
}

void TestMeetingPane::quickCaptureLandsEachKindAndUndoes() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("capture"));
    pane.setDocument(s.doc.get(), s.tmpl);
    QLineEdit* line = pane.captureLine();
    QVERIFY(line->placeholderText().contains(u"e 14:05"));
    QVERIFY(line->toolTip().contains(u"n "));
    const qsizetype events = live(*s.doc, Kind::Event).size();
    const qsizetype causes = live(*s.doc, Kind::Cause).size();
    const qsizetype actions = live(*s.doc, Kind::Action).size();

    type(line, QStringLiteral("e 14:05 paged the on-call from the meeting"));
    QVERIFY2(line->text().isEmpty(), qPrintable(pane.captureStatus()->text()));
    QCOMPARE(live(*s.doc, Kind::Event).size(), events + 1);
    const TimelineEvent event = TimelineEvent::fromRecord(live(*s.doc, Kind::Event).last());
    QCOMPARE(event.description, QStringLiteral("paged the on-call from the meeting"));
    QVERIFY(event.time.isValid());
    QCOMPARE(event.time.toTimeZone(captureZone(*s.doc)).time().toString(u"HH:mm"),
             QStringLiteral("14:05"));

    type(line, QStringLiteral("c the alert was routed to a quiet channel"));
    QCOMPARE(live(*s.doc, Kind::Cause).size(), causes + 1);
    QCOMPARE(live(*s.doc, Kind::Cause).last().text(CauseField::Statement),
             QStringLiteral("the alert was routed to a quiet channel"));

    type(line, QStringLiteral("a route SLO alerts to the paging channel"));
    QCOMPARE(live(*s.doc, Kind::Action).size(), actions + 1);
    QCOMPARE(live(*s.doc, Kind::Action).last().text(ActionField::Title),
             QStringLiteral("route SLO alerts to the paging channel"));

    type(line, QStringLiteral("n Priya sends the summary"));
    QCOMPARE(pane.notesEditor()->toPlainText(), QStringLiteral("Priya sends the summary"));
    type(line, QStringLiteral("N second note"));
    QCOMPARE(pane.notesEditor()->toPlainText(),
             QStringLiteral("Priya sends the summary\nsecond note"));

    // Each capture is one undo step, taken back in reverse order.
    QUndoStack* undo = s.doc->undoStack();
    undo->undo();
    QCOMPARE(pane.notesEditor()->toPlainText(), QStringLiteral("Priya sends the summary"));
    undo->undo();
    QVERIFY(pane.notesEditor()->toPlainText().isEmpty());
    undo->undo();
    QCOMPARE(live(*s.doc, Kind::Action).size(), actions);
    undo->undo();
    QCOMPARE(live(*s.doc, Kind::Cause).size(), causes);
    undo->undo();
    QCOMPARE(live(*s.doc, Kind::Event).size(), events);
}

void TestMeetingPane::badCaptureSaysWhy() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("bad-capture"));
    pane.setDocument(s.doc.get(), s.tmpl);
    const int commands = s.doc->undoStack()->count();
    struct Case {
        const char* line;
        const char* says;
    };
    const Case cases[] = {{"x something", "Start the line with e"},
                          {"e paged without a time", "starts with its time"},
                          {"e 14:05", "what happened"},
                          {"a", "after the letter"},
                          {"e 25:99 nonsense", ""}};
    for (const Case& c : cases) {
        type(pane.captureLine(), QLatin1String(c.line));
        QCOMPARE(pane.captureLine()->text(), QLatin1String(c.line)); // kept for fixing
        QVERIFY2(!pane.captureStatus()->text().isEmpty(), c.line);
        QVERIFY2(pane.captureStatus()->text().contains(QLatin1String(c.says)),
                 qPrintable(pane.captureStatus()->text()));
    }
    QCOMPARE(s.doc->undoStack()->count(), commands);
}

void TestMeetingPane::notesAreSavedAndFollowUndo() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("notes"));
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.show();
    QTest::keyClicks(pane.notesEditor(), QStringLiteral("Agreed"));
    QVERIFY(s.doc->flush());
    const auto stored = s.store->loadPostmortem(s.doc->id());
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(*stored)).notes, QStringLiteral("Agreed"));
    // Typing merges into few steps; undoing them all empties the editor.
    while (meetingRecordOf(s.doc->postmortem()) && s.doc->undoStack()->canUndo())
        s.doc->undoStack()->undo();
    QVERIFY(pane.notesEditor()->toPlainText().isEmpty());
}

void TestMeetingPane::notesAreCoached() {
    Sample s = openSample();
    const QString earlier = QStringLiteral("Written before the pane opened");
    QVERIFY(MeetingEditing::setNotes(*s.doc, earlier));
    MeetingPane pane(nullptr, agendaDir("coach"));
    pane.setDocument(s.doc.get(), s.tmpl);
    // The coach's first pass over the text is no edit: the notes stay as they were.
    QCOMPARE(pane.notesEditor()->toPlainText(), earlier);
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(s.doc->postmortem())).notes, earlier);
    auto* highlighter = pane.notesEditor()->document()->findChild<CoachHighlighter*>();
    QVERIFY(highlighter);
    const QString text = QStringLiteral("Obviously the cache was stale.");
    pane.notesEditor()->setPlainText(text);
    const auto finding = highlighter->findingAt(int(text.indexOf(u"Obviously")) + 2);
    QVERIFY(finding.has_value());
    QVERIFY(!highlighter->findingAt(int(text.indexOf(u"cache")) + 1).has_value());
}

void TestMeetingPane::undoAfterNextTakesBackTheLastEdit() {
    Sample s = openSample();
    FakeClock fake;
    MeetingPane pane(nullptr, agendaDir("undo-next"), fake.clock());
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTest::keyClick(pane.notesEditor(), Qt::Key_F6); // start
    fake.advance(42000);
    QTest::keyClicks(pane.notesEditor(), QStringLiteral("Agreed"));
    QTest::keyClick(pane.notesEditor(), Qt::Key_F8); // next item: the time is recorded
    QCOMPARE(pane.session()->currentIndex(), 1);
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(s.doc->postmortem())).elapsedSeconds.value(0),
             42);
    QVERIFY2(!s.doc->undoStack()->undoText().contains(u"meeting time"),
             qPrintable(s.doc->undoStack()->undoText()));
    // Undo takes back the typing, never the clock.
    while (!pane.notesEditor()->toPlainText().isEmpty() && s.doc->undoStack()->canUndo())
        s.doc->undoStack()->undo();
    QVERIFY(pane.notesEditor()->toPlainText().isEmpty());
    QCOMPARE(pane.session()->currentIndex(), 1);
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(s.doc->postmortem())).elapsedSeconds.value(0),
             42);
}

void TestMeetingPane::presenterFollowsTheFacilitator() {
    Sample s = openSample();
    FakeClock fake;
    MeetingPane pane(nullptr, agendaDir("presenter"), fake.clock());
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    PresenterWindow* presenter = pane.ensurePresenter();
    QCOMPARE(pane.ensurePresenter(), presenter);
    QVERIFY(presenter->isWindow());
    QCOMPARE(presenter->currentView(), PresenterView::Agenda);
    QVERIFY(presenter->titleLabel()->text().contains(pane.agenda()->item(0).title));
    QCOMPARE(presenter->scriptLabel()->text(), pane.agenda()->item(0).script);
    // Large type, from the application's font.
    QVERIFY(presenter->font().pointSizeF() > pane.font().pointSizeF() * 1.5);
    QVERIFY(presenter->countdownLabel()->font().pointSizeF() > presenter->font().pointSizeF());

    QComboBox* chooser = pane.presenterViewChooser();
    chooser->setCurrentIndex(chooser->findData(int(PresenterView::Timeline)));
    QCOMPARE(presenter->currentView(), PresenterView::Timeline);
    QCOMPARE(presenter->timelineTable()->model()->rowCount(), live(*s.doc, Kind::Event).size());
    QCOMPARE(presenter->timelineTable()->editTriggers(), QAbstractItemView::NoEditTriggers);

    QTest::keyClick(pane.notesEditor(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(presenter->currentView(), PresenterView::Fishbone);
    QCOMPARE(chooser->currentData().toInt(), int(PresenterView::Fishbone));
    QVERIFY(!presenter->fishbone()->layout().sceneRect.isEmpty());
    QTest::keyClick(pane.notesEditor(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(presenter->currentView(), PresenterView::Actions);
    QCOMPARE(presenter->actionsTable()->model()->rowCount(), live(*s.doc, Kind::Action).size());

    // New items and captures show on the presenter as they happen.
    pane.session()->next();
    QVERIFY(presenter->titleLabel()->text().contains(pane.agenda()->item(1).title));
    QVERIFY(presenter->countdownLabel()->text().contains(u"ready")); // not started yet
    type(pane.captureLine(), QStringLiteral("a one more action"));
    QCOMPARE(presenter->actionsTable()->model()->rowCount(), live(*s.doc, Kind::Action).size());
    pane.session()->start();
    fake.advance(qint64(pane.agenda()->item(1).minutes) * 60000 + 5000);
    pane.session()->poll();
    QCOMPARE(presenter->countdownLabel()->text(), QStringLiteral("+0:05 over"));
    QVERIFY(presenter->countdownLabel()->palette().color(QPalette::WindowText) !=
            QColor(Qt::white));
}

void TestMeetingPane::presenterTogglesFullScreen() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("toggle"));
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTest::keyClick(pane.notesEditor(), Qt::Key_F5);
    PresenterWindow* presenter = pane.presenter();
    QVERIFY(presenter);
    QVERIFY(presenter->isVisible());
    QVERIFY(pane.presenterButton()->isChecked());
    // One screen here: the presenter takes it whole.
    QVERIFY(presenter->isFullScreen());
    QVERIFY(presenter->presentedOn());
    QVERIFY(QTest::qWaitForWindowActive(presenter));
    // The facilitator on one screen runs the meeting from the presenter.
    QTest::keyClick(presenter, Qt::Key_F8);
    QCOMPARE(pane.session()->currentIndex(), 1);
    QTest::keyClick(presenter, Qt::Key_F6);
    QVERIFY(pane.session()->isRunning());
    QTest::keyClick(presenter, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(presenter->currentView(), PresenterView::Timeline);
    QTest::keyClick(presenter, Qt::Key_Escape);
    QVERIFY(!presenter->isVisible());
    QVERIFY(!presenter->presentedOn());
    QVERIFY(!pane.presenterButton()->isChecked());
    QTest::keyClick(pane.notesEditor(), Qt::Key_F5);
    QVERIFY(presenter->isVisible());
    QTest::keyClick(presenter, Qt::Key_F5);
    QVERIFY(!presenter->isVisible());
}

void TestMeetingPane::editorHasAMeetingTab() {
    Sample s = openSample();
    PostmortemEditor editor;
    editor.setDocument(s.doc.get(), s.tmpl);
    editor.showMeeting();
    QCOMPARE(editor.tabs()->currentWidget(), editor.meetingPane());
    QCOMPARE(editor.meetingPane()->attendanceModel()->rowCount(),
             live(*s.doc, Kind::Participant).size());
    editor.setDocument(nullptr, nullptr);
    QCOMPARE(editor.meetingPane()->attendanceModel()->rowCount(), 0);
    QVERIFY(!editor.meetingPane()->captureLine()->isEnabled());
}

void TestMeetingPane::presenterPointsOutTheSelection() {
    Sample s = openSample();
    PostmortemEditor editor;
    editor.setDocument(s.doc.get(), s.tmpl);
    PresenterWindow* presenter = editor.meetingPane()->ensurePresenter();
    QCOMPARE(presenter->focusedTimelineRow(), -1);

    // An event selected in the timeline tab is the presenter's selected row.
    QTableView* timeline = editor.timeline()->table();
    const QModelIndex third = timeline->model()->index(2, 0);
    const QString eventId = third.data(TimelineModel::IdRole).toString();
    QVERIFY(!eventId.isEmpty());
    timeline->setCurrentIndex(third);
    QCOMPARE(editor.meetingPane()->session()->focusedRecord(), eventId);
    const int row = presenter->focusedTimelineRow();
    QVERIFY(row >= 0);
    QCOMPARE(presenter->timelineTable()->model()->index(row, 0).data(TimelineModel::IdRole),
             QVariant(eventId));

    // A cause selected on the fishbone is highlighted on the presenter's.
    const QString causeId = live(*s.doc, Kind::Cause).first().id;
    Q_EMIT editor.causes()->fishbone()->causeSelected(causeId);
    QCOMPARE(presenter->fishbone()->highlightedCause(), causeId);
    QCOMPARE(presenter->focusedTimelineRow(), -1);
    editor.setDocument(nullptr, nullptr);
}

void TestMeetingPane::readOnlyPostmortem() {
    Sample s = openSample();
    MeetingPane pane(nullptr, agendaDir("read-only"));
    pane.setDocument(s.doc.get(), s.tmpl);
    pane.setReadOnly(true);
    QVERIFY(!pane.captureLine()->isEnabled());
    QVERIFY(pane.notesEditor()->isReadOnly());
    QVERIFY(!(pane.attendanceModel()->flags(pane.attendanceModel()->index(0)) &
              Qt::ItemIsUserCheckable));
    QVERIFY(!(pane.agendaModel()->flags(pane.agendaModel()->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(pane.capture(QStringLiteral("a nothing")).isEmpty());
    QVERIFY(pane.startButton()->isEnabled()); // the clock still runs; nothing is recorded
}

QTEST_MAIN(TestMeetingPane)
#include "test_meetingpane.moc"
