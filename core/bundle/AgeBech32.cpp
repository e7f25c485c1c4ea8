#include "bundle/AgeBech32.h"

#include "signing/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdint>
#include <vector>

namespace causeway::Age::bech32 {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Age::bech32", text);
}

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int kChecksumLength = 6;
// Far above any age key; bounds the work spent on a pasted string.
constexpr qsizetype kMaxLength = 1024;

// A 5-bit group buffer that is wiped when it goes away: it may spell out a secret key.
struct Groups {
    std::vector<std::uint8_t> values;
    ~Groups() {
        if (!values.empty())
            sodium_memzero(values.data(), values.size());
    }
};

std::uint32_t polymod(QByteArrayView hrp, const std::vector<std::uint8_t>& values) {
    static constexpr std::uint32_t kGenerator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd,
                                                    0x2a1462b3};
    std::uint32_t check = 1;
    const auto step = [&check](std::uint8_t value) {
        const std::uint32_t top = check >> 25;
        check = ((check & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                check ^= kGenerator[i];
        }
    };
    // The human-readable part is expanded into its high bits, a zero, and its low bits.
    for (const char c : hrp)
        step(static_cast<std::uint8_t>(static_cast<std::uint8_t>(c) >> 5));
    step(0);
    for (const char c : hrp)
        step(static_cast<std::uint8_t>(static_cast<std::uint8_t>(c) & 31));
    for (const std::uint8_t value : values)
        step(value);
    return check;
}

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

int charsetIndex(char c) {
    for (int i = 0; i < 32; ++i) {
        if (kCharset[i] == c)
            return i;
    }
    return -1;
}

} // namespace

QString encode(QByteArrayView hrp, QByteArrayView data) {
    Groups groups;
    // 8-bit bytes to 5-bit groups, the last one padded with zero bits.
    std::uint32_t accumulator = 0;
    int bits = 0;
    for (const char byte : data) {
        accumulator = (accumulator << 8) | static_cast<std::uint8_t>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            groups.values.push_back(static_cast<std::uint8_t>((accumulator >> bits) & 31));
        }
    }
    if (bits > 0)
        groups.values.push_back(static_cast<std::uint8_t>((accumulator << (5 - bits)) & 31));
    accumulator = 0;

    std::vector<std::uint8_t> withChecksum = groups.values;
    withChecksum.resize(withChecksum.size() + kChecksumLength, 0);
    const std::uint32_t checksum = polymod(hrp, withChecksum) ^ 1;
    sodium_memzero(withChecksum.data(), withChecksum.size());

    QByteArray text(hrp.data(), hrp.size());
    text.append('1');
    for (const std::uint8_t value : groups.values)
        text.append(kCharset[value]);
    for (int i = 0; i < kChecksumLength; ++i)
        text.append(kCharset[(checksum >> (5 * (kChecksumLength - 1 - i))) & 31]);
    const QString result = QString::fromLatin1(text);
    sodium::wipe(text);
    return result;
}

Result<Decoded> decode(QByteArrayView text) {
    if (text.size() > kMaxLength)
        return Result<Decoded>::failure(tr("it is far too long"));
    bool lower = false;
    bool upper = false;
    for (const char c : text) {
        if (c < 33 || c > 126)
            return Result<Decoded>::failure(tr("it contains a character that is not allowed"));
        lower = lower || (c >= 'a' && c <= 'z');
        upper = upper || (c >= 'A' && c <= 'Z');
    }
    if (lower && upper)
        return Result<Decoded>::failure(tr("it mixes upper and lower case"));
    const qsizetype separator = text.lastIndexOf('1');
    if (separator < 1 || text.size() - separator - 1 < kChecksumLength)
        return Result<Decoded>::failure(tr("it is not a Bech32 string"));

    Decoded decoded;
    decoded.upperCase = upper;
    for (qsizetype i = 0; i < separator; ++i)
        decoded.hrp.append(asciiLower(text[i]));
    Groups groups;
    for (qsizetype i = separator + 1; i < text.size(); ++i) {
        const int value = charsetIndex(asciiLower(text[i]));
        if (value < 0)
            return Result<Decoded>::failure(tr("it contains a character that is not allowed"));
        groups.values.push_back(static_cast<std::uint8_t>(value));
    }
    if (polymod(decoded.hrp, groups.values) != 1)
        return Result<Decoded>::failure(tr("its checksum does not match (is there a typo?)"));
    groups.values.resize(groups.values.size() - kChecksumLength);

    // 5-bit groups back to bytes; the padding must be shorter than a group and all zero.
    // Reserved up front, so that no reallocation leaves a copy of a secret behind.
    decoded.data.reserve(static_cast<qsizetype>(groups.values.size() * 5 / 8));
    std::uint32_t accumulator = 0;
    int bits = 0;
    for (const std::uint8_t value : groups.values) {
        accumulator = ((accumulator << 5) | value) & 0xfff;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            decoded.data.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
    }
    const bool paddingOk = bits < 5 && (accumulator & ((1u << bits) - 1)) == 0;
    accumulator = 0;
    if (!paddingOk) {
        sodium::wipe(decoded.data);
        return Result<Decoded>::failure(tr("its padding is not valid"));
    }
    return decoded;
}

} // namespace causeway::Age::bech32
