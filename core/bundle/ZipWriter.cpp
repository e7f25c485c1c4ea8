#include "bundle/Zip.h"

#include "bundle/ZipFormat.h"
#include "bundle/ZipNames.h"

#include <QCoreApplication>

#include <libdeflate.h>

#include <algorithm>
#include <optional>

namespace causeway::Zip {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Zip", text);
}

// Raw deflate with libdeflate: the same format as zlib's at the same level and about the same
// size, in half the time, which is most of what exporting a bundle costs. The output buffer
// is one byte smaller than the input: what does not fit would not have shrunk, and is stored
// (std::nullopt) as zip tools do.
std::optional<QByteArray> deflateSmaller(const QByteArray& data, int level) {
    struct Compressor {
        int level = 0;
        libdeflate_compressor* state = nullptr;
        ~Compressor() { libdeflate_free_compressor(state); }
    };
    // Its tables take a while to set up: one per thread, made again only for another level.
    thread_local Compressor compressor;
    if (!compressor.state || compressor.level != level) {
        libdeflate_free_compressor(compressor.state);
        compressor.state = libdeflate_alloc_compressor(level);
        compressor.level = level;
        if (!compressor.state)
            return std::nullopt;
    }
    QByteArray out(data.size() - 1, Qt::Uninitialized);
    const std::size_t size =
        libdeflate_deflate_compress(compressor.state, data.constData(), std::size_t(data.size()),
                                    out.data(), std::size_t(out.size()));
    if (size == 0)
        return std::nullopt;
    out.truncate(static_cast<qsizetype>(size));
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
    if (level > 0 && entry.data.size() > 1) {
        if (auto deflated = deflateSmaller(entry.data, level)) {
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
