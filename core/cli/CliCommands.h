#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace causeway::cli {

class Context;
struct ParsedArgs;

using CommandHandler = int (*)(Context&, const ParsedArgs&);

// One command of the CLI: its options, arguments and help text in one place, so parsing
// and `help COMMAND` cannot drift apart.
struct CommandSpec {
    QString name;
    QString synopsis;         // "show ID [--json]"
    QString argumentNames;    // what a missing argument is called in an error: "an ID"
    QString summary;          // one line for the command list
    QString description;      // the body of `help COMMAND`
    QStringList flags;        // options without a value
    QStringList valueOptions; // options with a value
    int minArgs = 0;
    int maxArgs = 0;
    CommandHandler handler = nullptr;
};

const QList<CommandSpec>& commands();
const CommandSpec* findCommand(const QString& name);

QString generalHelp();
QString commandHelp(const CommandSpec& spec);

int runNew(Context& ctx, const ParsedArgs& args);
int runList(Context& ctx, const ParsedArgs& args);
int runShow(Context& ctx, const ParsedArgs& args);
int runImportJson(Context& ctx, const ParsedArgs& args);
int runDelete(Context& ctx, const ParsedArgs& args);
int runSearch(Context& ctx, const ParsedArgs& args);
int runVerify(Context& ctx, const ParsedArgs& args);
int runTimeline(Context& ctx, const ParsedArgs& args);
// Subcommands of timeline, in CmdAttachments.cpp.
int runTimelineAttach(Context& ctx, const ParsedArgs& args);
int runTimelineAttachments(Context& ctx, const ParsedArgs& args);
// The fishbone diagram as SVG or PNG, in CmdDiagram.cpp.
int runDiagram(Context& ctx, const ParsedArgs& args);

// Command groups that live in their own files; commands() appends them in this order.
QList<CommandSpec> actionCommands();   // CmdActions.cpp
QList<CommandSpec> reviewCommands();   // CmdReview.cpp
QList<CommandSpec> signingCommands();  // CmdSign.cpp
QList<CommandSpec> metricsCommands();  // CmdMetrics.cpp
QList<CommandSpec> exportCommands();   // CmdExport.cpp
QList<CommandSpec> markCommands();     // CmdMark.cpp
QList<CommandSpec> bundleCommands();   // CmdBundle.cpp
QList<CommandSpec> lintCommands();     // CmdLint.cpp
QList<CommandSpec> generateCommands(); // CmdGenerate.cpp

} // namespace causeway::cli
