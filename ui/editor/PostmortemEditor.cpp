#include "editor/PostmortemEditor.h"

#include "actions/ActionsPane.h"
#include "bundle/ConflictsPane.h"
#include "causes/CausesPane.h"
#include "causes/FishboneView.h"
#include "coach/CoachHighlighter.h"
#include "coach/DocumentCoach.h"
#include "common/DisplayTimeZone.h"
#include "common/MarkingSelector.h"
#include "dashboard/SimilarIncidentsPanel.h"
#include "editing/PostmortemDocument.h"
#include "editor/FieldEditor.h"
#include "editor/ParticipantsWidget.h"
#include "meeting/MeetingPane.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"
#include "review/ReviewPane.h"
#include "review/Workflow.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

namespace {

// The fields that say which document this is and how it is marked as a whole: every
// report, at every level, shows them on its cover, so they are not marked one by one.
bool markable(const QString& key) {
    static const QStringList identity{Field::Template, Field::Title,          Field::Status,
                                      Field::Severity, Field::IncidentStart,  Field::IncidentEnd,
                                      Field::TimeZone, Field::Confidentiality};
    return !identity.contains(key);
}

} // namespace

PostmortemEditor::PostmortemEditor(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new TimelinePane(this))
    , m_causes(new CausesPane(this))
    , m_actions(new ActionsPane(this))
    , m_review(new ReviewPane(this))
    , m_conflicts(new ConflictsPane(this))
    , m_meeting(new MeetingPane(this)) {
    m_coach = new DocumentCoach(this);
    m_header->setWordWrap(true);
    m_header->setForegroundRole(QPalette::PlaceholderText);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(m_banner->fontMetrics().height() / 2);
    m_banner->hide();

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scroll, tr("&Report"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_causes, tr("&Causes"));
    m_tabs->addTab(m_actions, tr("&Actions"));
    m_tabs->addTab(m_review, tr("Re&view"));
    m_tabs->addTab(m_meeting, tr("&Meeting"));
    // The presenter points out the event or cause the facilitator selects.
    connect(m_timeline->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_meeting->session()->setFocusedRecord(
                    current.data(TimelineModel::IdRole).toString());
            });
    connect(m_causes->fishbone(), &FishboneView::causeSelected, m_meeting->session(),
            &MeetingSession::setFocusedRecord);
    m_tabs->setAccessibleName(tr("Postmortem sections"));
    // A facilitator who left the timeline open finds it there when they come back.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("editor/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("editor/tab"), index);
        if (m_tabs->widget(index) == m_review && !m_keysGiven) {
            m_keysGiven = true;
            m_review->setKeyStore(m_keys);
        }
        updateConflictsTab();
    });
    // After the restore above: a conflicts tab remembered from the last session may have
    // nothing to show now.
    m_tabs->addTab(m_conflicts, tr("Co&nflicts"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_conflicts), false);
    connect(m_conflicts, &ConflictsPane::countChanged, this, &PostmortemEditor::updateConflictsTab);
    layout->addWidget(m_tabs, 1);

    // The chain evidence → cause runs both ways: a cause shows its events on the timeline,
    // an event links to the causes that cite it.
    connect(m_causes, &CausesPane::evidenceActivated, this, [this](const QString& eventId) {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->revealEvent(eventId);
    });
    connect(m_timeline, &TimelinePane::causeActivated, this, [this](const QString& causeId) {
        m_tabs->setCurrentWidget(m_causes);
        m_causes->selectCause(causeId);
    });

    // Tabbing through a long form must never leave the focused field out of sight.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_scroll->widget() && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });
}

PostmortemEditor::~PostmortemEditor() {
    // Destroying the focused form moves the focus while ~QWidget runs, when the members the
    // focus handler uses are already gone.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void PostmortemEditor::setDocument(PostmortemDocument* document, const Template* tmpl) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_editors.clear();
    m_markings.clear();
    m_order.clear();
    m_participants = nullptr;
    delete m_scroll->takeWidget();
    m_timeline->setDocument(m_doc && tmpl ? m_doc.data() : nullptr);
    m_causes->setDocument(m_doc && tmpl ? m_doc.data() : nullptr, tmpl);
    m_actions->setDocument(m_doc && tmpl ? m_doc.data() : nullptr);
    m_review->setDocument(m_doc && tmpl ? m_doc.data() : nullptr);
    m_conflicts->setDocument(m_doc && tmpl ? m_doc.data() : nullptr, tmpl);
    m_meeting->setDocument(m_doc && tmpl ? m_doc.data() : nullptr, tmpl);
    if (m_tabs->currentWidget() == m_conflicts && m_conflicts->openCount() == 0)
        m_tabs->setCurrentIndex(0);
    updateConflictsTab();
    if (!m_doc || !tmpl) {
        m_coach->setDocument(nullptr);
        m_header->clear();
        return;
    }
    m_header->setText(tr("Template: %1. Changes are saved automatically.").arg(tmpl->name));
    m_coach->setDocument(m_doc);
    build(*tmpl);
    connect(m_doc, &PostmortemDocument::fieldChanged, this, &PostmortemEditor::onFieldChanged);
    const QString root = m_doc->id();
    for (FieldEditor* editor : std::as_const(m_order))
        editor->setValue(m_doc->value(root, editor->field().key));
    showFieldMarkings();
    applyTimeZone();
    // Approving or reopening in the Review tab locks or unlocks every other tab.
    connect(m_doc, &PostmortemDocument::readOnlyChanged, this, &PostmortemEditor::applyReadOnly);
    applyReadOnly();
}

