// causeway-cli bundle …: export and import bundle files, and the public key that verifies them.
#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliSignatures.h"

#include "bundle/Age.h"
#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "bundle/Minisign.h"
#include "secrets/KeyStore.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"

#include <QFile>
#include <QSaveFile>

namespace causeway::cli {

namespace {

const QString kOutput = QStringLiteral("-o");
const QString kAll = QStringLiteral("--all");
const QString kSincePeer = QStringLiteral("--since-peer");
const QString kNoSign = QStringLiteral("--no-sign");
const QString kProfile = QStringLiteral("--profile");
const QString kSigningPassphraseFile = QStringLiteral("--signing-passphrase-file");
const QString kPassphraseFile = QStringLiteral("--passphrase-file");
const QString kRecipient = QStringLiteral("--recipient");
const QString kIdentity = QStringLiteral("--identity");
const QString kDryRun = QStringLiteral("--dry-run");
const QString kTrust = QStringLiteral("--trust");
const QString kScryptLogN = QStringLiteral("--scrypt-log-n");

std::optional<SigningProfile> chooseProfile(Context& ctx, const ParsedArgs& args) {
    if (args.has(kProfile)) {
        auto found = SigningProfiles::find(args.value(kProfile));
        if (!found) {
            ctx.fail(found.error());
            return std::nullopt;
        }
        return found.value();
    }
    auto current = SigningProfiles::current();
    if (!current)
        ctx.fail(QStringLiteral("bundles are signed with a signing profile, and there is none; "
                                "create one (\"profile create\") or export with --no-sign"));
    return current;
}

int bundleExport(Context& ctx, const ParsedArgs& args) {
    QStringList ids = args.positional.mid(1);
    const int chosen =
        (ids.isEmpty() ? 0 : 1) + (args.has(kAll) ? 1 : 0) + (args.has(kSincePeer) ? 1 : 0);
    if (chosen != 1)
        return ctx.fail(QStringLiteral("bundle export needs postmortem IDs, --all or "
                                       "--since-peer NAME (one of them)"));
    if (!args.has(kOutput))
        return ctx.fail(QStringLiteral("bundle export needs -o FILE"));
    if (args.has(kPassphraseFile) && args.has(kRecipient))
        return ctx.fail(QStringLiteral("encrypt with --passphrase-file or --recipient, not both"));
    for (const QString& r : args.values(kRecipient)) {
        if (auto s = Age::checkRecipient(r); !s)
            return ctx.fail(s.error());
    }
    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;

    Bundle::ExportRequest request;
    request.postmortemIds = ids;
    request.all = args.has(kAll);
    request.sincePeer = args.value(kSincePeer);
    request.outputPath = args.value(kOutput);
    request.recipients = args.values(kRecipient);
    if (args.has(kScryptLogN))
        request.scryptLogN = args.value(kScryptLogN).toInt();
    if (args.has(kPassphraseFile)) {
        auto passphrase = readPassphrase(ctx, args, QString(), false, kPassphraseFile);
        if (!passphrase)
            return ExitUsage;
        request.passphrase = std::move(*passphrase);
    }
    if (!args.has(kNoSign)) {
        const auto profile = chooseProfile(ctx, args);
        if (!profile)
            return ExitUsage;
        auto keys = openKeychain(ctx);
        if (!keys)
            return ExitUsage;
        const auto passphrase =
            readPassphrase(ctx, args, QStringLiteral("Passphrase of %1: ").arg(profile->name),
                           false, kSigningPassphraseFile);
        if (!passphrase)
            return ExitUsage;
        auto secret = SigningProfiles::openSecretKey(*keys, *profile, *passphrase);
        if (!secret)
            return ctx.fail(secret.error());
        request.signer =
            Bundle::Signer{profile->name, profile->role, profile->publicKey,
                           std::shared_ptr<sodium::SecretBytes>(std::move(secret.value()))};
    }
    auto result = Bundle::exportBundle(*store, request);
    if (!result)
        return ctx.fail(result.error());
    ctx.out() << QStringLiteral("wrote %1: bundle %2, %3 postmortem(s), %4 attachment file(s), "
                                "%5 bytes, %6, %7\n")
                     .arg(request.outputPath, result->bundleId)
                     .arg(result->postmortemIds.size())
                     .arg(result->attachments)
                     .arg(result->bytes)
                     .arg(result->signedBundle ? QStringLiteral("signed")
                                               : QStringLiteral("not signed"),
                          result->encrypted ? QStringLiteral("encrypted")
                                            : QStringLiteral("not encrypted"));
    return ExitOk;
}

int bundleImport(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() != 2)
        return ctx.fail(QStringLiteral("bundle import needs one FILE"));
    const QString path = args.positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    Bundle::OpenOptions options;
    if (Bundle::isEncrypted(bytes)) {
        if (args.has(kIdentity)) {
            QFile identity(args.value(kIdentity));
            if (!identity.open(QIODevice::ReadOnly))
                return ctx.fail(QStringLiteral("%1 cannot be read: %2")
                                    .arg(args.value(kIdentity), identity.errorString()));
            auto parsed = Age::parseIdentityFile(identity.readAll());
            if (!parsed)
                return ctx.fail(parsed.error());
            options.identities = parsed.value();
        } else {
            auto passphrase = readPassphrase(
                ctx, args, QStringLiteral("Passphrase of the bundle: "), false, kPassphraseFile);
            if (!passphrase)
                return ExitUsage;
            options.passphrase = std::move(*passphrase);
        }
    }
    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    auto opened = Bundle::open(bytes, ctx.templates(), options);
    if (!opened)
        return ctx.fail(opened.error());
    const bool dryRun = args.has(kDryRun);
    auto summary = Bundle::apply(*store, opened.value(), args.has(kTrust), dryRun);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << Bundle::describe(opened.value(), summary.value()) << u'\n';
    ctx.out() << (dryRun ? QStringLiteral("dry run: nothing was changed\n")
                         : QStringLiteral("imported\n"));
    return ExitOk;
}

int bundlePublicKey(Context& ctx, const ParsedArgs& args) {
    std::optional<SigningProfile> profile = chooseProfile(ctx, args);
    if (!profile)
        return ExitUsage;
    const QByteArray text = Minisign::publicKeyFile(
        profile->publicKey,
        QStringLiteral("minisign public key of %1").arg(profile->displayName()));
    if (!args.has(kOutput)) {
        ctx.out() << QString::fromLatin1(text);
        return ExitOk;
    }
    QSaveFile out(args.value(kOutput));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return ctx.fail(
            QStringLiteral("%1 cannot be written: %2").arg(args.value(kOutput), out.errorString()));
    ctx.out() << QStringLiteral("wrote %1\n").arg(args.value(kOutput));
    return ExitOk;
}

int bundleTrusted(Context& ctx, const ParsedArgs&) {
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const QList<TrustedSigner> signers = store->trustedSigners();
    if (signers.isEmpty())
        ctx.out() << QStringLiteral("(no trusted signers)\n");
    for (const TrustedSigner& s : signers)
        ctx.out() << s.keyId << QStringLiteral("  ") << s.label << u'\n';
    return ExitOk;
}

int runBundle(Context& ctx, const ParsedArgs& args) {
    const QString sub = args.positional.first();
    if (sub == u"export")
        return bundleExport(ctx, args);
    if (sub == u"import")
        return bundleImport(ctx, args);
    if (sub == u"public-key" && args.positional.size() == 1)
        return bundlePublicKey(ctx, args);
    if (sub == u"trusted" && args.positional.size() == 1)
        return bundleTrusted(ctx, args);
    return ctx.fail(QStringLiteral("unknown bundle subcommand \"%1\"; use export, import, "
                                   "public-key or trusted")
                        .arg(args.positional.join(u' ')));
}

} // namespace

