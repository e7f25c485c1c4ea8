// Reports of real postmortems as an archive would receive them: each PDF passes the
// independent PDF/A-1b validator, carries its text and embedded fonts, and a redacted PDF
// holds none of what its profile leaves out, not in the text, not in the raw file.
#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"
#include "report/Confidentiality.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdf.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "secrets/KeyStore.h"
#include "signing/Signatures.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QDir>
#include <QTest>

using namespace causeway;

namespace {

// Texts that only marked items hold, so their absence proves the redaction.
const QString kConfidentialEvent = QStringLiteral("Zebracrossing failover drill notes");
const QString kRestrictedCause = QStringLiteral("Orcapod vendor contract limits");
const QString kInternalAction = QStringLiteral("Lynxpath internal budget review");
const QString kConfidentialField = QStringLiteral("Heronwatch overtime costs were high");
const QString kTicket = QStringLiteral("PAYOPS-4242");
const QString kAttachmentName = QStringLiteral("pgbouncer-heronwatch.log");
const QString kNonAscii =
    QStringLiteral("Ελληνικά: η βάση δεδομένων · Русский: база данных · Čeština: řídicí systém");

sodium::Passphrase pass(const char* text) {
    return sodium::Passphrase(QByteArray(text));
}

} // namespace

class TestReportArchive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void minimalPostmortem();
    void largePostmortemOnLetter();
    void everySectionWithNonAsciiText();
    void internalReportLeavesOutConfidentialItems();
    void externalReportLeaksNothing();

private:
    QString writePdf(const QString& name, const ReportOptions& options,
                     QPageSize::PageSizeId paper = QPageSize::A4,
                     const QString& postmortemId = QString());
    void checkArchivable(const QString& pdf);
    static QString flattened(const QString& text) { return text.simplified(); }

    std::unique_ptr<Store> m_store;
    MemoryKeyStore m_keys;
    QString m_id;
    Postmortem m_pm;
};

void TestReportArchive::initTestCase() {
    m_store = test::newStore();
    QVERIFY(m_store);
    const auto id = insertSamplePostmortem(*m_store, test::builtinTemplates());
    QVERIFY2(id, qPrintable(id.error()));
    m_id = id.value();
    const auto sample = m_store->loadPostmortem(m_id);
    QVERIFY(sample);

    // Marked items, a ticket, an attachment and non-Latin text.
    ChangeSet changes;
    const QString eventId = newRecordId();
    changes.creates.append({eventId,
                            Kind::Event,
                            m_id,
                            {{EventField::Time, QStringLiteral("2026-03-14T09:20:00.000Z")},
                             {EventField::Kind, QStringLiteral("observation")},
                             {EventField::Source, QStringLiteral("manual")},
                             {EventField::Description, kConfidentialEvent},
                             {EventField::KeyEvent, true},
                             {ConfidentialityField::Record, QStringLiteral("confidential")}}});
    changes.creates.append({newRecordId(),
                            Kind::Cause,
                            m_id,
                            {{CauseField::Statement, kRestrictedCause},
                             {CauseField::Kind, QStringLiteral("contributing_factor")},
                             {CauseField::OnFishbone, true},
                             {CauseField::Category, QStringLiteral("Process")},
                             {ConfidentialityField::Record, QStringLiteral("restricted")}}});
    const QList<Action> actions = postmortemActions(*sample);
    QVERIFY(!actions.isEmpty());
    changes.creates.append({newRecordId(),
                            Kind::Action,
                            m_id,
                            {{ActionField::Title, kInternalAction},
                             {ActionField::Priority, QStringLiteral("P3")},
                             {ActionField::Type, QStringLiteral("process")},
                             {ActionField::Status, QStringLiteral("open")},
                             {ConfidentialityField::Record, QStringLiteral("internal")}}});
    changes.fieldChanges.append({actions.first().id, ActionField::Ticket, kTicket});
    changes.fieldChanges.append({m_id, Field::WentPoorly, kConfidentialField});
    const QString lucky = sample->root.text(Field::GotLucky) + QStringLiteral("\n\n") + kNonAscii;
    changes.fieldChanges.append({m_id, Field::GotLucky, lucky});
    Record root = sample->root;
    root.fields[Field::WentPoorly].value = kConfidentialField;
    changes.fieldChanges.append(
        {m_id, ConfidentialityField::FieldMarkings,
         markFieldConfidentiality(root, Field::WentPoorly, QStringLiteral("confidential"))});
    QVERIFY2(m_store->commit(changes), "marking the fixture");

    auto attachment = makeAttachment(QByteArrayLiteral("09:14:02 pool exhausted\n"),
                                     kAttachmentName, QStringLiteral("log"));
    QVERIFY(attachment);
    QVERIFY(m_store->addAttachment(m_id, attachment.value(), eventId));

    // Through review, approved with a justification, signed by author and approver.
    QList<Transition> steps{Transition::Approve};
    if (Workflow::stateOf(*m_store->loadPostmortem(m_id)) == WorkflowState::Draft)
        steps.prepend(Transition::Submit);
    for (Transition t : steps) {
        Workflow::Request request;
        request.transition = t;
        request.reason = QStringLiteral("Reviewed in the meeting of 2026-03-20.");
        const Status applied = Workflow::apply(*m_store, m_id, request);
        QVERIFY2(applied, qPrintable(applied.error()));
    }
    const auto author = SigningProfiles::create(m_keys, QStringLiteral("Priya Nair"),
                                                QStringLiteral("Postmortem facilitator"),
                                                pass("author passphrase"));
    const auto approver =
        SigningProfiles::create(m_keys, QStringLiteral("Dana Whitfield"),
                                QStringLiteral("Head of reliability"), pass("approver passphrase"));
    QVERIFY(author && approver);
    QVERIFY(Signatures::sign(*m_store, m_keys, author.value(), m_id, QStringLiteral("authored"),
                             pass("author passphrase")));
    QVERIFY(Signatures::sign(*m_store, m_keys, approver.value(), m_id, QStringLiteral("approved"),
                             pass("approver passphrase")));
    m_pm = *m_store->loadPostmortem(m_id);
}

