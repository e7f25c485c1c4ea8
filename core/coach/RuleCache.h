#pragma once

#include "coach/Coach.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace causeway::coach {

// A language's effective rules, compiled, and why the user's file was ignored (empty when
// it was read or there is none).
struct CachedRules {
    std::shared_ptr<const Coach> coach; // never null; without participants' names
    QString problem;
};

// The effective rules of a language, compiled once and compiled again when the user's rule
// file appears, changes (its time or size) or goes: an edited file takes effect at the next
// check without a restart. Safe to call from any thread.
CachedRules cachedRules(const QString& language);

// Why each of the user's rule files (one per language with built-in rules) is ignored; empty
// when every file present was read.
QStringList userRuleProblems();

} // namespace causeway::coach
