#pragma once

#include "causes/FishboneLayout.h"
#include "causes/FishbonePainter.h"

#include <QPointer>
#include <QWidget>

namespace causeway {

class PostmortemDocument;
struct Template;

// The fishbone for the presenter screen: the same painter as the Causes tab and the
// exports, scaled to fill the widget (a projector shows the whole diagram, as large as it
// fits). Read-only; it redraws when the document's causes change.
class PresenterFishbone : public QWidget {
    Q_OBJECT
public:
    explicit PresenterFishbone(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document, const Template* tmpl);
    // The layout as it will be drawn (brought up to date first).
    const FishboneLayout& layout();
    // Scene units to pixels at the current size.
    qreal scale();
    // The cause drawn highlighted (the facilitator's selection); empty: none.
    void setHighlightedCause(const QString& causeId);
    QString highlightedCause() const { return m_highlighted; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void invalidate();

    QPointer<PostmortemDocument> m_doc;
    const Template* m_template = nullptr;
    FishboneStyle m_style;
    FishboneLayout m_layout;
    bool m_dirty = true;
    QString m_highlighted;
};

} // namespace causeway
