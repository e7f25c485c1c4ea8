#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Bech32 (BIP 173, the original checksum constant, not Bech32m), as age uses it for its
// recipients ("age1…") and identities ("AGE-SECRET-KEY-1…"). Private to the age format.
namespace causeway::Age::bech32 {

// The lower-case encoding of data under the human-readable part hrp (ASCII, lower case).
QString encode(QByteArrayView hrp, QByteArrayView data);

struct Decoded {
    QByteArray hrp;  // lower case, whatever the case of the input
    QByteArray data; // the caller wipes it when it holds a secret
    bool upperCase = false;
};

// Decodes a Bech32 string; a failure is a phrase ("its checksum does not match") that the
// caller puts into a sentence naming what was being read.
Result<Decoded> decode(QByteArrayView text);

} // namespace causeway::Age::bech32
