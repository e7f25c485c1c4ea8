// The report's content: built from the canonical model, the same for every format, and
// for each profile nothing more than the redacted record holds.
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "actions/Action.h"
#include "meeting/MeetingRecord.h"
#include "model/Fields.h"
#include "model/SamplePostmortem.h"
#include "model/Template.h"
#include "report/Confidentiality.h"
#include "report/ReportBuilder.h"
#include "signing/SignedContent.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QTest>

using namespace causeway;

class TestReportBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullReportHasEverySection();
    void fullTimelineListsEveryEvent();
    void coverTiesThePaperToTheRecord();
    void auditTrailOnlyInTheFullReport();
    void markedFieldIsLeftOutOfTheInternalReport();
    void externalReportShowsRolesNotNames();
    void regulatedTemplateFieldsArePrinted();
    void emptyPostmortemGivesNotesNotGaps();
    void meetingMinutesRespectTheProfile();

private:
    Result<Report> build(const ReportOptions& options, const Postmortem& pm) const {
        ReportInputs inputs;
        inputs.tmpl = test::builtinTemplates().find(pm.templateId());
        return buildReport(pm, inputs, options);
    }
    std::unique_ptr<Store> m_store;
    Postmortem m_sample;
};

void TestReportBuilder::initTestCase() {
    m_store = test::newStore();
    QVERIFY(m_store);
    const auto id = insertSamplePostmortem(*m_store, test::builtinTemplates());
    QVERIFY2(id, qPrintable(id.error()));
    const auto pm = m_store->loadPostmortem(id.value());
    QVERIFY(pm);
    m_sample = *pm;
}

void TestReportBuilder::fullReportHasEverySection() {
    const auto report = build({}, m_sample);
    QVERIFY2(report, qPrintable(report.error()));
    const QStringList anchors = test::reportAnchors(report.value());
    for (const char* anchor :
         {"summary", "impact", "phases", "story", "participants", "key-events", "causes", "whys",
          "fishbone", "factors", "actions", "lessons", "review", "signatures", "evidence"})
        QVERIFY2(anchors.contains(QLatin1String(anchor)), anchor);
    QVERIFY(!anchors.contains(QStringLiteral("timeline")));
    QVERIFY(!anchors.contains(QStringLiteral("audit")));
    QCOMPARE(QSet<QString>(anchors.cbegin(), anchors.cend()).size(), anchors.size());

    const QString text = test::reportText(report.value());
    QVERIFY(text.contains(m_sample.root.text(Field::Summary).trimmed()));
    QVERIFY(text.contains(QStringLiteral("Amara Okafor")));
    for (const Action& a : postmortemActions(m_sample))
        QVERIFY2(text.contains(a.title), qPrintable(a.title));

    bool hasDiagram = false;
    bool hasContents = false;
    for (const ReportBlock& b : report.value().blocks) {
        hasDiagram = hasDiagram || (b.type == ReportBlock::Type::Fishbone && b.fishbone &&
                                    !b.fishbone->labels.isEmpty());
        hasContents = hasContents || b.type == ReportBlock::Type::Contents;
    }
    QVERIFY(hasDiagram);
    QVERIFY(hasContents);
}

void TestReportBuilder::fullTimelineListsEveryEvent() {
    ReportOptions options;
    options.fullTimeline = true;
    const auto report = build(options, m_sample);
    QVERIFY(report);
    const QList<ReportBlock>& blocks = report.value().blocks;
    qsizetype at = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).anchor == u"timeline")
            at = i;
    }
    QVERIFY(at >= 0);
    qsizetype rows = -1;
    for (qsizetype i = at + 1; i < blocks.size(); ++i) {
        if (blocks.at(i).type == ReportBlock::Type::Table) {
            rows = blocks.at(i).table.rows.size();
            for (const QStringList& row : blocks.at(i).table.rows)
                QCOMPARE(row.size(), blocks.at(i).table.headers.size());
            break;
        }
    }
    QCOMPARE(rows, m_sample.childrenOfKind(Kind::Event).size());
}

void TestReportBuilder::coverTiesThePaperToTheRecord() {
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const auto report = build(options, m_sample);
    QVERIFY(report);
    const Report& r = report.value();
    QCOMPARE(r.title, m_sample.title());
    QCOMPARE(r.documentId, m_sample.id());
    QCOMPARE(r.contentSha256, SignedContent::sha256(m_sample));
    QCOMPARE(r.generatedAt, options.generatedAt);
    QCOMPARE(r.profile, QStringLiteral("full"));
    QVERIFY(!r.marking.isEmpty());
    bool severity = false;
    for (const auto& [label, value] : r.cover)
        severity = severity || value.startsWith(QStringLiteral("SEV"));
    QVERIFY(severity);
}

