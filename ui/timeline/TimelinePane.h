#pragma once

#include "editing/PostmortemDocument.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

namespace causeway {

class CitingCausesLabel;
class DocumentCoach;
class EvidenceList;
class MarkingSelector;
class PhaseMetricsStrip;
class TimeEditDelegate;
class TimelineFilterModel;
class TimelineGraphicsView;
class TimelineModel;

// The timeline tab of an open postmortem: filters and the zone switch on top, the event
// table and the graphical timeline in a vertical splitter, and the quick-capture line at the
// bottom. Every change goes through the document as one undo command.
class TimelinePane : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePane(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    void setReadOnly(bool readOnly);

    TimelineModel* model() const { return m_model; }
    TimelineFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    TimelineGraphicsView* graphicsView() const { return m_graph; }
    QLineEdit* captureLine() const { return m_capture; }
    QLabel* captureStatus() const { return m_captureStatus; }
    TimeEditDelegate* timeDelegate() const { return m_timeDelegate; }
    QAction* deleteAction() const { return m_delete; }
    PhaseMetricsStrip* phaseStrip() const { return m_phaseStrip; }
    // "Set <phase> from event", one per phase marker in incident order, Ctrl+Shift+1…7.
    const QList<QAction*>& phaseActions() const { return m_phaseActions; }
    EvidenceList* evidenceList() const { return m_evidence; }
    // Under the evidence: the causes that cite the current event.
    CitingCausesLabel* citingCauses() const { return m_citing; }
    // Beside the evidence: the confidentiality marking of the current event.
    MarkingSelector* eventMarking() const { return m_marking; }

    // Quick capture: "14:05 text" at that time, or (now == true) the whole line at the
    // current time. Returns the new event's id, or empty after saying why in the status.
    QString capture(const QString& line, bool now);

    // Ids of the selected events, in table order.
    QStringList selectedIds() const;
    void deleteSelected();
    void setKindOfSelected(const QString& kind);
    void shiftSelected(qint64 seconds);
    void setKeyEventOfSelected(bool key);
    // Marks the selected events (empty level: removes their markings), one undo command.
    void setMarkingOfSelected(const QString& level);
    void setPhaseFromEvent(const QString& phaseField, const QString& eventId);
    // Attaches a file to an event as evidence (one undo command); returns the attachment id.
    QString attachEvidence(const QString& eventId, const QString& path);
    // Selects the event and scrolls the table and the drawing to it, clearing the filters
    // when they hide it (a cause's evidence was asked for). False for an unknown event.
    // Not named showEvent: that is QWidget's show handler, and an overload would hide it.
    bool revealEvent(const QString& eventId);

Q_SIGNALS:
    // Files dropped on the pane: the window opens the import dialog for them.
    void importRequested(const QString& path);
    // A cause link under the evidence was followed: the window shows the cause.
    void causeActivated(const QString& causeId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters(QWidget* row);
    void applyFilters();
    void fitColumns();
    void showContextMenu(const QPoint& globalPos);
    void askShift();
    void selectId(const QString& id);
    void buildPhaseActions();
    // The event a phase is set from: the current row when it is selected, else the first
    // selected one.
    QString phaseEventId() const;
    void showEvidenceOfCurrent();
    void showMarkingOfCurrent();
    bool dropOnEvent(const QString& path, const QPoint& panePos);

    QPointer<PostmortemDocument> m_doc;
    TimelineModel* m_model;
    TimelineFilterModel* m_filter;
    QTableView* m_table;
    TimelineGraphicsView* m_graph;
    QSplitter* m_splitter;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_sourceFilter = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_capture;
    QLabel* m_captureStatus;
    TimeEditDelegate* m_timeDelegate;
    // Descriptions are edited with the language coach's underlines.
    DocumentCoach* m_coach;
    QAction* m_delete;
    QList<QAction*> m_phaseActions;
    PhaseMetricsStrip* m_phaseStrip;
    EvidenceList* m_evidence;
    CitingCausesLabel* m_citing;
    MarkingSelector* m_marking;
    QString m_currentEvent; // the event the evidence and the marking show
    bool m_readOnly = false;
};

} // namespace causeway
