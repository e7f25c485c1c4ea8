// Meeting mode's core: the agenda (defaults, JSON, templates, per-template storage, undoable
// edits), the countdown under a fake clock, the meeting record (attendance, notes, times)
// through the store, its audit entries and canonical JSON, and the session that runs it.
#include "TestSupport.h"

#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "editing/PostmortemDocument.h"
#include "meeting/Agenda.h"
#include "meeting/AgendaStore.h"
#include "meeting/Countdown.h"
#include "meeting/EditableAgenda.h"
#include "meeting/MeetingEditing.h"
#include "meeting/MeetingRecord.h"
#include "meeting/MeetingSession.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "model/Template.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace causeway;

namespace {

// A clock the test moves by hand.
struct FakeClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1000);
    Countdown::Clock clock() const {
        return [now = now] {
            return *now;
        };
    }
    void advance(qint64 ms) { *now += ms; }
};

QByteArray templateWithAgenda(const QByteArray& agenda) {
    return R"({"id": "ops", "name": "Ops", "agenda": )" + agenda +
           R"(, "sections": [{"key": "o", "title": "Overview",
               "fields": [{"key": "title", "label": "Title", "type": "line"}]}]})";
}

QString participant(PostmortemDocument& doc, const QString& name) {
    return doc.addChild(Kind::Participant, {{Field::Name, name}});
}

} // namespace

class TestMeeting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultAgendaOpensWithTheBlamelessStatement();
    void agendaJsonRoundTripsAndNamesProblems();
    void templatesCarryTheirAgenda();
    void agendaStoreSavesPerTemplate();
    void agendaEditsAreUndoableAndSaved();
    void countdownUnderAFakeClock();
    void countdownFormats();
    void attendanceAndNotesAreStoredAuditedAndUndone();
    void meetingRecordSurvivesCanonicalJson();
    void meetingRecordTravelsInABundle();
    void sessionRecordsTimePerItem();
    void sessionSignalsOverTime();
    void recordedTimeIsNotAnUndoStep();
    void presenterViewFollowsTheAgenda();
};

void TestMeeting::defaultAgendaOpensWithTheBlamelessStatement() {
    const QList<AgendaItem> items = Agenda::defaults();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.first().script, Agenda::blamelessStatement());
    QVERIFY(Agenda::blamelessStatement().contains(u"not to find someone to blame"));
    QCOMPARE(Agenda::totalMinutes(items), 60);
    for (const AgendaItem& item : items) {
        QVERIFY(!item.title.isEmpty());
        QVERIFY(item.minutes >= 1);
    }
}

void TestMeeting::agendaJsonRoundTripsAndNamesProblems() {
    const QList<AgendaItem> items = Agenda::defaults();
    const auto back = Agenda::fromJson(Agenda::toJson(items), QStringLiteral("$.agenda"));
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value(), items);
    // Each item of the default agenda names the view the presenter follows.
    QCOMPARE(items.at(0).view, PresenterView::Agenda);
    QCOMPARE(items.at(1).view, PresenterView::Timeline);
    QCOMPARE(items.at(2).view, PresenterView::Fishbone);
    QCOMPARE(items.at(3).view, PresenterView::Actions);
    QCOMPARE(items.at(4).view, PresenterView::Agenda);
    // The default view is left out of the JSON, so older agendas read the same.
    const QJsonArray json = Agenda::toJson(items);
    QVERIFY(!json.at(0).toObject().contains(u"view"));
    QCOMPARE(json.at(1).toObject().value(u"view").toString(), QStringLiteral("timeline"));

    struct Bad {
        const char* json;
        const char* error;
    };
    const Bad cases[] = {
        {"[]", "$.agenda: expected a non-empty array"},
        {R"([{"title": "A", "minutes": 0}])", "$.agenda[0].minutes: expected a whole number"},
        {R"([{"title": "A", "minutes": 241}])", "$.agenda[0].minutes"},
        {R"([{"title": "A", "minutes": 2.5}])", "$.agenda[0].minutes"},
        {R"([{"title": "A", "minutes": 5}, {"title": " ", "minutes": 5}])",
         "$.agenda[1].title: expected a non-empty string"},
        {R"([{"title": "A", "minutes": 5, "owner": "x"}])", "$.agenda[0].owner: unknown member"},
        {R"([{"title": "A", "minutes": 5, "script": 3}])", "$.agenda[0].script: expected a string"},
        {R"([{"title": "A", "minutes": 5, "view": "slides"}])",
         "$.agenda[0].view: expected one of agenda, timeline, fishbone, actions"},
        {R"([{"title": "A", "minutes": 5, "view": 2}])", "$.agenda[0].view: expected one of"},
    };
    for (const Bad& bad : cases) {
        const QJsonValue value = QJsonDocument::fromJson(bad.json).array();
        const auto parsed = Agenda::fromJson(value, QStringLiteral("$.agenda"));
        QVERIFY2(!parsed, bad.json);
        QVERIFY2(parsed.error().startsWith(QLatin1String(bad.error)), qPrintable(parsed.error()));
    }
}

