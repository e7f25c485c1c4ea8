#include "meeting/PresenterWindow.h"

#include "actions/ActionsModel.h"
#include "meeting/AgendaModel.h"
#include "meeting/EditableAgenda.h"
#include "meeting/PresenterFishbone.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QWindow>

namespace causeway {

namespace {
QFont scaledFont(const QFont& base, qreal factor, bool bold = false) {
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

// White on black, with a yellow highlight: the contrast a projector in a lit room needs.
QPalette highContrastPalette() {
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor grey(0x1e, 0x1e, 0x1e);
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, grey);
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, grey);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::Highlight, QColor(0xff, 0xe0, 0x66));
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xcc, 0xcc, 0xcc));
        p.setColor(group, QPalette::Link, QColor(0xff, 0xc1, 0x4d));
    }
    return p;
}

// The calm colour of a countdown over its timebox: amber, not red, and never blinking.
const QColor kOverTime(0xff, 0xc1, 0x4d);
} // namespace

PresenterWindow::PresenterWindow(MeetingSession* session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_script(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_agendaPage(new QWidget(m_pages))
    , m_agendaModel(new AgendaModel(session, this))
    , m_timelineModel(new TimelineModel(this))
    , m_actionsModel(new ActionsModel(this))
    , m_agendaTable(nullptr)
    , m_timelineTable(nullptr)
    , m_actionsTable(nullptr)
    , m_fishbone(new PresenterFishbone(m_pages)) {
    setObjectName(QStringLiteral("PresenterWindow"));
    setWindowTitle(tr("Causeway — Presenter"));
    setAccessibleName(tr("Presenter screen"));
    m_agendaModel->setReadOnly(true);
    m_timelineModel->setReadOnly(true);

    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Current agenda item"));
    m_countdown->setAccessibleName(tr("Time left"));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_script->setWordWrap(true);
    m_script->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_script->setAccessibleName(tr("Script of the agenda item"));

    m_agendaTable =
        makeTable(m_agendaModel,
                  {AgendaModel::TitleColumn, AgendaModel::TimeboxColumn, AgendaModel::SpentColumn},
                  AgendaModel::TitleColumn);
    // The current item is the selected row: black on yellow.
    m_agendaTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* agendaLayout = new QVBoxLayout(m_agendaPage);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_script);
    agendaLayout->addWidget(m_agendaTable, 1);

    // In time order, as the Timeline tab shows it.
    auto* timeOrder = new QSortFilterProxyModel(this);
    timeOrder->setSourceModel(m_timelineModel);
    timeOrder->setSortRole(TimelineModel::SortRole);
    timeOrder->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    m_timelineTable = makeTable(
        timeOrder,
        {TimelineModel::TimeColumn, TimelineModel::KindColumn, TimelineModel::DescriptionColumn},
        TimelineModel::DescriptionColumn);
    m_timelineTable->setWordWrap(true);
    m_actionsTable = makeTable(m_actionsModel,
                               {ActionsModel::TitleColumn, ActionsModel::OwnerColumn,
                                ActionsModel::DueColumn, ActionsModel::StatusColumn},
                               ActionsModel::TitleColumn);

    m_pages->addWidget(m_agendaPage);
    m_pages->addWidget(m_timelineTable);
    m_pages->addWidget(m_fishbone);
    m_pages->addWidget(m_actionsTable);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_countdown);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    applyStyle();
    connect(m_session, &MeetingSession::changed, this, &PresenterWindow::showItem);
    connect(m_session, &MeetingSession::tick, this, &PresenterWindow::showCountdown);
    connect(m_session, &MeetingSession::overTimeChanged, this, &PresenterWindow::showCountdown);
    connect(m_session, &MeetingSession::presenterViewChanged, this, &PresenterWindow::showView);
    connect(m_session, &MeetingSession::focusedRecordChanged, this, &PresenterWindow::showFocus);
    connect(m_session->agenda(), &EditableAgenda::itemsChanged, this, &PresenterWindow::showItem);
    showItem();
    showView(m_session->presenterView());
    showFocus(m_session->focusedRecord());
}

void PresenterWindow::showFocus(const QString& recordId) {
    // The tables take no selection from the audience's side; the facilitator's shows as the
    // selected row.
    QItemSelectionModel* selection = m_timelineTable->selectionModel();
    selection->clear();
    QAbstractItemModel* model = m_timelineTable->model();
    for (int row = 0; !recordId.isEmpty() && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TimelineModel::IdRole).toString() != recordId)
            continue;
        selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_timelineTable->scrollTo(index, QAbstractItemView::PositionAtCenter);
        break;
    }
    m_fishbone->setHighlightedCause(recordId);
}

