#include "timeline/TimelinePane.h"

#include "coach/CoachTextDelegate.h"
#include "coach/DocumentCoach.h"
#include "common/MarkingSelector.h"
#include "model/CanonicalJson.h"
#include "report/Confidentiality.h"
#include "timeline/CitingCausesLabel.h"
#include "timeline/EvidenceList.h"
#include "timeline/PhaseMarkers.h"
#include "timeline/PhaseMetricsStrip.h"
#include "timeline/Phases.h"
#include "timeline/QuickCapture.h"
#include "timeline/TimeEditDelegate.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineGraphicsView.h"
#include "timeline/TimelineModel.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

TimelinePane::TimelinePane(QWidget* parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_filter(new TimelineFilterModel(this))
    , m_table(new QTableView(this))
    , m_graph(new TimelineGraphicsView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_capture(new QLineEdit(this))
    , m_captureStatus(new QLabel(this))
    , m_timeDelegate(new TimeEditDelegate(m_model, this))
    , m_coach(new DocumentCoach(this))
    , m_delete(new QAction(tr("&Delete Events"), this))
    , m_phaseStrip(new PhaseMetricsStrip(this))
    , m_evidence(new EvidenceList(this))
    , m_citing(new CitingCausesLabel(this))
    , m_marking(new MarkingSelector(tr("the current event"), this)) {
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Timeline events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fitting a column to its contents measures the rows in view and a few more, not 1,000
    // rows per column (Qt's default precision), several times over while the table opens.
    header->setResizeContentsPrecision(64);
    header->setSectionResizeMode(TimelineModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TimelineModel::KeyEventColumn, QHeaderView::ResizeToContents);
    const int ch = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(TimelineModel::TimeColumn, 20 * ch);
    header->resizeSection(TimelineModel::EndColumn, 20 * ch);
    header->resizeSection(TimelineModel::KindColumn, 16 * ch);
    header->resizeSection(TimelineModel::SourceColumn, 14 * ch);
    header->resizeSection(TimelineModel::ActorColumn, 14 * ch);
    m_table->setItemDelegateForColumn(TimelineModel::DescriptionColumn,
                                      new CoachTextDelegate(m_coach, this));
    m_table->setItemDelegateForColumn(TimelineModel::TimeColumn, m_timeDelegate);
    m_table->setItemDelegateForColumn(TimelineModel::EndColumn, m_timeDelegate);
    m_table->setItemDelegateForColumn(
        TimelineModel::KindColumn,
        new ChoiceDelegate(EventVocabulary::kinds(), &EventVocabulary::kindName, this));
    m_table->setItemDelegateForColumn(
        TimelineModel::SourceColumn,
        new ChoiceDelegate(EventVocabulary::sources(), &EventVocabulary::sourceName, this));
    m_table->setItemDelegateForColumn(TimelineModel::MarkingColumn,
                                      new ChoiceDelegate(markingLevels(), &markingName, this));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { showContextMenu(m_table->viewport()->mapToGlobal(pos)); });

    m_graph->setModels(m_filter, m_table->selectionModel(), m_model);
    m_graph->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_graph, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { showContextMenu(m_graph->viewport()->mapToGlobal(pos)); });

    // Delete belongs to the table and the drawing: in a text field it deletes a character.
    m_delete->setShortcuts(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &TimelinePane::deleteSelected);
    m_table->addAction(m_delete);
    m_graph->addAction(m_delete);
    buildPhaseActions();

    connect(m_model, &TimelineModel::displayChanged, this, &TimelinePane::fitColumns);
    connect(m_timeDelegate, &TimeEditDelegate::inputRejected, m_captureStatus, &QLabel::setText);

    auto* filters = new QWidget(this);
    buildFilters(filters);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_graph);
    // The causes citing the event sit with its evidence: both answer "what do we know from
    // this event".
    auto* evidenceBox = new QWidget(this);
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    // The marking sits with the evidence: both are about the one event in hand, and what
    // a report leaves out is decided there.
    auto* markingRow = new QHBoxLayout;
    auto* markingLabel = new QLabel(tr("Event &marking:"), evidenceBox);
    markingLabel->setBuddy(m_marking);
    markingLabel->setToolTip(markingExplanation());
    markingRow->addWidget(markingLabel);
    markingRow->addWidget(m_marking);
    markingRow->addStretch(1);
    evidenceLayout->addLayout(markingRow);
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addWidget(m_citing);
    connect(m_citing, &CitingCausesLabel::causeActivated, this, &TimelinePane::causeActivated);
    m_splitter->addWidget(evidenceBox);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    // The table is where the meeting works, the drawing next; the evidence of one event needs
    // a few lines. Proportions, scaled to the window (a laptop or a projector alike).
    m_splitter->setSizes({50, 32, 18});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelinePane::showEvidenceOfCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelinePane::showEvidenceOfCurrent);
    m_splitter->setChildrenCollapsible(false);
    connect(m_marking, &MarkingSelector::levelChosen, this, [this](const QString& level) {
        if (m_doc && !m_readOnly && !m_currentEvent.isEmpty())
            m_doc->editField(m_currentEvent, ConfidentialityField::Record,
                             level.isEmpty() ? QJsonValue() : QJsonValue(level));
    });
    // The selector follows undo, redo and edits in the table's Marking column.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePane::showMarkingOfCurrent);

    m_capture->setPlaceholderText(
        tr("Quick capture: \"14:05 paged the on-call\", Enter to add; Ctrl+Enter adds at the "
           "current time"));
    m_capture->setAccessibleName(tr("Quick capture"));
    m_capture->setClearButtonEnabled(true);
    m_capture->installEventFilter(this);
    m_captureStatus->setWordWrap(true);
    m_captureStatus->setForegroundRole(QPalette::PlaceholderText);
    m_captureStatus->setAccessibleName(tr("Quick capture status"));
    auto* captureLabel = new QLabel(tr("&Capture:"), this);
    captureLabel->setBuddy(m_capture);

    auto* captureRow = new QHBoxLayout;
    captureRow->addWidget(captureLabel);
    captureRow->addWidget(m_capture, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filters);
    layout->addWidget(m_phaseStrip);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(captureRow);
    layout->addWidget(m_captureStatus);

    setAcceptDrops(true);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TimelinePane::applyFilters);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::applyFilters);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TimelinePane::applyFilters);
}

