#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "generate/DemoData.h"
#include "store/Store.h"

#include <limits>
#include <optional>

namespace causeway::cli {

namespace {

// The value of a whole-number option within [minimum, maximum], or why it is not one.
std::optional<qint64> readCount(Context& ctx, const ParsedArgs& args, const QString& option,
                                qint64 fallback, qint64 minimum, qint64 maximum) {
    if (!args.has(option))
        return fallback;
    bool ok = false;
    const QString text = args.value(option).trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        ctx.fail(QStringLiteral("%1: \"%2\" is not a whole number from %3 to %4")
                     .arg(option, text)
                     .arg(minimum)
                     .arg(maximum));
        return std::nullopt;
    }
    return value;
}

int runGenerate(Context& ctx, const ParsedArgs& args) {
    const auto postmortems = readCount(ctx, args, QStringLiteral("--postmortems"), 10, 1, 100000);
    if (!postmortems)
        return ExitUsage;
    const auto events = readCount(ctx, args, QStringLiteral("--events"), 50, 0, 100000);
    if (!events)
        return ExitUsage;
    const auto causes = readCount(ctx, args, QStringLiteral("--causes"), -1, 0, 1000);
    if (!causes)
        return ExitUsage;
    const auto actions = readCount(ctx, args, QStringLiteral("--actions"), -1, 0, 1000);
    if (!actions)
        return ExitUsage;
    const auto seed =
        readCount(ctx, args, QStringLiteral("--seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return ExitUsage;

    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    // Ids follow from the seed too; what is already in the database keeps a second run with
    // the same seed from choosing the same ids.
    const auto existing = quint32(store->countPostmortems(ListScope::All));
    demo::Generator generator(*store, quint64(*seed), existing);
    const demo::Shape shape{int(*events), int(*causes), int(*actions)};
    const int total = int(*postmortems);
    const int progressStep = std::max(1, total / 20);
    for (int i = 0; i < total; ++i) {
        auto created = generator.postmortem(i, shape);
        if (!created) {
            ctx.err() << QStringLiteral("causeway-cli: could not write postmortem %1 of %2: %3\n")
                             .arg(i + 1)
                             .arg(total)
                             .arg(created.error());
            return ExitProblems;
        }
        if (total >= 50 && ((i + 1) % progressStep == 0 || i + 1 == total)) {
            ctx.err() << QStringLiteral("generated %1 of %2 postmortems\n").arg(i + 1).arg(total);
            ctx.err().flush();
        }
    }
    const demo::Counts counts = generator.counts();
    ctx.out() << QStringLiteral("created %1 postmortems with %2 events, %3 causes, %4 actions and "
                                "%5 participants (seed %6)\n")
                     .arg(counts.postmortems)
                     .arg(counts.events)
                     .arg(counts.causes)
                     .arg(counts.actions)
                     .arg(counts.participants)
                     .arg(*seed);
    return ExitOk;
}

} // namespace

QList<CommandSpec> generateCommands() {
    return {{QStringLiteral("generate"),
             QStringLiteral("generate [--postmortems N] [--events M] [--causes C] [--actions A] "
                            "[--seed S]"),
             QString(),
             QStringLiteral("Fill the database with realistic demo postmortems"),
             QStringLiteral(
                 "Writes N postmortems (default 10) as incident teams write them: incidents of\n"
                 "minutes to three days in several time zones, M timeline events each (default\n"
                 "50) from many sources with consistent phase markers, C causes in a 5-whys tree\n"
                 "on the fishbone categories, A actions with owners, due dates and priorities,\n"
                 "long narrative texts, and about a third in German, French or Japanese.\n"
                 "Without --causes or --actions each postmortem gets 3-5 causes and 2-4 actions.\n"
                 "The same seed (default 1) gives the same content and ids; a second run into the\n"
                 "same database gets new ids. Every postmortem is written in one audited change.\n"
                 "Progress goes to standard error from 50 postmortems on; prints what it created.\n"
                 "Exits 2 when a number is not a whole number in its range."),
             {},
             {QStringLiteral("--postmortems"), QStringLiteral("--events"),
              QStringLiteral("--causes"), QStringLiteral("--actions"), QStringLiteral("--seed")},
             0,
             0,
             &runGenerate}};
}

} // namespace causeway::cli
