#pragma once

#include "report/ReportBuilder.h"
#include "report/ReportPdf.h"

#include <QPageSize>
#include <QString>
#include <optional>

namespace causeway {

class Store;
class TemplateRegistry;

enum class ReportFormat { Pdf, Markdown, Html };
std::optional<ReportFormat> reportFormatFromName(const QString& name); // pdf|markdown|md|html
QString reportFormatSuffix(ReportFormat format);                       // "pdf", "md", "html"

struct ExportRequest {
    QString postmortemId;
    ReportFormat format = ReportFormat::Pdf;
    QString path;
    QPageSize::PageSizeId paper = QPageSize::A4; // PDF only
    ReportOptions options;
};

struct ExportOutcome {
    int pages = 0; // PDF only
    QStringList warnings;
};

// Loads the postmortem (and its audit trail when asked), builds the report and writes it
// in the format, through a temporary file. The CLI and the app both export through here.
Result<ExportOutcome> exportReport(const Store& store, const TemplateRegistry& templates,
                                   const ExportRequest& request,
                                   const ReportProgress& progress = {});

} // namespace causeway
