#include "editor/ParticipantsModel.h"

#include "common/MarkingSelector.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"

namespace causeway {

ParticipantsModel::ParticipantsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ParticipantsModel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    beginResetModel();
    m_doc = document;
    m_ids = currentIds();
    endResetModel();
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &ParticipantsModel::syncRows);
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &ParticipantsModel::onFieldChanged);
        connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
}

QStringList ParticipantsModel::currentIds() const {
    QStringList ids;
    if (!m_doc)
        return ids;
    const QList<Record> participants = m_doc->postmortem().childrenOfKind(Kind::Participant);
    for (const Record& r : participants)
        ids.append(r.id);
    return ids;
}

// Adding or removing one participant (or undoing that) changes one row; move only that row
// so the table keeps its selection and any open cell editor.
void ParticipantsModel::syncRows() {
    const QStringList target = currentIds();
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!target.contains(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < target.size(); ++row) {
        if (row < m_ids.size() && m_ids.at(row) == target.at(row))
            continue;
        if (m_ids.contains(target.at(row)))
            break; // reordered: handled by the reset below
        beginInsertRows({}, row, row);
        m_ids.insert(row, target.at(row));
        endInsertRows();
    }
    if (m_ids != target) {
        beginResetModel();
        m_ids = target;
        endResetModel();
    }
}

void ParticipantsModel::onFieldChanged(const QString& recordId, const QString& field) {
    const int row = rowOf(recordId);
    if (row < 0)
        return;
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldOf(column) == field)
            Q_EMIT dataChanged(index(row, column), index(row, column));
    }
}

QString ParticipantsModel::fieldOf(int column) {
    switch (column) {
    case NameColumn:
        return Field::Name;
    case RoleColumn:
        return Field::Role;
    case TeamColumn:
        return Field::Team;
    case MarkingColumn:
        return ConfidentialityField::Record;
    default:
        return {};
    }
}

int ParticipantsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ParticipantsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_doc)
        return {};
    const QString& id = m_ids.at(index.row());
    if (index.column() == MarkingColumn) {
        const Record* r = m_doc->record(id);
        const QString level = r ? recordConfidentiality(*r) : QString();
        switch (role) {
        case Qt::DisplayRole:
            return markingBadge(level);
        case Qt::EditRole:
            return level;
        case Qt::ToolTipRole:
            return markingExplanation();
        case Qt::AccessibleTextRole:
            return markingName(level);
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_doc->value(id, fieldOf(index.column())).toString();
    case IdRole:
        return id;
    default:
        return {};
    }
}

bool ParticipantsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || m_readOnly || !m_doc ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString& id = m_ids.at(index.row());
    const QString field = fieldOf(index.column());
    const QString text = value.toString();
    if (m_doc->value(id, field).toString() == text)
        return true;
    if (index.column() == MarkingColumn) {
        if (!markingLevels().contains(text))
            return false;
        m_doc->editField(id, field, text.isEmpty() ? QJsonValue() : QJsonValue(text));
        return true;
    }
    // The document's fieldChanged signal emits dataChanged.
    m_doc->editField(id, field, QJsonValue(text));
    return true;
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role in the incident");
    case TeamColumn:
        return tr("Team");
    case MarkingColumn:
        return tr("Marking");
    default:
        return {};
    }
}

} // namespace causeway