int PresenterWindow::focusedTimelineRow() const {
    const QModelIndexList rows = m_timelineTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QTableView* PresenterWindow::makeTable(QAbstractItemModel* model, const QList<int>& columns,
                                       int stretch) {
    auto* table = new QTableView(m_pages);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setAlternatingRowColors(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = 0; c < model->columnCount(); ++c) {
        table->setColumnHidden(c, !columns.contains(c));
        table->horizontalHeader()->setSectionResizeMode(
            c, c == stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    return table;
}

void PresenterWindow::setDocument(PostmortemDocument* document, const Template* tmpl) {
    m_timelineModel->setDocument(document);
    m_actionsModel->setDocument(document);
    m_fishbone->setDocument(document, tmpl);
    showFocus(m_session->focusedRecord());
}

void PresenterWindow::applyStyle() {
    // Fonts scale from the application's, so a user's larger system font grows here too.
    m_styling = true;
    const QFont base = QApplication::font();
    setPalette(highContrastPalette());
    setAutoFillBackground(true);
    setFont(scaledFont(base, kTextScale));
    m_title->setFont(scaledFont(base, kTextScale * 1.4, true));
    m_countdown->setFont(scaledFont(base, kCountdownScale, true));
    const int margin = QFontMetrics(font()).height();
    for (QTableView* table : {m_agendaTable, m_timelineTable, m_actionsTable})
        table->horizontalHeader()->setFont(font());
    // Agenda rows are one line each, evenly spaced; timeline and action rows wrap.
    m_agendaTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agendaTable->verticalHeader()->setDefaultSectionSize(margin * 2);
    if (layout())
        layout()->setContentsMargins(margin, margin / 2, margin, margin);
    m_styling = false;
}

void PresenterWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::ApplicationFontChange && !m_styling)
        applyStyle();
    QWidget::changeEvent(event);
}

void PresenterWindow::showItem() {
    if (!m_session)
        return;
    const EditableAgenda* agenda = m_session->agenda();
    const int index = m_session->currentIndex();
    const AgendaItem item = agenda->item(index);
    m_title->setText(tr("%1 / %2  %3").arg(index + 1).arg(agenda->count()).arg(item.title));
    m_script->setText(item.script);
    m_script->setVisible(!item.script.isEmpty());
    m_agendaTable->selectRow(index);
    showCountdown();
}

void PresenterWindow::showCountdown() {
    if (!m_session)
        return;
    const Countdown& countdown = m_session->countdown();
    QString text =
        countdown.isOverTime() ? tr("%1 over").arg(countdown.display()) : countdown.display();
    if (!m_session->isRunning())
        text = countdown.elapsed() == 0 ? tr("%1 (ready)").arg(text) : tr("%1 (paused)").arg(text);
    m_countdown->setText(text);
    QPalette p = m_countdown->palette();
    p.setColor(QPalette::WindowText, countdown.isOverTime() ? kOverTime : QColor(Qt::white));
    m_countdown->setPalette(p);
    m_countdown->setToolTip(countdown.isOverTime() ? tr("Over the timebox") : QString());
}

void PresenterWindow::showView(PresenterView view) {
    switch (view) {
    case PresenterView::Agenda:
        m_pages->setCurrentWidget(m_agendaPage);
        break;
    case PresenterView::Timeline:
        m_pages->setCurrentWidget(m_timelineTable);
        break;
    case PresenterView::Fishbone:
        m_pages->setCurrentWidget(m_fishbone);
        break;
    case PresenterView::Actions:
        m_pages->setCurrentWidget(m_actionsTable);
        break;
    }
}

PresenterView PresenterWindow::currentView() const {
    QWidget* page = m_pages->currentWidget();
    if (page == m_timelineTable)
        return PresenterView::Timeline;
    if (page == m_fishbone)
        return PresenterView::Fishbone;
    if (page == m_actionsTable)
        return PresenterView::Actions;
    return PresenterView::Agenda;
}

QWidget* PresenterWindow::currentPage() const {
    return m_pages->currentWidget();
}

void PresenterWindow::present() {
    const QList<QScreen*> screens = QGuiApplication::screens();
    QWidget* facilitator = parentWidget() ? parentWidget()->window() : nullptr;
    QScreen* own = facilitator ? facilitator->screen() : QGuiApplication::primaryScreen();
    QScreen* target = own;
    // A second screen (the projector) gets the presenter; the laptop keeps the pane.
    for (QScreen* screen : screens) {
        if (screen != own) {
            target = screen;
            break;
        }
    }
    if (target) {
        create(); // a native window now, so it can be put on the target screen first
        setGeometry(target->geometry());
        if (QWindow* handle = windowHandle())
            handle->setScreen(target);
    }
    showFullScreen();
    raise();
    activateWindow();
}

QScreen* PresenterWindow::presentedOn() const {
    return isVisible() ? screen() : nullptr;
}

void PresenterWindow::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        close();
        return;
    }
    // On a single screen the presenter covers the pane: the meeting's keys work here too.
    if (m_session) {
        const PresenterView views[] = {PresenterView::Agenda, PresenterView::Timeline,
                                       PresenterView::Fishbone, PresenterView::Actions};
        const int digit = event->key() - Qt::Key_1;
        if (event->key() == Qt::Key_F6)
            return m_session->toggle();
        if (event->key() == Qt::Key_F7)
            return m_session->previous();
        if (event->key() == Qt::Key_F8)
            return m_session->next();
        if ((event->modifiers() & Qt::ControlModifier) && digit >= 0 && digit < 4)
            return m_session->setPresenterView(views[digit]);
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::closeEvent(QCloseEvent* event) {
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace causeway
