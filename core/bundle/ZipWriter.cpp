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

Result<QByteArray> write(const QList<Entry>& entries, const WriteOptions& options) {
    using R = Result<QByteArray>;
    if (entries.size() > kMaxWrittenEntries)
        return R::failure(tr("A zip archive holds at most %L1 entries; this one would have %L2.")
                              .arg(kMaxWrittenEntries)
                              .arg(entries.size()));
    const int level = std::clamp(options.compressionLevel, 0, 9);
    NameRegistry names;
    QByteArray out;
    QByteArray central;
    int number = 0;
    for (const Entry& entry : entries) {
        ++number;
        // The writer refuses what the reader would refuse, so that an archive written here is
        // never rejected when it is read back.
        if (QString problem = pathProblem(entry.path, number); !problem.isEmpty())
            return R::failure(problem);
        const QByteArray name = entry.path.toUtf8();
        if (decodeUtf8(name) != entry.path)
            return R::failure(
                tr("The name of entry “%1” is not valid Unicode.").arg(shown(entry.path)));
        for (const QString& problem :
             {nestedNameProblem(entry.path), nestedContentProblem(entry.path, entry.data),
              names.add(entry.path, false)}) {
            if (!problem.isEmpty())
                return R::failure(problem);
        }
        if (entry.data.size() >= qsizetype(kZip64Marker))
            return R::failure(tr("Entry “%1” is 4 GiB or larger, which a zip archive without "
                                 "ZIP64 cannot hold.")
                                  .arg(shown(entry.path)));

        quint16 method = kStored;
        QByteArray deflated;
        if (level > 0 && !entry.data.isEmpty()) {
            auto packed = deflateRaw(entry.data, level);
            if (!packed)
                return R::failure(tr("Entry “%1” could not be compressed.").arg(shown(entry.path)));
            // Data that does not shrink is stored, as zip tools do.
            if (packed->size() < entry.data.size()) {
                method = kDeflated;
                deflated = std::move(*packed);
            }
        }
        const QByteArray& stored = method == kDeflated ? deflated : entry.data;
        const quint32 crc = crc32Of(entry.data);
        const qsizetype offset = out.size();
        if (offset >= qsizetype(kZip64Marker))
            return R::failure(
                tr("The archive would be 4 GiB or larger, which a zip archive without ZIP64 "
                   "cannot hold."));

        put32(out, kLocalSignature);
        appendCommonFields(out, method, crc, static_cast<quint32>(stored.size()),
                           static_cast<quint32>(entry.data.size()),
                           static_cast<quint16>(name.size()));
        out.append(name);
        out.append(stored);

        put32(central, kCentralSignature);
        put16(central, kVersionMadeBy);
        appendCommonFields(central, method, crc, static_cast<quint32>(stored.size()),
                           static_cast<quint32>(entry.data.size()),
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
