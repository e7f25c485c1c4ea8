#include "CliContext.h"

#include "model/Template.h"
#include "report/ReportFonts.h"
#include "util/AppEnvironment.h"
#include "util/Policy.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace causeway::cli {

Context::Context(QIODevice& in, QIODevice& out, QIODevice& err)
    : m_in(in)
    , m_out(&out)
    , m_err(&err) {}

Context::~Context() {
    m_out.flush();
    m_err.flush();
}

QString Context::databasePath() const {
    return AppEnvironment::databasePath(m_dbOption);
}

int Context::refuse(const QString& message) {
    fail(message);
    return ExitProblems;
}

int Context::fail(const QString& message) {
    m_err << QStringLiteral("causeway-cli: ") << message << u'\n';
    m_err.flush();
    return ExitUsage;
}

int Context::needFonts(const QString& doing) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(doing + QStringLiteral(" needs the Qt GUI library"));
    // The shipped fonts, not the machine's: the output must not depend on what is installed.
    if (!ReportFonts::ensureLoaded())
        return fail(QStringLiteral("the fonts shipped with Causeway cannot be loaded"));
    return ExitOk;
}

std::unique_ptr<Store> Context::openStore(Access access) {
    const QString path = databasePath();
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (access == Access::Read && !QFileInfo::exists(path)) {
        fail(QStringLiteral("there is no database at %1 (create a postmortem with "
                            "\"causeway-cli new\", or choose a file with --db)")
                 .arg(shown));
        return nullptr;
    }
    OpenOptions options;
    options.deviceId = AppEnvironment::deviceId();
    options.actor = AppEnvironment::currentActor();
    options.policy = Policy::load(); // retention of approved postmortems
    auto opened = Store::open(path, options);
    if (!opened) {
        fail(QStringLiteral("cannot open the database: ") + opened.error());
        return nullptr;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    if (access == Access::Write && store->isReadOnly()) {
        fail(
            QStringLiteral("the database %1 is read-only: %2").arg(shown, store->readOnlyReason()));
        return nullptr;
    }
    return store;
}

std::optional<QString> Context::resolveId(const Store& store, const QString& idOrPrefix) {
    auto resolved = store.resolveId(idOrPrefix.trimmed().toLower());
    if (!resolved) {
        fail(resolved.error());
        return std::nullopt;
    }
    return resolved.value();
}

std::optional<Postmortem> Context::loadPostmortem(const Store& store, const QString& idOrPrefix) {
    const auto id = resolveId(store, idOrPrefix);
    if (!id)
        return std::nullopt;
    auto pm = store.loadPostmortem(*id);
    if (!pm)
        fail(QStringLiteral("postmortem %1 cannot be loaded").arg(*id));
    return pm;
}

const TemplateRegistry& Context::templates() {
    if (!m_templates)
        m_templates = std::make_unique<TemplateRegistry>(AppEnvironment::userTemplateDir());
    return *m_templates;
}

} // namespace causeway::cli
