#include "timeline/PhaseMetricsStrip.h"

#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace causeway {

namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

QColor blend(const QColor& a, const QColor& b, int bPercent) {
    const auto mix = [bPercent](int x, int y) {
        return (x * (100 - bPercent) + y * bPercent) / 100;
    };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

} // namespace

PhaseMetricsStrip::PhaseMetricsStrip(QWidget* parent)
    : QWidget(parent)
    , m_durations(new QLabel(this))
    , m_warningIcon(new QLabel(this))
    , m_warningText(new QLabel(this)) {
    // A little larger than the table: the durations are what a room reads off the projector.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_durations->setFont(big);
    m_durations->setTextFormat(Qt::RichText);
    m_durations->setWordWrap(true);
    m_durations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_durations->setAccessibleName(tr("Incident durations"));

    const int iconSize = m_warningText->fontMetrics().height();
    m_warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::PlainText);
    m_warningText->setAccessibleName(tr("Timeline warnings"));

    // The warning row is tinted amber over the window colour: visible in light and dark
    // palettes while the text keeps the palette's full contrast.
    auto* warningRow = new QWidget(this);
    warningRow->setObjectName(QStringLiteral("phaseWarnings"));
    QPalette tinted = warningRow->palette();
    tinted.setColor(QPalette::Window,
                    blend(tinted.color(QPalette::Window), QColor(0xf0, 0xb0, 0x00), 25));
    warningRow->setPalette(tinted);
    warningRow->setAutoFillBackground(true);
    auto* warningLayout = new QHBoxLayout(warningRow);
    const int pad = iconSize / 4;
    warningLayout->setContentsMargins(pad, pad, pad, pad);
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    warningRow->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(pad);
    layout->addWidget(m_durations);
    layout->addWidget(warningRow);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &PhaseMetricsStrip::refresh);
    refresh();
}

void PhaseMetricsStrip::setSources(PostmortemDocument* document, TimelineModel* model) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_doc = document;
    m_model = model;
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &PhaseMetricsStrip::onFieldChanged);
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &PhaseMetricsStrip::schedule);
    }
    if (m_model) {
        // Event rows appear, go and move in time; the model has parsed their times.
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PhaseMetricsStrip::schedule);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PhaseMetricsStrip::schedule);
        connect(m_model, &QAbstractItemModel::modelReset, this, &PhaseMetricsStrip::schedule);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PhaseMetricsStrip::schedule);
    }
    refresh();
}

void PhaseMetricsStrip::onFieldChanged(const QString& recordId, const QString& field) {
    if (m_doc && recordId == m_doc->id() && Phases::markerKeys().contains(field))
        schedule();
}

void PhaseMetricsStrip::schedule() {
    m_refresh.start();
}

void PhaseMetricsStrip::refresh() {
    m_refresh.stop();
    QList<QDateTime> times;
    if (m_model) {
        times.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            times.append(m_model->eventAt(row)->time);
    }
    PhaseMetricsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    m_metrics =
        m_doc ? computePhaseMetrics(m_doc->postmortem().root, times, options) : PhaseMetrics();

    const bool any = std::any_of(m_metrics.durations.cbegin(), m_metrics.durations.cend(),
                                 [](const PhaseDuration& d) { return d.ms.has_value(); });
    if (!any) {
        m_durations->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(palette().color(QPalette::PlaceholderText).name(),
                     tr("No durations yet: select an event and press Ctrl+Shift+1…7, or "
                        "right-click it, to set a phase.")
                         .toHtmlEscaped()));
    } else {
        QStringList parts;
        for (const PhaseDuration& d : std::as_const(m_metrics.durations)) {
            const QString value = d.ms ? formatDuration(*d.ms) : QStringLiteral("\u2013");
            // Non-breaking spaces: a narrow window wraps between durations, never inside one.
            QString part = phaseMetricLabel(d.key).toHtmlEscaped() + QStringLiteral(" <b>") +
                           value.toHtmlEscaped() + QStringLiteral("</b>");
            part.replace(u' ', QStringLiteral("&nbsp;"));
            parts.append(part);
        }
        m_durations->setText(parts.join(kSeparator));
    }
    QStringList tips;
    for (const PhaseDuration& d : std::as_const(m_metrics.durations)) {
        tips.append(tr("%1: %2 (%3 \u2192 %4)")
                        .arg(phaseMetricName(d.key), d.ms ? formatDuration(*d.ms) : tr("not set"),
                             Phases::displayName(d.from), Phases::displayName(d.to)));
    }
    m_durations->setToolTip(tips.join(u'\n'));

    QWidget* warningRow = m_warningText->parentWidget();
    if (m_metrics.warnings.isEmpty()) {
        warningRow->hide();
        m_warningText->clear();
        return;
    }
    const int more = int(m_metrics.warnings.size()) - 1;
    QString text = m_metrics.warnings.first().displayMessage;
    if (more > 0)
        text += u' ' + tr("(+%1 more, hover to see all)").arg(more);
    m_warningText->setText(text);
    QString tooltip = QStringLiteral("<ul style=\"margin:0\">");
    for (const PhaseWarning& w : std::as_const(m_metrics.warnings))
        tooltip +=
            QStringLiteral("<li>") + w.displayMessage.toHtmlEscaped() + QStringLiteral("</li>");
    tooltip += QStringLiteral("</ul>");
    warningRow->setToolTip(tooltip);
    warningRow->show();
}

QString PhaseMetricsStrip::durationsText() const {
    QStringList parts;
    for (const PhaseDuration& d : m_metrics.durations)
        parts.append(phaseMetricLabel(d.key) + u' ' +
                     (d.ms ? formatDuration(*d.ms) : QStringLiteral("\u2013")));
    return parts.join(kSeparator);
}

QString PhaseMetricsStrip::warningText() const {
    return m_warningText->text();
}

} // namespace causeway