void TimelinePane::buildFilters(QWidget* row) {
    m_search = new QLineEdit(row);
    m_search->setPlaceholderText(tr("Filter by text"));
    m_search->setAccessibleName(tr("Filter events by text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    m_kindFilter = new QComboBox(row);
    m_kindFilter->setAccessibleName(tr("Filter by kind"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString& k : EventVocabulary::kinds())
        m_kindFilter->addItem(EventVocabulary::kindName(k), k);
    m_sourceFilter = new QComboBox(row);
    m_sourceFilter->setAccessibleName(tr("Filter by source"));
    m_sourceFilter->addItem(tr("All sources"), QString());
    for (const QString& s : EventVocabulary::sources())
        m_sourceFilter->addItem(EventVocabulary::sourceName(s), s);
    m_zone = new QComboBox(row);
    m_zone->setAccessibleName(tr("Time zone of the timeline"));
    m_zone->addItem(tr("Postmortem zone"), int(TimelineZone::Reference));
    m_zone->setItemData(0, tr("The postmortem's own time zone"), Qt::ToolTipRole);
    m_zone->addItem(tr("UTC"), int(TimelineZone::Utc));
    m_zone->addItem(tr("Local"), int(TimelineZone::Local));
    m_count = new QLabel(row);
    m_count->setAccessibleName(tr("Number of events"));
    auto* zoneLabel = new QLabel(tr("&Zone:"), row);
    zoneLabel->setBuddy(m_zone);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_kindFilter, 1);
    layout->addWidget(m_sourceFilter, 1);
    layout->addWidget(m_count);
    layout->addStretch(0);
    layout->addWidget(zoneLabel);
    layout->addWidget(m_zone);

    connect(m_search, &QLineEdit::textChanged, this, &TimelinePane::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &TimelinePane::applyFilters);
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, &TimelinePane::applyFilters);
    connect(m_zone, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setZoneMode(TimelineZone(m_zone->currentData().toInt())); });
}