void TestMeeting::templatesCarryTheirAgenda() {
    const auto parsed = TemplateRegistry::parse(
        templateWithAgenda(R"([{"title": "Read-out", "minutes": 3, "script": "Hello"},
                               {"title": "Regulator questions", "minutes": 15,
                                "view": "actions"}])"),
        QStringLiteral("ops.json"));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->agenda.size(), 2);
    QCOMPARE(parsed->agenda.at(1).title, QStringLiteral("Regulator questions"));
    QCOMPARE(parsed->agenda.at(0).view, PresenterView::Agenda); // left out: the agenda
    QCOMPARE(parsed->agenda.at(1).view, PresenterView::Actions);
    QCOMPARE(AgendaStore::templateAgenda(&parsed.value()), parsed->agenda);

    const auto bad = TemplateRegistry::parse(templateWithAgenda(R"([{"title": "x"}])"),
                                             QStringLiteral("ops.json"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().startsWith(u"ops.json: $.agenda[0].minutes"), qPrintable(bad.error()));

    // The built-in templates parse, and without an agenda of their own get the defaults.
    const Template* standard = test::builtinTemplates().find(QStringLiteral("standard"));
    QVERIFY(standard);
    QCOMPARE(AgendaStore::templateAgenda(standard).size(),
             standard->agenda.isEmpty() ? Agenda::defaults().size() : standard->agenda.size());
}

void TestMeeting::agendaStoreSavesPerTemplate() {
    const QString dir = test::tempPath(QStringLiteral("agendas-store"));
    const AgendaStore store(dir);
    const Template* standard = test::builtinTemplates().find(QStringLiteral("standard"));
    QVERIFY(standard);
    QString problem = QStringLiteral("stale");
    QCOMPARE(store.load(standard, &problem), AgendaStore::templateAgenda(standard));
    QVERIFY(problem.isEmpty());

    QList<AgendaItem> mine{
        {QStringLiteral("Check-in"), 2, QString(), PresenterView::Agenda},
        {QStringLiteral("Everything else"), 40, QStringLiteral("Go"), PresenterView::Fishbone}};
    QVERIFY(store.save(QStringLiteral("standard"), mine));
    QVERIFY(store.hasSavedAgenda(QStringLiteral("standard")));
    QCOMPARE(store.load(standard), mine);
    // Another template is not affected.
    const Template* regulated = test::builtinTemplates().find(QStringLiteral("regulated"));
    QVERIFY(regulated);
    QCOMPARE(store.load(regulated), AgendaStore::templateAgenda(regulated));

    // Refusals name the problem; nothing is written.
    QVERIFY(!store.save(QStringLiteral("../evil"), mine));
    QVERIFY(!store.save(QStringLiteral("standard"), {}));
    mine[0].minutes = 0;
    const Status bad = store.save(QStringLiteral("standard"), mine);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(u"minutes"), qPrintable(bad.error()));

    // A damaged file falls back to the template's agenda and says why.
    QFile file(store.pathFor(QStringLiteral("standard")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"agenda\": [{\"title\": \"\"}]}");
    file.close();
    QCOMPARE(store.load(standard, &problem), AgendaStore::templateAgenda(standard));
    QVERIFY2(problem.contains(u"$.agenda[0].title"), qPrintable(problem));

    QVERIFY(store.reset(QStringLiteral("standard")));
    QVERIFY(!store.hasSavedAgenda(QStringLiteral("standard")));
}

