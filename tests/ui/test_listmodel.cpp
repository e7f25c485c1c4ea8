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

    // The analysis due date: incident end plus the policy's business days, "Late" and red
    // once past while not approved; a date set for the postmortem wins.
    void dueColumnMarksLatePostmortems() {
        auto store = test::newStore();
        Policy policy;
        policy.analysisDueBusinessDays = 3;
        store->setPolicy(policy);
        PostmortemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStore(store.get());
        // Thursday 5 March 2026 + 3 business days = Tuesday 10 March.
        const QString late =
            store
                ->createPostmortem(QStringLiteral("standard"),
                                   {{Field::Title, QStringLiteral("Old")},
                                    {Field::IncidentEnd, QStringLiteral("2026-03-05T15:00:00Z")}})
                .value();
        const QString undated = create(*store, QStringLiteral("No end yet"));
        const QModelIndex lateDue = model.index(model.rowOf(late), PostmortemListModel::DueColumn);
        QCOMPARE(model.headerData(PostmortemListModel::DueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Due"));
        const bool pastDue = QDate::currentDate() > QDate(2026, 3, 10);
        QCOMPARE(lateDue.data().toString(),
                 pastDue ? QStringLiteral("Late") : QStringLiteral("2026-03-10"));
        QCOMPARE(lateDue.data(PostmortemListModel::LateRole).toBool(), pastDue);
        QCOMPARE(lateDue.data(Qt::ForegroundRole).isValid(), pastDue);
        QCOMPARE(lateDue.data(PostmortemListModel::SortRole).toDate(), QDate(2026, 3, 10));
        QVERIFY(lateDue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-03-10")));
        const QModelIndex noDue = model.index(model.rowOf(undated), PostmortemListModel::DueColumn);
        QCOMPARE(noDue.data().toString(), QString());
        QCOMPARE(noDue.data(PostmortemListModel::LateRole).toBool(), false);

        // A due date in the future, set for the postmortem, is not late.
        ChangeSet later;
        const QDate future = QDate::currentDate().addDays(10);
        later.fieldChanges.append(
            {late, QStringLiteral("analysis_due"), future.toString(Qt::ISODate)});
        QVERIFY(store->commit(later));
        QCOMPARE(lateDue.data().toString(), future.toString(Qt::ISODate));
        QCOMPARE(lateDue.data(PostmortemListModel::LateRole).toBool(), false);
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
