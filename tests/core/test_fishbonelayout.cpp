#include "FishboneTestSupport.h"

#include "causes/FishboneLayout.h"

#include <QSet>
#include <QTest>

using namespace causeway;
using test::FixedMeasure;
using test::Spread;

namespace {

QString describe(const QRectF& r) {
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString describe(const FishboneLabel& l) {
    return QStringLiteral("%1 \"%2\" %3").arg(l.id, l.lines.value(0).left(20), describe(l.rect));
}

// Whether a segment passes through the inside of a rectangle (Liang–Barsky clipping).
bool crosses(const QLineF& line, const QRectF& r) {
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(),
                       r.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

QStringList allIds(const QList<FishboneCause>& causes) {
    QStringList out;
    for (const FishboneCause& c : causes)
        out += QStringList{c.id} + allIds(c.children);
    return out;
}

QStringList allIds(const Fishbone& fishbone) {
    QStringList out;
    for (const FishboneBone& bone : fishbone.bones)
        out += allIds(bone.causes);
    return out;
}

// The checks every generated layout must pass; returns the first failure, empty when fine.
QString problemsOf(const Fishbone& fishbone, const FishboneLayout& layout) {
    // Labels keep a few pixels apart, not merely off each other.
    constexpr qreal kMinGap = 4;
    const QList<FishboneLabel>& labels = layout.labels;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QRectF a =
            labels.at(i).rect.adjusted(-kMinGap / 2, -kMinGap / 2, kMinGap / 2, kMinGap / 2);
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (a.intersects(labels.at(j).rect))
                return QStringLiteral("labels overlap: %1 and %2")
                    .arg(describe(labels.at(i)), describe(labels.at(j)));
        }
        if (!layout.sceneRect.contains(labels.at(i).rect))
            return QStringLiteral("label outside the scene: %1").arg(describe(labels.at(i)));
    }
    // Lines may end on a label's edge (ribs, branches, the spine at the head) but never
    // pass through one.
    for (const FishboneLine& line : layout.lines) {
        for (const FishboneLabel& l : labels) {
            if (crosses(line.line, l.rect.adjusted(1, 1, -1, -1)))
                return QStringLiteral("a line of type %1 from (%2,%3) to (%4,%5) crosses %6")
                    .arg(line.type)
                    .arg(line.line.x1())
                    .arg(line.line.y1())
                    .arg(line.line.x2())
                    .arg(line.line.y2())
                    .arg(describe(l));
        }
    }
    const QStringList ids = allIds(fishbone);
    for (const QString& id : ids) {
        if (!layout.cause(id))
            return QStringLiteral("cause %1 is not drawn").arg(id);
    }
    int causeLabels = 0;
    for (const FishboneLabel& l : labels)
        causeLabels += l.type == FishboneLabel::Cause ? 1 : 0;
    if (causeLabels != ids.size())
        return QStringLiteral("%1 cause labels for %2 causes").arg(causeLabels).arg(ids.size());
    return {};
}

} // namespace

class TestFishboneLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noLabelsOverlap_data();
    void noLabelsOverlap();
    void wrappingKeepsLinesWithinTheWidth();
    void wrappingBreaksOnlyOverlongWords();
    void longTextsAreCutWithAnEllipsis();
    void labelsFitTheirText();
    void layoutIsDeterministic();
    void headIsRightOfEveryBone();
    void bonesAlternateAndCarryTheirCauses();
    void aCrowdedBoneUsesBothSides();
    void subCausesAreIndentedUnderTheirCause();
    void emptyFishboneHasHeadAndEmptyBones();
    void boneAtFindsTheNearestBone();
};

void TestFishboneLayout::noLabelsOverlap_data() {
    QTest::addColumn<int>("spread");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("even") << int(Spread::Even) << 1u;
    QTest::newRow("even, other texts") << int(Spread::Even) << 2u;
    QTest::newRow("skewed") << int(Spread::Skewed) << 3u;
    QTest::newRow("skewed, other texts") << int(Spread::Skewed) << 4u;
    QTest::newRow("all on one bone") << int(Spread::OneBone) << 5u;
}

void TestFishboneLayout::noLabelsOverlap() {
    QFETCH(int, spread);
    QFETCH(quint32, seed);
    const FixedMeasure measure;
    for (int count = 1; count <= 80; ++count) {
        const Fishbone fishbone =
            test::randomFishbone(count, Spread(spread), seed * 1000 + quint32(count));
        QCOMPARE(fishbone.causeCount(), count);
        const FishboneLayout layout = layoutFishbone(fishbone, measure);
        const QString problem = problemsOf(fishbone, layout);
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 causes: %2").arg(count).arg(problem)));
    }
}