QList<CommandSpec> bundleCommands() {
    return {{QStringLiteral("bundle"),
             QStringLiteral("bundle export|import|public-key|trusted ..."),
             QStringLiteral("a subcommand (export, import, public-key or trusted)"),
             QStringLiteral("Exchange postmortems with other machines through bundle files"),
             QStringLiteral(
                 "bundle export [ID...|--all|--since-peer NAME] -o FILE [--no-sign]\n"
                 "        [--profile KEY_ID|NAME] [--signing-passphrase-file F]\n"
                 "        [--passphrase-file F | --recipient AGE_RECIPIENT ...]\n"
                 "    writes a bundle (a zip of canonical JSON with a manifest) signed with the\n"
                 "    current signing profile in minisign's format, optionally encrypted in the\n"
                 "    age format with a passphrase (first line of F) or for age1... recipients.\n"
                 "    --since-peer: only postmortems changed since the last bundle for NAME.\n"
                 "bundle import FILE [--passphrase-file F | --identity F] [--dry-run] [--trust]\n"
                 "    checks and merges a bundle in one transaction. --dry-run prints what would\n"
                 "    change (records added, changed, deleted, conflicts) and changes nothing.\n"
                 "    A bundle signed by an unknown key, or not signed, needs --trust (the key\n"
                 "    is then remembered). --identity reads an age identity file.\n"
                 "bundle public-key [--profile KEY_ID|NAME] [-o FILE]\n"
                 "    the profile's public key in minisign's format, to verify bundles with\n"
                 "    `minisign -Vm manifest.json -p FILE`.\n"
                 "bundle trusted\n"
                 "    the signers whose bundles this database accepts."),
             {kAll, kNoSign, kDryRun, kTrust},
             {kOutput, kSincePeer, kProfile, kSigningPassphraseFile, kPassphraseFile, kRecipient,
              kIdentity, kScryptLogN},
             1,
             1000,
             &runBundle}};
}

} // namespace causeway::cli
