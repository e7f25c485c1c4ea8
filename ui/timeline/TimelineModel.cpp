#include "timeline/TimelineModel.h"

#include "common/DisplayTimeZone.h"
#include "common/MarkingSelector.h"
#include "common/PaperclipIcon.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"
#include "timeline/import/TimeParsing.h"
#include "util/DisplayFormat.h"

#include <QFont>

namespace causeway {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TimelineModel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::childAdded, this, &TimelineModel::onChildAdded);
        connect(m_doc, &PostmortemDocument::childRemoved, this, &TimelineModel::onChildRemoved);
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &TimelineModel::onFieldChanged);
        connect(m_doc, &PostmortemDocument::childrenReset, this, &TimelineModel::onChildrenReset);
    }
    reload();
}

void TimelineModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_sortTimes.clear();
    if (m_doc) {
        const QList<Record>& children = m_doc->postmortem().children;
        m_rows.reserve(children.size());
        m_rowOf.reserve(children.size());
        m_sortTimes.reserve(size_t(children.size()));
        for (const Record& r : children) {
            if (r.kind != Kind::Event || r.deleted)
                continue;
            m_rowOf.insert(r.id, int(m_rows.size()));
            m_rows.append(TimelineEvent::fromRecord(r));
            m_sortTimes.push_back(sortTime(m_rows.constLast().time));
        }
    }
    m_spansDays = false;
    m_showSeconds = false;
    // Known before the views read the rows: a reset needs no dataChanged of every time.
    const bool displayed = computeSpan();
    endResetModel();
    if (displayed)
        Q_EMIT displayChanged();
}

void TimelineModel::setZoneMode(TimelineZone mode) {
    if (m_zoneMode == mode)
        return;
    m_zoneMode = mode;
    updateSpan();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, EndColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, EndColumn);
    Q_EMIT displayChanged();
}

QTimeZone TimelineModel::referenceZone() const {
    const QString name = m_doc ? m_doc->value(m_doc->id(), Field::TimeZone).toString() : QString();
    if (!m_zoneKnown || name != m_zoneName) {
        m_zone = displayTimeZone(name);
        m_zoneName = name;
        m_zoneKnown = true;
    }
    return m_zone;
}

QTimeZone TimelineModel::displayZone() const {
    switch (m_zoneMode) {
    case TimelineZone::Utc:
        return QTimeZone::utc();
    case TimelineZone::Local: {
        static const QTimeZone local = QTimeZone::systemTimeZone();
        return local;
    }
    case TimelineZone::Reference:
        break;
    }
    return referenceZone();
}

