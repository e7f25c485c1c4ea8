#include "postmortemlist/PostmortemListModel.h"

#include "common/DisplayTimeZone.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ChecklistView.h"
#include "review/Workflow.h"
#include "util/DisplayFormat.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QSet>

#include <algorithm>

namespace causeway {

PostmortemListModel::PostmortemListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PostmortemListModel::setStore(Store* store) {
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::postmortemChanged, this, &PostmortemListModel::refresh);
    reload();
}

void PostmortemListModel::setScope(ListScope scope) {
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

void PostmortemListModel::reload() {
    beginResetModel();
    m_rows = m_store ? m_store->listPostmortems(m_scope) : QList<PostmortemSummary>();
    endResetModel();
}

bool PostmortemListModel::inScope(const PostmortemSummary& summary) const {
    switch (m_scope) {
    case ListScope::Active:
        return !summary.deleted;
    case ListScope::Trash:
        return summary.deleted;
    case ListScope::All:
        return true;
    }
    return true;
}

void PostmortemListModel::refresh(const QString& postmortemId) {
    if (!m_store)
        return;
    const int row = rowOf(postmortemId);
    const std::optional<PostmortemSummary> summary = m_store->summary(postmortemId);
    const bool wanted = summary && inScope(*summary);
    if (!wanted) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_rows[row] = *summary;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // New rows go last; the filter model decides the order the user sees.
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(*summary);
    endInsertRows();
}

AnalysisDue PostmortemListModel::dueOf(const PostmortemSummary& summary) const {
    const Policy policy = m_store ? m_store->policy() : Policy{};
    return analysisDue(analysisDueInputs(summary), policy, QDate::currentDate());
}

int PostmortemListModel::rowOf(const QString& postmortemId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == postmortemId)
            return i;
    }
    return -1;
}

QStringList PostmortemListModel::allTags() const {
    QSet<QString> set;
    for (const PostmortemSummary& s : m_rows) {
        for (const QString& tag : s.tags)
            set.insert(tag);
    }
    QStringList tags(set.begin(), set.end());
    std::sort(tags.begin(), tags.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return tags;
}

int PostmortemListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostmortemListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostmortemListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostmortemSummary& s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StatusKeyRole:
        return s.status;
    case SeverityKeyRole:
        return s.severity;
    case TagsRole:
        return s.tags;
    case IncidentStartRole:
        return s.incidentStart;
    case LateRole:
        return dueOf(s).late;
    case Qt::ForegroundRole:
        // The same red as the review checklist: readable, and "(late)" says it in words.
        if (index.column() == DueColumn && dueOf(s).late)
            return QBrush(
                ChecklistView::failColor(QGuiApplication::palette().color(QPalette::Base)));
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && dueOf(s).late) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            if (s.title.isEmpty())
                return tr("(untitled)");
            return s.title;
        case StatusColumn:
            return Vocabulary::displayName(Field::Status, s.status);
        case SeverityColumn:
            // The short key fits the column; the tooltip explains it.
            return role == Qt::DisplayRole ? s.severity
                                           : Vocabulary::displayName(Field::Severity, s.severity);
        case IncidentDateColumn:
            return role == Qt::DisplayRole ? formatDate(s.incidentStart, displayTimeZone())
                                           : formatDateTime(s.incidentStart, displayTimeZone());
        case DueColumn: {
            const AnalysisDue due = dueOf(s);
            if (role == Qt::ToolTipRole)
                return due.due.isValid() ? due.describe() : QString();
            // Approved and published analyses are done: their due date is history.
            if (!due.due.isValid() || Workflow::isLocked(s.status))
                return QString();
            const QString date = due.due.toString(displayDateFormat());
            // "Late" in words (bold, red), short enough to leave the title its room; the
            // tooltip gives the date and how late.
            return due.late ? tr("Late") : date;
        }
        case TagsColumn:
            return s.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return s.title;
        case StatusColumn:
            return int(Vocabulary::statuses().indexOf(s.status));
        case SeverityColumn:
            return int(Vocabulary::severities().indexOf(s.severity));
        case IncidentDateColumn:
            // Postmortems without an incident time yet sort by when they were written.
            return s.incidentStart.isValid() ? s.incidentStart : s.created;
        case DueColumn:
            return dueOf(s).due;
        case TagsColumn:
            return s.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PostmortemListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case IncidentDateColumn:
        return tr("Incident date");
    case DueColumn:
        return tr("Due"); // narrow: the title column needs the room
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace causeway
