#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// The text header of an age file: the version line, the recipient stanzas and the MAC line.
// Parsing is strict (canonical base64, exact line structure, bounded sizes) because the
// header is read before anything about the file is authenticated. Private to the age format.
namespace causeway::Age::detail {

inline constexpr char kVersionLine[] = "age-encryption.org/v1\n";
inline constexpr qsizetype kMaxHeaderSize = 64 * 1024; // up to and including the MAC line
inline constexpr int kMaxStanzas = 100;
inline constexpr int kMaxStanzaArguments = 16; // the type included
// Room for the largest stanza arguments in use (a post-quantum share is about 1,500 chars).
inline constexpr qsizetype kMaxArgumentLength = 4096;
inline constexpr qsizetype kMaxBodySize = 16 * 1024; // decoded bytes
inline constexpr qsizetype kBodyColumns = 64;

struct Stanza {
    QByteArray type;
    QList<QByteArray> args; // after the type
    QByteArray body;        // decoded
};

struct Header {
    QList<Stanza> stanzas;
    QByteArray withoutMac; // from the version line up to and including "---": the MAC input
    QByteArray mac;        // decoded, 32 bytes
    qsizetype payloadOffset = 0;
};

// Reads the header at the start of file (which starts with kVersionLine). Fails with a whole
// sentence: the header is malformed (naming how), too large, or cut short.
Result<Header> parseHeader(QByteArrayView file);

// The header of the given stanzas up to and including "---" (the MAC's input); the caller
// appends " ", the base64 MAC and "\n".
QByteArray headerWithoutMac(const QList<Stanza>& stanzas);

// "The age file's header is malformed: <reason>. …", for every structural problem.
QString malformedHeader(const QString& reason);

// Base64 with the standard alphabet and no padding, as everywhere in the age header.
QByteArray encodeBase64(QByteArrayView data);
// Decodes only the canonical form encodeBase64 gives: no padding, no line breaks or spaces,
// unused trailing bits zero. Anything else is nullopt.
std::optional<QByteArray> decodeBase64(QByteArrayView text);

} // namespace causeway::Age::detail
