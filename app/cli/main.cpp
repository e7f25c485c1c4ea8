#include "cli/CliApp.h"
#include "coach/PostmortemLint.h"

#include "util/AppEnvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (causeway::cli::needsGuiApplication(arguments)) {
        // Drawing needs fonts, so a QGuiApplication, but never a window: without a
        // platform chosen, the offscreen one lets the command run with no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    causeway::AppEnvironment::initialize(*app);
    // The review checklist's blameless-language item comes from the language coach.
    causeway::coach::registerLanguageReview();

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return causeway::cli::run(QCoreApplication::arguments().mid(1), in, out, err);
}
