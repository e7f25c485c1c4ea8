#include "signing/PassphraseInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace causeway::PassphraseInput {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::PassphraseInput", text);
}

void dropLineEnd(QByteArray& line) {
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
}

} // namespace

Result<sodium::Passphrase> fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<sodium::Passphrase>::failure(
            tr("The passphrase file %1 cannot be read: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(4096);
    dropLineEnd(line);
    sodium::Passphrase passphrase(line);
    sodium::wipe(line);
    if (passphrase.isEmpty())
        return Result<sodium::Passphrase>::failure(
            tr("The passphrase file %1 is empty.").arg(path));
    return passphrase;
}

bool terminalAvailable() {
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

Result<sodium::Passphrase> fromTerminal(const QString& prompt) {
#ifdef Q_OS_UNIX
    if (!terminalAvailable())
        return Result<sodium::Passphrase>::failure(tr("Standard input is not a terminal."));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    // Read byte by byte from the descriptor: stdio buffering would keep a copy.
    QByteArray line;
    char c = 0;
    bool gotLine = false;
    while (read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            gotLine = true;
            break;
        }
        line.append(c);
        if (line.size() > 4096)
            break;
    }
    if (haveTermios)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    dropLineEnd(line);
    sodium::Passphrase passphrase(line);
    sodium::wipe(line);
    if (!gotLine && passphrase.isEmpty())
        return Result<sodium::Passphrase>::failure(tr("No passphrase was entered."));
    return passphrase;
#else
    Q_UNUSED(prompt);
    return Result<sodium::Passphrase>::failure(
        tr("Prompting for a passphrase is not supported here; use --passphrase-file."));
#endif
}

} // namespace causeway::PassphraseInput
