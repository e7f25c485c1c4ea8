#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace causeway::Zip {

// A small zip writer and a reader for untrusted archives, on zlib's raw deflate. Nothing is
// ever written to the file system by the reader: entries come back as bytes in memory.

struct Entry {
    QString path; // forward slashes, relative, UTF-8 in the archive (general-purpose bit 11)
    QByteArray data;
};

struct WriteOptions {
    int compressionLevel = 6; // 0 stores, 1–9 deflate
};

// An entry checked and compressed on its own, ready to be laid out in an archive. Packing is
// the costly part of writing, and entries do not depend on each other, so a writer can pack
// them on other threads while it is still producing the rest.
struct PackedEntry {
    QString path;
    QByteArray stored; // the bytes as they go into the archive, deflated or not
    quint16 method = 0;
    quint32 crc = 0;
    quint32 size = 0; // uncompressed
    QString digest;   // only from a BackgroundPacker given a digest
};

// Refuses what the reader would refuse in one entry (path, nested archive, 4 GiB and more),
// so that an archive written here is never rejected when it is read back. `number`, the
// entry's 1-based position, names an entry whose name cannot be shown.
Result<PackedEntry> pack(const Entry& entry, int number, const WriteOptions& options = {});

// A complete archive (no ZIP64: refuses more than 65,535 entries or 4 GiB); entries keep
// the order given. Times are written as 1980-01-01 00:00 so that the same entries always
// give the same bytes.
Result<QByteArray> write(const QList<Entry>& entries, const WriteOptions& options = {});
// The same from entries packed beforehand; names must still differ, also in case.
Result<QByteArray> writePacked(const QList<PackedEntry>& entries);

struct Limits {
    int maxEntries = 10000;
    qint64 maxEntrySize = 256LL << 20;  // uncompressed, counted while inflating
    qint64 maxTotalSize = 1024LL << 20; // uncompressed, all entries
    int maxRatio = 200;                 // uncompressed : compressed, per entry (above 64 KiB)
};

// Reads every entry of an archive held in memory. Limits are enforced while inflating,
// never trusted from header fields. Refused, with a message that names the entry: absolute
// paths, "..", backslashes, drive letters, NUL or control characters, empty names,
// directories with content, symlinks and other special files, duplicate or case-colliding
// names, nested archives (.zip/.jar/.causeway/.age or zip/age magic inside), encrypted or
// ZIP64 entries, unknown compression methods, overlapping entries, data outside the
// archive, CRC or size mismatch between the local and central headers, and truncation.
// Directory entries ("name/") are skipped.
Result<QList<Entry>> read(const QByteArray& archive, const Limits& limits = {});

// Whether data starts like a zip archive ("PK\3\4", or "PK\5\6" for an empty one).
bool looksLikeZip(QByteArrayView data);

} // namespace causeway::Zip
