// Exports a generated ~100-page report to PDF/A and times it beside headless Chromium
// printing the HTML export of the same report to PDF, in the same run on the same machine
// (Chromium is how web postmortem tools make their PDFs). Prints both, pages, sizes and the
// ratio; it asserts nothing.
//   bench_report_export [EVENTS=2000] [RUNS=3] [KEEP_DIR]
#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/PostmortemJson.h"
#include "model/Template.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdf.h"
#include "report/ReportText.h"
#include "timeline/TimelineEvent.h"
#include "util/AppEnvironment.h"

#include "BenchSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace causeway;
using namespace causeway::bench;

namespace {

// The generated postmortem: the sample's narrative fields (summary, impact, story,
// lessons, …) with generated children, so every section of the report is filled.
class Generator {
public:
    explicit Generator(Postmortem& pm)
        : m_pm(pm)
        , m_rng(20260314) {}

    void participants(int n) {
        static const char* const names[] = {"Amara Okafor", "Jonas Weber",  "Mei Lin",
                                            "Rafael Souza", "Ingrid Holm",  "Tomasz Nowak",
                                            "Priya Raman",  "Lucía Ortega", "Kwame Mensah",
                                            "Sofia Rossi",  "Daniel Cohen", "Hannah Fischer"};
        static const char* const roles[] = {
            "Incident commander",       "On-call engineer",
            "Communications lead",      "Database reliability engineer",
            "Customer operations lead", "Scribe",
            "Subject-matter expert",    "Engineering manager"};
        static const char* const teams[] = {"Payments Platform", "Database Reliability",
                                            "Customer Operations", "Mobile Checkout",
                                            "Developer Experience"};
        for (int i = 0; i < n; ++i) {
            m_participants.append(add(Kind::Participant, {{Field::Name, str(names[i % 12])},
                                                          {Field::Role, str(roles[i % 8])},
                                                          {Field::Team, str(teams[i % 5])}}));
        }
    }

    void events(int n, const QDateTime& from, const QDateTime& to) {
        const QStringList kinds = EventVocabulary::kinds();
        const QStringList sources = EventVocabulary::sources();
        const qint64 span = from.msecsTo(to);
        for (int i = 0; i < n; ++i) {
            const QDateTime at = from.addMSecs(span * i / n + m_rng.bounded(4000));
            const QString source = sources.at(m_rng.bounded(int(sources.size())));
            QMap<QString, QJsonValue> fields{
                {EventField::Time, canonicalTime(at)},
                {EventField::Source, source},
                {EventField::Kind, kinds.at(m_rng.bounded(int(kinds.size())))},
                {EventField::Description, description(source)},
                {EventField::Actor, actor()}};
            if (i % 33 == 0)
                fields.insert(EventField::KeyEvent, true);
            m_events.append(add(Kind::Event, fields));
        }
    }

    // A 5-whys tree of n causes under a few top causes, at most five levels deep; fishbone
    // causes are on it too, with their category.
    void causes(int n, int onFishbone, int actions) {
        const QStringList categories = defaultCauseCategories();
        QList<QPair<QString, int>> open; // id, depth
        QHash<QString, int> childCount;
        for (int i = 0; i < n; ++i) {
            QString parent;
            int depth = 0;
            if (i >= 5) {
                // Deepen the chains: prefer the most recent open node below depth 4.
                for (qsizetype k = open.size() - 1; k >= 0; --k) {
                    const auto& [id, d] = open.at(k);
                    if (d < 4 && childCount.value(id) < 2 && m_rng.bounded(3) != 0) {
                        parent = id;
                        depth = d + 1;
                        break;
                    }
                }
                if (parent.isEmpty()) {
                    const auto& [id, d] = open.at(m_rng.bounded(5));
                    parent = id;
                    depth = d + 1;
                }
                childCount[parent] += 1;
            }
            QString kind = QStringLiteral("contributing_factor");
            if (depth >= 3 && i % 4 == 0)
                kind = QStringLiteral("root_cause");
            else if (i % 13 == 7)
                kind = QStringLiteral("mitigator");
            else if (i % 17 == 11)
                kind = QStringLiteral("open_question");
            QMap<QString, QJsonValue> fields{
                {CauseField::Statement, causeStatement(i)},
                {CauseField::Position, double(childCount.value(parent))},
                {CauseField::Kind, kind},
                {CauseField::Evidence,
                 QJsonArray{m_events.at(m_rng.bounded(int(m_events.size()))),
                            m_events.at(m_rng.bounded(int(m_events.size())))}},
                {CauseField::Notes, i % 3 == 0 ? str("Confirmed in the review meeting with the "
                                                     "owning team; see the linked events.")
                                               : QString()}};
            if (!parent.isEmpty())
                fields.insert(CauseField::Parent, parent);
            const bool fishbone = i * onFishbone / n != (i + 1) * onFishbone / n;
            fields.insert(CauseField::OnFishbone, fishbone);
            if (fishbone)
                fields.insert(CauseField::Category, categories.at(i % categories.size()));
            const QString id = add(Kind::Cause, fields);
            m_causes.append(id);
            open.append({id, depth});
        }
        actionItems(actions);
    }

