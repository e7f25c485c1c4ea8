#pragma once

// Helpers the importer tests share: test data files, UTC instants, problem line numbers.

#include "timeline/import/ImportTypes.h"

#include <QDateTime>
#include <QFile>
#include <QList>

namespace causeway::timeline::testing {

inline QString dataPath(const char* name) {
    return qEnvironmentVariable("CAUSEWAY_TEST_DATA") + QStringLiteral("/import/") +
           QString::fromLatin1(name);
}

inline QByteArray readData(const char* name) {
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

inline QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

inline QList<int> problemLines(const ImportResult& result) {
    QList<int> lines;
    for (const ImportProblem& p : result.problems)
        lines.append(p.line);
    return lines;
}

} // namespace causeway::timeline::testing
