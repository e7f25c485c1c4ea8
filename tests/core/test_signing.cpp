// Signing profiles, signatures and their verification, with an in-memory key store.
#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "secrets/KeyStore.h"
#include "signing/Signatures.h"
#include "signing/SignedContent.h"
#include "signing/SigningProfile.h"

#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

namespace {

sodium::Passphrase pass(const char* text) {
    return sodium::Passphrase(QByteArray(text));
}

QString newPostmortem(Store& store, const QString& title) {
    auto id = store.createPostmortem(QStringLiteral("standard"), {{Field::Title, title}});
    return id.value();
}

Status editField(Store& store, const QString& recordId, const QString& field,
                 const QJsonValue& value) {
    ChangeSet change;
    change.fieldChanges.append({recordId, field, value});
    return store.commit(change);
}

} // namespace

class TestSigning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void profileKeepsOnlyThePublicPartInSettings();
    void profileCreationChecksItsInputs();
    void signAndVerify();
    void wrongPassphraseIsRefusedAndNothingIsWritten();
    void editAfterSigningInvalidates();
    void workflowFieldsAndMetadataAreNotCovered();
    void cannotBeTransplanted();
    void tamperedFieldsDoNotMatch();
    void authorAndApproverMustDiffer();
    void signingThroughTheDocument();
    void noKeychainDisablesSigningOnly();

private:
    MemoryKeyStore m_keys;
};

void TestSigning::init() {
    QSettings().remove(QStringLiteral("signing"));
    m_keys.clear();
    m_keys.setUnavailable(QString());
}

void TestSigning::profileKeepsOnlyThePublicPartInSettings() {
    const auto p = SigningProfiles::create(m_keys, QStringLiteral("  Ann   Example "),
                                           QStringLiteral("Incident commander"),
                                           pass("correct horse battery"));
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->name, QStringLiteral("Ann Example"));
    QCOMPARE(p->publicKey.size(), 32);
    QCOMPARE(p->keyId.size(), 16);
    QCOMPARE(p->keyId, keyIdFor(p->publicKey));
    QCOMPARE(SigningProfiles::current()->keyId, p->keyId);
    QCOMPARE(SigningProfiles::list().size(), 1);
    QCOMPARE(SigningProfiles::find(p->keyId.left(6))->name, QStringLiteral("Ann Example"));
    QCOMPARE(SigningProfiles::find(QStringLiteral("Ann Example"))->keyId, p->keyId);
    QVERIFY(!SigningProfiles::find(QStringLiteral("Bob")));

    // The keychain holds the sealed secret key, and only the keychain does.
    QCOMPARE(m_keys.count(), 1);
    const QByteArray sealed = m_keys.read(p->keychainEntry()).value();
    QVERIFY(sealed.contains("\"kdf\":\"argon2id13\""));
    const QByteArray box = sealed.mid(sealed.indexOf("\"box\":\"") + 7, 40);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(p->publicKey.toBase64()));
    QVERIFY(!stored.contains(box));
    QVERIFY(!stored.contains("correct horse"));

    // A second profile does not replace the current one.
    const auto q =
        SigningProfiles::create(m_keys, QStringLiteral("Bo Approver"),
                                QStringLiteral("Head of operations"), pass("another passphrase"));
    QVERIFY(q);
    QVERIFY(q->keyId != p->keyId);
    QCOMPARE(SigningProfiles::current()->keyId, p->keyId);
    SigningProfiles::setCurrent(q->keyId);
    QCOMPARE(SigningProfiles::current()->name, QStringLiteral("Bo Approver"));
    QCOMPARE(SigningProfiles::list().size(), 2);
}

void TestSigning::profileCreationChecksItsInputs() {
    auto noName =
        SigningProfiles::create(m_keys, QStringLiteral(" "), QStringLiteral("R"), pass("12345678"));
    QVERIFY(!noName);
    QVERIFY(noName.error().contains(QStringLiteral("printed name")));
    auto noRole = SigningProfiles::create(m_keys, QStringLiteral("N"), QString(), pass("12345678"));
    QVERIFY(noRole.error().contains(QStringLiteral("role")));
    auto shortPass =
        SigningProfiles::create(m_keys, QStringLiteral("N"), QStringLiteral("R"), pass("1234567"));
    QVERIFY(!shortPass);
    QVERIFY(shortPass.error().contains(QStringLiteral("at least 8 characters")));
    QCOMPARE(m_keys.count(), 0);
    QVERIFY(SigningProfiles::list().isEmpty());
}

