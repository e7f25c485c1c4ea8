// The presenter window with a laptop and a projector (two offscreen screens, configured in
// tests/data/meeting/two-screens.json): it goes full screen on the screen the facilitator's
// window is not on, and the facilitator keeps the pane.
#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "meeting/MeetingPane.h"
#include "meeting/PresenterWindow.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTest>

using namespace causeway;

class TestPresenterScreens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presenterGoesToTheOtherScreen();
};

void TestPresenterScreens::presenterGoesToTheOtherScreen() {
    const QList<QScreen*> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    QScreen* laptop = screens.at(0);
    QScreen* projector = screens.at(1);
    QCOMPARE(projector->name(), QStringLiteral("projector"));

    auto store = test::newStore();
    const auto id = insertSamplePostmortem(*store, test::builtinTemplates());
    QVERIFY2(id, qPrintable(id.error()));
    PostmortemDocument doc(store.get(), *store->loadPostmortem(id.value()));
    MeetingPane pane(nullptr, test::tempPath(QStringLiteral("agendas")));
    pane.setDocument(&doc, test::builtinTemplates().find(doc.postmortem().templateId()));
    pane.setGeometry(QRect(laptop->geometry().topLeft() + QPoint(20, 20), QSize(1000, 700)));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.screen(), laptop);

    pane.togglePresenter();
    PresenterWindow* presenter = pane.presenter();
    QVERIFY(presenter);
    QVERIFY(QTest::qWaitForWindowExposed(presenter));
    QCOMPARE(presenter->presentedOn(), projector);
    QVERIFY(presenter->isFullScreen());
    QCOMPARE(presenter->geometry(), projector->geometry());
    QCOMPARE(pane.screen(), laptop);

    pane.togglePresenter();
    QVERIFY(!presenter->isVisible());
}

QTEST_MAIN(TestPresenterScreens)
#include "test_presenterscreens.moc"
