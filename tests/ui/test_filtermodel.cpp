#include "TestSupport.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "postmortemlist/PostmortemFilterModel.h"
#include "postmortemlist/PostmortemListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace causeway;

class TestFilterModel : public QObject {
    Q_OBJECT

private:
    static QString create(Store& store, const QString& title, const QString& status,
                          const QString& severity, const QStringList& tags,
                          const QDateTime& start) {
        auto id =
            store.createPostmortem(QStringLiteral("standard"),
                                   {{Field::Title, title},
                                    {Field::Status, status},
                                    {Field::Severity, severity},
                                    {Field::Tags, QJsonArray::fromStringList(tags)},
                                    {Field::IncidentStart, canonicalTime(start)},
                                    {Field::Summary, QStringLiteral("Summary of %1").arg(title)}});
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : QString();
    }

    static QStringList titles(const QAbstractItemModel& model) {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, PostmortemListModel::TitleColumn).data().toString());
        return out;
    }

private Q_SLOTS:
    void filtersSearchAndSort() {
        auto store = test::newStore();
        QVERIFY(store);
        PostmortemListModel source;
        PostmortemFilterModel filter;
        QAbstractItemModelTester sourceTester(
            &source, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setSourceModel(&source);
        source.setStore(store.get());

        const QDateTime base(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
        create(*store, QStringLiteral("Alpha"), QStringLiteral("draft"), QStringLiteral("SEV1"),
               {QStringLiteral("database")}, base);
        const QString beta =
            // In review, not published: a published postmortem is read-only and retained,
            // and this test edits and deletes it.
            create(*store, QStringLiteral("Beta"), QStringLiteral("in_review"),
                   QStringLiteral("SEV3"), {QStringLiteral("deploy")}, base.addDays(2));
        create(*store, QStringLiteral("Gamma"), QStringLiteral("draft"), QStringLiteral("SEV3"),
               {QStringLiteral("database"), QStringLiteral("deploy")}, base.addDays(1));

        // Newest incident first.
        QCOMPARE(titles(filter), (QStringList{QStringLiteral("Beta"), QStringLiteral("Gamma"),
                                              QStringLiteral("Alpha")}));

        filter.setStatusFilter(QStringLiteral("draft"));
        QCOMPARE(titles(filter), (QStringList{QStringLiteral("Gamma"), QStringLiteral("Alpha")}));
        filter.setSeverityFilter(QStringLiteral("SEV3"));
        QCOMPARE(titles(filter), QStringList{QStringLiteral("Gamma")});
        QVERIFY(filter.hasFilters());
        filter.clearFilters();
        QCOMPARE(filter.rowCount(), 3);

        filter.setTagFilter(QStringLiteral("deploy"));
        QCOMPARE(titles(filter), (QStringList{QStringLiteral("Beta"), QStringLiteral("Gamma")}));

        // A row that stops matching leaves; one that starts matching joins.
        ChangeSet retag;
        retag.fieldChanges.append({beta, Field::Tags, QJsonArray{QStringLiteral("network")}});
        QVERIFY(store->commit(retag).ok());
        QCOMPARE(titles(filter), QStringList{QStringLiteral("Gamma")});
        create(*store, QStringLiteral("Delta"), QStringLiteral("draft"), QStringLiteral("SEV4"),
               {QStringLiteral("deploy")}, base.addDays(5));
        QCOMPARE(titles(filter), (QStringList{QStringLiteral("Delta"), QStringLiteral("Gamma")}));
        filter.setTagFilter(QString());

        // Search keeps only what the store found.
        const Result<QStringList> found = store->search(QStringLiteral("Beta"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        filter.setSearchResults(found.value());
        QCOMPARE(titles(filter), QStringList{QStringLiteral("Beta")});
        filter.setSearchResults({});
        QCOMPARE(filter.rowCount(), 0);
        filter.clearSearch();
        QCOMPARE(filter.rowCount(), 4);

        // Removal from the source.
        QVERIFY(store->setDeleted(beta, true).ok());
        QCOMPARE(filter.rowCount(), 3);

        // Ascending by title.
        filter.sort(PostmortemListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(titles(filter), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Delta"),
                                              QStringLiteral("Gamma")}));
    }
};

QTEST_MAIN(TestFilterModel)
#include "test_filtermodel.moc"