void TestSigning::signAndVerify() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann Example"),
                                             QStringLiteral("Author"), pass("ann passphrase"));
    QVERIFY(ann);
    const QDateTime at = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 30, 123), Qt::UTC);
    const auto sigId = Signatures::sign(*store, m_keys, ann.value(), id, QStringLiteral("authored"),
                                        pass("ann passphrase"), at);
    QVERIFY2(sigId, qPrintable(sigId.error()));

    const auto pm = store->loadPostmortem(id);
    const QList<Record> sigs = pm->childrenOfKind(Kind::Signature);
    QCOMPARE(sigs.size(), 1);
    const Record& r = sigs.first();
    QCOMPARE(r.id, sigId.value());
    QCOMPARE(r.text(SignatureField::Name), QStringLiteral("Ann Example"));
    QCOMPARE(r.text(SignatureField::Role), QStringLiteral("Author"));
    QCOMPARE(r.text(SignatureField::Meaning), QStringLiteral("authored"));
    QCOMPARE(r.text(SignatureField::SignedAt), QStringLiteral("2026-03-02T14:05:30.123Z"));
    QCOMPARE(r.text(SignatureField::KeyId), ann->keyId);
    QCOMPARE(r.text(SignatureField::ContentSha256), SignedContent::sha256(*pm));
    QCOMPARE(QByteArray::fromBase64(r.text(SignatureField::Value).toLatin1()).size(), 64);

    const QList<SignatureCheck> checks = Signatures::checkAll(*pm);
    QCOMPARE(checks.size(), 1);
    QVERIFY(checks.first().isValid());
    QCOMPARE(checks.first().stateText(), QStringLiteral("valid"));
    QCOMPARE(checks.first().signedAt, at);

    // Signing is audited under its own context, and the audit chain still verifies.
    QVERIFY(store->verify().ok);
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE context = 'sign authored'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 1);
}

void TestSigning::wrongPassphraseIsRefusedAndNothingIsWritten() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann Example"),
                                             QStringLiteral("Author"), pass("ann passphrase"));
    const auto refused = Signatures::sign(*store, m_keys, ann.value(), id,
                                          QStringLiteral("authored"), pass("Ann passphrase"));
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("The passphrase is not correct for profile Ann Example (Author)."));
    const auto empty = Signatures::sign(*store, m_keys, ann.value(), id, QStringLiteral("authored"),
                                        sodium::Passphrase());
    QVERIFY(!empty);
    QVERIFY(store->loadPostmortem(id)->childrenOfKind(Kind::Signature).isEmpty());

    // A keychain entry swapped for another profile's sealed key does not sign either.
    const auto bo = SigningProfiles::create(m_keys, QStringLiteral("Bo"), QStringLiteral("R"),
                                            pass("ann passphrase"));
    QVERIFY(m_keys.write(ann->keychainEntry(), m_keys.read(bo->keychainEntry()).value()));
    const auto swapped = Signatures::sign(*store, m_keys, ann.value(), id,
                                          QStringLiteral("authored"), pass("ann passphrase"));
    QVERIFY(!swapped);
    QVERIFY2(swapped.error().contains(QStringLiteral("holds a different key")),
             qPrintable(swapped.error()));

    // No entry at all.
    QVERIFY(m_keys.remove(ann->keychainEntry()));
    const auto missing = Signatures::sign(*store, m_keys, ann.value(), id,
                                          QStringLiteral("authored"), pass("ann passphrase"));
    QVERIFY(missing.error().contains(QStringLiteral("cannot be read from the keychain")));
}

void TestSigning::editAfterSigningInvalidates() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    QVERIFY(editField(*store, id, Field::Summary, QStringLiteral("As signed")));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                             pass("ann passphrase"));
    QVERIFY(Signatures::sign(*store, m_keys, ann.value(), id, QStringLiteral("authored"),
                             pass("ann passphrase")));
    QVERIFY(editField(*store, id, Field::Summary, QStringLiteral("A later change")));
    auto checks = Signatures::checkAll(*store->loadPostmortem(id));
    QCOMPARE(checks.first().state, SignatureState::ContentChanged);
    QCOMPARE(checks.first().stateText(), QStringLiteral("invalid: content changed after signing"));

    // Changing it back restores the signed content, and the signature is valid again.
    QVERIFY(editField(*store, id, Field::Summary, QStringLiteral("As signed")));
    QVERIFY(Signatures::checkAll(*store->loadPostmortem(id)).first().isValid());

    // A new child record is a change of content too.
    ChangeSet add;
    add.creates.append(
        {newRecordId(), Kind::Participant, id, {{Field::Name, QStringLiteral("Kim")}}});
    QVERIFY(store->commit(add));
    QCOMPARE(Signatures::checkAll(*store->loadPostmortem(id)).first().state,
             SignatureState::ContentChanged);
}

