#include "DemoData.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <array>

namespace causeway::demo {

namespace {

QString str(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// The seed's two halves, and a salt that keeps id streams apart, as a seed sequence.
std::array<quint32, 3> seedWords(quint64 seed, quint32 salt) {
    return {quint32(seed), quint32(seed >> 32), salt};
}

} // namespace

Generator::Generator(Store& store, quint64 seed, quint32 idSalt)
    : m_store(store)
    , m_rng(seedWords(seed, 0).data(), 2)
    , m_ids(seedWords(seed, 0x1d5a17u ^ idSalt).data(), 3) {}

QString Generator::nextId() {
    // A version 4 UUID whose random bits come from the seed: the same seed gives the same
    // ids, and ids look like those the application makes.
    quint8 bytes[16];
    m_ids.fillRange(reinterpret_cast<quint32*>(bytes), 4);
    bytes[6] = quint8((bytes[6] & 0x0f) | 0x40);
    bytes[8] = quint8((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

Generator::Language Generator::languageOf(int index) {
    switch (index % 10) {
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

QString Generator::title(Language language, const QString& service) {
    static const char* const english[] = {"%1 returned errors after a configuration rollout",
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

QString Generator::summary(Language language, const QString& service, const QDateTime& start,
                           qint64 minutes) {
    const QString window = QStringLiteral("%1 and %2 UTC")
                               .arg(start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    start.addSecs(60LL * minutes).toString(u"yyyy-MM-dd HH:mm"));
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

QString Generator::impact(int users, qint64 minutes) {
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

QString Generator::eventText(const QString& source, const QString& service, Language language) {
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

QString Generator::narrative(Language language, const QString& service) {
    static const char* const english[] = {
        "The change passed review and the canary stage because the canary receives too little "
        "traffic to exhaust a pool of ten connections; nothing in the pipeline compares the "
        "effective configuration with the intended one.",
        "Dashboards showed healthy database CPU and lock waits, which sent responders in the "
        "wrong direction: the signal that mattered, pool wait time, was collected but shown "
        "nowhere.",
        "Rolling back the application did not help because the configuration came from a shared "
        "library; the responders found this by diffing the running process's settings against "
        "the repository.",
        "Customer operations saw the ticket spike twenty minutes before the first page and had "
        "no documented way to reach the on-call engineer, so they posted in a general channel.",
        "The runbook described a manual failover that had been automated a year ago; following "
        "it cost time and briefly produced two writers.",
        "Recovery was slowed by a queue of retried requests that kept the service saturated "
        "after the fix was live; draining it took longer than the fix itself."};
    static const char* const foreign[] = {
        "Die Ursache lag in einer geänderten Standardeinstellung; der Canary-Test erhielt zu wenig "
        "Verkehr, um das Problem zu zeigen. Außerdem fehlte eine Warnung für die Wartezeit.",
        "Le retour arrière de l’application n’a rien changé : la configuration venait d’une "
        "bibliothèque partagée. L’équipe l’a découvert en comparant les paramètres effectifs.",
        "監視ダッシュボードではデータベースは正常に見えたため、対応者は別の原因を疑った。"
        "本当に重要な指標（接続待ち時間）は収集されていたが、どこにも表示されていなかった。"};
    QString text = QStringLiteral("For %1: ").arg(service) + str(pick(english));
    for (int i = 0, more = 1 + int(m_rng.bounded(3)); i < more; ++i)
        text += u' ' + str(pick(english));
    if (language != Language::English)
        text += QStringLiteral("\n\n") + str(foreign[int(language) - 1]);
    return text;
}

Result<QString> Generator::postmortem(int index, const Shape& shape) {
    static const char* const services[] = {"payments-api",      "checkout-web",  "mobile-checkout",
                                           "merchant-webhooks", "ledger-db",     "api-gateway",
                                           "fraud-scoring",     "search-service"};
    static const char* const zones[] = {"Europe/Berlin",    "Europe/Paris", "Asia/Tokyo",
                                        "America/New_York", "UTC",          "Australia/Sydney"};
    static const char* const tagWords[] = {"payments", "configuration", "database",   "retries",
                                           "alerting", "certificates",  "deployment", "capacity"};
    const Language language = languageOf(index);
    const QString service = str(pick(services));
    const QDateTime start = QDateTime(QDate(2023, 1, 2), QTime(8, 0), QTimeZone::utc())
                                .addSecs(qint64(index) * 86400 / 3 + m_rng.bounded(36000));
    // Most incidents last minutes to hours; one in six runs over two or three days.
    const qint64 minutes = m_rng.bounded(6) == 0 ? 1440 + qint64(m_rng.bounded(2880))
                                                 : 20 + qint64(m_rng.bounded(300));
    const qint64 seconds = 60 * minutes;
    const QDateTime end = start.addSecs(seconds);
    const auto at = [&](double from, double to) {
        return start.addSecs(qint64(seconds * (from + (to - from) * m_rng.generateDouble())));
    };
    // Phase markers in incident order: impact begins, is detected, acknowledged, mitigated,
    // ends, and the incident is resolved at its end.
    const QDateTime impactStart = at(0.0, 0.02);
    const QDateTime detected = at(0.05, 0.15);
    const QDateTime acknowledged =
        detected.addSecs(qint64(seconds * (0.01 + 0.04 * m_rng.generateDouble())));
    const QDateTime mitigated = at(0.55, 0.75);
    const QDateTime impactEnd = at(0.8, 0.9);

    QJsonArray tags;
    for (int t = 0, count = 2 + int(m_rng.bounded(3)); t < count; ++t) {
        const QString tag = str(pick(tagWords));
        if (!tags.contains(tag))
            tags.append(tag);
    }
    const int users = 100 + int(m_rng.bounded(50000));

    ChangeSet changes;
    changes.context = QStringLiteral("generate");
    const QString id = nextId();
    changes.creates.append(
        {id,
         Kind::Postmortem,
         QString(),
         {{Field::Template, QStringLiteral("standard")},
          {Field::Status, QStringLiteral("draft")},
          {Field::Confidentiality, QStringLiteral("internal")},
          {Field::Title, title(language, service)},
          {CauseRootField::ProblemStatement,
           QStringLiteral("%1 failed or slowed requests for %2 customers").arg(service).arg(users)},
          {Field::Severity, Vocabulary::severities().at(m_rng.bounded(4))},
          {Field::IncidentStart, canonicalTime(start)},
          {Field::IncidentEnd, canonicalTime(end)},
          {Field::TimeZone, str(pick(zones))},
          {Field::Tags, tags},
          {Field::Summary, summary(language, service, start, minutes)},
          {Field::Impact, impact(users, minutes)},
          {Field::ImpactDurationMinutes, double(minutes)},
          {Field::ImpactUsersAffected, users},
          {Field::Trigger, narrative(language, service)},
          {Field::Detection, narrative(language, service)},
          {Field::Response, narrative(language, service)},
          {Field::LessonsLearned, narrative(language, service)},
          {QStringLiteral("phase_impact_start"), canonicalTime(impactStart)},
          {QStringLiteral("phase_detected"), canonicalTime(detected)},
          {QStringLiteral("phase_acknowledged"), canonicalTime(acknowledged)},
          {QStringLiteral("phase_mitigated"), canonicalTime(mitigated)},
          {QStringLiteral("phase_impact_end"), canonicalTime(impactEnd)},
          {QStringLiteral("phase_resolved"), canonicalTime(end)}}});
    const auto add = [&](const QString& kind, const QMap<QString, QJsonValue>& fields) {
        const QString recordId = nextId();
        changes.creates.append({recordId, kind, id, fields});
        return recordId;
    };

    static const char* const names[] = {"Amara Okafor",  "Jonas Weber",  "Mei Lin",
                                        "Rafael Souza",  "Ingrid Holm",  "Tomasz Nowak",
                                        "Priya Raman",   "Lucía Ortega", "Kwame Mensah",
                                        "Søren Ødegård", "佐藤 花子",    "Zoë Müller"};
    static const char* const roles[] = {"Incident commander", "On-call engineer",
                                        "Communications lead", "Subject-matter expert"};
    QStringList people;
    QStringList peopleNames;
    for (int p = 0, count = 2 + int(m_rng.bounded(4)); p < count; ++p) {
        const QString name = str(pick(names));
        peopleNames.append(name);
        people.append(add(Kind::Participant, {{Field::Name, name},
                                              {Field::Role, str(roles[p % 4])},
                                              {Field::Team, QStringLiteral("Payments")}}));
    }

    // What happens in each stretch of an incident: before detection there are only symptoms,
    // between detection and mitigation the response, afterwards recovery.
    static const char* const beforeDetection[] = {"observation", "customer_impact", "alert",
                                                  "other"};
    static const char* const duringResponse[] = {"escalation",  "action",        "decision",
                                                 "observation", "communication", "alert"};
    static const char* const afterMitigation[] = {"mitigation", "communication", "resolution",
                                                  "observation", "action"};
    const QStringList sources = EventVocabulary::sources();
    QStringList events;
    const int eventCount = shape.events >= 0 ? shape.events : 10 + int(m_rng.bounded(11));
    for (int e = 0; e < eventCount; ++e) {
        // The first event is the detecting alert; the rest spread over the incident.
        const bool detection = e == 0;
        const QString source =
            detection ? QStringLiteral("alert") : sources.at(m_rng.bounded(int(sources.size())));
        const QDateTime time =
            detection ? detected : start.addSecs(seconds * e / eventCount + m_rng.bounded(50));
        events.append(
            add(Kind::Event,
                {{EventField::Time, canonicalTime(time)},
                 {EventField::Source, source},
                 {EventField::Kind, detection          ? QStringLiteral("detection")
                                    : time < detected  ? str(pick(beforeDetection))
                                    : time < mitigated ? str(pick(duringResponse))
                                                       : str(pick(afterMitigation))},
                 {EventField::Actor, source == u"chat" ? peopleNames.at(e % peopleNames.size())
                                                       : QStringLiteral("on-call")},
                 {EventField::Description, eventText(source, service, language)}}));
    }

    static const char* const actionTitles[] = {
        "Refuse unknown configuration keys instead of falling back to defaults",
        "Compare effective configuration before and after every rollout",
        "Alert on certificate expiry 30 days ahead",
        "Add jittered exponential backoff to the mobile client",
        "Put the pool wait-time metric on the service dashboard",
        "Give customer operations a way to page the on-call engineer",
        "Konfigurationsunterschiede vor jedem Rollout automatisch prüfen",
        "Documenter la bascule automatique dans le guide d’exploitation"};
    const QStringList priorities = ActionVocabulary::priorities();
    const QStringList types = ActionVocabulary::types();
    QStringList actions;
    const int actionCount = shape.actions >= 0 ? shape.actions : 2 + int(m_rng.bounded(3));
    for (int a = 0; a < actionCount; ++a)
        actions.append(
            add(Kind::Action,
                {{ActionField::Title, str(pick(actionTitles))},
                 {ActionField::Description,
                  QStringLiteral("So that the same failure is caught before customers notice; "
                                 "the owner agrees the scope with the affected teams.")},
                 {ActionField::Owner, people.at(a % people.size())},
                 {ActionField::Due, end.date().addDays(14 + a * 7).toString(Qt::ISODate)},
                 {ActionField::Priority, priorities.at(m_rng.bounded(int(priorities.size())))},
                 {ActionField::Type, types.at(a % types.size())},
                 {ActionField::Status, QStringLiteral("open")},
                 {ActionField::Position, double(a + 1)}}));

    static const char* const statements[] = {
        "Requests waited for database connections and timed out",
        "The library falls back to a default for a missing key instead of failing",
        "The pipeline does not compare effective configuration before and after a change",
        "The latency alert had been downgraded after noisy load tests",
        "Clients retried without enough backoff and added load",
        "The renewal job's failures went to a mailbox nobody reads",
        "Die Wartezeit auf Verbindungen wurde gemessen, aber nirgends angezeigt",
        "Le guide d’exploitation décrivait une procédure remplacée depuis un an",
        "接続プールの既定値が変更されたことがリリースノートに記載されていなかった"};
    // A 5-whys tree: a few top-level causes, each on a fishbone bone, and chains of "why?"
    // below them on the same bone; the deepest cause of each chain is a root cause.
    const QStringList categories = defaultCauseCategories();
    const int causeCount = shape.causes >= 0 ? shape.causes : 3 + int(m_rng.bounded(3));
    const int tops = causeCount == 0 ? 0 : std::max(1, causeCount / 3);
    QStringList causeIds;
    QStringList causeCategory;
    QList<int> depth;
    QList<int> parentOf;
    for (int c = 0; c < causeCount; ++c) {
        const int parent = c < tops ? -1 : int(m_rng.bounded(c));
        parentOf.append(parent);
        depth.append(parent < 0 ? 0 : std::min(depth.at(parent) + 1, 4));
        causeCategory.append(parent < 0 ? categories.at(m_rng.bounded(int(categories.size())))
                                        : causeCategory.at(parent));
        causeIds.append(nextId());
    }
    // Statements in a shuffled order, so a "why?" never repeats the cause it answers.
    constexpr int statementCount = int(std::size(statements));
    std::array<int, statementCount> order{};
    for (int i = 0; i < statementCount; ++i)
        order[size_t(i)] = i;
    for (int i = statementCount - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(m_rng.bounded(i + 1))]);
    for (int c = 0; c < causeCount; ++c) {
        const bool leaf = !parentOf.contains(c);
        QMap<QString, QJsonValue> fields{
            {CauseField::Statement, str(statements[order[size_t(c % statementCount)]])},
            {CauseField::OnFishbone, true},
            {CauseField::Kind,
             leaf ? QStringLiteral("root_cause") : QStringLiteral("contributing_factor")},
            {CauseField::Category, causeCategory.at(c)},
            {CauseField::Position, double(c + 1)}};
        if (!events.isEmpty())
            fields.insert(CauseField::Evidence,
                          QJsonArray{events.at(m_rng.bounded(int(events.size())))});
        if (!actions.isEmpty())
            fields.insert(CauseField::Actions, QJsonArray{actions.at(c % actions.size())});
        if (parentOf.at(c) >= 0)
            fields.insert(CauseField::Parent, causeIds.at(parentOf.at(c)));
        changes.creates.append({causeIds.at(c), Kind::Cause, id, fields});
    }

    if (auto s = m_store.commit(changes); !s)
        return Result<QString>::failure(s.error());
    m_counts.postmortems += 1;
    m_counts.participants += int(people.size());
    m_counts.events += eventCount;
    m_counts.actions += actionCount;
    m_counts.causes += causeCount;
    m_counts.records += int(changes.creates.size());
    return id;
}

} // namespace causeway::demo