void TestReportBuilder::auditTrailOnlyInTheFullReport() {
    const auto trail = m_store->auditTrail(m_sample.id());
    QVERIFY(trail);
    QVERIFY(!trail.value().isEmpty());
    ReportOptions options;
    options.auditTrail = true;
    ReportInputs inputs;
    inputs.tmpl = test::builtinTemplates().find(m_sample.templateId());
    inputs.auditTrail = trail.value();
    const auto full = buildReport(m_sample, inputs, options);
    QVERIFY(full);
    QVERIFY(test::reportAnchors(full.value()).contains(QStringLiteral("audit")));
    qsizetype rows = 0;
    for (const ReportBlock& b : full.value().blocks) {
        if (b.type == ReportBlock::Type::Table && b.table.headers.value(0) == u"#" &&
            b.table.headers.value(2) == u"Who")
            rows = b.table.rows.size();
    }
    QCOMPARE(rows, trail.value().size());

    for (ReportProfile profile : {ReportProfile::Internal, ReportProfile::External}) {
        options.profile = profile;
        const auto refused = buildReport(m_sample, inputs, options);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("audit trail")));
    }
}

void TestReportBuilder::markedFieldIsLeftOutOfTheInternalReport() {
    Postmortem pm = m_sample;
    const QString impact = pm.root.text(Field::Impact);
    QVERIFY(!impact.isEmpty());
    pm.root.fields[ConfidentialityField::FieldMarkings].value =
        markFieldConfidentiality(pm.root, Field::Impact, QStringLiteral("confidential"));
    ReportOptions options;
    const auto full = build(options, pm);
    QVERIFY(full);
    QVERIFY(test::reportText(full.value()).contains(impact));
    options.profile = ReportProfile::Internal;
    const auto internal = build(options, pm);
    QVERIFY(internal);
    const QString text = test::reportText(internal.value());
    QVERIFY(!text.contains(impact));
    QVERIFY(text.contains(QStringLiteral("Not in this version of the report.")));
    QCOMPARE(internal.value().marking, reportMarking(pm, ReportProfile::Internal));
}

void TestReportBuilder::externalReportShowsRolesNotNames() {
    ReportOptions options;
    options.profile = ReportProfile::External;
    const auto report = build(options, m_sample);
    QVERIFY2(report, qPrintable(report.error()));
    const QString text = test::reportText(report.value());
    for (const Record& p : m_sample.childrenOfKind(Kind::Participant)) {
        QVERIFY2(!text.contains(p.text(Field::Name), Qt::CaseInsensitive),
                 qPrintable(p.text(Field::Name)));
        QVERIFY2(!text.contains(p.text(Field::Team), Qt::CaseInsensitive),
                 qPrintable(p.text(Field::Team)));
        QVERIFY2(text.contains(p.text(Field::Role)), qPrintable(p.text(Field::Role)));
    }
    // The systemic story stays.
    QVERIFY(text.contains(m_sample.root.text(Field::Trigger).trimmed().left(40)));
}

void TestReportBuilder::regulatedTemplateFieldsArePrinted() {
    Postmortem pm = m_sample;
    pm.root.fields[Field::Template].value = QStringLiteral("regulated");
    pm.root.fields[QStringLiteral("reference_code")].value = QStringLiteral("MAJ-2026-0042");
    pm.root.fields[QStringLiteral("data_losses")].value =
        QStringLiteral("No data was lost; 212 payments were delayed.");
    const auto report = build({}, pm);
    QVERIFY(report);
    QVERIFY(test::reportAnchors(report.value()).contains(QStringLiteral("section-regulatory")));
    const QString text = test::reportText(report.value());
    QVERIFY(text.contains(QStringLiteral("MAJ-2026-0042")));
    QVERIFY(text.contains(QStringLiteral("212 payments were delayed")));
}

