// The signing widgets: the signature list model (with QAbstractItemModelTester), the list
// with its disabled Sign button, the sign and profile dialogs. Set CAUSEWAY_SHOTS to a
// folder to get PNGs of each widget for a look.
#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "review/ProfileDialog.h"
#include "review/ReviewRecords.h"
#include "review/SignDialog.h"
#include "review/SignatureList.h"
#include "review/SignatureListModel.h"
#include "secrets/KeyStore.h"
#include "signing/Signatures.h"
#include "signing/SignedContent.h"
#include "signing/SigningProfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace causeway;

namespace {

sodium::Passphrase pass(const char* text) {
    return sodium::Passphrase(QByteArray(text));
}

// WCAG relative luminance contrast between two colours.
double contrast(const QColor& a, const QColor& b) {
    const auto lum = [](const QColor& c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a);
    const double lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void shoot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("CAUSEWAY_SHOTS");
    if (dir.isEmpty())
        return;
    w.show();
    QCoreApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

using Fixture = test::OpenDocument;

Fixture open() {
    return test::openNewDocument(QStringLiteral("Checkout outage on 2 March"));
}

} // namespace

class TestSignaturesUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void modelFollowsTheDocument();
    void colorsAreReadable();
    void signButtonNeedsAKeychainAndAProfile();
    void signDialogSignsAndRefuses();
    void profileDialogCreatesAndShowsTheKeyId();

private:
    MemoryKeyStore m_keys;
};

void TestSignaturesUi::init() {
    QSettings().remove(QStringLiteral("signing"));
    m_keys.clear();
    m_keys.setUnavailable(QString());
}

void TestSignaturesUi::modelFollowsTheDocument() {
    Fixture f = open();
    const auto ann =
        SigningProfiles::create(m_keys, QStringLiteral("Ann Example"),
                                QStringLiteral("Incident commander"), pass("ann passphrase"));
    const auto bo =
        SigningProfiles::create(m_keys, QStringLiteral("Bo Approver"),
                                QStringLiteral("Head of operations"), pass("bo passphrase"));
    SignatureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocalTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    model.setDocument(f.doc.get());
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(Signatures::signDocument(*f.doc, m_keys, ann.value(), QStringLiteral("authored"),
                                     pass("ann passphrase")));
    QVERIFY(Signatures::signDocument(*f.doc, m_keys, bo.value(), QStringLiteral("approved"),
                                     pass("bo passphrase")));
    QTRY_COMPARE(model.rowCount(), 2);
    const QModelIndex state = model.index(0, SignatureListModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("valid"));
    QCOMPARE(model.index(0, SignatureListModel::NameColumn).data().toString(),
             QStringLiteral("Ann Example"));
    QCOMPARE(model.index(1, SignatureListModel::MeaningColumn).data().toString(),
             QStringLiteral("Approved"));
    QCOMPARE(model.index(0, SignatureListModel::KeyColumn).data().toString(), ann->keyId);
    QVERIFY(model.index(0, SignatureListModel::SignedUtcColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral(" UTC")));
    const QString local = model.index(0, SignatureListModel::SignedLocalColumn).data().toString();
    QVERIFY2(local.endsWith(QStringLiteral("CET")) || local.endsWith(QStringLiteral("CEST")) ||
                 local.contains(QStringLiteral("GMT+")),
             qPrintable(local));

    // An edit in the editor: after the pause both signatures show as invalid, in red.
    f.doc->editField(f.id, Field::Summary, QStringLiteral("Changed after approval"));
    QTRY_COMPARE(model.invalidCount(), 2);
    QCOMPARE(state.data().toString(), QStringLiteral("invalid: content changed after signing"));
    const QColor base = QApplication::palette().color(QPalette::Base);
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
             SignatureListModel::invalidColor(base));
    QCOMPARE(state.data(SignatureListModel::ValidRole).toBool(), false);
    // Undo brings the signed content back.
    f.doc->undoStack()->undo();
    QTRY_COMPARE(model.invalidCount(), 0);
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), SignatureListModel::validColor(base));
}

void TestSignaturesUi::colorsAreReadable() {
    for (const QColor& background : {QColor(Qt::white), QColor(0xf0, 0xf0, 0xf0),
                                     QColor(0x2b, 0x2b, 0x2b), QColor(Qt::black)}) {
        QVERIFY(contrast(SignatureListModel::validColor(background), background) >= 4.5);
        QVERIFY(contrast(SignatureListModel::invalidColor(background), background) >= 4.5);
    }
}

