// The zip writer and the reader for untrusted archives: round trips, interop with Info-ZIP's
// zip and unzip, and a corpus of hostile archives built here, each refused with a message
// that names the problem.
#include "ProcessRun.h"
#include "TestSupport.h"

#include "bundle/Zip.h"
#include "bundle/ZipPacker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <optional>

using namespace causeway;

Q_DECLARE_METATYPE(causeway::Zip::Limits)
Q_DECLARE_METATYPE(causeway::Zip::Entry)

namespace {

QByteArray rawDeflate(const QByteArray& data) {
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

quint32 crcOf(const QByteArray& data) {
    return static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
}

using test::seededBytes;

void put16(QByteArray& out, quint32 v) {
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

quint16 get16(const QByteArray& in, qsizetype at) {
    return quint16(quint8(in.at(at)) | quint8(in.at(at + 1)) << 8);
}

quint32 get32(const QByteArray& in, qsizetype at) {
    return get16(in, at) | quint32(get16(in, at + 2)) << 16;
}

void patch16(QByteArray& in, qsizetype at, quint16 v) {
    in[at] = char(v & 0xFF);
    in[at + 1] = char(v >> 8);
}

// An entry of a hand-built archive; every field a hostile archive might lie about can be set.
struct RawEntry {
    QByteArray name;
    QByteArray plain;  // the content, for the CRC and size
    QByteArray stored; // the bytes after the local header
    quint16 method = 0;
    quint16 flags = 0x0800;
    quint16 madeBy = 0x0314; // Unix
    quint32 external = 0100644u << 16;
    std::optional<quint32> crc, size, compressedSize; // both headers
    std::optional<QByteArray> localName;
    std::optional<quint32> localSize;
    std::optional<quint32> centralOffset; // where the central record says the header is
    int sharesLocalOf = -1;               // no local header: points at that entry's
    QByteArray centralExtra;
};

RawEntry storedEntry(const QByteArray& name, const QByteArray& content) {
    RawEntry e;
    e.name = name;
    e.plain = content;
    e.stored = content;
    return e;
}

RawEntry deflatedEntry(const QByteArray& name, const QByteArray& content) {
    RawEntry e = storedEntry(name, content);
    e.stored = rawDeflate(content);
    e.method = 8;
    return e;
}

QByteArray assemble(const QList<RawEntry>& entries, std::optional<quint16> count = {}) {
    QByteArray out;
    QByteArray central;
    QList<quint32> offsets;
    for (const RawEntry& e : entries) {
        const quint32 crc = e.crc.value_or(crcOf(e.plain));
        const quint32 size = e.size.value_or(quint32(e.plain.size()));
        const quint32 compressed = e.compressedSize.value_or(quint32(e.stored.size()));
        quint32 offset = 0;
        if (e.sharesLocalOf >= 0) {
            offset = offsets.at(e.sharesLocalOf);
        } else {
            offset = quint32(out.size());
            const QByteArray localName = e.localName.value_or(e.name);
            put32(out, 0x04034b50);
            for (quint32 v : {20u, quint32(e.flags), quint32(e.method), 0u, 0x21u})
                put16(out, v);
            put32(out, crc);
            put32(out, compressed);
            put32(out, e.localSize.value_or(size));
            put16(out, quint32(localName.size()));
            put16(out, 0);
            out.append(localName);
            out.append(e.stored);
        }
        offsets.append(offset);
        put32(central, 0x02014b50);
        for (quint32 v : {quint32(e.madeBy), 20u, quint32(e.flags), quint32(e.method), 0u, 0x21u})
            put16(central, v);
        put32(central, crc);
        put32(central, compressed);
        put32(central, size);
        for (quint32 v : {quint32(e.name.size()), quint32(e.centralExtra.size()), 0u, 0u, 0u})
            put16(central, v);
        put32(central, e.external);
        put32(central, e.centralOffset.value_or(offset));
        central.append(e.name);
        central.append(e.centralExtra);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, count.value_or(quint16(entries.size())));
    put16(out, count.value_or(quint16(entries.size())));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QByteArray validArchive() {
    return assemble({storedEntry("notes.txt", "first entry"),
                     deflatedEntry("timeline.json", QByteArray(5000, 'x'))});
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kZip = QStringLiteral("zip");
const QString kUnzip = QStringLiteral("unzip");

} // namespace

class TestZip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void outputIsDeterministicWithFixedHeaders();
    void looksLikeZip();
    void writerRefusesWhatTheReaderRefuses();
    void backgroundPackingGivesTheSameArchive();
    void backgroundPackingReportsTheFirstProblem();
    void unzipReadsOurArchives();
    void readsArchivesMadeByZip_data();
    void readsArchivesMadeByZip();
    void refusesSymlinkMadeByZip();
    void refusesHostileArchives_data();
    void refusesHostileArchives();
    void refusesTruncatedArchives();
    void limitsAreCountedWhileInflating();
};

void TestZip::roundTrip_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<QList<Zip::Entry>>("entries");
    QByteArray compressible;
    // Log lines: compressible, but not beyond the reader's default ratio limit (200:1).
    for (int i = 0; compressible.size() < 3 * 1024 * 1024; ++i)
        compressible += "2024-03-01T12:" + QByteArray::number(i % 60) + ":00Z request " +
                        QByteArray::number(i) + " to checkout-api returned 503\n";
    const QList<Zip::Entry> entries{
        {QStringLiteral("empty.txt"), QByteArray()},
        {QStringLiteral("binary.bin"), seededBytes(70000, 7)},
        {QStringLiteral("all bytes.bin"),
         [] {
             QByteArray b;
             for (int i = 0; i < 256; ++i)
                 b.append(char(i));
             return b;
         }()},
        {QStringLiteral("logs/compressible.log"), compressible},
        {QString::fromUtf8("Zeitleiste/Übersicht.json"), QByteArray("{\"ä\":1}")},
        {QString::fromUtf8("日本語/メモ.txt"), QByteArray("メモ")},
        {QString::fromUtf8("emoji 😀.md"), QByteArray("# 😀")},
    };
    QTest::newRow("stored (level 0)") << 0 << entries;
    QTest::newRow("deflated (level 6)") << 6 << entries;
    QTest::newRow("deflated (level 9)") << 9 << entries;
    QTest::newRow("no entries") << 6 << QList<Zip::Entry>();
}

void TestZip::roundTrip() {
    QFETCH(int, level);
    QFETCH(QList<Zip::Entry>, entries);
    const auto archive = Zip::write(entries, {level});
    QVERIFY2(archive.ok(), qPrintable(archive.error()));
    QVERIFY(Zip::looksLikeZip(archive.value()));
    const auto read = Zip::read(archive.value());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(read->at(i).path, entries.at(i).path);
        QVERIFY2(read->at(i).data == entries.at(i).data, qPrintable(entries.at(i).path));
    }
    if (level > 0 && !entries.isEmpty()) // the 3 MB of log lines shrink
        QVERIFY(archive->size() < 1024 * 1024);
}

void TestZip::outputIsDeterministicWithFixedHeaders() {
    const QList<Zip::Entry> entries{{QStringLiteral("a.json"), QByteArray(3000, 'a')},
                                    {QStringLiteral("b/c.txt"), QByteArray("c")}};
    const auto first = Zip::write(entries);
    const auto second = Zip::write(entries);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value(), second.value());
    const QByteArray& a = first.value();
    // Local header of the first entry.
    QCOMPARE(get32(a, 0), 0x04034b50u);
    QCOMPARE(get16(a, 4), quint16(20));     // version needed
    QCOMPARE(get16(a, 6), quint16(0x0800)); // UTF-8, no data descriptor
    QCOMPARE(get16(a, 8), quint16(8));      // deflated
    QCOMPARE(get16(a, 10), quint16(0));     // 00:00
    QCOMPARE(get16(a, 12), quint16(0x21));  // 1980-01-01
    QCOMPARE(get32(a, 14), crcOf(QByteArray(3000, 'a')));
    QCOMPARE(get32(a, 22), 3000u);
    // The second, one byte, is stored rather than made larger by deflate.
    const qsizetype second_ = a.indexOf("PK\x03\x04", 4);
    QVERIFY(second_ > 0);
    QCOMPARE(get16(a, second_ + 8), quint16(0));
    // Central directory: made by Unix, regular file 0644.
    const qsizetype central = a.indexOf("PK\x01\x02");
    QVERIFY(central > 0);
    QCOMPARE(get16(a, central + 4), quint16(0x0314));
    QCOMPARE(get32(a, central + 38), 0100644u << 16);
    QVERIFY(a.endsWith(QByteArray("\x00\x00", 2))); // no archive comment
}

