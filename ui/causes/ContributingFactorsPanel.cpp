#include "causes/ContributingFactorsPanel.h"

#include "causes/ContributingFactorDetails.h"
#include "causes/ContributingFactorsModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

ContributingFactorsPanel::ContributingFactorsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContributingFactorsModel(this))
    , m_proxy(new ContributingFactorsProxy(this))
    , m_summaryFlag(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_onlyUnaddressed(new QCheckBox(tr("&Only causes without an action"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_details(new ContributingFactorDetails(m_splitter)) {
    m_proxy->setSourceModel(m_model);
    setUpTable();
    m_table->installEventFilter(this);

    const int icon = m_summary->fontMetrics().height();
    m_summaryFlag->setPixmap(ContributingFactorsModel::flagIcon().pixmap(icon, icon));
    m_summaryFlag->setToolTip(tr("Root causes and contributing factors without an action"));
    m_summary->setAccessibleName(tr("Summary of the causes"));
    m_summary->setWordWrap(true);
    m_onlyUnaddressed->setToolTip(
        tr("Show only the root causes and contributing factors no action addresses yet"));
    connect(m_onlyUnaddressed, &QCheckBox::toggled, m_proxy,
            &ContributingFactorsProxy::setOnlyUnaddressed);
    connect(m_model, &ContributingFactorsModel::tracesChanged, this,
            &ContributingFactorsPanel::updateSummary);
    connect(m_model, &ContributingFactorsModel::tracesChanged, this,
            &ContributingFactorsPanel::fitColumns);
    connect(m_details, &ContributingFactorDetails::evidenceActivated, this,
            &ContributingFactorsPanel::evidenceActivated);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_summaryFlag);
    header->addWidget(m_summary, 1);
    header->addWidget(m_onlyUnaddressed);
    header->setContentsMargins(0, 2, 0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 3);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);
    updateSummary();
}

void ContributingFactorsPanel::setUpTable() {
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Contributing factors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContributingFactorsModel::CauseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ContributingFactorsModel::KindColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ContributingFactorsModel::CategoryColumn,
                                 QHeaderView::Interactive);
    header->setHighlightSections(false);
    // Unsorted is the 5-whys order; a third click on a header goes back to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT causeActivated(index.data(ContributingFactorsModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContributingFactorsPanel::onCurrentRowChanged);
}

// Kind and category get what their values need up to a share of the width: the statement
// keeps most of a laptop-sized window, and nothing is elided on a wide one (the tooltips
// have the full text either way).
void ContributingFactorsPanel::fitColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    const int share = m_table->width() * 18 / 100;
    // QTableView hides the measuring QAbstractItemView offers.
    const QAbstractItemView* view = m_table;
    for (int column :
         {ContributingFactorsModel::KindColumn, ContributingFactorsModel::CategoryColumn}) {
        const int wanted =
            std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column,
                              std::min(wanted, std::max(share, header->sectionSizeHint(column))));
    }
}

bool ContributingFactorsPanel::eventFilter(QObject* watched, QEvent* event) {
    // The table's own size, not the panel's: the splitter sizes it after the panel.
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ContributingFactorsPanel::setDocument(PostmortemDocument* document, const Template* tmpl) {
    m_doc = document;
    m_model->setDocument(document);
    m_details->setDocument(document, tmpl);
    updateSummary();
}

void ContributingFactorsPanel::setReadOnly(bool readOnly) {
    m_details->setReadOnly(readOnly);
}

bool ContributingFactorsPanel::selectCause(const QString& causeId) {
    const int row = m_model->rowOf(causeId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && m_onlyUnaddressed->isChecked()) {
        m_onlyUnaddressed->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_details->setCause(causeId);
    return true;
}

QString ContributingFactorsPanel::currentCause() const {
    return m_details->causeId();
}

// The details keep showing their cause when its row is filtered away (it just got an
// action, or became a mitigator): the user was working on it.
void ContributingFactorsPanel::onCurrentRowChanged() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        m_details->setCause(current.data(ContributingFactorsModel::IdRole).toString());
}

void ContributingFactorsPanel::updateSummary() {
    const QList<CauseTrace>& traces = m_model->traces();
    int roots = 0;
    int unaddressed = 0;
    for (const CauseTrace& t : traces) {
        roots += t.kind == u"root_cause" ? 1 : 0;
        unaddressed += t.unaddressed ? 1 : 0;
    }
    m_summaryFlag->setVisible(unaddressed > 0);
    if (!m_doc) {
        m_summary->clear();
        return;
    }
    if (traces.isEmpty()) {
        m_summary->setText(tr("No causes yet: add them in the 5 whys or on the fishbone."));
        return;
    }
    const QString separator = QStringLiteral(" · ");
    const QString text =
        tr("%n cause(s)", "", int(traces.size())) + separator + tr("%n root cause(s)", "", roots) +
        separator +
        (unaddressed > 0 ? tr("%n without an action", "", unaddressed)
                         : tr("every root cause and contributing factor has an action"));
    m_summary->setText(text);
}

void ContributingFactorsPanel::setDetailsBeside(bool beside) {
    m_splitter->setOrientation(beside ? Qt::Horizontal : Qt::Vertical);
    // Beside: the table keeps most of the width, the details a column.
    m_splitter->setSizes(beside ? QList<int>{620, 380} : QList<int>{600, 400});
}

} // namespace causeway
