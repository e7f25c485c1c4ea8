#include "meeting/AgendaModel.h"

#include "meeting/EditableAgenda.h"
#include "meeting/MeetingSession.h"

#include <QFont>
#include <QPalette>

namespace causeway {

AgendaModel::AgendaModel(MeetingSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    m_rows = m_session->agenda()->count();
    connect(m_session->agenda(), &EditableAgenda::itemsChanged, this, &AgendaModel::reset);
    // Titles, timeboxes and the bold current row change together with the item.
    connect(m_session, &MeetingSession::changed, this, [this] {
        if (m_rows != m_session->agenda()->count())
            return reset();
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
    connect(m_session, &MeetingSession::tick, this, &AgendaModel::updateSpent);
}

void AgendaModel::reset() {
    // A renamed item or a new timebox keeps the rows (and an open editor's row) in place.
    if (m_session && m_rows == m_session->agenda()->count()) {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = m_session ? m_session->agenda()->count() : 0;
    endResetModel();
}

void AgendaModel::updateSpent() {
    const int row = m_session->currentIndex();
    if (row >= 0 && row < m_rows)
        Q_EMIT dataChanged(index(row, SpentColumn), index(row, SpentColumn));
}

int AgendaModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int AgendaModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<PresenterView>& AgendaModel::allViews() {
    static const QList<PresenterView> views{PresenterView::Agenda, PresenterView::Timeline,
                                            PresenterView::Fishbone, PresenterView::Actions};
    return views;
}

QString AgendaModel::viewLabel(PresenterView view) {
    switch (view) {
    case PresenterView::Timeline:
        return tr("Timeline");
    case PresenterView::Fishbone:
        return tr("Fishbone");
    case PresenterView::Actions:
        return tr("Actions");
    case PresenterView::Agenda:
        break;
    }
    return tr("Agenda");
}

QString AgendaModel::formatSpent(qint64 ms) {
    const qint64 seconds = ms / 1000;
    if (seconds == 0)
        return QString();
    return Countdown::formatRemaining(seconds * 1000);
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index) || !m_session ||
        index.row() >= m_session->agenda()->count())
        return {};
    const AgendaItem item = m_session->agenda()->item(index.row());
    const bool current = index.row() == m_session->currentIndex();
    const qint64 spent = m_session->elapsedMs(index.row());
    const bool over = spent > qint64(item.minutes) * 60000;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return item.title;
        if (index.column() == TimeboxColumn)
            return tr("%n min", nullptr, item.minutes);
        if (index.column() == ViewColumn)
            return viewLabel(item.view);
        if (over)
            return tr("%1 (over)").arg(formatSpent(spent));
        return formatSpent(spent);
    case Qt::EditRole:
        if (index.column() == TitleColumn)
            return item.title;
        if (index.column() == TimeboxColumn)
            return item.minutes;
        if (index.column() == ViewColumn)
            return int(item.view);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ViewColumn)
            return tr("What the presenter screen shows when the meeting reaches this item");
        return item.script.isEmpty() ? QVariant() : QVariant(item.script);
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Over time reads in the link colour: noticeable, not alarming.
        if (over && index.column() == SpentColumn)
            return QPalette().brush(QPalette::Link);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeboxColumn || index.column() == SpentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CurrentRole:
        return current;
    case OverTimeRole:
        return over;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Agenda item");
    case TimeboxColumn:
        return tr("Timebox");
    case ViewColumn:
        return tr("Presenter");
    case SpentColumn:
        return tr("Spent");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // The agenda belongs to the template, not the postmortem: a locked postmortem still
    // shows it, but the pane is read-only as a whole then.
    if (!m_readOnly && index.column() != SpentColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index) || m_readOnly || !m_session)
        return false;
    QString refused;
    if (index.column() == TitleColumn) {
        refused = m_session->agenda()->setTitle(index.row(), value.toString());
    } else if (index.column() == TimeboxColumn) {
        bool ok = false;
        const int minutes = value.toString().trimmed().toInt(&ok);
        refused = ok ? m_session->agenda()->setMinutes(index.row(), minutes)
                     : tr("Type the timebox in whole minutes.");
    } else if (index.column() == ViewColumn) {
        bool ok = false;
        const int view = value.toInt(&ok);
        if (!ok || !allViews().contains(PresenterView(view)))
            return false;
        refused = m_session->agenda()->setView(index.row(), PresenterView(view));
    } else {
        return false;
    }
    if (!refused.isEmpty()) {
        Q_EMIT editRefused(refused);
        return false;
    }
    return true;
}

} // namespace causeway