QString TimelineModel::formatTime(const QDateTime& utc) const {
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(displayZone());
    const QString time =
        local.toString(m_showSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (!m_spansDays)
        return time;
    return local.toString(displayDateFormat()) + u' ' + time;
}

QString TimelineModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const TimelineEvent* TimelineModel::eventAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const TimelineEvent* TimelineModel::event(const QString& id) const {
    return eventAt(rowOf(id));
}

QString TimelineModel::marking(const QString& id) const {
    // Read from the record: the marking is no part of TimelineEvent, which the import and
    // the drawing share.
    const Record* r = m_doc ? m_doc->record(id) : nullptr;
    return r ? recordConfidentiality(*r) : QString();
}

QDateTime TimelineModel::referenceTime() const {
    if (m_doc) {
        const QDateTime start =
            parseCanonicalTime(m_doc->value(m_doc->id(), Field::IncidentStart).toString());
        if (start.isValid())
            return start;
    }
    return m_hasFirst ? QDateTime::fromMSecsSinceEpoch(m_firstMs, Qt::UTC)
                      : QDateTime::currentDateTimeUtc();
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::fieldOf(int column) {
    switch (column) {
    case TimeColumn:
        return EventField::Time;
    case EndColumn:
        return EventField::End;
    case KindColumn:
        return EventField::Kind;
    case SourceColumn:
        return EventField::Source;
    case ActorColumn:
        return EventField::Actor;
    case DescriptionColumn:
        return EventField::Description;
    case KeyEventColumn:
        return EventField::KeyEvent;
    case EvidenceColumn:
        return EventField::Evidence;
    case MarkingColumn:
        return ConfidentialityField::Record;
    default:
        return {};
    }
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case TimeRole:
        return e.time;
    case EndRole:
        return e.end;
    case SortRole:
        if (index.column() == EvidenceColumn)
            return qint64(e.evidence.size());
        if (index.column() == TimeColumn)
            return m_sortTimes[size_t(index.row())];
        if (index.column() == EndColumn)
            return sortTime(e.end);
        return data(index, Qt::DisplayRole);
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case KeyEventRole:
        return e.keyEvent;
    case DescriptionRole:
        return e.description;
    case EvidenceRole:
        return e.evidence;
    case MarkingRole:
        return marking(e.id);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case TimeColumn:
            return role == Qt::EditRole ? QVariant(e.time) : QVariant(formatTime(e.time));
        case EndColumn:
            return role == Qt::EditRole ? QVariant(e.end) : QVariant(formatTime(e.end));
        case KindColumn:
            return role == Qt::EditRole ? e.kind : EventVocabulary::kindName(e.kind);
        case SourceColumn:
            return role == Qt::EditRole ? e.source : EventVocabulary::sourceName(e.source);
        case ActorColumn:
            return e.actor;
        case DescriptionColumn:
            return e.description;
        case EvidenceColumn:
            // Nothing for an event without evidence, so the column stays quiet in a long
            // timeline; a paperclip and the count otherwise.
            return e.evidence.isEmpty() ? QString() : QString::number(e.evidence.size());
        case MarkingColumn:
            return role == Qt::EditRole ? marking(e.id) : markingBadge(marking(e.id));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == MarkingColumn)
        return markingExplanation();
    if (role == Qt::CheckStateRole && column == KeyEventColumn)
        return e.keyEvent ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::FontRole && e.keyEvent && column == DescriptionColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && (column == TimeColumn || column == EndColumn)) {
        const QDateTime& t = column == TimeColumn ? e.time : e.end;
        if (t.isValid())
            return QString(formatDateTime(t, displayZone()) + u'\n' + canonicalTime(t));
    }
    if (role == Qt::AccessibleTextRole && column == KeyEventColumn)
        return e.keyEvent ? tr("Key event") : tr("Not a key event");
    if (role == Qt::DecorationRole && column == EvidenceColumn && !e.evidence.isEmpty()) {
        static const QIcon clip = paperclipIcon();
        return clip;
    }
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) && column == EvidenceColumn &&
        !e.evidence.isEmpty())
        return tr("%n evidence attachment(s)", "", int(e.evidence.size()));
    return {};
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_doc || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TimelineEvent& e = m_rows.at(index.row());
    const int column = index.column();
    QJsonValue stored;
    if (column == KeyEventColumn && role == Qt::CheckStateRole) {
        stored = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == TimeColumn || column == EndColumn) {
        QDateTime t;
        if (value.metaType().id() == QMetaType::QDateTime) {
            t = value.toDateTime();
        } else if (const QString text = value.toString().trimmed(); !text.isEmpty()) {
            const auto parsed = timeline::parseUserTime(
                text, displayZone(), e.time.isValid() ? e.time : referenceTime());
            if (!parsed)
                return false;
            t = *parsed;
        }
        if (!t.isValid()) {
            if (column == TimeColumn)
                return false; // an event always has a time
            stored = QJsonValue::Null;
        } else {
            t = t.toUTC();
            // Durations never go negative: an end before the start is refused.
            if (column == EndColumn && e.time.isValid() && t < e.time)
                return false;
            if (column == TimeColumn && e.end.isValid() && t > e.end)
                return false;
            stored = canonicalTime(t);
        }
    } else if (column == KindColumn || column == SourceColumn) {
        const QString key = value.toString();
        const QStringList allowed =
            column == KindColumn ? EventVocabulary::kinds() : EventVocabulary::sources();
        if (!allowed.contains(key))
            return false;
        stored = key;
    } else if (column == ActorColumn || column == DescriptionColumn) {
        stored = value.toString();
    } else if (column == MarkingColumn) {
        const QString level = value.toString();
        if (!markingLevels().contains(level))
            return false;
        // No marking is no field: undo of a first marking gives the same record back.
        if (level.isEmpty() && marking(e.id).isEmpty())
            return true;
        stored = level.isEmpty() ? QJsonValue() : QJsonValue(level);
    } else {
        return false;
    }
    const QString field = fieldOf(column);
    if (m_doc->value(e.id, field) == stored)
        return true;
    m_doc->editField(e.id, field, stored);
    return true;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == KeyEventColumn) {
        if (!m_readOnly)
            f |= Qt::ItemIsUserCheckable;
        return f;
    }
    if (index.column() == EvidenceColumn)
        return f; // attached through the evidence list, not typed

    if (!m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString zone = [this]() -> QString {
        const QTimeZone z = displayZone();
        return z == QTimeZone::utc() ? QStringLiteral("UTC") : z.abbreviation(referenceTime());
    }();
    switch (section) {
    case TimeColumn:
        return tr("Time (%1)").arg(zone);
    case EndColumn:
        return tr("End");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case ActorColumn:
        return tr("Actor");
    case DescriptionColumn:
        return tr("Description");
    case KeyEventColumn:
        return tr("Key");
    case EvidenceColumn:
        return tr("Evidence");
    case MarkingColumn:
        return tr("Marking");
    default:
        return {};
    }
}

