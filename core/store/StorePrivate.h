#pragma once

#include "store/Database.h"
#include "store/Store.h"

namespace causeway {

struct Store::Private {
    std::unique_ptr<DatabaseConnection> connection;
    QString path;
    QString deviceId;
    Actor actor;
    Policy policy;

    QSqlDatabase& db() { return connection->db; }
};

} // namespace causeway
