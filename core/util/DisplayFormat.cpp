#include "util/DisplayFormat.h"

#include <QCoreApplication>

namespace causeway {

QString displayDateFormat() {
    //: The date format for display, as in QDate::toString: keep a four-digit year (yyyy)
    //: and the order and separators your language writes dates in, e.g. dd.MM.yyyy.
    return QCoreApplication::translate("DisplayFormat", "yyyy-MM-dd");
}

QString displayDateTimeFormat() {
    return displayDateFormat() + QStringLiteral(" HH:mm");
}

QString displayDateTimeSecondsFormat() {
    return displayDateFormat() + QStringLiteral(" HH:mm:ss");
}

} // namespace causeway
