#include "causes/CausesPane.h"

#include "causes/CategoriesDialog.h"
#include "causes/CauseTreeModel.h"
#include "causes/ContributingFactorsPanel.h"
#include "causes/FishboneView.h"
#include "causes/WhysView.h"
#include "editing/PostmortemDocument.h"
#include "report/Confidentiality.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace causeway {

CausesPane::CausesPane(QWidget* parent)
    : QWidget(parent)
    , m_whys(new WhysView(this))
    , m_fishbone(new FishboneView(this))
    , m_factors(new ContributingFactorsPanel(this))
    , m_categories(new QPushButton(tr("Fishbone &Categories…"), this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_top(new QSplitter(Qt::Horizontal, this)) {
    auto* hint = new QLabel(tr("Why did it happen? Enter adds an answer, Tab asks why again, "
                               "Space puts a cause on the fishbone."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("E&xport Diagram…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(m_categories);
    bar->addWidget(exportButton);

    // The tree and the fishbone side by side where the discussion happens, the factors with
    // their evidence under both, the whole width for the table and the details beside it.
    // Kind and category show on the fishbone beside the tree and in the factors below;
    // here the answers need the width.
    m_whys->hideColumn(CauseTreeModel::KindColumn);
    m_whys->hideColumn(CauseTreeModel::CategoryColumn);
    m_top->addWidget(m_whys);
    m_top->addWidget(m_fishbone);
    m_top->setStretchFactor(0, 1);
    m_top->setStretchFactor(1, 1);
    m_top->setSizes({500, 500});
    m_factors->setDetailsBeside(true);
    m_split->addWidget(m_top);
    m_split->addWidget(m_factors);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({620, 380});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);

    connect(m_categories, &QPushButton::clicked, this, &CausesPane::editCategories);
    connect(exportButton, &QPushButton::clicked, this, &CausesPane::exportDiagram);
    connect(m_whys, &WhysView::causeSelected, this, &CausesPane::selectCause);
    connect(m_fishbone, &FishboneView::causeSelected, this, &CausesPane::selectCause);
    connect(m_factors, &ContributingFactorsPanel::causeActivated, this, &CausesPane::selectCause);
    connect(m_factors, &ContributingFactorsPanel::evidenceActivated, this,
            &CausesPane::evidenceActivated);
    const CauseTreeModel* tree = m_whys->causeModel();
    connect(tree, &QAbstractItemModel::dataChanged, this, &CausesPane::showMarkingColumn);
    connect(tree, &QAbstractItemModel::rowsInserted, this, &CausesPane::showMarkingColumn);
    connect(tree, &QAbstractItemModel::rowsRemoved, this, &CausesPane::showMarkingColumn);
    connect(tree, &QAbstractItemModel::modelReset, this, &CausesPane::showMarkingColumn);
    showMarkingColumn();
}

void CausesPane::showMarkingColumn() {
    bool marked = false;
    if (m_doc) {
        for (const Record& r : m_doc->postmortem().children) {
            if (r.kind == Kind::Cause && !r.deleted && !recordConfidentiality(r).isEmpty()) {
                marked = true;
                break;
            }
        }
    }
    m_whys->setColumnHidden(CauseTreeModel::MarkingColumn, !marked);
}

void CausesPane::setDocument(PostmortemDocument* document, const Template* tmpl) {
    m_doc = document;
    m_template = tmpl;
    m_whys->setDocument(document, tmpl);
    m_fishbone->setDocument(document, tmpl);
    m_factors->setDocument(document, tmpl);
    m_categories->setEnabled(document != nullptr);
    showMarkingColumn();
}

void CausesPane::setReadOnly(bool readOnly) {
    m_whys->setReadOnly(readOnly);
    m_factors->setReadOnly(readOnly);
}

void CausesPane::selectCause(const QString& causeId) {
    // Each view reports its own selection; the others follow without echoing back.
    if (m_syncing || causeId.isEmpty())
        return;
    m_syncing = true;
    if (m_whys->currentCause() != causeId)
        m_whys->selectCause(causeId);
    m_fishbone->selectCause(causeId);
    if (m_factors->currentCause() != causeId)
        m_factors->selectCause(causeId);
    m_syncing = false;
}

void CausesPane::editCategories() {
    if (!m_doc)
        return;
    CategoriesDialog dialog(m_doc, m_template, this);
    dialog.exec();
}

void CausesPane::exportDiagram() {
    m_fishbone->exportWithDialog();
}

} // namespace causeway
