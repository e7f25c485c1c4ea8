#pragma once

#include "report/Report.h"

#include <QByteArray>

namespace causeway {

// The report as one self-contained HTML5 file (UTF-8): styles inline in a <style> element,
// the fishbone as inline SVG, no scripts and no external references, so it opens the same
// anywhere and offline. Printable: headers repeat on table page breaks.
QByteArray reportHtml(const Report& report);

// The report as CommonMark with GitHub-style tables. The fishbone, which Markdown cannot
// draw, is written as its bones and causes in nested lists.
QByteArray reportMarkdown(const Report& report);

} // namespace causeway
