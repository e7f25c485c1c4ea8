#include "bundle/BundleImportFlow.h"

#include "bundle/BundleImport.h"
#include "bundle/DecryptBundleDialog.h"
#include "bundle/ImportBundleDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace causeway::BundleImportFlow {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::BundleImportFlow", text);
}

// The zip reader's limits bound what a bundle may unpack to; a file larger than that cannot
// be a bundle it accepts.
constexpr qint64 kMaxBundleFile = 2LL << 30;

void showFailure(QWidget* parent, const QString& message) {
    QMessageBox::warning(parent, tr("Bundle Not Imported"), message);
}

// Opening decrypts (scrypt takes a moment) and checks every member.
Result<Bundle::OpenedBundle> openWithWaitCursor(const QByteArray& bytes,
                                                const TemplateRegistry& templates,
                                                const Bundle::OpenOptions& options) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Bundle::open(bytes, templates, options);
    QApplication::restoreOverrideCursor();
    return opened;
}

} // namespace

std::optional<BundleMergeSummary> run(QWidget* parent, Store& store,
                                      const TemplateRegistry& templates, const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    const QString name = QFileInfo(path).fileName();
    if (store.isReadOnly()) {
        showFailure(parent, tr("The database is open read-only: %1").arg(store.readOnlyReason()));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(parent, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxBundleFile) {
        showFailure(parent, tr("%1 is larger than any bundle Causeway imports.").arg(shown));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    Result<Bundle::OpenedBundle> opened = Result<Bundle::OpenedBundle>::failure(QString());
    if (Bundle::isEncrypted(bytes)) {
        DecryptBundleDialog ask(name, parent);
        for (;;) {
            if (ask.exec() != QDialog::Accepted)
                return std::nullopt;
            auto options = ask.openOptions();
            if (!options) {
                ask.setProblem(options.error());
                continue;
            }
            opened = openWithWaitCursor(bytes, templates, options.value());
            if (opened)
                break;
            // A wrong passphrase or identity is the likely cause: ask again, with the reason.
            ask.setProblem(opened.error());
        }
    } else {
        opened = openWithWaitCursor(bytes, templates, Bundle::OpenOptions());
        if (!opened) {
            showFailure(parent, tr("%1 cannot be imported.\n\n%2").arg(shown, opened.error()));
            return std::nullopt;
        }
    }

    ImportBundleDialog preview(store, std::move(opened).value(), name, parent);
    preview.exec();
    return preview.imported();
}

} // namespace causeway::BundleImportFlow
