#include "BundleUiTestSupport.h"

#include "bundle/Age.h"
#include "bundle/BundleImport.h"
#include "bundle/BundlePreviewModel.h"
#include "bundle/DecryptBundleDialog.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportBundleDialog.h"
#include "bundle/StaleDocument.h"
#include "bundle/SyncFolderController.h"
#include "bundle/SyncFolderSettings.h"
#include "bundle/UnlockSigningDialog.h"
#include "editing/PostmortemDocument.h"
#include "editor/FieldEditor.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "postmortemlist/PostmortemListPane.h"
#include "secrets/KeyStore.h"
#include "settings/SettingsDialog.h"
#include "signing/SigningProfile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace causeway;
using namespace causeway::test;

// Bundle export and import in the app: the export dialog (scope, signing, encryption,
// checks), the import preview (counts from a dry run, trust gating Import), decryption, the
// main window's menu entries, drop and refresh of an open postmortem, and the sync folder.
class TestBundleUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void previewModelFollowsTheSummary();
    void importPreviewShowsCountsAndTrustGatesImport();
    void trustedSignerNeedsNoCheckbox();
    void exportDialogSignsAndChecks();
    void exportDialogWithoutProfileWarnsAndExportsUnsigned();
    void encryptedBundleOpensWithThePassphrase();
    void defaultFileNames();
    void staleDocument();
    void mainWindowImportsAndRefreshesTheOpenPostmortem();
    void syncFolderExportsAfterEdits();
    void syncFolderSignsWithTheUnlockedProfile();
    void databaseInsideASyncedFolderWarns();

private:
    MemoryKeyStore m_keys;
};

namespace {

// A store with a device id of its own, as on another machine.
std::unique_ptr<Store> machine(const QString& device) {
    return openStore(tempPath(device + QStringLiteral(".db")), testOpenOptions(device));
}

sodium::Passphrase pass(const char* text) {
    return sodium::Passphrase::fromString(QString::fromUtf8(text));
}

QString newPostmortemWithEvents(Store& store, const QString& title, int events) {
    const QString id =
        store.createPostmortem(QStringLiteral("standard"), {{Field::Title, title}}).value();
    ChangeSet c;
    for (int i = 0; i < events; ++i)
        c.creates.append({newRecordId(),
                          Kind::Event,
                          id,
                          {{EventField::Time, QStringLiteral("2026-03-02T10:0%1:00.000Z").arg(i)},
                           {EventField::Kind, QStringLiteral("observation")},
                           {EventField::Source, QStringLiteral("manual")},
                           {EventField::Description, QStringLiteral("event %1").arg(i)}}});
    store.commit(c);
    return id;
}

Bundle::OpenedBundle openBundle(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    auto opened = Bundle::open(file.readAll(), builtinTemplates());
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    return opened ? opened.value() : Bundle::OpenedBundle();
}

int number(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toInt();
}

} // namespace

void TestBundleUi::init() {
    QSettings().remove(QStringLiteral("signing"));
    QSettings().remove(QStringLiteral("sync"));
    m_keys.clear();
    m_keys.setUnavailable(QString());
}

void TestBundleUi::previewModelFollowsTheSummary() {
    BundlePreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BundleMergeSummary summary;
    PostmortemMergeSummary added;
    added.id = newRecordId();
    added.title = QStringLiteral("New one");
    added.added = true;
    added.recordsAdded = 4;
    PostmortemMergeSummary changed;
    changed.id = newRecordId();
    changed.recordsChanged = 2;
    changed.conflicts = 1;
    summary.postmortems = {added, changed};
    model.setSummary(summary);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, BundlePreviewModel::TitleColumn).data().toString(),
             QStringLiteral("New one"));
    QCOMPARE(model.index(0, BundlePreviewModel::StateColumn).data().toString(),
             QStringLiteral("new"));
    QCOMPARE(number(model, 0, BundlePreviewModel::AddedColumn), 4);
    QCOMPARE(model.index(1, BundlePreviewModel::TitleColumn).data().toString(),
             QStringLiteral("(untitled)"));
    QCOMPARE(model.index(1, BundlePreviewModel::StateColumn).data().toString(),
             QStringLiteral("changed"));
    QCOMPARE(number(model, 1, BundlePreviewModel::ConflictsColumn), 1);
    QCOMPARE(model.index(1, 0).data(BundlePreviewModel::PostmortemIdRole).toString(), changed.id);
    model.setSummary(BundleMergeSummary());
    QCOMPARE(model.rowCount(), 0);
}

