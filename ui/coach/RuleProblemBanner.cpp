#include "coach/RuleProblemBanner.h"

#include "coach/RuleCache.h"

namespace causeway {

RuleProblemBanner::RuleProblemBanner(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("coachRulesProblem"));
    setAccessibleName(tr("Language rules problem"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // The same look as the database location warning: a note about the setup, not an error
    // in the postmortem.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setMargin(fontMetrics().height() / 2);
    connect(this, &QLabel::linkActivated, this, &RuleProblemBanner::dismiss);
    hide();
}

void RuleProblemBanner::refresh() {
    m_shown.clear();
    for (const QString& problem : coach::userRuleProblems()) {
        if (!m_dismissed.contains(problem))
            m_shown.append(problem);
    }
    if (m_shown.isEmpty()) {
        hide();
        return;
    }
    QStringList lines;
    for (const QString& problem : std::as_const(m_shown))
        lines.append(problem.toHtmlEscaped());
    setText(lines.join(QStringLiteral("<br>")) + QStringLiteral(" <a href=\"dismiss\">") +
            tr("Dismiss").toHtmlEscaped() + QStringLiteral("</a>"));
    setToolTip(m_shown.join(u'\n'));
    show();
}

void RuleProblemBanner::dismiss() {
    m_dismissed.append(m_shown);
    m_shown.clear();
    hide();
}

} // namespace causeway