void PostmortemEditor::build(const Template& tmpl) {
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    // Earlier incidents like this one, so a recurrence can be confirmed while writing.
    auto* similar = new SimilarIncidentsPanel(page);
    similar->setDocument(m_doc);
    pageLayout->addWidget(similar);
    for (const TemplateSection& section : tmpl.sections) {
        auto* group = new QGroupBox(section.title, page);
        group->setAccessibleName(section.title);
        pageLayout->addWidget(group);
        if (section.kind == u"participants") {
            m_participants = new ParticipantsWidget(group);
            m_participants->setDocument(m_doc);
            auto* box = new QVBoxLayout(group);
            box->addWidget(m_participants);
            continue;
        }
        auto* form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        // Narrow windows and large fonts put labels above their fields instead of clipping.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const TemplateField& field : section.fields) {
            FieldEditor* editor = FieldEditor::create(field, group);
            // Narrative paragraphs get the language coach's underlines as the user types.
            if (auto* text = qobject_cast<QPlainTextEdit*>(editor->widget()))
                CoachHighlighter::attach(text, m_coach);
            m_editors.insert(field.key, editor);
            m_order.append(editor);
            const QString labelText = field.required ? tr("%1 *").arg(field.label) : field.label;
            auto* label = new QLabel(labelText, group);
            label->setBuddy(editor->widget()->focusProxy() ? editor->widget()->focusProxy()
                                                           : editor->widget());
            label->setToolTip(field.help);
            if (field.key == Field::Status)
                editor->widget()->setToolTip(
                    tr("The status changes through the review workflow in the Review tab."));
            MarkingSelector* marking = nullptr;
            if (markable(field.key)) {
                marking = new MarkingSelector(field.label, group);
                m_markings.insert(field.key, marking);
                const QString key = field.key;
                connect(marking, &MarkingSelector::levelChosen, this,
                        [this, key](const QString& level) { markField(key, level); });
            }
            if (field.type == FieldType::Text) {
                // Paragraphs get the full width; a label column would waste it. The marking
                // goes at the end of the label's line, where it does not narrow the text.
                if (marking) {
                    auto* heading = new QHBoxLayout;
                    heading->addWidget(label);
                    heading->addStretch(1);
                    heading->addWidget(marking);
                    form->addRow(heading);
                } else {
                    form->addRow(label);
                }
                form->addRow(editor->widget());
            } else if (marking) {
                auto* row = new QHBoxLayout;
                row->addWidget(editor->widget(), 1);
                row->addWidget(marking);
                form->addRow(label, row);
            } else {
                form->addRow(label, editor->widget());
            }
            connect(editor, &FieldEditor::edited, this, [this, editor](const QJsonValue& value) {
                // The status is never edited here: it changes through the review workflow.
                if (m_doc && !m_readOnly && editor->field().key != Field::Status)
                    m_doc->editField(m_doc->id(), editor->field().key, value);
            });
        }
    }
    pageLayout->addStretch(1);
    m_scroll->setWidget(page);
}

void PostmortemEditor::onFieldChanged(const QString& recordId, const QString& field) {
    if (!m_doc || recordId != m_doc->id())
        return;
    if (FieldEditor* editor = m_editors.value(field))
        editor->setValue(m_doc->value(recordId, field));
    if (field == Field::TimeZone)
        applyTimeZone();
    if (field == ConfidentialityField::FieldMarkings)
        showFieldMarkings();
}

void PostmortemEditor::showFieldMarkings() {
    if (!m_doc)
        return;
    const QMap<QString, QString> marked = fieldConfidentiality(m_doc->postmortem().root);
    for (auto it = m_markings.cbegin(); it != m_markings.cend(); ++it)
        it.value()->setLevel(marked.value(it.key()));
}

