#include "causes/ContributingFactorsModel.h"

#include "causes/Cause.h"
#include "model/TemplateText.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace causeway {

namespace {

// A warning colour that reads on light and dark palettes alike.
const QColor kFlagColor(0xd9, 0x48, 0x0f);

QPixmap drawFlag(int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(QPen(kFlagColor, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(3.5, 1.5), QPointF(3.5, 14.5));
    QPainterPath pennant;
    pennant.moveTo(4.2, 2);
    pennant.cubicTo(7, 0.8, 9, 3.6, 13.5, 2.4);
    pennant.lineTo(13.5, 8.6);
    pennant.cubicTo(9, 9.8, 7, 7, 4.2, 8.2);
    pennant.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(kFlagColor);
    painter.drawPath(pennant);
    return pixmap;
}

QString statementText(const CauseTrace& t) {
    const QString text = t.statement.simplified();
    return text.isEmpty() ? ContributingFactorsModel::tr("(no statement yet)") : text;
}

} // namespace

ContributingFactorsModel::ContributingFactorsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QIcon ContributingFactorsModel::flagIcon() {
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawFlag(size));
    return icon;
}

QString ContributingFactorsModel::flagToolTip(const QString& kind) {
    if (kind == u"root_cause")
        return tr("No action addresses this root cause yet");
    return tr("No action addresses this contributing factor yet");
}

void ContributingFactorsModel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    beginResetModel();
    m_doc = document;
    m_rows = m_doc ? traceCauses(m_doc->postmortem()) : QList<CauseTrace>();
    reindex();
    endResetModel();
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::fieldChanged, this,
                &ContributingFactorsModel::onFieldChanged);
        connect(m_doc, &PostmortemDocument::childAdded, this, &ContributingFactorsModel::onChild);
        connect(m_doc, &PostmortemDocument::childRemoved, this, &ContributingFactorsModel::onChild);
        connect(m_doc, &PostmortemDocument::childrenReset, this,
                &ContributingFactorsModel::onChildrenReset);
        connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    Q_EMIT tracesChanged();
}

void ContributingFactorsModel::onFieldChanged(const QString& recordId, const QString& field) {
    Q_UNUSED(field)
    const Record* r = m_doc ? m_doc->record(recordId) : nullptr;
    if (r && r->kind == Kind::Cause)
        sync();
}

void ContributingFactorsModel::onChild(const QString& recordId) {
    const Record* r = m_doc ? m_doc->record(recordId) : nullptr;
    if (!r)
        return;
    if (r->kind == Kind::Cause || m_cited.contains(recordId))
        sync();
}

void ContributingFactorsModel::onChildrenReset(const QString& kind) {
    if (kind == Kind::Cause || kind == Kind::Event || kind == Kind::Attachment)
        sync();
}

void ContributingFactorsModel::reindex() {
    m_rowOf.clear();
    m_cited.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const CauseTrace& t = m_rows.at(row);
        m_rowOf.insert(t.id, row);
        for (const QString& id : t.evidence)
            m_cited.insert(id);
        for (const QString& id : t.danglingEvidence)
            m_cited.insert(id);
    }
}

// Brings the rows to the document's causes in four steps, each reported the way views keep
// their selection through: removals, a reorder of the rows that stay, insertions, and
// changed values.
void ContributingFactorsModel::sync() {
    const QList<CauseTrace> target = m_doc ? traceCauses(m_doc->postmortem()) : QList<CauseTrace>();
    if (target == m_rows)
        return;
    QSet<QString> targetIds;
    for (const CauseTrace& t : target)
        targetIds.insert(t.id);

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!targetIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    reindex();
    reorder(target);
    for (int row = 0; row < target.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).id == target.at(row).id)
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, target.at(row));
        endInsertRows();
    }
    reindex();
    for (int row = 0; row < target.size(); ++row) {
        if (m_rows.at(row) == target.at(row))
            continue;
        m_rows[row] = target.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    reindex();
    Q_EMIT tracesChanged();
}

