#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/ContributingFactorDetails.h"
#include "causes/ContributingFactorsModel.h"
#include "causes/ContributingFactorsPanel.h"
#include "causes/LinkEvidenceDialog.h"
#include "editing/PostmortemDocument.h"
#include "timeline/Attachment.h"
#include "timeline/CitingCausesLabel.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace causeway;

namespace {

// A stored postmortem opened as a document, the way the editor holds one.
struct Open {
    std::unique_ptr<Store> store;
    std::unique_ptr<PostmortemDocument> doc;
};

Open openPostmortem() {
    Open o;
    o.store = test::newStore();
    const QString id = o.store
                           ->createPostmortem(QStringLiteral("standard"),
                                              {{Field::Title, QStringLiteral("Checkout down")},
                                               {Field::TimeZone, QStringLiteral("UTC")}})
                           .value();
    o.doc = std::make_unique<PostmortemDocument>(o.store.get(), *o.store->loadPostmortem(id));
    return o;
}

QString addEvent(PostmortemDocument& doc, const QString& hhmm, const QString& description,
                 const QString& source = QStringLiteral("alert")) {
    TimelineEvent e;
    e.time = test::utc(QStringLiteral("2026-03-02T%1:00Z").arg(hhmm));
    e.source = source;
    e.description = description;
    return doc.addChild(Kind::Event, e.toFields());
}

QString addCause(PostmortemDocument& doc, const QString& statement, const QString& kind,
                 const QString& parent = QString()) {
    const QString id = CauseEditing::addCause(doc, parent, -1, statement);
    doc.editFields({{id, CauseField::Kind, kind}}, QStringLiteral("Set kind"));
    return id;
}

QString attach(PostmortemDocument& doc, const QString& eventId, const QString& name) {
    auto attachment =
        makeAttachment(name.toUtf8() + QByteArray(" contents"), name, QStringLiteral("log"));
    return attachment ? doc.attachEvidence(eventId, attachment.value()) : QString();
}

QModelIndex cell(const ContributingFactorsModel* model, const QString& id, int column) {
    return model->index(model->rowOf(id), column);
}

// Runs f on the next modal dialog once it is open (exec() blocks the test until then).
template <typename F> void onNextDialog(F f) {
    QTimer::singleShot(0, [f] {
        auto* dialog = qobject_cast<LinkEvidenceDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        f(dialog);
    });
}

} // namespace

class TestTraceabilityUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flagFollowsActions();
    void rowsFollowTheTree();
    void evidenceCountFollowsTheTimeline();
    void summaryAndFilter();
    void activatingACause();
    void linkingEvidenceIsOneUndoStep();
    void unlinkAndShowOnTimeline();
    void detailsEditKindCategoryAndNotes();
    void linkDialogFiltersAndKeepsTicks();
    void citingLabelListsCauses();
    void revealEventSelectsTheRow();
    void screenshot();
};

