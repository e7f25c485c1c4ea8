#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "causes/FishboneExport.h"
#include "causes/FishbonePainter.h"
#include "model/Template.h"

#include <QDir>
#include <QFileInfo>

namespace causeway::cli {

int runDiagram(Context& ctx, const ParsedArgs& args) {
    const QString output = args.has(QStringLiteral("-o")) ? args.value(QStringLiteral("-o"))
                                                          : args.value(QStringLiteral("--output"));
    if (output.isEmpty())
        return ctx.fail(QStringLiteral("diagram needs the file to write: -o FILE"));
    // Usage is checked before the database is opened, so a typo costs nothing.
    if (QFileInfo(output).isDir())
        return ctx.fail(QStringLiteral("%1 is a folder; -o needs a file name")
                            .arg(QDir::toNativeSeparators(output)));
    const bool named = args.has(QStringLiteral("--format"));
    const QString formatName =
        named ? args.value(QStringLiteral("--format")) : QFileInfo(output).suffix();
    const auto format = fishboneFormat(formatName);
    if (!format) {
        return ctx.fail(
            named ? QStringLiteral("--format: expected svg or png, not \"%1\"").arg(formatName)
                  : QStringLiteral("cannot tell the format from \"%1\"; add "
                                   "--format svg or --format png")
                        .arg(output));
    }
    if (const int code = ctx.needFonts(QStringLiteral("drawing a diagram")); code != ExitOk)
        return code;

    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.at(0));
    if (!id)
        return ExitUsage;
    const auto pm = store->loadPostmortem(*id);
    if (!pm)
        return ctx.fail(QStringLiteral("postmortem %1 cannot be read").arg(*id));

    const FishboneStyle style = FishboneStyle::standard();
    const FishboneLayout layout =
        fishboneLayoutOf(*pm, ctx.templates().find(pm->templateId()), style);
    const QString error = saveFishbone(layout, style, *format, output);
    if (!error.isEmpty())
        return ctx.fail(error);
    int causes = 0;
    for (const FishboneBoneGeometry& bone : layout.bones)
        causes += int(bone.causes.size());
    ctx.out() << QStringLiteral("wrote %1 (%2 causes on %3 bones)\n")
                     .arg(QDir::toNativeSeparators(output))
                     .arg(causes)
                     .arg(layout.bones.size());
    return ExitOk;
}

} // namespace causeway::cli