void TestReportBuilder::emptyPostmortemGivesNotesNotGaps() {
    Postmortem pm;
    pm.root.id = newRecordId();
    pm.root.kind = Kind::Postmortem;
    pm.root.fields[Field::Template].value = QStringLiteral("standard");
    pm.root.fields[Field::Title].value = QStringLiteral("Nothing written yet");
    const auto report = build({}, pm);
    QVERIFY(report);
    const QString text = test::reportText(report.value());
    QVERIFY(text.contains(QStringLiteral("Not written.")));
    QVERIFY(text.contains(QStringLiteral("No actions.")));
    QVERIFY(text.contains(QStringLiteral("The timeline is empty.")));
    QVERIFY(text.contains(QStringLiteral("Not signed.")));
}

void TestReportBuilder::meetingMinutesRespectTheProfile() {
    // No meeting held: no section.
    QVERIFY(!test::reportAnchors(build({}, m_sample).value()).contains(QStringLiteral("meeting")));

    Postmortem pm = m_sample;
    const QList<Record> people = pm.childrenOfKind(Kind::Participant);
    QVERIFY(people.size() >= 2);
    const Record& first = people.at(0);
    const Record& second = people.at(1);
    Record meeting;
    meeting.id = newRecordId();
    meeting.kind = Kind::Meeting;
    meeting.parentId = pm.root.id;
    meeting.created = QDateTime(QDate(2026, 3, 4), QTime(14, 0), QTimeZone::utc());
    meeting.modified = meeting.created;
    meeting.fields[MeetingField::Attendance].value = QJsonArray{first.id, second.id};
    meeting.fields[MeetingField::Agenda].value =
        QJsonArray{QStringLiteral("Opening"), QStringLiteral("Timeline walk-through")};
    meeting.fields[MeetingField::ElapsedSeconds].value =
        QJsonArray{QStringLiteral("240"), QStringLiteral("1350")};
    meeting.fields[MeetingField::TimeboxMinutes].value =
        QJsonArray{QStringLiteral("5"), QStringLiteral("20")};
    const QString firstName = first.text(Field::Name);
    meeting.fields[MeetingField::Notes].value =
        QStringLiteral("%1 will ask the storage team about lock timeouts.").arg(firstName);
    pm.children.append(meeting);

    const auto full = build({}, pm);
    QVERIFY2(full, qPrintable(full.error()));
    QVERIFY(test::reportAnchors(full.value()).contains(QStringLiteral("meeting")));
    const QString text = test::reportText(full.value());
    QVERIFY2(text.contains(QStringLiteral("%1 (%2)").arg(firstName, first.text(Field::Role))),
             qPrintable(text.right(800)));
    QVERIFY(text.contains(second.text(Field::Name)));
    QVERIFY(text.contains(QStringLiteral("Timeline walk-through")));
    QVERIFY(text.contains(QStringLiteral("20 min")));
    QVERIFY2(text.contains(QStringLiteral("22:30 (+2:30 over)")), qPrintable(text.right(800)));
    QVERIFY(test::reportStrings(full.value()).contains(QStringLiteral("4:00"))); // within
    QVERIFY(text.contains(QStringLiteral("will ask the storage team")));

    // External: roles, never names, also inside the notes.
    ReportOptions external;
    external.profile = ReportProfile::External;
    const QString shared = test::reportText(build(external, pm).value());
    QVERIFY(shared.contains(QStringLiteral("will ask the storage team")));
    QVERIFY(!shared.contains(firstName, Qt::CaseInsensitive));
    QVERIFY(!shared.contains(second.text(Field::Name), Qt::CaseInsensitive));
    QVERIFY(shared.contains(QStringLiteral("Present: %1").arg(first.text(Field::Role))));

    // Internal: a participant marked confidential is counted, not named.
    for (Record& r : pm.children) {
        if (r.id == second.id)
            r.fields[ConfidentialityField::Record].value = QStringLiteral("confidential");
    }
    ReportOptions internal;
    internal.profile = ReportProfile::Internal;
    // (The name may appear in other sections' text, which Internal does not rewrite.)
    const Report internalReport = build(internal, pm).value();
    QString inside;
    bool inMeeting = false;
    for (const ReportBlock& b : internalReport.blocks) {
        if (b.type == ReportBlock::Type::Heading && b.level == 1)
            inMeeting = b.anchor == u"meeting";
        if (inMeeting)
            inside += b.text + u'\n';
    }
    QVERIFY(inside.contains(QStringLiteral("Present: %1").arg(firstName)));
    QVERIFY2(!inside.contains(second.text(Field::Name)), qPrintable(inside));
    QVERIFY2(inside.contains(QStringLiteral("not named in this version of the report")),
             qPrintable(inside.right(800)));
}

QTEST_MAIN(TestReportBuilder)
#include "test_report_builder.moc"