void TestFishboneLayout::wrappingKeepsLinesWithinTheWidth() {
    const FixedMeasure measure;
    const auto width = [&measure](const QString& s) {
        return measure.width(FishboneTextRole::Cause, s);
    };
    QRandomGenerator rng(11);
    for (int i = 0; i < 500; ++i) {
        const QString text = test::randomText(rng);
        const qreal max = 60 + rng.bounded(300);
        const QStringList lines = wrapFishboneText(text, max, width);
        for (const QString& line : lines) {
            QVERIFY2(width(line) <= max, qPrintable(line));
            QCOMPARE(line, line.trimmed());
        }
        // Nothing is lost: the lines hold all the text's characters in order.
        QString joined = lines.join(QString());
        joined.remove(u' ');
        QString expected = text;
        expected.remove(u' ');
        QCOMPARE(joined, expected);
    }
}

void TestFishboneLayout::wrappingBreaksOnlyOverlongWords() {
    const auto width = [](const QString& s) {
        return 10.0 * qreal(s.size());
    };
    QCOMPARE(wrapFishboneText(QStringLiteral("alpha beta gamma"), 100, width),
             (QStringList{QStringLiteral("alpha beta"), QStringLiteral("gamma")}));
    QCOMPARE(wrapFishboneText(QStringLiteral("a abcdefghijklmnop b"), 50, width),
             (QStringList{QStringLiteral("a"), QStringLiteral("abcde"), QStringLiteral("fghij"),
                          QStringLiteral("klmno"), QStringLiteral("p b")}));
    // Preferably after a separator.
    QCOMPARE(wrapFishboneText(QStringLiteral("https://example.com/a-b"), 100, width),
             (QStringList{QStringLiteral("https://"), QStringLiteral("example."),
                          QStringLiteral("com/a-b")}));
    // Paragraphs stay apart; blank lines and runs of spaces collapse.
    QCOMPARE(wrapFishboneText(QStringLiteral("  one \n\n  two   three "), 500, width),
             (QStringList{QStringLiteral("one"), QStringLiteral("two three")}));
    QCOMPARE(wrapFishboneText(QString(), 100, width), QStringList{QString()});
    // A surrogate pair is one character: never split.
    const QString emoji = QString::fromUtf8("\xf0\x9f\x94\xa5");
    const QStringList lines = wrapFishboneText(emoji.repeated(7), 40, width);
    for (const QString& line : lines)
        QCOMPARE(line.size() % 2, 0);
}

void TestFishboneLayout::longTextsAreCutWithAnEllipsis() {
    const auto width = [](const QString& s) {
        return 10.0 * qreal(s.size());
    };
    bool elided = false;
    const QStringList lines =
        wrapFishboneText(QStringLiteral("word ").repeated(200), 100, width, 4, &elided);
    QVERIFY(elided);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.last().endsWith(QChar(0x2026)));
    QVERIFY(width(lines.last()) <= 100);
    wrapFishboneText(QStringLiteral("short"), 100, width, 4, &elided);
    QVERIFY(!elided);
}

void TestFishboneLayout::labelsFitTheirText() {
    const FixedMeasure measure;
    const FishboneLayoutOptions options;
    const FishboneLayout layout =
        layoutFishbone(test::randomFishbone(60, Spread::Even, 21), measure, options);
    for (const FishboneLabel& l : layout.labels) {
        const qreal maxWidth = l.type == FishboneLabel::Category ? options.categoryTextWidth
                               : l.type == FishboneLabel::Head   ? options.problemTextWidth
                                                                 : options.causeTextWidth;
        QVERIFY(l.lines.size() <= options.maxLines);
        for (qsizetype i = 0; i < l.lines.size(); ++i) {
            const qreal w = measure.width(l.role, l.lines.at(i));
            QVERIFY2(w <= maxWidth, qPrintable(describe(l)));
            // Inside the box, with the padding on the right.
            QVERIFY(l.textOrigin.x() + w <= l.rect.right() - options.paddingX + 1e-9);
            const qreal baseline = l.textOrigin.y() + qreal(i) * l.lineHeight;
            QVERIFY(baseline - measure.ascent(l.role) >= l.rect.top());
            QVERIFY(baseline - measure.ascent(l.role) + l.lineHeight <= l.rect.bottom() + 1e-9);
        }
    }
}