void TestTraceabilityUi::flagFollowsActions() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    ContributingFactorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ContributingFactorsProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    const QString root =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    const QString helped =
        addCause(doc, QStringLiteral("Rollback was quick"), QStringLiteral("mitigator"));
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex flag = cell(&model, root, ContributingFactorsModel::FlagColumn);
    QVERIFY(flag.data(ContributingFactorsModel::UnaddressedRole).toBool());
    QVERIFY(!flag.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(flag.data(Qt::ToolTipRole).toString(),
             QStringLiteral("No action addresses this root cause yet"));
    QCOMPARE(cell(&model, root, ContributingFactorsModel::ActionsColumn).data().toString(),
             QStringLiteral("0"));
    // Mitigators need no action.
    const QModelIndex noFlag = cell(&model, helped, ContributingFactorsModel::FlagColumn);
    QVERIFY(!noFlag.data(ContributingFactorsModel::UnaddressedRole).toBool());
    QVERIFY(noFlag.data(Qt::DecorationRole).isNull());

    // An action id clears the flag in place: one row changes, nothing resets.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    doc.editField(root, CauseField::Actions, QJsonArray{QStringLiteral("action-1")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOf(root));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QVERIFY(!cell(&model, root, ContributingFactorsModel::FlagColumn)
                 .data(ContributingFactorsModel::UnaddressedRole)
                 .toBool());
    QVERIFY(
        cell(&model, root, ContributingFactorsModel::FlagColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(cell(&model, root, ContributingFactorsModel::ActionsColumn).data().toString(),
             QStringLiteral("1"));

    // Undo brings the flag back; the kind decides as well.
    doc.undoStack()->undo();
    QVERIFY(cell(&model, root, ContributingFactorsModel::FlagColumn)
                .data(ContributingFactorsModel::UnaddressedRole)
                .toBool());
    doc.editField(helped, CauseField::Kind, QStringLiteral("contributing_factor"));
    QCOMPARE(cell(&model, helped, ContributingFactorsModel::FlagColumn).data(Qt::ToolTipRole),
             QStringLiteral("No action addresses this contributing factor yet"));
    QCOMPARE(cell(&model, helped, ContributingFactorsModel::KindColumn).data().toString(),
             CauseVocabulary::kindName(QStringLiteral("contributing_factor")));
    QCOMPARE(reset.size(), 0);
}

void TestTraceabilityUi::rowsFollowTheTree() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString a = addCause(doc, QStringLiteral("A"), QStringLiteral("root_cause"));
    const QString b = addCause(doc, QStringLiteral("B"), QStringLiteral("root_cause"));
    ContributingFactorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.idAt(0), a);

    // A new cause under A is inserted after it (5-whys order); a persistent index follows.
    const QPersistentModelIndex bIndex = model.index(model.rowOf(b), 0);
    const QString a1 = addCause(doc, QStringLiteral("A1"), QStringLiteral("root_cause"), a);
    QCOMPARE(model.idAt(1), a1);
    QCOMPARE(bIndex.row(), 2);

    // Moving B to the top reorders rows as a layout change.
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QVERIFY(CauseEditing::moveCause(doc, b, QString(), 0));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(model.idAt(0), b);
    QCOMPARE(bIndex.row(), 0);
    QCOMPARE(bIndex.data(ContributingFactorsModel::IdRole).toString(), b);

    // Deleting A takes A1 with it; undo brings both back.
    CauseEditing::removeCauses(doc, {a});
    QCOMPARE(model.rowCount(), 1);
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(1), a);
    QCOMPARE(model.idAt(2), a1);
    QCOMPARE(reset.size(), 0);
}

void TestTraceabilityUi::evidenceCountFollowsTheTimeline() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString alert =
        addEvent(doc, QStringLiteral("12:05"), QStringLiteral("error rate alert"));
    const QString log = attach(doc, alert, QStringLiteral("pool.log"));
    QVERIFY(!log.isEmpty());
    const QString cause =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    ContributingFactorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    CauseEditing::setEvidence(doc, cause, {alert, log});
    const auto count = [&] {
        return cell(&model, cause, ContributingFactorsModel::EvidenceColumn).data().toString();
    };
    QCOMPARE(count(), QStringLiteral("2"));
    QVERIFY(cell(&model, cause, ContributingFactorsModel::EvidenceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("1 attachment")));

    // Trashing a cited event lowers the count; an event no cause cites changes nothing.
    const QString other = addEvent(doc, QStringLiteral("12:06"), QStringLiteral("unrelated"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    doc.removeChild(other);
    QCOMPARE(changed.size(), 0);
    doc.removeChild(alert);
    QCOMPARE(count(), QStringLiteral("1"));
    QVERIFY(cell(&model, cause, ContributingFactorsModel::EvidenceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("trash")));
    doc.undoStack()->undo();
    QCOMPARE(count(), QStringLiteral("2"));
}

void TestTraceabilityUi::summaryAndFilter() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    ContributingFactorsPanel panel;
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(panel.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setDocument(&doc);
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("No causes yet")));
    QVERIFY(panel.summaryFlag()->isHidden());

    const QString root =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    const QString addressed =
        addCause(doc, QStringLiteral("No load test"), QStringLiteral("root_cause"));
    doc.editField(addressed, CauseField::Actions, QJsonArray{QStringLiteral("action-1")});
    const QString factor =
        addCause(doc, QStringLiteral("Alert too late"), QStringLiteral("contributing_factor"));
    addCause(doc, QStringLiteral("Rollback was quick"), QStringLiteral("mitigator"));
    const QString summary = panel.summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("4 cause")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 root cause")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 without an action")), qPrintable(summary));
    QVERIFY(!panel.summaryFlag()->isHidden());

    panel.unaddressedFilter()->setChecked(true);
    QCOMPARE(panel.proxy()->rowCount(), 2);
    QCOMPARE(panel.proxy()->index(0, 0).data(ContributingFactorsModel::IdRole).toString(), root);
    QCOMPARE(panel.proxy()->index(1, 0).data(ContributingFactorsModel::IdRole).toString(), factor);
    // Addressing a cause takes it out of the filtered table.
    doc.editField(factor, CauseField::Actions, QJsonArray{QStringLiteral("action-2")});
    QCOMPARE(panel.proxy()->rowCount(), 1);
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("1 without an action")));

    // Selecting a cause the filter hides shows every cause first.
    QVERIFY(panel.selectCause(addressed));
    QVERIFY(!panel.unaddressedFilter()->isChecked());
    QCOMPARE(panel.currentCause(), addressed);
    QCOMPARE(panel.table()->currentIndex().data(ContributingFactorsModel::IdRole).toString(),
             addressed);
    QVERIFY(!panel.selectCause(newRecordId()));

    // Sorting by the flag puts the unaddressed cause first; clearing the sort restores the
    // 5-whys order.
    panel.table()->sortByColumn(ContributingFactorsModel::FlagColumn, Qt::DescendingOrder);
    QCOMPARE(panel.proxy()->index(0, 0).data(ContributingFactorsModel::IdRole).toString(), root);
    panel.table()->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(panel.proxy()->index(1, 0).data(ContributingFactorsModel::IdRole).toString(),
             addressed);
}