void TestBundleUi::importPreviewShowsCountsAndTrustGatesImport() {
    auto from = machine(QStringLiteral("previewfrom"));
    auto to = machine(QStringLiteral("previewto"));
    const QString fresh = newPostmortemWithEvents(*from, QStringLiteral("Checkout down"), 3);
    // One postmortem both have, changed on the sending side since.
    const QString shared = newPostmortemWithEvents(*from, QStringLiteral("Queue backlog"), 1);
    {
        const QString first = writeBundle(*from, {shared}, QStringLiteral("first.causeway"));
        QVERIFY(!first.isEmpty());
        QVERIFY(Bundle::apply(*to, openBundle(first), true, false));
    }
    ChangeSet edit;
    edit.fieldChanges.append({shared, Field::Summary, QStringLiteral("Backlog of 2 hours.")});
    QVERIFY(from->commit(edit));
    const QString path = writeBundle(*from, {fresh, shared}, QStringLiteral("preview.causeway"));
    QVERIFY(!path.isEmpty());

    ImportBundleDialog dialog(*to, openBundle(path), QStringLiteral("preview.causeway"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QAbstractItemModelTester tester(dialog.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.signerLabel()->text(), QStringLiteral("Not signed"));
    // Unsigned: Import waits for the trust checkbox.
    QVERIFY(dialog.needsTrust());
    QVERIFY(dialog.trustCheckBox()->isVisible());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.runImport());

    // The dry run's counts, one row per postmortem.
    const BundlePreviewModel& model = *dialog.previewModel();
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString id =
            model.index(row, 0).data(BundlePreviewModel::PostmortemIdRole).toString();
        if (id == fresh) {
            QCOMPARE(model.index(row, BundlePreviewModel::StateColumn).data().toString(),
                     QStringLiteral("new"));
            QCOMPARE(number(model, row, BundlePreviewModel::AddedColumn), 3);
        } else {
            QCOMPARE(id, shared);
            QCOMPARE(model.index(row, BundlePreviewModel::StateColumn).data().toString(),
                     QStringLiteral("changed"));
            QCOMPARE(number(model, row, BundlePreviewModel::ChangedColumn), 1);
            QCOMPARE(number(model, row, BundlePreviewModel::AddedColumn), 0);
        }
    }
    // Nothing was written by the preview.
    QVERIFY(!to->loadPostmortem(fresh));
    screenshot(dialog, QStringLiteral("import-preview"));

    dialog.trustCheckBox()->setChecked(true);
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.trustCheckBox()->setChecked(false);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.trustCheckBox()->setChecked(true);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(dialog.imported());
    QVERIFY(to->loadPostmortem(fresh));
    QCOMPARE(to->loadPostmortem(shared)->root.text(Field::Summary),
             QStringLiteral("Backlog of 2 hours."));
    QVERIFY(dialog.resultLabel()->isVisible());
    // (Plural forms come from the English translation, which tests do not load.)
    QVERIFY2(dialog.resultLabel()->text().startsWith(QStringLiteral("Imported 2 postmortem")),
             qPrintable(dialog.resultLabel()->text()));
    QVERIFY(!dialog.importButton()->isVisible());
    QCOMPARE(dialog.closeButton()->text(), QStringLiteral("Close"));
    dialog.reject();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestBundleUi::trustedSignerNeedsNoCheckbox() {
    auto from = machine(QStringLiteral("signedfrom"));
    auto to = machine(QStringLiteral("signedto"));
    const QString id = newPostmortemWithEvents(*from, QStringLiteral("Signed"), 1);
    const auto profile = SigningProfiles::create(
        m_keys, QStringLiteral("Ann Example"), QStringLiteral("Approver"), pass("ann passphrase"));
    QVERIFY(profile);
    auto secret = SigningProfiles::openSecretKey(m_keys, profile.value(), pass("ann passphrase"));
    QVERIFY(secret);
    Bundle::ExportRequest request;
    request.postmortemIds = {id};
    request.signer =
        Bundle::Signer{profile->name, profile->role, profile->publicKey,
                       std::shared_ptr<sodium::SecretBytes>(std::move(secret).value())};
    request.outputPath = tempPath(QStringLiteral("signed.causeway"));
    QVERIFY(Bundle::exportBundle(*from, request));

    // The bundle names its signer by minisign key id (the manifest's); it carries the key.
    const Bundle::OpenedBundle opened = openBundle(request.outputPath);
    QVERIFY(opened.signedBundle);
    QCOMPARE(opened.manifest.creator.publicKey, QString::fromLatin1(profile->publicKey.toBase64()));
    const QString keyId = opened.manifest.creator.keyId;
    QVERIFY(!keyId.isEmpty());
    {
        // This machine's own profile signed it: trusted without asking.
        ImportBundleDialog dialog(*to, opened, QStringLiteral("signed"));
        QVERIFY(!dialog.needsTrust());
        QVERIFY(dialog.trustCheckBox()->isHidden());
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY2(dialog.signerLabel()->text().contains(keyId),
                 qPrintable(dialog.signerLabel()->text()));
        QVERIFY(dialog.signerLabel()->text().endsWith(QStringLiteral("trusted")));
    }
    // Another machine's key: the checkbox names it, and trusting remembers it.
    QVERIFY(SigningProfiles::remove(m_keys, profile.value()));
    ImportBundleDialog dialog(*to, openBundle(request.outputPath), QStringLiteral("signed"));
    QVERIFY(dialog.needsTrust());
    QVERIFY(dialog.signerLabel()->text().contains(QStringLiteral("not trusted yet")));
    QVERIFY(dialog.trustCheckBox()->text().contains(keyId));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.trustCheckBox()->setChecked(true);
    QVERIFY(dialog.runImport());
    QVERIFY(to->isTrustedSigner(keyId));
    ImportBundleDialog again(*to, openBundle(request.outputPath), QStringLiteral("signed"));
    QVERIFY(!again.needsTrust());
}

void TestBundleUi::exportDialogSignsAndChecks() {
    auto store = newStore();
    const QString id = newPostmortemWithEvents(*store, QStringLiteral("Checkout down"), 2);
    newPostmortemWithEvents(*store, QStringLiteral("Other"), 0);
    const auto profile = SigningProfiles::create(
        m_keys, QStringLiteral("Ann Example"), QStringLiteral("Approver"), pass("ann passphrase"));
    QVERIFY(profile);

    ExportBundleDialog dialog(*store, &m_keys, id);
    dialog.setScryptLogN(10);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.canSign());
    QVERIFY(dialog.outputPath().endsWith(QStringLiteral("Checkout-down-%1.causeway")
                                             .arg(QDate::currentDate().toString(Qt::ISODate))));
    // Signing needs the passphrase first.
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.setSigningPassphrase(QStringLiteral("ann passphrase"));
    const QString output = tempPath(QStringLiteral("dialog.causeway"));
    dialog.setOutputPath(output);
    QVERIFY(dialog.exportButton()->isEnabled());

    // Encryption: two passphrases that differ, then recipients with a bad line.
    dialog.setEncryption(ExportBundleDialog::Encryption::Passphrase);
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.setEncryptionPassphrase(QStringLiteral("one"), QStringLiteral("two"));
    QCOMPARE(dialog.problem(), QStringLiteral("The two encryption passphrases differ."));
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.setEncryption(ExportBundleDialog::Encryption::Recipients);
    const Age::Identity ann = Age::generateIdentity();
    dialog.setRecipients(ann.recipient + QStringLiteral("\nage1notarecipient\n"));
    QVERIFY2(dialog.problem().startsWith(QStringLiteral("Recipient on line 2")),
             qPrintable(dialog.problem()));
    QVERIFY(!dialog.exportButton()->isEnabled());
    dialog.setRecipients(QStringLiteral("# Ann\n") + ann.recipient + u'\n');
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.exportButton()->isEnabled());
    screenshot(dialog, QStringLiteral("export-dialog"));

    // A wrong signing passphrase keeps the dialog open with the reason.
    dialog.setSigningPassphrase(QStringLiteral("wrong passphrase"));
    dialog.accept();
    QVERIFY(!dialog.result());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!QFile::exists(output));

    dialog.setSigningPassphrase(QStringLiteral("ann passphrase"));
    dialog.accept();
    QVERIFY2(dialog.result(), qPrintable(dialog.problem()));
    QVERIFY(dialog.result()->signedBundle);
    QVERIFY(dialog.result()->encrypted);
    QCOMPARE(dialog.result()->postmortemIds, QStringList{id});

    // The file opens with Ann's identity and is signed by the profile.
    QCOMPARE(dialog.outputPath(), output);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(Bundle::isEncrypted(bytes));
    Bundle::OpenOptions options;
    options.identities = {ann.secretKey};
    const auto opened = Bundle::open(bytes, builtinTemplates(), options);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opened->signedBundle);
    QCOMPARE(opened->manifest.creator.publicKey,
             QString::fromLatin1(profile->publicKey.toBase64()));
    QCOMPARE(opened->postmortems.size(), 1);
}

