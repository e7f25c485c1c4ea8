#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "editing/PostmortemDocument.h"
#include "timeline/Attachment.h"
#include "timeline/EvidenceList.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace causeway;

namespace {

QString writeFile(const QString& name, const QByteArray& data) {
    const QString path = test::tempPath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEvidenceList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void attachUndoRedo() {
        auto store = test::newStore();
        const QString pm = store
                               ->createPostmortem(QStringLiteral("standard"),
                                                  {{Field::Title, QStringLiteral("Outage")}})
                               .value();
        PostmortemDocument doc(store.get(), *store->loadPostmortem(pm));
        TimelinePane pane;
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filterTester(
            pane.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.setDocument(&doc);
        TimelineEvent e;
        e.time = test::utc(QStringLiteral("2026-03-02T12:05:00Z"));
        e.source = QStringLiteral("alert");
        e.description = QStringLiteral("error rate alert");
        const QString event = doc.addChild(Kind::Event, e.toFields());
        const QString other = doc.addChild(Kind::Event, e.toFields());
        TimelineModel* model = pane.model();
        EvidenceList* list = pane.evidenceList();
        const QModelIndex evidenceCell =
            model->index(model->rowOf(event), TimelineModel::EvidenceColumn);
        QCOMPARE(evidenceCell.data().toString(), QString());
        QVERIFY(!(evidenceCell.flags() & Qt::ItemIsEditable));

        const QByteArray data("12:05:01 ERROR checkout timeout\n");
        const QString path = writeFile(QStringLiteral("checkout.log"), data);
        const int undoBefore = doc.undoStack()->index();
        const QString id = pane.attachEvidence(event, path);
        QVERIFY2(!id.isEmpty(), qPrintable(list->statusLabel()->text()));
        QCOMPARE(doc.undoStack()->index(), undoBefore + 1); // one undo command
        QCOMPARE(list->eventId(), event);
        const QModelIndex cell = model->index(model->rowOf(event), TimelineModel::EvidenceColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("1"));
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model->index(model->rowOf(event), TimelineModel::EvidenceColumn)
                     .data(TimelineModel::SortRole)
                     .toLongLong(),
                 1);

        // The list shows the file with its hash: short in the row, in full below.
        QCOMPARE(list->list()->topLevelItemCount(), 1);
        QTreeWidgetItem* item = list->list()->topLevelItem(0);
        QVERIFY(item->text(EvidenceList::NameColumn).endsWith(QStringLiteral("checkout.log")));
        QCOMPARE(item->text(EvidenceList::SourceColumn), EventVocabulary::sourceName(e.source));
        QCOMPARE(item->text(EvidenceList::AddedByColumn), QStringLiteral("Test Analyst (tester)"));
        QCOMPARE(item->toolTip(EvidenceList::ShaColumn), sha256Hex(data));
        QVERIFY(sha256Hex(data).startsWith(item->text(EvidenceList::ShaColumn).chopped(1)));
        QVERIFY(list->shaLabel()->text().contains(sha256Hex(data)));
        QVERIFY(list->shaLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(list->currentAttachmentId(), id);
        QVERIFY(store->readAttachment(id)); // committed with its content at once

        // Save As writes a verified copy.
        const QString copy = test::tempPath(QStringLiteral("copy.log"));
        QVERIFY(list->saveTo(id, copy));
        QCOMPARE(readFile(copy), data);

        // Another event shows no evidence; coming back shows it again.
        pane.table()->selectRow(
            pane.filterModel()->mapFromSource(model->index(model->rowOf(other), 0)).row());
        QCOMPARE(list->eventId(), other);
        QCOMPARE(list->list()->topLevelItemCount(), 0);
        pane.table()->selectRow(
            pane.filterModel()->mapFromSource(model->index(model->rowOf(event), 0)).row());
        QCOMPARE(list->list()->topLevelItemCount(), 1);

        // Undo unlinks it and trashes the record; redo brings both back.
        doc.undoStack()->undo();
        QCOMPARE(model->index(model->rowOf(event), TimelineModel::EvidenceColumn).data().toString(),
                 QString());
        QCOMPARE(list->list()->topLevelItemCount(), 0);
        QVERIFY(doc.flush());
        QVERIFY(store->listAttachments(pm).isEmpty());
        doc.undoStack()->redo();
        QCOMPARE(list->list()->topLevelItemCount(), 1);
        QVERIFY(doc.flush());
        QCOMPARE(store->listAttachments(pm).size(), 1);
        QVERIFY(store->verify().ok);

        // Damaged content is shown as such and never written out.
        {
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM blobs")));
            q.prepare(QStringLiteral("INSERT INTO blobs(sha256, size, data) VALUES (?, ?, ?)"));
            q.addBindValue(sha256Hex(data));
            q.addBindValue(data.size());
            q.addBindValue(QByteArray(data).replace("ERROR", "DEBUG"));
            QVERIFY(q.exec());
        }
        const QString refused = test::tempPath(QStringLiteral("refused.log"));
        const Status saved = list->saveTo(id, refused);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QStringLiteral("checkout.log")), qPrintable(saved.error()));
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(list->list()->topLevelItem(0)->text(EvidenceList::ContentColumn),
                 EvidenceList::tr("Damaged"));
    }

    void readOnlyAndTooLarge() {
        auto store = test::newStore();
        const QString pm = store
                               ->createPostmortem(QStringLiteral("standard"),
                                                  {{Field::Title, QStringLiteral("Outage")}})
                               .value();
        PostmortemDocument doc(store.get(), *store->loadPostmortem(pm));
        TimelinePane pane;
        pane.setDocument(&doc);
        TimelineEvent e;
        e.time = test::utc(QStringLiteral("2026-03-02T12:05:00Z"));
        e.description = QStringLiteral("x");
        const QString event = doc.addChild(Kind::Event, e.toFields());

        const QString huge = test::tempPath(QStringLiteral("huge.bin"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kMaxAttachmentBytes + 1));
        }
        const int undoBefore = doc.undoStack()->index();
        QVERIFY(pane.attachEvidence(event, huge).isEmpty());
        QVERIFY(pane.evidenceList()->statusLabel()->text().contains(QStringLiteral("at most")));
        QCOMPARE(doc.undoStack()->index(), undoBefore);

        pane.setReadOnly(true);
        QVERIFY(!pane.evidenceList()->attachAction()->isEnabled());
        QVERIFY(pane.attachEvidence(event, writeFile(QStringLiteral("a.txt"), "a")).isEmpty());
        QVERIFY(store->listAttachments(pm).isEmpty());
    }
};

QTEST_MAIN(TestEvidenceList)
#include "test_evidencelist.moc"
