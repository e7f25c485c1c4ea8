#pragma once

#include <QPaintDevice>
#include <QPointF>
#include <QRectF>
#include <memory>

class QPainter;

namespace causeway {

class PageShiftEngine;

// A paint device that forwards everything painted on it to another painter with each
// translation moved into the coordinates. A paginated text document paints page n at
// y ≈ n × page height under a translation of −n × page height; PDF/A-1 allows no number
// above 32767 in a page's content, which those coordinates exceed after a dozen pages.
// Forwarded through this device, every number written is the position on the page.
class PageShiftDevice : public QPaintDevice {
public:
    // target: an active painter; pageClip: in target device coordinates, what may be
    // painted on (clips set on this device are intersected with it).
    PageShiftDevice(QPainter& target, const QRectF& pageClip);
    ~PageShiftDevice() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter& m_target;
    std::unique_ptr<PageShiftEngine> m_engine;
};

} // namespace causeway
