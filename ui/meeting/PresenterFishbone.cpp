#include "meeting/PresenterFishbone.h"

#include "causes/FishboneExport.h"
#include "editing/PostmortemDocument.h"

#include <QPainter>

namespace causeway {

PresenterFishbone::PresenterFishbone(QWidget* parent)
    : QWidget(parent)
    , m_style(FishboneStyle::standard()) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Fishbone diagram"));
}

void PresenterFishbone::setDocument(PostmortemDocument* document, const Template* tmpl) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_template = tmpl;
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &PresenterFishbone::invalidate);
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &PresenterFishbone::invalidate);
    }
    invalidate();
}

void PresenterFishbone::invalidate() {
    m_dirty = true;
    update();
}

const FishboneLayout& PresenterFishbone::layout() {
    if (m_dirty) {
        m_layout =
            m_doc ? fishboneLayoutOf(m_doc->postmortem(), m_template, m_style) : FishboneLayout();
        m_dirty = false;
    }
    return m_layout;
}

qreal PresenterFishbone::scale() {
    const QRectF scene = layout().sceneRect;
    if (scene.isEmpty())
        return 1;
    return qMin(width() / scene.width(), height() / scene.height());
}

void PresenterFishbone::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), m_style.background);
    const QRectF scene = layout().sceneRect;
    if (!m_doc || scene.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal s = scale();
    // Centred: the spare space goes evenly to both sides.
    painter.translate((width() - scene.width() * s) / 2, (height() - scene.height() * s) / 2);
    painter.scale(s, s);
    painter.translate(-scene.topLeft());
    FishbonePainter::paintBackground(painter, m_layout, m_style);
    FishbonePainter::paintLines(painter, m_layout, m_style);
    for (const FishboneLabel& label : m_layout.labels)
        FishbonePainter::paintLabel(painter, label, m_style,
                                    label.type == FishboneLabel::Cause &&
                                        !m_highlighted.isEmpty() && label.id == m_highlighted);
}

void PresenterFishbone::setHighlightedCause(const QString& causeId) {
    if (causeId == m_highlighted)
        return;
    m_highlighted = causeId;
    update();
}

} // namespace causeway
