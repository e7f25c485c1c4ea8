#pragma once

#include "actions/Action.h"

#include <QString>
#include <QStringList>

namespace causeway {

// The fields an action table shows, shared by the Actions tab and the all-actions window so
// both name and format them alike.
enum class ActionColumn { Title, Owner, Due, Priority, Type, Status, Causes };

QString actionColumnHeader(ActionColumn column);
// What a cell shows; owner and causes come resolved by the model (names, statements).
QString actionColumnText(const Action& action, ActionColumn column, const QString& owner,
                         const QStringList& causes);

} // namespace causeway