void TestTraceabilityUi::activatingACause() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    addCause(doc, QStringLiteral("A"), QStringLiteral("root_cause"));
    const QString b = addCause(doc, QStringLiteral("B"), QStringLiteral("root_cause"));
    ContributingFactorsPanel panel;
    panel.setDocument(&doc);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &ContributingFactorsPanel::causeActivated);
    QVERIFY(panel.selectCause(b));
    panel.table()->setFocus();
    QTest::keyClick(panel.table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), b);
    const QRect rect = panel.table()->visualRect(panel.table()->currentIndex());
    // A widget double-click in QTest is the second click only: the view needs the first.
    QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), b);
}

void TestTraceabilityUi::linkingEvidenceIsOneUndoStep() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString alert =
        addEvent(doc, QStringLiteral("12:05"), QStringLiteral("error rate alert"));
    const QString pool = addEvent(doc, QStringLiteral("12:07"), QStringLiteral("db pool exhausted"),
                                  QStringLiteral("log"));
    const QString paged =
        addEvent(doc, QStringLiteral("12:09"), QStringLiteral("paged the on-call"));
    const QString log = attach(doc, pool, QStringLiteral("pool.log"));
    const QString cause =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    CauseEditing::setEvidence(doc, cause, {log});
    ContributingFactorsPanel panel;
    panel.setDocument(&doc);
    QVERIFY(panel.selectCause(cause));
    ContributingFactorDetails* details = panel.details();
    QCOMPARE(details->evidenceTree()->topLevelItemCount(), 1);
    QVERIFY(details->linkButton()->isEnabled());

    // Through the dialog: two events ticked after filtering, one not.
    const int before = doc.undoStack()->index();
    onNextDialog([&](LinkEvidenceDialog* dialog) {
        dialog->filterEdit()->setText(QStringLiteral("POOL"));
        QCOMPARE(dialog->shownCount(), 1);
        dialog->setChosen(pool, true);
        dialog->filterEdit()->clear();
        QCOMPARE(dialog->shownCount(), 3);
        dialog->setChosen(alert, true);
        QCOMPARE(dialog->chosenEvents(), (QStringList{alert, pool})); // by time
        dialog->accept();
    });
    details->linkButton()->click();
    QCOMPARE(doc.undoStack()->index(), before + 1);
    const QStringList linked = doc.record(cause)->list(CauseField::Evidence);
    QCOMPARE(linked, (QStringList{log, alert, pool})); // the attachment stays cited
    QCOMPARE(details->evidenceTree()->topLevelItemCount(), 3);
    QCOMPARE(cell(panel.model(), cause, ContributingFactorsModel::EvidenceColumn).data().toString(),
             QStringLiteral("3"));
    QVERIFY(
        details->evidenceTree()->topLevelItem(1)->text(1).contains(QStringLiteral("error rate")));
    QVERIFY(details->evidenceTree()->topLevelItem(1)->text(0).startsWith(
        QStringLiteral("2026-03-02 12:05")));
    const Attachment a = Attachment::fromRecord(*doc.record(log));
    QCOMPARE(details->evidenceTree()->topLevelItem(0)->text(1), QStringLiteral("pool.log"));
    QVERIFY(details->evidenceTree()->topLevelItem(0)->text(0).startsWith(a.sha256.left(12)));

    // Cancelling, or accepting without a change, adds no command.
    onNextDialog([](LinkEvidenceDialog* dialog) { dialog->reject(); });
    details->linkButton()->click();
    onNextDialog([](LinkEvidenceDialog* dialog) { dialog->accept(); });
    details->linkButton()->click();
    QCOMPARE(doc.undoStack()->index(), before + 1);
    // Unticking an event in the dialog unlinks it.
    details->linkEvents({pool, paged});
    QCOMPARE(doc.record(cause)->list(CauseField::Evidence), (QStringList{log, pool, paged}));
    QCOMPARE(doc.undoStack()->index(), before + 2);

    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.record(cause)->list(CauseField::Evidence), QStringList{log});
    QCOMPARE(details->evidenceTree()->topLevelItemCount(), 1);
    QVERIFY(doc.flush());
}