void TestZip::looksLikeZip() {
    QVERIFY(Zip::looksLikeZip(QByteArray("PK\x03\x04rest")));
    QVERIFY(Zip::looksLikeZip(Zip::write({}).value()));
    QVERIFY(!Zip::looksLikeZip(QByteArray("PK")));
    QVERIFY(!Zip::looksLikeZip(QByteArray("age-encryption.org/v1")));
    QVERIFY(!Zip::looksLikeZip(QByteArray()));
}

void TestZip::writerRefusesWhatTheReaderRefuses() {
    const auto refused = [](const QList<Zip::Entry>& entries, const QString& keyword) {
        const auto archive = Zip::write(entries);
        if (archive.ok())
            return QStringLiteral("accepted");
        return archive.error().contains(keyword) ? QString() : archive.error();
    };
    const QByteArray d("x");
    QCOMPARE(refused({{QStringLiteral("../x"), d}}, QStringLiteral("“..”")), QString());
    QCOMPARE(refused({{QStringLiteral("/etc/x"), d}}, QStringLiteral("absolute")), QString());
    QCOMPARE(refused({{QStringLiteral("a\\b"), d}}, QStringLiteral("backslash")), QString());
    QCOMPARE(refused({{QString(), d}}, QStringLiteral("empty name")), QString());
    QCOMPARE(refused({{QStringLiteral("dir/"), d}}, QStringLiteral("empty folder name")),
             QString());
    QCOMPARE(refused({{QStringLiteral("a"), d}, {QStringLiteral("a"), d}}, QStringLiteral("twice")),
             QString());
    QCOMPARE(refused({{QStringLiteral("A.json"), d}, {QStringLiteral("a.json"), d}},
                     QStringLiteral("upper and lower case")),
             QString());
    QCOMPARE(refused({{QStringLiteral("inner.zip"), d}}, QStringLiteral("archive")), QString());
    QCOMPARE(refused({{QStringLiteral("inner.bin"), Zip::write({}).value()}},
                     QStringLiteral("zip archive")),
             QString());
}

