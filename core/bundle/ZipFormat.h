#pragma once

// The zip records both the writer and the reader deal in (APPNOTE.TXT), for Zip*.cpp only.
#include <QByteArray>
#include <QByteArrayView>

#include <libdeflate.h>
#include <zlib.h>

#include <cstddef>

namespace causeway::Zip {

// Record signatures and sizes (APPNOTE.TXT 4.3).
inline constexpr quint32 kLocalSignature = 0x04034b50;
inline constexpr quint32 kCentralSignature = 0x02014b50;
inline constexpr quint32 kEndSignature = 0x06054b50;
inline constexpr quint32 kZip64LocatorSignature = 0x07064b50;
inline constexpr qint64 kLocalHeaderSize = 30;
inline constexpr qint64 kCentralHeaderSize = 46;
inline constexpr qint64 kEndSize = 22;
inline constexpr qint64 kZip64LocatorSize = 20;
inline constexpr qint64 kMaxComment = 0xFFFF;

inline constexpr quint16 kFlagEncrypted = 1u << 0;
inline constexpr quint16 kFlagDeflateOptions = (1u << 1) | (1u << 2); // a compressor hint only
inline constexpr quint16 kFlagDataDescriptor = 1u << 3;
inline constexpr quint16 kFlagPatchedData = 1u << 5;
inline constexpr quint16 kFlagStrongEncryption = 1u << 6;
inline constexpr quint16 kFlagUtf8 = 1u << 11;
inline constexpr quint16 kFlagMaskedHeaders = 1u << 13;

inline constexpr quint16 kStored = 0;
inline constexpr quint16 kDeflated = 8;
inline constexpr quint16 kVersionNeeded = 20;          // 2.0: deflate and folders
inline constexpr quint16 kVersionMadeBy = 3 << 8 | 20; // host 3 (Unix), spec 2.0
inline constexpr quint16 kHostUnix = 3;
inline constexpr quint16 kDosTimeMidnight = 0;
inline constexpr quint16 kDosDate1980 = 0 << 9 | 1 << 5 | 1; // 1980-01-01
inline constexpr quint32 kUnixTypeMask = 0170000;
inline constexpr quint32 kUnixRegular = 0100000;
inline constexpr quint32 kUnixFolder = 0040000;
inline constexpr quint32 kUnixSymlink = 0120000;
inline constexpr quint32 kExternalRegular0644 = (kUnixRegular | 0644) << 16;
inline constexpr quint32 kZip64Marker = 0xFFFFFFFF;
inline constexpr quint16 kZip64ExtraId = 0x0001;
inline constexpr quint16 kAesExtraId = 0x9901;
inline constexpr int kMaxWrittenEntries = 0xFFFF;
inline constexpr qsizetype kChunk = 64 << 10; // deflate and inflate output, at a time

inline quint16 u16(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<quint16>(b[0] | b[1] << 8);
}

inline quint32 u32(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<quint32>(b[0]) | static_cast<quint32>(b[1]) << 8 |
           static_cast<quint32>(b[2]) << 16 | static_cast<quint32>(b[3]) << 24;
}

inline void put16(QByteArray& out, quint16 v) {
    out.append(static_cast<char>(v & 0xFF));
    out.append(static_cast<char>(v >> 8));
}

inline void put32(QByteArray& out, quint32 v) {
    for (int shift = 0; shift < 32; shift += 8)
        out.append(static_cast<char>((v >> shift) & 0xFF));
}

// libdeflate's CRC-32 uses the processor's carry-less multiply where it has one: several times
// zlib's speed on large members.
inline quint32 crc32Of(QByteArrayView data) {
    return libdeflate_crc32(0, data.data(), static_cast<std::size_t>(data.size()));
}

} // namespace causeway::Zip