void TestBundleUi::exportDialogWithoutProfileWarnsAndExportsUnsigned() {
    auto store = newStore();
    newPostmortemWithEvents(*store, QStringLiteral("A"), 1);
    newPostmortemWithEvents(*store, QStringLiteral("B"), 1);
    ExportBundleDialog dialog(*store, &m_keys, QString());
    QVERIFY(!dialog.canSign());
    QVERIFY(dialog.signingNote()->text().contains(QStringLiteral("no signing profile")));
    QVERIFY(dialog.signingNote()->text().contains(QStringLiteral("unsigned")));
    // Nothing selected: all postmortems, named as such.
    QVERIFY(dialog.outputPath().contains(QStringLiteral("postmortems-")));
    dialog.setOutputPath(tempPath(QStringLiteral("all.causeway")));
    QVERIFY(dialog.exportButton()->isEnabled());
    dialog.accept();
    QVERIFY2(dialog.result(), qPrintable(dialog.problem()));
    QVERIFY(!dialog.result()->signedBundle);
    QCOMPARE(dialog.result()->postmortemIds.size(), 2);

    // Changes for a peer: the first bundle holds everything, the next one nothing.
    ExportBundleDialog forPeer(*store, nullptr, QString());
    QVERIFY(!forPeer.canSign());
    forPeer.setPeer(QStringLiteral("laptop-ann"));
    forPeer.setOutputPath(tempPath(QStringLiteral("peer1.causeway")));
    forPeer.accept();
    QVERIFY2(forPeer.result(), qPrintable(forPeer.problem()));
    QCOMPARE(forPeer.result()->postmortemIds.size(), 2);
    ExportBundleDialog again(*store, nullptr, QString());
    again.setPeer(QStringLiteral("laptop-ann"));
    again.setOutputPath(tempPath(QStringLiteral("peer2.causeway")));
    again.accept();
    QVERIFY(!again.result());
    QVERIFY2(again.problem().contains(QStringLiteral("Nothing changed")),
             qPrintable(again.problem()));
    // The peer is offered next time.
    QVERIFY(QSettings()
                .value(QStringLiteral("bundle/peers"))
                .toStringList()
                .contains(QStringLiteral("laptop-ann")));
}

