#include "TestSupport.h"
#include "TimelineTestSupport.h"

#include "editing/PostmortemDocument.h"
#include "timeline/ImportDialog.h"
#include "timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace causeway;

class TestImportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvPreviewImportAndDedup() {
        auto store = test::newStore();
        const QString id =
            store
                ->createPostmortem(
                    QStringLiteral("standard"),
                    {{Field::Title, QStringLiteral("Outage")},
                     {Field::TimeZone, QStringLiteral("Europe/Berlin")},
                     {Field::IncidentStart, QStringLiteral("2026-03-02T12:00:00.000Z")}})
                .value();
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDocument(&doc);

        const QString path = test::tempPath(QStringLiteral("events.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("when,what,who\n"
                   "2026-03-02 14:05,paged the on-call,SRE\n"
                   "2026-03-02 14:07,\"rolled back, finally\",SRE\n"
                   "yesterday-ish,no time here,SRE\n"
                   "2026-03-02 14:20,resolved,IC\n");
        file.close();

        ImportDialog dialog(store.get(), &doc);
        dialog.setPath(path);
        QCOMPARE(dialog.format(), timeline::ImportFormat::Csv);
        QCOMPARE(dialog.preview().events.size(), 3);
        QCOMPARE(dialog.previewTable()->rowCount(), 3);
        QCOMPARE(dialog.preview().problems.size(), 1);
        QCOMPARE(dialog.preview().problems.first().line, 4);
        // Zone-less times are read in the postmortem's zone.
        QCOMPARE(dialog.preview().events.first().time,
                 test::utc(QStringLiteral("2026-03-02T13:05:00Z")));

        QVERIFY2(dialog.runImport(false), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("Added 3")),
                 qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("4")), qPrintable(dialog.summary()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(doc.undoStack()->count(), 1);

        // The same file again adds nothing.
        QVERIFY(dialog.runImport(false));
        QVERIFY2(dialog.summary().contains(QStringLiteral("Added 0, duplicates 3")),
                 qPrintable(dialog.summary()));
        QCOMPARE(model.rowCount(), 3);

        // The import is one undo step.
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);

        // The column mapping is remembered per header.
        bool remembered = false;
        const QStringList keys = QSettings().allKeys();
        for (const QString& key : keys)
            remembered = remembered || key.startsWith(QStringLiteral("import/csvMapping/"));
        QVERIFY(remembered);
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
