// Exports N generated postmortems into one signed, passphrase-encrypted bundle and times it
// beside the peer doing the same work with standard tools on the same canonical JSON (zip,
// minisign, age -p), in the same run on the same machine. Then times merging a bundle in
// which a tenth of the postmortems carry a same-field edit made on both sides (a conflict
// each) into a second store. Prints both sides, the ratio and the merge time; it asserts
// nothing.
//   bench_bundle [POSTMORTEMS=1000] [RUNS=3] [KEEP_DIR]
#include "actions/Action.h"
#include "bundle/Age.h"
#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "signing/Sodium.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <poll.h>
#include <pty.h>
#include <sched.h>
#include <sodium.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace causeway;

namespace {

// CPU seconds used so far by this process, or by its finished children (zip, minisign, age):
// on a busy machine the wall clock also counts waiting for a core.
double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing {
    QList<double> wallMs;
    QList<double> cpuMs;
    static double median(const QList<double>& values) {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }
    double wall() const { return median(wallMs); }
    double cpu() const { return median(cpuMs); }
    double min() const {
        return wallMs.isEmpty() ? 0 : *std::min_element(wallMs.begin(), wallMs.end());
    }
    double max() const {
        return wallMs.isEmpty() ? 0 : *std::max_element(wallMs.begin(), wallMs.end());
    }
};

// Measures one stretch of wall and CPU time into a Timing.
class Stopwatch {
public:
    explicit Stopwatch(bool children = false)
        : m_children(children) {
        m_cpu = cpu();
        m_timer.start();
    }
    double wallMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return (cpu() - m_cpu) * 1000; }
    void stopInto(Timing& t) const {
        t.wallMs.append(wallMs());
        t.cpuMs.append((cpu() - m_cpu) * 1000);
    }

private:
    double cpu() const {
        return cpuSeconds(RUSAGE_SELF) + (m_children ? cpuSeconds(RUSAGE_CHILDREN) : 0.0);
    }
    bool m_children;
    double m_cpu = 0;
    QElapsedTimer m_timer;
};

