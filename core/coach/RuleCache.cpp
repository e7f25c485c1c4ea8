#include "coach/RuleCache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace causeway::coach {

namespace {

// What tells an edited rule file from the one compiled: a save changes the time, and an
// edit within the file system's time resolution still changes the size in most cases.
struct FileStamp {
    bool exists = false;
    QDateTime modified;
    qint64 size = 0;

    static FileStamp of(const QString& path) {
        const QFileInfo info(path);
        if (!info.exists())
            return FileStamp{false, QDateTime(), 0};
        return FileStamp{true, info.lastModified(), info.size()};
    }
    bool operator==(const FileStamp& o) const {
        return exists == o.exists && modified == o.modified && size == o.size;
    }
};

struct Entry {
    FileStamp stamp;
    CachedRules rules;
};

} // namespace

CachedRules cachedRules(const QString& language) {
    static QMutex mutex;
    static QHash<QString, Entry> entries;
    const FileStamp stamp = FileStamp::of(userRuleFile(language));
    const QMutexLocker lock(&mutex);
    const auto it = entries.constFind(language);
    if (it != entries.cend() && it->stamp == stamp)
        return it->rules;
    Entry entry{stamp, CachedRules{nullptr, QString()}};
    entry.rules.coach =
        std::make_shared<const Coach>(effectiveRuleSet(language, &entry.rules.problem));
    entries.insert(language, entry);
    return entry.rules;
}

QStringList userRuleProblems() {
    QStringList problems;
    for (const QString& language : availableLanguages()) {
        const QString problem = cachedRules(language).problem;
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

} // namespace causeway::coach
