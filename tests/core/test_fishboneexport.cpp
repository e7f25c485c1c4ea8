#include "FishboneTestSupport.h"
#include "TestSupport.h"

#include "causes/FishboneExport.h"
#include "causes/FishbonePainter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace causeway;

namespace {

// A small fishbone with what an SVG writer gets wrong: characters XML escapes, non-ASCII
// text, a word too long for a line, nesting, an empty bone and a category of its own.
Fishbone goldenFishbone() {
    Fishbone f;
    f.problem = QStringLiteral("Card payments failed for 14 % of attempts (13:41–16:40 UTC)");
    const auto cause = [](const char* id, const QString& text, const char* kind,
                          const QList<FishboneCause>& children = {}) {
        return FishboneCause{QString::fromLatin1(id), text, QString::fromLatin1(kind), children};
    };
    f.bones.append(
        {QStringLiteral("Technology"),
         {cause("t1",
                QStringLiteral("Pool size fell back to the library default of 10 connections"),
                "root_cause",
                {cause("t1a", QStringLiteral("Setting renamed in service-config 4.2"),
                       "contributing_factor",
                       {cause("t1b", QStringLiteral("No warning for unknown keys"),
                              "open_question")})}),
          cause("t2", QStringLiteral("Client retries <with no backoff> & no jitter"),
                "contributing_factor")}});
    f.bones.append({QStringLiteral("Process"),
                    {cause("p1",
                           QStringLiteral("Release notes didn't mention the \"pool\" rename; "
                                          "see https://wiki.example.com/service-config/"
                                          "releases/4.2"),
                           "contributing_factor")}});
    f.bones.append(
        {QStringLiteral("Detection & Monitoring"),
         {cause("d1",
                QStringLiteral("Pool wait-time graph only on a dashboard "
                               "the runbook does not link"),
                "contributing_factor"),
          cause("d2", QStringLiteral("SLO burn alert paged the on-call at 14:07"), "mitigator")}});
    f.bones.append({QStringLiteral("Communication & Coordination"), {}});
    f.bones.append({QStringLiteral("Environment & Dependencies"),
                    {cause("e1", QStringLiteral("Afternoon peak: traffic ×1.8 in 40 min"),
                           "contributing_factor")}});
    f.bones.append(
        {QStringLiteral("Working Conditions"),
         {cause("w1", QStringLiteral("Handover at 14:00 during the incident"), "open_question")}});
    return f;
}

FishboneLayout goldenLayout() {
    return layoutFishbone(goldenFishbone(), test::FixedMeasure(),
                          fishboneLayoutOptions(FishboneStyle::standard()));
}

double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestFishboneExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void svgMatchesGolden();
    void svgIsWellFormedAndCarriesEveryText();
    void coloursAreOpaqueAndReadable();
    void pngDrawsTheDiagram();
    void failedSaveLeavesNothingBehind();
    void formatsByName();
};

