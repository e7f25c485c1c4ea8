#pragma once

#include <QString>

#include <compare>

namespace causeway {

// A Lamport revision: a logical counter plus the device that wrote it. Merges order
// writes by revision, never by wall clock, so a machine with a wrong clock cannot win.
struct Revision {
    qint64 counter = 0;
    QString device;

    bool isNull() const { return counter == 0 && device.isEmpty(); }
    QString toString() const { return QString::number(counter) + u'@' + device; }

    friend bool operator==(const Revision&, const Revision&) = default;
    friend std::strong_ordering operator<=>(const Revision& a, const Revision& b) {
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int d = QString::compare(a.device, b.device);
        return d < 0 ? std::strong_ordering::less
                     : (d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
};

} // namespace causeway