void TestMeeting::agendaEditsAreUndoableAndSaved() {
    const QString dir = test::tempPath(QStringLiteral("agendas-edit"));
    const Template* standard = test::builtinTemplates().find(QStringLiteral("standard"));
    QUndoStack undo;
    EditableAgenda agenda{AgendaStore(dir)};
    agenda.setUndoStack(&undo);
    agenda.setTemplate(standard);
    const QList<AgendaItem> original = agenda.items();
    QSignalSpy changed(&agenda, &EditableAgenda::itemsChanged);

    QCOMPARE(agenda.setMinutes(1, 30), QString());
    QCOMPARE(agenda.item(1).minutes, 30);
    QCOMPARE(undo.count(), 1);
    QCOMPARE(changed.count(), 1);
    // Saved for the template: a new agenda object (the next postmortem) starts with it.
    EditableAgenda other{AgendaStore(dir)};
    other.setTemplate(standard);
    QCOMPARE(other.item(1).minutes, 30);

    QVERIFY(!agenda.setMinutes(1, 0).isEmpty());
    QVERIFY(!agenda.setMinutes(9, 5).isEmpty());
    QVERIFY(!agenda.setTitle(0, QStringLiteral("  ")).isEmpty());
    QCOMPARE(undo.count(), 1);

    QCOMPARE(agenda.insertItem(2, {QStringLiteral("Customer view"), 10, QString()}), QString());
    QCOMPARE(agenda.count(), original.size() + 1);
    QCOMPARE(agenda.removeItem(0), QString());
    QCOMPARE(agenda.item(0).title, original.at(1).title);
    QCOMPARE(undo.count(), 3);

    undo.undo();
    undo.undo();
    QCOMPARE(agenda.count(), original.size());
    QCOMPARE(agenda.item(1).minutes, 30);
    undo.undo();
    QCOMPARE(agenda.items(), original);
    // Back to the template's own agenda: the saved copy is gone.
    QVERIFY(!AgendaStore(dir).hasSavedAgenda(QStringLiteral("standard")));
    undo.redo();
    QCOMPARE(AgendaStore(dir).load(standard).at(1).minutes, 30);

    QCOMPARE(agenda.resetToTemplate(), QString());
    QCOMPARE(agenda.items(), original);
    // One item always stays.
    EditableAgenda single{AgendaStore(dir)};
    single.apply({{QStringLiteral("Only"), 5, QString(), PresenterView::Agenda}});
    QVERIFY(!single.removeItem(0).isEmpty());
}

void TestMeeting::countdownUnderAFakeClock() {
    FakeClock fake;
    Countdown countdown(fake.clock());
    countdown.setTimebox(5 * 60000);
    QCOMPARE(countdown.remaining(), 5 * 60000);
    fake.advance(10000);
    QCOMPARE(countdown.elapsed(), 0); // not started: time does not count
    countdown.start();
    fake.advance(60000);
    QCOMPARE(countdown.elapsed(), 60000);
    QCOMPARE(countdown.remaining(), 4 * 60000);
    countdown.pause();
    fake.advance(120000);
    QCOMPARE(countdown.elapsed(), 60000);
    countdown.start();
    fake.advance(4 * 60000);
    QVERIFY(!countdown.isOverTime());
    QCOMPARE(countdown.remaining(), 0);
    fake.advance(1);
    QVERIFY(countdown.isOverTime());
    QCOMPARE(countdown.overtime(), 1);
    fake.advance(90000 - 1);
    QCOMPARE(countdown.overtime(), 90000);
    QCOMPARE(countdown.display(), QStringLiteral("+1:30"));
    countdown.reset(30000);
    QVERIFY(!countdown.isRunning());
    QCOMPARE(countdown.elapsed(), 30000);
    QCOMPARE(countdown.display(), QStringLiteral("4:30"));
}