void TestFishboneLayout::layoutIsDeterministic() {
    const FixedMeasure measure;
    const Fishbone fishbone = test::randomFishbone(45, Spread::Skewed, 99);
    const FishboneLayout a = layoutFishbone(fishbone, measure);
    const FishboneLayout b = layoutFishbone(fishbone, measure);
    QCOMPARE(a.labelRects(), b.labelRects());
    QCOMPARE(a.sceneRect, b.sceneRect);
    QCOMPARE(a.lines.size(), b.lines.size());
    for (qsizetype i = 0; i < a.lines.size(); ++i)
        QCOMPARE(a.lines.at(i).line, b.lines.at(i).line);
}

void TestFishboneLayout::headIsRightOfEveryBone() {
    const FixedMeasure measure;
    const FishboneLayout layout =
        layoutFishbone(test::randomFishbone(30, Spread::Even, 5), measure);
    const QRectF head = layout.labels.at(layout.head).rect;
    QVERIFY(head.top() < layout.spineY && head.bottom() > layout.spineY);
    for (const FishboneBoneGeometry& bone : layout.bones)
        QVERIFY(bone.line.x1() < head.left());
    // The spine runs from the tail into the head.
    QCOMPARE(layout.lines.first().type, FishboneLine::Spine);
    QCOMPARE(layout.lines.first().line.x2(), head.left());
    QCOMPARE(layout.lines.first().line.y1(), layout.spineY);
}

void TestFishboneLayout::bonesAlternateAndCarryTheirCauses() {
    const FixedMeasure measure;
    const Fishbone fishbone = test::randomFishbone(25, Spread::Even, 8);
    const FishboneLayout layout = layoutFishbone(fishbone, measure);
    QCOMPARE(layout.bones.size(), fishbone.bones.size());
    qreal lastJoin = -1;
    for (qsizetype i = 0; i < layout.bones.size(); ++i) {
        const FishboneBoneGeometry& bone = layout.bones.at(i);
        QCOMPARE(bone.category, fishbone.bones.at(i).category);
        QCOMPARE(bone.above, i % 2 == 0);
        // Joins on the spine, left to right in category order; slanted back to the tail.
        QCOMPARE(bone.line.y1(), layout.spineY);
        QVERIFY(bone.line.x1() > lastJoin);
        lastJoin = bone.line.x1();
        QVERIFY(bone.line.x2() < bone.line.x1());
        QVERIFY(bone.above ? bone.line.y2() < layout.spineY : bone.line.y2() > layout.spineY);
        // The category label sits at the outer end.
        const FishboneLabel& category = layout.labels.at(bone.label);
        QCOMPARE(category.type, FishboneLabel::Category);
        QCOMPARE(category.lines.join(u' '), bone.category);
        QVERIFY(bone.above ? category.rect.bottom() < bone.line.y2()
                           : category.rect.top() > bone.line.y2());
        QCOMPARE(bone.causes, allIds(fishbone.bones.at(i).causes));
        for (const QString& id : bone.causes) {
            const FishboneLabel* l = layout.cause(id);
            QCOMPARE(l->bone, int(i));
            // Causes hang on their own side of the spine, beside their bone, never across it.
            QVERIFY(bone.above ? l->rect.bottom() < layout.spineY : l->rect.top() > layout.spineY);
            const qreal t = (l->rect.center().y() - bone.line.y1()) / bone.line.dy();
            const qreal boneX = bone.line.x1() + t * bone.line.dx();
            QVERIFY(l->rect.right() < boneX || l->rect.left() > boneX);
        }
    }
}

void TestFishboneLayout::aCrowdedBoneUsesBothSides() {
    const FishboneLayout few =
        layoutFishbone(test::randomFishbone(4, Spread::OneBone, 2), FixedMeasure());
    const FishboneLayout many =
        layoutFishbone(test::randomFishbone(60, Spread::OneBone, 2), FixedMeasure());
    const auto sides = [](const FishboneLayout& layout) {
        QSet<bool> out;
        for (const FishboneBoneGeometry& bone : layout.bones) {
            for (const QString& id : bone.causes) {
                const QRectF r = layout.cause(id)->rect;
                const qreal t = (r.center().y() - bone.line.y1()) / bone.line.dy();
                out.insert(r.left() > bone.line.x1() + t * bone.line.dx());
            }
        }
        return out;
    };
    QCOMPARE(sides(few), QSet<bool>{false}); // all on the left
    QCOMPARE(sides(many), (QSet<bool>{false, true}));
    // Both columns make the bone about half as tall as one column would.
    FishboneLayoutOptions oneSided;
    oneSided.twoSidedHeight = 1e9;
    const FishboneLayout tall =
        layoutFishbone(test::randomFishbone(60, Spread::OneBone, 2), FixedMeasure(), oneSided);
    QVERIFY(many.sceneRect.height() < tall.sceneRect.height() * 0.7);
}