void TestZip::backgroundPackingGivesTheSameArchive() {
    QList<Zip::Entry> entries;
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i) {
        QByteArray data(random.bounded(1, 5000), '\0');
        for (char& c : data)
            c = static_cast<char>('a' + random.bounded(i % 3 == 0 ? 26 : 3));
        entries.append({QStringLiteral("postmortems/%1.json").arg(i), data});
    }
    const auto direct = Zip::write(entries);
    QVERIFY(direct.ok());
    Zip::BackgroundPacker packer;
    for (const Zip::Entry& entry : entries)
        packer.add(entry);
    const auto packed = packer.finish();
    QVERIFY2(packed.ok(), qPrintable(packed.error()));
    QCOMPARE(packed->size(), entries.size());
    const auto archive = Zip::writePacked(packed.value());
    QVERIFY(archive.ok());
    QCOMPARE(archive.value(), direct.value());
    const auto read = Zip::read(archive.value());
    QVERIFY(read.ok());
    QCOMPARE(read->size(), entries.size());
    QCOMPARE(read->at(123).data, entries.at(123).data);

    // Several threads, with the content of every other entry made on them: the same archive,
    // in the order of adding, with the made entries' sizes and digests.
    Zip::BackgroundPacker pool(
        {}, [](const QByteArray& data) { return QString::number(data.size()); }, 3);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Zip::Entry& entry = entries.at(i);
        if (i % 2 == 0)
            pool.add(entry);
        else
            pool.add(entry.path, [data = entry.data] { return data; });
    }
    const auto pooled = pool.finish();
    QVERIFY2(pooled.ok(), qPrintable(pooled.error()));
    QCOMPARE(pooled->size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(pooled->at(i).size, quint32(entries.at(i).data.size()));
        QCOMPARE(pooled->at(i).digest, QString::number(entries.at(i).data.size()));
    }
    QCOMPARE(Zip::writePacked(pooled.value()).value(), direct.value());
}

