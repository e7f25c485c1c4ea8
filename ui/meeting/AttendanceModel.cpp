#include "meeting/AttendanceModel.h"

#include "editing/PostmortemDocument.h"
#include "meeting/MeetingEditing.h"
#include "meeting/MeetingRecord.h"
#include "model/Fields.h"

namespace causeway {

AttendanceModel::AttendanceModel(QObject* parent)
    : QAbstractListModel(parent) {}

void AttendanceModel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &AttendanceModel::sync);
        connect(m_doc, &PostmortemDocument::fieldChanged, this,
                [this](const QString& recordId, const QString&) {
                    const Record* r = m_doc->record(recordId);
                    if (r && (r->kind == Kind::Meeting || r->kind == Kind::Participant))
                        sync();
                });
    }
    beginResetModel();
    m_ids.clear();
    if (m_doc) {
        for (const Record& p : m_doc->postmortem().childrenOfKind(Kind::Participant))
            m_ids.append(p.id);
    }
    endResetModel();
    Q_EMIT attendanceChanged();
}

void AttendanceModel::sync() {
    QStringList ids;
    if (m_doc) {
        for (const Record& p : m_doc->postmortem().childrenOfKind(Kind::Participant))
            ids.append(p.id);
    }
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
    }
    Q_EMIT attendanceChanged();
}

QStringList AttendanceModel::present() const {
    return m_doc ? MeetingState::fromRecord(meetingRecordOf(m_doc->postmortem())).present
                 : QStringList();
}

int AttendanceModel::presentCount() const {
    const QStringList here = present();
    int count = 0;
    for (const QString& id : m_ids)
        count += here.contains(id) ? 1 : 0;
    return count;
}

int AttendanceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index) || !m_doc)
        return {};
    const Record* p = m_doc->record(m_ids.at(index.row()));
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = p->text(Field::Name).trimmed();
        const QString job = p->text(Field::Role).trimmed();
        const QString shown = name.isEmpty() ? tr("(unnamed)") : name;
        return job.isEmpty() ? shown : tr("%1 — %2").arg(shown, job);
    }
    case Qt::CheckStateRole:
        return present().contains(p->id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return p->id;
    default:
        return {};
    }
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && m_doc && !m_doc->isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index) || !m_doc ||
        m_readOnly)
        return false;
    const bool here = value.toInt() == Qt::Checked;
    // The document's signals update the row.
    return MeetingEditing::setPresent(*m_doc, m_ids.at(index.row()), here);
}

} // namespace causeway
