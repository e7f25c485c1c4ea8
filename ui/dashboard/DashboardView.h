#pragma once

#include "common/StoreFollowingDialog.h"
#include "metrics/Metrics.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace causeway {

class DashboardModel;
class MonthChart;
class Store;

// View → Dashboard: the follow-up metrics of every postmortem not in the trash (see
// core/metrics/Metrics.h for the definitions): a filter bar (period on incident start,
// severity, service, tag), the three headline figures each with its n, the median time to
// detect / mitigate / resolve per month as a bar chart, and the numbers behind them in a
// table. Follows the store: a saved edit anywhere shows a moment later.
class DashboardView : public StoreFollowingDialog {
    Q_OBJECT
public:
    explicit DashboardView(Store* store, QWidget* parent = nullptr);

    // The dashboard of parent (one per main window), created on first use, shown and raised.
    // open is called with a postmortem id when a row is double-clicked.
    static DashboardView* showFor(QWidget* parent, Store* store,
                                  const std::function<void(const QString&)>& open) {
        return StoreFollowingDialog::showFor<DashboardView>(parent, store, open);
    }

    // The day "past due" counts from; invalid: the current date.
    void setToday(const QDate& today);
    // Reads every postmortem again and recomputes.
    void reload() override;
    MetricsFilter filter() const;
    void setFilter(const MetricsFilter& filter);

    DashboardModel* model() const { return m_model; }
    MonthChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QLabel* completeFigure() const { return m_complete; }
    QLabel* actionsFigure() const { return m_actions; }
    QLabel* recurrenceFigure() const { return m_recurrence; }
    QComboBox* severityCombo() const { return m_severity; }
    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* tagCombo() const { return m_tag; }

protected:
    bool isLoaded() const override { return !m_all.isEmpty(); }

private:
    void recompute();
    void fillChoices();
    QLabel* figureLabel();

    QList<Postmortem> m_all;
    QDate m_today;
    bool m_updatingFilter = false;
    DashboardModel* m_model;
    MonthChart* m_chart;
    QTableView* m_table;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QComboBox* m_severity;
    QComboBox* m_service;
    QComboBox* m_tag;
    QLabel* m_complete;
    QLabel* m_actions;
    QLabel* m_recurrence;
};

} // namespace causeway
