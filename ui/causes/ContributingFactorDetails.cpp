#include "causes/ContributingFactorDetails.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/LinkEvidenceDialog.h"
#include "causes/Traceability.h"
#include "coach/CoachHighlighter.h"
#include "coach/DocumentCoach.h"
#include "common/DisplayTimeZone.h"
#include "common/MarkingSelector.h"
#include "common/PaperclipIcon.h"
#include "editor/FieldEditor.h"
#include "model/Fields.h"
#include "model/TemplateText.h"
#include "report/Confidentiality.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace causeway {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEventRole = Qt::UserRole + 2; // the event to show on the timeline

} // namespace

ContributingFactorDetails::ContributingFactorDetails(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_marking(new MarkingSelector(tr("the cause"), this))
    , m_evidenceTitle(new QLabel(this))
    , m_evidence(new QTreeWidget(this))
    , m_link(new QPushButton(tr("&Link Evidence…"), this))
    , m_unlink(new QPushButton(tr("&Unlink"), this))
    , m_show(new QPushButton(tr("Show on &Timeline"), this)) {
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind->setAccessibleName(tr("Kind of cause"));
    for (const QString& k : CauseVocabulary::kinds())
        m_kind->addItem(CauseVocabulary::kindName(k), k);
    connect(m_kind, &QComboBox::activated, this, &ContributingFactorDetails::onKindChosen);
    m_category->setAccessibleName(tr("Fishbone category"));
    connect(m_category, &QComboBox::activated, this, &ContributingFactorDetails::onCategoryChosen);
    m_coach = new DocumentCoach(this);
    CoachHighlighter::attach(m_notes, m_coach);
    m_notes->setAccessibleName(tr("Notes on the cause"));
    m_notes->setPlaceholderText(tr("What the group learned about this cause"));
    m_notes->setTabChangesFocus(true);
    m_notes->setUndoRedoEnabled(false);
    routeUndoToDocument(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContributingFactorDetails::onNotesEdited);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto* categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_category);
    auto* notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(kindLabel, m_kind);
    form->addRow(categoryLabel, m_category);
    form->addRow(notesLabel, m_notes);
    auto* markingLabel = new QLabel(tr("&Marking:"), this);
    markingLabel->setBuddy(m_marking);
    markingLabel->setToolTip(markingExplanation());
    form->addRow(markingLabel, m_marking);
    connect(m_marking, &MarkingSelector::levelChosen, this,
            &ContributingFactorDetails::onMarkingChosen);

    auto* evidenceBox = new QWidget(this);
    buildEvidence(evidenceBox);

    // Fields on the left, evidence on the right: the table above takes the height, and the
    // evidence list needs the width for descriptions.
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 2);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addWidget(evidenceBox, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    refresh();
}

void ContributingFactorDetails::buildEvidence(QWidget* box) {
    m_evidenceTitle->setText(tr("Evidence:"));
    m_evidenceTitle->setBuddy(m_evidence);
    m_evidence->setAccessibleName(tr("Evidence the cause cites"));
    m_evidence->setColumnCount(EvidenceColumnCount);
    m_evidence->setHeaderLabels({tr("Time or SHA-256"), tr("Event or attachment")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setAllColumnsShowFocus(true);
    m_evidence->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_evidence->header()->setStretchLastSection(true);
    m_evidence->header()->resizeSection(WhenColumn, fontMetrics().averageCharWidth() * 24);
    connect(m_evidence, &QTreeWidget::itemSelectionChanged, this,
            &ContributingFactorDetails::updateButtons);
    connect(m_evidence, &QTreeWidget::itemActivated, this,
            &ContributingFactorDetails::showCurrentOnTimeline);

    m_link->setToolTip(tr("Choose the timeline events this cause rests on"));
    m_unlink->setToolTip(tr("Stop citing the selected evidence (the timeline keeps it)"));
    m_show->setToolTip(tr("Select the event on the timeline"));
    connect(m_link, &QPushButton::clicked, this, &ContributingFactorDetails::chooseEvidence);
    connect(m_unlink, &QPushButton::clicked, this, &ContributingFactorDetails::unlinkSelected);
    connect(m_show, &QPushButton::clicked, this, &ContributingFactorDetails::showCurrentOnTimeline);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_evidenceTitle);
    layout->addWidget(m_evidence, 1);
    layout->addLayout(buttons);
}

void ContributingFactorDetails::setDocument(PostmortemDocument* document, const Template* tmpl) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_template = tmpl;
    m_causeId.clear();
    m_coach->setDocument(document);
    if (m_doc) {
        m_zone = displayTimeZone(m_doc->postmortem().root.text(Field::TimeZone));
        connect(m_doc, &PostmortemDocument::fieldChanged, this,
                &ContributingFactorDetails::onFieldChanged);
        // Evidence appears and goes with its records (trash, undo of a trash, an import).
        connect(m_doc, &PostmortemDocument::childAdded, this, &ContributingFactorDetails::refresh);
        connect(m_doc, &PostmortemDocument::childRemoved, this,
                &ContributingFactorDetails::refresh);
        connect(m_doc, &PostmortemDocument::childrenReset, this,
                &ContributingFactorDetails::refresh);
    }
    refresh();
}