// Puts the rows that stay in the order they have in target.
void ContributingFactorsModel::reorder(const QList<CauseTrace>& target) {
    QList<CauseTrace> ordered;
    ordered.reserve(m_rows.size());
    for (const CauseTrace& t : target) {
        const int row = rowOf(t.id);
        if (row >= 0)
            ordered.append(m_rows.at(row));
    }
    bool same = true;
    for (int row = 0; row < ordered.size() && same; ++row)
        same = ordered.at(row).id == m_rows.at(row).id;
    if (same)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<QString, int> newRow;
    for (int row = 0; row < ordered.size(); ++row)
        newRow.insert(ordered.at(row).id, row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& i : before)
        after.append(index(newRow.value(m_rows.at(i.row()).id), i.column()));
    m_rows = ordered;
    reindex();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const CauseTrace* ContributingFactorsModel::trace(const QString& id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

QString ContributingFactorsModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ContributingFactorsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContributingFactorsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributingFactorsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CauseTrace& t = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case Qt::ToolTipRole:
        return toolTip(t, column);
    case Qt::DecorationRole:
        if (column == FlagColumn && t.unaddressed) {
            if (m_flag.isNull())
                m_flag = flagIcon();
            return m_flag;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == FlagColumn && t.unaddressed)
            return QBrush(kFlagColor);
        return {};
    case Qt::TextAlignmentRole:
        if (column == EvidenceColumn || column == ActionsColumn)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return t.id;
    case SortRole:
        return sortKey(t, column);
    case KindRole:
        return t.kind;
    case UnaddressedRole:
        return t.unaddressed;
    case EvidenceRole:
        return t.evidence;
    default:
        return {};
    }
}

QVariant ContributingFactorsModel::display(const CauseTrace& t, int column) const {
    switch (column) {
    case CauseColumn:
        return statementText(t);
    case KindColumn:
        return CauseVocabulary::kindName(t.kind);
    case CategoryColumn:
        return templateText(t.category);
    case EvidenceColumn:
        return QString::number(t.evidence.size());
    case ActionsColumn:
        return QString::number(t.actionCount);
    case FlagColumn:
        return t.unaddressed ? tr("No action yet") : QString();
    default:
        return {};
    }
}

QVariant ContributingFactorsModel::toolTip(const CauseTrace& t, int column) const {
    switch (column) {
    case CauseColumn:
        return t.statement;
    case KindColumn:
        return CauseVocabulary::kindName(t.kind);
    case CategoryColumn:
        return t.category.isEmpty() ? tr("Not on the fishbone") : templateText(t.category);
    case EvidenceColumn: {
        int events = 0;
        for (const QString& id : t.evidence) {
            const Record* r = m_doc ? m_doc->record(id) : nullptr;
            events += r && r->kind == Kind::Event ? 1 : 0;
        }
        QString tip = tr("%n timeline event(s)", "", events) + QStringLiteral(", ") +
                      tr("%n attachment(s)", "", int(t.evidence.size()) - events);
        if (!t.danglingEvidence.isEmpty())
            tip += QStringLiteral("\n") +
                   tr("%n cited record(s) not on the timeline (in the trash or not imported)", "",
                      int(t.danglingEvidence.size()));
        return tip;
    }
    case ActionsColumn:
        return t.actionCount == 0 ? tr("No action item lists this cause")
                                  : tr("%n action item(s) address this cause", "", t.actionCount);
    case FlagColumn:
        if (t.unaddressed)
            return flagToolTip(t.kind);
        if (!CauseVocabulary::needsAction(t.kind))
            return tr("%1: no action needed").arg(CauseVocabulary::kindName(t.kind));
        return {};
    default:
        return {};
    }
}

QVariant ContributingFactorsModel::sortKey(const CauseTrace& t, int column) const {
    switch (column) {
    case CauseColumn:
        return t.statement.simplified();
    case KindColumn:
        return int(CauseVocabulary::kinds().indexOf(t.kind));
    case CategoryColumn:
        return t.category;
    case EvidenceColumn:
        return int(t.evidence.size());
    case ActionsColumn:
        return t.actionCount;
    case FlagColumn:
        return t.unaddressed ? 1 : 0;
    default:
        return {};
    }
}

QVariant ContributingFactorsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EvidenceColumn:
            return tr("Timeline events and attachments this cause cites");
        case ActionsColumn:
            return tr("Action items that address this cause");
        case FlagColumn:
            return tr("Root causes and contributing factors that no action addresses yet");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CauseColumn:
        return tr("Cause");
    case KindColumn:
        return tr("Kind");
    case CategoryColumn:
        return tr("Category");
    case EvidenceColumn:
        return tr("Evidence");
    case ActionsColumn:
        return tr("Actions");
    case FlagColumn:
        return tr("Needs action");
    default:
        return {};
    }
}

ContributingFactorsProxy::ContributingFactorsProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ContributingFactorsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ContributingFactorsProxy::setOnlyUnaddressed(bool only) {
    if (only == m_onlyUnaddressed)
        return;
    m_onlyUnaddressed = only;
    invalidateRowsFilter();
}

bool ContributingFactorsProxy::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const {
    if (!m_onlyUnaddressed)
        return true;
    return sourceModel()
        ->index(sourceRow, 0, sourceParent)
        .data(ContributingFactorsModel::UnaddressedRole)
        .toBool();
}

} // namespace causeway
