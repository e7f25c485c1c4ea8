#include "bundle/Zip.h"

#include "bundle/ZipFormat.h"
#include "bundle/ZipNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <optional>
#include <vector>

namespace causeway::Zip {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Zip::Reader", text);
}

// Below this size an entry may be compressed as well as it likes (small files of zeros
// legitimately compress a thousandfold); above it the ratio limit applies.
constexpr qint64 kRatioFreeSize = 64 << 10;

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

namespace {

struct Record {
    int number = 0; // 1-based position in the central directory
    QByteArray rawName;
    QString path; // decoded; folders keep their trailing slash
    quint16 madeBy = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 externalAttributes = 0;
    qint64 localOffset = 0;
    // Filled from the local header.
    quint16 localFlags = 0;
    quint16 localMethod = 0;
    quint32 localCrc = 0;
    quint32 localCompressedSize = 0;
    quint32 localSize = 0;
    QByteArray localName;
    qint64 dataStart = 0;
    qint64 dataEnd = 0;

    QString name() const { return shown(QString::fromUtf8(rawName)); }
    bool isFolder() const { return rawName.endsWith('/'); }
};

QString methodName(quint16 method) {
    switch (method) {
    case 1:
        return QStringLiteral("Shrink");
    case 6:
        return QStringLiteral("Implode");
    case 9:
        return QStringLiteral("Deflate64");
    case 12:
        return QStringLiteral("bzip2");
    case 14:
        return QStringLiteral("LZMA");
    case 93:
        return QStringLiteral("Zstandard");
    case 95:
        return QStringLiteral("XZ");
    case 98:
        return QStringLiteral("PPMd");
    case 99:
        return QStringLiteral("AES encryption");
    default:
        return QCoreApplication::translate("causeway::Zip", "unknown");
    }
}

class Reader {
public:
    Reader(const QByteArray& archive, const Limits& limits)
        : m_archive(archive)
        , m_data(archive.constData())
        , m_size(archive.size())
        , m_limits(limits) {}

    Result<QList<Entry>> run() {
        using R = Result<QList<Entry>>;
        // Structure first (end record, central directory, local headers, overlaps), then
        // the entries' names and headers, then the data.
        using Step = Status (Reader::*)();
        for (Step step :
             {&Reader::findEnd, &Reader::walkCentralDirectory, &Reader::readLocalHeaders,
              &Reader::checkOverlaps, &Reader::checkEntries}) {
            if (Status status = (this->*step)(); !status)
                return R::failure(status.error());
        }
        return unpack();
    }

private:
    Status findEnd();
    Status walkCentralDirectory();
    Status readLocalHeaders();
    Status checkOverlaps();
    Status checkEntries();
    Result<QList<Entry>> unpack();

    Status extraProblem(QByteArrayView extra, const QString& name) const;
    Result<QByteArray> inflateEntry(const Record& record, qint64 allowed) const;