void TestMeeting::countdownFormats() {
    QCOMPARE(Countdown::formatRemaining(0), QStringLiteral("0:00"));
    QCOMPARE(Countdown::formatRemaining(1), QStringLiteral("0:01")); // rounds up
    QCOMPARE(Countdown::formatRemaining(59001), QStringLiteral("1:00"));
    QCOMPARE(Countdown::formatRemaining(25 * 60000), QStringLiteral("25:00"));
    QCOMPARE(Countdown::formatRemaining(3725000), QStringLiteral("1:02:05"));
    QCOMPARE(Countdown::formatRemaining(-61000), QStringLiteral("+1:01"));
}

void TestMeeting::attendanceAndNotesAreStoredAuditedAndUndone() {
    test::OpenDocument open = test::openNewDocument();
    PostmortemDocument& doc = *open.doc;
    const QString amara = participant(doc, QStringLiteral("Amara"));
    const QString jonas = participant(doc, QStringLiteral("Jonas"));
    QVERIFY(!meetingRecordOf(doc.postmortem()));
    const int before = doc.undoStack()->count();

    QVERIFY(MeetingEditing::setPresent(doc, amara, true));
    const Record* meeting = meetingRecordOf(doc.postmortem());
    QVERIFY(meeting);
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QVERIFY(MeetingEditing::setPresent(doc, jonas, true));
    QVERIFY(MeetingEditing::setPresent(doc, amara, false));
    QVERIFY(MeetingEditing::appendNote(doc, QStringLiteral("Ask the DB team about locks")));
    QVERIFY(MeetingEditing::appendNote(doc, QStringLiteral("Priya writes the summary")));
    QVERIFY(doc.flush());

    const auto stored = open.store->loadPostmortem(open.id);
    QVERIFY(stored);
    const MeetingState state = MeetingState::fromRecord(meetingRecordOf(*stored));
    QCOMPARE(state.present, QStringList{jonas});
    QCOMPARE(state.notes, QStringLiteral("Ask the DB team about locks\nPriya writes the summary"));

    // Every change is in the audit trail, as a meeting record.
    const auto trail = open.store->auditTrail(open.id);
    QVERIFY2(trail, qPrintable(trail.error()));
    int meetingEntries = 0;
    for (const AuditEntry& e : trail.value())
        meetingEntries += e.recordKind == Kind::Meeting ? 1 : 0;
    QVERIFY2(meetingEntries >= 4, qPrintable(QString::number(meetingEntries)));

    // Undo takes back the last note, then the attendance changes; the record itself stays
    // (it holds the meeting's time, which is not an edit), empty.
    doc.undoStack()->undo();
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(doc.postmortem())).notes,
             QStringLiteral("Ask the DB team about locks"));
    for (int i = 0; i < 4; ++i)
        doc.undoStack()->undo();
    QCOMPARE(doc.undoStack()->index(), before);
    QVERIFY(meetingRecordOf(doc.postmortem()));
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(doc.postmortem())).present, QStringList());
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(doc.postmortem())).notes, QString());
    doc.undoStack()->redo();
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(doc.postmortem())).present,
             QStringList{amara});

    // An empty note is refused.
    QVERIFY(!MeetingEditing::appendNote(doc, QStringLiteral("   ")));
}

