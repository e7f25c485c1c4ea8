#pragma once

// Runs an interop tool (zip, unzip, minisign) with its output and errors kept apart. A tool
// that is not installed makes the calling test fail with the Debian package to install
// (scripts/dev.sh installs them all).
#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace causeway::test {

// age reads a passphrase only from its terminal (/dev/tty), never from stdin or the
// environment. This python3 script (argv: passphrase, program, arguments…) runs it under a new
// pseudo-terminal (python3's pty module, which also makes the pty the child's controlling terminal)
// and answers every passphrase prompt.
inline constexpr char kPassphrasePtyDriver[] = R"(import os, pty, re, sys
passphrase = sys.argv[1].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
seen = b''
answered = 0
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    seen += data
    while len(re.findall(rb'[Pp]assphrase[^\r\n]*: ', seen)) > answered:
        os.write(fd, passphrase + b'\n')
        answered += 1
_, status = os.waitpid(pid, 0)
sys.stderr.write(seen.decode('utf-8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
)";

struct ProcessRun {
    bool ran = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString problem; // why it could not run
};

inline ProcessRun runProgram(const QString& program, const QStringList& arguments,
                             const QString& workingDirectory = {}) {
    ProcessRun run;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        run.problem = program + QStringLiteral(" is not installed (Debian package ") + program +
                      QStringLiteral("; scripts/dev.sh installs it)");
        return run;
    }
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(path, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        run.problem = program + QStringLiteral(" did not run to the end");
        return run;
    }
    run.ran = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace causeway::test
