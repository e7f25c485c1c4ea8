#pragma once

#include "editing/PostmortemDocument.h"
#include "meeting/Countdown.h"
#include "meeting/EditableAgenda.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace causeway {

// A review meeting being run: the agenda item it is on, that item's countdown, and the
// view the presenter screen shows. The time spent on each item is kept per item (going
// back to an item resumes its clock) and recorded in the postmortem's meeting record
// whenever the facilitator pauses or moves to another item. No widgets: the facilitator
// pane and the presenter window both follow this object.
class MeetingSession : public QObject {
    Q_OBJECT
public:
    // clock: milliseconds from any fixed point; the default is a monotonic clock.
    explicit MeetingSession(EditableAgenda* agenda, Countdown::Clock clock = {},
                            QObject* parent = nullptr);
    ~MeetingSession() override;

    // Loads the times already recorded; the previous document gets the running time first.
    void setDocument(PostmortemDocument* document);
    PostmortemDocument* document() const { return m_doc; }
    EditableAgenda* agenda() const { return m_agenda; }

    int currentIndex() const { return m_index; }
    const Countdown& countdown() const { return m_countdown; }
    bool isRunning() const { return m_countdown.isRunning(); }
    // Time spent on an item, the current one's running time included.
    qint64 elapsedMs(int index) const;

    void start();
    void pause();
    void toggle();
    void next();
    void previous();
    void goTo(int index);

    // The presenter follows the agenda: entering an item shows the view the item names
    // (AgendaItem::view), and so does changing the current item's view in the agenda. The
    // facilitator's own choice (setPresenterView) holds until the meeting moves on.
    PresenterView presenterView() const { return m_view; }
    void setPresenterView(PresenterView view);

    // The timeline event or cause the facilitator has selected (a record id; empty: none),
    // which the presenter points out.
    QString focusedRecord() const { return m_focused; }
    void setFocusedRecord(const QString& recordId);

    // Emits tick() and, when the countdown crossed its timebox, overTimeChanged(); the
    // ticker calls it while the clock runs.
    void poll();

    // How often tick() fires while the clock runs.
    static constexpr int kTickMs = 250;

Q_SIGNALS:
    // The item, its timebox or the running state changed.
    void changed();
    // The clock moved (while running): countdown displays update.
    void tick();
    // The countdown crossed its timebox (or came back within it, after a longer timebox).
    void overTimeChanged(bool overTime);
    void presenterViewChanged(PresenterView view);
    void focusedRecordChanged(const QString& recordId);

private:
    void onAgendaChanged();
    void loadTimes();
    void storeCurrent();
    // Makes index the current item with its own time spent, keeping the clock's state.
    void enterItem(int index);
    void checkOverTime();
    void record();
    void followItemView();

    QPointer<EditableAgenda> m_agenda;
    QPointer<PostmortemDocument> m_doc;
    Countdown m_countdown;
    QList<qint64> m_elapsedMs; // per agenda item
    QStringList m_titles;      // what m_elapsedMs is aligned with
    int m_index = 0;
    bool m_overTime = false;
    PresenterView m_view = PresenterView::Agenda;
    PresenterView m_itemView = PresenterView::Agenda; // what the current item last asked for
    QTimer m_ticker;
    QString m_focused;
};

} // namespace causeway
