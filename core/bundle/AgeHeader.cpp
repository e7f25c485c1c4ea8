#include "bundle/AgeHeader.h"

#include "bundle/AgeCrypto.h"

#include <QCoreApplication>

namespace causeway::Age::detail {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Age::detail", text);
}

Result<Header> malformed(const QString& reason) {
    return Result<Header>::failure(malformedHeader(reason));
}

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Header lines are printable ASCII: no control characters (a CR included), nothing above 0x7e.
bool isPrintableLine(QByteArrayView line) {
    for (const char c : line) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace

QString malformedHeader(const QString& reason) {
    return tr("The age file's header is malformed: %1. The file is damaged or was not made by "
              "age.")
        .arg(reason);
}

QByteArray encodeBase64(QByteArrayView data) {
    return data.toByteArray().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeBase64(QByteArrayView text) {
    if (text.size() % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    unsigned accumulator = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = base64Value(c);
        if (value < 0)
            return std::nullopt;
        accumulator = ((accumulator << 6) | static_cast<unsigned>(value)) & 0xfff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
    }
    // The bits left over must be zero, or two encodings would decode to the same bytes.
    if ((accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QByteArray headerWithoutMac(const QList<Stanza>& stanzas) {
    QByteArray header(kVersionLine);
    for (const Stanza& stanza : stanzas) {
        header.append("-> ");
        header.append(stanza.type);
        for (const QByteArray& arg : stanza.args) {
            header.append(' ');
            header.append(arg);
        }
        header.append('\n');
        const QByteArray body = encodeBase64(stanza.body);
        // Full lines of 64 columns, then a shorter last line: empty when the body fills its
        // lines exactly, so that a reader always knows where the body ends.
        for (qsizetype at = 0;; at += kBodyColumns) {
            const QByteArrayView line =
                QByteArrayView(body).sliced(at).first(std::min(kBodyColumns, body.size() - at));
            header.append(line);
            header.append('\n');
            if (line.size() < kBodyColumns)
                break;
        }
    }
    header.append("---");
    return header;
}

Result<Header> parseHeader(QByteArrayView file) {
    Header header;
    const qsizetype versionSize = qsizetype(sizeof kVersionLine) - 1;
    if (!file.startsWith(QByteArrayView(kVersionLine, versionSize)))
        return malformed(tr("it does not start with the age version line"));
    qsizetype at = versionSize;
    bool inBody = false; // reading the body lines of the last stanza
    while (true) {
        const qsizetype end = file.indexOf('\n', at);
        if (end < 0 || end >= kMaxHeaderSize) {
            if (file.size() < kMaxHeaderSize)
                return Result<Header>::failure(
                    tr("The age file is truncated: it ends inside its header."));
            return Result<Header>::failure(
                tr("The age file's header is larger than 64 KiB; the file is damaged or was "
                   "not made by age."));
        }
        const QByteArrayView line = file.sliced(at, end - at);
        if (!isPrintableLine(line))
            return malformed(tr("a header line contains a character that is not allowed"));

        if (inBody) {
            Stanza& open = header.stanzas.last();
            // A body line: full lines of 64 columns until a shorter (maybe empty) last one.
            if (line.size() > kBodyColumns)
                return malformed(tr("a stanza body line is longer than 64 columns"));
            const std::optional<QByteArray> bytes = decodeBase64(line);
            if (!bytes)
                return malformed(tr("a stanza body is not valid base64"));
            open.body.append(*bytes);
            if (open.body.size() > kMaxBodySize)
                return malformed(tr("a stanza body is larger than 16 KiB"));
            if (line.size() < kBodyColumns)
                inBody = false;
        } else if (line.startsWith("--- ")) {
            if (header.stanzas.isEmpty())
                return malformed(tr("it has no recipient stanza"));
            const std::optional<QByteArray> mac = decodeBase64(line.sliced(4));
            if (!mac || static_cast<std::size_t>(mac->size()) != kMacSize)
                return malformed(tr("its MAC line is not valid"));
            header.mac = *mac;
            header.withoutMac = file.first(at + 3).toByteArray();
            header.payloadOffset = end + 1;
            return header;
        } else if (line.startsWith("-> ")) {
            if (header.stanzas.size() >= kMaxStanzas)
                return malformed(tr("it has more than 100 recipient stanzas"));
            Stanza stanza;
            qsizetype wordStart = at + 3;
            int count = 0;
            for (qsizetype i = wordStart; i <= end; ++i) {
                if (i < end && file[i] != ' ')
                    continue;
                const QByteArrayView word = file.sliced(wordStart, i - wordStart);
                if (word.isEmpty())
                    return malformed(tr("a stanza has an empty argument"));
                if (word.size() > kMaxArgumentLength)
                    return malformed(tr("a stanza argument is too long"));
                if (++count > kMaxStanzaArguments)
                    return malformed(tr("a stanza has too many arguments"));
                if (count == 1)
                    stanza.type = word.toByteArray();
                else
                    stanza.args.append(word.toByteArray());
                wordStart = i + 1;
            }
            header.stanzas.append(stanza);
            inBody = true;
        } else {
            return malformed(tr("a line is neither a recipient stanza nor the MAC line"));
        }
        at = end + 1;
    }
}

} // namespace causeway::Age::detail