void TestSigning::workflowFieldsAndMetadataAreNotCovered() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    const QString before = SignedContent::sha256(*store->loadPostmortem(id));
    // A workflow step: the status change with its review record, in one commit.
    ChangeSet step;
    step.context = QStringLiteral("workflow submit");
    step.fieldChanges.append({id, Field::Status, WorkflowState::InReview});
    step.creates.append({newRecordId(),
                         Kind::Review,
                         id,
                         {{ReviewField::From, WorkflowState::Draft},
                          {ReviewField::To, WorkflowState::InReview},
                          {ReviewField::At, canonicalTime(QDateTime::currentDateTimeUtc())},
                          {ReviewField::By, QStringLiteral("Ann")}}});
    const Status toReview = store->commit(step);
    QVERIFY2(toReview, qPrintable(toReview.error()));
    const Status due =
        editField(*store, id, ReviewRootField::AnalysisDue, QStringLiteral("2026-04-01"));
    QVERIFY2(due, qPrintable(due.error()));
    QCOMPARE(SignedContent::sha256(*store->loadPostmortem(id)), before);

    // The same content with other revisions and times hashes the same.
    Postmortem pm = *store->loadPostmortem(id);
    Postmortem other = pm;
    other.root.modified = other.root.modified.addDays(3);
    other.root.revision.counter += 7;
    for (auto it = other.root.fields.begin(); it != other.root.fields.end(); ++it)
        it.value().revision.device = QStringLiteral("elsewhere");
    QCOMPARE(SignedContent::sha256(other), SignedContent::sha256(pm));

    // Empty values count as absent: clearing a field leaves what was never set.
    QVERIFY(editField(*store, id, Field::Summary, QStringLiteral("x")));
    QVERIFY(SignedContent::sha256(*store->loadPostmortem(id)) != before);
    QVERIFY(editField(*store, id, Field::Summary, QString()));
    QCOMPARE(SignedContent::sha256(*store->loadPostmortem(id)), before);
    QVERIFY(editField(*store, id, Field::Summary, QJsonValue()));
    QCOMPARE(SignedContent::sha256(*store->loadPostmortem(id)), before);

    // A child record counts while live and not once in the trash.
    ChangeSet add;
    const QString participant = newRecordId();
    add.creates.append(
        {participant, Kind::Participant, id, {{Field::Name, QStringLiteral("Kim")}}});
    QVERIFY(store->commit(add));
    const QString withChild = SignedContent::sha256(*store->loadPostmortem(id));
    QVERIFY(withChild != before);
    QVERIFY(store->setDeleted(participant, true));
    QCOMPARE(SignedContent::sha256(*store->loadPostmortem(id)), before);
    QVERIFY(
        SignedContent::canonicalBytes(*store->loadPostmortem(id)).startsWith("{\"children\":[]"));
}

