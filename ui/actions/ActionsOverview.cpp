#include "actions/ActionsOverview.h"

#include "actions/ActionsCsv.h"
#include "actions/ActionsOverviewModel.h"
#include "common/WindowSize.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

namespace {
const QString kExportFolderKey = QStringLiteral("actions/exportFolder");
constexpr int kReloadDelayMs = 400;
} // namespace

ActionsOverview::ActionsOverview(Store* store, QWidget* parent)
    : StoreFollowingDialog(kReloadDelayMs, parent)
    , m_model(new ActionsOverviewModel(this))
    , m_table(new QTableView(this))
    , m_owner(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_thisWeek(new QCheckBox(tr("Due this &week"), this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this)) {
    setWindowTitle(tr("All Actions"));
    setObjectName(QStringLiteral("ActionsOverview"));
    resize(textSize(this, 156, 33));

    m_owner->setPlaceholderText(tr("Owner name"));
    m_owner->setClearButtonEnabled(true);
    m_status->addItem(tr("Any status"), QString());
    for (const QString& s : ActionVocabulary::statuses())
        m_status->addItem(ActionVocabulary::displayName(ActionField::Status, s), s);
    m_status->setAccessibleName(tr("Status"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Any type"), QString());
    for (const QString& t : ActionVocabulary::types())
        m_type->addItem(ActionVocabulary::displayName(ActionField::Type, t), t);

    auto* ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto* filters = new QHBoxLayout;
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    filters->addWidget(m_overdue);
    filters->addWidget(m_thisWeek);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Actions of all postmortems"));
    m_table->setToolTip(tr("Double-click to open the postmortem"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &ActionsOverview::reload);
    connect(m_export, &QPushButton::clicked, this, &ActionsOverview::exportCsv);
    connect(m_owner, &QLineEdit::textChanged, this, &ActionsOverview::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionsOverview::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActionsOverview::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionsOverview::applyFilter);
    connect(m_thisWeek, &QCheckBox::toggled, this, &ActionsOverview::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPostmortemRequested(
            index.data(ActionsOverviewModel::PostmortemIdRole).toString());
    });
    // A burst of autosaves (typing) reloads once.
    setStore(store);
}

void ActionsOverview::setToday(const QDate& today) {
    m_today = today;
    reload();
}

ActionFilter ActionsOverview::filter() const {
    ActionFilter f;
    f.owner = m_owner->text();
    f.status = m_status->currentData().toString();
    f.type = m_type->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.dueThisWeek = m_thisWeek->isChecked();
    f.today = m_today.isValid() ? m_today : QDate::currentDate();
    return f;
}

void ActionsOverview::reload() {
    ActionFilter everything;
    everything.today = filter().today;
    m_all = store() ? queryActions(*store(), everything) : QList<ActionRow>();
    applyFilter();
}

void ActionsOverview::applyFilter() {
    const ActionFilter f = filter();
    QList<ActionRow> shown;
    int overdue = 0;
    for (const ActionRow& row : std::as_const(m_all)) {
        if (!f.accepts(row))
            continue;
        shown.append(row);
        overdue += row.overdue ? 1 : 0;
    }
    const QString selected =
        m_table->currentIndex().data(ActionsOverviewModel::ActionIdRole).toString();
    m_model->setRows(shown);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).action.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    // Long texts are elided (the tooltip and the postmortem have them in full), so the
    // short columns stay in view.
    const int chars = m_table->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> caps{{ActionsOverviewModel::PostmortemColumn, 30},
                                      {ActionsOverviewModel::TitleColumn, 42},
                                      {ActionsOverviewModel::CausesColumn, 36}};
    for (const auto& [column, maxChars] : caps)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), maxChars * chars));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setText(
        tr("%1 of %2 actions, %3 overdue").arg(shown.size()).arg(m_all.size()).arg(overdue));
    m_export->setEnabled(!shown.isEmpty());
}

QString ActionsOverview::exportCsvTo(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(actionsCsv(m_model->rows()));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void ActionsOverview::exportCsv() {
    QSettings settings;
    const QString folder =
        settings
            .value(kExportFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Actions as CSV"), QDir(folder).filePath(QStringLiteral("actions.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    if (const QString problem = exportCsvTo(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export Actions"), problem);
}

} // namespace causeway
