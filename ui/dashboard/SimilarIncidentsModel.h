#pragma once

#include "metrics/SimilarIncidents.h"

#include <QAbstractTableModel>

namespace causeway {

// Suggested similar earlier incidents: title, start, why, and whether the recurrence is
// confirmed. Read-only; the panel replaces the list after each refresh.
class SimilarIncidentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StartedColumn, ReasonsColumn, LinkColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ConfirmedRole, ScoreRole };

    explicit SimilarIncidentsModel(QObject* parent = nullptr);

    void setSuggestions(const QList<SimilarIncident>& suggestions);
    const QList<SimilarIncident>& suggestions() const { return m_items; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SimilarIncident> m_items;
};

} // namespace causeway
