#include "review/ReviewPane.h"

#include "common/DisplayTimeZone.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "review/AnalysisDue.h"
#include "review/ChecklistView.h"
#include "review/DoraDeadlines.h"
#include "review/ReviewReasonDialog.h"
#include "review/ReviewRecords.h"
#include "review/SignatureList.h"
#include "store/Store.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace causeway {

namespace {

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setFailColor(QLabel* label, bool fail) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               fail ? ChecklistView::failColor(p.color(QPalette::Window))
                    : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(p);
}

QString stateHelp(const QString& state) {
    if (state == WorkflowState::InReview)
        return ReviewPane::tr("An approver checks it against the checklist below.");
    if (state == WorkflowState::Approved)
        return ReviewPane::tr("Approved postmortems are read-only. Publish it to share it, or "
                              "reopen it (with a reason) to change it.");
    if (state == WorkflowState::Published)
        return ReviewPane::tr("Published and read-only. Reopen it (with a reason) to change it.");
    return ReviewPane::tr("Being written. Submit it for review when the checklist passes.");
}

std::optional<QString> askWithDialog(QWidget* parent, Transition t,
                                     const QList<ChecklistItem>& failing) {
    ReviewReasonDialog dialog(t, failing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace

ReviewPane::ReviewPane(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_stateHelp(wrappingLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_error(wrappingLabel(this))
    , m_due(wrappingLabel(this))
    , m_checklist(new ChecklistView(this))
    , m_history(wrappingLabel(this))
    , m_doraBox(nullptr)
    , m_dora(wrappingLabel(this))
    , m_signatures(new SignatureList(this)) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);

    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setAccessibleName(tr("Review state"));
    layout->addWidget(m_state);
    layout->addWidget(m_stateHelp);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    setFailColor(m_error, true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* dueBox = new QGroupBox(tr("Analysis Due"), page);
    auto* dueLayout = new QVBoxLayout(dueBox);
    m_due->setAccessibleName(tr("Analysis due date"));
    dueLayout->addWidget(m_due);
    layout->addWidget(dueBox);

    auto* checklistBox = new QGroupBox(tr("Checklist"), page);
    auto* checklistLayout = new QVBoxLayout(checklistBox);
    checklistLayout->addWidget(m_checklist);
    layout->addWidget(checklistBox);

    auto* historyBox = new QGroupBox(tr("History"), page);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history->setAccessibleName(tr("Review history"));
    m_history->setTextFormat(Qt::RichText);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyBox);

    auto* doraBox = new QGroupBox(tr("DORA Reporting Deadlines"), page);
    auto* doraLayout = new QVBoxLayout(doraBox);
    m_dora->setTextFormat(Qt::RichText);
    m_dora->setAccessibleName(tr("DORA reporting deadlines"));
    doraLayout->addWidget(m_dora);
    layout->addWidget(doraBox);
    m_doraBox = doraBox;

    auto* signaturesBox = new QGroupBox(tr("Signatures"), page);
    signaturesBox->setObjectName(QStringLiteral("signaturesBox"));
    auto* signaturesLayout = new QVBoxLayout(signaturesBox);
    signaturesLayout->addWidget(m_signatures);
    layout->addWidget(signaturesBox);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_prompt = [this](Transition t, const QList<ChecklistItem>& failing) {
        return askWithDialog(this, t, failing);
    };
    refresh();
}

void ReviewPane::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_signatures->setDocument(document);
    m_error->hide();
    if (m_doc) {
        // Any edit can change the checklist; one refresh per burst of signals.
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &ReviewPane::scheduleRefresh);
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &ReviewPane::scheduleRefresh);
        connect(m_doc, &PostmortemDocument::childrenReset, this, &ReviewPane::scheduleRefresh);
        connect(m_doc, &PostmortemDocument::readOnlyChanged, this, &ReviewPane::scheduleRefresh);
    }
    refresh();
}

void ReviewPane::setKeyStore(KeyStore* keys) {
    m_signatures->setKeyStore(keys);
}

void ReviewPane::setReadOnly(bool readOnly) {
    // The checklist lints every text of the postmortem: it is not run again for nothing
    // (opening a postmortem sets the document and then its read-only state).
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    refresh();
}

