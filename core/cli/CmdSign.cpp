// causeway-cli profile … and sign …: local signing profiles and electronic signatures.
#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"
#include "CliSignatures.h"

#include "review/ReviewRecords.h"
#include "secrets/KeyStore.h"
#include "signing/PassphraseInput.h"
#include "signing/Signatures.h"
#include "signing/SignedContent.h"
#include "signing/SigningProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace causeway::cli {

namespace {
const QString kPassphraseFile = QStringLiteral("--passphrase-file");
} // namespace

std::optional<sodium::Passphrase> readPassphrase(Context& ctx, const ParsedArgs& args,
                                                 const QString& prompt, bool confirm,
                                                 const QString& fileOption) {
    if (args.has(fileOption)) {
        auto fromFile = PassphraseInput::fromFile(args.value(fileOption));
        if (!fromFile) {
            ctx.fail(fromFile.error());
            return std::nullopt;
        }
        return std::move(fromFile.value());
    }
    if (!PassphraseInput::terminalAvailable()) {
        ctx.fail(QStringLiteral("a passphrase is needed and standard input is not a terminal; "
                                "give it with %1 FILE")
                     .arg(fileOption));
        return std::nullopt;
    }
    ctx.err().flush();
    auto first = PassphraseInput::fromTerminal(prompt);
    if (!first) {
        ctx.fail(first.error());
        return std::nullopt;
    }
    if (confirm) {
        auto again = PassphraseInput::fromTerminal(QStringLiteral("Repeat the passphrase: "));
        if (!again) {
            ctx.fail(again.error());
            return std::nullopt;
        }
        if (!(again.value() == first.value())) {
            ctx.fail(QStringLiteral("the two passphrases differ; nothing was created"));
            return std::nullopt;
        }
    }
    return std::move(first.value());
}

std::unique_ptr<KeyStore> openKeychain(Context& ctx) {
    std::unique_ptr<KeyStore> keys = createSystemKeyStore();
    if (auto available = keys->checkAvailable(); !available) {
        ctx.fail(available.error());
        return nullptr;
    }
    return keys;
}

namespace {

int profileCreate(Context& ctx, const ParsedArgs& args) {
    const QString name = args.value(QStringLiteral("--name")).simplified();
    const QString role = args.value(QStringLiteral("--role")).simplified();
    if (name.isEmpty() || role.isEmpty())
        return ctx.fail(QStringLiteral("profile create needs --name NAME and --role ROLE"));
    auto keys = openKeychain(ctx);
    if (!keys)
        return ExitUsage;
    const auto passphrase =
        readPassphrase(ctx, args,
                       QStringLiteral("Passphrase for %1 (at least %2 characters): ")
                           .arg(name)
                           .arg(SigningProfiles::kMinPassphraseLength),
                       true);
    if (!passphrase)
        return ExitUsage;
    const auto created = SigningProfiles::create(*keys, name, role, *passphrase);
    if (!created)
        return ctx.fail(created.error());
    const bool isCurrent =
        SigningProfiles::current() && SigningProfiles::current()->keyId == created->keyId;
    ctx.out() << QStringLiteral("created profile %1, key %2%3\n")
                     .arg(created->displayName(), created->keyId,
                          isCurrent ? QStringLiteral(" (current)") : QString());
    return ExitOk;
}

int profileList(Context& ctx, const ParsedArgs& args) {
    const QList<SigningProfile> profiles = SigningProfiles::list();
    const auto current = SigningProfiles::current();
    const QString currentId = current ? current->keyId : QString();
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const SigningProfile& p : profiles)
            rows.append(QJsonObject{
                {QStringLiteral("key_id"), p.keyId},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("role"), p.role},
                {QStringLiteral("public_key"), QString::fromLatin1(p.publicKey.toBase64())},
                {QStringLiteral("current"), p.keyId == currentId}});
        ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << u'\n';
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        ctx.out() << QStringLiteral("(no signing profiles; create one with \"causeway-cli "
                                    "profile create --name NAME --role ROLE\")\n");
        return ExitOk;
    }
    for (const SigningProfile& p : profiles) {
        ctx.out() << (p.keyId == currentId ? QStringLiteral("* ") : QStringLiteral("  ")) << p.keyId
                  << QStringLiteral("  ") << p.name << QStringLiteral("  (") << p.role
                  << QStringLiteral(")  created ") << displayTime(p.created) << u'\n';
    }
    return ExitOk;
}

int profileUse(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() < 2)
        return ctx.fail(QStringLiteral("profile use needs a KEY_ID or NAME"));
    const auto found = SigningProfiles::find(args.positional.at(1));
    if (!found)
        return ctx.fail(found.error());
    SigningProfiles::setCurrent(found->keyId);
    ctx.out()
        << QStringLiteral("current profile: %1, key %2\n").arg(found->displayName(), found->keyId);
    return ExitOk;
}

// Deletes the profile's secret key from the keychain and the profile from the settings;
// its signatures stay verifiable (they carry the public key) but it can sign no more.
int profileRemove(Context& ctx, const ParsedArgs& args) {
    if (args.positional.size() < 2)
        return ctx.fail(QStringLiteral("profile remove needs a KEY_ID or NAME"));
    const auto found = SigningProfiles::find(args.positional.at(1));
    if (!found)
        return ctx.fail(found.error());
    auto keys = openKeychain(ctx);
    if (!keys)
        return ExitUsage;
    if (auto removed = SigningProfiles::remove(*keys, found.value()); !removed)
        return ctx.refuse(removed.error());
    ctx.out() << QStringLiteral("removed profile %1, key %2; its signatures stay verifiable\n")
                     .arg(found->displayName(), found->keyId);
    return ExitOk;
}

