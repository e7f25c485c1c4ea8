#pragma once

// Helpers for report tests: every string a report holds, to check what is (not) in it.
#include "report/Report.h"

#include <QStringList>

namespace causeway::test {

inline QStringList reportStrings(const Report& report) {
    QStringList all{report.title, report.marking, report.documentId, report.contentSha256};
    for (const auto& [label, value] : report.cover)
        all << label << value;
    for (const ReportBlock& b : report.blocks) {
        all << b.text;
        for (const auto& [label, value] : b.fields)
            all << label << value;
        all += b.table.headers;
        for (const QStringList& row : b.table.rows)
            all += row;
        for (const ReportListItem& item : b.items)
            all << item.text << item.note;
        if (b.fishbone) {
            for (const FishboneLabel& label : b.fishbone->labels)
                all += label.lines;
        }
    }
    return all;
}

inline QString reportText(const Report& report) {
    return reportStrings(report).join(u'\n');
}

inline QStringList reportAnchors(const Report& report) {
    QStringList anchors;
    for (const ReportBlock& b : report.blocks) {
        if (b.type == ReportBlock::Type::Heading && !b.anchor.isEmpty())
            anchors.append(b.anchor);
    }
    return anchors;
}

} // namespace causeway::test