void TestFishboneExport::svgMatchesGolden() {
    const QByteArray actual = fishboneSvg(goldenLayout(), FishboneStyle::standard());
    const QString golden =
        qEnvironmentVariable("CAUSEWAY_TEST_DATA") + QStringLiteral("/fishbone/golden.svg");
    // CAUSEWAY_UPDATE_GOLDEN=1 rewrites the golden file after a deliberate change; look at
    // the new file before committing it.
    if (qEnvironmentVariableIntValue("CAUSEWAY_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(golden).path());
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile expectedFile(golden);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(golden));
    const QByteArray expected = expectedFile.readAll();
    if (actual != expected) {
        const QString written =
            QDir::current().absoluteFilePath(QStringLiteral("fishbone_golden.actual.svg"));
        QFile out(written);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        QFAIL(qPrintable(QStringLiteral("the SVG differs from %1; this run wrote %2 (compare "
                                        "them, and if the change is intended, rerun with "
                                        "CAUSEWAY_UPDATE_GOLDEN=1)")
                             .arg(golden, written)));
    }
}

void TestFishboneExport::svgIsWellFormedAndCarriesEveryText() {
    const FishboneLayout layout = goldenLayout();
    const QByteArray svg = fishboneSvg(layout, FishboneStyle::standard());
    QXmlStreamReader xml(svg);
    QStringList spans;
    QStringList ids;
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"tspan")
            spans.append(xml.readElementText());
        else if (xml.name() == u"text")
            ++texts;
        else if (xml.name() == u"g" && xml.attributes().hasAttribute(QStringLiteral("id")))
            ids.append(xml.attributes().value(QStringLiteral("id")).toString());
        // PDF/A will take the same drawing: nothing may be translucent.
        for (const QXmlStreamAttribute& a : xml.attributes()) {
            QVERIFY2(!a.name().contains(u"opacity"), qPrintable(a.name().toString()));
            if (a.name() == u"fill" || a.name() == u"stroke")
                QVERIFY(a.value() == u"none" ||
                        (a.value().startsWith(u'#') && a.value().size() == 7));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(texts, int(layout.labels.size()));
    // Every wrapped line is one tspan, with the original characters back after parsing.
    QStringList lines;
    for (const FishboneLabel& l : layout.labels)
        lines += l.lines;
    QCOMPARE(spans, lines);
    QVERIFY(spans.join(u' ').contains(QStringLiteral("<with no backoff> & no jitter")));
    QVERIFY(spans.contains(QStringLiteral("Technology")));
    QVERIFY(ids.contains(QStringLiteral("cause-t1b")));
    QVERIFY(ids.contains(QStringLiteral("problem")));
    QVERIFY(svg.contains("font-family=\"'DejaVu Sans'"));
    QVERIFY(!svg.contains("\r"));
    // Control characters cannot be written in XML 1.0 and are dropped, not escaped.
    Fishbone odd = goldenFishbone();
    odd.bones[0].causes[0].statement = QStringLiteral("bell\x07 here");
    const QByteArray oddSvg =
        fishboneSvg(layoutFishbone(odd, test::FixedMeasure()), FishboneStyle::standard());
    QXmlStreamReader oddXml(oddSvg);
    while (!oddXml.atEnd())
        oddXml.readNext();
    QVERIFY2(!oddXml.hasError(), qPrintable(oddXml.errorString()));
}

void TestFishboneExport::coloursAreOpaqueAndReadable() {
    const FishboneStyle style = FishboneStyle::standard();
    for (const QString& kind : CauseVocabulary::kinds()) {
        const QColor colour = FishboneStyle::kindColour(kind);
        const QColor fill = FishboneStyle::kindFill(kind);
        QCOMPARE(colour.alpha(), 255);
        QCOMPARE(fill.alpha(), 255);
        QVERIFY2(contrast(style.text, fill) >= 4.5, qPrintable(kind));
        // Borders and markers are told apart from the white page (non-text contrast).
        QVERIFY2(contrast(colour, style.background) >= 3.0, qPrintable(kind));
    }
    QVERIFY(contrast(style.headText, style.headFill) >= 4.5);
    QVERIFY(contrast(style.text, style.categoryFill) >= 4.5);
    QVERIFY(contrast(style.text, style.highlightFill) >= 4.5);
    // The kinds differ from each other, not only from the page.
    QSet<QRgb> distinct;
    for (const QString& kind : CauseVocabulary::kinds())
        distinct.insert(FishboneStyle::kindColour(kind).rgb());
    QCOMPARE(distinct.size(), CauseVocabulary::kinds().size());
}

void TestFishboneExport::pngDrawsTheDiagram() {
    const FishboneStyle style = FishboneStyle::standard();
    const FishboneLayout layout =
        layoutFishbone(goldenFishbone(), FishboneFontMeasure(style), fishboneLayoutOptions(style));
    const QImage image = fishbonePng(layout, style, 2);
    QCOMPARE(image.size(), (layout.sceneRect.size() * 2).toSize());
    QVERIFY(!image.hasAlphaChannel());
    // The head is filled with its colour, and its text is drawn on it in white.
    const QRectF head = layout.labels.at(layout.head).rect;
    const QPoint corner = (head.topLeft() * 2 + QPointF(8, 8)).toPoint();
    QCOMPARE(image.pixelColor(corner), style.headFill);
    int white = 0;
    for (int y = int(head.top() * 2); y < int(head.bottom() * 2); ++y) {
        for (int x = int(head.left() * 2); x < int(head.right() * 2); ++x)
            white += image.pixelColor(x, y) == style.headText ? 1 : 0;
    }
    QVERIFY2(white > 100, "the problem statement was not drawn (are fonts installed?)");
    // A huge diagram is scaled down rather than failing.
    const QImage capped = fishbonePng(layout, style, 1000);
    QVERIFY(!capped.isNull());
    QVERIFY(qreal(capped.width()) * capped.height() <= 64e6 * 1.01);
}

void TestFishboneExport::failedSaveLeavesNothingBehind() {
    const FishboneStyle style = FishboneStyle::standard();
    const FishboneLayout layout = goldenLayout();
    const QString dir = test::tempDir();
    const QString svg = dir + QStringLiteral("/diagram.svg");
    QCOMPARE(saveFishbone(layout, style, FishboneFormat::Svg, svg), QString());
    QFile written(svg);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), fishboneSvg(layout, style));
    const QString png = dir + QStringLiteral("/diagram.png");
    QCOMPARE(saveFishbone(layout, style, FishboneFormat::Png, png), QString());
    QVERIFY(!QImage(png).isNull());
    // A folder that does not exist: an error naming the file, and no file.
    const QString missing = dir + QStringLiteral("/no/such/folder/diagram.svg");
    const QString error = saveFishbone(layout, style, FishboneFormat::Svg, missing);
    QVERIFY(error.contains(missing));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestFishboneExport::formatsByName() {
    QCOMPARE(fishboneFormat(QStringLiteral("svg")), FishboneFormat::Svg);
    QCOMPARE(fishboneFormat(QStringLiteral("PNG")), FishboneFormat::Png);
    QVERIFY(!fishboneFormat(QStringLiteral("pdf")));
    QVERIFY(!fishboneFormat(QString()));
}

QTEST_MAIN(TestFishboneExport)
#include "test_fishboneexport.moc"
