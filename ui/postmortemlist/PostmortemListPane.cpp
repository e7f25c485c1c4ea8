#include "postmortemlist/PostmortemListPane.h"

#include "model/Fields.h"
#include "postmortemlist/PostmortemFilterModel.h"
#include "postmortemlist/PostmortemListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace causeway {

namespace {

// The filters share the pane's width instead of each taking its longest entry, which in
// some languages ("Beliebiger Schweregrad") would widen the list past a small screen. The
// open list still shows every entry in full.
void fitNarrowly(QComboBox* combo) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
}

QComboBox* makeVocabularyFilter(const QString& field, const QStringList& keys, const QString& any,
                                QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->addItem(any, QString());
    for (const QString& key : keys)
        combo->addItem(Vocabulary::displayName(field, key), key);
    fitNarrowly(combo);
    return combo;
}

} // namespace

PostmortemListPane::PostmortemListPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new PostmortemListModel(this))
    , m_filter(new PostmortemFilterModel(this))
    , m_searchDelay(new QTimer(this)) {
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search postmortems"));
    m_search->setAccessibleName(tr("Search postmortems"));
    m_search->setClearButtonEnabled(true);

    m_status = makeVocabularyFilter(Field::Status, Vocabulary::statuses(), tr("Any status"), this);
    m_status->setAccessibleName(tr("Filter by status"));
    m_severity =
        makeVocabularyFilter(Field::Severity, Vocabulary::severities(), tr("Any severity"), this);
    m_severity->setAccessibleName(tr("Filter by severity"));
    m_tag = new QComboBox(this);
    m_tag->setAccessibleName(tr("Filter by tag"));
    fitNarrowly(m_tag);
    m_tag->addItem(tr("Any tag"), QString());

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of postmortems shown"));

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Postmortems"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PostmortemListModel::IncidentDateColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(PostmortemListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    for (int c :
         {int(PostmortemListModel::StatusColumn), int(PostmortemListModel::SeverityColumn),
          int(PostmortemListModel::IncidentDateColumn), int(PostmortemListModel::DueColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Those columns hold short values of similar width (vocabulary words, dates), so the
    // visible rows and a sample size them as well as all would: with years of postmortems,
    // measuring every row made up half the start-up time.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    // Tags are in the filter and the tooltip; the column is there for wide windows.
    m_view->horizontalHeader()->setSectionResizeMode(PostmortemListModel::TagsColumn,
                                                     QHeaderView::Interactive);
    m_view->setColumnHidden(PostmortemListModel::TagsColumn, true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_severity);
    filters->addWidget(m_tag);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &PostmortemListPane::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PostmortemListPane::runSearch);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_status->currentData().toString()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverityFilter(m_severity->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTagFilter(m_tag->currentData().toString()); });

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &PostmortemListPane::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PostmortemListPane::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PostmortemListPane::updateCount);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PostmortemListPane::refillTagFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PostmortemListPane::refillTagFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PostmortemListPane::refillTagFilter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostmortemListPane::emitCurrentIfChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &PostmortemListPane::emitCurrentIfChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            &PostmortemListPane::emitCurrentIfChanged);

    updateCount();
}

void PostmortemListPane::setStore(Store* store) {
    if (m_model->store())
        disconnect(m_model->store(), nullptr, this, nullptr);
    m_model->setStore(store);
    if (store) {
        // A changed postmortem may now match (or no longer match) the search.
        connect(store, &Store::postmortemChanged, this, [this] {
            if (m_filter->isSearchActive())
                m_searchDelay->start();
        });
    }
}

void PostmortemListPane::setScope(ListScope scope) {
    m_model->setScope(scope);
    if (m_filter->isSearchActive())
        runSearch();
}

ListScope PostmortemListPane::scope() const {
    return m_model->scope();
}

QString PostmortemListPane::currentId() const {
    return m_view->currentIndex().data(PostmortemListModel::IdRole).toString();
}

QString PostmortemListPane::currentTitle() const {
    const QModelIndex current = m_view->currentIndex();
    return current.siblingAtColumn(PostmortemListModel::TitleColumn).data().toString();
}

void PostmortemListPane::selectPostmortem(const QString& id) {
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_filter->clearFilters();
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void PostmortemListPane::runSearch() {
    m_searchDelay->stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() || !m_model->store()) {
        m_filter->clearSearch();
        m_search->setToolTip(QString());
        return;
    }
    // The list keeps its own order, so the matches need no ranking.
    const Result<QStringList> ids =
        m_model->store()->search(query, m_model->scope(), Store::SearchOrder::Unranked);
    if (!ids) {
        // A half-typed query can be invalid FTS syntax; say so but keep the list as it was.
        m_search->setToolTip(ids.error());
        return;
    }
    m_search->setToolTip(QString());
    m_filter->setSearchResults(ids.value());
}

void PostmortemListPane::refillTagFilter() {
    const QString current = m_tag->currentData().toString();
    const QStringList tags = m_model->allTags();
    QStringList shown;
    for (int i = 1; i < m_tag->count(); ++i)
        shown.append(m_tag->itemData(i).toString());
    if (shown == tags)
        return;
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString& tag : tags)
        m_tag->addItem(tag, tag);
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setTagFilter(m_tag->currentData().toString());
}

void PostmortemListPane::updateCount() {
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%n postmortem(s)", nullptr, shown));
    else
        m_count->setText(tr("%1 of %n postmortem(s)", nullptr, total).arg(shown));
}

void PostmortemListPane::emitCurrentIfChanged() {
    const QString id = currentId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT currentPostmortemChanged(id);
}

} // namespace causeway
