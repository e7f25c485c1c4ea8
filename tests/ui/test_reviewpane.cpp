#include "../core/ReviewFixture.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "actions/ActionDetails.h"
#include "actions/ActionsPane.h"
#include "editing/PostmortemDocument.h"
#include "editor/FieldEditor.h"
#include "editor/PostmortemEditor.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "review/ChecklistView.h"
#include "review/ReviewPane.h"
#include "review/ReviewReasonDialog.h"
#include "review/ReviewRecords.h"
#include "review/SignatureList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace causeway;

// The Review tab offscreen: state and step buttons, the checklist with its failing items,
// the reason and justification prompts, the history, the due date, DORA, and the lock it
// puts on the rest of the editor.
class TestReviewPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsStateChecklistAndButtons();
    void approveOverFailingItemsAsksForJustification();
    void reopenAsksForAReasonAndUnlocksTheEditor();
    void lateDueDateAndDoraDeadlines();
    void reasonDialogNeedsText();
};

namespace {

QString buttonTexts(const ReviewPane& pane) {
    QStringList texts;
    for (Transition t : Workflow::allTransitions()) {
        if (QPushButton* b = pane.transitionButton(t))
            texts.append(b->text());
    }
    return texts.join(u'|');
}

} // namespace

void TestReviewPane::showsStateChecklistAndButtons() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    ReviewPane pane;
    pane.setDocument(&doc);
    pane.resize(900, 700);
    pane.show();
    QCOMPARE(pane.stateLabel()->text(), QStringLiteral("State: Draft"));
    QCOMPARE(buttonTexts(pane), QStringLiteral("Submit for Review"));
    // No keychain given: the signatures are listed, signing is disabled and says why.
    QVERIFY(pane.signatures());
    QVERIFY(!pane.signatures()->signButton()->isEnabled());
    QVERIFY(!pane.signatures()->disabledReason().isEmpty());
    QCOMPARE(pane.checklist()->items().size(), 6);
    QCOMPARE(pane.checklist()->markLabel(ChecklistKey::Impact)->text(), QStringLiteral("✓"));
    QCOMPARE(pane.checklist()->markLabel(ChecklistKey::Language)->text(), QStringLiteral("–"));
    QCOMPARE(pane.historyLabel()->text(), QStringLiteral("No review steps yet."));
    QVERIFY(!pane.doraLabel()->isVisibleTo(&pane));

    // An edit that breaks an item shows at once, in the failing colour.
    doc.editField(id, Field::Impact, QString());
    QTRY_COMPARE(pane.checklist()->markLabel(ChecklistKey::Impact)->text(), QStringLiteral("✗"));
    QLabel* detail = pane.checklist()->detailLabel(ChecklistKey::Impact);
    QCOMPARE(detail->text(), QStringLiteral("The impact is not described."));
    QCOMPARE(detail->palette().color(QPalette::WindowText), ChecklistView::failColor());
    QVERIFY(pane.checklist()
                ->detailLabel(ChecklistKey::Phases)
                ->palette()
                .color(QPalette::WindowText) != ChecklistView::failColor());

    QTest::mouseClick(pane.transitionButton(Transition::Submit), Qt::LeftButton);
    QCOMPARE(pane.stateLabel()->text(), QStringLiteral("State: In review"));
    QCOMPARE(buttonTexts(pane), QStringLiteral("Approve|Return for Changes…"));
    QVERIFY(pane.historyLabel()->text().contains(QStringLiteral("<b>Draft</b> → <b>In review</b> "
                                                                "by Test Analyst")));
    QCOMPARE(store->loadPostmortem(id)->root.text(Field::Status), WorkflowState::InReview);

    // A read-only database: the steps are shown but cannot be taken.
    pane.setReadOnly(true);
    QVERIFY(!pane.transitionButton(Transition::Approve)->isEnabled());
}

