#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace causeway;

namespace {

struct Fixture {
    std::unique_ptr<Store> store;
    QString pm;
    QString event;

    Fixture() {
        store = test::newStore();
        pm = store
                 ->createPostmortem(QStringLiteral("standard"),
                                    {{Field::Title, QStringLiteral("Checkout outage")}})
                 .value();
        TimelineEvent e;
        e.id = newRecordId();
        e.time = QDateTime(QDate(2026, 3, 2), QTime(14, 5), Qt::UTC);
        e.source = QStringLiteral("alert");
        e.description = QStringLiteral("error rate alert fired");
        ChangeSet add;
        add.creates.append({e.id, Kind::Event, pm, e.toFields()});
        if (store->commit(add))
            event = e.id;
    }

    qint64 count(const QString& sql) const {
        QSqlQuery q(store->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Replaces the stored content under sha256 with other bytes of the same size: what a
    // disk error or someone editing the file behind Causeway's back would leave.
    bool corrupt(const QString& sha256) {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT data FROM blobs WHERE sha256 = ?"));
        q.addBindValue(sha256);
        if (!q.exec() || !q.next())
            return false;
        QByteArray data = q.value(0).toByteArray();
        q.finish();
        data[0] = char(data.at(0) ^ 0x20);
        q.prepare(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"));
        q.addBindValue(sha256);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("INSERT INTO blobs(sha256, size, data) VALUES (?, ?, ?)"));
        q.addBindValue(sha256);
        q.addBindValue(qint64(data.size()));
        q.addBindValue(data);
        return q.exec();
    }
};

QByteArray screenshotBytes() {
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        png.append(char(i * 7));
    return png;
}

} // namespace

class TestAttachments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addReadListAndVerify();
    void sameContentIsStoredOnce();
    void emptyFileIsValid();
    void damagedContentIsDetected();
    void contentCannotBeUpdatedInPlace();
    void sizeLimit();
    void failedWriteLeavesNothing();
    void importWithoutContent();
    void documentAttachIsOneUndoCommand();
    void duplicateCitesCopiedAttachments();
};

void TestAttachments::addReadListAndVerify() {
    Fixture f;
    QVERIFY(!f.event.isEmpty());
    const QByteArray data = screenshotBytes();
    auto att = makeAttachment(data, QStringLiteral("grafana-errors.png"), QStringLiteral("alert"));
    QVERIFY2(att, qPrintable(att.error()));
    QCOMPARE(att->meta.sha256, sha256Hex(data));
    QCOMPARE(att->meta.mediaType, QStringLiteral("image/png"));

    const auto id = f.store->addAttachment(f.pm, att.value(), f.event);
    QVERIFY2(id, qPrintable(id.error()));

    const QList<Attachment> list = f.store->listAttachments(f.pm);
    QCOMPARE(list.size(), 1);
    const Attachment& a = list.first();
    QCOMPARE(a.id, id.value());
    QCOMPARE(a.name, QStringLiteral("grafana-errors.png"));
    QCOMPARE(a.size, qint64(data.size()));
    QCOMPARE(a.source, QStringLiteral("alert"));
    QCOMPARE(a.addedBy, QStringLiteral("Test Analyst (tester)"));
    QVERIFY(a.addedAt.isValid());
    QCOMPARE(f.store->blobState(a.sha256), BlobState::Present);

    // The event links to it, and the content reads back checked.
    const auto pm = f.store->loadPostmortem(f.pm);
    QCOMPARE(pm->findRecord(f.event)->list(EventField::Evidence), QStringList{id.value()});
    const auto read = f.store->readAttachment(id.value());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read.value(), data);

    // The attachment's audit entry carries the hash, so the chain covers the content.
    QSqlQuery q(f.store->database());
    q.prepare(QStringLiteral("SELECT new_value FROM audit WHERE record_id = ? AND "
                             "action = 'create'"));
    q.addBindValue(id.value());
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toString().contains(a.sha256));
    q.finish();

    const VerifyReport report = f.store->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    QVERIFY(f.store->checkAttachments(f.pm));

    // The export lists the attachment record with its hash.
    const auto exported = f.store->exportPostmortem(f.pm);
    QVERIFY2(exported, qPrintable(exported.error()));
    QVERIFY(exported->contains(a.sha256.toUtf8()));
    QVERIFY(exported->contains("\"kind\":\"attachment\""));
}

void TestAttachments::sameContentIsStoredOnce() {
    Fixture f;
    const QByteArray data = screenshotBytes();
    auto first = makeAttachment(data, QStringLiteral("a.png"), QStringLiteral("chat"));
    auto second = makeAttachment(data, QStringLiteral("copy of a.png"), QStringLiteral("chat"));
    QVERIFY(f.store->addAttachment(f.pm, first.value(), f.event));
    QVERIFY(f.store->addAttachment(f.pm, second.value(), f.event));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QCOMPARE(f.store->listAttachments(f.pm).size(), 2);
    const auto pm = f.store->loadPostmortem(f.pm);
    QCOMPARE(pm->findRecord(f.event)->list(EventField::Evidence).size(), 2);
    QVERIFY(f.store->verify().ok);
}