    int causeCount() const { return int(m_causes.size()); }

private:
    static QString str(const char* s) { return QString::fromUtf8(s); }

    QString add(const QString& kind, const QMap<QString, QJsonValue>& fields) {
        Record r;
        r.id = newRecordId();
        r.kind = kind;
        r.parentId = m_pm.root.id;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            r.fields[it.key()].value = it.value();
        m_pm.children.append(r);
        return r.id;
    }

    template <size_t N> QString pick(const char* const (&words)[N]) {
        return str(words[m_rng.bounded(int(N))]);
    }

    QString actor() {
        // Short, as responders write them in a timeline.
        static const char* const actors[] = {"on-call", "IC",     "DBRE", "comms",
                                             "support", "mobile", "bot"};
        return pick(actors);
    }

    // One to three lines in the timeline table: a first sentence by source, sometimes one
    // or two more.
    QString description(const QString& source) {
        static const char* const services[] = {
            "payments-api", "checkout-web", "mobile-checkout", "merchant-webhooks",
            "ledger-db",    "api-gateway",  "fraud-scoring",   "service-config"};
        static const char* const zones[] = {"eu-central-1a", "eu-central-1b", "eu-central-1c"};
        static const char* const follow[] = {
            "No change in database CPU or lock waits.",
            "Error rate unchanged compared with the previous five minutes.",
            "Merchants in the Nordics report the same symptom on the support channel.",
            "Retries from mobile clients make up about a third of the traffic.",
            "The runbook page for payments-api does not mention the pool settings.",
            "Latency at the gateway is close to its 30-second timeout.",
            "The webhook queue keeps growing; delivery is about 40 minutes behind.",
            "Decision recorded by the incident commander; next update in 15 minutes.",
            "Customer operations asks for a status page wording they can reuse in replies.",
            "Someone asks whether the config rollout at 12:58 touched payments-api."};
        const QString service = pick(services);
        // Most events are one short line, as responders type them; some are longer
        // (two lines of the table) and a few carry a second sentence (three lines).
        const int roll = int(m_rng.bounded(20));
        if (roll < 12)
            return shortDescription(source, service);
        QString text;
        if (source == u"alert") {
            text = QStringLiteral("Alert %1 p99 latency %2 ms above threshold %3 ms (%4)")
                       .arg(service)
                       .arg(2000 + m_rng.bounded(28000))
                       .arg(1500)
                       .arg(pick(zones));
        } else if (source == u"log") {
            text = QStringLiteral("%1 instance %2: pool wait %3 ms, %4 requests queued, %5 "
                                  "timeouts in the last minute")
                       .arg(service)
                       .arg(m_rng.bounded(12))
                       .arg(50 + m_rng.bounded(30000))
                       .arg(m_rng.bounded(400))
                       .arg(m_rng.bounded(90));
        } else if (source == u"deploy") {
            text = QStringLiteral("Rollout of %1 build %2 to %3 %4")
                       .arg(service)
                       .arg(4000 + m_rng.bounded(900))
                       .arg(pick(zones), m_rng.bounded(2) ? QStringLiteral("finished")
                                                          : QStringLiteral("started"));
        } else if (source == u"status_page") {
            text = QStringLiteral("Status page updated: card payments may fail or be delayed; "
                                  "we are working on a fix and will update again shortly.");
        } else if (source == u"ticket") {
            text = QStringLiteral("Merchant ticket PAY-%1: checkout returned an error for %2 "
                                  "orders in the last hour")
                       .arg(10000 + m_rng.bounded(9000))
                       .arg(1 + m_rng.bounded(60));
        } else {
            static const char* const said[] = {
                "checking whether the ledger database is the bottleneck",
                "rolling back the 11:30 payments-api deploy as a precaution",
                "open connections from payments-api fell from about 900 to 120",
                "comparing the effective configuration of a running instance with the repo",
                "setting pool.max_size to 80 explicitly and rolling out zone by zone",
                "webhook queue draining, about 190,000 messages left",
                "asking for a second pair of eyes on the gateway timeouts",
                "paging database reliability for lock and CPU graphs"};
            text = actor() + QStringLiteral(": ") + pick(said);
        }
        if (roll >= 18)
            text += u' ' + pick(follow);
        return text;
    }

