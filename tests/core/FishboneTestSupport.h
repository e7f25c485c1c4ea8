#pragma once

// Fishbones for layout tests: a text measure that is the same on every machine, and
// generated cause trees with uneven text lengths, nesting and spread over the bones.
#include "causes/FishboneLayout.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace causeway::test {

// Every character as wide as the role's font's average character (DejaVu Sans at the
// standard sizes), so layouts and SVG bytes do not depend on which fonts are installed.
class FixedMeasure : public FishboneTextMeasure {
public:
    qreal width(FishboneTextRole role, const QString& line) const override {
        return charWidth(role) * qreal(line.size());
    }
    qreal lineHeight(FishboneTextRole role) const override {
        return role == FishboneTextRole::Problem ? 19 : 16;
    }
    qreal ascent(FishboneTextRole role) const override {
        return role == FishboneTextRole::Problem ? 15 : 12;
    }
    static qreal charWidth(FishboneTextRole role) {
        switch (role) {
        case FishboneTextRole::Cause:
            return 7;
        case FishboneTextRole::Category:
            return 9.5;
        case FishboneTextRole::Problem:
            return 10.5;
        }
        return 7;
    }
};

enum class Spread { Even, Skewed, OneBone };

inline QString randomText(QRandomGenerator& rng) {
    static const QStringList words{
        QStringLiteral("the"),
        QStringLiteral("retry"),
        QStringLiteral("connection"),
        QStringLiteral("pool"),
        QStringLiteral("alert"),
        QStringLiteral("was"),
        QStringLiteral("routed"),
        QStringLiteral("to"),
        QStringLiteral("low-urgency"),
        QStringLiteral("channel"),
        QStringLiteral("runbook"),
        QStringLiteral("did not link the dashboard"),
        QStringLiteral("config"),
        QStringLiteral("https://wiki.example.com/runbooks/"
                       "payments-api/database-pool-exhaustion"),
        QStringLiteral("deploy"),
        QStringLiteral("fallback"),
        QStringLiteral("of"),
        QStringLiteral("ServiceConfigLibraryPoolSizeDefault"),
        QStringLiteral("load"),
        QStringLiteral("a"),
        QStringLiteral("timeouts"),
        QStringLiteral("queue"),
        QStringLiteral("on-call"),
        QStringLiteral("handover"),
    };
    // Mostly short and medium texts, now and then a very long one.
    const int count = rng.bounded(10) == 0 ? 40 + rng.bounded(60) : 1 + rng.bounded(16);
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(words.at(rng.bounded(int(words.size()))));
    return out.join(u' ');
}

// A fishbone of exactly count causes over the given categories.
inline Fishbone randomFishbone(int count, Spread spread, quint32 seed,
                               const QStringList& categories = defaultCauseCategories()) {
    QRandomGenerator rng(seed);
    Fishbone fishbone;
    fishbone.problem = randomText(rng);
    for (const QString& category : categories)
        fishbone.bones.append({category, {}});
    const QStringList kinds = CauseVocabulary::kinds();
    for (int i = 0; i < count; ++i) {
        int bone = 0;
        switch (spread) {
        case Spread::Even:
            bone = rng.bounded(int(categories.size()));
            break;
        case Spread::Skewed: // about half on the first bone, the rest thinning out
            bone = std::min(int(categories.size()) - 1,
                            int(std::floor(-std::log2(1.0 - rng.generateDouble()))));
            break;
        case Spread::OneBone:
            bone = int(categories.size()) / 2;
            break;
        }
        FishboneCause cause{QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0')),
                            randomText(rng),
                            kinds.at(rng.bounded(int(kinds.size()))),
                            {}};
        QList<FishboneCause>* into = &fishbone.bones[bone].causes;
        // Now and then a sub-cause, up to four levels deep.
        for (int depth = 0; depth < 4 && !into->isEmpty() && rng.bounded(100) < 40; ++depth)
            into = &(*into)[rng.bounded(int(into->size()))].children;
        into->append(cause);
    }
    return fishbone;
}

} // namespace causeway::test
