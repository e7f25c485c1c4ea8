// Fuzzes the age reader (core/bundle/Age.h) with arbitrary bytes: decrypted once with a fixed
// passphrase and once with a fixed identity, and read as an identity file and a recipient.
// Besides crashes and sanitizer reports, a result that breaks the reader's contract aborts.
//
// The seeds in corpus/age/ were encrypted with exactly this passphrase (scrypt work factor
// 2 to 10) and to this identity's recipient, so that mutations get past the header MAC and
// into the payload.

#include "bundle/Age.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace causeway;

constexpr char kPassphrase[] = "causeway fuzzing passphrase";
// A key made for the fuzzer only (age-keygen); its recipient is
// age1l83kethanl6gvtcshznm5egqxwsf0atpu9mwp8jhn5tq48twgfxq25gkm4.
constexpr char kIdentity[] =
    "AGE-SECRET-KEY-18HDDVDYL03MM95S7RYQ84URSKRK65QNTQC6Q72U26JL8VKTYCVYQ4GJ29N";
constexpr qint64 kMaxPlaintext = 1 << 20;
// Above this the passphrase attempt is left out: each step of the work factor doubles the
// time and memory of scrypt, and the reader accepts up to 2^22 (4 GiB), which would only
// measure scrypt, not the reader.
constexpr int kMaxFuzzedLogN = 12;

void require(bool condition) {
    if (!condition)
        std::abort();
}

// Whether an scrypt stanza line asks for more work than the fuzzer spends. Errs on the safe
// side: any all-digit argument of such a line counts.
bool expensiveScrypt(const QByteArray& input) {
    for (const QByteArray& line : input.left(64 * 1024).split('\n')) {
        if (!line.startsWith("-> scrypt "))
            continue;
        for (const QByteArray& word : line.split(' ')) {
            bool digits = !word.isEmpty();
            for (const char c : word)
                digits = digits && c >= '0' && c <= '9';
            if (digits && (word.size() > 2 || word.toInt() > kMaxFuzzedLogN))
                return true;
        }
    }
    return false;
}

// What a successful decryption promises: the input is a binary age file, the plaintext is
// within the limit, and its size is the payload's less one 16-byte tag per 64 KiB chunk.
void checkOpened(const QByteArray& input, const Result<QByteArray>& opened) {
    if (!opened) {
        require(!opened.error().isEmpty());
        return;
    }
    require(Age::looksLikeAge(input));
    const QByteArray& plaintext = opened.value();
    require(plaintext.size() <= kMaxPlaintext);
    const qsizetype macLine = input.indexOf("\n--- ");
    require(macLine > 0);
    const qsizetype payload = input.indexOf('\n', macLine + 1) + 1;
    require(payload > 0);
    const qsizetype sealed = input.size() - payload - 16;
    const qsizetype chunks = sealed <= 65536 + 16 ? 1 : (sealed + 65536 + 15) / (65536 + 16);
    require(plaintext.size() == sealed - 16 * chunks);
}

Age::DecryptOptions withPassphrase() {
    Age::DecryptOptions options;
    options.passphrase = sodium::Passphrase(QByteArray(kPassphrase));
    options.maxPlaintext = kMaxPlaintext;
    return options;
}

Age::DecryptOptions withIdentity() {
    Age::DecryptOptions options;
    options.identities = {QString::fromLatin1(kIdentity)};
    options.maxPlaintext = kMaxPlaintext;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    if (!expensiveScrypt(input))
        checkOpened(input, Age::decrypt(input, withPassphrase()));

    const Result<QByteArray> opened = Age::decrypt(input, withIdentity());
    checkOpened(input, opened);
    if (opened) {
        // The same input opens the same way again, and the plaintext survives a round trip.
        const Result<QByteArray> again = Age::decrypt(input, withIdentity());
        require(again.ok() && again.value() == opened.value());
        Age::EncryptOptions options;
        options.recipients = {Age::recipientOf(QString::fromLatin1(kIdentity)).value()};
        const Result<QByteArray> encrypted = Age::encrypt(opened.value(), options);
        require(encrypted.ok());
        const Result<QByteArray> reopened = Age::decrypt(encrypted.value(), withIdentity());
        require(reopened.ok() && reopened.value() == opened.value());
    }

    // The same bytes as typed keys: an identity file, and a recipient string.
    if (size <= 4096) {
        const Result<QStringList> identities = Age::parseIdentityFile(input);
        if (identities) {
            require(!identities->isEmpty());
            for (const QString& identity : identities.value()) {
                const Result<QString> recipient = Age::recipientOf(identity);
                require(recipient.ok() && Age::checkRecipient(recipient.value()).ok());
            }
        } else {
            require(!identities.error().isEmpty());
        }
        const Status recipient = Age::checkRecipient(QString::fromLatin1(input.trimmed()));
        require(recipient.ok() || !recipient.error().isEmpty());
    }
    return 0;
}
