#pragma once

#include "review/AnalysisDue.h"
#include "store/Store.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace causeway {

// The postmortems of one store scope (active or trash), one row each. Follows
// Store::postmortemChanged row by row so that autosave while typing never resets the view
// (a reset would lose the selection and scroll position).
class PostmortemListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StatusColumn,
        SeverityColumn,
        IncidentDateColumn,
        DueColumn, // the analysis due date; "Late" in bold red once past
        TagsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusKeyRole,
        SeverityKeyRole,
        TagsRole,
        IncidentStartRole,
        SortRole,
        LateRole, // bool: the analysis is overdue (review/AnalysisDue.h)
    };

    explicit PostmortemListModel(QObject* parent = nullptr);

    void setStore(Store* store);
    Store* store() const { return m_store; }
    void setScope(ListScope scope);
    ListScope scope() const { return m_scope; }

    // Re-reads the whole list; only for a new store or scope.
    void reload();
    // Brings one postmortem up to date: updates, inserts or removes its row.
    void refresh(const QString& postmortemId);

    int rowOf(const QString& postmortemId) const;
    const PostmortemSummary& summaryAt(int row) const { return m_rows.at(row); }
    QStringList allTags() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool inScope(const PostmortemSummary& summary) const;
    AnalysisDue dueOf(const PostmortemSummary& summary) const;

    QPointer<Store> m_store;
    ListScope m_scope = ListScope::Active;
    QList<PostmortemSummary> m_rows;
};

} // namespace causeway