    const QByteArray& m_archive;
    const char* m_data;
    qint64 m_size;
    Limits m_limits;
    qint64 m_centralOffset = 0;
    qint64 m_centralSize = 0;
    int m_entryCount = 0;
    std::vector<Record> m_records;
};

Status Reader::findEnd() {
    if (m_size == 0)
        return Status::failure(tr("The file is empty; it is not a zip archive."));
    // The end record is the last 22 bytes, followed only by its comment (at most 64 KiB).
    const qint64 lowest = std::max<qint64>(0, m_size - kEndSize - kMaxComment);
    qint64 found = -1;
    for (qint64 pos = m_size - kEndSize; pos >= lowest; --pos) {
        if (u32(m_data + pos) == kEndSignature &&
            pos + kEndSize + u16(m_data + pos + 20) == m_size) {
            found = pos;
            break;
        }
    }
    if (found < 0) {
        // An end record followed by more than its comment: bytes were appended.
        for (qint64 pos = m_size - kEndSize; pos >= lowest; --pos) {
            if (u32(m_data + pos) == kEndSignature &&
                pos + kEndSize + u16(m_data + pos + 20) < m_size)
                return Status::failure(tr("The archive is damaged: there are unexpected bytes "
                                          "after its end record."));
        }
        if (m_archive.startsWith("PK"))
            return Status::failure(tr("The archive is truncated or damaged: its end record is "
                                      "missing."));
        return Status::failure(tr("The file is not a zip archive."));
    }
    const char* end = m_data + found;
    if (found >= kZip64LocatorSize && u32(end - kZip64LocatorSize) == kZip64LocatorSignature)
        return Status::failure(tr("The archive uses ZIP64, which is not accepted."));
    const quint16 disk = u16(end + 4);
    const quint16 centralDisk = u16(end + 6);
    const quint16 entriesOnDisk = u16(end + 8);
    const quint16 entries = u16(end + 10);
    const quint32 centralSize = u32(end + 12);
    const quint32 centralOffset = u32(end + 16);
    if (centralSize == kZip64Marker || centralOffset == kZip64Marker)
        return Status::failure(tr("The archive uses ZIP64, which is not accepted."));
    if (disk != 0 || centralDisk != 0 || entriesOnDisk != entries)
        return Status::failure(
            tr("The archive is split over several disks, which is not accepted."));
    if (entries > m_limits.maxEntries)
        return Status::failure(tr("The archive has %L1 entries; at most %L2 are accepted.")
                                   .arg(entries)
                                   .arg(m_limits.maxEntries));
    if (qint64(centralOffset) + centralSize > found)
        return Status::failure(tr("The archive is truncated or damaged: its central directory "
                                  "lies outside the file."));
    if (qint64(centralOffset) + centralSize != found)
        return Status::failure(tr("The archive is damaged: there are unexpected bytes between "
                                  "its central directory and its end record."));
    if (qint64(entries) * kCentralHeaderSize > centralSize)
        return Status::failure(tr("The archive is damaged: its central directory is too small "
                                  "for %L1 entries.")
                                   .arg(entries));
    m_entryCount = entries;
    m_centralOffset = centralOffset;
    m_centralSize = centralSize;
    return {};
}

Status Reader::extraProblem(QByteArrayView extra, const QString& name) const {
    qsizetype pos = 0;
    while (pos < extra.size()) {
        if (extra.size() - pos < 4)
            return Status::failure(tr("The extra field of entry “%1” is damaged.").arg(name));
        const quint16 id = u16(extra.data() + pos);
        const quint16 length = u16(extra.data() + pos + 2);
        if (extra.size() - pos - 4 < length)
            return Status::failure(tr("The extra field of entry “%1” is damaged.").arg(name));
        if (id == kZip64ExtraId)
            return Status::failure(tr("Entry “%1” uses ZIP64, which is not accepted.").arg(name));
        if (id == kAesExtraId)
            return Status::failure(
                tr("Entry “%1” is encrypted; encrypted entries are not accepted.").arg(name));
        pos += 4 + length;
    }
    return {};
}

Status Reader::walkCentralDirectory() {
    const qint64 end = m_centralOffset + m_centralSize;
    qint64 pos = m_centralOffset;
    m_records.reserve(static_cast<size_t>(m_entryCount));
    for (int i = 0; i < m_entryCount; ++i) {
        const auto damaged = [&] {
            return Status::failure(tr("The archive is damaged: entry %1 of its central directory "
                                      "cannot be read.")
                                       .arg(i + 1));
        };
        if (end - pos < kCentralHeaderSize)
            return damaged();
        const char* h = m_data + pos;
        if (u32(h) != kCentralSignature)
            return damaged();
        Record r;
        r.number = i + 1;
        r.madeBy = u16(h + 4);
        r.flags = u16(h + 8);
        r.method = u16(h + 10);
        r.crc = u32(h + 16);
        r.compressedSize = u32(h + 20);
        r.size = u32(h + 24);
        const quint16 nameLength = u16(h + 28);
        const quint16 extraLength = u16(h + 30);
        const quint16 commentLength = u16(h + 32);
        const quint16 disk = u16(h + 34);
        r.externalAttributes = u32(h + 38);
        const quint32 localOffset = u32(h + 42);
        r.localOffset = localOffset;
        const qint64 recordSize =
            kCentralHeaderSize + qint64(nameLength) + extraLength + commentLength;
        if (end - pos < recordSize)
            return damaged();
        r.rawName = QByteArray(h + kCentralHeaderSize, nameLength);
        const QString name = r.name();
        if (disk != 0)
            return Status::failure(
                tr("Entry “%1” lies on another disk of a split archive, which is not accepted.")
                    .arg(name));
        if (r.compressedSize == kZip64Marker || r.size == kZip64Marker ||
            localOffset == kZip64Marker)
            return Status::failure(tr("Entry “%1” uses ZIP64, which is not accepted.").arg(name));
        if (Status extra = extraProblem(
                QByteArrayView(h + kCentralHeaderSize + nameLength, extraLength), name);
            !extra)
            return extra;
        m_records.push_back(std::move(r));
        pos += recordSize;
    }
    if (pos != end)
        return Status::failure(tr("The archive is damaged: its central directory holds more "
                                  "than the %L1 entries its end record counts.")
                                   .arg(m_entryCount));
    return {};
}

Status Reader::readLocalHeaders() {
    for (Record& r : m_records) {
        const QString name = r.name();
        const auto outside = [&] {
            return Status::failure(tr("The archive is truncated or damaged: entry “%1” points "
                                      "outside the archive's data.")
                                       .arg(name));
        };
        // Entries lie before the central directory.
        if (r.localOffset + kLocalHeaderSize > m_centralOffset)
            return outside();
        const char* h = m_data + r.localOffset;
        if (u32(h) != kLocalSignature)
            return Status::failure(
                tr("The archive is damaged: the local header of entry “%1” is missing.").arg(name));
        r.localFlags = u16(h + 6);
        r.localMethod = u16(h + 8);
        r.localCrc = u32(h + 14);
        r.localCompressedSize = u32(h + 18);
        r.localSize = u32(h + 22);
        const quint16 nameLength = u16(h + 26);
        const quint16 extraLength = u16(h + 28);
        const qint64 nameStart = r.localOffset + kLocalHeaderSize;
        r.dataStart = nameStart + nameLength + extraLength;
        r.dataEnd = r.dataStart + r.compressedSize;
        if (r.dataEnd > m_centralOffset)
            return outside();
        r.localName = QByteArray(m_data + nameStart, nameLength);
        if (Status extra =
                extraProblem(QByteArrayView(m_data + nameStart + nameLength, extraLength), name);
            !extra)
            return extra;
    }
    return {};
}

Status Reader::checkOverlaps() {
    std::vector<const Record*> byStart;
    byStart.reserve(m_records.size());
    for (const Record& r : m_records)
        byStart.push_back(&r);
    std::sort(byStart.begin(), byStart.end(), [](const Record* a, const Record* b) {
        return a->localOffset != b->localOffset ? a->localOffset < b->localOffset
                                                : a->number < b->number;
    });
    const Record* furthest = nullptr; // the earlier entry that reaches furthest
    for (const Record* r : byStart) {
        if (furthest && r->localOffset < furthest->dataEnd) {
            return Status::failure(tr("Entries “%1” and “%2” overlap in the archive; an archive "
                                      "built like this is refused.")
                                       .arg(furthest->name(), r->name()));
        }
        if (!furthest || r->dataEnd > furthest->dataEnd)
            furthest = r;
    }
    return {};
}

Status Reader::checkEntries() {
    NameRegistry names;
    qint64 declaredTotal = 0;
    for (Record& r : m_records) {
        const auto decoded = decodeUtf8(r.rawName);
        if (!decoded)
            return Status::failure(tr("The name of entry “%1” is not valid UTF-8.").arg(r.name()));
        r.path = *decoded;
        const QString path = r.isFolder() ? r.path.chopped(1) : r.path;
        if (QString problem = pathProblem(path, r.number); !problem.isEmpty())
            return Status::failure(problem);
        const QString name = shown(r.path);

        if (r.flags & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeaders) ||
            r.method == 99)
            return Status::failure(
                tr("Entry “%1” is encrypted; encrypted entries are not accepted.").arg(name));
        if (r.flags & kFlagDataDescriptor)
            return Status::failure(
                tr("Entry “%1” keeps its sizes in a data descriptor after its data, "
                   "which is not accepted.")
                    .arg(name));
        if (r.flags & kFlagPatchedData)
            return Status::failure(
                tr("Entry “%1” holds patched data, which is not accepted.").arg(name));
        if (r.method != kStored && r.method != kDeflated)
            return Status::failure(
                tr("Entry “%1” is compressed with method %2 (%3); only stored and "
                   "deflated entries are accepted.")
                    .arg(name)
                    .arg(r.method)
                    .arg(methodName(r.method)));

        if (r.localName != r.rawName)
            return Status::failure(
                tr("The local and central headers of entry “%1” give different names.").arg(name));
        if (r.localMethod != r.method ||
            (r.localFlags & ~kFlagDeflateOptions) != (r.flags & ~kFlagDeflateOptions))
            return Status::failure(tr("The local and central headers of entry “%1” disagree on its "
                                      "compression method or flags.")
                                       .arg(name));
        if (r.localCrc != r.crc || r.localCompressedSize != r.compressedSize ||
            r.localSize != r.size)
            return Status::failure(
                tr("The local and central headers of entry “%1” disagree on its size "
                   "or CRC-32.")
                    .arg(name));

        // Unix hosts keep the file type in the upper half of the external attributes.
        if (r.madeBy >> 8 == kHostUnix) {
            const quint32 type = (r.externalAttributes >> 16) & kUnixTypeMask;
            if (type == kUnixSymlink)
                return Status::failure(
                    tr("Entry “%1” is a symbolic link; links are not accepted.").arg(name));
            if (type == kUnixFolder && !r.isFolder())
                return Status::failure(
                    tr("Entry “%1” is marked as a folder but its name does not end in "
                       "“/”.")
                        .arg(name));
            if (type != 0 && type != kUnixRegular && type != kUnixFolder)
                return Status::failure(
                    tr("Entry “%1” is a special file (device, pipe or socket), which is "
                       "not accepted.")
                        .arg(name));
        }
        if (r.isFolder()) {
            if (r.size != 0 || r.compressedSize != 0)
                return Status::failure(tr("Folder entry “%1” has content.").arg(name));
        } else if (QString problem = nestedNameProblem(r.path); !problem.isEmpty())
            return Status::failure(problem);
        if (QString problem = names.add(path, r.isFolder()); !problem.isEmpty())
            return Status::failure(problem);

        // The declared sizes are checked against the limits here, and the inflated bytes are
        // counted again while inflating: neither the header nor the data is trusted alone.
        if (r.method == kStored && r.size != r.compressedSize)
            return Status::failure(
                tr("The headers of stored entry “%1” give different sizes for its "
                   "stored and unpacked data.")
                    .arg(name));
        if (r.size > m_limits.maxEntrySize)
            return Status::failure(
                tr("Entry “%1” unpacks to %2, larger than the %3 an entry may hold.")
                    .arg(name, sizeText(r.size), sizeText(m_limits.maxEntrySize)));
        if (r.size > kRatioFreeSize &&
            qint64(r.size) > qint64(m_limits.maxRatio) * r.compressedSize)
            return Status::failure(
                tr("Entry “%1” is compressed more than %2 to 1, as zip bombs are; its "
                   "compression ratio is refused.")
                    .arg(name)
                    .arg(m_limits.maxRatio));
        declaredTotal += r.size;
        if (declaredTotal > m_limits.maxTotalSize)
            return Status::failure(
                tr("With entry “%1” the archive unpacks to more than %2, the most an "
                   "archive may hold in all.")
                    .arg(name, sizeText(m_limits.maxTotalSize)));
    }
    return {};
}

