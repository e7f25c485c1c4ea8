#pragma once

#include "meeting/MeetingSession.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QTableView;

namespace causeway {

class ActionsModel;
class AgendaModel;
class PostmortemDocument;
class PresenterFishbone;
class TimelineModel;
struct Template;

// The presenter screen for a projector or a second screen: read-only, large type scaled
// from the application font, light text on black. It shows the current agenda item with
// its countdown and, below, what the facilitator chose in the meeting pane (the agenda
// with the item's script, the timeline, the fishbone or the actions), and follows every
// change of the meeting session.
class PresenterWindow : public QWidget {
    Q_OBJECT
public:
    // How much larger than the application font the presenter's text is.
    static constexpr qreal kTextScale = 1.8;
    static constexpr qreal kCountdownScale = 4.0;

    explicit PresenterWindow(MeetingSession* session, QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document, const Template* tmpl);

    // On a second screen when there is one (full screen there), else full screen on this
    // one; F5 or Esc in the window closes it again. F6, F7, F8 and Ctrl+1..4 work here as in
    // the meeting pane, for a facilitator on a single screen.
    void present();
    // The screen present() chose, for tests: null while hidden.
    QScreen* presentedOn() const;

    PresenterView currentView() const;
    QWidget* currentPage() const;
    // The timeline row pointed out (the facilitator's selected event), -1: none.
    int focusedTimelineRow() const;
    QLabel* titleLabel() const { return m_title; }
    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* scriptLabel() const { return m_script; }
    QTableView* timelineTable() const { return m_timelineTable; }
    QTableView* actionsTable() const { return m_actionsTable; }
    PresenterFishbone* fishbone() const { return m_fishbone; }

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();
    void showItem();
    void showCountdown();
    void showView(PresenterView view);
    void showFocus(const QString& recordId);
    QTableView* makeTable(QAbstractItemModel* model, const QList<int>& columns, int stretch);

    QPointer<MeetingSession> m_session;
    QLabel* m_title;
    QLabel* m_countdown;
    QLabel* m_script;
    QStackedWidget* m_pages;
    QWidget* m_agendaPage;
    AgendaModel* m_agendaModel;
    TimelineModel* m_timelineModel;
    ActionsModel* m_actionsModel;
    QTableView* m_agendaTable;
    QTableView* m_timelineTable;
    QTableView* m_actionsTable;
    PresenterFishbone* m_fishbone;
    bool m_styling = false;
};

} // namespace causeway