QString TestReportArchive::writePdf(const QString& name, const ReportOptions& options,
                                    QPageSize::PageSizeId paper, const QString& postmortemId) {
    const QString id = postmortemId.isEmpty() ? m_id : postmortemId;
    const auto pm = m_store->loadPostmortem(id);
    if (!pm)
        return QString();
    ReportInputs inputs;
    inputs.tmpl = test::builtinTemplates().find(pm->templateId());
    if (options.auditTrail)
        inputs.auditTrail = m_store->auditTrail(id).value();
    const auto report = buildReport(*pm, inputs, options);
    if (!report) {
        qWarning("%s", qPrintable(report.error()));
        return QString();
    }
    const QString path = test::tempPath(name);
    const auto written = writeReportPdf(report.value(), path, paper);
    if (!written) {
        qWarning("%s", qPrintable(written.error()));
        return QString();
    }
    // Kept for looking at: CAUSEWAY_REPORT_FIXTURES=DIR copies every fixture there.
    const QString keep = qEnvironmentVariable("CAUSEWAY_REPORT_FIXTURES");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    return path;
}

void TestReportArchive::checkArchivable(const QString& pdf) {
    QVERIFY(!pdf.isEmpty());
    const test::ToolRun verdict = test::preflight(pdf);
    QVERIFY2(verdict.started, qPrintable(verdict.error));
    QVERIFY2(verdict.exitCode == 0, verdict.out.constData());

    const test::ToolRun fonts = test::pdfFonts(pdf);
    QVERIFY2(fonts.started, qPrintable(fonts.error));
    const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // two header lines, then one line per font
    for (const QString& line : lines.mid(2)) {
        QVERIFY2(line.contains(QStringLiteral("DejaVu")), qPrintable(line));
        // Columns: name type encoding emb sub uni object ID; "emb" must be yes.
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes", qPrintable(line));
    }
}

void TestReportArchive::minimalPostmortem() {
    const auto id = m_store->createPostmortem(
        QStringLiteral("standard"),
        {{Field::Title, QStringLiteral("Minimal: a title and nothing else")}});
    QVERIFY2(id, qPrintable(id.error()));
    const QString pdf = writePdf(QStringLiteral("minimal.pdf"), {}, QPageSize::A4, id.value());
    checkArchivable(pdf);
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Minimal: a title and nothing else")));
    QVERIFY(text.contains(QStringLiteral("Not written.")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    // Empty sections are short notes under their headings, not a page each: cover, contents
    // and two or three pages of headings.
    QVERIFY2(test::pdfPages(pdf) <= 6, qPrintable(QString::number(test::pdfPages(pdf))));
}

void TestReportArchive::largePostmortemOnLetter() {
    const auto dup = m_store->duplicatePostmortem(m_id, QStringLiteral("Large: a long incident"));
    QVERIFY2(dup, qPrintable(dup.error()));
    ChangeSet changes;
    const QDateTime start(QDate(2026, 3, 14), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 600; ++i) {
        changes.creates.append(
            {newRecordId(),
             Kind::Event,
             dup.value(),
             {{EventField::Time, start.addSecs(i * 37).toString(Qt::ISODateWithMs)},
              {EventField::Kind, QStringLiteral("observation")},
              {EventField::Source, QStringLiteral("log")},
              {EventField::Description,
               QStringLiteral("Connection pool at %1%% on db-%2; queue depth %3, p99 latency %4 ms")
                   .arg(50 + i % 50)
                   .arg(i % 7)
                   .arg(i * 3)
                   .arg(120 + i % 400)}}});
    }
    changes.context = QStringLiteral("import test");
    QVERIFY(m_store->commit(changes));
    ReportOptions options;
    options.fullTimeline = true;
    options.auditTrail = true;
    const QString pdf =
        writePdf(QStringLiteral("large-letter.pdf"), options, QPageSize::Letter, dup.value());
    checkArchivable(pdf);
    QVERIFY2(test::pdfPages(pdf) > 15, qPrintable(QString::number(test::pdfPages(pdf))));
    const test::ToolRun info =
        test::runTool(QStringLiteral("pdfinfo"), {pdf}, QStringLiteral("poppler-utils"));
    QVERIFY2(info.out.contains("612 x 792"), info.out.constData());
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("queue depth 1797")));
    QVERIFY(text.contains(QStringLiteral("Appendix: audit trail")));
}

