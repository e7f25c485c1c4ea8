#include "actions/ActionsOverviewModel.h"

#include "actions/ActionColumns.h"

#include "actions/ActionsModel.h"

#include <QLocale>

namespace causeway {

namespace {
// The shared field shown in a column (every column but the postmortem's).
ActionColumn actionColumn(int column) {
    switch (column) {
    case ActionsOverviewModel::OwnerColumn:
        return ActionColumn::Owner;
    case ActionsOverviewModel::DueColumn:
        return ActionColumn::Due;
    case ActionsOverviewModel::PriorityColumn:
        return ActionColumn::Priority;
    case ActionsOverviewModel::StatusColumn:
        return ActionColumn::Status;
    case ActionsOverviewModel::TypeColumn:
        return ActionColumn::Type;
    case ActionsOverviewModel::CausesColumn:
        return ActionColumn::Causes;
    default:
        return ActionColumn::Title;
    }
}
} // namespace

ActionsOverviewModel::ActionsOverviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ActionsOverviewModel::setRows(QList<ActionRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ActionsOverviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsOverviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsOverviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRow& row = m_rows.at(index.row());
    const Action& a = row.action;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PostmortemColumn)
            return row.postmortemTitle;
        return actionColumnText(a, actionColumn(index.column()), row.ownerName,
                                row.causeStatements);
    case Qt::ToolTipRole: {
        // The full text of the elided columns, and why a row is red.
        QStringList lines;
        if (index.column() == PostmortemColumn)
            lines.append(row.postmortemTitle);
        else if (index.column() == TitleColumn)
            lines.append(a.title);
        else if (index.column() == CausesColumn)
            lines.append(row.causeStatements);
        else if (index.column() == StatusColumn && a.status == u"wont_do")
            lines.append(a.statusReason);
        if (row.overdue)
            lines.append(
                tr("Overdue since %1").arg(QLocale().toString(a.due, QLocale::LongFormat)));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::BackgroundRole:
        return row.overdue ? QVariant(overdueBackground()) : QVariant();
    case Qt::ForegroundRole:
        return row.overdue ? QVariant(overdueForeground()) : QVariant();
    case PostmortemIdRole:
        return row.postmortemId;
    case ActionIdRole:
        return a.id;
    case OverdueRole:
        return row.overdue;
    default:
        return {};
    }
}

QVariant ActionsOverviewModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    if (section == PostmortemColumn)
        return tr("Postmortem");
    return actionColumnHeader(actionColumn(section));
}

} // namespace causeway
