#include "TestSupport.h"

#include "model/Fields.h"
#include "postmortemlist/PostmortemListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace causeway;

class TestListModel : public QObject {
    Q_OBJECT

private:
    static QString create(Store& store, const QString& title) {
        auto id = store.createPostmortem(QStringLiteral("standard"),
                                         {{Field::Title, title},
                                          {Field::Severity, QStringLiteral("SEV2")},
                                          {Field::Status, QStringLiteral("draft")}});
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : QString();
    }

private Q_SLOTS:
    void followsTheStoreRowByRow() {
        auto store = test::newStore();
        QVERIFY(store);
        PostmortemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const QString a = create(*store, QStringLiteral("Checkout errors"));
        const QString b = create(*store, QStringLiteral("DNS outage"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);

        // An edit updates the one row in place.
        ChangeSet edit;
        edit.fieldChanges.append(
            {a, Field::Title, QJsonValue(QStringLiteral("Checkout errors after rollout"))});
        edit.fieldChanges.append({a, Field::Tags, QJsonArray{QStringLiteral("payments")}});
        QVERIFY(store->commit(edit).ok());
        QVERIFY(changed.count() >= 1);
        const int row = model.rowOf(a);
        QCOMPARE(model.index(row, PostmortemListModel::TitleColumn).data().toString(),
                 QStringLiteral("Checkout errors after rollout"));
        QCOMPARE(model.index(row, PostmortemListModel::TagsColumn).data().toString(),
                 QStringLiteral("payments"));
        QCOMPARE(model.index(row, 0).data(PostmortemListModel::IdRole).toString(), a);
        QCOMPARE(model.allTags(), QStringList{QStringLiteral("payments")});

        // Trash removes the row; the trash scope shows it; restore moves it back.
        QVERIFY(store->setDeleted(b, true).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);

        model.setScope(ListScope::Trash);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.summaryAt(0).id, b);
        QVERIFY(store->setDeleted(b, false).ok());
        QCOMPARE(model.rowCount(), 0);
        model.setScope(ListScope::Active);
        QCOMPARE(model.rowCount(), 2);
    }

    void headersAndEmptyTitle() {
        auto store = test::newStore();
        PostmortemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(store.get());
        create(*store, QString());
        QCOMPARE(model.columnCount(), int(PostmortemListModel::ColumnCount));
        QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.index(0, 0).data().toString().isEmpty());
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestListModel)
#include "test_listmodel.moc"