void TestAttachments::emptyFileIsValid() {
    Fixture f;
    const QString path = test::tempPath(QStringLiteral("empty.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto att = readAttachmentFile(path, QStringLiteral("log"));
    QVERIFY2(att, qPrintable(att.error()));
    const auto id = f.store->addAttachment(f.pm, att.value());
    QVERIFY2(id, qPrintable(id.error()));
    const auto read = f.store->readAttachment(id.value());
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(read->isEmpty());
    QVERIFY(f.store->verify().ok);
}

void TestAttachments::damagedContentIsDetected() {
    Fixture f;
    auto att = makeAttachment(screenshotBytes(), QStringLiteral("grafana-errors.png"),
                              QStringLiteral("alert"));
    const auto id = f.store->addAttachment(f.pm, att.value(), f.event);
    QVERIFY(id);
    QVERIFY(f.corrupt(att->meta.sha256));

    QCOMPARE(f.store->blobState(att->meta.sha256), BlobState::Corrupted);
    const auto read = f.store->readAttachment(id.value());
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("grafana-errors.png")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("damaged")), qPrintable(read.error()));

    const VerifyReport report = f.store->verify();
    QVERIFY(!report.ok);
    QVERIFY(report.firstBadSeq > 0);
    QVERIFY2(report.problems.join(u'\n').contains(QStringLiteral("grafana-errors.png")),
             qPrintable(report.problems.join(u'\n')));

    const auto exported = f.store->exportPostmortem(f.pm);
    QVERIFY(!exported);
    QVERIFY2(exported.error().contains(QStringLiteral("grafana-errors.png")),
             qPrintable(exported.error()));

    // Attaching the same file again repairs the damaged copy: the hash proves it right.
    QVERIFY(f.store->addAttachment(f.pm, att.value()));
    QCOMPARE(f.store->blobState(att->meta.sha256), BlobState::Present);
    QVERIFY(f.store->readAttachment(id.value()));
    QVERIFY(f.store->verify().ok);
}

void TestAttachments::contentCannotBeUpdatedInPlace() {
    Fixture f;
    auto att = makeAttachment(QByteArray("log line\n"), QStringLiteral("excerpt.log"),
                              QStringLiteral("log"));
    QVERIFY(f.store->addAttachment(f.pm, att.value()));
    QSqlQuery q(f.store->database());
    q.prepare(QStringLiteral("UPDATE blobs SET data = ? WHERE sha256 = ?"));
    q.addBindValue(QByteArray("other\n"));
    q.addBindValue(att->meta.sha256);
    QVERIFY(!q.exec());
    QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
}

void TestAttachments::sizeLimit() {
    Fixture f;
    const auto tooLarge = makeAttachment(QByteArray(kMaxAttachmentBytes + 1, 'x'),
                                         QStringLiteral("huge.csv"), QStringLiteral("log"));
    QVERIFY(!tooLarge);
    QVERIFY2(tooLarge.error().contains(QStringLiteral("huge.csv")), qPrintable(tooLarge.error()));
    QVERIFY2(tooLarge.error().contains(QStringLiteral("at most 50")), qPrintable(tooLarge.error()));
    QVERIFY(makeAttachment(QByteArray(kMaxAttachmentBytes, 'x'), QStringLiteral("max.csv"),
                           QStringLiteral("log")));

    // A file over the limit is refused from its size, without being read.
    const QString path = test::tempPath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(kMaxAttachmentBytes + 1));
    file.close();
    const auto fromFile = readAttachmentFile(path, QStringLiteral("log"));
    QVERIFY(!fromFile);
    QVERIFY2(fromFile.error().contains(QStringLiteral("at most")), qPrintable(fromFile.error()));

    // The store refuses it too, whoever built the attachment.
    NewAttachment forged;
    forged.blob.data = QByteArray(kMaxAttachmentBytes + 1, 'x');
    forged.blob.sha256 = sha256Hex(forged.blob.data);
    forged.meta.sha256 = forged.blob.sha256;
    forged.meta.name = QStringLiteral("forged.bin");
    forged.meta.size = forged.blob.data.size();
    const auto added = f.store->addAttachment(f.pm, forged);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(QStringLiteral("at most")), qPrintable(added.error()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM records WHERE kind = 'attachment'")), 0);
}

