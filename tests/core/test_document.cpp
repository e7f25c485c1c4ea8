#include "TestSupport.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

#include <QSignalSpy>
#include <QTest>

using namespace causeway;

class TestDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editIsUndoableAndAutosaved();
    void typingMergesIntoOneCommand();
    void participantsAddUndoRedo();
    void destructionFlushesPending();
    void readOnlyStoreRefusesEdits();
};

void TestDocument::editIsUndoableAndAutosaved() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    QSignalSpy saved(&doc, &PostmortemDocument::saved);
    QSignalSpy changed(&doc, &PostmortemDocument::fieldChanged);
    doc.editField(id, Field::Title, QStringLiteral("B"));
    QCOMPARE(doc.value(id, Field::Title).toString(), QStringLiteral("B"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(doc.hasPendingChanges());
    // Not yet in the store, but within about a second.
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 1500);
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("B"));
    QVERIFY(doc.lastSaved().isValid());

    doc.undoStack()->undo();
    QCOMPARE(doc.value(id, Field::Title).toString(), QStringLiteral("A"));
    QVERIFY(doc.flush());
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("A"));
    doc.undoStack()->redo();
    QVERIFY(doc.flush());
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("B"));
    QVERIFY(store->verify().ok);
}

void TestDocument::typingMergesIntoOneCommand() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    for (const QString& text : {QStringLiteral("T"), QStringLiteral("Th"), QStringLiteral("The")})
        doc.editField(id, Field::Summary, text);
    doc.editField(id, Field::Title, QStringLiteral("Other field"));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.value(id, Field::Summary).isUndefined() || doc.value(id, Field::Summary).isNull());
    QVERIFY(doc.flush());
    // One flush, so the audit trail holds the final values, not every keystroke.
    QVERIFY(store->verify().ok);
}

void TestDocument::participantsAddUndoRedo() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    QSignalSpy children(&doc, &PostmortemDocument::childrenChanged);
    const QString ana = doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("Ana")}});
    QCOMPARE(children.count(), 1);
    QCOMPARE(store->loadPostmortem(id)->childrenOfKind(Kind::Participant).size(), 1);
    doc.editField(ana, Field::Role, QStringLiteral("Incident commander"));
    QVERIFY(doc.flush());
    QCOMPARE(store->loadPostmortem(id)->childrenOfKind(Kind::Participant).first().text(Field::Role),
             QStringLiteral("Incident commander"));
    doc.undoStack()->undo(); // role
    doc.undoStack()->undo(); // add
    QVERIFY(doc.flush());
    QCOMPARE(store->loadPostmortem(id)->childrenOfKind(Kind::Participant).size(), 0);
    QCOMPARE(doc.postmortem().childrenOfKind(Kind::Participant).size(), 0);
    doc.undoStack()->redo();
    QCOMPARE(store->loadPostmortem(id)->childrenOfKind(Kind::Participant).size(), 1);
    doc.removeChild(ana);
    QCOMPARE(store->loadPostmortem(id)->childrenOfKind(Kind::Participant).size(), 0);
    QVERIFY(store->verify().ok);
}

void TestDocument::destructionFlushesPending() {
    auto store = test::newStore();
    const QString id =
        store->createPostmortem(QStringLiteral("standard"), {{Field::Title, QStringLiteral("A")}})
            .value();
    {
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
        doc.editField(id, Field::Title, QStringLiteral("Closed quickly"));
    }
    QCOMPARE(store->loadPostmortem(id)->title(), QStringLiteral("Closed quickly"));
}

void TestDocument::readOnlyStoreRefusesEdits() {
    const QString path = test::tempPath(QStringLiteral("ro.db"));
    QString id;
    {
        auto store = test::openStore(path);
        id = store
                 ->createPostmortem(QStringLiteral("standard"),
                                    {{Field::Title, QStringLiteral("A")}})
                 .value();
    }
    OpenOptions options = test::testOpenOptions();
    options.readOnly = true;
    auto store = test::openStore(path, options);
    QVERIFY(store && store->isReadOnly());
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
    QVERIFY(doc.isReadOnly());
    doc.editField(id, Field::Title, QStringLiteral("B"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.value(id, Field::Title).toString(), QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "test_document.moc"
