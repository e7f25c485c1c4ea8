#pragma once

// Runs the causeway-cli binary the test was given (CAUSEWAY_CLI, set by CTest) and collects
// its exit code and output. The caller names the database with --db: CAUSEWAY_DB from the
// environment is removed so a test never reaches the user's own database.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

inline CliRun runCli(const QStringList& args, const QByteArray& input = QByteArray()) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAUSEWAY_DB")); // every call names its database with --db
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CAUSEWAY_CLI"), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