void TimelineModel::onChildAdded(const QString& id) {
    if (!m_doc || m_rowOf.contains(id))
        return;
    const Record* r = m_doc->record(id);
    if (!r || r->kind != Kind::Event || r->deleted)
        return;
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rowOf.insert(id, row);
    m_rows.append(TimelineEvent::fromRecord(*r));
    m_sortTimes.push_back(sortTime(m_rows.constLast().time));
    endInsertRows();
    updateSpan();
}

void TimelineModel::onChildRemoved(const QString& id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_sortTimes.erase(m_sortTimes.begin() + row);
    m_rowOf.remove(id);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf[m_rows.at(i).id] = i;
    endRemoveRows();
    updateSpan();
}

void TimelineModel::onFieldChanged(const QString& recordId, const QString& field) {
    if (!m_doc)
        return;
    if (recordId == m_doc->id()) {
        if (field == Field::TimeZone && m_zoneMode == TimelineZone::Reference) {
            updateSpan();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, EndColumn));
            Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, EndColumn);
            Q_EMIT displayChanged();
        } else if (field.startsWith(u"phase_") || field == Field::IncidentStart) {
            Q_EMIT displayChanged();
        }
        return;
    }
    const int row = rowOf(recordId);
    const Record* r = m_doc->record(recordId);
    if (row < 0 || !r)
        return;
    m_rows[row] = TimelineEvent::fromRecord(*r);
    m_sortTimes[size_t(row)] = sortTime(m_rows.at(row).time);
    int column = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldOf(c) == field)
            column = c;
    }
    if (column < 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    else
        Q_EMIT dataChanged(index(row, column), index(row, column));
    if (field == EventField::Time || field == EventField::End)
        updateSpan();
}

void TimelineModel::onChildrenReset(const QString& kind) {
    if (kind == Kind::Event)
        reload();
}

qint64 TimelineModel::sortTime(const QDateTime& t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

void TimelineModel::updateSpan() {
    if (!computeSpan())
        return;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, EndColumn));
    Q_EMIT displayChanged();
}

bool TimelineModel::computeSpan() {
    // Only the two extreme instants go through the zone: converting 10,000 times on every
    // edit would be noticeable. Zone offsets are whole minutes, so seconds show in UTC too.
    qint64 minMs = std::numeric_limits<qint64>::max();
    qint64 maxMs = std::numeric_limits<qint64>::min();
    qint64 firstMs = std::numeric_limits<qint64>::max();
    bool seconds = false;
    for (const TimelineEvent& e : std::as_const(m_rows)) {
        if (e.time.isValid())
            firstMs = std::min(firstMs, e.time.toMSecsSinceEpoch());
        for (const QDateTime* t : {&e.time, &e.end}) {
            if (!t->isValid())
                continue;
            const qint64 ms = t->toMSecsSinceEpoch();
            minMs = std::min(minMs, ms);
            maxMs = std::max(maxMs, ms);
            if (ms % 60000 != 0)
                seconds = true;
        }
    }
    m_hasFirst = firstMs != std::numeric_limits<qint64>::max();
    m_firstMs = firstMs;
    QDate first;
    QDate last;
    if (minMs <= maxMs) {
        const QTimeZone zone = displayZone();
        first = QDateTime::fromMSecsSinceEpoch(minMs, zone).date();
        last = QDateTime::fromMSecsSinceEpoch(maxMs, zone).date();
    }
    const bool spans = first.isValid() && first != last;
    if (spans == m_spansDays && seconds == m_showSeconds)
        return false;
    m_spansDays = spans;
    m_showSeconds = seconds;
    return true;
}

} // namespace causeway
