// What a screen reader and a keyboard user meet: every visible control in the main window (on
// every tab, with the sample postmortem open), in the windows of the View menu and in the main
// dialogs has an accessible name, and every menu entry a mnemonic.
#include "TestSupport.h"

#include "actions/ActionsOverview.h"
#include "bundle/ExportBundleDialog.h"
#include "dashboard/DashboardView.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "newpostmortem/NewPostmortemDialog.h"
#include "report/ExportReportDialog.h"
#include "settings/SettingsDialog.h"
#include "timeline/ImportDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace causeway;

namespace {

bool isControl(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QSlider*>(w) ||
           qobject_cast<const QGraphicsView*>(w);
}

// Pieces of a composite Qt control, which the control's own name covers: a combo box's or
// spin box's line edit, a table's headers and corner button, a tab bar's scroll buttons, a
// line edit's clear button.
bool isPartOfQtControl(const QWidget* w) {
    if (qobject_cast<const QHeaderView*>(w))
        return true;
    if (w->objectName().startsWith(u"qt_"))
        return true;
    if (QByteArrayView(w->metaObject()->className()) == "QTableCornerButton")
        return true;
    for (const QObject* p = w->parent(); p; p = p->parent()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QTabBar*>(p) || qobject_cast<const QLineEdit*>(p))
            return true;
        // A combo box's popup list is a window of its own, parented to the combo box.
        if (p->isWidgetType() && static_cast<const QWidget*>(p)->isWindow())
            break;
    }
    return false;
}

// What a screen reader announces as the control's name. A combo box is special: on Linux Qt
// reports its current text as the name and its label only as a relation, so a combo box with
// neither an accessible name nor a label would be read as just "SEV2", with no question.
QString accessibleName(QWidget* w) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return {};
    if (!qobject_cast<const QComboBox*>(w))
        return iface->text(QAccessible::Name).trimmed();
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName().trimmed();
    for (const auto& [label, relation] : iface->relations(QAccessible::Label)) {
        Q_UNUSED(relation)
        if (!label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name).trimmed();
    }
    return {};
}

// The controls Tab visits, in order, starting from the window's first one.
QList<QWidget*> tabChain(QWidget* window) {
    QList<QWidget*> chain;
    QWidget* start = window->nextInFocusChain();
    for (QWidget* w = start; w && w != window; w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            w->window() == window)
            chain << w;
        if (w->nextInFocusChain() == start)
            break;
    }
    return chain;
}

QString describe(const QWidget* w) {
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u" \"" + w->objectName() + u'"';
    if (const auto* combo = qobject_cast<const QComboBox*>(w))
        text += QStringLiteral(" showing \"%1\"").arg(combo->currentText());
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" (tooltip \"%1\")").arg(w->toolTip());
    QStringList owners;
    for (const QObject* p = w->parent(); p && owners.size() < 3; p = p->parent()) {
        const QString cls = QString::fromLatin1(p->metaObject()->className());
        if (!cls.startsWith(u'Q'))
            owners << cls;
    }
    if (!owners.isEmpty())
        text += u" in " + owners.join(u" < ");
    return text;
}

class Audit {
public:
    void checkNames(const QWidget* root, const QString& where) {
        QList<const QWidget*> widgets{root};
        for (const QWidget* child : root->findChildren<QWidget*>())
            widgets << child;
        for (const QWidget* w : widgets) {
            if (!w->isVisible() || !isControl(w) || isPartOfQtControl(w))
                continue;
            if (accessibleName(const_cast<QWidget*>(w)).isEmpty())
                m_problems.insert(where + QStringLiteral(": ") + describe(w));
        }
    }

