#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "editing/PostmortemDocument.h"
#include "timeline/QuickCapture.h"
#include "timeline/TimeEditDelegate.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineGraphicsView.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include "editor/FieldEditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace causeway;

namespace {

struct Fixture {
    std::unique_ptr<Store> store;
    QString id;
    std::unique_ptr<PostmortemDocument> doc;

    explicit Fixture(const QString& zone = QStringLiteral("Europe/Berlin")) {
        store = test::newStore();
        id = store
                 ->createPostmortem(
                     QStringLiteral("standard"),
                     {{Field::Title, QStringLiteral("Outage")},
                      {Field::TimeZone, zone},
                      {Field::IncidentStart,
                       canonicalTime(test::utc(QStringLiteral("2026-03-02T12:00:00Z")))}})
                 .value();
        doc = std::make_unique<PostmortemDocument>(store.get(), *store->loadPostmortem(id));
    }

    QString add(const QString& isoTime, const QString& text,
                const QString& source = QStringLiteral("chat")) {
        TimelineEvent e;
        e.time = test::utc(isoTime);
        e.description = text;
        e.source = source;
        return doc->addChild(Kind::Event, e.toFields());
    }
};

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelFollowsDocumentIncrementally() {
        Fixture f;
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const QString b = f.add(QStringLiteral("2026-03-02T12:10:00Z"), QStringLiteral("second"));
        const QString a = f.add(QStringLiteral("2026-03-02T12:05:00Z"), QStringLiteral("first"));
        f.add(QStringLiteral("2026-03-02T12:20:00Z"), QStringLiteral("third"),
              QStringLiteral("log"));
        QCOMPARE(model.rowCount(), 3);
        // The filter sorts by time.
        QCOMPARE(filter.index(0, 0).data(TimelineModel::IdRole).toString(), a);
        QCOMPARE(filter.index(1, 0).data(TimelineModel::IdRole).toString(), b);
        QCOMPARE(filter.index(0, TimelineModel::TimeColumn).data().toString(),
                 QStringLiteral("13:05")); // Europe/Berlin, CET

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(model.rowOf(b), TimelineModel::DescriptionColumn),
                              QStringLiteral("second, edited")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(b));
        // Moving b before a re-sorts the filter model.
        QVERIFY(model.setData(model.index(model.rowOf(b), TimelineModel::TimeColumn),
                              test::utc(QStringLiteral("2026-03-02T12:00:00Z"))));
        QCOMPARE(filter.index(0, 0).data(TimelineModel::IdRole).toString(), b);
        QVERIFY(model.setData(model.index(model.rowOf(a), TimelineModel::KindColumn),
                              QStringLiteral("alert")));
        QVERIFY(!model.setData(model.index(model.rowOf(a), TimelineModel::KindColumn),
                               QStringLiteral("no such kind")));
        QVERIFY(model.setData(model.index(model.rowOf(a), TimelineModel::KeyEventColumn),
                              Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.event(a)->keyEvent);
        // An end before the start is refused: durations never go negative.
        QVERIFY(!model.setData(model.index(model.rowOf(a), TimelineModel::EndColumn),
                               test::utc(QStringLiteral("2026-03-02T11:00:00Z"))));

        // Filters.
        filter.setSources({QStringLiteral("log")});
        QCOMPARE(filter.rowCount(), 1);
        filter.setSources({});
        filter.setText(QStringLiteral("EDITED"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QString());
        filter.setKinds({QStringLiteral("alert")});
        QCOMPARE(filter.rowCount(), 1);
        filter.setKinds({});

        f.doc->removeChild(a);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(a), -1);
        f.doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.rowOf(a) >= 0);
        QCOMPARE(resets.count(), 0); // edits, adds and removes never reset the model
    }

    void everyEditIsOneUndoStep() {
        Fixture f;
        TimelinePane pane;
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filterTester(
            pane.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.setDocument(f.doc.get());
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids.append(f.add(QStringLiteral("2026-03-02T12:%1:00Z").arg(10 + i),
                             QStringLiteral("e%1").arg(i)));
        QUndoStack* undo = f.doc->undoStack();
        TimelineModel* model = pane.model();

        const auto selectAll = [&] {
            pane.table()->selectAll();
        };
        const auto selectFirstThree = [&] {
            pane.table()->clearSelection();
            for (int r = 0; r < 3; ++r)
                pane.table()->selectionModel()->select(pane.filterModel()->index(r, 0),
                                                       QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
        };

        // Single cell edits.
        const int before = undo->index();
        QVERIFY(model->setData(model->index(0, TimelineModel::ActorColumn), QStringLiteral("SRE")));
        QCOMPARE(undo->index(), before + 1);
        undo->undo();
        QCOMPARE(model->event(ids[0])->actor, QString());

        // Bulk re-kind.
        selectAll();
        QCOMPARE(pane.selectedIds().size(), 6);
        int count = undo->index();
        pane.setKindOfSelected(QStringLiteral("decision"));
        QCOMPARE(undo->index(), count + 1);
        for (const QString& id : std::as_const(ids))
            QCOMPARE(model->event(id)->kind, QStringLiteral("decision"));
        undo->undo();
        for (const QString& id : std::as_const(ids))
            QCOMPARE(model->event(id)->kind, QStringLiteral("observation"));
        undo->redo();
        QCOMPARE(model->event(ids[5])->kind, QStringLiteral("decision"));

        // Bulk shift by 90 minutes.
        selectFirstThree();
        count = undo->index();
        pane.shiftSelected(90 * 60);
        QCOMPARE(undo->index(), count + 1);
        QCOMPARE(model->event(ids[0])->time, test::utc(QStringLiteral("2026-03-02T13:40:00Z")));
        QCOMPARE(model->event(ids[3])->time, test::utc(QStringLiteral("2026-03-02T12:13:00Z")));
        undo->undo();
        QCOMPARE(model->event(ids[0])->time, test::utc(QStringLiteral("2026-03-02T12:10:00Z")));

        // Mark key events.
        selectFirstThree();
        count = undo->index();
        pane.setKeyEventOfSelected(true);
        QCOMPARE(undo->index(), count + 1);
        QVERIFY(model->event(ids[1])->keyEvent);
        undo->undo();
        QVERIFY(!model->event(ids[1])->keyEvent);

        // Phase from an event, on the postmortem record.
        count = undo->index();
        pane.setPhaseFromEvent(QStringLiteral("phase_detected"), ids[2]);
        QCOMPARE(undo->index(), count + 1);
        QCOMPARE(f.doc->value(f.id, QStringLiteral("phase_detected")).toString(),
                 QStringLiteral("2026-03-02T12:12:00.000Z"));
        undo->undo();
        QVERIFY(f.doc->value(f.id, QStringLiteral("phase_detected")).isUndefined() ||
                f.doc->value(f.id, QStringLiteral("phase_detected")).isNull());

        // Bulk delete: one step, and one step back; the store agrees after each.
        selectFirstThree();
        count = undo->index();
        pane.deleteSelected();
        QCOMPARE(undo->index(), count + 1);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(f.store->loadPostmortem(f.id)->childrenOfKind(Kind::Event).size(), 3);
        undo->undo();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(f.store->loadPostmortem(f.id)->childrenOfKind(Kind::Event).size(), 6);
        undo->redo();
        QCOMPARE(model->rowCount(), 3);

        // Field edits of a batch reach the store too.
        QVERIFY(f.doc->flush());
        const auto stored = f.store->loadPostmortem(f.id);
        for (const Record& r : stored->childrenOfKind(Kind::Event))
            QCOMPARE(r.text(EventField::Kind), QStringLiteral("decision"));
    }

    void quickCaptureParsing() {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime ref = test::utc(QStringLiteral("2026-03-02T09:00:00Z"));
        QuickCapture c = parseQuickCapture(QStringLiteral("14:05 paged the on-call"), berlin, ref);
        QCOMPARE(c.time, test::utc(QStringLiteral("2026-03-02T13:05:00Z")));
        QCOMPARE(c.description, QStringLiteral("paged the on-call"));
        QVERIFY(c.error.isEmpty());

        c = parseQuickCapture(QStringLiteral("2026-03-03 01:30:15 still down"), berlin, ref);
        QCOMPARE(c.time, test::utc(QStringLiteral("2026-03-03T00:30:15Z")));
        QCOMPARE(c.description, QStringLiteral("still down"));

        c = parseQuickCapture(QStringLiteral("+5m status page updated"), berlin, ref);
        QCOMPARE(c.time, ref.addSecs(300));
        QCOMPARE(c.description, QStringLiteral("status page updated"));

        c = parseQuickCapture(QStringLiteral("paged the on-call"), berlin, ref);
        QVERIFY(!c.time.isValid());
        QCOMPARE(c.description, QStringLiteral("paged the on-call"));

        c = parseQuickCapture(QStringLiteral("25:99 impossible"), berlin, ref);
        QVERIFY(!c.time.isValid());

        // The pane: Enter adds and keeps focus for the next line; Ctrl+Enter adds at now.
        Fixture f;
        TimelinePane pane;
        pane.setDocument(f.doc.get());
        pane.show();
        QLineEdit* line = pane.captureLine();
        line->setFocus();
        QTest::keyClicks(line, QStringLiteral("14:05 paged the on-call"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(pane.model()->eventAt(0)->time, test::utc(QStringLiteral("2026-03-02T13:05:00Z")));
        QCOMPARE(line->text(), QString());
        QTest::keyClicks(line, QStringLiteral("no time here"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(pane.model()->rowCount(), 1); // refused, text kept, reason shown
        QCOMPARE(line->text(), QStringLiteral("no time here"));
        QVERIFY(!pane.captureStatus()->text().isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::keyClick(line, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(pane.model()->rowCount(), 2);
        const TimelineEvent* now = pane.model()->eventAt(1);
        QCOMPARE(now->description, QStringLiteral("no time here"));
        QVERIFY(now->time >= before && now->time <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(f.doc->undoStack()->count(), 2);
    }

    void datesShowWhenTheIncidentSpansDays() {
        Fixture f;
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        const QString a = f.add(QStringLiteral("2026-03-02T21:30:00Z"), QStringLiteral("late"));
        QVERIFY(!model.spansDays());
        QCOMPARE(model.index(0, TimelineModel::TimeColumn).data().toString(),
                 QStringLiteral("22:30"));
        // 23:30 UTC is already the next day in Berlin.
        f.add(QStringLiteral("2026-03-02T23:30:00Z"), QStringLiteral("after midnight"));
        QVERIFY(model.spansDays());
        QCOMPARE(model.index(model.rowOf(a), TimelineModel::TimeColumn).data().toString(),
                 QStringLiteral("2026-03-02 22:30"));
        QCOMPARE(model.index(1, TimelineModel::TimeColumn).data().toString(),
                 QStringLiteral("2026-03-03 00:30"));
        // In UTC both are on March 2.
        model.setZoneMode(TimelineZone::Utc);
        QVERIFY(!model.spansDays());
        QCOMPARE(model.index(1, TimelineModel::TimeColumn).data().toString(),
                 QStringLiteral("23:30"));
        model.setZoneMode(TimelineZone::Reference);
        f.doc->undoStack()->undo();
        QVERIFY(!model.spansDays());
    }

    void timeEditorAsksAboutTheFoldAndKeepsBadInput() {
        Fixture f;
        TimelineModel model;
        model.setDocument(f.doc.get());
        const QString id = f.add(QStringLiteral("2026-10-24T10:00:00Z"), QStringLiteral("x"));
        const QModelIndex cell = model.index(model.rowOf(id), TimelineModel::TimeColumn);
        TimeEditDelegate delegate(&model);
        int asked = 0;
        delegate.setAmbiguityChooser(
            [&asked](QWidget*, const QDateTime& earlier, const QDateTime& later) {
                ++asked;
                [&] {
                    QVERIFY(earlier < later);
                }();
                return std::optional<QDateTime>(later);
            });
        QLineEdit editor;
        // 02:30 on 25 October 2026 happens twice in Berlin.
        editor.setText(QStringLiteral("2026-10-25 02:30"));
        delegate.setModelData(&editor, &model, cell);
        QCOMPARE(asked, 1);
        QCOMPARE(model.event(id)->time, test::utc(QStringLiteral("2026-10-25T01:30:00Z")));

        // Cancelling the question keeps the value.
        delegate.setAmbiguityChooser([](QWidget*, const QDateTime&, const QDateTime&) {
            return std::optional<QDateTime>();
        });
        editor.setText(QStringLiteral("2026-10-25 02:45"));
        delegate.setModelData(&editor, &model, cell);
        QCOMPARE(model.event(id)->time, test::utc(QStringLiteral("2026-10-25T01:30:00Z")));
        QVERIFY(!delegate.lastError().isEmpty());

        // A time in the spring gap does not exist; nonsense is not a time.
        for (const QString& bad : {QStringLiteral("2026-03-29 02:30"), QStringLiteral("soon")}) {
            editor.setText(bad);
            delegate.setModelData(&editor, &model, cell);
            QCOMPARE(model.event(id)->time, test::utc(QStringLiteral("2026-10-25T01:30:00Z")));
            QVERIFY2(!delegate.lastError().isEmpty(), qPrintable(bad));
        }
        // Relative input counts from the cell's value.
        editor.setText(QStringLiteral("+5m"));
        delegate.setModelData(&editor, &model, cell);
        QCOMPARE(model.event(id)->time, test::utc(QStringLiteral("2026-10-25T01:35:00Z")));
    }

    void importIsOneUndoStep() {
        Fixture f;
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(f.doc.get());
        f.add(QStringLiteral("2026-03-02T12:00:00Z"), QStringLiteral("by hand"));
        QList<TimelineEvent> events;
        for (int i = 0; i < 20; ++i) {
            TimelineEvent e;
            e.time = test::utc(QStringLiteral("2026-03-02T12:00:00Z")).addSecs(i * 30);
            e.source = QStringLiteral("log");
            e.description = QStringLiteral("line %1").arg(i);
            events.append(e);
        }
        const auto summary = f.store->importEvents(f.id, events, QStringLiteral("import test"));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const QStringList added = f.doc->reloadChildren(Kind::Event, QStringLiteral("Import"));
        QCOMPARE(added.size(), 20);
        QCOMPARE(model.rowCount(), 21);
        f.doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(f.store->loadPostmortem(f.id)->childrenOfKind(Kind::Event).size(), 1);
        f.doc->undoStack()->redo();
        QCOMPARE(model.rowCount(), 21);
    }

    void droppedFilesRequestAnImport() {
        Fixture f;
        TimelinePane pane;
        pane.setDocument(f.doc.get());
        QSignalSpy requested(&pane, &TimelinePane::importRequested);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&pane, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&pane, &drop);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("/tmp/notes.txt"));
    }

    void booleanFieldEditorIsACheckBox() {
        TemplateField field;
        field.key = QStringLiteral("flag");
        field.label = QStringLiteral("Flag");
        field.type = FieldType::Boolean;
        QWidget parent;
        FieldEditor* editor = FieldEditor::create(field, &parent);
        auto* check = qobject_cast<QCheckBox*>(editor->widget());
        QVERIFY(check);
        QSignalSpy edited(editor, &FieldEditor::edited);
        editor->setValue(true); // from the document: no edit signal
        QVERIFY(check->isChecked());
        QCOMPARE(edited.count(), 0);
        check->click(); // by the user
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().toJsonValue(), QJsonValue(false));
        QCOMPARE(editor->value(), QJsonValue(false));
    }

    void tenThousandEventsOpen() {
        Fixture f;
        QList<TimelineEvent> events;
        const QDateTime start = test::utc(QStringLiteral("2026-03-02T12:00:00Z"));
        for (int i = 0; i < 10000; ++i) {
            TimelineEvent e;
            e.time = start.addMSecs(qint64(i) * 1700);
            e.source = i % 2 ? QStringLiteral("log") : QStringLiteral("chat");
            e.description = QStringLiteral("event number %1").arg(i);
            events.append(e);
        }
        const auto imported = f.store->importEvents(f.id, events, QStringLiteral("import bench"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().added, 10000);

        QElapsedTimer timer;
        timer.start();
        PostmortemDocument doc(f.store.get(), *f.store->loadPostmortem(f.id));
        const qint64 loadMs = timer.elapsed();
        TimelinePane pane;
        pane.setDocument(&doc);
        const qint64 modelMs = timer.elapsed() - loadMs;
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.graphicsView()->rebuildNow();
        pane.table()->scrollToBottom();
        const qint64 openMs = timer.elapsed();
        QCOMPARE(pane.filterModel()->rowCount(), 10000);
        QCOMPARE(
            pane.filterModel()->index(9999, TimelineModel::DescriptionColumn).data().toString(),
            QStringLiteral("event number 9999"));
        qInfo("10,000 events: loaded, modelled and shown in %lld ms (store load %lld ms, "
              "models %lld ms, table and drawing %lld ms)",
              openMs, loadMs, modelMs, openMs - loadMs - modelMs);

        // One edit touches one row, however many there are.
        QSignalSpy resets(pane.model(), &QAbstractItemModel::modelReset);
        timer.restart();
        QVERIFY(pane.model()->setData(pane.model()->index(5000, TimelineModel::DescriptionColumn),
                                      QStringLiteral("edited")));
        qInfo("one edit in a 10,000-event timeline: %lld ms", timer.elapsed());
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "test_timelinemodel.moc"