void TestMeeting::meetingRecordSurvivesCanonicalJson() {
    test::OpenDocument open = test::openNewDocument();
    PostmortemDocument& doc = *open.doc;
    const QString amara = participant(doc, QStringLiteral("Amara"));
    QVERIFY(MeetingEditing::setPresent(doc, amara, true));
    QVERIFY(MeetingEditing::recordTimes(
        doc, {QStringLiteral("Opening"), QStringLiteral("Timeline")}, {305, 20}, {5, 20}, 1));
    QVERIFY(doc.flush());
    const auto stored = open.store->loadPostmortem(open.id);
    QVERIFY(stored);
    const QByteArray bytes = PostmortemJson::toCanonicalBytes(*stored);
    QVERIFY(bytes.contains("\"kind\":\"meeting\""));
    const auto back = PostmortemJson::fromJson(bytes, test::builtinTemplates());
    QVERIFY2(back, qPrintable(back.error()));
    const MeetingState state = MeetingState::fromRecord(meetingRecordOf(back.value()));
    QCOMPARE(state.present, QStringList{amara});
    QCOMPARE(state.agenda, (QStringList{QStringLiteral("Opening"), QStringLiteral("Timeline")}));
    QCOMPARE(state.elapsedSeconds, (QList<int>{305, 20}));
    QCOMPARE(state.timeboxMinutes, (QList<int>{5, 20}));
    QCOMPARE(state.currentItem, 1);
    QCOMPARE(state.secondsFor(0, QStringLiteral("Opening")), 305);
    QCOMPARE(state.secondsFor(5, QStringLiteral("Timeline")), 20); // found by title
    QCOMPARE(state.secondsFor(0, QStringLiteral("Wrap-up")), 0);

    // A meeting field of the wrong type is refused with its path.
    QByteArray broken = bytes;
    broken.replace("\"current_item\":1", "\"current_item\":\"one\"");
    const auto refused = PostmortemJson::fromJson(broken, test::builtinTemplates());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"current_item"), qPrintable(refused.error()));
}