void TestReviewPane::approveOverFailingItemsAsksForJustification() {
    auto store = test::newStore();
    const QString id =
        store
            ->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("Bare")}})
            .value();
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    ReviewPane pane;
    pane.setDocument(&doc);
    QStringList asked;
    std::optional<QString> answer; // cancelled first
    pane.setReasonPrompt([&](Transition t, const QList<ChecklistItem>& failing) {
        QStringList keys;
        for (const ChecklistItem& i : failing)
            keys.append(i.key);
        asked.append(Workflow::key(t) + u':' + keys.join(u','));
        return answer;
    });
    pane.requestTransition(Transition::Submit);
    QVERIFY(asked.isEmpty()); // submitting needs no text
    pane.requestTransition(Transition::Approve);
    QCOMPARE(asked, QStringList{QStringLiteral("approve:impact_complete,timeline_phases")});
    QCOMPARE(doc.value(id, Field::Status).toString(), WorkflowState::InReview);

    answer = QStringLiteral("Impact is being measured by finance");
    pane.requestTransition(Transition::Approve);
    QCOMPARE(doc.value(id, Field::Status).toString(), WorkflowState::Approved);
    QCOMPARE(pane.stateLabel()->text(), QStringLiteral("State: Approved"));
    QCOMPARE(buttonTexts(pane), QStringLiteral("Publish|Reopen…"));
    QVERIFY(pane.historyLabel()->text().contains(
        QStringLiteral("Justification: Impact is being measured by finance")));
    QVERIFY(pane.historyLabel()->text().contains(
        QStringLiteral("Approved over: Impact complete; Timeline has detection and resolution")));
    QVERIFY(!pane.errorLabel()->isVisibleTo(&pane));
}

void TestReviewPane::reopenAsksForAReasonAndUnlocksTheEditor() {
    auto store = test::newStore();
    const QString id = test::completePostmortem(*store);
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    const Template* tmpl = test::builtinTemplates().find(QStringLiteral("standard"));
    QVERIFY(tmpl);
    PostmortemEditor editor;
    editor.setDocument(&doc, tmpl);
    editor.resize(1000, 700);
    editor.show();
    ReviewPane* pane = editor.reviewPane();
    QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(pane)), QStringLiteral("Re&view"));
    // The status is shown in the form but only the workflow changes it.
    QVERIFY(editor.fieldEditor(Field::Status));
    QVERIFY(!editor.fieldEditor(Field::Status)->widget()->isEnabled());
    QVERIFY(editor.fieldEditor(Field::Summary)->widget()->isEnabled());

    QString reason;
    pane->setReasonPrompt(
        [&](Transition, const QList<ChecklistItem>&) { return std::optional<QString>(reason); });
    pane->requestTransition(Transition::Submit);
    pane->requestTransition(Transition::Approve);
    QCOMPARE(doc.value(id, Field::Status).toString(), WorkflowState::Approved);
    // Approved: the whole form is read-only, with a banner that says how to change it.
    auto* summary = qobject_cast<QPlainTextEdit*>(editor.fieldEditor(Field::Summary)->widget());
    QVERIFY(summary);
    QVERIFY(summary->isReadOnly());
    bool bannerShown = false;
    for (QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->isVisible() &&
            label->text() ==
                QStringLiteral("This postmortem is approved and read-only; its actions can still "
                               "be followed up. Reopen it in the Review tab to change it."))
            bannerShown = true;
    }
    QVERIFY(bannerShown);
    // Its actions are still followed up: status and verification, not what was committed.
    ActionDetails* details = editor.actionsPane()->details();
    details->setAction(doc.postmortem().childrenOfKind(Kind::Action).first().id);
    QVERIFY(details->statusCombo()->isEnabled());
    QVERIFY(!details->ticketEdit()->isReadOnly());
    QVERIFY(details->titleEdit()->isReadOnly());
    QVERIFY(!details->ownerCombo()->isEnabled());
    // The step buttons stay usable: reopening is how the lock ends.
    QVERIFY(pane->transitionButton(Transition::Reopen)->isEnabled());

    reason.clear(); // an empty reason is refused by the workflow, and says so
    pane->requestTransition(Transition::Reopen);
    QVERIFY(pane->errorLabel()->isVisibleTo(pane));
    QCOMPARE(pane->errorLabel()->text(),
             QStringLiteral("Reopening “Outage” needs a written reason."));
    QCOMPARE(doc.value(id, Field::Status).toString(), WorkflowState::Approved);

    reason = QStringLiteral("The deploy at 09:40 was missing");
    pane->requestTransition(Transition::Reopen);
    QCOMPARE(doc.value(id, Field::Status).toString(), WorkflowState::Draft);
    QVERIFY(!summary->isReadOnly());
    QVERIFY(!editor.fieldEditor(Field::Status)->widget()->isEnabled());
    editor.setDocument(nullptr, nullptr);
}