void TestTraceabilityUi::unlinkAndShowOnTimeline() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString alert =
        addEvent(doc, QStringLiteral("12:05"), QStringLiteral("error rate alert"));
    const QString pool =
        addEvent(doc, QStringLiteral("12:07"), QStringLiteral("db pool exhausted"));
    const QString log = attach(doc, pool, QStringLiteral("pool.log"));
    const QString gone = addEvent(doc, QStringLiteral("12:08"), QStringLiteral("duplicate"));
    const QString cause =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    CauseEditing::setEvidence(doc, cause, {alert, log, gone});
    doc.removeChild(gone);
    ContributingFactorsPanel panel;
    panel.setDocument(&doc);
    QVERIFY(panel.selectCause(cause));
    ContributingFactorDetails* details = panel.details();
    QTreeWidget* tree = details->evidenceTree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(tree->topLevelItem(2)->text(1).contains(QStringLiteral("Not on the timeline")));
    QVERIFY(!details->unlinkButton()->isEnabled());

    // Show on Timeline: an event shows itself, an attachment the event it is linked to, a
    // record not here nothing.
    QSignalSpy shown(&panel, &ContributingFactorsPanel::evidenceActivated);
    details->setCurrentEvidence(alert);
    QVERIFY(details->showButton()->isEnabled());
    details->showButton()->click();
    details->setCurrentEvidence(log);
    details->showButton()->click();
    details->setCurrentEvidence(gone);
    QVERIFY(!details->showButton()->isEnabled());
    details->showCurrentOnTimeline();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).at(0).toString(), alert);
    QCOMPARE(shown.at(1).at(0).toString(), pool);

    // Unlink the selected rows: one undo step, the timeline keeps the event.
    tree->clearSelection();
    tree->topLevelItem(0)->setSelected(true);
    tree->topLevelItem(2)->setSelected(true);
    QVERIFY(details->unlinkButton()->isEnabled());
    const int before = doc.undoStack()->index();
    details->unlinkButton()->click();
    QCOMPARE(doc.undoStack()->index(), before + 1);
    QCOMPARE(doc.record(cause)->list(CauseField::Evidence), QStringList{log});
    QVERIFY(!doc.record(alert)->deleted);
    doc.undoStack()->undo();
    QCOMPARE(tree->topLevelItemCount(), 3);
}

