#include "actions/ActionsModel.h"

#include "actions/ActionColumns.h"

#include "actions/ActionEditing.h"
#include "causes/Cause.h"
#include "common/MarkingSelector.h"
#include "report/Confidentiality.h"

#include <QGuiApplication>
#include <QLocale>

namespace causeway {

// Light red rows with dark text on a light palette, dark red rows with light text on a dark
// one: the row stands out and its text keeps more than 7:1 contrast either way.
static bool darkBase() {
    return QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5f;
}

QColor overdueBackground() {
    return darkBase() ? QColor(0x4a, 0x16, 0x16) : QColor(0xf8, 0xd7, 0xd7);
}

QColor overdueForeground() {
    return darkBase() ? QColor(0xff, 0xdc, 0xdc) : QColor(0x5a, 0x0b, 0x0b);
}

namespace {
// The kinds whose fields the rows show: typing in the report or the timeline never
// touches the actions table.
bool shown(const QString& kind) {
    return kind == Kind::Action || kind == Kind::Cause || kind == Kind::Participant;
}
} // namespace

ActionsModel::ActionsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ActionsModel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    beginResetModel();
    m_doc = document;
    m_rows = m_doc ? postmortemActions(m_doc->postmortem()) : QList<Action>();
    endResetModel();
    if (!m_doc)
        return;
    // Every signal leads to the same comparison: a postmortem has tens of actions, and
    // owner names and cause statements shown here live in other records.
    connect(m_doc, &PostmortemDocument::fieldChanged, this,
            [this](const QString& recordId, const QString&) {
                const Record* r = m_doc->record(recordId);
                if (r && shown(r->kind))
                    sync();
            });
    connect(m_doc, &PostmortemDocument::childrenChanged, this, &ActionsModel::sync);
    connect(m_doc, &PostmortemDocument::childrenReset, this, [this](const QString& kind) {
        if (shown(kind))
            sync();
    });
    connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
}

void ActionsModel::setToday(const QDate& today) {
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate ActionsModel::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void ActionsModel::sync() {
    if (!m_doc)
        return;
    const QList<Action> fresh = postmortemActions(m_doc->postmortem());
    QStringList oldIds;
    QStringList newIds;
    for (const Action& a : std::as_const(m_rows))
        oldIds.append(a.id);
    for (const Action& a : fresh)
        newIds.append(a.id);
    if (oldIds == newIds) {
        m_rows = fresh;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // One row more or fewer is an insertion or removal, so the view keeps its selection;
    // anything else (a reorder, a reload) resets.
    if (newIds.size() == oldIds.size() + 1) {
        for (int i = 0; i < newIds.size(); ++i) {
            QStringList without = newIds;
            without.removeAt(i);
            if (without == oldIds) {
                beginInsertRows(QModelIndex(), i, i);
                m_rows = fresh;
                endInsertRows();
                return;
            }
        }
    } else if (newIds.size() + 1 == oldIds.size()) {
        for (int i = 0; i < oldIds.size(); ++i) {
            QStringList without = oldIds;
            without.removeAt(i);
            if (without == newIds) {
                beginRemoveRows(QModelIndex(), i, i);
                m_rows = fresh;
                endRemoveRows();
                return;
            }
        }
    }
    beginResetModel();
    m_rows = fresh;
    endResetModel();
}

int ActionsModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString ActionsModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QStringList ActionsModel::causeStatements(const QString& actionId) const {
    QStringList out;
    if (!m_doc)
        return out;
    for (const QString& id : actionCauses(m_doc->postmortem(), actionId))
        out.append(m_doc->record(id)->text(CauseField::Statement).simplified());
    return out;
}

int ActionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionsModel::marking(const QString& actionId) const {
    const Record* r = m_doc ? m_doc->record(actionId) : nullptr;
    return r ? recordConfidentiality(*r) : QString();
}

QVariant ActionsModel::display(const Action& a, int column) const {
    if (column < 0 || column >= ColumnCount)
        return {};
    if (column == MarkingColumn) // not one of the shared ActionColumns
        return markingBadge(marking(a.id));
    const auto field = static_cast<ActionColumn>(column); // the columns are in its order
    if (field == ActionColumn::Title && a.title.isEmpty())
        return tr("(untitled)");
    const QString owner =
        field == ActionColumn::Owner && m_doc ? ownerName(m_doc->postmortem(), a.owner) : a.owner;
    return actionColumnText(a, field, owner,
                            field == ActionColumn::Causes ? causeStatements(a.id) : QStringList());
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action& a = m_rows.at(index.row());
    const bool overdue = a.isOverdue(today());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::EditRole:
        if (index.column() == TitleColumn)
            return a.title;
        if (index.column() == DueColumn)
            return a.due;
        return display(a, index.column());
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue since %1").arg(QLocale().toString(a.due, QLocale::LongFormat));
        if (index.column() == StatusColumn && a.status == u"wont_do")
            return a.statusReason;
        if (index.column() == CausesColumn)
            return causeStatements(a.id).join(u'\n');
        if (index.column() == MarkingColumn)
            return markingExplanation();
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(overdueBackground()) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(overdueForeground()) : QVariant();
    case IdRole:
        return a.id;
    case OverdueRole:
        return overdue;
    case KeyRole:
        switch (index.column()) {
        case PriorityColumn:
            return a.priority;
        case TypeColumn:
            return a.type;
        case StatusColumn:
            return a.status;
        case DueColumn:
            return a.due;
        case MarkingColumn:
            return marking(a.id);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    if (section == MarkingColumn)
        return tr("Marking");
    return actionColumnHeader(static_cast<ActionColumn>(section));
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_doc && !m_doc->isReadOnly() &&
        (index.column() == TitleColumn || index.column() == DueColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_doc ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = m_rows.at(index.row()).id;
    QString refused;
    if (index.column() == TitleColumn)
        refused = ActionEditing::editField(*m_doc, id, ActionField::Title, value.toString());
    else if (index.column() == DueColumn)
        refused = ActionEditing::setDue(*m_doc, id, value.toDate());
    else
        return false;
    if (!refused.isEmpty()) {
        Q_EMIT editRefused(refused);
        return false;
    }
    return true;
}

} // namespace causeway