void TimelinePane::applyFilters() {
    const QSignalBlocker blocker(m_filter);
    const QString kind = m_kindFilter->currentData().toString();
    const QString source = m_sourceFilter->currentData().toString();
    m_filter->setKinds(kind.isEmpty() ? QSet<QString>() : QSet<QString>{kind});
    m_filter->setSources(source.isEmpty() ? QSet<QString>() : QSet<QString>{source});
    m_filter->setText(m_search->text());
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n event(s)", "", total)
                                    : tr("%1 of %n event(s)", "", total).arg(shown));
}

void TimelinePane::setDocument(PostmortemDocument* document) {
    m_doc = document;
    m_currentEvent.clear();
    m_model->setDocument(document);
    m_phaseStrip->setSources(document, m_model);
    m_evidence->setDocument(document);
    m_citing->setDocument(document);
    m_coach->setDocument(document);
    fitColumns();
    m_zone->setItemText(0, QString::fromUtf8(m_model->referenceZone().id()));
    applyFilters();
}

void TimelinePane::fitColumns() {
    // Measures the rows in view only, so it stays cheap with 10,000 events; the description
    // takes the remaining width.
    for (int c = 0; c < TimelineModel::ColumnCount; ++c) {
        if (c != TimelineModel::DescriptionColumn && c != TimelineModel::KeyEventColumn)
            m_table->resizeColumnToContents(c);
    }
}

void TimelinePane::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_capture->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly);
    for (QAction* action : std::as_const(m_phaseActions))
        action->setEnabled(!readOnly);
    m_evidence->setReadOnly(readOnly);
    showMarkingOfCurrent();
}

bool TimelinePane::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_capture && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const bool now = key->modifiers() & Qt::ControlModifier;
            if (!capture(m_capture->text(), now).isEmpty())
                m_capture->clear();
            return true; // focus stays in the line for the next event
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString TimelinePane::capture(const QString& line, bool now) {
    if (!m_doc || m_readOnly)
        return {};
    QDateTime time;
    QString description;
    if (now) {
        time = QDateTime::currentDateTimeUtc();
        description = line.trimmed();
    } else {
        const QuickCapture parsed =
            parseQuickCapture(line, m_model->referenceZone(), m_model->referenceTime());
        if (!parsed.error.isEmpty()) {
            m_captureStatus->setText(parsed.error);
            return {};
        }
        if (!parsed.time.isValid()) {
            m_captureStatus->setText(tr("Start the line with a time (14:05, 2026-03-02 14:05, "
                                        "+5m), or press Ctrl+Enter to add it at the current "
                                        "time."));
            return {};
        }
        time = parsed.time;
        description = parsed.description;
    }
    if (description.isEmpty()) {
        m_captureStatus->setText(tr("Type what happened after the time."));
        return {};
    }
    TimelineEvent e;
    e.time = time.toUTC();
    e.description = description;
    const QString id = m_doc->addChild(Kind::Event, e.toFields());
    if (id.isEmpty())
        return {};
    m_captureStatus->setText(tr("Added at %1: %2").arg(m_model->formatTime(e.time), description));
    selectId(id);
    return id;
}

void TimelinePane::selectId(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QStringList TimelinePane::selectedIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        ids.append(i.data(TimelineModel::IdRole).toString());
    return ids;
}

void TimelinePane::deleteSelected() {
    if (!m_doc || m_readOnly)
        return;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_doc->removeChildren(ids, tr("Delete %n event(s)", "", int(ids.size())));
}

