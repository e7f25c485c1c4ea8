#pragma once

#include "report/Report.h"
#include "util/Result.h"

#include <QPageSize>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace causeway {

// Progress of long work: done out of total steps; returning false cancels.
using ReportProgress = std::function<bool(int done, int total)>;

struct PdfOutcome {
    int pages = 0;
    QStringList warnings; // characters the font lacks, replaced by "[U+XXXX]"
};

// Paints the report on a paged device (a QPdfWriter, or a QPrinter for Print and Print
// Preview) with the device's page layout: cover, table of contents with page numbers, the
// blocks, a header (marking, title) and footer ("Page X of Y", document id, generated-at)
// on every page. Only opaque colours, only the report fonts: what PDF/A-1b allows.
// Fails when cancelled, or when the device cannot be painted on.
Result<PdfOutcome> paintReport(const Report& report, QPagedPaintDevice& device,
                               const ReportProgress& progress = {});

// Writes a PDF/A-1b file (QPdfWriter, PdfVersion_A1b) with the report's title as the
// only document metadata. Written through a temporary file: a failure or a cancel never
// leaves a half-written file at path.
Result<PdfOutcome> writeReportPdf(const Report& report, const QString& path,
                                  QPageSize::PageSizeId paper = QPageSize::A4,
                                  const ReportProgress& progress = {});

} // namespace causeway