void TestZip::backgroundPackingReportsTheFirstProblem() {
    Zip::BackgroundPacker packer;
    packer.add({QStringLiteral("a.json"), QByteArray("{}")});
    packer.add({QStringLiteral("../escape"), QByteArray("x")});
    packer.add({QStringLiteral("inner.zip"), QByteArray("x")});
    const auto packed = packer.finish();
    QVERIFY(!packed.ok());
    QVERIFY2(packed.error().contains(QStringLiteral("“..”")), qPrintable(packed.error()));
    // Names that only clash as a whole archive are refused when it is laid out.
    const auto a = Zip::pack({QStringLiteral("A.json"), QByteArray("1")}, 1);
    const auto b = Zip::pack({QStringLiteral("a.json"), QByteArray("2")}, 2);
    QVERIFY(a.ok() && b.ok());
    const auto archive = Zip::writePacked(QList<Zip::PackedEntry>{a.value(), b.value()});
    QVERIFY(!archive.ok());
    QVERIFY2(archive.error().contains(QStringLiteral("upper and lower case")),
             qPrintable(archive.error()));
    // A packer dropped before it finishes stops without packing the rest.
    Zip::BackgroundPacker dropped;
    for (int i = 0; i < 50; ++i)
        dropped.add({QStringLiteral("%1.txt").arg(i), QByteArray(100000, 'x')});
}

void TestZip::unzipReadsOurArchives() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Zip::Entry> entries{
        {QStringLiteral("manifest.json"), QByteArray("{\"version\":1}\n")},
        {QStringLiteral("attachments/log.bin"), seededBytes(100000, 3)},
        {QStringLiteral("attachments/empty"), QByteArray()},
        {QString::fromUtf8("Übersicht.txt"), QByteArray(20000, 'u')},
    };
    for (int level : {0, 6}) {
        const QString path = dir.filePath(QStringLiteral("ours-%1.zip").arg(level));
        QVERIFY(writeFile(path, Zip::write(entries, {level}).value()));
        const auto test = test::runProgram(kUnzip, {QStringLiteral("-t"), path});
        QVERIFY2(test.ran, qPrintable(test.problem));
        QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err).constData());
        QVERIFY2(test.out.contains("No errors detected"), test.out);
        for (const Zip::Entry& entry : entries) {
            const auto extract = test::runProgram(kUnzip, {QStringLiteral("-p"), path, entry.path});
            QVERIFY2(extract.ran && extract.exitCode == 0, extract.err);
            QVERIFY2(extract.out == entry.data, qPrintable(entry.path));
        }
        // zipinfo: Unix host, -rw-r--r--, 1980-01-01 00:00.
        const auto info = test::runProgram(kUnzip, {QStringLiteral("-Z"), path});
        QVERIFY2(info.ran && info.exitCode == 0, info.err);
        QVERIFY2(info.out.contains("-rw-r--r--") && info.out.contains(" unx ") &&
                     info.out.contains("80-Jan-01 00:00"),
                 info.out);
    }
}

