#pragma once

#include "meeting/MeetingSession.h"
#include "meeting/PresenterWindow.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace causeway {

class AgendaModel;
class AttendanceModel;
class DocumentCoach;
class EditableAgenda;
class PostmortemDocument;
struct Template;

// The facilitator's view of the review meeting: the agenda with its timeboxes, the
// countdown of the current item (start, pause, previous, next), the attendance, the
// meeting notes and a quick-capture line that files events, causes, actions and notes in
// their places, one undo command each. The presenter window (F5) shows the item, the
// countdown and the view chosen here on a second screen or full screen.
//
// Keys while the pane has the focus: F6 start/pause, F7 previous item, F8 next item, F5
// presenter screen, Ctrl+1..4 what it shows (agenda, timeline, fishbone, actions), Ctrl+E
// the quick-capture line.
class MeetingPane : public QWidget {
    Q_OBJECT
public:
    // agendaDir: where edited agendas are saved (empty: AgendaStore::defaultDir()); clock:
    // the countdown's (empty: a monotonic clock).
    explicit MeetingPane(QWidget* parent = nullptr, const QString& agendaDir = QString(),
                         Countdown::Clock clock = {});
    ~MeetingPane() override;

    void setDocument(PostmortemDocument* document, const Template* tmpl);
    void setReadOnly(bool readOnly);

    MeetingSession* session() const { return m_session; }
    EditableAgenda* agenda() const { return m_agenda; }
    AgendaModel* agendaModel() const { return m_agendaModel; }
    AttendanceModel* attendanceModel() const { return m_attendance; }
    QTableView* agendaTable() const { return m_agendaTable; }
    QListView* attendanceList() const { return m_attendanceList; }
    QPlainTextEdit* notesEditor() const { return m_notes; }
    QLineEdit* captureLine() const { return m_capture; }
    QLabel* captureStatus() const { return m_captureStatus; }
    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* currentItemLabel() const { return m_current; }
    QPushButton* startButton() const { return m_start; }
    QComboBox* presenterViewChooser() const { return m_view; }
    QPushButton* presenterButton() const { return m_present; }
    // Created on first use; null before.
    PresenterWindow* presenter() const { return m_presenter; }
    PresenterWindow* ensurePresenter();

    // The quick-capture line's work: files line and returns the new record's id, or
    // empty after saying why in the status.
    QString capture(const QString& line);
    // F5: the presenter screen on or off.
    void togglePresenter();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void showItem();
    void showCountdown();
    void showAttendance();
    void showNotes();
    void onNotesEdited();
    void addItem();
    void removeItem();
    void resetAgenda();
    void updateEnabled();

    QPointer<PostmortemDocument> m_doc;
    const Template* m_template = nullptr;
    bool m_readOnly = false;
    bool m_showingNotes = false;
    QString m_notesShown; // the notes as last shown or written: what an edit changes

    EditableAgenda* m_agenda;
    MeetingSession* m_session;
    AgendaModel* m_agendaModel;
    AttendanceModel* m_attendance;
    DocumentCoach* m_coach; // the notes' and the capture line's language coach

    QLabel* m_current;
    QLabel* m_countdown;
    QLabel* m_script;
    QPushButton* m_start;
    QPushButton* m_previous;
    QPushButton* m_next;
    QComboBox* m_view;
    QPushButton* m_present;
    QTableView* m_agendaTable;
    QToolButton* m_addItem;
    QToolButton* m_removeItem;
    QToolButton* m_resetAgenda;
    QLabel* m_agendaStatus;
    QLabel* m_attendanceSummary;
    QListView* m_attendanceList;
    QPlainTextEdit* m_notes;
    QLineEdit* m_capture;
    QLabel* m_captureStatus;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace causeway
