#include "bundle/ConflictsPane.h"

#include "bundle/ConflictValueDialog.h"
#include "bundle/ConflictsModel.h"
#include "common/ProblemLabel.h"
#include "editing/PostmortemDocument.h"
#include "sync/Conflict.h"
#include "sync/ConflictEditing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

ConflictsPane::ConflictsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new ConflictsModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_keep(new QPushButton(tr("&Keep Current"), this))
    , m_take(new QPushButton(tr("Take Conflictin&g"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this)) {
    m_intro->setText(tr("Values that lost when this postmortem was merged with another "
                        "machine's copy. The current value is the one every machine shows; keep "
                        "it, take the conflicting value instead, or write a new one."));
    m_intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Open conflicts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // The two values get the width; labels and reasons take what they need.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConflictsModel::CurrentColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictsModel::ConflictingColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictsModel::FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictsModel::ReasonColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ConflictsModel::TargetColumn, fontMetrics().averageCharWidth() * 36);

    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    makeProblemLabel(m_problem);

    m_keep->setToolTip(tr("The current value stays; the conflict is marked resolved."));
    m_take->setToolTip(tr("The conflicting value replaces the current one."));
    m_edit->setToolTip(tr("Write a value that replaces both."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_take);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_keep, &QPushButton::clicked, this, &ConflictsPane::keepCurrent);
    connect(m_take, &QPushButton::clicked, this, &ConflictsPane::takeConflicting);
    connect(m_edit, &QPushButton::clicked, this, &ConflictsPane::editValue);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_problem->hide();
        updateDetail();
    });
    connect(m_model, &ConflictsModel::countChanged, this, &ConflictsPane::countChanged);
    // A resolved row goes; the next conflict takes its place as the current one.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first) {
        if (m_model->rowCount() > 0)
            m_table->selectRow(std::min(first, m_model->rowCount() - 1));
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConflictsPane::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateDetail();
    });
    updateDetail();
}

void ConflictsPane::setDocument(PostmortemDocument* document, const Template* tmpl) {
    m_doc = document;
    m_problem->hide();
    m_model->setDocument(document, tmpl);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
}

void ConflictsPane::setReadOnlyReason(const QString& reason) {
    m_readOnlyReason = reason;
    updateDetail();
}

int ConflictsPane::openCount() const {
    return m_model->rowCount();
}

QString ConflictsPane::currentConflict() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->conflictId(current.row()) : QString();
}

void ConflictsPane::selectConflict(const QString& conflictId) {
    const int row = m_model->rowOf(conflictId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConflictsPane::updateDetail() {
    const QString id = currentConflict();
    const Record* conflict = m_doc && !id.isEmpty() ? m_doc->record(id) : nullptr;
    QString detail;
    if (!m_doc || m_model->rowCount() == 0) {
        detail = tr("There are no open conflicts.");
    } else if (conflict) {
        detail = describeConflict(m_doc->postmortem(), *conflict) + QStringLiteral(": ") +
                 conflictReasonExplanation(conflict->text(ConflictField::Reason));
    }
    if (!m_readOnlyReason.isEmpty() && m_model->rowCount() > 0)
        detail += u'\n' + m_readOnlyReason;
    m_detail->setText(detail);
    const bool enabled = conflict && m_readOnlyReason.isEmpty();
    m_keep->setEnabled(enabled);
    m_take->setEnabled(enabled);
    // The deletion state is yes or no: keep or take, nothing to write.
    m_edit->setEnabled(enabled && conflict->text(ConflictField::Field) != kDeletionField);
}

void ConflictsPane::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString ConflictsPane::resolveWith(const QString& resolution, const QJsonValue& value) {
    const QString id = currentConflict();
    if (!m_doc || id.isEmpty())
        return tr("No conflict is selected.");
    if (!m_readOnlyReason.isEmpty()) {
        showProblem(m_readOnlyReason);
        return m_readOnlyReason;
    }
    const QString why = ConflictEditing::resolve(*m_doc, id, resolution, value);
    showProblem(why);
    return why;
}

QString ConflictsPane::keepCurrent() {
    return resolveWith(ConflictResolution::KeptMine);
}

QString ConflictsPane::takeConflicting() {
    return resolveWith(ConflictResolution::KeptTheirs);
}

QString ConflictsPane::editValue() {
    const QString id = currentConflict();
    const Record* conflict = m_doc && !id.isEmpty() ? m_doc->record(id) : nullptr;
    if (!conflict)
        return tr("No conflict is selected.");
    const Postmortem& pm = m_doc->postmortem();
    const QJsonValue theirs = conflict->value(ConflictField::Value);
    const QJsonValue current = currentConflictValue(pm, *conflict);
    ConflictValueDialog dialog(describeConflict(pm, *conflict),
                               conflictValueText(pm, *conflict, current),
                               conflictValueText(pm, *conflict, theirs),
                               theirs.isNull() || theirs.isUndefined() ? current : theirs, this);
    if (dialog.exec() != QDialog::Accepted)
        return tr("Cancelled.");
    return resolveWith(ConflictResolution::Edited, dialog.value());
}

} // namespace causeway
