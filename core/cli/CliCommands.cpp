#include "CliCommands.h"

namespace causeway::cli {

namespace {

QList<CommandSpec> buildCommands() {
    const QString json = QStringLiteral("--json");
    return {
        {QStringLiteral("new"),
         QStringLiteral("new --title TITLE [--severity SEV1..SEV4] [--template ID]"),
         QString(),
         QStringLiteral("Create a draft postmortem and print its id"),
         QStringLiteral("Creates a postmortem with status \"draft\" and confidentiality "
                        "\"internal\".\nThe template defaults to \"standard\"; \"regulated\" adds "
                        "the fields a regulator asks for.\nPrints the new id."),
         {},
         {QStringLiteral("--title"), QStringLiteral("--severity"), QStringLiteral("--template")},
         0,
         0,
         &runNew},
        {QStringLiteral("list"),
         QStringLiteral("list [--json] [--trash]"),
         QString(),
         QStringLiteral("List postmortems"),
         QStringLiteral("Prints a table of short id, status, severity, incident start (UTC) and "
                        "title.\n--json prints an array of objects instead; --trash lists deleted "
                        "postmortems."),
         {json, QStringLiteral("--trash")},
         {},
         0,
         0,
         &runList},
        {QStringLiteral("show"),
         QStringLiteral("show ID [--json]"),
         QStringLiteral("an ID"),
         QStringLiteral("Print one postmortem"),
         QStringLiteral("Prints every section of the postmortem as readable text.\n--json prints "
                        "the canonical JSON document, the same bytes that import-json reads.\n"
                        "ID may be any unique prefix of the id."),
         {json},
         {},
         1,
         1,
         &runShow},
        {QStringLiteral("import-json"),
         QStringLiteral("import-json FILE"),
         QStringLiteral("a FILE (or - for standard input)"),
         QStringLiteral("Create or update a postmortem from canonical JSON"),
         QStringLiteral(
             "Reads a postmortem document (format \"causeway.postmortem\") from FILE, or "
             "from standard input when FILE is \"-\".\nThe whole document is checked "
             "against its template before anything is written; a problem is\nreported "
             "with its JSON path, e.g. \"$.postmortem.fields.severity\".\nPrints "
             "\"created ID\" or \"updated ID (N fields)\"."),
         {},
         {},
         1,
         1,
         &runImportJson},
        {QStringLiteral("delete"),
         QStringLiteral("delete ID"),
         QStringLiteral("an ID"),
         QStringLiteral("Move a postmortem to the trash"),
         QStringLiteral("Moves the postmortem to the trash. It stays in the database as a "
                        "tombstone, so the\ndeletion is audited and travels with bundles."),
         {},
         {},
         1,
         1,
         &runDelete},
        {QStringLiteral("search"),
         QStringLiteral("search QUERY [--json]"),
         QStringLiteral("a QUERY"),
         QStringLiteral("Full-text search"),
         QStringLiteral("Searches titles and all text fields; best matches first. Output as for "
                        "\"list\"."),
         {json},
         {},
         1,
         1,
         &runSearch},
        {QStringLiteral("verify"),
         QStringLiteral("verify [ID]"),
         QString(),
         QStringLiteral("Check the audit trail, the database file and the signatures"),
         QStringLiteral("Walks the audit hash chain, replays it against the stored content and "
                        "runs SQLite's\nintegrity check, then checks every signature (of all "
                        "postmortems, or of ID) against\nthe current content, listing each with "
                        "its meaning, name, time, key and state.\nExits 0 when all is well, 1 "
                        "with the problems, the first bad entry and any invalid\nsignature."),
         {},
         {},
         0,
         1,
         &runVerify},
        {QStringLiteral("timeline"),
         QStringLiteral("timeline import|list|add|phase|attach|attachments ID ..."),
         QStringLiteral("a subcommand and an ID"),
         QStringLiteral("Import, list and add timeline events; set phases; attach evidence"),
         QStringLiteral(
             "timeline import ID FILE [--format auto|csv|jsonl|slack|syslog|notes] [--tz ZONE]\n"
             "    imports events from a file (Slack: an export folder or zip) in one transaction\n"
             "    and prints \"added N, duplicates M, unreadable K\"; re-importing adds nothing.\n"
             "    --tz is the zone of times without one (default: the postmortem's zone).\n"
             "timeline list ID [--json]\n"
             "    prints the durations (time to detect, acknowledge, mitigate, resolve, customer\n"
             "    impact) and any sanity warnings, then the events.\n"
             "timeline add ID --at TIME --text TEXT [--kind KIND]\n"
             "timeline phase ID PHASE --at TIME   (PHASE: start, impact_start, detected,\n"
             "    acknowledged, mitigated, impact_end, resolved; start is the incident start)\n"
             "timeline attach ID FILE [--event EVENT_ID] [--source SOURCE]\n"
             "    stores FILE (at most 50 MiB) as evidence, links it to the event when given\n"
             "    (EVENT_ID may be a unique prefix) and prints \"ATTACHMENT_ID SHA256\".\n"
             "    SOURCE: chat, alert, log, ticket, deploy, status_page, meeting_notes, manual.\n"
             "timeline attachments ID [--json]\n"
             "    lists name, size, SHA-256, linked events and whether the content is intact.\n"
             "TIME: 14:05, 14:05:30, 2026-03-02 14:05, ISO 8601, or +5m / -30s from the "
             "incident start."),
         {json},
         {QStringLiteral("--format"), QStringLiteral("--tz"), QStringLiteral("--at"),
          QStringLiteral("--text"), QStringLiteral("--kind"), QStringLiteral("--event"),
          QStringLiteral("--source")},
         2,
         3,
         &runTimeline},
        {QStringLiteral("diagram"),
         QStringLiteral("diagram ID [--format svg|png] -o FILE"),
         QStringLiteral("an ID"),
         QStringLiteral("Draw the fishbone diagram as SVG or PNG"),
         QStringLiteral(
             "Draws the postmortem's fishbone (Ishikawa) diagram: the problem statement as the\n"
             "head, one bone per cause category, the causes and sub-causes on their bones.\n"
             "--format defaults to the suffix of FILE. SVG keeps the text as text; PNG is drawn\n"
             "at twice the screen size. FILE is replaced only once the diagram is complete.\n"
             "Needs no display; the fonts (DejaVu Sans) ship with Causeway."),
         {},
         {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output")},
         1,
         1,
         &runDiagram},
    };
}

} // namespace

const QList<CommandSpec>& commands() {
    static const QList<CommandSpec> all = buildCommands() + actionCommands() + reviewCommands() +
                                          signingCommands() + metricsCommands() + exportCommands() +
                                          markCommands() + bundleCommands() + lintCommands() +
                                          generateCommands();
    return all;
}

const CommandSpec* findCommand(const QString& name) {
    for (const CommandSpec& spec : commands()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace causeway::cli
