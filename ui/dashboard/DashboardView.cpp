#include "dashboard/DashboardView.h"

#include "common/WindowSize.h"
#include "dashboard/DashboardModel.h"
#include "dashboard/MonthChart.h"
#include "model/Fields.h"
#include "store/Store.h"
#include "util/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

namespace {

constexpr int kReloadDelayMs = 500;

QString percent(double share) {
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

QString days(double value) {
    return QLocale().toString(value, 'f', 1);
}

// A headline: the figure large, what it counts and its n small below.
QString figureHtml(const QString& title, const QString& value, const QString& detail) {
    return QStringLiteral("<div style='font-size:small'>%1</div>"
                          "<div style='font-size:xx-large; font-weight:600'>%2</div>"
                          "<div style='font-size:small'>%3</div>")
        .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped());
}

void setChoices(QComboBox* combo, const QString& anyText, QStringList values) {
    const QString current = combo->currentData().toString();
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty())
            combo->addItem(v, v);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

DashboardView::DashboardView(Store* store, QWidget* parent)
    : StoreFollowingDialog(kReloadDelayMs, parent)
    , m_model(new DashboardModel(this))
    , m_chart(new MonthChart(this))
    , m_table(new QTableView(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_severity(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_complete(figureLabel())
    , m_actions(figureLabel())
    , m_recurrence(figureLabel()) {
    setWindowTitle(tr("Dashboard"));
    setObjectName(QStringLiteral("DashboardView"));
    resize(textSize(this, 168, 45));

    // The period is on incident start; unchecked ends are open.
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(displayDateFormat());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);
    m_from->setToolTip(tr("Incidents that started on or after this day"));
    m_to->setToolTip(tr("Incidents that started on or before this day"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const QString& s : Vocabulary::severities())
        m_severity->addItem(Vocabulary::displayName(Field::Severity, s), s);
    m_from->setAccessibleName(tr("Started on or after"));
    m_to->setAccessibleName(tr("Started on or before"));
    m_severity->setAccessibleName(tr("Severity"));
    m_service->setAccessibleName(tr("Service"));
    m_tag->setAccessibleName(tr("Tag"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addSpacing(2 * fontMetrics().averageCharWidth());
    filters->addWidget(m_severity);
    filters->addWidget(m_service);
    filters->addWidget(m_tag);
    filters->addStretch(1);

    auto* figures = new QHBoxLayout;
    for (QLabel* figure : {m_complete, m_actions, m_recurrence})
        figures->addWidget(figure, 1);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(DashboardModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // incident order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Every column as wide as its numbers; what is left goes to the recurrence links.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DashboardModel::RecurrenceColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("The numbers behind the figures"));
    m_table->setToolTip(tr("Double-click to open the postmortem"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* definitions = new QLabel(
        tr("Period and filters select incidents by incident start. Time to complete: incident "
           "end → latest approval. Actions: due in the period (or up to today), closed or past "
           "due; won't-do excluded. Recurrence rate: confirmed recurrences of an earlier "
           "incident whose actions were all done."),
        this);
    definitions->setWordWrap(true);
    definitions->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);
    layout->addWidget(definitions);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &DashboardView::reload);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &DashboardView::recompute);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardView::recompute);
    for (QComboBox* combo : {m_severity, m_service, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardView::recompute);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPostmortemRequested(index.data(DashboardModel::IdRole).toString());
    });
    // A burst of autosaves (typing) reloads once.
    setStore(store);
}

QLabel* DashboardView::figureLabel() {
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::RichText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void DashboardView::setToday(const QDate& today) {
    m_today = today;
    recompute();
}

void DashboardView::reload() {
    m_all = store() ? loadActivePostmortems(*store()) : QList<Postmortem>();
    fillChoices();
    recompute();
}

void DashboardView::fillChoices() {
    QStringList services, tags;
    for (const Postmortem& pm : m_all) {
        services += pm.root.list(Field::ImpactServices);
        tags += pm.root.list(Field::Tags);
    }
    m_updatingFilter = true;
    setChoices(m_service, tr("Any service"), services);
    setChoices(m_tag, tr("Any tag"), tags);
    m_updatingFilter = false;
}

MetricsFilter DashboardView::filter() const {
    MetricsFilter f;
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    f.severity = m_severity->currentData().toString();
    f.service = m_service->currentData().toString();
    f.tag = m_tag->currentData().toString();
    return f;
}

void DashboardView::setFilter(const MetricsFilter& f) {
    m_updatingFilter = true;
    m_useFrom->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_useTo->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDate(f.to);
    const auto select = [](QComboBox* combo, const QString& value) {
        int index = combo->findData(value, Qt::UserRole, Qt::MatchFixedString);
        if (index < 0 && !value.isEmpty()) {
            combo->addItem(value, value); // not among the loaded ones: still filter by it
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    };
    select(m_severity, f.severity);
    select(m_service, f.service);
    select(m_tag, f.tag);
    m_updatingFilter = false;
    recompute();
}

void DashboardView::recompute() {
    if (m_updatingFilter)
        return;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const MetricsReport r = computeMetrics(m_all, filter(), today);
    m_model->setReport(r);
    m_chart->setMonths(r.months);

    if (r.completeN > 0)
        m_complete->setText(
            figureHtml(tr("Time to complete a postmortem (incident end → approved)"),
                       tr("%1 days").arg(days(*r.completeMedianDays)),
                       tr("median; mean %1 days; n = %2 approved, %3 not yet approved")
                           .arg(days(*r.completeMeanDays))
                           .arg(r.completeN)
                           .arg(r.notApproved.size())));
    else
        m_complete->setText(figureHtml(
            tr("Time to complete a postmortem (incident end → approved)"), QStringLiteral("–"),
            tr("n = 0 approved, %1 not yet approved").arg(r.notApproved.size())));

    m_actions->setText(
        figureHtml(tr("Actions closed within their deadline"),
                   r.actionsOnTimeShare ? percent(*r.actionsOnTimeShare) : QStringLiteral("–"),
                   tr("%1 of n = %2 on time; %3 won't-do excluded")
                       .arg(r.actionsOnTime)
                       .arg(r.actionsConsidered)
                       .arg(r.actionsWontDoExcluded)));

    m_recurrence->setText(
        figureHtml(tr("Recurrence rate (despite completed actions)"),
                   r.recurrenceRate ? percent(*r.recurrenceRate) : QStringLiteral("–"),
                   tr("%1 of n = %2 incidents; %3 confirmed recurrences in all")
                       .arg(r.recurrencesDespiteFixes)
                       .arg(r.incidents)
                       .arg(r.confirmedRecurrences)));
}

} // namespace causeway