QString str(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// Postmortems as teams write them: a title, narrative fields, 10–20 timeline events, a few
// participants, causes and actions. About a third are written in German, French or
// Japanese (or mix them in), so the JSON carries non-ASCII text.
class Generator {
public:
    struct Counts {
        int records = 0;
        int events = 0;
    };

    explicit Generator(Store& store)
        : m_store(store)
        , m_rng(20260314) {}

    QStringList generate(int n) {
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids.append(postmortem(i));
        return ids;
    }
    Counts counts() const { return m_counts; }

private:
    enum class Language { English, German, French, Japanese };

    template <size_t N> const char* pick(const char* const (&words)[N]) {
        return words[m_rng.bounded(int(N))];
    }

    static Language languageOf(int i) {
        switch (i % 10) {
        case 3:
            return Language::German;
        case 6:
            return Language::French;
        case 8:
            return Language::Japanese;
        default:
            return Language::English;
        }
    }

    QString title(Language language, const QString& service) {
        static const char* const english[] = {
            "%1 returned errors after a configuration rollout",
            "Checkout latency on %1 above the timeout for two hours",
            "%1 dropped webhooks while the queue was being migrated",
            "Certificate expiry took %1 offline in one region",
            "Retry storm from mobile clients overloaded %1",
            "Database failover left %1 writing to a read replica",
            "%1 served stale prices after a cache eviction bug",
            "Disk filled on the %1 log volume and stopped writes"};
        static const char* const german[] = {
            "Zahlungsausfälle bei %1 nach einer Konfigurationsänderung",
            "%1 überlastet: Wiederholungsversuche der mobilen Clients",
            "Zertifikat abgelaufen – %1 in einer Region nicht erreichbar"};
        static const char* const french[] = {
            "Échecs de paiement sur %1 après un déploiement de configuration",
            "Latence élevée de %1 pendant la migration de la file d’attente",
            "%1 indisponible : certificat expiré dans une région"};
        static const char* const japanese[] = {"%1 の接続プールが既定値に戻り決済が失敗",
                                               "%1 で証明書の期限切れにより一部地域が停止",
                                               "モバイルクライアントの再試行で %1 が過負荷"};
        const char* pattern = nullptr;
        switch (language) {
        case Language::German:
            pattern = pick(german);
            break;
        case Language::French:
            pattern = pick(french);
            break;
        case Language::Japanese:
            pattern = pick(japanese);
            break;
        case Language::English:
            pattern = pick(english);
            break;
        }
        return str(pattern).arg(service);
    }

    QString summary(Language language, const QString& service, const QDateTime& start,
                    int minutes) {
        const QString window = QStringLiteral("%1 and %2 UTC")
                                   .arg(start.toString(QStringLiteral("HH:mm")),
                                        start.addSecs(60LL * minutes).toString(u"HH:mm"));
        static const char* const causes[] = {
            "A library release renamed a setting, and the service silently used a default.",
            "A certificate renewal job had failed for weeks without alerting anyone.",
            "A schema migration held a lock longer than expected under afternoon traffic.",
            "Clients retried without backoff and multiplied the load on a degraded dependency.",
            "A cache node was replaced and the warm-up path sent every read to the database."};
        static const char* const responses[] = {
            "Responders first suspected the database, which cost about forty minutes.",
            "The alert that fired first went to a low-urgency channel.",
            "Customer operations noticed before monitoring did and had no way to page.",
            "Rolling back the last deploy did not help, which pointed to configuration.",
            "The fix went out zone by zone through the normal pipeline."};
        QString text = QStringLiteral("Between %1, %2 returned errors for %3 % of requests. ")
                           .arg(window, service)
                           .arg(2 + m_rng.bounded(40));
        text += str(pick(causes)) + u' ' + str(pick(responses));
        if (m_rng.bounded(2))
            text += u' ' + str(pick(responses));
        switch (language) {
        case Language::German:
            text += str(" Zusammenfassung: Die Ursache war eine stillschweigende Rückfall-"
                        "Konfiguration; Kunden in Österreich und der Schweiz waren besonders "
                        "betroffen.");
            break;
        case Language::French:
            text += str(" Résumé : la file d’attente des webhooks a été vidée à 16 h 40 ; "
                        "aucun paiement n’a été débité deux fois.");
            break;
        case Language::Japanese:
            text += str(" 概要：設定名の変更により接続数が10に制限され、午後のトラフィック増加で"
                        "待ち時間が発生した。");
            break;
        case Language::English:
            break;
        }
        return text;
    }

    QString impact(int users, int minutes) {
        return QStringLiteral("About %1 customers saw failed or slow requests over %2 minutes; "
                              "%3 merchants received webhooks late and %4 opened tickets. No "
                              "data was lost. The availability SLO used %5 % of its monthly "
                              "error budget.")
            .arg(users)
            .arg(minutes)
            .arg(50 + m_rng.bounded(2000))
            .arg(m_rng.bounded(60))
            .arg(5 + m_rng.bounded(90));
    }

    QString eventText(const QString& source, const QString& service, Language language) {
        static const char* const said[] = {
            "checking whether the ledger database is the bottleneck",
            "rolling back the morning deploy as a precaution",
            "open connections fell from about 900 to 120",
            "comparing the effective configuration with the repository",
            "setting the pool size explicitly and rolling out zone by zone",
            "webhook queue draining, about 190,000 messages left",
            "paging database reliability for lock and CPU graphs",
            "status page updated, next update in 30 minutes"};
        static const char* const foreign[] = {
            "Rollback läuft, Fehlerrate unverändert — wir prüfen die Konfiguration",
            "Mise à jour de la page d’état : paiements dégradés, prochaine mise à jour à 15 h",
            "DBの CPU とロック待ちは正常。接続数が 900 から 120 に減少",
            "⚠️ Warteschlange wächst weiter: ~40 Minuten Verzögerung"};
        if (source == u"alert")
            return QStringLiteral("Alert: %1 p99 latency %2 ms above threshold 1500 ms")
                .arg(service)
                .arg(2000 + m_rng.bounded(28000));
        if (source == u"log")
            return QStringLiteral("%1 instance %2: pool wait %3 ms, %4 requests queued")
                .arg(service)
                .arg(m_rng.bounded(12))
                .arg(50 + m_rng.bounded(30000))
                .arg(m_rng.bounded(400));
        if (source == u"deploy")
            return QStringLiteral("Rollout of %1 build %2 finished")
                .arg(service)
                .arg(4000 + m_rng.bounded(900));
        if (source == u"ticket")
            return QStringLiteral("Merchant ticket PAY-%1: checkout errors on %2 orders")
                .arg(10000 + m_rng.bounded(9000))
                .arg(1 + m_rng.bounded(60));
        if (language != Language::English && m_rng.bounded(2))
            return str(pick(foreign));
        return QStringLiteral("on-call: ") + str(pick(said));
    }

    QString postmortem(int index) {
        static const char* const services[] = {
            "payments-api", "checkout-web", "mobile-checkout", "merchant-webhooks",
            "ledger-db",    "api-gateway",  "fraud-scoring",   "search-service"};
        static const char* const zones[] = {"Europe/Berlin", "Europe/Paris", "Asia/Tokyo",
                                            "America/New_York", "UTC"};
        static const char* const tagWords[] = {"payments",   "configuration", "database",
                                               "retries",    "alerting",      "certificates",
                                               "deployment", "capacity"};
        const Language language = languageOf(index);
        const QString service = str(pick(services));
        const QDateTime start = QDateTime(QDate(2023, 1, 2), QTime(8, 0), QTimeZone::utc())
                                    .addSecs(qint64(index) * 86400 / 3 + m_rng.bounded(36000));
        const int minutes = 20 + int(m_rng.bounded(300));
        QJsonArray tags;
        for (int t = 0, count = 2 + int(m_rng.bounded(3)); t < count; ++t) {
            const QString tag = str(pick(tagWords));
            if (!tags.contains(tag))
                tags.append(tag);
        }
        const int users = 100 + int(m_rng.bounded(50000));
        auto created = m_store.createPostmortem(
            QStringLiteral("standard"),
            {{Field::Title, title(language, service)},
             {Field::Severity, Vocabulary::severities().at(m_rng.bounded(4))},
             {Field::IncidentStart, canonicalTime(start)},
             {Field::IncidentEnd, canonicalTime(start.addSecs(60LL * minutes))},
             {Field::TimeZone, str(pick(zones))},
             {Field::Tags, tags},
             {Field::Summary, summary(language, service, start, minutes)},
             {Field::Impact, impact(users, minutes)},
             {Field::ImpactDurationMinutes, minutes},
             {Field::ImpactUsersAffected, users}});
        if (!created)
            qFatal("createPostmortem failed: %s", qPrintable(created.error()));
        const QString id = created.value();
        m_counts.records += 1;

        ChangeSet children;
        children.context = QStringLiteral("bench");
        const auto add = [&](const QString& kind, const QMap<QString, QJsonValue>& fields) {
            const QString recordId = newRecordId();
            children.creates.append({recordId, kind, id, fields});
            return recordId;
        };
        static const char* const names[] = {"Amara Okafor",  "Jonas Weber",  "Mei Lin",
                                            "Rafael Souza",  "Ingrid Holm",  "Tomasz Nowak",
                                            "Priya Raman",   "Lucía Ortega", "Kwame Mensah",
                                            "Søren Ødegård", "佐藤 花子",    "Zoë Müller"};
        static const char* const roles[] = {"Incident commander", "On-call engineer",
                                            "Communications lead", "Subject-matter expert"};
        QStringList people;
        for (int p = 0, count = 2 + int(m_rng.bounded(4)); p < count; ++p)
            people.append(add(Kind::Participant, {{Field::Name, str(pick(names))},
                                                  {Field::Role, str(roles[p % 4])},
                                                  {Field::Team, QStringLiteral("Payments")}}));

        const QStringList kinds = EventVocabulary::kinds();
        const QStringList sources = EventVocabulary::sources();
        QStringList events;
        const int eventCount = 10 + int(m_rng.bounded(11));
        for (int e = 0; e < eventCount; ++e) {
            const QString source = sources.at(m_rng.bounded(int(sources.size())));
            events.append(
                add(Kind::Event,
                    {{EventField::Time, canonicalTime(start.addSecs(
                                            60LL * minutes * e / eventCount + m_rng.bounded(50)))},
                     {EventField::Source, source},
                     {EventField::Kind, kinds.at(m_rng.bounded(int(kinds.size())))},
                     {EventField::Actor, QStringLiteral("on-call")},
                     {EventField::Description, eventText(source, service, language)}}));
        }
        m_counts.events += eventCount;

        static const char* const actionTitles[] = {
            "Refuse unknown configuration keys instead of falling back to defaults",
            "Compare effective configuration before and after every rollout",
            "Alert on certificate expiry 30 days ahead",
            "Add jittered exponential backoff to the mobile client",
            "Put the pool wait-time metric on the service dashboard",
            "Give customer operations a way to page the on-call engineer"};
        const QStringList priorities = ActionVocabulary::priorities();
        const QStringList types = ActionVocabulary::types();
        QStringList actions;
        for (int a = 0, count = 2 + int(m_rng.bounded(3)); a < count; ++a)
            actions.append(
                add(Kind::Action,
                    {{ActionField::Title, str(pick(actionTitles))},
                     {ActionField::Description,
                      QStringLiteral("So that the same failure is caught before customers notice; "
                                     "the owner agrees the scope with the affected teams.")},
                     {ActionField::Owner, people.at(a % people.size())},
                     {ActionField::Due, start.date().addDays(14 + a * 7).toString(Qt::ISODate)},
                     {ActionField::Priority, priorities.at(a % priorities.size())},
                     {ActionField::Type, types.at(a % types.size())},
                     {ActionField::Status, QStringLiteral("open")},
                     {ActionField::Position, double(a + 1)}}));

        static const char* const statements[] = {
            "Requests waited for database connections and timed out",
            "The library falls back to a default for a missing key instead of failing",
            "The pipeline does not compare effective configuration before and after a change",
            "The latency alert had been downgraded after noisy load tests",
            "Clients retried without enough backoff and added load",
            "The renewal job's failures went to a mailbox nobody reads"};
        QString parent;
        for (int c = 0, count = 3 + int(m_rng.bounded(3)); c < count; ++c) {
            QMap<QString, QJsonValue> fields{
                {CauseField::Statement, str(pick(statements))},
                {CauseField::Kind, c == count - 1 ? QStringLiteral("root_cause")
                                                  : QStringLiteral("contributing_factor")},
                {CauseField::Position, 0.0},
                {CauseField::Evidence, QJsonArray{events.at(m_rng.bounded(int(events.size())))}},
                {CauseField::Actions, QJsonArray{actions.at(c % actions.size())}}};
            if (!parent.isEmpty())
                fields.insert(CauseField::Parent, parent);
            parent = add(Kind::Cause, fields);
        }
        m_counts.records += int(children.creates.size());
        if (auto s = m_store.commit(children); !s)
            qFatal("commit failed: %s", qPrintable(s.error()));
        return id;
    }

    Store& m_store;
    QRandomGenerator m_rng;
    Counts m_counts;
};

std::unique_ptr<Store> openStore(const QString& path, const QString& device) {
    OpenOptions options;
    options.deviceId = device;
    options.actor = Actor{QStringLiteral("Bench Analyst"), QStringLiteral("bench")};
    auto store = Store::open(path, options);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.error()));
    return std::move(store.value());
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The scrypt work factor (log2 N) in an age file's header; -1 when it has no scrypt stanza.
int scryptLogN(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.read(512).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("-> scrypt "))
            return line.split(' ').value(3).toInt();
    }
    return -1;
}

