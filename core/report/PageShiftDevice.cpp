#include "report/PageShiftDevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace causeway {

// Painting state goes to the target as it changes; each drawing call goes with the current
// transform split into its linear part (set on the target) and its translation (added to
// the coordinates, expressed in the linear part's space).
class PageShiftEngine : public QPaintEngine {
public:
    PageShiftEngine(QPainter& target, const QRectF& pageClip)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_target(target)
        , m_pageClip(pageClip) {}

    bool begin(QPaintDevice*) override {
        m_target.save();
        resetClip();
        return true;
    }
    bool end() override {
        m_target.restore();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& changed) override {
        const DirtyFlags flags = changed.state();
        if (flags & DirtyTransform)
            m_transform = changed.transform();
        if (flags & DirtyPen)
            m_target.setPen(changed.pen());
        if (flags & DirtyBrush)
            m_target.setBrush(changed.brush());
        if (flags & DirtyBrushOrigin)
            m_target.setBrushOrigin(changed.brushOrigin());
        if (flags & DirtyFont)
            m_target.setFont(changed.font());
        if (flags & DirtyBackground)
            m_target.setBackground(changed.backgroundBrush());
        if (flags & DirtyBackgroundMode)
            m_target.setBackgroundMode(changed.backgroundMode());
        if (flags & DirtyHints)
            m_target.setRenderHints(changed.renderHints());
        if (flags & DirtyClipPath) {
            clip(changed.clipPath(), changed.clipOperation());
        } else if (flags & DirtyClipRegion) {
            QPainterPath path;
            path.addRegion(changed.clipRegion());
            clip(path, changed.clipOperation());
        } else if ((flags & DirtyClipEnabled) && !changed.isClipEnabled()) {
            resetClip();
        }
        // Opacity and composition modes are never used: PDF/A forbids transparency.
    }

    void drawPath(const QPainterPath& path) override {
        const QPointF shift = prepare();
        m_target.drawPath(path.translated(shift));
    }
    void drawRects(const QRectF* rects, int count) override {
        const QPointF shift = prepare();
        for (int i = 0; i < count; ++i)
            m_target.drawRect(rects[i].translated(shift));
    }
    void drawLines(const QLineF* lines, int count) override {
        const QPointF shift = prepare();
        for (int i = 0; i < count; ++i)
            m_target.drawLine(lines[i].translated(shift));
    }
    void drawEllipse(const QRectF& rect) override {
        const QPointF shift = prepare();
        m_target.drawEllipse(rect.translated(shift));
    }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        const QPointF shift = prepare();
        QPolygonF polygon;
        polygon.reserve(count);
        for (int i = 0; i < count; ++i)
            polygon.append(points[i] + shift);
        switch (mode) {
        case PolylineMode:
            m_target.drawPolyline(polygon);
            break;
        case ConvexMode:
            m_target.drawConvexPolygon(polygon);
            break;
        case OddEvenMode:
            m_target.drawPolygon(polygon, Qt::OddEvenFill);
            break;
        case WindingMode:
            m_target.drawPolygon(polygon, Qt::WindingFill);
            break;
        }
    }
    void drawPixmap(const QRectF& rect, const QPixmap& pixmap, const QRectF& source) override {
        const QPointF shift = prepare();
        m_target.drawPixmap(rect.translated(shift), pixmap, source);
    }
    void drawImage(const QRectF& rect, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override {
        const QPointF shift = prepare();
        m_target.drawImage(rect.translated(shift), image, source, flags);
    }
    void drawTiledPixmap(const QRectF& rect, const QPixmap& pixmap,
                         const QPointF& offset) override {
        const QPointF shift = prepare();
        m_target.drawTiledPixmap(rect.translated(shift), pixmap, offset);
    }
    void drawTextItem(const QPointF& position, const QTextItem& item) override {
        const QPointF shift = prepare();
        const QPointF at = position + shift;
        // The layout draws the lines of a table row that a page break cut in two on both
        // pages; clipped away they would be invisible, but still in the page's text. A line
        // belongs to the page its middle is on.
        const qreal middle = at.y() + (item.descent() - item.ascent()) / 2;
        const QPointF centre = m_target.transform().map(QPointF(at.x(), middle));
        if (centre.y() < m_pageClip.top() || centre.y() > m_pageClip.bottom())
            return;
        m_target.drawTextItem(at, item);
    }

private:
    // Sets the transform's linear part on the target; returns the translation to add.
    QPointF prepare() {
        const QTransform linear(m_transform.m11(), m_transform.m12(), m_transform.m21(),
                                m_transform.m22(), 0, 0);
        m_target.setTransform(linear);
        const QPointF translation(m_transform.dx(), m_transform.dy());
        return linear.isIdentity() ? translation : linear.inverted().map(translation);
    }

    void resetClip() {
        m_target.setTransform(QTransform());
        m_target.setClipRect(m_pageClip);
    }

    void clip(const QPainterPath& path, Qt::ClipOperation operation) {
        if (operation == Qt::NoClip || operation == Qt::ReplaceClip)
            resetClip();
        if (operation == Qt::NoClip)
            return;
        const QPointF shift = prepare();
        m_target.setClipPath(path.translated(shift), Qt::IntersectClip);
    }

    QPainter& m_target;
    QRectF m_pageClip;
    QTransform m_transform;
};

PageShiftDevice::PageShiftDevice(QPainter& target, const QRectF& pageClip)
    : m_target(target)
    , m_engine(std::make_unique<PageShiftEngine>(target, pageClip)) {}

PageShiftDevice::~PageShiftDevice() = default;

QPaintEngine* PageShiftDevice::paintEngine() const {
    return m_engine.get();
}

int PageShiftDevice::metric(PaintDeviceMetric metric) const {
    // The target's metrics, so fonts resolve to the same sizes on both.
    const QPaintDevice& device = *m_target.device();
    switch (metric) {
    case PdmWidth:
        return device.width();
    case PdmHeight:
        return device.height();
    case PdmWidthMM:
        return device.widthMM();
    case PdmHeightMM:
        return device.heightMM();
    case PdmNumColors:
        return device.colorCount();
    case PdmDepth:
        return device.depth();
    case PdmDpiX:
        return device.logicalDpiX();
    case PdmDpiY:
        return device.logicalDpiY();
    case PdmPhysicalDpiX:
        return device.physicalDpiX();
    case PdmPhysicalDpiY:
        return device.physicalDpiY();
    case PdmDevicePixelRatio:
        return int(device.devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(device.devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace causeway