void TestZip::readsArchivesMadeByZip_data() {
    QTest::addColumn<QStringList>("options");
    QTest::newRow("deflated") << QStringList{QStringLiteral("-r")};
    QTest::newRow("stored (zip -0)") << QStringList{QStringLiteral("-0"), QStringLiteral("-r")};
}

void TestZip::readsArchivesMadeByZip() {
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString content = dir.filePath(QStringLiteral("content"));
    QVERIFY(QDir().mkpath(content + QStringLiteral("/sub/deeper")));
    const QByteArray text = QByteArray("incident timeline\n").repeated(2000);
    const QByteArray binary = seededBytes(50000, 11);
    QVERIFY(writeFile(content + QStringLiteral("/a.txt"), text));
    QVERIFY(writeFile(content + QStringLiteral("/sub/b.bin"), binary));
    QVERIFY(writeFile(content + QStringLiteral("/sub/deeper/empty"), QByteArray()));
    const QString archivePath = dir.filePath(QStringLiteral("tool.zip"));
    const auto zip = test::runProgram(
        kZip, options + QStringList{QStringLiteral("-q"), archivePath, QStringLiteral(".")},
        content);
    QVERIFY2(zip.ran, qPrintable(zip.problem));
    QVERIFY2(zip.exitCode == 0, zip.err);
    const QByteArray archive = readFile(archivePath);
    const auto listing = test::runProgram(kUnzip, {QStringLiteral("-Z1"), archivePath});
    QVERIFY2(listing.out.split('\n').contains("sub/"), listing.out); // folder entries too
    const auto read = Zip::read(archive);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QMap<QString, QByteArray> files;
    for (const Zip::Entry& entry : read.value())
        files.insert(entry.path, entry.data);
    QCOMPARE(files.keys(), (QStringList{QStringLiteral("a.txt"), QStringLiteral("sub/b.bin"),
                                        QStringLiteral("sub/deeper/empty")}));
    QVERIFY(files.value(QStringLiteral("a.txt")) == text);
    QVERIFY(files.value(QStringLiteral("sub/b.bin")) == binary);
    QVERIFY(files.value(QStringLiteral("sub/deeper/empty")).isEmpty());
}

void TestZip::refusesSymlinkMadeByZip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("target.txt")), "secret"));
    QVERIFY(QFile::link(QStringLiteral("target.txt"), dir.filePath(QStringLiteral("link"))));
    const auto zip =
        test::runProgram(kZip,
                         {QStringLiteral("-q"), QStringLiteral("-y"), QStringLiteral("links.zip"),
                          QStringLiteral("target.txt"), QStringLiteral("link")},
                         dir.path());
    QVERIFY2(zip.ran, qPrintable(zip.problem));
    QVERIFY2(zip.exitCode == 0, zip.err);
    const auto read = Zip::read(readFile(dir.filePath(QStringLiteral("links.zip"))));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("symbolic link")) &&
                 read.error().contains(QStringLiteral("“link”")),
             qPrintable(read.error()));
}