void ContributingFactorDetails::setCause(const QString& causeId) {
    if (causeId == m_causeId)
        return;
    m_causeId = causeId;
    refresh();
}

void ContributingFactorDetails::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    refresh();
}

const Record* ContributingFactorDetails::cause() const {
    const Record* r = m_doc && !m_causeId.isEmpty() ? m_doc->record(m_causeId) : nullptr;
    return r && !r->deleted && r->kind == Kind::Cause ? r : nullptr;
}

bool ContributingFactorDetails::editable() const {
    return cause() && !m_readOnly && !m_doc->isReadOnly();
}

QStringList ContributingFactorDetails::evidenceIds() const {
    const Record* r = cause();
    return r ? r->list(CauseField::Evidence) : QStringList();
}

void ContributingFactorDetails::onFieldChanged(const QString& recordId, const QString& field) {
    if (recordId == m_causeId) {
        refreshFields();
        if (field == CauseField::Category || field == CauseField::OnFishbone)
            refreshCategories();
        if (field == CauseField::Evidence)
            refreshEvidence();
    } else if (m_doc && recordId == m_doc->id()) {
        if (field == CauseRootField::Categories)
            refreshCategories();
        if (field == Field::TimeZone) {
            m_zone = displayTimeZone(m_doc->postmortem().root.text(Field::TimeZone));
            refreshEvidence();
        }
    } else if (evidenceIds().contains(recordId)) {
        refreshEvidence(); // a cited event's time or description
    }
}

void ContributingFactorDetails::refresh() {
    refreshFields();
    refreshCategories();
    refreshEvidence();
}

void ContributingFactorDetails::refreshFields() {
    const Record* r = cause();
    const bool enabled = editable();
    if (!r) {
        m_title->setText(m_doc ? tr("Select a cause to see its evidence and notes.") : QString());
    } else {
        const QString statement = r->text(CauseField::Statement).simplified();
        m_title->setText(statement.isEmpty() ? tr("(no statement yet)") : statement);
    }
    const Cause c = r ? Cause::fromRecord(*r) : Cause();
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(r ? m_kind->findData(c.kind) : -1);
    }
    if (m_notes->toPlainText() != c.notes) {
        // Keeps the cursor where the user left it when undo changes the text under it.
        const QSignalBlocker blocker(m_notes);
        const int cursor = m_notes->textCursor().position();
        m_notes->setPlainText(c.notes);
        QTextCursor restored = m_notes->textCursor();
        restored.setPosition(qMin(cursor, int(c.notes.size())));
        m_notes->setTextCursor(restored);
    }
    m_marking->setLevel(r ? recordConfidentiality(*r) : QString());
    m_kind->setEnabled(enabled);
    m_category->setEnabled(enabled);
    m_marking->setEnabled(enabled);
    m_notes->setEnabled(r != nullptr);
    m_notes->setReadOnly(!enabled);
}

void ContributingFactorDetails::refreshCategories() {
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    const Record* r = cause();
    if (!m_doc || !r)
        return;
    m_category->addItem(tr("Not on the fishbone"), QString());
    QStringList categories = causeCategories(m_doc->postmortem(), m_template);
    const Cause c = Cause::fromRecord(*r);
    // A category renamed or removed elsewhere (another machine's merge) still shows.
    if (c.onFishbone && !c.category.isEmpty() && !categories.contains(c.category))
        categories.append(c.category);
    for (const QString& category : std::as_const(categories))
        m_category->addItem(templateText(category), category);
    m_category->setCurrentIndex(c.onFishbone ? m_category->findData(c.category) : 0);
}

void ContributingFactorDetails::refreshEvidence() {
    const QStringList before = selectedEvidence();
    const QSignalBlocker blocker(m_evidence);
    m_evidence->clear();
    const Record* r = cause();
    const QStringList ids = evidenceIds();
    if (r) {
        const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (const QString& id : ids) {
            auto* item = new QTreeWidgetItem(m_evidence);
            item->setData(WhenColumn, kIdRole, id);
            const Record* e = m_doc->record(id);
            const bool live = e && !e->deleted;
            if (live && e->kind == Kind::Event) {
                const TimelineEvent event = TimelineEvent::fromRecord(*e);
                item->setText(WhenColumn, event.time.isValid() ? formatDateTime(event.time, m_zone)
                                                               : tr("No time"));
                item->setText(WhatColumn, event.description.simplified());
                item->setToolTip(WhatColumn, event.description);
                item->setData(WhenColumn, kEventRole, id);
            } else if (live && e->kind == Kind::Attachment) {
                const Attachment a = Attachment::fromRecord(*e);
                item->setText(WhenColumn, a.sha256.left(12) + QStringLiteral("…"));
                item->setFont(WhenColumn, mono);
                item->setToolTip(WhenColumn, tr("SHA-256 %1").arg(a.sha256));
                item->setText(WhatColumn, a.name);
                item->setIcon(WhatColumn, paperclipIcon());
                item->setData(WhenColumn, kEventRole, eventOfEvidence(m_doc->postmortem(), id));
            } else {
                item->setText(WhenColumn, id.left(8));
                item->setText(WhatColumn, tr("Not on the timeline (in the trash or not imported)"));
                for (int c = 0; c < EvidenceColumnCount; ++c)
                    item->setForeground(c, palette().brush(QPalette::PlaceholderText));
            }
        }
    }
    m_evidenceTitle->setText(r ? tr("&Evidence (%1):").arg(ids.size()) : tr("&Evidence:"));
    // The selection survives an edit elsewhere, so Unlink and Show act on what the user chose.
    for (int row = 0; row < m_evidence->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_evidence->topLevelItem(row);
        if (!before.contains(item->data(WhenColumn, kIdRole).toString()))
            continue;
        if (!m_evidence->currentItem())
            m_evidence->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        item->setSelected(true);
    }
    updateButtons();
}

