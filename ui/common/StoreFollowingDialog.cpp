#include "common/StoreFollowingDialog.h"

#include "store/Store.h"

namespace causeway {

StoreFollowingDialog::StoreFollowingDialog(int reloadDelayMs, QWidget* parent)
    : QDialog(parent) {
    m_reloadLater.setSingleShot(true);
    m_reloadLater.setInterval(reloadDelayMs);
    connect(&m_reloadLater, &QTimer::timeout, this, [this] { reload(); });
}

void StoreFollowingDialog::setStore(Store* store) {
    if (m_store == store && isLoaded())
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::postmortemChanged, this, [this] { m_reloadLater.start(); });
    reload();
}

} // namespace causeway