void TestZip::refusesHostileArchives_data() {
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<Zip::Limits>("limits");
    QTest::addColumn<QString>("keyword");
    const Zip::Limits defaults;
    const auto row = [&](const char* name, const QByteArray& archive, const char* keyword,
                         const Zip::Limits& limits = Zip::Limits()) {
        QTest::newRow(name) << archive << limits << QString::fromUtf8(keyword);
    };
    const auto one = [](const RawEntry& e) {
        return assemble({e});
    };
    const QByteArray data("data");

    // Names.
    row("zip-slip", one(storedEntry("../x", data)), "“..”");
    row("zip-slip inside", one(storedEntry("a/../../x", data)), "“..”");
    row("absolute path", one(storedEntry("/etc/x", data)), "absolute path");
    row("drive letter", one(storedEntry("C:/x", data)), "drive letter");
    row("drive letter without slash", one(storedEntry("c:x", data)), "drive letter");
    row("backslash", one(storedEntry("a\\b.txt", data)), "backslash");
    row("backslash zip-slip", one(storedEntry("..\\..\\x", data)), "backslash");
    row("NUL in name", one(storedEntry(QByteArray("a\0b.txt", 7), data)), "NUL");
    row("control character", one(storedEntry("a\x01.txt", data)), "control character");
    row("bidi override", one(storedEntry("txt\xE2\x80\xAE.exe", data)), "control character");
    row("empty name", one(storedEntry("", data)), "empty name");
    row("empty component", one(storedEntry("a//b", data)), "empty folder name");
    row("dot component", one(storedEntry("./a", data)), "“.”");
    row("invalid UTF-8", one(storedEntry("\xff\xfe.txt", data)), "UTF-8");
    row("overlong name", one(storedEntry(QByteArray(2000, 'n'), data)), "longer than");
    row("duplicate names", assemble({storedEntry("same.json", "1"), storedEntry("same.json", "2")}),
        "twice");
    row("case collision", assemble({storedEntry("A.json", "1"), storedEntry("a.json", "2")}),
        "upper and lower case");
    row("case collision of folders",
        assemble({storedEntry("Dir/a", "1"), storedEntry("dir/b", "2")}), "upper and lower case");
    row("NFC/NFD collision",
        assemble({storedEntry("caf\xC3\xA9", "1"), storedEntry("cafe\xCC\x81", "2")}),
        "how their accents are encoded");
    row("file and folder", assemble({storedEntry("a", "1"), storedEntry("a/b", "2")}),
        "both a file and a folder");

    // File types.
    RawEntry symlink = storedEntry("link", "/etc/passwd");
    symlink.external = 0120777u << 16;
    row("symlink (hand-made)", one(symlink), "symbolic link");
    RawEntry fifo = storedEntry("pipe", "");
    fifo.external = 0010644u << 16;
    row("named pipe", one(fifo), "special file");
    RawEntry folderWithoutSlash = storedEntry("dir", "");
    folderWithoutSlash.external = 0040755u << 16;
    row("folder without slash", one(folderWithoutSlash), "marked as a folder");
    RawEntry folderWithContent = storedEntry("dir/", "content");
    folderWithContent.external = 0040755u << 16;
    row("folder with content", one(folderWithContent), "has content");

    // Nested archives.
    for (const char* name : {"inner.zip", "inner.jar", "bundle.causeway", "secret.AGE"})
        row(name, one(storedEntry(name, data)), "archive");
    row("zip by magic", one(storedEntry("inner.bin", Zip::write({}).value())), "holds a zip");
    row("zip by magic (deflated entry)",
        one(deflatedEntry("inner.bin",
                          Zip::write({{QStringLiteral("x"), QByteArray(100, 'x')}}).value())),
        "holds a zip");
    row("age by magic",
        one(storedEntry("inner.bin", "age-encryption.org/v1\n-> X25519 abc\n--- xyz\n")),
        "age-encrypted");

    // Header features.
    RawEntry encrypted = storedEntry("secret.txt", data);
    encrypted.flags |= 0x0001;
    row("encrypted flag", one(encrypted), "encrypted");
    RawEntry bzip2 = storedEntry("data.bz", data);
    bzip2.method = 12;
    row("method 12", one(bzip2), "method 12 (bzip2)");
    RawEntry descriptor = deflatedEntry("later.txt", data);
    descriptor.flags |= 0x0008;
    row("data descriptor", one(descriptor), "data descriptor");
    RawEntry zip64 = storedEntry("big.bin", data);
    zip64.compressedSize = 0xFFFFFFFF;
    row("ZIP64 size marker", one(zip64), "ZIP64");
    RawEntry zip64Extra = storedEntry("big.bin", data);
    zip64Extra.centralExtra = QByteArray("\x01\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00", 12);
    row("ZIP64 extra field", one(zip64Extra), "ZIP64");
    RawEntry badExtra = storedEntry("x.txt", data);
    badExtra.centralExtra = QByteArray("\x55\x54\x09", 3);
    row("damaged extra field", one(badExtra), "extra field");
    QByteArray multiDisk = validArchive();
    patch16(multiDisk, multiDisk.size() - 22 + 4, 1);
    row("multi-disk", multiDisk, "several disks");

    // Sizes, CRCs and consistency.
    RawEntry badCrc = storedEntry("x.txt", data);
    badCrc.crc = crcOf(data) ^ 1;
    row("CRC mismatch", one(badCrc), "CRC-32");
    RawEntry badDeflatedCrc = deflatedEntry("x.txt", QByteArray(3000, 'q'));
    badDeflatedCrc.crc = 12345;
    row("CRC mismatch (deflated)", one(badDeflatedCrc), "CRC-32");
    RawEntry otherName = storedEntry("x.txt", data);
    otherName.localName = QByteArray("y.txt");
    row("central/local name mismatch", one(otherName), "different names");
    RawEntry otherSize = storedEntry("x.txt", data);
    otherSize.localSize = 3;
    row("central/local size mismatch", one(otherSize), "disagree");
    RawEntry lyingSmall = deflatedEntry("small.txt", QByteArray(200000, 's'));
    lyingSmall.size = 100;
    row("inflates larger than its header", one(lyingSmall), "more than the 100 bytes");
    RawEntry lyingLarge = deflatedEntry("large.txt", QByteArray(1000, 'l'));
    lyingLarge.size = 1010;
    row("inflates smaller than its header", one(lyingLarge), "headers give a size");
    RawEntry storedSizes = storedEntry("x.txt", data);
    storedSizes.size = 10;
    row("stored sizes differ", one(storedSizes), "different sizes");
    RawEntry trailing = deflatedEntry("x.txt", QByteArray(1000, 't'));
    trailing.stored += "junk";
    row("bytes after the deflate stream", one(trailing), "after the end");
    RawEntry damaged = storedEntry("x.txt", data);
    damaged.method = 8;
    damaged.stored = QByteArray("\xff\xff\xff\xff", 4);
    row("damaged deflate data", one(damaged), "damaged");
    RawEntry cut = deflatedEntry("x.txt", seededBytes(5000, 5));
    cut.stored.chop(100);
    row("deflate data cut short", one(cut), "ends early");

    // Layout.
    RawEntry second = storedEntry("b.txt", data);
    second.sharesLocalOf = 0;
    row("two entries, one local header", assemble({storedEntry("a.txt", data), second}), "overlap");
    RawEntry longer = storedEntry("a.txt", data);
    longer.compressedSize = quint32(data.size() + 10);
    longer.size = quint32(data.size() + 10);
    row("data runs into the next header", assemble({longer, storedEntry("b.txt", data)}),
        "overlap");
    RawEntry outside = storedEntry("a.txt", data);
    outside.centralOffset = 100000;
    row("local header outside the archive", one(outside), "outside");
    RawEntry runsOut = storedEntry("a.txt", data);
    runsOut.compressedSize = 100000;
    runsOut.size = 100000;
    row("data outside the archive", one(runsOut), "outside");
    row("entry count larger than the directory", assemble({storedEntry("a.txt", data)}, quint16(2)),
        "damaged");
    row("entry count smaller than the directory",
        assemble({storedEntry("a.txt", data), storedEntry("b.txt", data)}, quint16(1)), "damaged");
    QByteArray prefixed = validArchive();
    prefixed.append("extra bytes after the end record");
    row("bytes after the end record", prefixed, "after its end record");

    // Limits.
    Zip::Limits fewEntries = defaults;
    fewEntries.maxEntries = 5;
    QList<RawEntry> six;
    for (int i = 0; i < 6; ++i)
        six.append(storedEntry(QByteArray("file") + QByteArray::number(i), data));
    row("too many entries", assemble(six), "at most 5 are accepted", fewEntries);
    Zip::Limits smallEntries = defaults;
    smallEntries.maxEntrySize = 1 << 20;
    smallEntries.maxRatio = 100000;
    row("zip bomb over the entry limit", one(deflatedEntry("bomb.bin", QByteArray(4 << 20, '\0'))),
        "larger than", smallEntries);
    row("zip bomb over the ratio", one(deflatedEntry("bomb.bin", QByteArray(1 << 20, '\0'))),
        "compression ratio");
    Zip::Limits smallTotal = defaults;
    smallTotal.maxTotalSize = 1 << 20;
    row("over the total",
        assemble({storedEntry("1", seededBytes(400000, 1)),
                  storedEntry("2", seededBytes(400000, 2)),
                  storedEntry("3", seededBytes(400000, 3))}),
        "in all", smallTotal);

    // Not archives.
    row("empty input", QByteArray(), "empty");
    row("garbage", seededBytes(3000, 99).prepend("XX"), "not a zip archive");
    row("text", QByteArray("just some text that is long enough to be searched"),
        "not a zip archive");
}