void TestBundleUi::encryptedBundleOpensWithThePassphrase() {
    auto store = newStore();
    const QString id = newPostmortemWithEvents(*store, QStringLiteral("Secret"), 1);
    Bundle::ExportRequest request;
    request.postmortemIds = {id};
    request.passphrase = pass("correct horse");
    request.scryptLogN = 10;
    request.outputPath = tempPath(QStringLiteral("secret.causeway"));
    QVERIFY(Bundle::exportBundle(*store, request));
    QFile file(request.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(Bundle::isEncrypted(bytes));

    DecryptBundleDialog dialog(QStringLiteral("secret.causeway"));
    dialog.setPassphrase(QStringLiteral("wrong"));
    auto options = dialog.openOptions();
    QVERIFY(options);
    QVERIFY(!Bundle::open(bytes, builtinTemplates(), options.value()));
    dialog.setPassphrase(QStringLiteral("correct horse"));
    options = dialog.openOptions();
    const auto opened = Bundle::open(bytes, builtinTemplates(), options.value());
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opened->encrypted);

    // An identity file that is not one is refused with its name.
    const QString notIdentity = tempPath(QStringLiteral("not-an-identity.txt"));
    QFile bad(notIdentity);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("hello\n");
    bad.close();
    dialog.setIdentityFile(notIdentity);
    const auto refused = dialog.openOptions();
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("not-an-identity.txt")));
}

void TestBundleUi::defaultFileNames() {
    const QDate day(2026, 3, 2);
    QCOMPARE(ExportBundleDialog::defaultFileName(QStringLiteral("Checkout down"), day),
             QStringLiteral("Checkout-down-2026-03-02.causeway"));
    QCOMPARE(ExportBundleDialog::defaultFileName(QString(), day),
             QStringLiteral("postmortems-2026-03-02.causeway"));
    QCOMPARE(ExportBundleDialog::defaultFileName(QStringLiteral("a/b: c?"), day),
             QStringLiteral("a-b-c-2026-03-02.causeway"));
    QCOMPARE(ExportBundleDialog::defaultFileName(QStringLiteral("../.."), day),
             QStringLiteral("postmortems-2026-03-02.causeway"));
}