int runProfile(Context& ctx, const ParsedArgs& args) {
    const QString sub = args.positional.first();
    if (sub == u"create" && args.positional.size() == 1)
        return profileCreate(ctx, args);
    if (sub == u"list" && args.positional.size() == 1)
        return profileList(ctx, args);
    if (sub == u"use")
        return profileUse(ctx, args);
    if (sub == u"remove")
        return profileRemove(ctx, args);
    return ctx.fail(
        QStringLiteral("unknown profile subcommand \"%1\"; use create, list, use or remove")
            .arg(args.positional.join(u' ')));
}

int runSign(Context& ctx, const ParsedArgs& args) {
    const QString meaning = args.value(QStringLiteral("--meaning"));
    if (!SignatureVocabulary::meanings().contains(meaning))
        return ctx.fail(QStringLiteral("sign needs --meaning %1")
                            .arg(SignatureVocabulary::meanings().join(u'|')));
    std::optional<SigningProfile> profile;
    if (args.has(QStringLiteral("--profile"))) {
        auto found = SigningProfiles::find(args.value(QStringLiteral("--profile")));
        if (!found)
            return ctx.fail(found.error());
        profile = found.value();
    } else {
        profile = SigningProfiles::current();
        if (!profile)
            return ctx.fail(QStringLiteral("there is no signing profile; create one with "
                                           "\"causeway-cli profile create --name NAME --role "
                                           "ROLE\""));
    }
    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    const auto pm = ctx.loadPostmortem(*store, args.positional.first());
    if (!pm)
        return ExitUsage;
    const QString& id = pm->root.id;
    // Refuse before asking for the passphrase: no one should type it for nothing.
    if (auto allowed = Signatures::checkAllowed(*pm, *profile, meaning); !allowed)
        return ctx.refuse(allowed.error());
    auto keys = openKeychain(ctx);
    if (!keys)
        return ExitUsage;
    ctx.err() << QStringLiteral("Signing \"%1\" as %2, meaning %3, key %4.\nContent SHA-256: %5\n")
                     .arg(pm->title(), profile->displayName(),
                          SignatureVocabulary::meaningName(meaning), profile->keyId,
                          SignedContent::sha256(*pm));
    const auto passphrase =
        readPassphrase(ctx, args, QStringLiteral("Passphrase of %1: ").arg(profile->name), false);
    if (!passphrase)
        return ExitUsage;
    // The audit trail names the signer, not whoever the settings say edits.
    store->setActor(Actor{profile->name, Actor::currentOsUser()});
    const auto signedId = Signatures::sign(*store, *keys, *profile, id, meaning, *passphrase);
    if (!signedId)
        return ctx.refuse(signedId.error());
    ctx.out() << QStringLiteral("signed %1 as %2 by %3, key %4 (signature %5)\n")
                     .arg(id, meaning, profile->displayName(), profile->keyId, signedId.value());
    return ExitOk;
}

} // namespace

QList<CommandSpec> signingCommands() {
    return {
        {QStringLiteral("profile"),
         QStringLiteral("profile create|list|use|remove ..."),
         QStringLiteral("a subcommand (create, list, use or remove)"),
         QStringLiteral("Local signing profiles: name, role and an Ed25519 key"),
         QStringLiteral(
             "profile create --name NAME --role ROLE [--passphrase-file FILE]\n"
             "    makes an Ed25519 key pair; the secret key goes to the system keychain\n"
             "    (service \"Causeway\"), sealed with the passphrase, which every signature\n"
             "    asks for again. Without --passphrase-file the passphrase is asked for twice\n"
             "    on the terminal. The first profile becomes the current one.\n"
             "profile list [--json]\n"
             "    key id, name and role of each profile; * marks the current one.\n"
             "profile use KEY_ID|NAME\n"
             "    makes another profile current.\n"
             "profile remove KEY_ID|NAME\n"
             "    deletes the profile and its secret key from the keychain; the signatures it\n"
             "    made stay verifiable (they carry the public key), but it cannot sign again.\n"
             "Without a keychain (no desktop session) profiles cannot be created and nothing\n"
             "can be signed; everything else works."),
         {QStringLiteral("--json")},
         {QStringLiteral("--name"), QStringLiteral("--role"), kPassphraseFile},
         1,
         2,
         &runProfile},
        {QStringLiteral("sign"),
         QStringLiteral("sign ID --meaning authored|reviewed|approved [--profile KEY_ID|NAME] "
                        "[--passphrase-file FILE]"),
         QStringLiteral("an ID"),
         QStringLiteral("Sign a postmortem electronically"),
         QStringLiteral(
             "Signs the postmortem's content (SHA-256 of its canonical content) with the\n"
             "current profile's key, or --profile's, and stores the signature with the printed\n"
             "name, role, meaning and UTC time. The passphrase comes from FILE (its first line)\n"
             "or is asked for on the terminal; with neither, the command exits with 2.\n"
             "Author and approver must be different profiles; a refused signature (that rule,\n"
             "a wrong passphrase) exits with 1.\n"
             "Any later change of the content shows the signature as \"invalid: content\n"
             "changed after signing\" in \"verify\"."),
         {},
         {QStringLiteral("--meaning"), QStringLiteral("--profile"), kPassphraseFile},
         1,
         1,
         &runSign},
    };
}

} // namespace causeway::cli
