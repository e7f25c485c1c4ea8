#include "util/AppEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

namespace causeway::AppEnvironment {

void initialize(QCoreApplication& app) {
    app.setOrganizationName(QStringLiteral("Causeway"));
    app.setApplicationName(QStringLiteral("causeway"));
    app.setApplicationVersion(QStringLiteral(CAUSEWAY_VERSION));
}

QString defaultDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("causeway.db"));
}

QString databasePath(const QString& commandLineOption) {
    if (!commandLineOption.isEmpty())
        return commandLineOption;
    const QString fromEnv = qEnvironmentVariable("CAUSEWAY_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultDatabasePath();
}

QString userTemplateDir() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("templates"));
}

QString deviceId() {
    QSettings settings;
    QString id = settings.value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 16; ++i)
            id.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]));
        settings.setValue(QStringLiteral("device/id"), id);
        settings.sync();
    }
    return id;
}

Actor currentActor() {
    QSettings settings;
    Actor actor;
    actor.osUser = Actor::currentOsUser();
    actor.displayName = settings.value(QStringLiteral("profile/displayName")).toString();
    if (actor.displayName.isEmpty())
        actor.displayName = actor.osUser;
    return actor;
}

} // namespace causeway::AppEnvironment

namespace causeway {

QString Actor::currentOsUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

} // namespace causeway