Result<QByteArray> Reader::inflateEntry(const Record& record, qint64 allowed) const {
    using R = Result<QByteArray>;
    const QString name = shown(record.path);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return R::failure(tr("Entry “%1” cannot be unpacked: out of memory.").arg(name));
    struct End {
        z_stream* s;
        ~End() { inflateEnd(s); }
    } end{&stream};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_data + record.dataStart));
    stream.avail_in = record.compressedSize;
    QByteArray out;
    out.reserve(static_cast<qsizetype>(std::min<qint64>(allowed, 4 << 20)));
    // One byte beyond the allowed size proves the entry is too large without inflating more.
    const qint64 budget = allowed + 1;
    for (;;) {
        const qint64 room = std::min<qint64>(kChunk, budget - out.size());
        if (room <= 0)
            break;
        const qsizetype used = out.size();
        out.resize(used + room);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
        stream.avail_out = static_cast<uInt>(room);
        const int rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(used + room - stream.avail_out);
        if (rc == Z_STREAM_END) {
            if (stream.avail_in != 0)
                return R::failure(tr("Entry “%1” has data after the end of its compressed "
                                     "stream; the archive is damaged.")
                                      .arg(name));
            return out;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            return R::failure(
                tr("The compressed data of entry “%1” ends early; the archive is truncated or "
                   "damaged.")
                    .arg(name));
        return R::failure(
            tr("The compressed data of entry “%1” is damaged and cannot be unpacked.").arg(name));
    }
    return out; // allowed + 1 bytes: the caller names the limit
}

