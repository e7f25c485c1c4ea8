#include "actions/ActionsPane.h"

#include "actions/ActionDetails.h"
#include "actions/ActionEditing.h"
#include "actions/ActionsModel.h"
#include "coach/CoachLineDelegate.h"
#include "editing/PostmortemDocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

ActionsPane::ActionsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new ActionsModel(this))
    , m_table(new QTableView(this))
    , m_details(new ActionDetails(this))
    , m_add(new QAction(tr("&Add Action"), this))
    , m_delete(new QAction(tr("&Delete Action"), this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_summary(new QLabel(this)) {
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::CausesColumn,
                                                      QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Action items"));
    m_table->setItemDelegateForColumn(
        ActionsModel::TitleColumn,
        new CoachLineDelegate(m_details->coach(), coach::TextContext::Action, this));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    // Insert and Ctrl+Shift+N add wherever the focus is in the tab; Delete only in the table,
    // where it cannot be meant for a character in a text field.
    m_add->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_add);
    m_delete->setShortcuts(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_delete);
    m_addButton->setToolTip(tr("Add an action (Ctrl+Shift+N or Insert)"));
    m_deleteButton->setToolTip(tr("Delete the selected action (Delete)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_deleteButton);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The table gets the full width for its seven columns; the details sit under it.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_add, &QAction::triggered, this, &ActionsPane::addNewAction);
    connect(m_addButton, &QPushButton::clicked, this, &ActionsPane::addNewAction);
    connect(m_delete, &QAction::triggered, this, &ActionsPane::deleteSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ActionsPane::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_details->setAction(currentAction());
        updateButtons();
    });
    const auto rowsChanged = [this] {
        m_details->setAction(currentAction());
        updateSummary();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionsPane::updateSummary);
    connect(m_model, &ActionsModel::editRefused, m_summary, &QLabel::setText);
    updateButtons();
}

void ActionsPane::setDocument(PostmortemDocument* document) {
    m_doc = document;
    m_details->setDocument(document);
    m_model->setDocument(document);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    fitColumns();
    updateSummary();
    updateButtons();
}

void ActionsPane::fitColumns() {
    // Short columns fit their content; the title takes what is left; the causes, shown in
    // full in the details, get about 28 characters.
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ActionsModel::CausesColumn,
                            std::min(m_table->columnWidth(ActionsModel::CausesColumn),
                                     m_table->fontMetrics().averageCharWidth() * 28));
    m_table->horizontalHeader()->setSectionResizeMode(ActionsModel::TitleColumn,
                                                      QHeaderView::Stretch);
}

void ActionsPane::setReadOnly(bool readOnly, bool followUp) {
    m_readOnly = readOnly;
    m_details->setReadOnly(readOnly, followUp);
    updateButtons();
}

QString ActionsPane::currentAction() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void ActionsPane::selectAction(const QString& actionId) {
    const int row = m_model->rowOf(actionId);
    if (row >= 0)
        m_table->selectRow(row);
}

QString ActionsPane::addNewAction() {
    if (!m_doc || m_readOnly || m_doc->isReadOnly())
        return {};
    const QString id = ActionEditing::addAction(*m_doc, tr("New action"));
    selectAction(id);
    m_details->titleEdit()->setFocus(Qt::ShortcutFocusReason);
    m_details->titleEdit()->selectAll();
    return id;
}

void ActionsPane::deleteSelected() {
    const QString id = currentAction();
    if (!m_doc || m_readOnly || id.isEmpty())
        return;
    const int row = m_model->rowOf(id);
    ActionEditing::removeAction(*m_doc, id);
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
}

void ActionsPane::updateSummary() {
    int overdue = 0;
    int open = 0;
    int unverified = 0;
    const QDate today = m_model->today();
    for (const Action& a : m_model->actions()) {
        if (a.isOverdue(today))
            ++overdue;
        if (!a.isClosed())
            ++open;
        if (a.status == u"done" && !a.isVerified())
            ++unverified;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No actions yet. Turn each root cause and contributing factor "
                              "into an owned, dated action."));
        return;
    }
    m_summary->setText(tr("%n open", nullptr, open) + QStringLiteral(" · ") +
                       tr("%n overdue", nullptr, overdue) + QStringLiteral(" · ") +
                       tr("%n done, unverified", nullptr, unverified));
}

void ActionsPane::updateButtons() {
    const bool writable = m_doc && !m_readOnly && !m_doc->isReadOnly();
    m_add->setEnabled(writable);
    m_addButton->setEnabled(writable);
    const bool selected = !currentAction().isEmpty();
    m_delete->setEnabled(writable && selected);
    m_deleteButton->setEnabled(writable && selected);
}

} // namespace causeway