void TestReportArchive::everySectionWithNonAsciiText() {
    ReportOptions options;
    options.fullTimeline = true;
    const QString pdf = writePdf(QStringLiteral("every-section.pdf"), options);
    checkArchivable(pdf);
    const QString text = test::pdfText(pdf);
    for (const QString& part : kNonAscii.split(QStringLiteral(" · ")))
        QVERIFY2(text.contains(part), qPrintable(part));
    for (const char* heading :
         {"Contents", "Summary", "Impact", "Phases and durations", "What happened", "Participants",
          "Key events", "Full timeline", "Root-cause analysis", "Five whys", "Fishbone diagram",
          "Root causes and contributing factors", "Action items", "Lessons",
          "Review and signatures", "Appendix: evidence"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    // Signature manifestations: printed name, meaning, valid.
    QVERIFY(text.contains(QStringLiteral("Dana Whitfield")));
    QVERIFY(text.contains(QStringLiteral("Approved")));
    QVERIFY(text.contains(QStringLiteral("valid")));
    QVERIFY(text.contains(m_pm.id()));
    QVERIFY(text.contains(kTicket));
    QVERIFY(text.contains(kAttachmentName));
    QVERIFY(text.contains(kConfidentialEvent));
    QVERIFY(text.contains(kRestrictedCause));
}

void TestReportArchive::internalReportLeavesOutConfidentialItems() {
    ReportOptions options;
    options.profile = ReportProfile::Internal;
    options.fullTimeline = true;
    const QString pdf = writePdf(QStringLiteral("internal.pdf"), options);
    checkArchivable(pdf);
    const QString text = test::pdfText(pdf);
    QString rawError;
    const QByteArray raw = test::rawPdf(pdf, &rawError);
    QVERIFY2(!raw.isEmpty(), qPrintable(rawError));
    for (const QString& secret : {kConfidentialEvent, kRestrictedCause, kConfidentialField}) {
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY2(!raw.contains(secret.toUtf8()), qPrintable(secret));
    }
    // What internal readers may see stays.
    QVERIFY(text.contains(kInternalAction));
    QVERIFY(text.contains(QStringLiteral("Amara Okafor")));
    QVERIFY(text.contains(QStringLiteral("Internal")));
}

void TestReportArchive::externalReportLeaksNothing() {
    ReportOptions options;
    options.profile = ReportProfile::External;
    options.fullTimeline = true;
    const QString pdf = writePdf(QStringLiteral("external.pdf"), options);
    checkArchivable(pdf);
    const QString text = test::pdfText(pdf);
    QString rawError;
    const QByteArray raw = test::rawPdf(pdf, &rawError);
    QVERIFY2(!raw.isEmpty(), qPrintable(rawError));

    QStringList secrets{kConfidentialEvent,
                        kRestrictedCause,
                        kInternalAction,
                        kConfidentialField,
                        kTicket,
                        kAttachmentName,
                        QStringLiteral("Dana Whitfield")};
    for (const Record& p : m_pm.childrenOfKind(Kind::Participant)) {
        secrets.append(p.text(Field::Name));
        // A surname alone is a name too.
        secrets.append(p.text(Field::Name).section(u' ', -1));
        secrets.append(p.text(Field::Team));
    }
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY2(!raw.contains(secret.toUtf8()), qPrintable(secret));
        // The PDF's metadata is UTF-16 in places: look for that spelling too.
        QByteArray utf16;
        for (QChar c : secret)
            utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QVERIFY2(!raw.contains(utf16), qPrintable(secret));
    }
    // The systemic story and the roles stay.
    for (const Record& p : m_pm.childrenOfKind(Kind::Participant))
        QVERIFY2(text.contains(p.text(Field::Role)), qPrintable(p.text(Field::Role)));
    QVERIFY(text.contains(QStringLiteral("Public")));
    QVERIFY(text.contains(QStringLiteral("Root causes and contributing factors")));
}

QTEST_MAIN(TestReportArchive)
#include "test_report_archive.moc"
