#include "bundle/ConflictsModel.h"

#include "editing/PostmortemDocument.h"
#include "sync/Conflict.h"
#include "sync/ConflictEditing.h"

#include <QSet>

namespace causeway {

ConflictsModel::ConflictsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConflictsModel::setDocument(PostmortemDocument* document, const Template* tmpl) {
    for (auto& c : m_connections)
        disconnect(c);
    beginResetModel();
    m_doc = document;
    m_template = tmpl;
    m_ids.clear();
    m_targets.clear();
    endResetModel();
    if (m_doc) {
        const auto all = [this] {
            refresh();
        };
        m_connections[0] = connect(m_doc, &PostmortemDocument::fieldChanged, this,
                                   &ConflictsModel::onFieldChanged);
        m_connections[1] = connect(m_doc, &PostmortemDocument::childrenChanged, this, all);
        m_connections[2] = connect(m_doc, &PostmortemDocument::childAdded, this, all);
        m_connections[3] = connect(m_doc, &PostmortemDocument::childRemoved, this, all);
        m_connections[4] = connect(m_doc, &PostmortemDocument::childrenReset, this, all);
    }
    refresh();
}

void ConflictsModel::onFieldChanged(const QString& recordId, const QString& field) {
    Q_UNUSED(field)
    // Typing in the form changes fields all the time; only conflicts and their records
    // matter here.
    const Record* r = m_doc ? m_doc->record(recordId) : nullptr;
    if (r && (r->kind == Kind::Conflict || m_targets.contains(recordId)))
        refresh();
}

void ConflictsModel::refresh() {
    QStringList ids;
    QSet<QString> targets;
    if (m_doc) {
        for (const Record& r : m_doc->postmortem().children) {
            if (isOpenConflict(r)) {
                ids.append(r.id);
                targets.insert(r.text(ConflictField::Record));
            }
        }
    }
    m_targets = targets;
    const qsizetype before = m_ids.size();

    // Rows that went (resolved) and came back (undo) are removed and inserted one by one,
    // so a view keeps its selection; anything else resets.
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_ids.at(row)))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    }
    QStringList kept;
    const QSet<QString> have(m_ids.cbegin(), m_ids.cend());
    for (const QString& id : std::as_const(ids)) {
        if (have.contains(id))
            kept.append(id);
    }
    if (kept != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else {
        for (int row = 0; row < ids.size(); ++row) {
            if (row < m_ids.size() && m_ids.at(row) == ids.at(row))
                continue;
            beginInsertRows(QModelIndex(), row, row);
            m_ids.insert(row, ids.at(row));
            endInsertRows();
        }
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (m_ids.size() != before)
        Q_EMIT countChanged(int(m_ids.size()));
}

QString ConflictsModel::conflictId(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int ConflictsModel::rowOf(const QString& conflictId) const {
    return int(m_ids.indexOf(conflictId));
}

int ConflictsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictsModel::text(int row, int column) const {
    const Record* conflict = m_doc ? m_doc->record(m_ids.at(row)) : nullptr;
    if (!conflict)
        return {};
    const Postmortem& pm = m_doc->postmortem();
    switch (column) {
    case TargetColumn:
        return conflictTargetLabel(pm, *conflict);
    case FieldColumn:
        return conflictFieldLabel(pm, *conflict, m_template);
    case CurrentColumn:
        return conflictValueText(pm, *conflict, currentConflictValue(pm, *conflict));
    case ConflictingColumn:
        return conflictValueText(pm, *conflict, conflict->value(ConflictField::Value));
    case ReasonColumn:
        return conflictReasonName(conflict->text(ConflictField::Reason));
    default:
        return {};
    }
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Long texts (a summary) show their start on one line; the tooltip has them whole.
        return text(index.row(), index.column()).simplified();
    case Qt::ToolTipRole: {
        if (index.column() == ReasonColumn) {
            const Record* c = m_doc ? m_doc->record(m_ids.at(index.row())) : nullptr;
            return c ? conflictReasonExplanation(c->text(ConflictField::Reason)) : QString();
        }
        return text(index.row(), index.column());
    }
    case ConflictIdRole:
        return m_ids.at(index.row());
    case ReasonRole: {
        const Record* c = m_doc ? m_doc->record(m_ids.at(index.row())) : nullptr;
        return c ? c->text(ConflictField::Reason) : QString();
    }
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("About");
    case FieldColumn:
        return tr("Field");
    case CurrentColumn:
        return tr("Current value");
    case ConflictingColumn:
        return tr("Conflicting value");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace causeway