void TestAttachments::failedWriteLeavesNothing() {
    Fixture f;
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit"));
    auto att = makeAttachment(screenshotBytes(), QStringLiteral("a.png"), QStringLiteral("chat"));

    // An unknown event fails the whole attachment.
    const auto badEvent = f.store->addAttachment(f.pm, att.value(), newRecordId());
    QVERIFY(!badEvent);
    QVERIFY(badEvent.error().contains(QStringLiteral("no event")));

    // Content whose hash does not match is refused.
    NewAttachment lying = att.value();
    lying.blob.data.append('!');
    QVERIFY(!f.store->addAttachment(f.pm, lying));

    // A change set that fails after writing the content rolls the content back with it.
    ChangeSet changes;
    changes.blobs.append(att->blob);
    changes.creates.append({newRecordId(), Kind::Attachment, f.pm, att->meta.toFields()});
    changes.fieldChanges.append({newRecordId(), EventField::Evidence, QJsonArray()});
    QVERIFY(!f.store->commit(changes));

    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM records WHERE kind = 'attachment'")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit")), auditBefore);
    QVERIFY(f.store->verify().ok);
}

void TestAttachments::importWithoutContent() {
    Fixture f;
    auto att = makeAttachment(screenshotBytes(), QStringLiteral("grafana-errors.png"),
                              QStringLiteral("alert"));
    const auto id = f.store->addAttachment(f.pm, att.value(), f.event);
    QVERIFY(id);
    const QByteArray exported = f.store->exportPostmortem(f.pm).value();

    // Canonical JSON carries the description; the content travels in bundles (later).
    auto parsed = PostmortemJson::fromJson(exported, test::builtinTemplates());
    QVERIFY2(parsed, qPrintable(parsed.error()));
    auto other = test::newStore(); // another machine
    const auto imported = other->importPostmortem(parsed.value());
    QVERIFY2(imported, qPrintable(imported.error()));
    const QList<Attachment> list = other->listAttachments(f.pm);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().sha256, att->meta.sha256);
    QCOMPARE(other->blobState(att->meta.sha256), BlobState::Missing);
    const auto read = other->readAttachment(id.value());
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("not on this machine")),
             qPrintable(read.error()));
    // Missing content is not damage: the export and the audit check both pass.
    const auto reexported = other->exportPostmortem(f.pm);
    QVERIFY2(reexported, qPrintable(reexported.error()));
    QCOMPARE(reexported.value(), exported);
    QVERIFY(other->verify().ok);

    // A malformed hash in a document is refused with its path.
    QByteArray bad = exported;
    bad.replace(att->meta.sha256.toUtf8(), QByteArray("not-a-hash"));
    const auto refused = PostmortemJson::fromJson(bad, test::builtinTemplates());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral(".fields.sha256")),
             qPrintable(refused.error()));
}

void TestAttachments::documentAttachIsOneUndoCommand() {
    Fixture f;
    PostmortemDocument doc(f.store.get(), *f.store->loadPostmortem(f.pm));
    auto att = makeAttachment(screenshotBytes(), QStringLiteral("a.png"), QStringLiteral("chat"));
    const QString id = doc.attachEvidence(f.event, att.value());
    QVERIFY(!id.isEmpty());
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.flush());
    // Content, record and link were committed together.
    QCOMPARE(f.store->listAttachments(f.pm).size(), 1);
    QCOMPARE(f.store->listAttachments(f.pm).first().addedBy,
             QStringLiteral("Test Analyst (tester)"));
    QCOMPARE(f.store->loadPostmortem(f.pm)->findRecord(f.event)->list(EventField::Evidence),
             QStringList{id});
    QVERIFY(f.store->readAttachment(id));

    doc.undoStack()->undo();
    QVERIFY(doc.flush());
    QVERIFY(doc.record(id)->deleted);
    QVERIFY(doc.record(f.event)->list(EventField::Evidence).isEmpty());
    QVERIFY(f.store->listAttachments(f.pm).isEmpty());
    QCOMPARE(f.store->listAttachments(f.pm, true).size(), 1);
    QVERIFY(
        f.store->loadPostmortem(f.pm)->findRecord(f.event)->list(EventField::Evidence).isEmpty());

    doc.undoStack()->redo();
    QVERIFY(doc.flush());
    QCOMPARE(f.store->listAttachments(f.pm).size(), 1);
    QCOMPARE(f.store->loadPostmortem(f.pm)->findRecord(f.event)->list(EventField::Evidence),
             QStringList{id});
    const VerifyReport report = f.store->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
}

void TestAttachments::duplicateCitesCopiedAttachments() {
    Fixture f;
    auto att = makeAttachment(screenshotBytes(), QStringLiteral("a.png"), QStringLiteral("chat"));
    QVERIFY(f.store->addAttachment(f.pm, att.value(), f.event));
    const auto copy = f.store->duplicatePostmortem(f.pm, QStringLiteral("Copy"));
    QVERIFY2(copy, qPrintable(copy.error()));
    const auto pm = f.store->loadPostmortem(copy.value());
    const QList<Record> events = pm->childrenOfKind(Kind::Event);
    const QList<Record> attachments = pm->childrenOfKind(Kind::Attachment);
    QCOMPARE(events.size(), 1);
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(events.first().list(EventField::Evidence), QStringList{attachments.first().id});
    QVERIFY(f.store->readAttachment(attachments.first().id));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    QVERIFY(f.store->verify().ok);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "test_attachments.moc"
