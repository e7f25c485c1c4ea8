#include "report/Report.h"

#include <QTimeZone>

namespace causeway {

void Report::heading(int level, const QString& text, const QString& anchor) {
    ReportBlock b;
    b.type = ReportBlock::Type::Heading;
    b.level = level;
    b.text = text;
    b.anchor = anchor;
    blocks.append(b);
}

void Report::paragraph(const QString& text) {
    ReportBlock b;
    b.type = ReportBlock::Type::Paragraph;
    b.text = text;
    blocks.append(b);
}

void Report::note(const QString& text) {
    ReportBlock b;
    b.type = ReportBlock::Type::Note;
    b.text = text;
    blocks.append(b);
}

void Report::fieldList(const ReportFields& fields) {
    ReportBlock b;
    b.type = ReportBlock::Type::Fields;
    b.fields = fields;
    blocks.append(b);
}

void Report::tableBlock(const ReportTable& table) {
    ReportBlock b;
    b.type = ReportBlock::Type::Table;
    b.table = table;
    blocks.append(b);
}

void Report::list(const QList<ReportListItem>& items) {
    ReportBlock b;
    b.type = ReportBlock::Type::List;
    b.items = items;
    blocks.append(b);
}

void Report::pageBreak() {
    ReportBlock b;
    b.type = ReportBlock::Type::PageBreak;
    blocks.append(b);
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
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u' ' + suffix;
}

} // namespace causeway
