// A writer that test_crashsafety kills at random moments. It edits one postmortem as fast
// as it can and reports each commit only after the store said it succeeded, so every
// "committed" line is a promise the database must keep after SIGKILL.
//
// Output: "postmortem ID", then "committed N" per edit. Even N set summary to "edit N";
// odd N create a participant named "participant N".
#include "model/Fields.h"
#include "model/Record.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace causeway;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_editor DATABASE\n");
        return 2;
    }
    OpenOptions options;
    options.deviceId = QStringLiteral("crashdevice");
    options.actor = Actor{QStringLiteral("Crash Editor"), QStringLiteral("crash")};
    auto opened = Store::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Store& store = *opened.value();
    auto created = store.createPostmortem(QStringLiteral("standard"),
                                          {{Field::Title, QStringLiteral("Crash safety")}});
    if (!created) {
        std::fprintf(stderr, "cannot create: %s\n", qPrintable(created.error()));
        return 1;
    }
    const QString id = created.value();
    std::printf("postmortem %s\n", qPrintable(id));
    std::fflush(stdout);

    for (qint64 n = 0;; ++n) {
        ChangeSet changes;
        if (n % 2 == 0) {
            changes.fieldChanges.append({id, Field::Summary, QStringLiteral("edit %1").arg(n)});
        } else {
            changes.creates.append({newRecordId(),
                                    Kind::Participant,
                                    id,
                                    {{Field::Name, QStringLiteral("participant %1").arg(n)}}});
        }
        if (auto s = store.commit(changes); !s) {
            std::fprintf(stderr, "commit %lld failed: %s\n", static_cast<long long>(n),
                         qPrintable(s.error()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
