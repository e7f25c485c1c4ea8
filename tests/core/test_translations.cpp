// The German translation is complete: every message lupdate finds in the sources is in
// causeway_de.ts, finished, with every plural form, and with the placeholders of its source.
// English plural forms ("%n event(s)" → "1 event", "2 events") live in causeway_en.ts and
// must be filled in as well.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source, comment.isEmpty() ? QString() : u" (" + comment + u')');
    }
};

QList<Message> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        current.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    return messages;
}

// %1…%99 and %L1…, which must survive translation; %n is left to the plural forms.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?\\d{1,2}"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

QString env(const char* name) {
    return qEnvironmentVariable(name);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySourceMessageIsInTheGermanFile();
    void germanMessagesAreFinished();
    void germanPlaceholdersMatch();
    void englishPluralFormsAreFilledIn();
    void fileLocalTrUsesTheContextLupdateGives();

private:
    QList<Message> m_fromSources;
    QList<Message> m_german;
    QList<Message> m_english;
    QTemporaryDir m_dir;
    QString m_lupdate;
    QStringList m_includeArgs;
    QStringList m_sources;
};

void TestTranslations::initTestCase() {
    const QString lupdate = env("CAUSEWAY_LUPDATE");
    const QString sourceList = env("CAUSEWAY_TRANSLATABLE_SOURCES");
    const QString tsDir = env("CAUSEWAY_TS_DIR");
    QVERIFY2(QFile::exists(lupdate), qPrintable(u"lupdate not found: " + lupdate));
    QVERIFY2(QFile::exists(sourceList), qPrintable(u"source list not found: " + sourceList));
    QVERIFY(m_dir.isValid());
    m_lupdate = lupdate;
    QFile list(sourceList);
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    for (const QByteArray& raw : list.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u"-I"))
            m_includeArgs << QStringLiteral("-I") << line.mid(2);
        else if (!line.isEmpty())
            m_sources.append(line);
    }

    // The same sources and options as the update_translations target, into a fresh file.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-target-language"), QStringLiteral("de_DE"),
                            u'@' + sourceList, QStringLiteral("-ts"), fresh});
    QVERIFY2(process.waitForFinished(300000), "lupdate did not finish within 5 minutes");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    QString error;
    m_fromSources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_fromSources.size() > 100, "lupdate found almost no messages: is the list right?");
    m_german = readTs(QDir(tsDir).filePath(QStringLiteral("causeway_de.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_english = readTs(QDir(tsDir).filePath(QStringLiteral("causeway_en.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTranslations::everySourceMessageIsInTheGermanFile() {
    QSet<QString> german;
    for (const Message& m : std::as_const(m_german))
        german.insert(m.key());
    QStringList missing;
    for (const Message& m : std::as_const(m_fromSources)) {
        if (!german.contains(m.key()))
            missing.append(m.where());
    }
    if (!missing.isEmpty())
        qWarning().noquote() << missing.size()
                             << "messages of the sources are not in causeway_de.ts (run the "
                                "update_translations target, then translate them):\n  "
                             << missing.join(QStringLiteral("\n  "));
    QCOMPARE(missing.size(), 0);
}

void TestTranslations::germanMessagesAreFinished() {
    QStringList unfinished;
    for (const Message& m : std::as_const(m_german)) {
        bool empty = m.translations.isEmpty();
        for (const QString& t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        // German has two plural forms: singular and plural.
        const bool formsMissing = m.numerus && m.translations.size() != 2;
        if (m.unfinished || empty || formsMissing)
            unfinished.append(m.where());
    }
    if (!unfinished.isEmpty())
        qWarning().noquote() << unfinished.size()
                             << "messages in causeway_de.ts are unfinished or empty:\n  "
                             << unfinished.join(QStringLiteral("\n  "));
    QCOMPARE(unfinished.size(), 0);
}

void TestTranslations::germanPlaceholdersMatch() {
    QStringList mismatched;
    for (const Message& m : std::as_const(m_german)) {
        const QStringList expected = placeholders(m.source);
        for (const QString& t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != expected)
                mismatched.append(m.where() + u" → \"" + t + u'"');
        }
    }
    if (!mismatched.isEmpty())
        qWarning().noquote() << "placeholders differ from the source:\n  "
                             << mismatched.join(QStringLiteral("\n  "));
    QCOMPARE(mismatched.size(), 0);
}

void TestTranslations::englishPluralFormsAreFilledIn() {
    QStringList missing;
    int plurals = 0;
    for (const Message& m : std::as_const(m_english)) {
        if (!m.numerus)
            continue;
        ++plurals;
        bool complete = m.translations.size() == 2;
        for (const QString& t : m.translations)
            complete = complete && !t.trimmed().isEmpty();
        if (!complete)
            missing.append(m.where());
    }
    if (!missing.isEmpty())
        qWarning().noquote() << "plural messages in causeway_en.ts lack their English forms:\n  "
                             << missing.join(QStringLiteral("\n  "));
    QVERIFY(plurals > 0);
    QCOMPARE(missing.size(), 0);
}

// Core files translate through a file-local tr() that calls QCoreApplication::translate
// with a fixed context, but lupdate files each tr() call under the class or namespace it
// stands in. Where the two differ the translation is never found at run time, so every
// context lupdate gives a file's messages must be one the file itself names.
void TestTranslations::fileLocalTrUsesTheContextLupdateGives() {
    static const QRegularExpression helper(
        QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*[^)]*\\)\\s*\\{\\s*return\\s+"
                       "QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression named(QStringLiteral(
        "(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?|Q_DECLARE_TR_FUNCTIONS)\\(\\s*\"?"
        "([A-Za-z0-9_:]+)"));
    QStringList mismatched;
    int checked = 0;
    for (const QString& path : std::as_const(m_sources)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString code = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch helperMatch = helper.match(code);
        if (!helperMatch.hasMatch())
            continue;
        ++checked;
        QSet<QString> allowed{helperMatch.captured(1)};
        for (auto it = named.globalMatch(code); it.hasNext();)
            allowed.insert(it.next().captured(1));

        const QString ts = m_dir.filePath(QStringLiteral("one_%1.ts").arg(checked));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_lupdate, QStringList{QStringLiteral("-silent")} + m_includeArgs +
                                     QStringList{path, QStringLiteral("-ts"), ts});
        QVERIFY2(process.waitForFinished(60000), qPrintable(path));
        QString error;
        const QList<Message> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> reported;
        for (const Message& m : messages) {
            if (!allowed.contains(m.context) && !reported.contains(m.context)) {
                reported.insert(m.context);
                mismatched.append(QStringLiteral("%1: lupdate files \"%2\" under %3, but tr() "
                                                 "looks it up in %4")
                                      .arg(path, m.source, m.context, helperMatch.captured(1)));
            }
        }
    }
    if (!mismatched.isEmpty())
        qWarning().noquote() << "translations that would never be found at run time (make "
                                "those calls QCoreApplication::translate with the context, or "
                                "change the helper's context):\n  "
                             << mismatched.join(QStringLiteral("\n  "));
    QVERIFY2(checked > 0, "no file-local tr() helper found: has the pattern changed?");
    QCOMPARE(mismatched.size(), 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
