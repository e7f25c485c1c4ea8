#include "meeting/MeetingPane.h"

#include "coach/CoachHighlighter.h"
#include "coach/CoachLineHighlighter.h"
#include "coach/DocumentCoach.h"
#include "editing/PostmortemDocument.h"
#include "meeting/AgendaModel.h"
#include "meeting/AgendaViewDelegate.h"
#include "meeting/AttendanceModel.h"
#include "meeting/EditableAgenda.h"
#include "meeting/MeetingCapture.h"
#include "meeting/MeetingEditing.h"
#include "meeting/MeetingRecord.h"
#include "meeting/PresenterWindow.h"
#include "model/Template.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace causeway {

namespace {
QFont scaled(const QFont& base, qreal factor, bool bold) {
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

MeetingPane::MeetingPane(QWidget* parent, const QString& agendaDir, Countdown::Clock clock)
    : QWidget(parent)
    , m_agenda(new EditableAgenda(AgendaStore(agendaDir), this))
    , m_session(new MeetingSession(m_agenda, std::move(clock), this))
    , m_agendaModel(new AgendaModel(m_session, this))
    , m_attendance(new AttendanceModel(this))
    , m_coach(new DocumentCoach(this))
    , m_current(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_script(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_view(new QComboBox(this))
    , m_present(new QPushButton(tr("Presenter Screen"), this))
    , m_agendaTable(new QTableView(this))
    , m_addItem(new QToolButton(this))
    , m_removeItem(new QToolButton(this))
    , m_resetAgenda(new QToolButton(this))
    , m_agendaStatus(new QLabel(this))
    , m_attendanceSummary(new QLabel(this))
    , m_attendanceList(new QListView(this))
    , m_notes(new QPlainTextEdit(this))
    , m_capture(new QLineEdit(this))
    , m_captureStatus(new QLabel(this)) {
    setObjectName(QStringLiteral("MeetingPane"));

    // The item and its countdown, large enough to read from across the table.
    m_current->setFont(scaled(font(), 1.4, true));
    m_current->setWordWrap(true);
    m_current->setAccessibleName(tr("Current agenda item"));
    m_countdown->setFont(scaled(font(), 2.2, true));
    m_countdown->setAccessibleName(tr("Time left"));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for the longest text, so the layout does not shift every second.
    m_countdown->setMinimumWidth(m_countdown->fontMetrics().horizontalAdvance(
        tr("%1 over").arg(QStringLiteral("+0:00:00"))));
    m_script->setWordWrap(true);
    m_script->setFrameShape(QFrame::StyledPanel);
    m_script->setMargin(m_script->fontMetrics().height() / 2);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setAccessibleName(tr("Script to read aloud"));

    m_start->setToolTip(tr("Start or pause the countdown of this item (F6)"));
    m_previous->setToolTip(tr("Back to the previous agenda item (F7)"));
    m_next->setToolTip(tr("On to the next agenda item; a running clock keeps running (F8)"));
    for (const PresenterView view : AgendaModel::allViews())
        m_view->addItem(AgendaModel::viewLabel(view), int(view));
    m_view->setAccessibleName(tr("Presenter shows"));
    m_view->setToolTip(tr("What the presenter screen shows under the agenda item (Ctrl+1 to "
                          "Ctrl+4)"));
    m_present->setCheckable(true);
    m_present->setToolTip(tr("Show the presenter screen on the second screen, or full screen "
                             "when there is only one (F5; F5 or Esc leaves it)"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_previous);
    controls->addWidget(m_next);
    controls->addStretch(1);
    auto* showLabel = new QLabel(tr("Presenter &shows:"), this);
    showLabel->setBuddy(m_view);
    controls->addWidget(showLabel);
    controls->addWidget(m_view);
    controls->addWidget(m_present);

    auto* header = new QHBoxLayout;
    header->addWidget(m_current, 1);
    header->addWidget(m_countdown);

    // The agenda, editable: double-click a title or a timebox.
    m_agendaTable->setModel(m_agendaModel);
    m_agendaTable->setAccessibleName(tr("Agenda"));
    m_agendaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(AgendaModel::TitleColumn,
                                                            QHeaderView::Stretch);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(AgendaModel::TimeboxColumn,
                                                            QHeaderView::ResizeToContents);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(AgendaModel::ViewColumn,
                                                            QHeaderView::ResizeToContents);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(AgendaModel::SpentColumn,
                                                            QHeaderView::ResizeToContents);
    m_agendaTable->setItemDelegateForColumn(AgendaModel::ViewColumn,
                                            new AgendaViewDelegate(m_agendaTable));
    m_agendaTable->setToolTip(tr("Double-click (or F2) a title, a timebox or the presenter's "
                                 "view to change it; the agenda is saved for every postmortem "
                                 "of this template. Double-click the number to go to the "
                                 "item."));
    m_addItem->setText(tr("Add Item"));
    m_removeItem->setText(tr("Remove Item"));
    m_resetAgenda->setText(tr("Template's Agenda"));
    m_resetAgenda->setToolTip(tr("Go back to the agenda the template gives"));
    m_agendaStatus->setWordWrap(true);
    m_agendaStatus->setForegroundRole(QPalette::PlaceholderText);
    auto* agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(m_addItem);
    agendaButtons->addWidget(m_removeItem);
    agendaButtons->addStretch(1);
    agendaButtons->addWidget(m_resetAgenda);
    auto* agendaBox = new QGroupBox(tr("Agenda"), this);
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agendaTable, 1);
    agendaLayout->addLayout(agendaButtons);
    agendaLayout->addWidget(m_agendaStatus);

    m_attendanceList->setModel(m_attendance);
    // Long names and roles wrap in the narrow column instead of scrolling sideways.
    m_attendanceList->setWordWrap(true);
    m_attendanceList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attendanceList->setAccessibleName(tr("Attendance"));
    m_attendanceList->setToolTip(tr("Check who is present (Space checks the selected person)"));
    auto* attendanceBox = new QGroupBox(tr("Attendance"), this);
    auto* attendanceLayout = new QVBoxLayout(attendanceBox);
    attendanceLayout->addWidget(m_attendanceSummary);
    attendanceLayout->addWidget(m_attendanceList, 1);

    m_notes->setAccessibleName(tr("Meeting notes"));
    // Notes taken in the room are where blaming wording slips in first: the language coach
    // underlines it as it is typed, as in every other narrative field.
    CoachHighlighter::attach(m_notes, m_coach);
    m_notes->setPlaceholderText(tr("Notes of the meeting: questions to follow up, agreements, "
                                   "who writes what."));
    auto* notesBox = new QGroupBox(tr("Notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(attendanceBox);
    side->addWidget(notesBox);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(agendaBox);
    columns->addWidget(side);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setChildrenCollapsible(false);

    m_capture->setAccessibleName(tr("Quick capture"));
    m_capture->setPlaceholderText(MeetingCapture::placeholder());
    m_capture->setToolTip(MeetingCapture::help());
    m_capture->setClearButtonEnabled(true);
    CoachLineHighlighter::attach(m_capture, m_coach, coach::TextContext::Narrative);
    m_capture->installEventFilter(this);
    m_captureStatus->setWordWrap(true);
    m_captureStatus->setAccessibleName(tr("Quick capture result"));
    auto* captureLabel = new QLabel(tr("&Capture:"), this);
    captureLabel->setBuddy(m_capture);
    auto* captureRow = new QHBoxLayout;
    captureRow->addWidget(captureLabel);
    captureRow->addWidget(m_capture, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_script);
    layout->addLayout(controls);
    layout->addWidget(columns, 1);
    layout->addLayout(captureRow);
    layout->addWidget(m_captureStatus);

    createActions();

    connect(m_start, &QPushButton::clicked, m_session, &MeetingSession::toggle);
    connect(m_previous, &QPushButton::clicked, m_session, &MeetingSession::previous);
    connect(m_next, &QPushButton::clicked, m_session, &MeetingSession::next);
    connect(m_present, &QPushButton::clicked, this, &MeetingPane::togglePresenter);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_session->setPresenterView(PresenterView(m_view->itemData(index).toInt()));
    });
    connect(m_session, &MeetingSession::presenterViewChanged, this,
            [this](PresenterView view) { m_view->setCurrentIndex(m_view->findData(int(view))); });
    connect(m_session, &MeetingSession::changed, this, &MeetingPane::showItem);
    connect(m_session, &MeetingSession::tick, this, &MeetingPane::showCountdown);
    connect(m_session, &MeetingSession::overTimeChanged, this, &MeetingPane::showCountdown);
    connect(m_agenda, &EditableAgenda::itemsChanged, this, &MeetingPane::showItem);
    connect(m_agenda, &EditableAgenda::saveFailed, m_agendaStatus, &QLabel::setText);
    connect(m_agendaModel, &AgendaModel::editRefused, m_agendaStatus, &QLabel::setText);
    connect(m_agendaTable->verticalHeader(), &QHeaderView::sectionDoubleClicked, m_session,
            &MeetingSession::goTo);
    connect(m_addItem, &QToolButton::clicked, this, &MeetingPane::addItem);
    connect(m_removeItem, &QToolButton::clicked, this, &MeetingPane::removeItem);
    connect(m_resetAgenda, &QToolButton::clicked, this, &MeetingPane::resetAgenda);
    connect(m_attendance, &AttendanceModel::attendanceChanged, this, &MeetingPane::showAttendance);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MeetingPane::onNotesEdited);

    showItem();
    showAttendance();
    updateEnabled();
}

MeetingPane::~MeetingPane() {
    // The presenter is a window of its own: it goes with the pane.
    delete m_presenter;
}

void MeetingPane::createActions() {
    // Shortcuts work anywhere in the pane, also while typing notes or a capture.
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence(Qt::Key_F6), [this] { m_session->toggle(); });
    add(QKeySequence(Qt::Key_F7), [this] { m_session->previous(); });
    add(QKeySequence(Qt::Key_F8), [this] { m_session->next(); });
    add(QKeySequence(Qt::Key_F5), [this] { togglePresenter(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        m_capture->setFocus(Qt::ShortcutFocusReason);
        m_capture->selectAll();
    });
    const PresenterView views[] = {PresenterView::Agenda, PresenterView::Timeline,
                                   PresenterView::Fishbone, PresenterView::Actions};
    for (int i = 0; i < 4; ++i) {
        const PresenterView view = views[i];
        add(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)),
            [this, view] { m_session->setPresenterView(view); });
    }
}

void MeetingPane::setDocument(PostmortemDocument* document, const Template* tmpl) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_template = tmpl;
    // The postmortem that goes gets its running time under its own agenda; the one that
    // comes reads its times under its template's agenda.
    m_session->setDocument(nullptr);
    m_agenda->setUndoStack(m_doc ? m_doc->undoStack() : nullptr);
    m_agenda->setTemplate(tmpl);
    m_agendaStatus->setText(m_agenda->problem());
    m_session->setDocument(m_doc);
    m_attendance->setDocument(m_doc);
    m_coach->setDocument(m_doc);
    if (m_presenter)
        m_presenter->setDocument(m_doc, tmpl);
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::fieldChanged, this,
                [this](const QString& recordId, const QString& field) {
                    const Record* r = m_doc->record(recordId);
                    if (r && r->kind == Kind::Meeting && field == MeetingField::Notes)
                        showNotes();
                });
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &MeetingPane::showNotes);
    }
    m_captureStatus->clear();
    showNotes();
    showItem();
    updateEnabled();
}