    // Every tab of every tab widget under scope, nested ones too.
    void checkEveryTab(const QWidget* window, QWidget* scope, const QString& where) {
        checkNames(window, where);
        for (QTabWidget* tabs : scope->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible() || enclosingTabWidget(tabs, scope))
                continue;
            const int original = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                checkEveryTab(window, tabs->widget(i),
                              where + QStringLiteral(" › ") + tabs->tabText(i).remove(u'&'));
            }
            tabs->setCurrentIndex(original);
        }
    }

    // Tab goes through a single-column dialog as one reads it: down, and left to right
    // within a row.
    void checkReadingOrder(QWidget* window, const QString& where) {
        const QList<QWidget*> chain = tabChain(window);
        const int sameRow = window->fontMetrics().height() / 2;
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QPoint before = chain[i - 1]->mapTo(window, QPoint(0, 0));
            const QPoint after = chain[i]->mapTo(window, QPoint(0, 0));
            const bool down = after.y() > before.y() + sameRow;
            const bool right = qAbs(after.y() - before.y()) <= sameRow && after.x() > before.x();
            if (!down && !right)
                m_problems.insert(where + QStringLiteral(": Tab goes back from ") +
                                  describe(chain[i - 1]) + QStringLiteral(" to ") +
                                  describe(chain[i]));
        }
        if (chain.size() < 3)
            m_problems.insert(where +
                              QStringLiteral(": Tab reaches only %1 controls").arg(chain.size()));
    }

    // Every entry of a menu bar or menu, submenus too.
    void checkMnemonics(const QWidget* menu, const QString& where) {
        for (const QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString path = where + QStringLiteral(" › ") + action->text();
            if (!action->text().contains(u'&') && action->shortcut().isEmpty())
                m_problems.insert(QStringLiteral("menu entry without mnemonic: ") + path);
            if (action->menu())
                checkMnemonics(action->menu(), path);
        }
    }

    QString report() const {
        QStringList list(m_problems.begin(), m_problems.end());
        list.sort();
        return QStringLiteral("%1 controls without accessible name or mnemonic:\n  ")
                   .arg(list.size()) +
               list.join(QStringLiteral("\n  "));
    }
    bool clean() const { return m_problems.isEmpty(); }

private:
    static bool enclosingTabWidget(const QWidget* w, const QWidget* scope) {
        for (const QWidget* p = w->parentWidget(); p && p != scope; p = p->parentWidget())
            if (qobject_cast<const QTabWidget*>(p))
                return true;
        return false;
    }

    QSet<QString> m_problems;
};

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mainWindowWithSample() {
        MainWindow w(test::openStore(test::tempPath(QStringLiteral("a11y.db"))));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Audit audit;
        audit.checkNames(&w, QStringLiteral("welcome"));

        w.openSample();
        QVERIFY(w.document());
        audit.checkEveryTab(&w, &w, QStringLiteral("main window"));
        audit.checkMnemonics(w.menuBar(), QStringLiteral("menu bar"));

        auto noOpen = [](const QString&) {
        };
        QWidget* overview = ActionsOverview::showFor(&w, w.store(), noOpen);
        QVERIFY(QTest::qWaitForWindowExposed(overview));
        audit.checkEveryTab(overview, overview, QStringLiteral("All Actions"));
        QWidget* dashboard = DashboardView::showFor(&w, w.store(), noOpen);
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        audit.checkEveryTab(dashboard, dashboard, QStringLiteral("Dashboard"));
        QVERIFY2(audit.clean(), qPrintable(audit.report()));
    }

    void dialogs() {
        Audit audit;
        TemplateRegistry templates;
        NewPostmortemDialog create(templates);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        audit.checkEveryTab(&create, &create, QStringLiteral("New postmortem"));
        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        audit.checkEveryTab(&settings, &settings, QStringLiteral("Settings"));
        audit.checkReadingOrder(&create, QStringLiteral("New postmortem"));
        audit.checkReadingOrder(&settings, QStringLiteral("Settings"));

        test::OpenDocument open = test::openNewDocument();
        ImportDialog import(open.store.get(), open.doc.get());
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        audit.checkEveryTab(&import, &import, QStringLiteral("Import timeline"));
        ExportBundleDialog exportBundle(*open.store, nullptr, open.id);
        exportBundle.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportBundle));
        audit.checkEveryTab(&exportBundle, &exportBundle, QStringLiteral("Export bundle"));
        audit.checkReadingOrder(&exportBundle, QStringLiteral("Export bundle"));
        ExportReportDialog exportReport(ExportReportDialog::Mode::Export);
        exportReport.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportReport));
        audit.checkEveryTab(&exportReport, &exportReport, QStringLiteral("Export report"));
        audit.checkReadingOrder(&exportReport, QStringLiteral("Export report"));
        QVERIFY2(audit.clean(), qPrintable(audit.report()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
