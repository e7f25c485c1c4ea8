#include "causes/LinkEvidenceDialog.h"

#include "common/DisplayTimeZone.h"
#include "timeline/TimelineEvent.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

LinkEvidenceDialog::LinkEvidenceDialog(const Postmortem& pm, const QStringList& linked,
                                       const QTimeZone& zone, QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this)) {
    setWindowTitle(tr("Link Evidence"));
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Event")});

    QList<TimelineEvent> events;
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Event && !r.deleted)
            events.append(TimelineEvent::fromRecord(r));
    }
    // Events without a time (a note not placed yet) come last.
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) {
                         if (a.time.isValid() != b.time.isValid())
                             return a.time.isValid();
                         return a.time < b.time;
                     });
    const QSet<QString> ticked(linked.cbegin(), linked.cend());
    for (const TimelineEvent& e : std::as_const(events)) {
        auto* time =
            new QStandardItem(e.time.isValid() ? formatDateTime(e.time, zone) : tr("No time"));
        time->setData(e.id, kIdRole);
        time->setCheckable(true);
        time->setCheckState(ticked.contains(e.id) ? Qt::Checked : Qt::Unchecked);
        if (ticked.contains(e.id))
            m_chosen.insert(e.id);
        time->setEditable(false);
        auto* description = new QStandardItem(e.description.simplified());
        description->setToolTip(e.description);
        description->setEditable(false);
        m_model->appendRow({time, description});
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter by time or text"));
    m_filter->setAccessibleName(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Timeline events"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->resizeColumnToContents(TimeColumn);
    // Space ticks every selected row, so a run of events found by the filter is linked in
    // one go (the view alone would tick only the current one).
    m_view->installEventFilter(this);
    connect(m_model, &QStandardItemModel::itemChanged, this, &LinkEvidenceDialog::onItemChanged);

    auto* hint =
        new QLabel(tr("Tick the events this cause rests on; Space ticks the selected rows."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    const int ch = fontMetrics().averageCharWidth();
    resize(ch * 100, fontMetrics().height() * 30);
    updateCount();
}

bool LinkEvidenceDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        toggleSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QStringList LinkEvidenceDialog::chosenEvents() const {
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem* item = m_model->item(row, TimeColumn);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(kIdRole).toString());
    }
    return out;
}

void LinkEvidenceDialog::setChosen(const QString& eventId, bool chosen) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* item = m_model->item(row, TimeColumn);
        if (item->data(kIdRole).toString() == eventId)
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
}

int LinkEvidenceDialog::shownCount() const {
    return m_proxy->rowCount();
}

void LinkEvidenceDialog::toggleSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(TimeColumn);
    if (rows.isEmpty())
        return;
    // Like a check box list: if any selected row is unticked, tick them all.
    bool anyUnticked = false;
    for (const QModelIndex& i : rows)
        anyUnticked |= m_model->itemFromIndex(m_proxy->mapToSource(i))->checkState() != Qt::Checked;
    for (const QModelIndex& i : rows)
        m_model->itemFromIndex(m_proxy->mapToSource(i))
            ->setCheckState(anyUnticked ? Qt::Checked : Qt::Unchecked);
}

void LinkEvidenceDialog::onItemChanged(QStandardItem* item) {
    if (item->column() != TimeColumn)
        return;
    const QString id = item->data(kIdRole).toString();
    if (item->checkState() == Qt::Checked)
        m_chosen.insert(id);
    else
        m_chosen.remove(id);
    updateCount();
}

void LinkEvidenceDialog::updateCount() {
    m_count->setText(tr("%n event(s) chosen", "", int(m_chosen.size())));
}

} // namespace causeway
