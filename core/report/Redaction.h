#pragma once

#include "model/Record.h"
#include "report/Confidentiality.h"

#include <QList>
#include <QPair>
#include <QString>

namespace causeway {

// A postmortem as a report made for one profile may show it. Every report format renders
// this copy and nothing else, so what is redacted cannot leak through any of them: not
// through the text, the metadata, the diagram or the appendix.
struct Redaction {
    ReportProfile profile = ReportProfile::Full;
    Postmortem postmortem; // the shareable copy; tombstones are left out
    // External: each participant name and team name, and the role that replaced it, longest
    // first (the order the replacement ran in).
    QList<QPair<QString, QString>> replacements;
    int droppedRecords = 0; // live records left out for their marking (and what hangs on them)
    int droppedFields = 0;  // fields left out, marked or by the profile's rules
};

// Internal and External drop marked records and fields as ConfidentialityField describes.
// A dropped cause takes the causes under it in the 5-whys tree with it (their statements
// usually restate its subject). Links to dropped records (cause evidence and actions, event
// evidence, action owners) are removed with them. A marked title gives way to "Postmortem
// <first 8 digits of the id>", as every report needs one; the template, the document's
// marking and the field markings are never dropped. The copy's own marking
// (Field::Confidentiality) becomes what it is shared as: "internal" or "public".
// External then:
// - replaces every participant name and team name, wherever it appears in any text of any
//   record (whole words, any case, longest first, names of one character left alone), with
//   the participant's role, or "a responder" when the participant has none; a team name
//   becomes the role its members share, else "a team". Signers' names become their
//   signature's role ("a signer"), other reviewers' names "a reviewer". The capitalised
//   parts of a person's name ("Ana" of "Ana Lima") are replaced too, as written (so a
//   participant called "Will Smith" does not rewrite the word "will");
// - drops attachment names (the name becomes "evidence-" and the first 12 digits of the
//   SHA-256), who added them and when (the SHA-256, type and size stay); action tickets and
//   who verified an action; the signers' names (their roles stay); participant names and
//   teams (their roles stay).
// Codes, ids, times and hashes are left as they are: names are replaced in text only.
Redaction redact(const Postmortem& pm, ReportProfile profile);

} // namespace causeway
