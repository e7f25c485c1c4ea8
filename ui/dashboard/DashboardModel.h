#pragma once

#include "metrics/Metrics.h"

#include <QAbstractTableModel>

namespace causeway {

// The numbers behind the dashboard's figures: one row per incident of the period with its
// incident end, approval, days to complete, actions on time, recurrence links and phase
// durations. Read-only.
class DashboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        SeverityColumn,
        IncidentEndColumn,
        ApprovedColumn,
        DaysColumn,
        ActionsColumn,
        RecurrenceColumn,
        DetectColumn,
        MitigateColumn,
        ResolveColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit DashboardModel(QObject* parent = nullptr);

    void setReport(const MetricsReport& report);
    const MetricsReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    MetricsReport m_report;
};

} // namespace causeway
