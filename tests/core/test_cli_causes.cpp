#include "CliTestSupport.h"
#include "TestSupport.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

#include <QTest>

using namespace causeway;

// `causeway-cli show` prints the 5-whys tree under the problem statement, with the fishbone
// category of each marked cause and a flag on root causes that no action addresses yet.
class TestCliCauses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showPrintsTheWhysTree();
};

void TestCliCauses::showPrintsTheWhysTree() {
    const QString path = test::tempPath(QStringLiteral("causes.db"));
    QString id;
    {
        auto store = test::openStore(path);
        id = store
                 ->createPostmortem(QStringLiteral("standard"),
                                    {{Field::Title, QStringLiteral("Checkout down")},
                                     {Field::Summary, QStringLiteral("Checkout failed\nlong")}})
                 .value();
        PostmortemDocument doc(store.get(), *store->loadPostmortem(id));
        const QString why =
            CauseEditing::addCause(doc, QString(), -1, QStringLiteral("Orders timed out"));
        const QString pool =
            CauseEditing::addCause(doc, why, -1, QStringLiteral("Connection pool too small"), true,
                                   QStringLiteral("Technology"));
        doc.editField(pool, CauseField::Kind, QStringLiteral("root_cause"));
        CauseEditing::addCause(doc, pool, -1, QStringLiteral("Limit never reviewed"), true,
                               QStringLiteral("Process"));
        QVERIFY(doc.flush());
    }
    const CliRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 0);
    const QString out = r.outText();
    QVERIFY2(out.contains(QStringLiteral("Root causes\n-----------\nProblem: Checkout failed\n"
                                         "- Orders timed out\n"
                                         "  - Connection pool too small [Root cause, Technology, "
                                         "actions 0] (no action yet)\n"
                                         "    - Limit never reviewed [Contributing factor, "
                                         "Process, actions 0] (no action yet)\n")),
             qPrintable(out));
    // The fields behind the view are not listed again as raw fields.
    QVERIFY(!out.contains(CauseRootField::Categories));
}

QTEST_GUILESS_MAIN(TestCliCauses)
#include "test_cli_causes.moc"
