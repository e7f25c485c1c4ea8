#include "dashboard/SimilarIncidentsPanel.h"

#include "dashboard/SimilarIncidentsModel.h"
#include "editing/PostmortemDocument.h"
#include "metrics/RecurrenceEditing.h"
#include "metrics/SimilarIncidents.h"
#include "review/ReviewRecords.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace causeway {

namespace {
const QString kExpandedKey = QStringLiteral("editor/similarIncidentsExpanded");
}

SimilarIncidentsPanel::SimilarIncidentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new SimilarIncidentsModel(this))
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_view(new QTreeView(m_body))
    , m_status(new QLabel(m_body))
    , m_confirm(new QPushButton(tr("Con&firm recurrence"), m_body))
    , m_unlink(new QPushButton(tr("&Unlink"), m_body)) {
    setObjectName(QStringLiteral("SimilarIncidentsPanel"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setText(tr("Similar earlier incidents"));
    m_toggle->setAccessibleName(tr("Show similar earlier incidents"));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Similar earlier incidents"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SimilarIncidentsModel::ReasonsColumn,
                                           QHeaderView::Stretch);
    m_confirm->setToolTip(
        tr("Confirm that this incident is a recurrence of the selected earlier one"));
    m_unlink->setToolTip(tr("Remove the confirmed recurrence link to the selected postmortem"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_unlink);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_view);
    bodyLayout->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        setExpanded(on);
        QSettings().setValue(kExpandedKey, on);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_doc && RecurrenceEditing::confirmRecurrence(*m_doc, selectedId()))
            refresh();
    });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (m_doc && RecurrenceEditing::unlinkRecurrence(*m_doc, selectedId()))
            refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SimilarIncidentsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SimilarIncidentsPanel::updateButtons);

    m_refreshLater.setSingleShot(true);
    m_refreshLater.setInterval(kRefreshDelayMs);
    connect(&m_refreshLater, &QTimer::timeout, this, &SimilarIncidentsPanel::refresh);
    setExpanded(QSettings().value(kExpandedKey, true).toBool());
    updateButtons();
}

void SimilarIncidentsPanel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_model->setSuggestions({});
    if (!m_doc)
        return;
    // Typing edits fields many times a second; the search runs once the user pauses.
    connect(m_doc, &PostmortemDocument::fieldChanged, this,
            [this](const QString&, const QString& field) {
                if (field == ReviewRootField::RecurrenceOf)
                    refresh(); // an undo of a confirmation shows at once
                else
                    scheduleRefresh();
            });
    connect(m_doc, &PostmortemDocument::childrenChanged, this,
            &SimilarIncidentsPanel::scheduleRefresh);
    refresh();
}

void SimilarIncidentsPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

bool SimilarIncidentsPanel::isExpanded() const {
    return m_toggle->isChecked();
}

void SimilarIncidentsPanel::setExpanded(bool expanded) {
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void SimilarIncidentsPanel::scheduleRefresh() {
    m_refreshLater.start(); // restarts: only the pause after the last edit counts
}

void SimilarIncidentsPanel::refresh() {
    m_refreshLater.stop();
    if (!m_doc || !m_doc->store()) {
        m_model->setSuggestions({});
        return;
    }
    ++m_refreshes;
    const QString selected = selectedId();
    const auto found = findSimilarIncidents(*m_doc->store(), m_doc->postmortem(), -1);
    if (!found) {
        m_model->setSuggestions({});
        m_status->setText(tr("Could not look for similar incidents: %1").arg(found.error()));
        return;
    }
    // The best few, plus every confirmed link so it can be unlinked here.
    QList<SimilarIncident> shown;
    for (const SimilarIncident& s : found.value()) {
        if (shown.size() < kSuggestions || s.confirmed)
            shown.append(s);
    }
    m_model->setSuggestions(shown);
    m_view->setVisible(!shown.isEmpty()); // an empty table says less than the line below
    if (!shown.isEmpty()) {
        // As tall as its rows: a short list should not push the form down.
        m_view->setFixedHeight(m_view->header()->sizeHint().height() +
                               m_view->sizeHintForRow(0) * int(shown.size()) +
                               2 * m_view->frameWidth() + 2);
    }
    int confirmed = 0;
    for (const SimilarIncident& s : shown)
        confirmed += s.confirmed ? 1 : 0;
    m_toggle->setText(shown.isEmpty() ? tr("Similar earlier incidents (none)")
                                      : tr("Similar earlier incidents (%1)").arg(shown.size()));
    m_status->setText(
        shown.isEmpty()
            ? tr("No earlier postmortem shares text, tags, services or cause "
                 "categories with this one yet.")
            : tr("%1 confirmed as recurrence. Select one to confirm or unlink.").arg(confirmed));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(SimilarIncidentsModel::IdRole).toString() == selected)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
    for (int c = 0; c < SimilarIncidentsModel::ColumnCount; ++c) {
        if (c != SimilarIncidentsModel::ReasonsColumn)
            m_view->resizeColumnToContents(c);
    }
}

QString SimilarIncidentsPanel::selectedId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SimilarIncidentsModel::IdRole).toString();
}

void SimilarIncidentsPanel::updateButtons() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool editable = m_doc && !m_readOnly && !m_doc->isReadOnly();
    const bool confirmed =
        !rows.isEmpty() && rows.first().data(SimilarIncidentsModel::ConfirmedRole).toBool();
    m_confirm->setEnabled(editable && !rows.isEmpty() && !confirmed);
    m_unlink->setEnabled(editable && confirmed);
}

} // namespace causeway
