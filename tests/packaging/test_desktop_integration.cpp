// The desktop integration files as installed (tests/packaging/CMakeLists.txt lays out the tree):
// the MIME type as Qt reads it, and the desktop entry, metainfo, macOS Info.plist and icons
// agreeing on the id, the type and the file extension.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral("org.causeway.Causeway");
const QString bundleType = QStringLiteral("application/x-causeway-bundle");

QString treeShare() {
    return qEnvironmentVariable("CAUSEWAY_INSTALL_TREE") + QStringLiteral("/usr/share");
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The value of KEY= in the desktop entry's main group.
QString desktopValue(const QString& entry, const QString& key) {
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(entry).captured(1).trimmed();
}

// Every <string> that directly follows <key>KEY</key>, or sits in the array that follows it,
// anywhere in the property list.
QStringList plistStrings(const QString& plist, const QString& key) {
    QStringList values;
    QXmlStreamReader xml(plist);
    bool collecting = false;
    int arrayDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"key") {
                const QString text = xml.readElementText();
                collecting = arrayDepth == 0 && text == key;
                continue;
            }
            if (name == u"array" && collecting)
                ++arrayDepth;
            else if (name == u"string" && collecting) {
                values << xml.readElementText();
                collecting = arrayDepth > 0;
            } else if (arrayDepth == 0)
                collecting = false;
        } else if (xml.isEndElement() && xml.name() == u"array" && arrayDepth > 0) {
            if (--arrayDepth == 0)
                collecting = false;
        }
    }
    return values;
}

} // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QDir(treeShare()).exists(), qPrintable(treeShare()));
        // Only the installed tree, so the type cannot come from a copy installed on this machine.
        qputenv("XDG_DATA_DIRS", treeShare().toUtf8());
    }

    void mimeTypeFromName() {
        QMimeDatabase db;
        const QMimeType type =
            db.mimeTypeForFile(QStringLiteral("incident.causeway"), QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), bundleType);
        QVERIFY(!type.comment().isEmpty());
        QVERIFY(type.suffixes().contains(QStringLiteral("causeway")));
    }

    // A bundle is a zip (or age) file; the name must win over the zip magic, or a file
    // manager would offer an archive tool instead of Causeway.
    void mimeTypeWinsOverZipContent() {
        QMimeDatabase db;
        const QByteArray zipStart("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
        QCOMPARE(db.mimeTypeForFileNameAndData(QStringLiteral("x.causeway"), zipStart).name(),
                 bundleType);
        const QByteArray ageStart("age-encryption.org/v1\n-> scrypt ");
        QCOMPARE(db.mimeTypeForFileNameAndData(QStringLiteral("x.causeway"), ageStart).name(),
                 bundleType);
    }

    void desktopEntryOpensBundles() {
        const QString entry =
            readText(treeShare() + QStringLiteral("/applications/%1.desktop").arg(appId));
        QVERIFY(!entry.isEmpty());
        QVERIFY(desktopValue(entry, QStringLiteral("MimeType"))
                    .split(u';', Qt::SkipEmptyParts)
                    .contains(bundleType));
        // %f: the file manager passes the file, and `causeway FILE` imports it.
        const QString exec = desktopValue(entry, QStringLiteral("Exec"));
        QVERIFY2(exec.startsWith(QStringLiteral("causeway ")) && exec.contains(u"%f"),
                 qPrintable(exec));
        QCOMPARE(desktopValue(entry, QStringLiteral("Icon")), appId);
    }

    void metainfoMatchesDesktopEntryAndVersion() {
        const QString metainfo =
            readText(treeShare() + QStringLiteral("/metainfo/%1.metainfo.xml").arg(appId));
        QXmlStreamReader xml(metainfo);
        QString id, launchable, firstRelease;
        QStringList mediaTypes;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == u"id")
                id = xml.readElementText();
            else if (name == u"launchable")
                launchable = xml.readElementText();
            else if (name == u"mediatype")
                mediaTypes << xml.readElementText();
            else if (name == u"release" && firstRelease.isEmpty())
                firstRelease = xml.attributes().value(QStringLiteral("version")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId);
        QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
        QVERIFY(mediaTypes.contains(bundleType));
        // The newest release comes first; forgetting it when the version changes is easy.
        QCOMPARE(firstRelease, qEnvironmentVariable("CAUSEWAY_VERSION"));
    }

    void macosDeclaresTheDocumentType() {
        const QString plist = readText(qEnvironmentVariable("CAUSEWAY_SOURCE_DIR") +
                                       QStringLiteral("/packaging/macos/Info.plist.in"));
        QVERIFY(!plist.isEmpty());
        const QStringList declared = plistStrings(plist, QStringLiteral("UTTypeIdentifier"));
        QCOMPARE(declared, QStringList{QStringLiteral("org.causeway.bundle")});
        QCOMPARE(plistStrings(plist, QStringLiteral("LSItemContentTypes")), declared);
        QCOMPARE(plistStrings(plist, QStringLiteral("public.filename-extension")),
                 QStringList{QStringLiteral("causeway")});
        QCOMPARE(plistStrings(plist, QStringLiteral("public.mime-type")), QStringList{bundleType});
    }

    void iconsHaveTheirSizes() {
        for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path =
                treeShare() +
                QStringLiteral("/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
        }
        QVERIFY(QFile::exists(treeShare() +
                              QStringLiteral("/icons/hicolor/scalable/apps/%1.svg").arg(appId)));
    }

    void windowsIconHoldsEverySize() {
        QImageReader ico(qEnvironmentVariable("CAUSEWAY_SOURCE_DIR") +
                         QStringLiteral("/packaging/icons/causeway.ico"));
        QVERIFY2(ico.canRead(), qPrintable(ico.errorString()));
        QList<int> sides;
        for (int i = 0; i < ico.imageCount(); ++i) {
            QVERIFY(ico.jumpToImage(i));
            sides << ico.read().width();
        }
        QCOMPARE(sides, (QList<int>{16, 24, 32, 48, 64, 128, 256}));
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "test_desktop_integration.moc"