void TestTraceabilityUi::detailsEditKindCategoryAndNotes() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString cause =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    ContributingFactorsPanel panel;
    panel.setDocument(&doc);
    QVERIFY(panel.selectCause(cause));
    ContributingFactorDetails* details = panel.details();
    QCOMPARE(details->titleLabel()->text(), QStringLiteral("Pool too small"));

    // Kind: one edit; the flag goes with it.
    QComboBox* kind = details->kindBox();
    QCOMPARE(kind->currentData().toString(), QStringLiteral("root_cause"));
    int before = doc.undoStack()->index();
    const int mitigator = kind->findData(QStringLiteral("mitigator"));
    kind->setCurrentIndex(mitigator);
    Q_EMIT kind->activated(mitigator);
    QCOMPARE(doc.undoStack()->index(), before + 1);
    QCOMPARE(doc.value(cause, CauseField::Kind).toString(), QStringLiteral("mitigator"));
    QVERIFY(!cell(panel.model(), cause, ContributingFactorsModel::FlagColumn)
                 .data(ContributingFactorsModel::UnaddressedRole)
                 .toBool());
    doc.undoStack()->undo();
    QCOMPARE(kind->currentData().toString(), QStringLiteral("root_cause"));

    // Category: the shared edit puts the cause on the fishbone; "not on the fishbone" takes
    // it off again.
    QComboBox* category = details->categoryBox();
    QCOMPARE(category->currentIndex(), 0);
    const int process = category->findData(QStringLiteral("Process"));
    QVERIFY(process > 0);
    before = doc.undoStack()->index();
    category->setCurrentIndex(process);
    Q_EMIT category->activated(process);
    QCOMPARE(doc.undoStack()->index(), before + 1);
    QVERIFY(doc.value(cause, CauseField::OnFishbone).toBool());
    QCOMPARE(cell(panel.model(), cause, ContributingFactorsModel::CategoryColumn).data().toString(),
             QStringLiteral("Process"));
    category->setCurrentIndex(0);
    Q_EMIT category->activated(0);
    QVERIFY(!doc.value(cause, CauseField::OnFishbone).toBool());
    QCOMPARE(cell(panel.model(), cause, ContributingFactorsModel::CategoryColumn).data().toString(),
             QString());
    doc.undoStack()->undo();
    QCOMPARE(category->currentData().toString(), QStringLiteral("Process"));

    // Notes: typing is one command while the user keeps typing.
    before = doc.undoStack()->index();
    details->notesEdit()->setFocus();
    QTest::keyClicks(details->notesEdit(), QStringLiteral("Sized for 2019 traffic"));
    QCOMPARE(doc.undoStack()->index(), before + 1);
    QCOMPARE(doc.value(cause, CauseField::Notes).toString(),
             QStringLiteral("Sized for 2019 traffic"));
    doc.undoStack()->undo();
    QCOMPARE(details->notesEdit()->toPlainText(), QString());

    // Read-only: nothing to edit.
    panel.setReadOnly(true);
    QVERIFY(!details->kindBox()->isEnabled());
    QVERIFY(details->notesEdit()->isReadOnly());
    QVERIFY(!details->linkButton()->isEnabled());
}

void TestTraceabilityUi::linkDialogFiltersAndKeepsTicks() {
    Postmortem pm = test::syntheticPostmortem(200);
    const QString first = pm.children.at(0).id;
    const QString second = pm.children.at(1).id;
    QSet<QString> failovers;
    for (const Record& r : pm.children) {
        if (r.text(EventField::Description).contains(QStringLiteral("db failover")))
            failovers.insert(r.id);
    }
    QVERIFY(!failovers.isEmpty());
    // A cited record that is not an event (or not here) is not offered.
    LinkEvidenceDialog dialog(pm, {first, newRecordId()}, QTimeZone::utc());
    QCOMPARE(dialog.shownCount(), 200);
    QCOMPARE(dialog.chosenEvents(), QStringList{first});

    dialog.filterEdit()->setText(QStringLiteral("DB FAILOVER"));
    QCOMPARE(dialog.shownCount(), failovers.size());
    // Space ticks every selected row; the ticks stay when the filter goes.
    dialog.view()->selectAll();
    QTest::keyClick(dialog.view(), Qt::Key_Space);
    dialog.filterEdit()->clear();
    const QStringList chosen = dialog.chosenEvents();
    QCOMPARE(QSet<QString>(chosen.cbegin(), chosen.cend()), failovers + QSet<QString>{first});
    dialog.setChosen(second, true);
    QVERIFY(dialog.chosenEvents().contains(second));
}

