#pragma once

#include "store/Store.h"

#include <QIODevice>
#include <QTextStream>

#include <memory>
#include <optional>

namespace causeway {
class TemplateRegistry;
}

namespace causeway::cli {

enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

// What every command needs: the output streams, the database choice and the templates.
class Context {
public:
    Context(QIODevice& in, QIODevice& out, QIODevice& err);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QIODevice& in() { return m_in; }

    void setDatabaseOption(const QString& path) { m_dbOption = path; }
    QString databasePath() const;

    // Prints "causeway-cli: message" on stderr and returns ExitUsage.
    int fail(const QString& message);
    // The same for a request that was understood but refused (a rule, a wrong passphrase,
    // a locked postmortem): returns ExitProblems.
    int refuse(const QString& message);
    // Commands that lay out text (diagrams, reports) need a QGuiApplication and the fonts
    // shipped in the resources, which this loads. Returns ExitOk when ready, else prints
    // why "doing" (e.g. "drawing a diagram") cannot run and returns ExitUsage.
    int needFonts(const QString& doing);

    // Reading commands never create a database: a missing file is an error, not an
    // empty database left behind by a typo in --db.
    enum class Access { Read, Write };
    // Opens the store, or prints why not and returns nullptr.
    std::unique_ptr<Store> openStore(Access access);

    // The full id for an id or unique prefix, or prints why not.
    std::optional<QString> resolveId(const Store& store, const QString& idOrPrefix);
    // The postmortem an id or unique prefix names, loaded, or prints why not.
    std::optional<Postmortem> loadPostmortem(const Store& store, const QString& idOrPrefix);

    // Built-in templates plus the user's template folder, loaded on first use.
    const TemplateRegistry& templates();

private:
    QIODevice& m_in;
    QTextStream m_out;
    QTextStream m_err;
    QString m_dbOption;
    std::unique_ptr<TemplateRegistry> m_templates;
};

} // namespace causeway::cli
