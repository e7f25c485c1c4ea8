#include "postmortemlist/PostmortemFilterModel.h"

#include "postmortemlist/PostmortemListModel.h"

namespace causeway {

PostmortemFilterModel::PostmortemFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(PostmortemListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Autosave updates rows while the user types; keep the order and filters current.
    setDynamicSortFilter(true);
    sort(PostmortemListModel::IncidentDateColumn, Qt::DescendingOrder);
}

void PostmortemFilterModel::setStatusFilter(const QString& statusKey) {
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    invalidateFilter();
}

void PostmortemFilterModel::setSeverityFilter(const QString& severityKey) {
    if (severityKey == m_severity)
        return;
    m_severity = severityKey;
    invalidateFilter();
}

void PostmortemFilterModel::setTagFilter(const QString& tag) {
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void PostmortemFilterModel::setSearchResults(const QStringList& ids) {
    QHash<QString, int> rank;
    for (int i = 0; i < ids.size(); ++i)
        rank.insert(ids.at(i), i);
    m_searchRank = std::move(rank);
    invalidateFilter();
}

void PostmortemFilterModel::clearSearch() {
    if (!m_searchRank)
        return;
    m_searchRank.reset();
    invalidateFilter();
}

void PostmortemFilterModel::clearFilters() {
    m_status.clear();
    m_severity.clear();
    m_tag.clear();
    m_searchRank.reset();
    invalidateFilter();
}

bool PostmortemFilterModel::hasFilters() const {
    return !m_status.isEmpty() || !m_severity.isEmpty() || !m_tag.isEmpty() || isSearchActive();
}

bool PostmortemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() &&
        index.data(PostmortemListModel::StatusKeyRole).toString() != m_status)
        return false;
    if (!m_severity.isEmpty() &&
        index.data(PostmortemListModel::SeverityKeyRole).toString() != m_severity)
        return false;
    if (!m_tag.isEmpty() && !index.data(PostmortemListModel::TagsRole)
                                 .toStringList()
                                 .contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_searchRank && !m_searchRank->contains(index.data(PostmortemListModel::IdRole).toString()))
        return false;
    return true;
}

} // namespace causeway