void ContributingFactorDetails::updateButtons() {
    const bool enabled = editable();
    m_link->setEnabled(enabled);
    m_unlink->setEnabled(enabled && !m_evidence->selectedItems().isEmpty());
    const QTreeWidgetItem* current = m_evidence->currentItem();
    m_show->setEnabled(current && current->isSelected() &&
                       !current->data(WhenColumn, kEventRole).toString().isEmpty());
}

QStringList ContributingFactorDetails::selectedEvidence() const {
    QStringList out;
    for (int row = 0; row < m_evidence->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_evidence->topLevelItem(row);
        if (item->isSelected())
            out.append(item->data(WhenColumn, kIdRole).toString());
    }
    return out;
}

void ContributingFactorDetails::setCurrentEvidence(const QString& evidenceId) {
    for (int row = 0; row < m_evidence->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_evidence->topLevelItem(row);
        if (item->data(WhenColumn, kIdRole).toString() == evidenceId) {
            m_evidence->setCurrentItem(item);
            return;
        }
    }
}

void ContributingFactorDetails::onKindChosen(int index) {
    const QString kind = m_kind->itemData(index).toString();
    const Record* r = cause();
    if (!editable() || kind.isEmpty() || Cause::fromRecord(*r).kind == kind)
        return;
    m_doc->editField(m_causeId, CauseField::Kind, kind);
}

void ContributingFactorDetails::onCategoryChosen(int index) {
    if (!editable())
        return;
    const QString category = m_category->itemData(index).toString();
    const Cause c = Cause::fromRecord(*cause());
    if (category.isEmpty()) {
        if (c.onFishbone)
            m_doc->editField(m_causeId, CauseField::OnFishbone, false);
    } else if (!c.onFishbone || c.category != category) {
        CauseEditing::setCauseCategory(*m_doc, m_causeId, category);
    }
}

void ContributingFactorDetails::onNotesEdited() {
    if (!editable())
        return;
    const QString text = m_notes->toPlainText();
    if (cause()->text(CauseField::Notes) != text)
        m_doc->editField(m_causeId, CauseField::Notes, text);
}

void ContributingFactorDetails::onMarkingChosen(const QString& level) {
    if (!editable())
        return;
    if (recordConfidentiality(*cause()) != level)
        m_doc->editField(m_causeId, ConfidentialityField::Record,
                         level.isEmpty() ? QJsonValue() : QJsonValue(level));
}

void ContributingFactorDetails::linkEvents(const QStringList& eventIds) {
    if (!editable())
        return;
    const QStringList current = evidenceIds();
    QStringList next;
    // What is not a live event stays cited: attachments are linked on the timeline, and a
    // record not on this machine may arrive with the next bundle.
    for (const QString& id : current) {
        const Record* r = m_doc->record(id);
        const bool event = r && !r->deleted && r->kind == Kind::Event;
        if (!event || eventIds.contains(id))
            next.append(id);
    }
    for (const QString& id : eventIds) {
        if (!next.contains(id))
            next.append(id);
    }
    if (next != current)
        CauseEditing::setEvidence(*m_doc, m_causeId, next);
}

void ContributingFactorDetails::chooseEvidence() {
    if (!editable())
        return;
    LinkEvidenceDialog dialog(m_doc->postmortem(), evidenceIds(), m_zone, this);
    if (dialog.exec() == QDialog::Accepted && editable())
        linkEvents(dialog.chosenEvents());
}

void ContributingFactorDetails::unlinkSelected() {
    const QStringList selected = selectedEvidence();
    if (!editable() || selected.isEmpty())
        return;
    QStringList next = evidenceIds();
    for (const QString& id : selected)
        next.removeAll(id);
    CauseEditing::setEvidence(*m_doc, m_causeId, next);
}

void ContributingFactorDetails::showCurrentOnTimeline() {
    const QTreeWidgetItem* item = m_evidence->currentItem();
    const QString event = item ? item->data(WhenColumn, kEventRole).toString() : QString();
    if (!event.isEmpty())
        Q_EMIT evidenceActivated(event);
}

} // namespace causeway
