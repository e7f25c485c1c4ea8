#pragma once

#include "model/Record.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

class Store;

// An earlier postmortem that looks like the one being written, and why.
struct SimilarIncident {
    QString id;
    QString title;
    QDateTime incidentStart; // UTC, invalid when not set
    double score = 0;        // higher is more similar; only for ordering
    double textScore = 0;    // 0..1: bm25 relevance relative to the best text match
    QStringList sharedTags;
    QStringList sharedServices;
    QStringList sharedCategories; // cause categories (Cause.category) both have
    bool confirmed = false;       // already named in this postmortem's recurrence_of
    // Readable reasons: "similar text", "2 shared tags: db, checkout", …
    QStringList reasons() const;
};

// The weights of the similarity score. Text relevance is FTS5 bm25 over the search index
// (title weighs ten times the body), normalised to 0..1 against the best candidate; each
// shared tag, service and cause category adds its weight.
namespace SimilarityWeight {
inline constexpr double Text = 3.0;
inline constexpr double Tag = 1.0;
inline constexpr double Service = 1.5;
inline constexpr double Category = 0.5;
} // namespace SimilarityWeight

// The words of a postmortem that a similarity search looks for: title, summary, impact,
// trigger, problem statement and cause statements, without short and common words, most
// frequent first (at most maxWords).
QStringList similarityTerms(const Postmortem& pm, int maxWords = 24);

// Ranks the earlier postmortems (incident start before pm's, when both are known) by
// similarity to pm, best first, at most limit. Never pm itself, never a postmortem in the
// trash; candidates with nothing in common are left out. pm may hold unsaved edits: its
// text is taken from pm, not from the store.
Result<QList<SimilarIncident>> findSimilarIncidents(Store& store, const Postmortem& pm,
                                                    int limit = 5);

} // namespace causeway