// How the peer encrypts: age -p reads the passphrase only from a terminal, so it runs on a
// pseudo-terminal and the passphrase is typed at its two prompts. Returns an empty string on
// success, else what went wrong.
QString agePassphrase(const QString& age, const QString& in, const QString& out,
                      const QByteArray& passphrase) {
    const QByteArray agePath = QFile::encodeName(age);
    const QByteArray inPath = QFile::encodeName(in);
    const QByteArray outPath = QFile::encodeName(out);
    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0)
        return QStringLiteral("forkpty failed: ") + QString::fromLocal8Bit(std::strerror(errno));
    if (pid == 0) {
        execl(agePath.constData(), "age", "-p", "-o", outPath.constData(), inPath.constData(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    // age prompts "Enter passphrase (…): " and then "Confirm passphrase: "; echo is off while
    // it reads, so every "passphrase" seen is a prompt waiting for an answer.
    QByteArray seen;
    qsizetype answered = 0;
    QString problem;
    for (;;) {
        pollfd p{terminal, POLLIN, 0};
        const int ready = poll(&p, 1, 600000);
        if (ready == 0) {
            problem = QStringLiteral("age did not finish within 10 minutes");
            kill(pid, SIGKILL);
            break;
        }
        if (ready < 0 && errno == EINTR)
            continue;
        char buffer[512];
        const ssize_t got = ready < 0 ? -1 : read(terminal, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // EIO: age exited and the terminal closed
        seen.append(buffer, got);
        const qsizetype prompts = seen.count("passphrase");
        for (; answered < prompts; ++answered) {
            const QByteArray line = passphrase + '\n';
            if (write(terminal, line.constData(), size_t(line.size())) != line.size()) {
                problem = QStringLiteral("could not type the passphrase");
                break;
            }
        }
    }
    close(terminal);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (problem.isEmpty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        problem = QStringLiteral("age -p failed (status %1): %2")
                      .arg(status)
                      .arg(QString::fromUtf8(seen).simplified().right(300));
    if (problem.isEmpty() && !QFileInfo::exists(out))
        problem = QStringLiteral("age -p wrote no file");
    return problem;
}

QString run(const QString& program, const QStringList& args, const QString& workingDir) {
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, args.join(u' '), QString::fromUtf8(p.readAll()).trimmed().right(300));
    return QString();
}

QString cpuModel() {
    // /proc files report no size, so they are read to the end rather than tested for it.
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return QStringLiteral("unknown");
}

// As nproc counts: the processors this process may run on.
int processors() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return CPU_COUNT(&set);
    return int(sysconf(_SC_NPROCESSORS_ONLN));
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

void removeDatabase(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void copyDatabase(const QString& from, const QString& to) {
    removeDatabase(to);
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            qFatal("cannot copy %s", qPrintable(from + suffix));
    }
}

// How both sides encrypt: with a passphrase (age -p, scrypt) when age can be driven on a
// pseudo-terminal, else to an X25519 recipient on both sides.
struct Encryption {
    bool passphrase = true;
    QByteArray secret = "bench: correct horse battery staple 2026";
    Age::Identity identity;
};

Bundle::ExportRequest exportRequest(const Bundle::Signer& signer, const Encryption& encryption,
                                    const QString& output) {
    Bundle::ExportRequest request;
    request.all = true;
    request.signer = signer;
    if (encryption.passphrase)
        request.passphrase = sodium::Passphrase(encryption.secret);
    else
        request.recipients = {encryption.identity.recipient};
    request.scryptLogN = Age::kDefaultScryptLogN;
    request.outputPath = output;
    return request;
}

Bundle::OpenOptions openOptions(const Encryption& encryption) {
    Bundle::OpenOptions options;
    if (encryption.passphrase)
        options.passphrase = sodium::Passphrase(encryption.secret);
    else
        options.identities = {encryption.identity.secretKey};
    return options;
}

double kib(const QString& path) {
    return double(QFileInfo(path).size()) / 1024;
}

void row(const char* label, const Timing& t, double sizeKiB = -1) {
    std::printf("%-38s %9.0f %9.0f %9.0f %9.0f", label, t.wall(), t.min(), t.max(), t.cpu());
    if (sizeKiB >= 0)
        std::printf(" %10.0f", sizeKiB);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Settings of our own, so that looking for signing profiles never reads the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CausewayBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_bundle"));
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    if (!sodium::ready())
        qFatal("libsodium cannot run on this machine");

    // A third argument keeps the files there; else a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) : temporary.path());
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        qFatal("cannot make %s", qPrintable(dir.path()));
    const auto path = [&dir](const char* name) {
        return dir.filePath(QString::fromUtf8(name));
    };

    std::printf("machine: %d processors (nproc), %s; load average %s\n", processors(),
                qPrintable(cpuModel()), qPrintable(loadAverage()));

    // 1. N postmortems in store A, and a signing key made here (no keychain).
    const QString dbA = path("a.db");
    removeDatabase(dbA);
    auto storeA = openStore(dbA, QStringLiteral("bench-device-a"));
    QElapsedTimer setup;
    setup.start();
    Generator generator(*storeA);
    const QStringList ids = generator.generate(n);
    const qint64 generateMs = setup.elapsed();

    auto secretKey = std::make_shared<sodium::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey->data());
    const Bundle::Signer signer{QStringLiteral("Bench Signer"), QStringLiteral("Reviewer"),
                                publicKey, secretKey};

    // The peer's input: the same canonical JSON documents, written once.
    QDir peerDir(path("peer"));
    peerDir.removeRecursively();
    if (!peerDir.mkpath(QStringLiteral("postmortems")))
        qFatal("cannot make %s", qPrintable(peerDir.path()));
    qint64 jsonBytes = 0;
    for (const QString& id : ids) {
        auto json = storeA->exportPostmortem(id);
        if (!json)
            qFatal("exportPostmortem failed: %s", qPrintable(json.error()));
        QFile out(peerDir.filePath(QStringLiteral("postmortems/") + id + QStringLiteral(".json")));
        if (!out.open(QIODevice::WriteOnly) || out.write(json.value()) != json.value().size())
            qFatal("cannot write %s", qPrintable(out.fileName()));
        jsonBytes += json.value().size();
    }

    // The peer's tools, and its key: an unencrypted minisign key (-W), made once.
    const QString zipTool = QStandardPaths::findExecutable(QStringLiteral("zip"));
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
    if (zipTool.isEmpty() || minisign.isEmpty() || age.isEmpty()) {
        std::printf("the peer needs zip, minisign and age on PATH (Debian: zip, minisign, age); "
                    "found zip '%s', minisign '%s', age '%s'\n",
                    qPrintable(zipTool), qPrintable(minisign), qPrintable(age));
        return 1;
    }
    const QString minisignSecret = path("minisign.key");
    const QString minisignPublic = path("minisign.pub");
    QFile::remove(minisignSecret);
    QFile::remove(minisignPublic);
    if (const QString e = run(minisign,
                              {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"),
                               minisignPublic, QStringLiteral("-s"), minisignSecret},
                              dir.path());
        !e.isEmpty())
        qFatal("%s", qPrintable(e));

    // Passphrase encryption when age can be driven on a pseudo-terminal; else recipients.
    Encryption encryption;
    QString passphraseProblem;
    {
        const QString probeIn = path("probe.txt");
        const QString probeOut = path("probe.age");
        QFile probe(probeIn);
        if (!probe.open(QIODevice::WriteOnly) || probe.write("probe\n") != 6)
            qFatal("cannot write %s", qPrintable(probeIn));
        probe.close();
        QFile::remove(probeOut);
        passphraseProblem = agePassphrase(age, probeIn, probeOut, encryption.secret);
        encryption.passphrase = passphraseProblem.isEmpty();
        if (!encryption.passphrase)
            encryption.identity = Age::generateIdentity();
    }

    // 2. Causeway: store → canonical JSON → manifest, signature → zip → age → file.
    const QString ourBundle = path("causeway.causeway");
    Timing ours;
    Timing ourRead, ourZip, ourEncrypt, ourWrite; // the parts of ours, from its progress steps
    qint64 ourBytes = 0;
    for (int r = 0; r < runs; ++r) {
        QFile::remove(ourBundle);
        Bundle::ExportRequest request = exportRequest(signer, encryption, ourBundle);
        // Wall and CPU ms at the ends of reading, zipping, encrypting and writing.
        double wallAt[4] = {0, 0, 0, 0};
        double cpuAt[4] = {0, 0, 0, 0};
        Stopwatch watch;
        request.progress = [&](int percent, const QString&) {
            const int step = percent >= 100  ? 3
                             : percent >= 95 ? 2
                             : percent >= 85 ? 1
                             : percent >= 75 ? 0
                                             : -1;
            if (step >= 0) {
                wallAt[step] = watch.wallMs();
                cpuAt[step] = watch.cpuMs();
            }
            return true;
        };
        auto exported = Bundle::exportBundle(*storeA, request);
        watch.stopInto(ours);
        if (!exported)
            qFatal("exportBundle failed: %s", qPrintable(exported.error()));
        if (exported->postmortemIds.size() != n || !exported->signedBundle || !exported->encrypted)
            qFatal("the bundle holds %d postmortems (signed %d, encrypted %d)",
                   int(exported->postmortemIds.size()), exported->signedBundle,
                   exported->encrypted);
        ourBytes = exported->bytes;
        Timing* parts[4] = {&ourRead, &ourZip, &ourEncrypt, &ourWrite};
        for (int p = 0; p < 4; ++p) {
            parts[p]->wallMs.append(wallAt[p] - (p ? wallAt[p - 1] : 0.0));
            parts[p]->cpuMs.append(cpuAt[p] - (p ? cpuAt[p - 1] : 0.0));
        }
    }

    // 3. The peer: zip the folder, sign the zip with minisign, encrypt it with age.
    const QString peerZip = path("peer.zip");
    const QString peerSig = peerZip + QStringLiteral(".minisig");
    const QString peerAge = peerZip + QStringLiteral(".age");
    Timing peer;
    Timing peerZipT, peerSign, peerEncrypt;
    for (int r = 0; r < runs; ++r) {
        for (const QString& f : {peerZip, peerSig, peerAge})
            QFile::remove(f);
        Stopwatch watch(true);
        {
            Stopwatch part(true);
            if (const QString e = run(zipTool,
                                      {QStringLiteral("-r"), QStringLiteral("-q"), peerZip,
                                       QStringLiteral("postmortems")},
                                      peerDir.path());
                !e.isEmpty())
                qFatal("%s", qPrintable(e));
            part.stopInto(peerZipT);
        }
        {
            Stopwatch part(true);
            if (const QString e = run(minisign,
                                      {QStringLiteral("-S"), QStringLiteral("-s"), minisignSecret,
                                       QStringLiteral("-m"), peerZip, QStringLiteral("-t"),
                                       QStringLiteral("peer bundle of %1 postmortems").arg(n)},
                                      dir.path());
                !e.isEmpty())
                qFatal("%s", qPrintable(e));
            part.stopInto(peerSign);
        }
        {
            Stopwatch part(true);
            const QString e =
                encryption.passphrase
                    ? agePassphrase(age, peerZip, peerAge, encryption.secret)
                    : run(age,
                          {QStringLiteral("-e"), QStringLiteral("-r"),
                           encryption.identity.recipient, QStringLiteral("-o"), peerAge, peerZip},
                          dir.path());
            if (!e.isEmpty())
                qFatal("%s", qPrintable(e));
            part.stopInto(peerEncrypt);
        }
        watch.stopInto(peer);
    }

    // 4. Merge: store B received every postmortem through the bundle; then a tenth of them
    // get a different summary on each side, A exports again and B merges that bundle.
    const TemplateRegistry templates;
    const QString dbB = path("b.db");
    removeDatabase(dbB);
    auto storeB = openStore(dbB, QStringLiteral("bench-device-b"));
    {
        auto opened = Bundle::open(readFile(ourBundle), templates, openOptions(encryption));
        if (!opened)
            qFatal("Bundle::open failed: %s", qPrintable(opened.error()));
        auto applied = Bundle::apply(*storeB, opened.value(), true, false);
        if (!applied || applied->postmortems.size() != n)
            qFatal("the first merge into B failed: %s", qPrintable(applied.error()));
    }
    int edited = 0;
    for (int i = 0; i < n; i += 10) {
        const QString& id = ids.at(i);
        ChangeSet a;
        a.fieldChanges.append({id, Field::Summary,
                               QStringLiteral("Revised in the review on device A: the fallback "
                                              "to a default pool size was the trigger (%1).")
                                   .arg(i)});
        ChangeSet b;
        b.fieldChanges.append({id, Field::Summary,
                               str("Überarbeitet auf Gerät B: the retry storm made it worse; "
                                   "see the client metrics (%1).")
                                   .arg(i)});
        if (auto s = storeA->commit(a); !s)
            qFatal("edit in A failed: %s", qPrintable(s.error()));
        if (auto s = storeB->commit(b); !s)
            qFatal("edit in B failed: %s", qPrintable(s.error()));
        ++edited;
    }
    const QString mergeBundle = path("merge.causeway");
    QFile::remove(mergeBundle);
    if (auto e = Bundle::exportBundle(*storeA, exportRequest(signer, encryption, mergeBundle)); !e)
        qFatal("exportBundle (merge) failed: %s", qPrintable(e.error()));
    storeB.reset(); // closed, so that its file can be copied

    // Decryption alone, for the breakdown: the scrypt work is part of opening the bundle.
    Timing decryptOnly;
    {
        Age::DecryptOptions options;
        if (encryption.passphrase)
            options.passphrase = sodium::Passphrase(encryption.secret);
        else
            options.identities = {encryption.identity.secretKey};
        const QByteArray file = readFile(mergeBundle);
        Stopwatch watch;
        if (auto plain = Age::decrypt(file, options); !plain)
            qFatal("Age::decrypt failed: %s", qPrintable(plain.error()));
        watch.stopInto(decryptOnly);
    }

    const QString dbRun = path("b-run.db");
    Timing merge, mergeOpen, mergeApply;
    int conflicts = -1;
    int openConflicts = -1;
    for (int r = 0; r < runs; ++r) {
        copyDatabase(dbB, dbRun);
        auto store = openStore(dbRun, QStringLiteral("bench-device-b"));
        Stopwatch watch;
        Stopwatch opening;
        auto opened = Bundle::open(readFile(mergeBundle), templates, openOptions(encryption));
        if (!opened)
            qFatal("Bundle::open failed: %s", qPrintable(opened.error()));
        opening.stopInto(mergeOpen);
        Stopwatch applying;
        auto applied = Bundle::apply(*store, opened.value(), true, false);
        if (!applied)
            qFatal("Bundle::apply failed: %s", qPrintable(applied.error()));
        applying.stopInto(mergeApply);
        watch.stopInto(merge);
        conflicts = applied->conflicts;
        if (r == runs - 1)
            openConflicts = int(store->openConflicts().size());
    }

    // 5. The table.
    const Generator::Counts counts = generator.counts();
    std::printf("workload: %d postmortems (%d records, %d timeline events; about 30 %% with "
                "German, French or Japanese text), %.1f MiB of canonical JSON; generated in "
                "%lld ms; %d runs, median\n",
                n, counts.records, counts.events, double(jsonBytes) / (1 << 20),
                static_cast<long long>(generateMs), runs);
    if (encryption.passphrase) {
        std::printf("encryption: passphrase on both sides (age -p driven on a pseudo-terminal); "
                    "scrypt log2 N in the files: causeway %d, age %d\n",
                    scryptLogN(ourBundle), scryptLogN(peerAge));
    } else {
        std::printf("encryption: NOT a passphrase: age -p could not be driven on a "
                    "pseudo-terminal (%s), so BOTH sides encrypt to one X25519 recipient "
                    "(age -e -r, ExportRequest.recipients)\n",
                    qPrintable(passphraseProblem));
    }
    std::printf("%-38s %9s %9s %9s %9s %10s\n", "", "wall ms", "min ms", "max ms", "cpu ms",
                "size KiB");
    row("causeway export (sign, zip, age)", ours, double(ourBytes) / 1024);
    row("  of which read store + JSON + sign", ourRead);
    row("  of which zip", ourZip);
    row("  of which encrypt", ourEncrypt);
    row("  of which write file + audit entry", ourWrite);
    row(encryption.passphrase ? "peer zip + minisign -S + age -p"
                              : "peer zip + minisign -S + age -r",
        peer, kib(peerAge) + kib(peerSig));
    row("  of which zip -r", peerZipT, kib(peerZip));
    row("  of which minisign -S", peerSign, kib(peerSig));
    row(encryption.passphrase ? "  of which age -p" : "  of which age -e -r", peerEncrypt,
        kib(peerAge));
    const double ratio = ours.wall() / std::max(peer.wall(), 1e-3);
    const double cpuRatio = ours.cpu() / std::max(peer.cpu(), 1e-3);
    std::printf("ratio causeway / peer: wall %.2fx, cpu %.2fx (target <= 1.00x): %s\n", ratio,
                cpuRatio, ratio <= 1.0 ? "PASS" : "FAIL");
    std::printf("merge: B (copy of its database each run) opens and applies A's bundle; %d of "
                "%d postmortems edited on both sides (summary)\n",
                edited, n);
    row("merge: open + apply", merge, kib(mergeBundle));
    row("  of which Bundle::open", mergeOpen);
    row("    of which age decryption alone", decryptOnly);
    row("  of which Bundle::apply", mergeApply);
    std::printf("conflicts created: %d (open conflict records in B afterwards: %d; expected "
                "%d)\n",
                conflicts, openConflicts, edited);
    std::printf("merge time %.0f ms (target < 5000 ms): %s\n", merge.wall(),
                merge.wall() < 5000 && conflicts == edited ? "PASS" : "FAIL");
    if (argc > 3)
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    return 0;
}