    QString shortDescription(const QString& source, const QString& service) {
        if (source == u"alert")
            return QStringLiteral("%1 p99 %2 ms").arg(service).arg(2000 + m_rng.bounded(28000));
        if (source == u"log")
            return QStringLiteral("%1: pool wait %2 ms").arg(service).arg(m_rng.bounded(30000));
        if (source == u"deploy")
            return QStringLiteral("%1 build %2 rolled out")
                .arg(service)
                .arg(4000 + m_rng.bounded(900));
        if (source == u"status_page")
            return QStringLiteral("Status page: still investigating");
        if (source == u"ticket")
            return QStringLiteral("Ticket PAY-%1: checkout errors")
                .arg(10000 + m_rng.bounded(9000));
        static const char* const said[] = {"next update in 15 min",   "ledger DB looks normal",
                                           "rollback started",        "rollback done, no change",
                                           "pool at 10, expected 80", "zone b rolled out",
                                           "error rate falling",      "queue draining",
                                           "joining the bridge",      "paging DBRE"};
        return actor() + QStringLiteral(": ") + pick(said);
    }

    QString causeStatement(int i) {
        static const char* const statements[] = {
            "Requests waited for database connections and timed out",
            "Each payments-api instance ran with 10 connections instead of 80",
            "The library falls back to a default for a missing key instead of failing",
            "The pool setting was renamed in a routine library release",
            "The pipeline does not compare effective configuration before and after a change",
            "The canary stage runs at morning traffic levels only",
            "Mobile clients retried without enough backoff and added load",
            "The latency alert had been downgraded after noisy load tests",
            "The pool wait-time metric was on no dashboard the runbook links",
            "Customer operations has no path to the paging system",
            "Responders spent an hour on two plausible but wrong hypotheses",
            "Past incidents started in the ledger database, which shaped the first guess",
            "The changelog entry for the rename was not read by the owning team",
            "Weekly dependency updates are merged without a per-service review",
            "The webhook queue has no alert on delivery delay",
            "Status page updates were written from scratch each time"};
        QString text = str(statements[i % 16]);
        if (i >= 16)
            text += QStringLiteral(" (seen again in %1)")
                        .arg(i % 2 ? QStringLiteral("zone b") : QStringLiteral("the retry path"));
        return text;
    }

    void actionItems(int n) {
        static const char* const titles[] = {
            "Refuse unknown keys in service-config instead of falling back to defaults",
            "Compare effective configuration before and after every config rollout",
            "Run the canary stage at afternoon traffic levels",
            "Restore the latency alert's paging threshold after load tests",
            "Put the pool wait-time metric on the payments dashboard",
            "Give customer operations a way to page the payments on-call",
            "Add jittered exponential backoff to the mobile checkout client",
            "Alert on webhook delivery delay over ten minutes",
            "Write status page templates for payment degradation",
            "Review weekly dependency updates per owning team"};
        const QStringList priorities = ActionVocabulary::priorities();
        const QStringList types = ActionVocabulary::types();
        const QStringList statuses = ActionVocabulary::statuses();
        const QStringList methods = ActionVocabulary::verificationMethods();
        const QDate start(2024, 3, 20);
        for (int i = 0; i < n; ++i) {
            const QString status = statuses.at(i % statuses.size());
            const QDate due = start.addDays(7 + m_rng.bounded(80));
            QString title = str(titles[i % 10]);
            if (i >= 10)
                title += QStringLiteral(" (%1)").arg(i / 10 + 1);
            QMap<QString, QJsonValue> fields{
                {ActionField::Title, title},
                {ActionField::Description,
                 QStringLiteral("So that the same failure is caught before customers notice: "
                                "the owner agrees the scope with the affected teams and links "
                                "the change here.")},
                {ActionField::Owner, m_participants.at(i % m_participants.size())},
                {ActionField::Due, due.toString(Qt::ISODate)},
                {ActionField::Priority, priorities.at(i % priorities.size())},
                {ActionField::Type, types.at(i % types.size())},
                {ActionField::Status, status},
                {ActionField::Ticket, QStringLiteral("PAY-%1").arg(2000 + i)},
                {ActionField::Position, double(i + 1)}};
            if (status == u"done") {
                fields.insert(ActionField::ClosedOn, due.addDays(-3).toString(Qt::ISODate));
                fields.insert(ActionField::VerificationMethod, methods.at(i % methods.size()));
                fields.insert(ActionField::VerificationNote,
                              QStringLiteral("Checked in staging with the old setting name; the "
                                             "service now refuses to start and names the key."));
                fields.insert(ActionField::VerifiedOn, due.toString(Qt::ISODate));
                fields.insert(ActionField::VerifiedBy, QStringLiteral("Jonas Weber"));
            } else if (status == u"wont_do") {
                fields.insert(ActionField::StatusReason,
                              QStringLiteral("Covered by the configuration check above."));
            }
            m_actions.append(add(Kind::Action, fields));
        }
        // Causes name the actions that address them.
        for (Record& r : m_pm.children) {
            if (r.kind != Kind::Cause)
                continue;
            r.fields[CauseField::Actions].value =
                QJsonArray{m_actions.at(m_rng.bounded(int(m_actions.size())))};
        }
    }

