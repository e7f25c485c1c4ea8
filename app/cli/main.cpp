#include "cli/CliApp.h"

#include "util/AppEnvironment.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    causeway::AppEnvironment::initialize(app);

    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return causeway::cli::run(QCoreApplication::arguments().mid(1), in, out, err);
}