void TestBundleUi::staleDocument() {
    Conflicted c = makeConflicted();
    Postmortem pm = *c.a.store->loadPostmortem(c.id);
    QVERIFY(!documentIsStale(pm, *c.a.store->loadPostmortem(c.id)));
    Postmortem older = pm;
    older.root.fields[Field::Summary].value = QStringLiteral("something else");
    QVERIFY(documentIsStale(older, pm));
    older = pm;
    older.children.removeLast();
    QVERIFY(documentIsStale(older, pm));
    older = pm;
    older.children.first().deleted = !older.children.first().deleted;
    QVERIFY(documentIsStale(older, pm));
    // An absent field and a null one read the same.
    older = pm;
    older.root.fields[QStringLiteral("lessons_learned")].value = QJsonValue();
    QVERIFY(!documentIsStale(older, pm));
}

void TestBundleUi::mainWindowImportsAndRefreshesTheOpenPostmortem() {
    // Two machines: the other one changes the summary of a postmortem open here.
    auto other = machine(QStringLiteral("otherwindow"));
    const QString id = newPostmortemWithEvents(*other, QStringLiteral("Shared"), 1);
    const QString first = writeBundle(*other, {id}, QStringLiteral("w1.causeway"));
    MainWindow w(machine(QStringLiteral("window")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // The menu entries and their shortcuts.
    QCOMPARE(w.importBundleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QCOMPARE(w.exportBundleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QVERIFY(w.importBundleAction()->isEnabled());
    const QList<QAction*> menus = w.menuBar()->actions();
    QVERIFY(menus.first()->menu()->actions().contains(w.importBundleAction()));
    QVERIFY(menus.first()->menu()->actions().contains(w.exportBundleAction()));
    QVERIFY(w.syncWarningLabel()->isHidden());

    const auto importTrusting = [] {
        whenModal<ImportBundleDialog>([](ImportBundleDialog* dialog) {
            dialog->trustCheckBox()->setChecked(true);
            QVERIFY(dialog->runImport());
            dialog->reject();
        });
    };
    importTrusting();
    w.importBundle(first);
    // A new postmortem, opened since nothing was open.
    QVERIFY(w.store()->loadPostmortem(id));
    QVERIFY(w.document());
    QCOMPARE(w.document()->id(), id);

    ChangeSet edit;
    edit.fieldChanges.append({id, Field::Summary, QStringLiteral("Changed elsewhere.")});
    QVERIFY(other->commit(edit));
    const QString second = writeBundle(*other, {id}, QStringLiteral("w2.causeway"));
    importTrusting();
    // Dropped on the window: imported once the drop is done.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QTRY_COMPARE(w.store()->loadPostmortem(id)->root.text(Field::Summary),
                 QStringLiteral("Changed elsewhere."));
    // The open editor shows the merged content.
    QTRY_COMPARE(w.document()->value(id, Field::Summary).toString(),
                 QStringLiteral("Changed elsewhere."));
    FieldEditor* summary = w.editor()->fieldEditor(Field::Summary);
    QVERIFY(summary);
    QTRY_COMPARE(summary->value().toString(), QStringLiteral("Changed elsewhere."));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("open postmortem")));
}

void TestBundleUi::syncFolderExportsAfterEdits() {
    const QString folder = tempPath(QStringLiteral("syncfolder"));
    QVERIFY(QDir().mkpath(folder));
    SyncFolderSettings settings;
    QVERIFY(settings.folder().isEmpty());
    QVERIFY(!settings.clearButton()->isEnabled());
    settings.setFolder(folder);
    settings.signCheckBox()->setChecked(false); // no passphrase prompt in a test
    settings.save();
    QCOMPARE(SyncFolderSettings::folderSetting(), QDir(folder).absolutePath());
    {
        // Settings → Sync folder shows it.
        SettingsDialog dialog;
        QCOMPARE(dialog.syncFolderSettings()->folder(), QDir(folder).absolutePath());
        QVERIFY(!dialog.syncFolderSettings()->signCheckBox()->isChecked());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(dialog, QStringLiteral("settings"));
        // Nothing clipped: the dialog is as tall as its wrapped notes need.
        QCOMPARE(dialog.height(), dialog.layout()->totalHeightForWidth(dialog.width()));
    }

    auto store = newStore();
    SyncFolderController sync(*store, builtinTemplates(), &m_keys, nullptr);
    sync.setExportDelay(50);
    sync.applySettings();
    QCOMPARE(sync.folder(), QDir(folder).absolutePath());
    QSignalSpy messages(&sync, &SyncFolderController::statusMessage);
    newPostmortemWithEvents(*store, QStringLiteral("Synced"), 1);
    QVERIFY(sync.isExportPending());
    QTRY_COMPARE(QDir(folder).entryList({QStringLiteral("*.causeway")}, QDir::Files).size(), 1);
    QVERIFY(!messages.isEmpty());
    // Nothing new: nothing written on quit.
    sync.exportNow();
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.causeway")}, QDir::Files).size(), 1);

    // Stopping clears the setting and the folder.
    settings.setFolder(QString());
    settings.save();
    sync.applySettings();
    QVERIFY(sync.folder().isEmpty());

    // The status line of a scan.
    SyncFolder::ScanResult scan;
    scan.needTrust = {QStringLiteral("a.causeway"), QStringLiteral("b.causeway")};
    const QString line = SyncFolderController::describeScan(scan);
    QVERIFY2(line.startsWith(QStringLiteral("2 bundle")), qPrintable(line));
    QVERIFY(line.endsWith(QStringLiteral(
        " from the sync folder need you to trust their signer: File → Import Bundle…")));
    QVERIFY(SyncFolderController::describeScan({}).isEmpty());
}

void TestBundleUi::syncFolderSignsWithTheUnlockedProfile() {
    const auto profile = SigningProfiles::create(
        m_keys, QStringLiteral("Ann Example"), QStringLiteral("Approver"), pass("ann passphrase"));
    QVERIFY(profile);
    const QString folder = tempPath(QStringLiteral("signedfolder"));
    QVERIFY(QDir().mkpath(folder));
    SyncFolderSettings::setFolderSetting(folder);
    QSettings().setValue(QStringLiteral("sync/sign"), true);

    auto store = newStore();
    SyncFolderController sync(*store, builtinTemplates(), &m_keys, nullptr);
    sync.setExportDelay(50);
    // The passphrase is asked once; a wrong one keeps asking with the reason.
    int asked = 0;
    whenModal<UnlockSigningDialog>([&asked](UnlockSigningDialog* dialog) {
        ++asked;
        dialog->setPassphrase(QStringLiteral("not it at all"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->problem().isEmpty());
        dialog->setPassphrase(QStringLiteral("ann passphrase"));
        dialog->accept();
    });
    sync.applySettings();
    QCOMPARE(asked, 1);
    sync.applySettings(); // not again in this session
    QCOMPARE(asked, 1);

    newPostmortemWithEvents(*store, QStringLiteral("Signed sync"), 1);
    QTRY_COMPARE(QDir(folder).entryList({QStringLiteral("*.causeway")}, QDir::Files).size(), 1);
    const QString written =
        QDir(folder).filePath(QDir(folder).entryList({QStringLiteral("*.causeway")}).first());
    const Bundle::OpenedBundle opened = openBundle(written);
    QVERIFY(opened.signedBundle);
    QCOMPARE(opened.manifest.creator.publicKey, QString::fromLatin1(profile->publicKey.toBase64()));
}

void TestBundleUi::databaseInsideASyncedFolderWarns() {
    const QString root = tempPath(QStringLiteral("Shared"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/db")));
    QFile marker(root + QStringLiteral("/.stfolder"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    const QString path = root + QStringLiteral("/db/causeway.db");
    QCOMPARE(SyncFolderController::databaseWarning(path),
             QStringLiteral("The database is inside a Syncthing folder. SQLite files must not be "
                            "synced as files; use a sync folder for bundles instead (Settings → "
                            "Sync folder)."));
    MainWindow w(openStore(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.syncWarningLabel()->isVisible());
    QVERIFY(w.syncWarningLabel()->text().contains(QStringLiteral("Syncthing")));
    screenshot(w, QStringLiteral("sync-warning"));
    QVERIFY(SyncFolderController::databaseWarning(tempPath(QStringLiteral("x.db"))).isEmpty());
}

QTEST_MAIN(TestBundleUi)
#include "test_bundle_ui.moc"