void MeetingPane::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateEnabled();
}

void MeetingPane::updateEnabled() {
    const bool editable = m_doc && !m_readOnly && !m_doc->isReadOnly();
    m_agendaModel->setReadOnly(!editable);
    m_attendance->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_capture->setEnabled(editable);
    m_addItem->setEnabled(editable);
    m_removeItem->setEnabled(editable && m_agenda->count() > 1);
    m_resetAgenda->setEnabled(editable);
    // Running through a locked postmortem's agenda again is allowed; nothing is recorded.
    m_start->setEnabled(m_doc != nullptr);
}

void MeetingPane::showItem() {
    const int index = m_session->currentIndex();
    const AgendaItem item = m_agenda->item(index);
    m_current->setText(tr("%1 of %2: %3").arg(index + 1).arg(m_agenda->count()).arg(item.title));
    m_script->setText(item.script);
    m_script->setVisible(!item.script.isEmpty());
    m_start->setText(m_session->isRunning() ? tr("Pause") : tr("Start"));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_agenda->count());
    m_removeItem->setEnabled(m_agenda->count() > 1 && m_doc && !m_readOnly && !m_doc->isReadOnly());
    if (m_agendaTable->model())
        m_agendaTable->selectRow(index);
    showCountdown();
}

void MeetingPane::showCountdown() {
    const Countdown& countdown = m_session->countdown();
    // Said in words as well as in colour.
    m_countdown->setText(countdown.isOverTime() ? tr("%1 over").arg(countdown.display())
                                                : countdown.display());
    // A gentle cue: the countdown turns to the link colour and says so; nothing flashes.
    m_countdown->setForegroundRole(countdown.isOverTime() ? QPalette::Link : QPalette::WindowText);
    m_countdown->setToolTip(
        countdown.isOverTime()
            ? tr("Over the timebox of %n minute(s)", nullptr, int(countdown.timebox() / 60000))
            : tr("Time left of %n minute(s)", nullptr, int(countdown.timebox() / 60000)));
    m_countdown->setProperty("overTime", countdown.isOverTime());
}

