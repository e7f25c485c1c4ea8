#include "report/Report.h"

#include "util/DisplayFormat.h"

#include <QTimeZone>

namespace causeway {

ReportBlock& Report::append(ReportBlock::Type type) {
    blocks.append(ReportBlock());
    blocks.last().type = type;
    return blocks.last();
}

void Report::heading(int level, const QString& text, const QString& anchor) {
    ReportBlock& b = append(ReportBlock::Type::Heading);
    b.level = level;
    b.text = text;
    b.anchor = anchor;
}

void Report::paragraph(const QString& text) {
    append(ReportBlock::Type::Paragraph).text = text;
}

void Report::note(const QString& text) {
    append(ReportBlock::Type::Note).text = text;
}

void Report::fieldList(const ReportFields& fields) {
    append(ReportBlock::Type::Fields).fields = fields;
}

void Report::tableBlock(const ReportTable& table) {
    append(ReportBlock::Type::Table).table = table;
}

void Report::list(const QList<ReportListItem>& items) {
    append(ReportBlock::Type::List).items = items;
}

void Report::pageBreak() {
    append(ReportBlock::Type::PageBreak);
}

QString reportDateTime(const QDateTime& utc, const QString& timeZoneId) {
    if (!utc.isValid())
        return QString();
    QTimeZone zone(timeZoneId.toUtf8());
    if (timeZoneId.isEmpty() || !zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    QString suffix = QStringLiteral("UTC");
    if (offset != 0) {
        const int minutes = qAbs(offset) / 60;
        suffix += (offset < 0 ? u'−' : u'+') + QStringLiteral("%1:%2")
                                                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return local.toString(displayDateTimeFormat()) + u' ' + suffix;
}

} // namespace causeway
