#pragma once

// Ends the application once a window has painted for the first time and prints what the
// performance runner reads: "first-paint-ms N peak-rss-kib M" on standard output. Header-only
// so the runner's minimal Qt window program measures with exactly the same code as the app.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace causeway {

class FirstPaintProbe : public QObject {
public:
    // Watches every widget's paint events from now on; the probe belongs to the application.
    static void install(QWidget* window) {
        auto* probe = new FirstPaintProbe(window);
        QCoreApplication::instance()->installEventFilter(probe);
    }

    // The largest resident set this process has had, in KiB; -1 where it is not known.
    static long peakResidentKiB() {
#ifdef Q_OS_UNIX
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
        return long(usage.ru_maxrss / 1024); // bytes on macOS
#else
        return long(usage.ru_maxrss);
#endif
#else
        return -1;
#endif
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        // One paint of the window comes as one paint event per widget in a single backing-store
        // flush, so the queued finish runs after the whole window has been painted.
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_painted = true;
            QTimer::singleShot(0, this, &FirstPaintProbe::finish);
        }
        return false;
    }

private:
    explicit FirstPaintProbe(QWidget* window)
        : QObject(QCoreApplication::instance())
        , m_window(window) {
        m_sinceInstall.start();
    }

    void finish() {
        std::printf("first-paint-ms %lld peak-rss-kib %ld\n",
                    static_cast<long long>(m_sinceInstall.elapsed()), peakResidentKiB());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QPointer<QWidget> m_window;
    QElapsedTimer m_sinceInstall;
    bool m_painted = false;
};

} // namespace causeway