void TestMeeting::meetingRecordTravelsInABundle() {
    test::OpenDocument open = test::openNewDocument();
    PostmortemDocument& doc = *open.doc;
    const QString amara = participant(doc, QStringLiteral("Amara"));
    QVERIFY(MeetingEditing::setPresent(doc, amara, true));
    QVERIFY(MeetingEditing::appendNote(doc, QStringLiteral("Agreed on two actions")));
    QVERIFY(doc.flush());

    Bundle::ExportRequest request;
    request.postmortemIds = {open.id};
    request.outputPath = test::tempPath(QStringLiteral("meeting.causeway"));
    const auto exported = Bundle::exportBundle(*open.store, request);
    QVERIFY2(exported, qPrintable(exported.error()));
    QFile file(request.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto opened = Bundle::open(file.readAll(), test::builtinTemplates());
    QVERIFY2(opened, qPrintable(opened.error()));
    auto target = test::openStore(test::tempPath(QStringLiteral("meeting-target.db")),
                                  test::testOpenOptions(QStringLiteral("other")));
    const auto applied = Bundle::apply(*target, opened.value(), /*trust=*/true, /*dryRun=*/false);
    QVERIFY2(applied, qPrintable(applied.error()));
    const auto arrived = target->loadPostmortem(open.id);
    QVERIFY(arrived);
    const MeetingState state = MeetingState::fromRecord(meetingRecordOf(*arrived));
    QCOMPARE(state.present, QStringList{amara});
    QCOMPARE(state.notes, QStringLiteral("Agreed on two actions"));
}

void TestMeeting::sessionRecordsTimePerItem() {
    test::OpenDocument open = test::openNewDocument();
    FakeClock fake;
    EditableAgenda agenda{AgendaStore(test::tempPath(QStringLiteral("agendas-session")))};
    agenda.setTemplate(test::builtinTemplates().find(QStringLiteral("standard")));
    MeetingSession session(&agenda, fake.clock());
    session.setDocument(open.doc.get());
    QCOMPARE(session.currentIndex(), 0);
    QCOMPARE(session.countdown().timebox(), qint64(agenda.item(0).minutes) * 60000);

    session.start();
    QVERIFY(session.isRunning());
    fake.advance(90000);
    session.next();
    QCOMPARE(session.currentIndex(), 1);
    QVERIFY(session.isRunning()); // the clock moves on with the meeting
    QCOMPARE(session.elapsedMs(0), 90000);
    fake.advance(30000);
    session.pause();
    fake.advance(600000); // a break: not counted
    QCOMPARE(session.elapsedMs(1), 30000);
    session.previous();
    QCOMPARE(session.countdown().elapsed(), 90000); // resumes where the item was left
    QVERIFY(!session.isRunning());

    const MeetingState state = MeetingState::fromRecord(meetingRecordOf(open.doc->postmortem()));
    QCOMPARE(state.agenda.size(), agenda.count());
    QCOMPARE(state.elapsedSeconds.value(0), 90);
    QCOMPARE(state.elapsedSeconds.value(1), 30);
    QCOMPARE(state.currentItem, 0);

    // A new session over the same postmortem picks the times up.
    QVERIFY(open.doc->flush());
    MeetingSession again(&agenda, fake.clock());
    PostmortemDocument reopened(open.store.get(), *open.store->loadPostmortem(open.id));
    again.setDocument(&reopened);
    QCOMPARE(again.elapsedMs(1), 30000);
    QCOMPARE(again.countdown().elapsed(), 90000);

    // A longer timebox for the current item applies at once; the time spent stays.
    QCOMPARE(agenda.setMinutes(0, 1), QString());
    QCOMPARE(again.countdown().timebox(), 60000);
    QVERIFY(again.countdown().isOverTime());
    QCOMPARE(again.countdown().elapsed(), 90000);
    again.goTo(99); // out of range: ignored
    QCOMPARE(again.currentIndex(), 0);
}

void TestMeeting::sessionSignalsOverTime() {
    FakeClock fake;
    EditableAgenda agenda{AgendaStore(test::tempPath(QStringLiteral("agendas-over")))};
    agenda.apply({{QStringLiteral("Short"), 1, QString(), PresenterView::Agenda},
                  {QStringLiteral("Long"), 30, QString(), PresenterView::Agenda}});
    MeetingSession session(&agenda, fake.clock());
    QSignalSpy over(&session, &MeetingSession::overTimeChanged);
    QSignalSpy views(&session, &MeetingSession::presenterViewChanged);
    session.start();
    fake.advance(59000);
    session.poll();
    QCOMPARE(over.count(), 0);
    fake.advance(2000);
    session.poll();
    QCOMPARE(over.count(), 1);
    QCOMPARE(over.last().first().toBool(), true);
    session.poll();
    QCOMPARE(over.count(), 1); // only when it crosses
    session.next();
    QCOMPARE(over.count(), 2);
    QCOMPARE(over.last().first().toBool(), false);

    session.setPresenterView(PresenterView::Fishbone);
    session.setPresenterView(PresenterView::Fishbone);
    QCOMPARE(views.count(), 1);
    QCOMPARE(session.presenterView(), PresenterView::Fishbone);
}

void TestMeeting::recordedTimeIsNotAnUndoStep() {
    test::OpenDocument open = test::openNewDocument();
    PostmortemDocument& doc = *open.doc;
    FakeClock fake;
    EditableAgenda agenda{AgendaStore(test::tempPath(QStringLiteral("agendas-undo")))};
    agenda.apply({{QStringLiteral("Opening"), 5, QString(), PresenterView::Agenda},
                  {QStringLiteral("Timeline"), 20, QString(), PresenterView::Agenda}});
    MeetingSession session(&agenda, fake.clock());
    session.setDocument(&doc);

    // The clock's first record creates the meeting record without an undo step.
    const int before = doc.undoStack()->count();
    session.start();
    fake.advance(65000);
    session.pause();
    QVERIFY(meetingRecordOf(doc.postmortem()));
    QCOMPARE(doc.undoStack()->count(), before);

    QVERIFY(MeetingEditing::setNotes(doc, QStringLiteral("Locks held for minutes")));
    QCOMPARE(doc.undoStack()->count(), before + 1);
    session.start();
    fake.advance(5000);
    session.next();
    fake.advance(12000);
    session.pause();
    QCOMPARE(doc.undoStack()->count(), before + 1);

    // Ctrl+Z after Next takes back the notes, the user's last edit; the time stays.
    doc.undoStack()->undo();
    MeetingState state = MeetingState::fromRecord(meetingRecordOf(doc.postmortem()));
    QCOMPARE(state.notes, QString());
    QCOMPARE(state.elapsedSeconds, (QList<int>{70, 12}));
    QCOMPARE(state.currentItem, 1);
    QCOMPARE(doc.undoStack()->index(), before);

    // The time is in the store and its audit trail all the same.
    QVERIFY(doc.flush());
    const auto stored = open.store->loadPostmortem(open.id);
    QVERIFY(stored);
    QCOMPARE(MeetingState::fromRecord(meetingRecordOf(*stored)).elapsedSeconds,
             (QList<int>{70, 12}));
    const auto trail = open.store->auditTrail(open.id);
    QVERIFY2(trail, qPrintable(trail.error()));
    int timeEntries = 0;
    for (const AuditEntry& e : trail.value())
        timeEntries += e.recordKind == Kind::Meeting && e.field == MeetingField::ElapsedSeconds;
    QVERIFY2(timeEntries >= 2, qPrintable(QString::number(timeEntries)));
}

void TestMeeting::presenterViewFollowsTheAgenda() {
    test::OpenDocument open = test::openNewDocument();
    FakeClock fake;
    EditableAgenda agenda{AgendaStore(test::tempPath(QStringLiteral("agendas-views")))};
    QUndoStack undo;
    agenda.setUndoStack(&undo);
    agenda.setTemplate(nullptr); // the defaults
    MeetingSession session(&agenda, fake.clock());
    session.setDocument(open.doc.get());
    QSignalSpy views(&session, &MeetingSession::presenterViewChanged);
    QCOMPARE(session.presenterView(), PresenterView::Agenda);

    session.next(); // the timeline walk-through
    QCOMPARE(session.presenterView(), PresenterView::Timeline);
    // The facilitator's choice holds while the item lasts ...
    session.setPresenterView(PresenterView::Actions);
    session.pause();
    fake.advance(1000);
    QCOMPARE(session.presenterView(), PresenterView::Actions);
    // ... and the next item brings its own view.
    session.next();
    QCOMPARE(session.presenterView(), PresenterView::Fishbone);
    session.next();
    QCOMPARE(session.presenterView(), PresenterView::Actions);
    session.next();
    QCOMPARE(session.presenterView(), PresenterView::Agenda);
    session.goTo(2);
    QCOMPARE(session.presenterView(), PresenterView::Fishbone);
    QCOMPARE(views.count(), 6);

    // Choosing another view for the current item shows it at once, and is one undo step.
    const int steps = undo.count();
    QCOMPARE(agenda.setView(2, PresenterView::Timeline), QString());
    QCOMPARE(undo.count(), steps + 1);
    QCOMPARE(agenda.item(2).view, PresenterView::Timeline);
    QCOMPARE(session.presenterView(), PresenterView::Timeline);
    // Editing another item's view leaves the presenter alone.
    session.setPresenterView(PresenterView::Agenda);
    QCOMPARE(agenda.setView(4, PresenterView::Actions), QString());
    QCOMPARE(session.presenterView(), PresenterView::Agenda);
    undo.undo();
    undo.undo();
    QCOMPARE(agenda.item(2).view, PresenterView::Fishbone);
    QCOMPARE(session.presenterView(), PresenterView::Fishbone);
    QVERIFY(!agenda.setView(9, PresenterView::Agenda).isEmpty());
}

QTEST_GUILESS_MAIN(TestMeeting)
#include "test_meeting.moc"