void TestTraceabilityUi::citingLabelListsCauses() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString alert =
        addEvent(doc, QStringLiteral("12:05"), QStringLiteral("error rate alert"));
    const QString quiet =
        addEvent(doc, QStringLiteral("12:06"), QStringLiteral("nobody cites this"));
    const QString screenshot = attach(doc, alert, QStringLiteral("dashboard.png"));
    const QString pool =
        addCause(doc, QStringLiteral("Pool too small"), QStringLiteral("root_cause"));
    const QString late =
        addCause(doc, QStringLiteral("Alert <fired> late"), QStringLiteral("contributing_factor"));
    CauseEditing::setEvidence(doc, pool, {alert});
    CauseEditing::setEvidence(doc, late, {screenshot}); // through the event's attachment

    TimelinePane pane;
    pane.setDocument(&doc);
    CitingCausesLabel* label = pane.citingCauses();
    QVERIFY(label->isHidden()); // no event selected
    QVERIFY(pane.revealEvent(alert));
    QCOMPARE(label->eventId(), alert);
    QVERIFY(!label->isHidden());
    QCOMPARE(label->causeIds(), (QStringList{pool, late}));
    QVERIFY2(label->text().contains(QStringLiteral("Cited by 2 cause")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("href=\"cause:%1\"").arg(pool)));
    QVERIFY(label->text().contains(QStringLiteral("Alert &lt;fired&gt; late")));

    // Unlinking in the root-cause view, and undoing it, shows at once.
    CauseEditing::setEvidence(doc, pool, {});
    QCOMPARE(label->causeIds(), QStringList{late});
    QVERIFY(label->text().contains(QStringLiteral("Cited by 1 cause")));
    doc.undoStack()->undo();
    QCOMPARE(label->causeIds(), (QStringList{pool, late}));
    // So do a renamed and a deleted cause.
    doc.editField(pool, CauseField::Statement, QStringLiteral("Connection pool too small"));
    QVERIFY(label->text().contains(QStringLiteral("Connection pool too small")));
    CauseEditing::removeCauses(doc, {late});
    QCOMPARE(label->causeIds(), QStringList{pool});

    // Following a link asks the window to show the cause.
    QSignalSpy activated(&pane, &TimelinePane::causeActivated);
    Q_EMIT label->linkActivated(QStringLiteral("cause:") + pool);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), pool);

    QVERIFY(pane.revealEvent(quiet));
    QVERIFY(label->causeIds().isEmpty());
    QVERIFY(label->text().contains(QStringLiteral("No cause cites")));
}

void TestTraceabilityUi::revealEventSelectsTheRow() {
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids.append(addEvent(doc, QStringLiteral("12:%1").arg(i, 2, 10, QLatin1Char('0')),
                            QStringLiteral("event %1").arg(i),
                            i % 2 ? QStringLiteral("log") : QStringLiteral("alert")));
    TimelinePane pane;
    pane.setDocument(&doc);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QVERIFY(pane.revealEvent(ids.at(35)));
    QCOMPARE(pane.selectedIds(), QStringList{ids.at(35)});
    const QModelIndex current = pane.table()->currentIndex();
    QCOMPARE(current.data(TimelineModel::IdRole).toString(), ids.at(35));
    QVERIFY(pane.table()->viewport()->rect().intersects(pane.table()->visualRect(current)));

    // Hidden by the filter: the filter clears so the event can be shown.
    QLineEdit* search = nullptr;
    for (QLineEdit* edit : pane.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == TimelinePane::tr("Filter events by text"))
            search = edit;
    }
    QVERIFY(search);
    search->setText(QStringLiteral("event 1"));
    QVERIFY(pane.filterModel()->rowCount() < 40);
    QVERIFY(pane.revealEvent(ids.at(22)));
    QCOMPARE(pane.filterModel()->rowCount(), 40);
    QCOMPARE(pane.selectedIds(), QStringList{ids.at(22)});
    QVERIFY(!pane.revealEvent(newRecordId()));
}