void TestSigning::cannotBeTransplanted() {
    auto store = test::newStore();
    const QString first = newPostmortem(*store, QStringLiteral("Same title"));
    const QString second = newPostmortem(*store, QStringLiteral("Same title"));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                             pass("ann passphrase"));
    const auto sigId = Signatures::sign(*store, m_keys, ann.value(), first,
                                        QStringLiteral("authored"), pass("ann passphrase"));
    QVERIFY(sigId);
    const Record original = *store->loadPostmortem(first)->findRecord(sigId.value());
    QMap<QString, QJsonValue> copied;
    for (auto it = original.fields.cbegin(); it != original.fields.cend(); ++it)
        copied.insert(it.key(), it.value().value);

    // Onto another postmortem (whose content differs only by id).
    ChangeSet toOther;
    toOther.creates.append({newRecordId(), Kind::Signature, second, copied});
    // Onto another record of the same postmortem: a second copy of the signature.
    ChangeSet toSame;
    toSame.creates.append({newRecordId(), Kind::Signature, first, copied});
    QVERIFY(store->commit(toOther));
    QVERIFY(store->commit(toSame));

    const QList<SignatureCheck> onOther = Signatures::checkAll(*store->loadPostmortem(second));
    QCOMPARE(onOther.size(), 1);
    QCOMPARE(onOther.first().state, SignatureState::SignatureMismatch);
    QCOMPARE(onOther.first().stateText(), QStringLiteral("invalid: signature does not match"));
    int valid = 0;
    int mismatched = 0;
    for (const SignatureCheck& c : Signatures::checkAll(*store->loadPostmortem(first))) {
        valid += c.isValid() ? 1 : 0;
        mismatched += c.state == SignatureState::SignatureMismatch ? 1 : 0;
    }
    QCOMPARE(valid, 1);
    QCOMPARE(mismatched, 1);

    // Even with the content hash rewritten to the other postmortem's content.
    ChangeSet rehashed = toOther;
    rehashed.creates.first().id = newRecordId();
    rehashed.creates.first().fields.insert(SignatureField::ContentSha256,
                                           SignedContent::sha256(*store->loadPostmortem(second)));
    QVERIFY(store->commit(rehashed));
    for (const SignatureCheck& c : Signatures::checkAll(*store->loadPostmortem(second)))
        QCOMPARE(c.state, SignatureState::SignatureMismatch);
}

void TestSigning::tamperedFieldsDoNotMatch() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                             pass("ann passphrase"));
    const auto bo = SigningProfiles::create(m_keys, QStringLiteral("Bo"), QStringLiteral("B"),
                                            pass("bo passphrase"));
    const QString sigId = Signatures::sign(*store, m_keys, ann.value(), id,
                                           QStringLiteral("reviewed"), pass("ann passphrase"))
                              .value();
    const auto stateAfter = [&](const QString& field, const QJsonValue& value) {
        const QJsonValue old = store->loadPostmortem(id)->findRecord(sigId)->value(field);
        editField(*store, sigId, field, value);
        const SignatureState state = Signatures::checkAll(*store->loadPostmortem(id)).first().state;
        editField(*store, sigId, field, old);
        return state;
    };
    QCOMPARE(stateAfter(SignatureField::Name, QStringLiteral("Someone Else")),
             SignatureState::SignatureMismatch);
    QCOMPARE(stateAfter(SignatureField::Meaning, QStringLiteral("approved")),
             SignatureState::SignatureMismatch);
    QCOMPARE(stateAfter(SignatureField::SignedAt, QStringLiteral("2020-01-01T00:00:00.000Z")),
             SignatureState::SignatureMismatch);
    QCOMPARE(stateAfter(SignatureField::Role, QStringLiteral("Approver")),
             SignatureState::SignatureMismatch);
    // Bo's public key and key id with Ann's signature: a consistent key that did not sign.
    editField(*store, sigId, SignatureField::PublicKey,
              QString::fromLatin1(bo->publicKey.toBase64()));
    QCOMPARE(stateAfter(SignatureField::KeyId, bo->keyId), SignatureState::SignatureMismatch);
    // Bo's public key under Ann's key id: the key id does not belong to the key.
    QCOMPARE(Signatures::checkAll(*store->loadPostmortem(id)).first().state,
             SignatureState::UnknownKey);
    editField(*store, sigId, SignatureField::PublicKey,
              QString::fromLatin1(ann->publicKey.toBase64()));
    QVERIFY(Signatures::checkAll(*store->loadPostmortem(id)).first().isValid());
    QCOMPARE(stateAfter(SignatureField::Value, QString()), SignatureState::Incomplete);
    QVERIFY(Signatures::checkAll(*store->loadPostmortem(id))
                .first()
                .stateText()
                .startsWith(QStringLiteral("valid")));
}