void MeetingPane::showAttendance() {
    const int total = m_attendance->rowCount();
    m_attendanceSummary->setText(
        total == 0 ? tr("Add the participants in the Report tab.")
                   : tr("%1 of %2 present").arg(m_attendance->presentCount()).arg(total));
}

void MeetingPane::showNotes() {
    if (m_showingNotes)
        return;
    const QString notes =
        m_doc ? MeetingState::fromRecord(meetingRecordOf(m_doc->postmortem())).notes : QString();
    m_notesShown = notes;
    if (notes == m_notes->toPlainText())
        return;
    // Undo and captured notes arrive here; the cursor stays where the user was, if it can.
    m_showingNotes = true;
    const int position = m_notes->textCursor().position();
    m_notes->setPlainText(notes);
    QTextCursor cursor = m_notes->textCursor();
    cursor.setPosition(qMin(position, int(notes.size())));
    m_notes->setTextCursor(cursor);
    m_showingNotes = false;
}

void MeetingPane::onNotesEdited() {
    if (m_showingNotes || !m_doc || m_readOnly)
        return;
    // textChanged also fires when the language coach re-underlines the text (as when a new
    // postmortem's coach arrives before its notes): only a change of the text is an edit.
    const QString text = m_notes->toPlainText();
    if (text == m_notesShown)
        return;
    m_notesShown = text;
    // The first note creates the meeting record (empty) before the text lands in it: the
    // editor keeps what the user typed meanwhile.
    m_showingNotes = true;
    MeetingEditing::setNotes(*m_doc, text);
    m_showingNotes = false;
}

