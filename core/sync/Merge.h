#pragma once

#include "model/Record.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace causeway {

// The merge of two copies of one postmortem, by record id and revision, never by wall
// clock. It is a pure function of the two documents, so every machine that merges the same
// copies, in any order and any number of times, reaches the same result:
//
//  - A field takes the write that knew of the other (a write's revision and causal context
//    say which writes it had seen). Concurrent edits of different fields both survive.
//  - Two concurrent writes of one field: the higher revision (counter, then device id) wins
//    everywhere, and the other value is kept in a conflict record unless both wrote the
//    same value.
//  - A deletion merges like a field. A record edited without knowledge of its deletion
//    stays deleted, with a conflict record saying so: the edit is kept in the tombstone.
//  - While the merged postmortem is approved or published, its signed content keeps the
//    values the approval knew; a change made without knowledge of the approval becomes a
//    conflict, and a record added without that knowledge goes to the trash, with a conflict.
namespace Merge {

// Whether write a had seen write b (b replaced by a, or the same write).
bool knows(const FieldValue& a, const Revision& b);

struct Outcome {
    Postmortem merged;
    QList<Record> newConflicts; // conflict records this merge created (also in merged)
};

// local is empty when the postmortem is new here. A failure names the first record that
// cannot be merged (another kind, another postmortem).
Result<Outcome> merge(const std::optional<Postmortem>& local, const Postmortem& incoming);

} // namespace Merge
} // namespace causeway