Result<QList<Entry>> Reader::unpack() {
    using R = Result<QList<Entry>>;
    QList<Entry> entries;
    qint64 total = 0;
    for (const Record& r : m_records) {
        if (r.isFolder())
            continue; // folders are implied by the file paths
        const QString name = shown(r.path);
        const qint64 ratioCap =
            std::max<qint64>(kRatioFreeSize, qint64(m_limits.maxRatio) * r.compressedSize);
        const qint64 allowed = std::min(
            {qint64(r.size), m_limits.maxEntrySize, m_limits.maxTotalSize - total, ratioCap});
        QByteArray data;
        if (r.method == kStored) {
            data = m_archive.mid(r.dataStart, r.compressedSize);
        } else {
            auto inflated = inflateEntry(r, std::max<qint64>(allowed, 0));
            if (!inflated)
                return R::failure(inflated.error());
            data = std::move(inflated).value();
        }
        const qint64 produced = data.size();
        if (produced > m_limits.maxEntrySize)
            return R::failure(tr("Entry “%1” unpacks to more than the %2 an entry may hold.")
                                  .arg(name, sizeText(m_limits.maxEntrySize)));
        if (produced > kRatioFreeSize && produced > ratioCap)
            return R::failure(tr("Entry “%1” is compressed more than %2 to 1, as zip bombs are; "
                                 "its compression ratio is refused.")
                                  .arg(name)
                                  .arg(m_limits.maxRatio));
        if (total + produced > m_limits.maxTotalSize)
            return R::failure(tr("With entry “%1” the archive unpacks to more than %2, the most "
                                 "an archive may hold in all.")
                                  .arg(name, sizeText(m_limits.maxTotalSize)));
        if (produced > qint64(r.size))
            return R::failure(tr("Entry “%1” unpacks to more than the %L2 bytes its headers give; "
                                 "the archive is damaged or forged.")
                                  .arg(name)
                                  .arg(r.size));
        if (produced != qint64(r.size))
            return R::failure(tr("Entry “%1” unpacks to %L2 bytes but its headers give a size of "
                                 "%L3; the archive is damaged.")
                                  .arg(name)
                                  .arg(produced)
                                  .arg(r.size));
        if (crc32Of(data) != r.crc)
            return R::failure(
                tr("Entry “%1” fails its CRC-32 check; the archive is damaged.").arg(name));
        if (QString problem = nestedContentProblem(r.path, data); !problem.isEmpty())
            return R::failure(problem);
        total += produced;
        entries.append(Entry{r.path, std::move(data)});
    }
    return entries;
}

} // namespace

Result<QList<Entry>> read(const QByteArray& archive, const Limits& limits) {
    return Reader(archive, limits).run();
}

} // namespace causeway::Zip
