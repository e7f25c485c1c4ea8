#pragma once

#include <QString>

namespace causeway {

// Who makes an edit, as recorded in the audit trail: the profile's display name and the
// operating-system account it runs under.
struct Actor {
    QString displayName;
    QString osUser;

    static QString currentOsUser();
};

} // namespace causeway
