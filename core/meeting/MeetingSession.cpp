#include "meeting/MeetingSession.h"

#include "editing/PostmortemDocument.h"
#include "meeting/EditableAgenda.h"
#include "meeting/MeetingEditing.h"
#include "meeting/MeetingRecord.h"

#include <QElapsedTimer>

#include <memory>

namespace causeway {

namespace {
Countdown::Clock monotonicClock() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] {
        return timer->elapsed();
    };
}
} // namespace

MeetingSession::MeetingSession(EditableAgenda* agenda, Countdown::Clock clock, QObject* parent)
    : QObject(parent)
    , m_agenda(agenda)
    , m_countdown(clock ? std::move(clock) : monotonicClock()) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &MeetingSession::poll);
    connect(m_agenda, &EditableAgenda::itemsChanged, this, &MeetingSession::onAgendaChanged);
    onAgendaChanged();
}

MeetingSession::~MeetingSession() = default;

void MeetingSession::setDocument(PostmortemDocument* document) {
    if (m_doc == document)
        return;
    if (isRunning()) {
        m_countdown.pause();
        storeCurrent();
        record();
    }
    m_ticker.stop();
    m_doc = document;
    loadTimes();
    Q_EMIT changed();
}

qint64 MeetingSession::elapsedMs(int index) const {
    if (index == m_index)
        return m_countdown.elapsed();
    return m_elapsedMs.value(index);
}

void MeetingSession::start() {
    if (isRunning() || !m_agenda || m_agenda->count() == 0)
        return;
    m_countdown.start();
    m_ticker.start();
    Q_EMIT changed();
}

void MeetingSession::pause() {
    if (!isRunning())
        return;
    m_countdown.pause();
    m_ticker.stop();
    storeCurrent();
    record();
    Q_EMIT changed();
}

void MeetingSession::toggle() {
    if (isRunning())
        pause();
    else
        start();
}

void MeetingSession::next() {
    goTo(m_index + 1);
}

void MeetingSession::previous() {
    goTo(m_index - 1);
}

void MeetingSession::goTo(int index) {
    if (!m_agenda || index < 0 || index >= m_agenda->count() || index == m_index)
        return;
    storeCurrent();
    enterItem(index);
    record();
    checkOverTime();
    followItemView();
    Q_EMIT changed();
}

void MeetingSession::setFocusedRecord(const QString& recordId) {
    if (recordId == m_focused)
        return;
    m_focused = recordId;
    Q_EMIT focusedRecordChanged(recordId);
}

void MeetingSession::followItemView() {
    if (!m_agenda || m_index < 0 || m_index >= m_agenda->count())
        return;
    m_itemView = m_agenda->item(m_index).view;
    setPresenterView(m_itemView);
}

void MeetingSession::setPresenterView(PresenterView view) {
    if (view == m_view)
        return;
    m_view = view;
    Q_EMIT presenterViewChanged(view);
}

void MeetingSession::onAgendaChanged() {
    if (!m_agenda)
        return;
    // Times follow their items through renames of others, moves and removals: matched by
    // title, else by position.
    storeCurrent();
    const QString currentTitle = m_titles.value(m_index);
    QStringList titles;
    QList<qint64> elapsed;
    for (int i = 0; i < m_agenda->count(); ++i) {
        const QString title = m_agenda->item(i).title;
        qsizetype old = m_titles.indexOf(title);
        if (old < 0 && m_titles.size() == m_agenda->count())
            old = i;
        titles.append(title);
        elapsed.append(old >= 0 ? m_elapsedMs.value(old) : 0);
    }
    int index = titles.indexOf(currentTitle);
    if (index < 0)
        index = qBound(0, m_index, qMax(0, int(titles.size()) - 1));
    m_titles = titles;
    m_elapsedMs = elapsed;
    enterItem(index);
    checkOverTime();
    // A new view chosen for the current item in the agenda table shows at once.
    if (m_index < m_agenda->count() && m_agenda->item(m_index).view != m_itemView)
        followItemView();
    Q_EMIT changed();
}

void MeetingSession::loadTimes() {
    const MeetingState state =
        MeetingState::fromRecord(m_doc ? meetingRecordOf(m_doc->postmortem()) : nullptr);
    m_elapsedMs.clear();
    for (int i = 0; i < m_titles.size(); ++i)
        m_elapsedMs.append(qint64(state.secondsFor(i, m_titles.at(i))) * 1000);
    enterItem(m_titles.isEmpty() ? 0 : qBound(0, state.currentItem, int(m_titles.size()) - 1));
    m_overTime = m_countdown.isOverTime();
    followItemView();
}

void MeetingSession::enterItem(int index) {
    // The clock moves with the meeting: a running meeting keeps running on the new item.
    const bool running = isRunning();
    m_index = index;
    m_countdown.setTimebox(m_agenda ? qint64(m_agenda->item(index).minutes) * 60000 : 0);
    m_countdown.reset(m_elapsedMs.value(index));
    if (running)
        m_countdown.start();
}

void MeetingSession::checkOverTime() {
    if (m_overTime == m_countdown.isOverTime())
        return;
    m_overTime = m_countdown.isOverTime();
    Q_EMIT overTimeChanged(m_overTime);
}

void MeetingSession::storeCurrent() {
    if (m_index >= 0 && m_index < m_elapsedMs.size())
        m_elapsedMs[m_index] = m_countdown.elapsed();
}

void MeetingSession::record() {
    if (!m_doc || m_doc->isReadOnly())
        return;
    QList<int> seconds;
    QList<int> timeboxes;
    for (int i = 0; i < m_elapsedMs.size(); ++i) {
        seconds.append(int(m_elapsedMs.at(i) / 1000));
        timeboxes.append(m_agenda && i < m_agenda->count() ? m_agenda->item(i).minutes : 0);
    }
    MeetingEditing::recordTimes(*m_doc, m_titles, seconds, timeboxes, m_index);
}

void MeetingSession::poll() {
    checkOverTime();
    Q_EMIT tick();
}

} // namespace causeway
