#include "actions/ActionColumns.h"

#include <QCoreApplication>
#include <QLocale>

namespace causeway {

QString actionColumnHeader(ActionColumn column) {
    switch (column) {
    case ActionColumn::Title:
        return QCoreApplication::translate("ActionColumns", "Action");
    case ActionColumn::Owner:
        return QCoreApplication::translate("ActionColumns", "Owner");
    case ActionColumn::Due:
        return QCoreApplication::translate("ActionColumns", "Due");
    case ActionColumn::Priority:
        return QCoreApplication::translate("ActionColumns", "Priority");
    case ActionColumn::Type:
        return QCoreApplication::translate("ActionColumns", "Type");
    case ActionColumn::Status:
        return QCoreApplication::translate("ActionColumns", "Status");
    case ActionColumn::Causes:
        return QCoreApplication::translate("ActionColumns", "Addresses");
    }
    return {};
}

QString actionColumnText(const Action& action, ActionColumn column, const QString& owner,
                         const QStringList& causes) {
    switch (column) {
    case ActionColumn::Title:
        return action.title;
    case ActionColumn::Owner:
        return owner;
    case ActionColumn::Due:
        return action.due.isValid() ? QLocale().toString(action.due, QLocale::ShortFormat)
                                    : QString();
    case ActionColumn::Priority:
        return action.priority;
    case ActionColumn::Type:
        return ActionVocabulary::displayName(ActionField::Type, action.type);
    case ActionColumn::Status:
        return action.statusText();
    case ActionColumn::Causes:
        return causes.join(QStringLiteral("; "));
    }
    return {};
}

} // namespace causeway
