#include "timeline/TimelineFilterModel.h"

#include "timeline/TimelineModel.h"

namespace causeway {

TimelineFilterModel::TimelineFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TimelineModel::SortRole);
    setDynamicSortFilter(true);
    sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
}

void TimelineFilterModel::setKinds(const QSet<QString>& kinds) {
    if (m_kinds == kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

void TimelineFilterModel::setSources(const QSet<QString>& sources) {
    if (m_sources == sources)
        return;
    m_sources = sources;
    invalidateFilter();
}

void TimelineFilterModel::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kinds.isEmpty() && !m_kinds.contains(index.data(TimelineModel::KindRole).toString()))
        return false;
    if (!m_sources.isEmpty() &&
        !m_sources.contains(index.data(TimelineModel::SourceRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString description = index.data(TimelineModel::DescriptionRole).toString();
    const QString actor =
        sourceModel()->index(sourceRow, TimelineModel::ActorColumn, sourceParent).data().toString();
    return description.contains(m_text, Qt::CaseInsensitive) ||
           actor.contains(m_text, Qt::CaseInsensitive);
}

bool TimelineFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.metaType().id() == QMetaType::LongLong && r.metaType().id() == QMetaType::LongLong) {
        if (l.toLongLong() != r.toLongLong())
            return l.toLongLong() < r.toLongLong();
        return left.row() < right.row();
    }
    const int c = QString::localeAwareCompare(l.toString(), r.toString());
    if (c != 0)
        return c < 0;
    // Equal cells fall back to time order, which is what a timeline reader expects.
    const qint64 lt = left.siblingAtColumn(TimelineModel::TimeColumn).data(sortRole()).toLongLong();
    const qint64 rt =
        right.siblingAtColumn(TimelineModel::TimeColumn).data(sortRole()).toLongLong();
    return lt < rt;
}

} // namespace causeway