void TestSignaturesUi::signButtonNeedsAKeychainAndAProfile() {
    Fixture f = open();
    SignatureList list;
    list.setDocument(f.doc.get());
    m_keys.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    list.setKeyStore(&m_keys);
    QVERIFY(!list.signButton()->isEnabled());
    QVERIFY(!list.profileButton()->isEnabled());
    QVERIFY(list.signButton()->toolTip().startsWith(
        QStringLiteral("No keychain is available: signing is disabled.")));
    const auto* reason = list.findChild<QLabel*>(QStringLiteral("signingDisabledReason"));
    QVERIFY(reason->text().startsWith(QStringLiteral("No keychain is available")));
    list.resize(760, 260);
    shoot(list, QStringLiteral("signaturelist-nokeychain"));

    m_keys.setUnavailable(QString());
    list.setKeyStore(&m_keys);
    QVERIFY(!list.signButton()->isEnabled());
    QVERIFY(list.profileButton()->isEnabled());
    QVERIFY(list.disabledReason().contains(QStringLiteral("signing profile")));

    const auto ann =
        SigningProfiles::create(m_keys, QStringLiteral("Ann Example"),
                                QStringLiteral("Incident commander"), pass("ann passphrase"));
    const auto bo =
        SigningProfiles::create(m_keys, QStringLiteral("Bo Approver"),
                                QStringLiteral("Head of operations"), pass("bo passphrase"));
    list.setKeyStore(&m_keys);
    QVERIFY(list.signButton()->isEnabled());
    QVERIFY(Signatures::signDocument(*f.doc, m_keys, ann.value(), QStringLiteral("authored"),
                                     pass("ann passphrase")));
    QVERIFY(Signatures::signDocument(*f.doc, m_keys, bo.value(), QStringLiteral("approved"),
                                     pass("bo passphrase")));
    f.doc->editField(f.id, Field::Title, QStringLiteral("Checkout outage on 2 March (edited)"));
    QTRY_COMPARE(list.model()->invalidCount(), 2);
    const auto* summary = list.findChild<QLabel*>(QStringLiteral("signatureSummary"));
    QVERIFY2(summary->text().endsWith(QStringLiteral(", 2 invalid.")), qPrintable(summary->text()));
    f.doc->undoStack()->undo();
    QTRY_COMPARE(list.model()->invalidCount(), 0);
    QVERIFY2(summary->text().endsWith(QStringLiteral(", all valid.")), qPrintable(summary->text()));
    shoot(list, QStringLiteral("signaturelist-valid"));
    f.doc->undoStack()->redo();
    QTRY_COMPARE(list.model()->invalidCount(), 2);
    shoot(list, QStringLiteral("signaturelist-invalid"));
}

void TestSignaturesUi::signDialogSignsAndRefuses() {
    Fixture f = open();
    const auto ann =
        SigningProfiles::create(m_keys, QStringLiteral("Ann Example"),
                                QStringLiteral("Incident commander"), pass("ann passphrase"));
    QVERIFY(Signatures::signDocument(*f.doc, m_keys, ann.value(), QStringLiteral("authored"),
                                     pass("ann passphrase")));
    SignDialog dialog(*f.doc, m_keys);
    QCOMPARE(dialog.contentHash(), SignedContent::sha256(f.doc->postmortem()));
    const auto* signer = dialog.findChild<QLabel*>(QStringLiteral("signer"));
    QVERIFY(signer->text().contains(QStringLiteral("Ann Example, Incident commander")));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);

    // The author cannot approve: refused before any passphrase is typed.
    dialog.setMeaning(QStringLiteral("approved"));
    dialog.setPassphrase(QStringLiteral("ann passphrase"));
    QVERIFY(dialog.problem().startsWith(QStringLiteral("Author and approver must be different")));
    QVERIFY(!ok->isEnabled());
    shoot(dialog, QStringLiteral("signdialog-refused"));

    // Reviewing is allowed; a wrong passphrase keeps the dialog open with the reason.
    dialog.setMeaning(QStringLiteral("reviewed"));
    dialog.setPassphrase(QStringLiteral("wrong passphrase"));
    QVERIFY(ok->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.problem().contains(QStringLiteral("passphrase is not correct")));
    QVERIFY(dialog.signatureId().isEmpty());
    dialog.setPassphrase(QStringLiteral("ann passphrase"));
    shoot(dialog, QStringLiteral("signdialog"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.signatureId().isEmpty());
    const Record* sig = f.doc->record(dialog.signatureId());
    QVERIFY(sig);
    QCOMPARE(sig->text(SignatureField::Meaning), QStringLiteral("reviewed"));
    QCOMPARE(f.store->loadPostmortem(f.id)->childrenOfKind(Kind::Signature).size(), 2);
}

void TestSignaturesUi::profileDialogCreatesAndShowsTheKeyId() {
    ProfileDialog dialog(m_keys);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    dialog.fill(QStringLiteral("Ann Example"), QStringLiteral("Incident commander"),
                QStringLiteral("short"), QString());
    QVERIFY(dialog.problem().contains(QStringLiteral("at least 8 characters")));
    QVERIFY(!ok->isEnabled());
    dialog.fill(QStringLiteral("Ann Example"), QStringLiteral("Incident commander"),
                QStringLiteral("ann passphrase"), QStringLiteral("ann passphrasE"));
    QCOMPARE(dialog.problem(), QStringLiteral("The two passphrases differ."));
    QVERIFY(!ok->isEnabled());
    dialog.fill(QStringLiteral("Ann Example"), QStringLiteral("Incident commander"),
                QStringLiteral("ann passphrase"), QStringLiteral("ann passphrase"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(ok->isEnabled());
    shoot(dialog, QStringLiteral("profiledialog"));
    dialog.accept();
    QVERIFY(dialog.created());
    QCOMPARE(dialog.keyIdText(), dialog.created()->keyId);
    QCOMPARE(SigningProfiles::list().size(), 1);
    QCOMPARE(m_keys.count(), 1);
    QCOMPARE(ok->text(), QStringLiteral("Close"));
    shoot(dialog, QStringLiteral("profiledialog-created"));

    m_keys.setUnavailable(QStringLiteral("no secret service"));
    ProfileDialog without(m_keys);
    QVERIFY(without.problem().startsWith(QStringLiteral("No keychain is available")));
}

QTEST_MAIN(TestSignaturesUi)
#include "test_signatures_ui.moc"
