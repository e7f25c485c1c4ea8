#include "timeline/CitingCausesLabel.h"

#include "causes/Cause.h"
#include "causes/Traceability.h"
#include "timeline/TimelineEvent.h"

namespace causeway {

namespace {

const QString kScheme = QStringLiteral("cause:");

} // namespace

CitingCausesLabel::CitingCausesLabel(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setAccessibleName(tr("Causes that cite the event"));
    // A little air between the evidence list above and the capture line below.
    setContentsMargins(0, 3, 0, 3);
    connect(this, &QLabel::linkActivated, this, &CitingCausesLabel::onLink);
    refresh();
}

void CitingCausesLabel::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_eventId.clear();
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &CitingCausesLabel::onFieldChanged);
        // A cause trashed or restored, or the event itself.
        connect(m_doc, &PostmortemDocument::childAdded, this, &CitingCausesLabel::refresh);
        connect(m_doc, &PostmortemDocument::childRemoved, this, &CitingCausesLabel::refresh);
        connect(m_doc, &PostmortemDocument::childrenReset, this, &CitingCausesLabel::refresh);
    }
    refresh();
}

void CitingCausesLabel::setEvent(const QString& eventId) {
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    refresh();
}

void CitingCausesLabel::onFieldChanged(const QString& recordId, const QString& field) {
    if (m_eventId.isEmpty())
        return;
    if (recordId == m_eventId) {
        if (field == EventField::Evidence) // an attachment a cause cites came or went
            refresh();
        return;
    }
    const Record* r = m_doc->record(recordId);
    if (r && r->kind == Kind::Cause &&
        (field == CauseField::Evidence || field == CauseField::Statement ||
         field == CauseField::Parent || field == CauseField::Position))
        refresh();
}

void CitingCausesLabel::refresh() {
    const Record* event = m_doc && !m_eventId.isEmpty() ? m_doc->record(m_eventId) : nullptr;
    m_causes =
        event && !event->deleted ? causesCiting(m_doc->postmortem(), m_eventId) : QStringList();
    setVisible(event && !event->deleted);
    if (m_causes.isEmpty()) {
        setText(tr("No cause cites this event yet."));
        setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    setForegroundRole(QPalette::WindowText);
    const QFontMetrics metrics = fontMetrics();
    const int width = metrics.averageCharWidth() * 40;
    QStringList links;
    for (const QString& id : std::as_const(m_causes)) {
        if (links.size() == kMaxLinks)
            break;
        const Record* cause = m_doc->record(id);
        QString statement = cause->text(CauseField::Statement).simplified();
        if (statement.isEmpty())
            statement = tr("(no statement yet)");
        links.append(
            QStringLiteral("<a href=\"%1%2\">%3</a>")
                .arg(kScheme, id,
                     metrics.elidedText(statement, Qt::ElideRight, width).toHtmlEscaped()));
    }
    QString text = tr("Cited by %n cause(s):", "", int(m_causes.size())) + u' ' +
                   links.join(QStringLiteral(", "));
    const int more = int(m_causes.size()) - int(links.size());
    if (more > 0)
        text += u' ' + tr("and %n more", "", more);
    setText(text);
}

void CitingCausesLabel::onLink(const QString& link) {
    if (link.startsWith(kScheme))
        Q_EMIT causeActivated(link.mid(kScheme.size()));
}

} // namespace causeway