void PostmortemEditor::markField(const QString& key, const QString& level) {
    if (!m_doc || m_readOnly)
        return;
    // One list holds the markings of every field: an edit replaces the list, so undo puts
    // back exactly the markings that were there. A named batch, not editField: marking two
    // fields in a row must stay two undo steps, and single edits of one field merge.
    const FieldEditor* editor = m_editors.value(key);
    const QString label = editor ? editor->field().label : key;
    m_doc->editFields({{m_doc->id(), ConfidentialityField::FieldMarkings,
                        markFieldConfidentiality(m_doc->postmortem().root, key, level)}},
                      level.isEmpty() ? tr("Unmark %1").arg(label)
                                      : tr("Mark %1 %2").arg(label, markingName(level)));
}

void PostmortemEditor::applyTimeZone() {
    if (!m_doc)
        return;
    const QTimeZone zone = displayTimeZone(m_doc->value(m_doc->id(), Field::TimeZone).toString());
    for (FieldEditor* editor : std::as_const(m_order))
        editor->setTimeZone(zone);
}

void PostmortemEditor::setReadOnlyReason(const QString& reason) {
    m_readOnlyReason = reason;
    applyReadOnly();
}

void PostmortemEditor::applyReadOnly() {
    QString reason = m_readOnlyReason;
    if (reason.isEmpty() && m_doc && m_doc->isLocked())
        reason = tr("This postmortem is %1 and read-only; its actions can still be followed up. "
                    "Reopen it in the Review tab to change it.")
                     .arg(Workflow::stateName(Workflow::stateOf(m_doc->postmortem())).toLower());
    m_readOnly = !reason.isEmpty();
    m_banner->setText(reason);
    m_banner->setVisible(m_readOnly);
    for (FieldEditor* editor : std::as_const(m_order))
        editor->setReadOnly(m_readOnly || editor->field().key == Field::Status);
    for (MarkingSelector* marking : std::as_const(m_markings))
        marking->setEnabled(!m_readOnly);
    if (m_participants)
        m_participants->setReadOnly(m_readOnly);
    m_timeline->setReadOnly(m_readOnly);
    m_causes->setReadOnly(m_readOnly);
    m_meeting->setReadOnly(m_readOnly);
    // An approved postmortem still follows its actions up; a read-only database or the trash
    // does not.
    m_actions->setReadOnly(m_readOnly, m_readOnlyReason.isEmpty());
    if (auto* similar = m_scroll->findChild<SimilarIncidentsPanel*>())
        similar->setReadOnly(m_readOnly);
    // Only a read-only database stops the workflow: reopening is how a lock ends.
    m_review->setReadOnly(!m_readOnlyReason.isEmpty());
    // An approved postmortem refuses resolutions with the store's reason, conflict by conflict.
    m_conflicts->setReadOnlyReason(m_readOnlyReason);
}

void PostmortemEditor::updateConflictsTab() {
    const int index = m_tabs->indexOf(m_conflicts);
    const int count = m_conflicts->openCount();
    m_tabs->setTabText(index, count > 0 ? tr("Co&nflicts (%1)").arg(count) : tr("Co&nflicts"));
    // The last conflict resolved leaves the tab in place until the user moves on.
    m_tabs->setTabVisible(index, count > 0 || m_tabs->currentIndex() == index);
}

void PostmortemEditor::showTimeline() {
    m_tabs->setCurrentWidget(m_timeline);
}

void PostmortemEditor::showCauses() {
    m_tabs->setCurrentWidget(m_causes);
}

void PostmortemEditor::setKeyStore(KeyStore* keys) {
    m_keys = keys;
    m_keysGiven = m_tabs->currentWidget() == m_review;
    if (m_keysGiven)
        m_review->setKeyStore(m_keys);
}

void PostmortemEditor::showReview() {
    m_tabs->setCurrentWidget(m_review);
}

void PostmortemEditor::showConflicts() {
    m_tabs->setTabVisible(m_tabs->indexOf(m_conflicts), true);
    m_tabs->setCurrentWidget(m_conflicts);
}

void PostmortemEditor::showMeeting() {
    m_tabs->setCurrentWidget(m_meeting);
}

void PostmortemEditor::showActions() {
    m_tabs->setCurrentWidget(m_actions);
}

void PostmortemEditor::focusFirstField() {
    if (!m_order.isEmpty())
        m_order.first()->widget()->setFocus(Qt::OtherFocusReason);
}

} // namespace causeway
