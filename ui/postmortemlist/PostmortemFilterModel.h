#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace causeway {

// Status, severity and tag filters plus the full-text search result over a
// PostmortemListModel. The search itself runs in the store (FTS5); this model only keeps
// the ids it returned, so typing in the search box never re-reads the list.
class PostmortemFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PostmortemFilterModel(QObject* parent = nullptr);

    void setStatusFilter(const QString& statusKey); // empty: any
    void setSeverityFilter(const QString& severityKey);
    void setTagFilter(const QString& tag);
    // Ids from Store::search, best first; with a search active, other rows are hidden.
    void setSearchResults(const QStringList& ids);
    void clearSearch();
    void clearFilters();

    bool isSearchActive() const { return m_searchRank.has_value(); }
    bool hasFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_severity;
    QString m_tag;
    std::optional<QHash<QString, int>> m_searchRank;
};

} // namespace causeway
