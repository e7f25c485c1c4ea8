#include "bundle/Zip.h"

#include "bundle/ZipFormat.h"
#include "bundle/ZipNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace causeway::Zip {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Zip", text);
}

std::optional<QByteArray> deflateRaw(const QByteArray& data, int level) {
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.reserve(data.size() / 2 + 64);
    const char* input = data.constData();
    qsizetype left = data.size();
    int flush = Z_NO_FLUSH;
    bool failed = false;
    do {
        const auto chunk = static_cast<uInt>(std::min<qsizetype>(left, qsizetype(1) << 30));
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input));
        stream.avail_in = chunk;
        input += chunk;
        left -= chunk;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            const qsizetype used = out.size();
            out.resize(used + kChunk);
            stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
            stream.avail_out = static_cast<uInt>(kChunk);
            const int rc = deflate(&stream, flush);
            out.resize(used + kChunk - stream.avail_out);
            if (rc == Z_STREAM_ERROR) {
                failed = true;
                break;
            }
        } while (stream.avail_out == 0);
    } while (!failed && flush != Z_FINISH);
    const int finished = deflateEnd(&stream);
    if (failed || finished != Z_OK)
        return std::nullopt;
    return out;
}

void appendCommonFields(QByteArray& out, quint16 method, quint32 crc, quint32 compressedSize,
                        quint32 size, quint16 nameLength) {
    put16(out, kVersionNeeded);
    put16(out, kFlagUtf8);
    put16(out, method);
    put16(out, kDosTimeMidnight);
    put16(out, kDosDate1980);
    put32(out, crc);
    put32(out, compressedSize);
    put32(out, size);
    put16(out, nameLength);
    put16(out, 0); // extra field length
}

} // namespace

bool looksLikeZip(QByteArrayView data) {
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Result<PackedEntry> pack(const Entry& entry, int number, const WriteOptions& options) {
    using R = Result<PackedEntry>;
    if (QString problem = pathProblem(entry.path, number); !problem.isEmpty())
        return R::failure(problem);
    if (decodeUtf8(entry.path.toUtf8()) != entry.path)
        return R::failure(
            tr("The name of entry “%1” is not valid Unicode.").arg(shown(entry.path)));
    for (const QString& problem :
         {nestedNameProblem(entry.path), nestedContentProblem(entry.path, entry.data)}) {
        if (!problem.isEmpty())
            return R::failure(problem);
    }
    if (entry.data.size() >= qsizetype(kZip64Marker))
        return R::failure(tr("Entry “%1” is 4 GiB or larger, which a zip archive without "
                             "ZIP64 cannot hold.")
                              .arg(shown(entry.path)));
    PackedEntry packed;
    packed.path = entry.path;
    packed.method = kStored;
    packed.crc = crc32Of(entry.data);
    packed.size = static_cast<quint32>(entry.data.size());
    const int level = std::clamp(options.compressionLevel, 0, 9);
    if (level > 0 && !entry.data.isEmpty()) {
        auto deflated = deflateRaw(entry.data, level);
        if (!deflated)
            return R::failure(tr("Entry “%1” could not be compressed.").arg(shown(entry.path)));
        // Data that does not shrink is stored, as zip tools do.
        if (deflated->size() < entry.data.size()) {
            packed.method = kDeflated;
            packed.stored = std::move(*deflated);
        }
    }
    if (packed.method == kStored)
        packed.stored = entry.data;
    return packed;
}

Result<QByteArray> write(const QList<Entry>& entries, const WriteOptions& options) {
    using R = Result<QByteArray>;
    if (entries.size() > kMaxWrittenEntries)
        return R::failure(tr("A zip archive holds at most %L1 entries; this one would have %L2.")
                              .arg(kMaxWrittenEntries)
                              .arg(entries.size()));
    QList<PackedEntry> packed;
    packed.reserve(entries.size());
    for (const Entry& entry : entries) {
        auto one = pack(entry, static_cast<int>(packed.size()) + 1, options);
        if (!one)
            return R::failure(one.error());
        packed.append(std::move(one.value()));
    }
    return writePacked(packed);
}

Result<QByteArray> writePacked(const QList<PackedEntry>& entries) {
    using R = Result<QByteArray>;
    if (entries.size() > kMaxWrittenEntries)
        return R::failure(tr("A zip archive holds at most %L1 entries; this one would have %L2.")
                              .arg(kMaxWrittenEntries)
                              .arg(entries.size()));
    NameRegistry names;
    qsizetype total = 0;
    for (const PackedEntry& entry : entries)
        total += entry.stored.size() + entry.path.size() * 3 + 30;
    QByteArray out;
    out.reserve(total);
    QByteArray central;
    for (const PackedEntry& entry : entries) {
        if (QString problem = names.add(entry.path, false); !problem.isEmpty())
            return R::failure(problem);
        const QByteArray name = entry.path.toUtf8();
        const qsizetype offset = out.size();
        if (offset >= qsizetype(kZip64Marker))
            return R::failure(
                tr("The archive would be 4 GiB or larger, which a zip archive without ZIP64 "
                   "cannot hold."));

        put32(out, kLocalSignature);
        appendCommonFields(out, entry.method, entry.crc, static_cast<quint32>(entry.stored.size()),
                           entry.size, static_cast<quint16>(name.size()));
        out.append(name);
        out.append(entry.stored);

        put32(central, kCentralSignature);
        put16(central, kVersionMadeBy);
        appendCommonFields(central, entry.method, entry.crc,
                           static_cast<quint32>(entry.stored.size()), entry.size,
                           static_cast<quint16>(name.size()));
        put16(central, 0); // comment length
        put16(central, 0); // disk number
        put16(central, 0); // internal attributes
        put32(central, kExternalRegular0644);
        put32(central, static_cast<quint32>(offset));
        central.append(name);
    }
    const qsizetype centralOffset = out.size();
    if (centralOffset + central.size() >= qsizetype(kZip64Marker))
        return R::failure(tr("The archive would be 4 GiB or larger, which a zip archive without "
                             "ZIP64 cannot hold."));
    out.append(central);
    put32(out, kEndSignature);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, static_cast<quint16>(entries.size()));
    put16(out, static_cast<quint16>(entries.size()));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, static_cast<quint32>(centralOffset));
    put16(out, 0); // comment length
    return out;
}

} // namespace causeway::Zip