void MeetingPane::addItem() {
    const int at = m_session->currentIndex() + 1;
    const QString refused =
        m_agenda->insertItem(at, {tr("New item"), 5, QString(), PresenterView::Agenda});
    m_agendaStatus->setText(refused);
    if (!refused.isEmpty())
        return;
    const QModelIndex title = m_agendaModel->index(at, AgendaModel::TitleColumn);
    m_agendaTable->setCurrentIndex(title);
    m_agendaTable->edit(title);
}

void MeetingPane::removeItem() {
    const QModelIndex current = m_agendaTable->currentIndex();
    const int row = current.isValid() ? current.row() : m_session->currentIndex();
    m_agendaStatus->setText(m_agenda->removeItem(row));
}

void MeetingPane::resetAgenda() {
    m_agendaStatus->setText(m_agenda->resetToTemplate());
}

QString MeetingPane::capture(const QString& line) {
    if (!m_doc || m_readOnly || m_doc->isReadOnly())
        return {};
    const MeetingCapture parsed =
        MeetingCapture::parse(line, captureZone(*m_doc), captureReference(*m_doc));
    if (!parsed.error.isEmpty()) {
        m_captureStatus->setText(parsed.error);
        return {};
    }
    const QString id = parsed.apply(*m_doc);
    if (id.isEmpty()) {
        m_captureStatus->setText(tr("The postmortem did not take the capture."));
        return {};
    }
    switch (parsed.target) {
    case MeetingCapture::Event:
        m_captureStatus->setText(tr("Event added to the timeline: %1").arg(parsed.text));
        break;
    case MeetingCapture::Cause:
        m_captureStatus->setText(
            tr("Cause added under the problem statement: %1").arg(parsed.text));
        break;
    case MeetingCapture::Action:
        m_captureStatus->setText(tr("Action added: %1").arg(parsed.text));
        break;
    case MeetingCapture::Note:
        m_captureStatus->setText(tr("Added to the notes: %1").arg(parsed.text));
        break;
    case MeetingCapture::None:
        break;
    }
    return id;
}

bool MeetingPane::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_capture && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (!capture(m_capture->text()).isEmpty())
                m_capture->clear();
            return true; // the focus stays in the line for the next capture
        }
    }
    return QWidget::eventFilter(watched, event);
}

PresenterWindow* MeetingPane::ensurePresenter() {
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_session, this);
        m_presenter->setDocument(m_doc, m_template);
        connect(m_presenter, &PresenterWindow::closed, this, [this] {
            m_present->setChecked(false);
            // Back to the facilitator's window after leaving the full-screen view.
            activateWindow();
        });
    }
    return m_presenter;
}

void MeetingPane::togglePresenter() {
    PresenterWindow* presenter = ensurePresenter();
    if (presenter->isVisible()) {
        presenter->close();
        return;
    }
    presenter->present();
    m_present->setChecked(true);
}

} // namespace causeway