void ReviewPane::scheduleRefresh() {
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

QPushButton* ReviewPane::transitionButton(Transition transition) const {
    for (QPushButton* b : m_buttonList) {
        if (b->property("transition").toString() == Workflow::key(transition))
            return b;
    }
    return nullptr;
}

void ReviewPane::rebuildButtons(const QString& state) {
    qDeleteAll(m_buttonList);
    m_buttonList.clear();
    if (!m_doc)
        return;
    int at = 0;
    for (Transition t : Workflow::allowedFrom(state)) {
        // An ellipsis where a dialog always follows (approve asks only over failing items).
        const bool asks = Workflow::needsReason(t) || t == Transition::Return;
        auto* button =
            new QPushButton(Workflow::actionName(t) + (asks ? tr("…") : QString()), this);
        button->setProperty("transition", Workflow::key(t));
        button->setEnabled(!m_readOnly && m_doc->store() && !m_doc->store()->isReadOnly());
        connect(button, &QPushButton::clicked, this, [this, t] { requestTransition(t); });
        m_buttons->insertWidget(at++, button);
        m_buttonList.append(button);
    }
}

void ReviewPane::requestTransition(Transition transition) {
    if (!m_doc)
        return;
    const Postmortem& pm = m_doc->postmortem();
    Workflow::Request request{transition, QString()};
    QList<ChecklistItem> failing;
    if (transition == Transition::Approve) {
        for (const ChecklistItem& item : computeChecklist(pm)) {
            if (item.state == ChecklistItem::State::Fail)
                failing.append(item);
        }
    }
    if (Workflow::needsReason(transition) || transition == Transition::Return ||
        !failing.isEmpty()) {
        const std::optional<QString> reason = m_prompt(transition, failing);
        if (!reason)
            return;
        request.reason = *reason;
    }
    const Status s = Workflow::apply(*m_doc, request);
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    m_error->hide();
    refresh();
    Q_EMIT stateChanged(Workflow::stateOf(m_doc->postmortem()));
}

QString ReviewPane::historyText() const {
    const Postmortem& pm = m_doc->postmortem();
    const QList<Workflow::Step> steps = Workflow::history(pm);
    if (steps.isEmpty())
        return tr("No review steps yet.");
    const QTimeZone zone = displayTimeZone(pm.root.text(Field::TimeZone));
    QStringList rows;
    for (const Workflow::Step& s : steps) {
        QString row = tr("<b>%1</b> → <b>%2</b> by %3, %4")
                          .arg(Workflow::stateName(s.from).toHtmlEscaped(),
                               Workflow::stateName(s.to).toHtmlEscaped(), s.by.toHtmlEscaped(),
                               formatDateTime(s.at, zone).toHtmlEscaped());
        if (!s.reason.isEmpty())
            row += QStringLiteral("<br>&nbsp;&nbsp;") +
                   (s.failedChecks.isEmpty() ? tr("Reason: %1") : tr("Justification: %1"))
                       .arg(s.reason.toHtmlEscaped());
        if (!s.failedChecks.isEmpty()) {
            QStringList titles;
            for (const QString& key : s.failedChecks)
                titles.append(checklistTitle(key).toHtmlEscaped());
            row += QStringLiteral("<br>&nbsp;&nbsp;") +
                   tr("Approved over: %1").arg(titles.join(QStringLiteral("; ")));
        }
        rows.append(row);
    }
    return rows.join(QStringLiteral("<br>"));
}

QString ReviewPane::doraText() const {
    const Postmortem& pm = m_doc->postmortem();
    const DoraDeadlines d = doraDeadlines(pm);
    if (!d.complete())
        return doraMissingText(d).toHtmlEscaped();
    const QString zoneId = pm.root.text(Field::TimeZone);
    const QTimeZone zone = displayTimeZone(zoneId);
    const auto both = [&](const QDateTime& t) {
        QString text = formatDateTime(t, QTimeZone::utc());
        if (zone.isValid() && zone != QTimeZone::utc())
            text += QStringLiteral(" · ") + formatDateTime(t, zone);
        return text.toHtmlEscaped();
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    const auto row = [&](const QString& label, const QString& value, const QString& note) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(label.toHtmlEscaped(), value, note.toHtmlEscaped());
    };
    row(tr("Initial report"), both(d.initial),
        d.cappedByDetection ? tr("24 h after detection (earlier than 4 h after classification)")
                            : tr("4 h after classification"));
    row(tr("Intermediate report"), both(d.intermediate), tr("72 h after the initial report"));
    row(tr("Final report"), both(d.final), tr("1 month after the intermediate report"));
    html += QStringLiteral("</table>");
    html += tr("Shown for planning only; Causeway submits nothing.").toHtmlEscaped();
    return html;
}

void ReviewPane::refresh() {
    if (!m_doc) {
        m_state->setText(tr("No postmortem open"));
        m_stateHelp->clear();
        rebuildButtons(QString());
        m_checklist->setItems({});
        m_due->clear();
        m_history->clear();
        m_doraBox->hide();
        return;
    }
    const Postmortem& pm = m_doc->postmortem();
    const QString state = Workflow::stateOf(pm);
    m_state->setText(tr("State: %1").arg(Workflow::stateName(state)));
    m_stateHelp->setText(stateHelp(state));
    rebuildButtons(state);
    m_checklist->setItems(computeChecklist(pm));

    const Policy policy = m_doc->store() ? m_doc->store()->policy() : Policy{};
    const AnalysisDue due = analysisDue(analysisDueInputs(pm), policy, QDate::currentDate());
    m_due->setText(due.describe());
    setFailColor(m_due, due.late);
    QFont f = m_due->font();
    f.setBold(due.late);
    m_due->setFont(f);

    m_history->setText(historyText());
    const bool dora = usesDoraDeadlines(pm);
    m_doraBox->setVisible(dora);
    if (dora)
        m_dora->setText(doraText());
}

} // namespace causeway
