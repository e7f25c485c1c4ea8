#pragma once

// The generated postmortems of bench_bundle.
#include "actions/Action.h"
#include "causes/Cause.h"
#include "model/Fields.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace causeway::bench {

inline QString str(const char* utf8) {
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

} // namespace causeway::bench