void TestZip::refusesHostileArchives() {
    QFETCH(QByteArray, archive);
    QFETCH(Zip::Limits, limits);
    QFETCH(QString, keyword);
    const auto read = Zip::read(archive, limits);
    QVERIFY2(!read.ok(), "the archive was accepted");
    QVERIFY2(read.error().contains(keyword), qPrintable(read.error()));
    QVERIFY2(read.error().endsWith(u'.'), qPrintable(read.error())); // a whole sentence
}

void TestZip::refusesTruncatedArchives() {
    const QByteArray archive = Zip::write({{QStringLiteral("a.json"), seededBytes(3000, 1)},
                                           {QStringLiteral("b.json"), QByteArray(3000, 'b')}})
                                   .value();
    QVERIFY(Zip::read(archive).ok());
    for (qsizetype keep : {archive.size() - 1, archive.size() - 21, archive.size() - 22,
                           archive.size() - 60, archive.size() / 2, qsizetype(40), qsizetype(4)}) {
        const auto read = Zip::read(archive.left(keep));
        QVERIFY2(!read.ok(), qPrintable(QStringLiteral("cut at %1").arg(keep)));
        QVERIFY2(read.error().contains(QStringLiteral("truncated")), qPrintable(read.error()));
    }
}

void TestZip::limitsAreCountedWhileInflating() {
    // An honest header is refused before inflating; a lying one is stopped one byte past its
    // claim. Either way at most the limit is ever inflated, which a 4 KB archive that would
    // unpack to 64 MB shows by finishing at once.
    RawEntry bomb = deflatedEntry("bomb.bin", QByteArray(64 << 20, '\0'));
    QVERIFY(bomb.stored.size() < 100000);
    bomb.size = 1000;
    Zip::Limits limits;
    limits.maxRatio = 1 << 20;
    const auto read = Zip::read(assemble({bomb}), limits);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("bytes its headers give")),
             qPrintable(read.error()));
    // Exactly at the limits is accepted.
    Zip::Limits exact;
    exact.maxEntrySize = 100000;
    exact.maxTotalSize = 100000;
    exact.maxEntries = 1;
    const auto fits =
        Zip::read(assemble({deflatedEntry("fits.bin", seededBytes(100000, 4))}), exact);
    QVERIFY2(fits.ok(), qPrintable(fits.error()));
}

QTEST_GUILESS_MAIN(TestZip)
#include "test_zip.moc"
