#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "editor/ParticipantsModel.h"
#include "model/Fields.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace causeway;

class TestParticipantsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editsAreUndoableDocumentCommands() {
        auto store = test::newStore();
        QVERIFY(store);
        const auto id = store->createPostmortem(QStringLiteral("standard"),
                                                {{Field::Title, QStringLiteral("Outage")}});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id.value()));

        ParticipantsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(&doc);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const QString alex =
            doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("Alex")}});
        const QString sam = doc.addChild(Kind::Participant, {{Field::Name, QStringLiteral("Sam")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), alex);
        QCOMPARE(model.index(1, ParticipantsModel::NameColumn).data().toString(),
                 QStringLiteral("Sam"));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, ParticipantsModel::RoleColumn),
                              QStringLiteral("Incident commander")));
        QCOMPARE(doc.value(alex, Field::Role).toString(), QStringLiteral("Incident commander"));
        QCOMPARE(changed.count(), 1);

        doc.undoStack()->undo();
        QCOMPARE(model.index(0, ParticipantsModel::RoleColumn).data().toString(), QString());
        QCOMPARE(changed.count(), 2);
        doc.undoStack()->redo();
        QCOMPARE(model.index(0, ParticipantsModel::RoleColumn).data().toString(),
                 QStringLiteral("Incident commander"));

        doc.removeChild(alex);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), sam);
        doc.undoStack()->undo(); // brings Alex back
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(alex) >= 0);

        // Undo the edit and both additions: the table empties row by row.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);

        // The edits reached the store.
        QVERIFY(doc.flush().ok());
        model.setReadOnly(true);
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestParticipantsModel)
#include "test_participantsmodel.moc"
