#include "dashboard/SimilarIncidentsModel.h"

#include <QLocale>

namespace causeway {

SimilarIncidentsModel::SimilarIncidentsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SimilarIncidentsModel::setSuggestions(const QList<SimilarIncident>& suggestions) {
    beginResetModel();
    m_items = suggestions;
    endResetModel();
}

int SimilarIncidentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int SimilarIncidentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarIncidentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SimilarIncident& s = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case ConfirmedRole:
        return s.confirmed;
    case ScoreRole:
        return s.score;
    case Qt::ToolTipRole:
        return tr("Similarity score %1: %2")
            .arg(QLocale().toString(s.score, 'f', 2), s.reasons().join(QStringLiteral("; ")));
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return s.title.isEmpty() ? tr("(untitled)") : s.title;
        case StartedColumn:
            return s.incidentStart.isValid()
                       ? QLocale().toString(s.incidentStart.toUTC().date(), QLocale::ShortFormat)
                       : QStringLiteral("–");
        case ReasonsColumn:
            return s.reasons().join(QStringLiteral("; "));
        case LinkColumn:
            return s.confirmed ? tr("Recurrence of") : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SimilarIncidentsModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Earlier postmortem");
    case StartedColumn:
        return tr("Started");
    case ReasonsColumn:
        return tr("Why it looks similar");
    case LinkColumn:
        return tr("Link");
    default:
        return {};
    }
}

} // namespace causeway