void TestSigning::authorAndApproverMustDiffer() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                             pass("ann passphrase"));
    const auto bo = SigningProfiles::create(m_keys, QStringLiteral("Bo"), QStringLiteral("B"),
                                            pass("bo passphrase"));
    const auto authored = QStringLiteral("authored");
    const auto approved = QStringLiteral("approved");
    QVERIFY(Signatures::sign(*store, m_keys, ann.value(), id, authored, pass("ann passphrase")));
    const auto selfApproval =
        Signatures::sign(*store, m_keys, ann.value(), id, approved, pass("ann passphrase"));
    QVERIFY(!selfApproval);
    QVERIFY2(selfApproval.error().startsWith(
                 QStringLiteral("Author and approver must be different people")),
             qPrintable(selfApproval.error()));
    QVERIFY(selfApproval.error().contains(QStringLiteral("\"Authored\"")));
    // The same profile may still review; the same meaning twice is refused while valid.
    QVERIFY(Signatures::sign(*store, m_keys, ann.value(), id, QStringLiteral("reviewed"),
                             pass("ann passphrase")));
    QVERIFY(!Signatures::sign(*store, m_keys, ann.value(), id, authored, pass("ann passphrase")));
    QVERIFY(Signatures::sign(*store, m_keys, bo.value(), id, approved, pass("bo passphrase")));

    // The other way round on a second postmortem: the approver cannot then sign as author.
    const QString other = newPostmortem(*store, QStringLiteral("Other"));
    QVERIFY(Signatures::sign(*store, m_keys, bo.value(), other, approved, pass("bo passphrase")));
    const auto lateAuthor =
        Signatures::sign(*store, m_keys, bo.value(), other, authored, pass("bo passphrase"));
    QVERIFY(!lateAuthor);
    QVERIFY(lateAuthor.error().contains(QStringLiteral("different people")));
    QVERIFY(!Signatures::checkAllowed(*store->loadPostmortem(other), ann.value(),
                                      QStringLiteral("endorsed")));
    QCOMPARE(Signatures::checkAll(*store->loadPostmortem(id)).size(), 3);
}

void TestSigning::signingThroughTheDocument() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                             pass("ann passphrase"));
    // An edit still waiting for autosave is part of what is signed.
    doc.editField(id, Field::Summary, QStringLiteral("Typed just before signing"));
    QVERIFY(doc.hasPendingChanges());
    const int undoCount = doc.undoStack()->count();
    const auto sigId = Signatures::signDocument(doc, m_keys, ann.value(),
                                                QStringLiteral("authored"), pass("ann passphrase"));
    QVERIFY2(sigId, qPrintable(sigId.error()));
    QCOMPARE(doc.undoStack()->count(), undoCount);
    QVERIFY(doc.record(sigId.value()));
    QVERIFY(Signatures::checkAll(doc.postmortem()).first().isValid());
    QCOMPARE(Signatures::checkAll(*store->loadPostmortem(id)).first().contentSha256,
             SignedContent::sha256(doc.postmortem()));
    QCOMPARE(store->loadPostmortem(id)->root.text(Field::Summary),
             QStringLiteral("Typed just before signing"));
}

void TestSigning::noKeychainDisablesSigningOnly() {
    auto store = test::newStore();
    const QString id = newPostmortem(*store, QStringLiteral("Checkout down"));
    const auto ann = SigningProfiles::create(m_keys, QStringLiteral("Ann"), QStringLiteral("A"),
                                             pass("ann passphrase"));
    QVERIFY(Signatures::sign(*store, m_keys, ann.value(), id, QStringLiteral("authored"),
                             pass("ann passphrase")));
    m_keys.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus"));
    const Status available = m_keys.checkAvailable();
    QVERIFY(!available);
    QVERIFY(available.error().startsWith(
        QStringLiteral("No keychain is available: signing is disabled.")));
    QVERIFY(available.error().contains(QStringLiteral("Cannot autolaunch D-Bus")));
    const auto created = SigningProfiles::create(m_keys, QStringLiteral("Bo"), QStringLiteral("B"),
                                                 pass("bo passphrase"));
    QVERIFY(!created);
    QVERIFY(created.error().startsWith(QStringLiteral("No keychain is available")));
    QCOMPARE(SigningProfiles::list().size(), 1);
    const auto refused = Signatures::sign(*store, m_keys, ann.value(), id,
                                          QStringLiteral("reviewed"), pass("ann passphrase"));
    QVERIFY(refused.error().contains(QStringLiteral("No keychain is available")));
    // Verifying needs no keychain: the signature carries its public key.
    QVERIFY(Signatures::checkAll(*store->loadPostmortem(id)).first().isValid());
    QVERIFY(editField(*store, id, Field::Title, QStringLiteral("Edited")));
}

QTEST_GUILESS_MAIN(TestSigning)
#include "test_signing.moc"