// With CAUSEWAY_SCREENSHOT_DIR set, writes what a facilitator sees with a dozen causes.
void TestTraceabilityUi::screenshot() {
    const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set CAUSEWAY_SCREENSHOT_DIR to write the screenshot");
    Open o = openPostmortem();
    PostmortemDocument& doc = *o.doc;
    const QString alert = addEvent(doc, QStringLiteral("12:05"),
                                   QStringLiteral("Checkout error rate above 5% (alert)"));
    const QString pool = addEvent(doc, QStringLiteral("12:07"),
                                  QStringLiteral("db-primary: connection pool exhausted (50/50)"),
                                  QStringLiteral("log"));
    const QString paged = addEvent(doc, QStringLiteral("12:11"), QStringLiteral("On-call paged"));
    const QString rollback =
        addEvent(doc, QStringLiteral("12:31"), QStringLiteral("Deploy 4411 rolled back"));
    const QString log = attach(doc, pool, QStringLiteral("db-primary-pool.log"));
    struct Row {
        const char* statement;
        const char* kind;
        const char* category;
        int actions;
    };
    const Row rows[] = {
        {"Connection pool sized for 2019 traffic", "root_cause", "Technology", 0},
        {"Retry storm from checkout clients", "contributing_factor", "Technology", 1},
        {"No load test for the holiday campaign", "root_cause", "Process", 2},
        {"Error-rate alert fired 6 minutes after impact", "contributing_factor",
         "Detection & Monitoring", 0},
        {"Dashboard did not show pool saturation", "contributing_factor", "Detection & Monitoring",
         1},
        {"Runbook pointed to a retired dashboard", "contributing_factor", "Process", 1},
        {"Status page updated late", "contributing_factor", "Communication & Coordination", 1},
        {"Deploy freeze not announced to all teams", "root_cause", "Communication & Coordination",
         1},
        {"Payment provider rate limits lowered", "contributing_factor",
         "Environment & Dependencies", 1},
        {"On-call had been paged three nights running", "contributing_factor", "Working Conditions",
         1},
        {"Quick rollback by the release engineer", "mitigator", "Process", 0},
        {"Why did the replica not take reads?", "open_question", "", 0},
    };
    QStringList ids;
    for (const Row& r : rows) {
        const QString id = addCause(doc, QString::fromUtf8(r.statement), QString::fromUtf8(r.kind));
        if (*r.category)
            CauseEditing::setCauseCategory(doc, id, QString::fromUtf8(r.category));
        QJsonArray actions;
        for (int i = 0; i < r.actions; ++i)
            actions.append(newRecordId());
        if (r.actions > 0)
            doc.editField(id, CauseField::Actions, actions);
        ids.append(id);
    }
    CauseEditing::setEvidence(doc, ids.at(0), {alert, pool, log});
    CauseEditing::setEvidence(doc, ids.at(1), {alert});
    CauseEditing::setEvidence(doc, ids.at(3), {alert, paged});
    CauseEditing::setEvidence(doc, ids.at(10), {rollback});
    doc.editField(ids.at(0), CauseField::Notes,
                  QStringLiteral("The pool was last sized in 2019; traffic has tripled since. "
                                 "Nobody owned the setting after the platform team split."));

    QVERIFY(QDir().mkpath(dir));
    // The size of the README screenshot, and a small laptop window.
    for (const QSize& size : {QSize(1100, 720), QSize(800, 520)}) {
        ContributingFactorsPanel panel;
        panel.setDocument(&doc);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectCause(ids.at(0)));
        panel.details()->setCurrentEvidence(pool);
        QTest::qWait(50);
        const QString name = size.width() >= 1000
                                 ? QStringLiteral("contributing-factors.png")
                                 : QStringLiteral("contributing-factors-small.png");
        QVERIFY(panel.grab().save(QDir(dir).filePath(name)));
    }

    TimelinePane pane;
    pane.setDocument(&doc);
    pane.resize(1100, 720);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.revealEvent(alert));
    QTest::qWait(50);
    QVERIFY(pane.grab().save(QDir(dir).filePath(QStringLiteral("timeline-citing-causes.png"))));
}

QTEST_MAIN(TestTraceabilityUi)
#include "test_traceability_ui.moc"
