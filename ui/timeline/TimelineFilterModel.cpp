#include "timeline/TimelineFilterModel.h"

#include "timeline/TimelineModel.h"

namespace causeway {

TimelineFilterModel::TimelineFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TimelineModel::SortRole);
    setDynamicSortFilter(true);
    sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
}

void TimelineFilterModel::setSourceModel(QAbstractItemModel* model) {
    m_timeline = qobject_cast<TimelineModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
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
    if (m_kinds.isEmpty() && m_sources.isEmpty() && m_text.isEmpty())
        return true;
    if (const TimelineEvent* e = m_timeline ? m_timeline->eventAt(sourceRow) : nullptr) {
        if (!m_kinds.isEmpty() && !m_kinds.contains(e->kind))
            return false;
        if (!m_sources.isEmpty() && !m_sources.contains(e->source))
            return false;
        return m_text.isEmpty() || e->description.contains(m_text, Qt::CaseInsensitive) ||
               e->actor.contains(m_text, Qt::CaseInsensitive);
    }
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
    // The usual sort (by time, and by end or evidence count) without a QVariant per step;
    // it orders exactly as the SortRole values below do.
    const int column = left.column();
    if (m_timeline && sortRole() == TimelineModel::SortRole && column == right.column() &&
        (column == TimelineModel::TimeColumn || column == TimelineModel::EndColumn ||
         column == TimelineModel::EvidenceColumn)) {
        if (column == TimelineModel::TimeColumn) {
            const qint64 lv = m_timeline->sortTimeAt(left.row());
            const qint64 rv = m_timeline->sortTimeAt(right.row());
            return lv != rv ? lv < rv : left.row() < right.row();
        }
        const TimelineEvent* l = m_timeline->eventAt(left.row());
        const TimelineEvent* r = m_timeline->eventAt(right.row());
        if (l && r) {
            const qint64 lv = column == TimelineModel::EndColumn ? TimelineModel::sortTime(l->end)
                                                                 : qint64(l->evidence.size());
            const qint64 rv = column == TimelineModel::EndColumn ? TimelineModel::sortTime(r->end)
                                                                 : qint64(r->evidence.size());
            if (lv != rv)
                return lv < rv;
            return left.row() < right.row();
        }
    }
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