    Postmortem& m_pm;
    QRandomGenerator m_rng;
    QStringList m_participants;
    QStringList m_events;
    QStringList m_causes;
    QStringList m_actions;
};

Postmortem generatedPostmortem(const TemplateRegistry& templates, int events) {
    QFile sample(QStringLiteral(":/samples/sample-postmortem.json"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("the sample postmortem is missing from this build");
    auto parsed = PostmortemJson::fromJson(sample.readAll(), templates);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    Postmortem pm = std::move(parsed).value();
    pm.root.id = newRecordId();
    pm.root.fields[Field::Title].value =
        QStringLiteral("Card payments failing after the payments-api connection pool fell back "
                       "to a default size (generated, %1 events)")
            .arg(events);
    pm.children.clear();
    Generator g(pm);
    g.participants(10);
    const QDateTime start(QDate(2024, 3, 12), QTime(12, 30), QTimeZone::utc());
    g.events(events, start, start.addSecs(5 * 3600));
    g.causes(40, 15, 60);
    return pm;
}

int pdfPages(const QString& path) {
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (info.waitForFinished(60000) && info.exitCode() == 0) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                .match(QString::fromUtf8(info.readAllStandardOutput()));
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    // No poppler: count the page objects.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(f.readAll()).count(page));
}

QString chromiumBinary() {
    for (const QString& name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return QString();
}

} // namespace

int main(int argc, char** argv) {
    // Text is measured with fonts, which need a QGuiApplication; never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppEnvironment::initialize(app);
    const int eventCount = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

    const TemplateRegistry templates;
    const Postmortem pm = generatedPostmortem(templates, eventCount);
    ReportInputs inputs;
    inputs.tmpl = templates.find(pm.templateId());
    ReportOptions options;
    options.fullTimeline = true;
    options.generatedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::utc());

    // A third argument keeps the files there (to look at the pages); else a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) : temporary.path());
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        qFatal("cannot make %s", qPrintable(dir.path()));
    const QString ourPdf = dir.filePath(QStringLiteral("causeway.pdf"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QString chromePdf = dir.filePath(QStringLiteral("chromium.pdf"));

    // (a) Causeway: model → report → PDF/A.
    Timing ours;
    Timing ourBuild; // the buildReport part of ours
    int ourPages = 0;
    QStringList warnings;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        const Result<Report> report = buildReport(pm, inputs, options);
        if (!report)
            qFatal("buildReport failed: %s", qPrintable(report.error()));
        ourBuild.wallMs.append(double(timer.nsecsElapsed()) / 1e6);
        ourBuild.cpuMs.append((cpuSeconds(RUSAGE_SELF) - cpu) * 1000);
        const Result<PdfOutcome> pdf = writeReportPdf(report.value(), ourPdf);
        if (!pdf)
            qFatal("writeReportPdf failed: %s", qPrintable(pdf.error()));
        ours.wallMs.append(double(timer.nsecsElapsed()) / 1e6);
        ours.cpuMs.append((cpuSeconds(RUSAGE_SELF) - cpu) * 1000);
        ourPages = pdf->pages;
        warnings = report->warnings + pdf->warnings;
    }

    // (b) The peer: the HTML export of the same report, printed by headless Chromium.
    const QString chromium = chromiumBinary();
    Timing peer;
    Timing htmlOnly;
    int peerPages = 0;
    QString peerError;
    // Its own profile folder, so the runs never touch a user's browser profile.
    const QString profile = dir.filePath(QStringLiteral("chromium-profile"));
    for (int run = 0; chromium.size() && peerError.isEmpty() && run < runs; ++run) {
        QFile::remove(chromePdf);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        const double childCpu = cpuSeconds(RUSAGE_CHILDREN);
        const Result<Report> report = buildReport(pm, inputs, options);
        if (!report)
            qFatal("buildReport failed: %s", qPrintable(report.error()));
        QFile out(html);
        if (!out.open(QIODevice::WriteOnly) || out.write(reportHtml(report.value())) < 0)
            qFatal("cannot write %s", qPrintable(html));
        out.close();
        htmlOnly.wallMs.append(double(timer.nsecsElapsed()) / 1e6);
        htmlOnly.cpuMs.append((cpuSeconds(RUSAGE_SELF) - cpu) * 1000);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(chromium,
                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                 QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + profile,
                 QStringLiteral("--print-to-pdf=") + chromePdf,
                 QUrl::fromLocalFile(html).toString()});
        if (!p.waitForFinished(600000) || p.exitCode() != 0 || !QFileInfo::exists(chromePdf)) {
            peerError = QStringLiteral("chromium failed: ") +
                        QString::fromUtf8(p.readAll()).trimmed().right(400);
            break;
        }
        peer.wallMs.append(double(timer.nsecsElapsed()) / 1e6);
        peer.cpuMs.append((cpuSeconds(RUSAGE_SELF) - cpu + cpuSeconds(RUSAGE_CHILDREN) - childCpu) *
                          1000);
        peerPages = pdfPages(chromePdf);
    }

    const auto kib = [](const QString& path) {
        return double(QFileInfo(path).size()) / 1024;
    };
    int causes = 0;
    for (const Record& r : pm.children)
        causes += r.kind == Kind::Cause;
    std::printf("workload: report of a postmortem with %d timeline events (full timeline), %d "
                "causes (15 on the fishbone), 60 actions, 10 participants; A4; %d runs, "
                "median\n",
                eventCount, causes, runs);
    std::printf("%-34s %9s %9s %9s %9s %6s %10s\n", "", "wall ms", "min ms", "max ms", "cpu ms",
                "pages", "size KiB");
    std::printf("%-34s %9.0f %9.0f %9.0f %9.0f %6d %10.0f\n", "causeway (build + PDF/A-1b)",
                ours.wall(), ours.min(), ours.max(), ours.cpu(), ourPages, kib(ourPdf));
    std::printf("%-34s %9.0f %9.0f %9.0f %9.0f\n", "  of which buildReport", ourBuild.wall(),
                ourBuild.min(), ourBuild.max(), ourBuild.cpu());
    if (chromium.isEmpty()) {
        std::printf("chromium: not found (looked for chromium and chromium-browser); the peer "
                    "is unavailable. Debian package: chromium\n");
        return 3;
    }
    if (!peerError.isEmpty()) {
        std::printf("chromium: %s\n", qPrintable(peerError));
        return 3;
    }
    std::printf("%-34s %9.0f %9.0f %9.0f %9.0f %6d %10.0f\n", "chromium (HTML + print-to-pdf)",
                peer.wall(), peer.min(), peer.max(), peer.cpu(), peerPages, kib(chromePdf));
    std::printf("%-34s %9.0f %9.0f %9.0f %9.0f %6s %10.0f   (%s)\n", "  of which build + HTML",
                htmlOnly.wall(), htmlOnly.min(), htmlOnly.max(), htmlOnly.cpu(), "-", kib(html),
                qPrintable(chromium));
    const double ratio = peer.wall() / std::max(ours.wall(), 1e-3);
    const double cpuRatio = peer.cpu() / std::max(ours.cpu(), 1e-3);
    std::printf("ratio chromium / causeway: wall %.2fx, cpu %.2fx (target >= 5.00x faster): %s\n",
                ratio, cpuRatio, ratio >= 5.0 ? "MET" : "NOT MET");
    if (!warnings.isEmpty())
        std::printf("report warnings: %s\n", qPrintable(warnings.join(QStringLiteral("; "))));
    WorkloadResult r;
    r.id = QStringLiteral("P3");
    r.workload = QStringLiteral("PDF/A of a %1-page report").arg(ourPages);
    r.ours = ours.wall();
    r.peer = peer.wall();
    r.peerName = QStringLiteral("headless Chromium printing the HTML (%1 pages)").arg(peerPages);
    r.ratio = ratio;
    r.target = QStringLiteral(">= 5.0x faster");
    r.pass = ratio >= 5.0;
    printResult(r);
    return 0;
}
