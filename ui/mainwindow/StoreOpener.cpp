#include "mainwindow/StoreOpener.h"

#include "util/AppEnvironment.h"
#include "util/Policy.h"

#include <QDir>
#include <QFileInfo>

namespace causeway {

Result<std::unique_ptr<Store>> openStoreForGui(const QString& path) {
    // The default location (AppDataLocation) does not exist on a first start.
    QDir().mkpath(QFileInfo(path).absolutePath());
    OpenOptions options;
    options.deviceId = AppEnvironment::deviceId();
    options.actor = AppEnvironment::currentActor();
    options.policy = Policy::load(); // retention of approved postmortems
    options.exclusive = true;
    return Store::open(path, options);
}

} // namespace causeway
