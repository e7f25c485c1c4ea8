#pragma once

#include "timeline/PhaseMetrics.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace causeway {

class PostmortemDocument;
class TimelineModel;

// The durations of the incident on one line above the timeline ("Detect 12m · Acknowledge
// 3m · …") and its sanity warnings below them with a warning icon, all warnings in the
// tooltip. Follows the document and the timeline model, so it is current after every edit,
// undo and import; recomputing is coalesced into one pass per event-loop turn.
class PhaseMetricsStrip : public QWidget {
    Q_OBJECT
public:
    explicit PhaseMetricsStrip(QWidget* parent = nullptr);

    // Event times come from the model, which has them parsed already.
    void setSources(PostmortemDocument* document, TimelineModel* model);

    // Recomputes now instead of on the next event-loop turn.
    void refresh();

    const PhaseMetrics& metrics() const { return m_metrics; }
    QString durationsText() const;                         // plain text of the duration line
    QString warningText() const;                           // "" without warnings
    QLabel* warningLabel() const { return m_warningText; } // for tests

private:
    void schedule();
    void onFieldChanged(const QString& recordId, const QString& field);

    QPointer<PostmortemDocument> m_doc;
    QPointer<TimelineModel> m_model;
    PhaseMetrics m_metrics;
    QLabel* m_durations;
    QLabel* m_warningIcon;
    QLabel* m_warningText;
    QTimer m_refresh;
};

} // namespace causeway