void TimelinePane::setKindOfSelected(const QString& kind) {
    if (!m_doc || m_readOnly)
        return;
    QList<PostmortemDocument::FieldEdit> edits;
    const QStringList ids = selectedIds();
    for (const QString& id : ids)
        edits.append({id, EventField::Kind, kind});
    m_doc->editFields(edits, tr("Set kind of %n event(s)", "", int(ids.size())));
}

void TimelinePane::shiftSelected(qint64 seconds) {
    if (!m_doc || m_readOnly || seconds == 0)
        return;
    QList<PostmortemDocument::FieldEdit> edits;
    const QStringList ids = selectedIds();
    for (const QString& id : ids) {
        const TimelineEvent* e = m_model->event(id);
        if (!e)
            continue;
        if (e->time.isValid())
            edits.append({id, EventField::Time, canonicalTime(e->time.addSecs(seconds))});
        if (e->end.isValid())
            edits.append({id, EventField::End, canonicalTime(e->end.addSecs(seconds))});
    }
    m_doc->editFields(edits, tr("Shift %n event(s)", "", int(ids.size())));
}

void TimelinePane::setKeyEventOfSelected(bool key) {
    if (!m_doc || m_readOnly)
        return;
    QList<PostmortemDocument::FieldEdit> edits;
    const QStringList ids = selectedIds();
    for (const QString& id : ids)
        edits.append({id, EventField::KeyEvent, key});
    m_doc->editFields(edits, key ? tr("Mark %n key event(s)", "", int(ids.size()))
                                 : tr("Unmark %n key event(s)", "", int(ids.size())));
}

void TimelinePane::setMarkingOfSelected(const QString& level) {
    if (!m_doc || m_readOnly || !markingLevels().contains(level))
        return;
    QList<PostmortemDocument::FieldEdit> edits;
    const QStringList ids = selectedIds();
    for (const QString& id : ids)
        edits.append(
            {id, ConfidentialityField::Record, level.isEmpty() ? QJsonValue() : QJsonValue(level)});
    m_doc->editFields(
        edits,
        level.isEmpty()
            ? tr("Unmark %n event(s)", "", int(ids.size()))
            : tr("Mark %n event(s) %1", "", int(ids.size())).arg(markingName(level).toLower()));
}

void TimelinePane::setPhaseFromEvent(const QString& phaseField, const QString& eventId) {
    const TimelineEvent* e = m_model->event(eventId);
    if (!m_doc || m_readOnly || !e || !e->time.isValid())
        return;
    // A named batch rather than editField: setting the same phase twice in a row must stay
    // two undo steps, and a single field edit would merge them.
    m_doc->editFields({{m_doc->id(), phaseField, canonicalTime(e->time)}},
                      tr("Set %1 from Event").arg(Phases::displayName(phaseField)));
}

void TimelinePane::buildPhaseActions() {
    // Ctrl+Shift+digit follows the incident order of the markers, so the room can call out
    // "that's when we detected it" and the facilitator marks it without the mouse.
    int digit = 1;
    for (const PhaseMarker& p : phaseMarkers()) {
        auto* action = new QAction(p.name, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_0 + digit++)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(
            tr("Set the marker \u201c%1\u201d to the time of the selected event").arg(p.name));
        const QString field = p.field;
        connect(action, &QAction::triggered, this, [this, field] {
            const QString id = phaseEventId();
            if (!id.isEmpty())
                setPhaseFromEvent(field, id);
        });
        m_table->addAction(action);
        m_graph->addAction(action);
        m_phaseActions.append(action);
    }
}

QString TimelinePane::phaseEventId() const {
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return {};
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString currentId = current.data(TimelineModel::IdRole).toString();
    return current.isValid() && ids.contains(currentId) ? currentId : ids.first();
}

void TimelinePane::askShift() {
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Shift Events"),
        tr("Shift the selected events by this many minutes (negative: earlier), for example to "
           "correct the clock skew of one source:"),
        0, -7 * 24 * 60, 7 * 24 * 60, 1, &ok);
    if (ok)
        shiftSelected(qint64(minutes) * 60);
}

