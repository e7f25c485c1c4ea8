#pragma once

#include "actions/ActionsQuery.h"

#include <QAbstractTableModel>

namespace causeway {

// Action rows from every postmortem (see queryActions()), as shown by the overview window.
// Read-only: actions are edited in their postmortem.
class ActionsOverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PostmortemColumn,
        TitleColumn,
        OwnerColumn,
        DueColumn,
        PriorityColumn,
        StatusColumn, // before the type: it matters more when the window is narrow
        TypeColumn,
        CausesColumn,
        ColumnCount
    };
    enum Role {
        PostmortemIdRole = Qt::UserRole + 1,
        ActionIdRole,
        OverdueRole,
    };

    explicit ActionsOverviewModel(QObject* parent = nullptr);

    void setRows(QList<ActionRow> rows);
    const QList<ActionRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ActionRow> m_rows;
};

} // namespace causeway
