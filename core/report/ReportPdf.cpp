#include "report/ReportPdf.h"

#include "report/PdfLayout.h"
#include "report/ReportFonts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <optional>

namespace causeway {

namespace {

using namespace PdfStyle;

QString tr(const char* text) {
    return QCoreApplication::translate("causeway", text);
}

struct Units {
    qreal dpi = 72;
    qreal pt(qreal points) const { return points * dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
};

// Where the header, body and footer go on a page, in painter coordinates.
struct PageFrame {
    QRectF page; // what may be painted on
    QRectF header;
    QRectF body;
    QRectF footer;
};

PageFrame pageFrame(QPagedPaintDevice& device, const Units& units) {
    PageFrame frame;
    frame.page = QRectF(0, 0, device.width(), device.height());
    const QPageLayout layout = device.pageLayout();
    if (layout.mode() == QPageLayout::FullPageMode) {
        // The painter reaches the paper's edge: keep to the layout's margins, at least 10 mm.
        const QMarginsF m = layout.marginsPixels(int(units.dpi));
        const qreal least = units.mm(10);
        frame.page =
            frame.page.marginsRemoved(QMarginsF(qMax(m.left(), least), qMax(m.top(), least),
                                                qMax(m.right(), least), qMax(m.bottom(), least)));
    }
    const qreal band = units.pt(BandPt * 1.4 + 12);
    frame.header = QRectF(frame.page.left(), frame.page.top(), frame.page.width(), band);
    frame.footer = QRectF(frame.page.left(), frame.page.bottom() - band, frame.page.width(), band);
    frame.body = QRectF(frame.page.left(), frame.header.bottom(), frame.page.width(),
                        frame.footer.top() - frame.header.bottom());
    return frame;
}

void drawBandText(QPainter& painter, const QRectF& rect, Qt::Alignment alignment,
                  const QString& text) {
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.drawText(rect, int(alignment | Qt::TextSingleLine),
                     metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

void drawHeaderAndFooter(QPainter& painter, const PageFrame& frame, const Units& units,
                         const Report& report, PdfCoverage& coverage, int page, int pages) {
    painter.save();
    const QFont font = ReportFonts::font(BandPt);
    const QFont bold = ReportFonts::font(BandPt, true);
    const qreal lineHeight = QFontMetricsF(font, painter.device()).height();
    const qreal gap = units.pt(4);
    painter.setPen(QPen(Rule, units.pt(0.5)));
    const qreal headerRule = frame.header.top() + lineHeight + gap;
    painter.drawLine(QPointF(frame.header.left(), headerRule),
                     QPointF(frame.header.right(), headerRule));
    const qreal footerRule = frame.footer.bottom() - lineHeight - gap;
    painter.drawLine(QPointF(frame.footer.left(), footerRule),
                     QPointF(frame.footer.right(), footerRule));

    painter.setPen(Ink);
    const QRectF headerLine(frame.header.left(), frame.header.top(), frame.header.width(),
                            lineHeight);
    const qreal third = frame.page.width() / 3;
    painter.setFont(bold);
    const QString marking = coverage(report.marking);
    const qreal markingWidth =
        qMin(QFontMetricsF(bold, painter.device()).horizontalAdvance(marking) + gap, third);
    drawBandText(painter, headerLine.adjusted(0, 0, -(headerLine.width() - markingWidth), 0),
                 Qt::AlignLeft | Qt::AlignVCenter, marking);
    painter.setFont(font);
    drawBandText(painter, headerLine.adjusted(markingWidth + gap, 0, 0, 0),
                 Qt::AlignRight | Qt::AlignVCenter, coverage(report.title));

    const QRectF footerLine(frame.footer.left(), frame.footer.bottom() - lineHeight,
                            frame.footer.width(), lineHeight);
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pages);
    const qreal pageWidth = QFontMetricsF(font, painter.device()).horizontalAdvance(pageText) + gap;
    drawBandText(painter, footerLine, Qt::AlignRight | Qt::AlignVCenter, pageText);
    QString left = coverage(report.documentId);
    if (report.generatedAt.isValid()) {
        const QString generated =
            tr("Generated %1").arg(reportDateTime(report.generatedAt, QString()));
        left = left.isEmpty() ? generated : left + QStringLiteral("  ·  ") + generated;
    }
    drawBandText(painter, footerLine.adjusted(0, 0, -pageWidth - gap, 0),
                 Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.restore();
}

} // namespace

Result<PdfOutcome> paintReport(const Report& report, QPagedPaintDevice& device,
                               const ReportProgress& progress) {
    if (!ReportFonts::ensureLoaded())
        return Result<PdfOutcome>::failure(tr("The report fonts could not be loaded."));
    const Units units{qreal(device.logicalDpiY())};
    const PageFrame frame = pageFrame(device, units);
    if (frame.body.width() <= units.mm(20) || frame.body.height() <= units.mm(20))
        return Result<PdfOutcome>::failure(tr("The page is too small for the report."));

    // Every text measured once and every page laid out before anything is painted: the
    // footers need the page count, the contents every heading's page.
    PdfLayout layout(report, device, frame.body.size());
    const QList<PdfPage>& pages = layout.pages();
    const int steps = int(pages.size()) + 1;
    if (progress && !progress(1, steps))
        return Result<PdfOutcome>::failure(tr("cancelled"));

    QPainter painter;
    if (!painter.begin(&device))
        return Result<PdfOutcome>::failure(tr("Cannot paint on the output device."));
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Result<PdfOutcome>::failure(tr("Cannot start a new page."));
        }
        // Page-local coordinates: no number in the file exceeds the page (PDF/A-1 allows
        // none above 32767).
        painter.save();
        painter.translate(frame.body.topLeft());
        for (const PdfItem& item : pages.at(page).items)
            paintPdfItem(painter, item);
        painter.restore();
        drawHeaderAndFooter(painter, frame, units, report, layout.coverage(), page + 1,
                            int(pages.size()));
        if (progress && !progress(page + 2, steps)) {
            painter.end();
            return Result<PdfOutcome>::failure(tr("cancelled"));
        }
    }
    painter.end();

    PdfOutcome outcome;
    outcome.pages = int(pages.size());
    outcome.warnings = layout.coverage().warnings();
    return outcome;
}

Result<PdfOutcome> writeReportPdf(const Report& report, const QString& path,
                                  QPageSize::PageSizeId paper, const ReportProgress& progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<PdfOutcome>::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    std::optional<Result<PdfOutcome>> outcome;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        // The title is the only metadata: nothing else that a redacted report could leak.
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Causeway"));
        writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        outcome = paintReport(report, writer, progress);
    }
    if (!outcome->ok()) {
        file.cancelWriting();
        return *outcome;
    }
    if (!file.commit())
        return Result<PdfOutcome>::failure(
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return *outcome;
}

} // namespace causeway
