#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace causeway {

class Store;

// A window over every postmortem of the store (all actions, the dashboard): one per main
// window, and it follows the store, reading it again a moment after any saved edit so a
// burst of edits costs one reload.
class StoreFollowingDialog : public QDialog {
    Q_OBJECT
public:
    // Follows store (null: none) and reloads, unless it already shows this store.
    void setStore(Store* store);
    Store* store() const { return m_store; }

    // Reads every postmortem again.
    virtual void reload() = 0;

    // The window of type W that parent owns, created with W(store, parent) on first use,
    // then shown and raised; open is called with a postmortem id the user asks to open.
    template <class W>
    static W* showFor(QWidget* parent, Store* store,
                      const std::function<void(const QString&)>& open) {
        auto* window = parent->findChild<W*>(QString(), Qt::FindDirectChildrenOnly);
        if (!window) {
            window = new W(store, parent);
            connect(window, &StoreFollowingDialog::openPostmortemRequested, parent, open);
        } else {
            window->setStore(store);
        }
        window->show();
        window->raise();
        window->activateWindow();
        return window;
    }

Q_SIGNALS:
    void openPostmortemRequested(const QString& postmortemId);

protected:
    StoreFollowingDialog(int reloadDelayMs, QWidget* parent);
    // Whether anything was loaded yet: setStore with the same store then does nothing.
    virtual bool isLoaded() const = 0;

private:
    QPointer<Store> m_store;
    QTimer m_reloadLater;
};

} // namespace causeway
