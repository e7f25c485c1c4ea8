#pragma once

// Realistic, varied and reproducible postmortems for demos and benchmarks: incidents of minutes
// to three days in several time zones, timelines from many sources with consistent phase
// markers, a 5-whys tree on fishbone categories, actions with owners, due dates and priorities,
// long narrative texts, and about a third written in German, French or Japanese.
#include "util/Result.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace causeway {

class Store;

namespace demo {

// How many records of each kind one postmortem gets; a negative count varies per postmortem
// (10–20 events, 3–5 causes, 2–4 actions).
struct Shape {
    int events = -1;
    int causes = -1;
    int actions = -1;
};

struct Counts {
    int postmortems = 0;
    int events = 0;
    int causes = 0;
    int actions = 0;
    int participants = 0;
    int records = 0; // every record written, postmortems included
};

// Writes postmortems through Store::commit, one change set (and so one transaction and one
// audit entry) per postmortem. The same seed gives the same content and the same ids.
class Generator {
public:
    // idSalt keeps the ids of a second run with the same seed into the same database apart
    // from the first run's (pass, e.g., the number of postmortems already there).
    Generator(Store& store, quint64 seed, quint32 idSalt = 0);

    // Writes postmortem number index (0, 1, 2, …; the index picks the language and the date)
    // and returns its id.
    Result<QString> postmortem(int index, const Shape& shape = Shape());
    Counts counts() const { return m_counts; }

private:
    enum class Language { English, German, French, Japanese };

    template <size_t N> const char* pick(const char* const (&words)[N]) {
        return words[m_rng.bounded(int(N))];
    }
    static Language languageOf(int index);
    QString nextId();
    QString title(Language language, const QString& service);
    QString summary(Language language, const QString& service, const QDateTime& start,
                    qint64 minutes);
    QString impact(int users, qint64 minutes);
    QString narrative(Language language, const QString& service);
    QString eventText(const QString& source, const QString& service, Language language);

    Store& m_store;
    QRandomGenerator m_rng; // the content
    QRandomGenerator m_ids; // the record ids, a stream of its own
    Counts m_counts;
};

} // namespace demo
} // namespace causeway
