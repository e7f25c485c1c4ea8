#include "bundle/BundlePreviewModel.h"

namespace causeway {

BundlePreviewModel::BundlePreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BundlePreviewModel::setSummary(const BundleMergeSummary& summary) {
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

int BundlePreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_summary.postmortems.size());
}

int BundlePreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BundlePreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostmortemMergeSummary& pm = m_summary.postmortems.at(index.row());
    if (role == PostmortemIdRole)
        return pm.id;
    if (role == Qt::TextAlignmentRole && index.column() >= AddedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return pm.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return pm.title.isEmpty() ? tr("(untitled)") : pm.title;
    case StateColumn:
        if (pm.added)
            return tr("new");
        return pm.changed() || pm.conflicts > 0 ? tr("changed") : tr("unchanged");
    case AddedColumn:
        return pm.recordsAdded;
    case ChangedColumn:
        return pm.recordsChanged;
    case DeletedColumn:
        return pm.recordsDeleted;
    case ConflictsColumn:
        return pm.conflicts;
    default:
        return {};
    }
}

QVariant BundlePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Postmortem");
    case StateColumn:
        return tr("Change");
    case AddedColumn:
        return tr("Added");
    case ChangedColumn:
        return tr("Changed");
    case DeletedColumn:
        return tr("Deleted");
    case ConflictsColumn:
        return tr("Conflicts");
    default:
        return {};
    }
}

} // namespace causeway
