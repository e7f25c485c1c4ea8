#include "editor/ParticipantsWidget.h"

#include "common/MarkingSelector.h"
#include "editing/PostmortemDocument.h"
#include "editor/ParticipantsModel.h"
#include "model/Fields.h"
#include "timeline/TimeEditDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

ParticipantsWidget::ParticipantsWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new ParticipantsModel(this))
    , m_view(new QTableView(this)) {
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Participants"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The marking is a word or nothing: the names, roles and teams keep the width.
    m_view->horizontalHeader()->setSectionResizeMode(ParticipantsModel::MarkingColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ParticipantsModel::MarkingColumn,
                                              m_view->fontMetrics().averageCharWidth() * 16);
    m_view->setItemDelegateForColumn(ParticipantsModel::MarkingColumn,
                                     new ChoiceDelegate(markingLevels(), &markingName, this));
    // Enough rows for a typical response team before it scrolls, in lines, not pixels.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 +
                             m_view->horizontalHeader()->sizeHint().height());

    m_add = new QPushButton(tr("Add participant"), this);
    m_add->setAccessibleName(tr("Add participant"));
    m_remove = new QPushButton(tr("Remove participant"), this);
    m_remove->setAccessibleName(tr("Remove participant"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ParticipantsWidget::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsWidget::removeCurrentParticipant);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ParticipantsWidget::updateButtons);
    updateButtons();
}

void ParticipantsWidget::setDocument(PostmortemDocument* document) {
    m_doc = document;
    m_model->setDocument(document);
    updateButtons();
}

void ParticipantsWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateButtons();
}

void ParticipantsWidget::addParticipant() {
    if (!m_doc || m_readOnly)
        return;
    const QString id = m_doc->addChild(Kind::Participant, {{Field::Name, QString()}});
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ParticipantsModel::NameColumn);
    m_view->setCurrentIndex(index);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(index);
}

void ParticipantsWidget::removeCurrentParticipant() {
    if (!m_doc || m_readOnly)
        return;
    const QString id = m_model->idAt(m_view->currentIndex().row());
    if (!id.isEmpty())
        m_doc->removeChild(id);
}

void ParticipantsWidget::updateButtons() {
    m_add->setEnabled(m_doc && !m_readOnly);
    m_remove->setEnabled(m_doc && !m_readOnly && m_view->currentIndex().isValid());
}

} // namespace causeway
