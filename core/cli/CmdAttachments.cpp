#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "model/CanonicalJson.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace causeway::cli {

namespace {

// The event with this id or unique id prefix among the postmortem's live events.
std::optional<QString> resolveEvent(Context& ctx, const Postmortem& pm, const QString& prefix) {
    const QString wanted = prefix.trimmed().toLower();
    QStringList matches;
    for (const Record& r : pm.childrenOfKind(Kind::Event)) {
        if (!wanted.isEmpty() && r.id.startsWith(wanted))
            matches.append(r.id);
    }
    if (matches.size() == 1)
        return matches.first();
    ctx.fail(matches.isEmpty()
                 ? QStringLiteral("--event: no event of this postmortem has an id starting with "
                                  "\"%1\" (timeline list ID --json shows the ids)")
                       .arg(prefix)
                 : QStringLiteral("--event: \"%1\" matches more than one event; give more "
                                  "characters of the id")
                       .arg(prefix));
    return std::nullopt;
}

QString stateText(BlobState state) {
    switch (state) {
    case BlobState::Present:
        return QStringLiteral("ok");
    case BlobState::Missing:
        return QStringLiteral("not on this machine");
    case BlobState::Corrupted:
        return QStringLiteral("DAMAGED: it does not match its SHA-256");
    }
    return {};
}

QString stateKey(BlobState state) {
    switch (state) {
    case BlobState::Present:
        return QStringLiteral("present");
    case BlobState::Missing:
        return QStringLiteral("missing");
    case BlobState::Corrupted:
        return QStringLiteral("damaged");
    }
    return {};
}

} // namespace

int runTimelineAttach(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 3)
        return ctx.fail(
            QStringLiteral("usage: timeline attach ID FILE [--event EVENT_ID] [--source SOURCE]"));
    const QString source = args.value(QStringLiteral("--source"));
    if (args.has(QStringLiteral("--source")) && !EventVocabulary::sources().contains(source))
        return ctx.fail(QStringLiteral("--source: expected one of ") +
                        EventVocabulary::sources().join(QStringLiteral(", ")));
    // The file is read and checked before the database is opened: a file that is too large
    // or unreadable leaves the database untouched.
    auto attachment = readAttachmentFile(args.positional.at(2), source);
    if (!attachment)
        return ctx.fail(attachment.error());

    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.at(1));
    if (!id)
        return ExitUsage;
    QString eventId;
    if (args.has(QStringLiteral("--event"))) {
        const auto pm = store->loadPostmortem(*id);
        if (!pm)
            return ctx.fail(QStringLiteral("postmortem %1 cannot be read").arg(*id));
        const auto event = resolveEvent(ctx, *pm, args.value(QStringLiteral("--event")));
        if (!event)
            return ExitUsage;
        eventId = *event;
    }
    const auto added = store->addAttachment(*id, attachment.value(), eventId);
    if (!added)
        return ctx.fail(
            QStringLiteral("could not attach %1: %2").arg(args.positional.at(2), added.error()));
    ctx.out() << added.value() << u' ' << attachment->meta.sha256 << u'\n';
    return ExitOk;
}

int runTimelineAttachments(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 2)
        return ctx.fail(QStringLiteral("usage: timeline attachments ID [--json]"));
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.at(1));
    if (!id)
        return ExitUsage;
    const auto pm = store->loadPostmortem(*id);
    if (!pm)
        return ctx.fail(QStringLiteral("postmortem %1 cannot be read").arg(*id));
    // Which live events cite each attachment.
    QHash<QString, QStringList> citedBy;
    for (const Record& r : pm->childrenOfKind(Kind::Event)) {
        for (const QString& attachmentId : r.list(EventField::Evidence))
            citedBy[attachmentId].append(r.id);
    }
    const QList<Attachment> attachments = store->listAttachments(*id);
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Attachment& a : attachments) {
            QJsonObject o;
            const auto fields = a.toFields();
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                o.insert(it.key(), it.value());
            o.insert(QStringLiteral("id"), a.id);
            o.insert(QStringLiteral("events"), QJsonArray::fromStringList(citedBy.value(a.id)));
            o.insert(QStringLiteral("content"), stateKey(store->blobState(a.sha256)));
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(canonicalJson(array)) << u'\n';
        return ExitOk;
    }
    const QLocale c = QLocale::c();
    for (const Attachment& a : attachments) {
        // Full ids: they are what --event and scripts take.
        const QStringList events = citedBy.value(a.id);
        ctx.out() << a.name << u'\n' << QStringLiteral("    id ") << a.id << u'\n'
                  << QStringLiteral("    size ") << c.formattedDataSize(a.size)
                  << QStringLiteral(", source ") << a.source << QStringLiteral(", added by ")
                  << a.addedBy << QStringLiteral(" at ") << canonicalTime(a.addedAt) << u'\n'
                  << QStringLiteral("    sha256 ") << a.sha256 << u'\n'
                  << QStringLiteral("    events ")
                  << (events.isEmpty() ? QStringLiteral("-") : events.join(QStringLiteral(", ")))
                  << u'\n' << QStringLiteral("    content ")
                  << stateText(store->blobState(a.sha256)) << u'\n';
    }
    if (attachments.isEmpty())
        ctx.out() << QStringLiteral("(no attachments)\n");
    return ExitOk;
}

} // namespace causeway::cli
