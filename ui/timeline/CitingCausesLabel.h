#pragma once

#include "editing/PostmortemDocument.h"

#include <QLabel>
#include <QPointer>
#include <QStringList>

namespace causeway {

// Under a timeline event's evidence: the causes that cite the event (or one of its
// attachments) as links, "Cited by 2 causes: Pool too small, No load test". A link asks
// the window to show the cause. Follows the document, so linking or unlinking evidence in
// the root-cause view, and undoing it, shows here at once.
class CitingCausesLabel : public QLabel {
    Q_OBJECT
public:
    // Past this many the label says "and n more": the event row stays one or two lines.
    static constexpr int kMaxLinks = 6;

    explicit CitingCausesLabel(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    // The event whose citing causes are shown; empty shows nothing.
    void setEvent(const QString& eventId);
    QString eventId() const { return m_eventId; }
    // The causes shown, in 5-whys order.
    const QStringList& causeIds() const { return m_causes; }

Q_SIGNALS:
    void causeActivated(const QString& causeId);

private:
    void refresh();
    void onFieldChanged(const QString& recordId, const QString& field);
    void onLink(const QString& link);

    QPointer<PostmortemDocument> m_doc;
    QString m_eventId;
    QStringList m_causes;
};

} // namespace causeway