void TestReviewPane::lateDueDateAndDoraDeadlines() {
    auto store = test::newStore();
    const QString id =
        store
            ->createPostmortem(
                QStringLiteral("regulated"),
                {{Field::Title, QStringLiteral("Payments")},
                 {Field::TimeZone, QStringLiteral("Europe/Berlin")},
                 {Field::IncidentEnd, QStringLiteral("2026-03-05T15:00:00Z")},
                 {QStringLiteral("classification_time"), QStringLiteral("2026-03-02T10:00:00Z")}})
            .value();
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    ReviewPane pane;
    pane.setDocument(&doc);
    pane.show();
    QVERIFY(pane.dueLabel()->text().startsWith(QStringLiteral("Late: the analysis was due "
                                                              "2026-03-12")));
    QCOMPARE(pane.dueLabel()->palette().color(QPalette::WindowText), ChecklistView::failColor());
    QVERIFY(pane.doraLabel()->isVisibleTo(&pane));
    QVERIFY2(pane.doraLabel()->text().contains(QStringLiteral("the detection time")),
             qPrintable(pane.doraLabel()->text()));

    doc.editField(id, QStringLiteral("phase_detected"), QStringLiteral("2026-03-02T08:00:00Z"));
    QTRY_VERIFY(pane.doraLabel()->text().contains(QStringLiteral("Initial report")));
    const QString dora = pane.doraLabel()->text();
    // 10:00 UTC + 4 h, in UTC and in Berlin (UTC+1 in March).
    QVERIFY2(dora.contains(QStringLiteral("2026-03-02 14:00")), qPrintable(dora));
    QVERIFY(dora.contains(QStringLiteral("2026-03-02 15:00")));
    QVERIFY(dora.contains(QStringLiteral("2026-03-05 14:00")));
    QVERIFY(dora.contains(QStringLiteral("2026-04-05 14:00")));

    // A due date set by hand in the future: not late, in the normal colour.
    doc.editField(id, ReviewRootField::AnalysisDue,
                  QDate::currentDate().addDays(3).toString(Qt::ISODate));
    QTRY_VERIFY(pane.dueLabel()->text().startsWith(QStringLiteral("Due ")));
    QVERIFY(pane.dueLabel()->palette().color(QPalette::WindowText) != ChecklistView::failColor());
}

void TestReviewPane::reasonDialogNeedsText() {
    ReviewReasonDialog reopen(Transition::Reopen, {});
    QPushButton* ok = reopen.buttons()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Reopen"));
    QVERIFY(!ok->isEnabled());
    reopen.editor()->setPlainText(QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    reopen.editor()->setPlainText(QStringLiteral(" Wrong root cause "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(reopen.reason(), QStringLiteral("Wrong root cause"));

    ChecklistItem failing;
    failing.key = ChecklistKey::OpenQuestions;
    failing.title = checklistTitle(failing.key);
    failing.state = ChecklistItem::State::Fail;
    failing.detail = QStringLiteral("Open questions: “Why?”.");
    ReviewReasonDialog approve(Transition::Approve, {failing});
    QVERIFY(!approve.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    const auto* list = approve.findChild<ChecklistView*>();
    QVERIFY(list);
    QCOMPARE(list->items().size(), 1);
    QCOMPARE(list->detailLabel(ChecklistKey::OpenQuestions)->text(),
             QStringLiteral("Open questions: “Why?”."));
    approve.editor()->setPlainText(QStringLiteral("Tracked as a follow-up"));
    QVERIFY(approve.buttons()->button(QDialogButtonBox::Ok)->isEnabled());

    // Returning for changes may go without a reason.
    ReviewReasonDialog back(Transition::Return, {});
    QVERIFY(back.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestReviewPane)
#include "test_reviewpane.moc"
