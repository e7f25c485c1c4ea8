#pragma once

#include "timeline/Attachment.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace causeway::BlobStore {

// The content stored under sha256, checked against it: Missing when this database does not
// have it (an imported attachment), Corrupted when the bytes no longer hash to it.
struct Content {
    BlobState state = BlobState::Missing;
    QByteArray data; // empty unless Present
    QString error;   // why it could not be read, for Missing after a database error
};
Content read(QSqlDatabase& db, const QString& sha256);

// The state of many blobs at once, hashing each without keeping its bytes.
BlobState state(QSqlDatabase& db, const QString& sha256);

// Attachment records whose content is here but damaged, each with a message naming the
// file; used by Store::verify.
struct Damage {
    QString recordId;
    QString message;
};
QList<Damage> verifyReferenced(QSqlDatabase& db);

} // namespace causeway::BlobStore