void TestFishboneLayout::subCausesAreIndentedUnderTheirCause() {
    Fishbone fishbone;
    fishbone.problem = QStringLiteral("Checkout failed");
    fishbone.bones.append({QStringLiteral("Technology"),
                           {{QStringLiteral("a"),
                             QStringLiteral("Pool size fell back to the default"),
                             QStringLiteral("root_cause"),
                             {{QStringLiteral("a1"),
                               QStringLiteral("Setting renamed in a library release"),
                               QStringLiteral("contributing_factor"),
                               {{QStringLiteral("a11"),
                                 QStringLiteral("No deprecation warning"),
                                 QStringLiteral("contributing_factor"),
                                 {}}}},
                              {QStringLiteral("a2"),
                               QStringLiteral("No startup check of the pool size"),
                               QStringLiteral("open_question"),
                               {}}}}}});
    const FishboneLayout layout = layoutFishbone(fishbone, FixedMeasure());
    const QRectF a = layout.cause(QStringLiteral("a"))->rect;
    const QRectF a1 = layout.cause(QStringLiteral("a1"))->rect;
    const QRectF a11 = layout.cause(QStringLiteral("a11"))->rect;
    const QRectF a2 = layout.cause(QStringLiteral("a2"))->rect;
    // An outline: each below the one before, sub-causes one indent further right.
    QVERIFY(a.bottom() < a1.top() && a1.bottom() < a11.top() && a11.bottom() < a2.top());
    const qreal indent = FishboneLayoutOptions().indent;
    QCOMPARE(a1.left() - a.left(), indent);
    QCOMPARE(a11.left() - a1.left(), indent);
    QCOMPARE(a2.left(), a1.left());
    QCOMPARE(layout.cause(QStringLiteral("a11"))->depth, 2);
}

void TestFishboneLayout::emptyFishboneHasHeadAndEmptyBones() {
    Fishbone fishbone;
    for (const QString& category : defaultCauseCategories())
        fishbone.bones.append({category, {}});
    const FishboneLayout layout = layoutFishbone(fishbone, FixedMeasure());
    QVERIFY(layout.head >= 0);
    QVERIFY(!layout.labels.at(layout.head).lines.first().isEmpty()); // a placeholder
    QCOMPARE(layout.bones.size(), 6);
    QVERIFY(problemsOf(fishbone, layout).isEmpty());
    // Causes on the fishbone without a category get a named bone of their own.
    fishbone.bones.append(
        {QString(),
         {{QStringLiteral("x"), QStringLiteral("Unfiled"), QStringLiteral("open_question"), {}}}});
    const FishboneLayout unfiled = layoutFishbone(fishbone, FixedMeasure());
    const FishboneLabel& last = unfiled.labels.at(unfiled.bones.last().label);
    QCOMPARE(last.id, QString());
    QCOMPARE(last.lines, QStringList{QStringLiteral("No category")});
    QCOMPARE(unfiled.cause(QStringLiteral("x"))->bone, int(unfiled.bones.size() - 1));
    // No bones at all: still a head and a spine.
    const FishboneLayout bare = layoutFishbone(Fishbone(), FixedMeasure());
    QVERIFY(bare.head >= 0);
    QCOMPARE(bare.lines.size(), 1);
}

void TestFishboneLayout::boneAtFindsTheNearestBone() {
    const FishboneLayout layout =
        layoutFishbone(test::randomFishbone(20, Spread::Even, 3), FixedMeasure());
    for (qsizetype i = 0; i < layout.bones.size(); ++i) {
        const FishboneBoneGeometry& bone = layout.bones.at(i);
        QCOMPARE(layout.boneAt(bone.line.pointAt(0.6), 10), int(i));
        QCOMPARE(layout.boneAt(layout.labels.at(bone.label).rect.center(), 10), int(i));
        for (const QString& id : bone.causes)
            QCOMPARE(layout.boneAt(layout.cause(id)->rect.center(), 10), int(i));
    }
    QCOMPARE(layout.boneAt(QPointF(-1000, -1000), 40), -1);
}

QTEST_MAIN(TestFishboneLayout)
#include "test_fishbonelayout.moc"
