#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "editing/PostmortemDocument.h"
#include "timeline/PhaseMetricsStrip.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace causeway;

class TestPhaseStrip : public QObject {
    Q_OBJECT

private:
    // Makes the event at this time the current, only selected row of the table.
    static void selectAt(TimelinePane& pane, const QString& iso) {
        const QDateTime time = test::utc(iso);
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            if (pane.model()->eventAt(row)->time != time)
                continue;
            const QModelIndex index =
                pane.filterModel()->mapFromSource(pane.model()->index(row, 0));
            pane.table()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
        QFAIL(qPrintable(QStringLiteral("no event at ") + iso));
    }

private Q_SLOTS:
    void shortcutsSetPhasesAndUndo() {
        auto store = test::newStore();
        const QString id =
            store
                ->createPostmortem(
                    QStringLiteral("standard"),
                    {{Field::Title, QStringLiteral("Checkout outage")},
                     {Field::IncidentStart, QStringLiteral("2026-03-02T14:00:00.000Z")}})
                .value();
        ChangeSet events;
        for (const char* time : {"2026-03-02T14:12:00Z", "2026-03-02T14:15:00Z",
                                 "2026-03-02T14:47:00Z", "2026-03-02T16:05:00Z"}) {
            const Record r = test::eventRecord(id, test::utc(QString::fromLatin1(time)),
                                               QStringLiteral("chat"), QStringLiteral("event"));
            QMap<QString, QJsonValue> fields;
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                fields.insert(it.key(), it.value().value);
            events.creates.append({r.id, Kind::Event, id, fields});
        }
        QVERIFY(store->commit(events));
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
        TimelinePane pane;
        pane.setDocument(&doc);
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activateWindow();
        pane.table()->setFocus();
        PhaseMetricsStrip* strip = pane.phaseStrip();
        QVERIFY(strip->warningText().isEmpty());
        QVERIFY(!strip->warningLabel()->isVisibleTo(&pane));

        // The menu entries are the shortcut actions, so the menu shows the shortcuts.
        QCOMPARE(pane.phaseActions().size(), 7);
        QCOMPARE(pane.phaseActions().at(2)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
        QCOMPARE(pane.phaseActions().at(2)->text(), QStringLiteral("Detected"));

        selectAt(pane, QStringLiteral("2026-03-02T14:12:00Z"));
        QTest::keyClick(pane.table(), Qt::Key_3, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc.value(id, QStringLiteral("phase_detected")).toString(),
                 QStringLiteral("2026-03-02T14:12:00.000Z"));
        selectAt(pane, QStringLiteral("2026-03-02T14:15:00Z"));
        QTest::keyClick(pane.table(), Qt::Key_4, Qt::ControlModifier | Qt::ShiftModifier);
        selectAt(pane, QStringLiteral("2026-03-02T14:47:00Z"));
        QTest::keyClick(pane.table(), Qt::Key_5, Qt::ControlModifier | Qt::ShiftModifier);
        selectAt(pane, QStringLiteral("2026-03-02T16:05:00Z"));
        QTest::keyClick(pane.table(), Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(strip->durationsText(),
                     QStringLiteral("Detect 12m \u00b7 Acknowledge 3m \u00b7 Mitigate 47m \u00b7 "
                                    "Resolve 2h 05m \u00b7 Customer impact \u2013"));
        QVERIFY(strip->warningText().isEmpty());
        // One undo step per phase.
        QCOMPARE(doc.undoStack()->count(), 4);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set Resolved from Event"));

        // Resolved moved before the mitigation, from the context menu's action: warned.
        selectAt(pane, QStringLiteral("2026-03-02T14:15:00Z"));
        pane.phaseActions().at(6)->trigger();
        QTRY_VERIFY(strip->metrics().hasWarning(QStringLiteral("mitigated_after_resolved")));
        QVERIFY(strip->metrics().hasWarning(QStringLiteral("events_after_resolved")));
        QVERIFY(strip->warningLabel()->isVisibleTo(&pane));
        QVERIFY2(strip->warningText().startsWith(
                     QStringLiteral("Mitigated (2026-03-02 14:47 UTC) is after Resolved")),
                 qPrintable(strip->warningText()));
        QVERIFY2(strip->warningText().contains(QStringLiteral("(+1 more, hover to see all)")),
                 qPrintable(strip->warningText()));
        QVERIFY(strip->warningLabel()->parentWidget()->toolTip().contains(
            QStringLiteral("2 events are after Resolved")));
        QVERIFY(strip->durationsText().contains(QStringLiteral("Resolve 15m")));

        // Undo puts the resolution back and the warnings go.
        doc.undoStack()->undo();
        QCOMPARE(doc.value(id, QStringLiteral("phase_resolved")).toString(),
                 QStringLiteral("2026-03-02T16:05:00.000Z"));
        QTRY_VERIFY(strip->warningText().isEmpty());
        QVERIFY(!strip->warningLabel()->isVisibleTo(&pane));
        QVERIFY(strip->durationsText().contains(QStringLiteral("Resolve 2h 05m")));

        // Events count too: one captured before the start is outside the incident window.
        QVERIFY(!pane.capture(QStringLiteral("13:30 deploy 4411"), false).isEmpty());
        QTRY_VERIFY(strip->metrics().hasWarning(QStringLiteral("events_before_start")));
        doc.undoStack()->undo();
        QTRY_VERIFY(!strip->metrics().hasWarning(QStringLiteral("events_before_start")));

        // Undoing every phase leaves no durations.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QTRY_VERIFY(std::none_of(strip->metrics().durations.cbegin(),
                                 strip->metrics().durations.cend(),
                                 [](const PhaseDuration& d) { return d.ms.has_value(); }));
        QVERIFY(doc.value(id, QStringLiteral("phase_detected")).isUndefined() ||
                doc.value(id, QStringLiteral("phase_detected")).isNull());
    }

    void readOnlyDisablesShortcuts() {
        PostmortemDocument doc(nullptr, test::syntheticPostmortem(5));
        TimelinePane pane;
        pane.setDocument(&doc);
        pane.setReadOnly(true);
        for (QAction* action : pane.phaseActions())
            QVERIFY(!action->isEnabled());
        // The synthetic incident has all response markers: the strip shows its durations.
        QCOMPARE(pane.phaseStrip()->metrics().duration(PhaseMetricKey::TimeToDetect),
                 10 * 60 * 1000);
        QVERIFY(pane.phaseStrip()->durationsText().startsWith(QStringLiteral("Detect 10m")));
    }
};

QTEST_MAIN(TestPhaseStrip)
#include "test_phasestrip.moc"
