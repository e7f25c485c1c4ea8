#include "dashboard/DashboardModel.h"

#include "timeline/PhaseMetrics.h"

#include <QLocale>

namespace causeway {

namespace {

QString day(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toUTC().date(), QLocale::ShortFormat) : QString();
}

QVariant minutesText(const std::optional<qint64>& ms) {
    return ms ? QVariant(formatDuration(*ms)) : QVariant(QStringLiteral("–"));
}

QVariant minutesSort(const std::optional<qint64>& ms) {
    return ms ? QVariant(*ms) : QVariant(qint64(-1));
}

} // namespace

DashboardModel::DashboardModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DashboardModel::setReport(const MetricsReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int DashboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostmortemMetricsRow& row = m_report.rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= DaysColumn && index.column() != RecurrenceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == RecurrenceColumn && row.recurrenceDespiteFixes)
        return tr("Recurred although every action of the earlier incident was done.");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case SeverityColumn:
        return row.severity;
    case IncidentEndColumn:
        return sort ? QVariant(row.incidentEnd) : QVariant(day(row.incidentEnd));
    case ApprovedColumn:
        if (sort)
            return row.approvedAt;
        return row.approvedAt.isValid() ? day(row.approvedAt) : tr("not yet");
    case DaysColumn:
        if (sort)
            return row.daysToComplete ? *row.daysToComplete : -1.0;
        return row.daysToComplete ? QLocale().toString(*row.daysToComplete, 'f', 1)
                                  : QStringLiteral("–");
    case ActionsColumn:
        if (sort)
            return row.actionsConsidered == 0 ? -1.0
                                              : double(row.actionsOnTime) / row.actionsConsidered;
        return row.actionsConsidered == 0
                   ? QStringLiteral("–")
                   : tr("%1 of %2").arg(row.actionsOnTime).arg(row.actionsConsidered);
    case RecurrenceColumn: {
        QString text = row.recurrenceOfTitles.join(QStringLiteral(", "));
        if (row.recurrenceDespiteFixes && !sort)
            text += tr(" (despite fixes)");
        return text;
    }
    case DetectColumn:
        return sort ? minutesSort(row.timeToDetectMs) : minutesText(row.timeToDetectMs);
    case MitigateColumn:
        return sort ? minutesSort(row.timeToMitigateMs) : minutesText(row.timeToMitigateMs);
    case ResolveColumn:
        return sort ? minutesSort(row.timeToResolveMs) : minutesText(row.timeToResolveMs);
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Postmortem");
    case SeverityColumn:
        return tr("Severity");
    case IncidentEndColumn:
        return tr("Incident end");
    case ApprovedColumn:
        return tr("Approved");
    case DaysColumn:
        return tr("Days to complete");
    case ActionsColumn:
        return tr("Actions on time");
    case RecurrenceColumn:
        return tr("Recurrence of");
    case DetectColumn:
        return tr("Detect");
    case MitigateColumn:
        return tr("Mitigate");
    case ResolveColumn:
        return tr("Resolve");
    default:
        return {};
    }
}

} // namespace causeway