void TimelinePane::showContextMenu(const QPoint& globalPos) {
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_readOnly)
        return;
    QMenu menu(this);
    QMenu* kinds = menu.addMenu(tr("Set &Kind"));
    for (const QString& k : EventVocabulary::kinds())
        kinds->addAction(EventVocabulary::kindName(k), this, [this, k] { setKindOfSelected(k); });
    menu.addAction(tr("&Shift by Minutes…"), this, &TimelinePane::askShift);
    menu.addAction(tr("&Mark as Key Event"), this, [this] { setKeyEventOfSelected(true); });
    menu.addAction(tr("&Unmark Key Event"), this, [this] { setKeyEventOfSelected(false); });
    QMenu* markings = menu.addMenu(tr("Set &Confidentiality"));
    markings->setToolTipsVisible(true);
    for (const QString& level : markingLevels()) {
        QAction* action = markings->addAction(markingName(level), this,
                                              [this, level] { setMarkingOfSelected(level); });
        action->setToolTip(markingExplanation());
    }
    // The shared actions show their Ctrl+Shift+digit shortcuts in the menu.
    QMenu* phases = menu.addMenu(tr("Set &Phase from This Event"));
    phases->addActions(m_phaseActions);
    menu.addAction(m_evidence->attachAction());
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(globalPos);
}

void TimelinePane::dragEnterEvent(QDragEnterEvent* event) {
    if (!m_readOnly && event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
    QWidget::dragEnterEvent(event);
}

void TimelinePane::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            if (!dropOnEvent(url.toLocalFile(), event->position().toPoint()))
                Q_EMIT importRequested(url.toLocalFile());
            return;
        }
    }
}

// The evidence list follows the table's current event; with several selected it shows the
// one the keyboard is on.
void TimelinePane::showEvidenceOfCurrent() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row());
    const QString id = selected ? current.data(TimelineModel::IdRole).toString() : QString();
    m_evidence->setEvent(id);
    m_citing->setEvent(id);
    m_currentEvent = id;
    showMarkingOfCurrent();
}

void TimelinePane::showMarkingOfCurrent() {
    if (!m_model->event(m_currentEvent))
        m_currentEvent.clear();
    m_marking->setLevel(m_model->marking(m_currentEvent));
    m_marking->setEnabled(!m_readOnly && !m_currentEvent.isEmpty());
}

bool TimelinePane::revealEvent(const QString& eventId) {
    const int row = m_model->rowOf(eventId);
    if (row < 0)
        return false;
    if (!m_filter->mapFromSource(m_model->index(row, 0)).isValid()) {
        m_search->clear();
        m_kindFilter->setCurrentIndex(0);
        m_sourceFilter->setCurrentIndex(0);
    }
    // The drawing follows the table's selection and scrolls to a single selected event.
    selectId(eventId);
    return m_table->selectionModel()->isRowSelected(
        m_filter->mapFromSource(m_model->index(row, 0)).row());
}

QString TimelinePane::attachEvidence(const QString& eventId, const QString& path) {
    if (!m_doc || m_readOnly || !m_model->event(eventId))
        return {};
    selectId(eventId);
    m_evidence->setEvent(eventId);
    return m_evidence->attachFile(path);
}

// A file dropped on an event row may be evidence for it or a log to import: ask which.
bool TimelinePane::dropOnEvent(const QString& path, const QPoint& panePos) {
    if (m_readOnly)
        return false;
    const QPoint pos = m_table->viewport()->mapFrom(this, panePos);
    if (!m_table->viewport()->rect().contains(pos))
        return false;
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return false;
    const QString eventId = index.data(TimelineModel::IdRole).toString();
    QMenu menu(this);
    QAction* attach = menu.addAction(tr("&Attach as Evidence to This Event"));
    QAction* import = menu.addAction(tr("&Import as Timeline Events…"));
    QAction* chosen = menu.exec(mapToGlobal(panePos));
    if (chosen == attach)
        attachEvidence(eventId, path);
    else if (chosen == import)
        Q_EMIT importRequested(path);
    return true;
}

} // namespace causeway
