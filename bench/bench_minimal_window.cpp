// The peer of the start-up workload (P6): the least a Qt Widgets program can show, a main
// window with one label, timed by the same probe as Causeway's own start.
#include "common/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 800);
    causeway::FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
