#include "metrics/SimilarIncidents.h"

#include "causes/Cause.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/TemplateText.h"
#include "review/ReviewRecords.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace causeway {

namespace {

// Words too common in postmortems to say anything about similarity.
const QSet<QString>& stopWords() {
    static const QSet<QString> words{
        QStringLiteral("about"),    QStringLiteral("after"),   QStringLiteral("again"),
        QStringLiteral("also"),     QStringLiteral("been"),    QStringLiteral("before"),
        QStringLiteral("being"),    QStringLiteral("could"),   QStringLiteral("does"),
        QStringLiteral("during"),   QStringLiteral("each"),    QStringLiteral("from"),
        QStringLiteral("have"),     QStringLiteral("into"),    QStringLiteral("more"),
        QStringLiteral("most"),     QStringLiteral("only"),    QStringLiteral("other"),
        QStringLiteral("over"),     QStringLiteral("same"),    QStringLiteral("some"),
        QStringLiteral("than"),     QStringLiteral("that"),    QStringLiteral("their"),
        QStringLiteral("them"),     QStringLiteral("then"),    QStringLiteral("there"),
        QStringLiteral("these"),    QStringLiteral("they"),    QStringLiteral("this"),
        QStringLiteral("those"),    QStringLiteral("through"), QStringLiteral("under"),
        QStringLiteral("until"),    QStringLiteral("very"),    QStringLiteral("were"),
        QStringLiteral("what"),     QStringLiteral("when"),    QStringLiteral("where"),
        QStringLiteral("which"),    QStringLiteral("while"),   QStringLiteral("will"),
        QStringLiteral("with"),     QStringLiteral("would"),   QStringLiteral("your"),
        QStringLiteral("incident"), QStringLiteral("users"),   QStringLiteral("because"),
        QStringLiteral("minutes"),  QStringLiteral("hours"),   QStringLiteral("customers")};
    return words;
}

QString normalised(const QString& s) {
    return s.trimmed().toCaseFolded();
}

// The items of mine that theirs also has (case-insensitive), in my order and spelling.
QStringList shared(const QStringList& mine, const QSet<QString>& theirs) {
    QStringList out;
    QSet<QString> seen;
    for (const QString& item : mine) {
        const QString key = normalised(item);
        if (key.isEmpty() || seen.contains(key) || !theirs.contains(key))
            continue;
        seen.insert(key);
        out.append(item.trimmed());
    }
    return out;
}

QSet<QString> keySet(const QStringList& items) {
    QSet<QString> out;
    for (const QString& item : items) {
        const QString key = normalised(item);
        if (!key.isEmpty())
            out.insert(key);
    }
    return out;
}

QStringList jsonList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

QStringList causeCategoriesOf(const Postmortem& pm) {
    QStringList out;
    for (const Record& r : pm.childrenOfKind(Kind::Cause)) {
        const QString category = r.text(CauseField::Category);
        if (!category.trimmed().isEmpty())
            out.append(category);
    }
    return out;
}

QString sqlFailure(const QSqlQuery& q) {
    return QStringLiteral("similar incidents: ") + Database::describeError(q.lastError());
}

struct Candidate {
    QString title;
    QDateTime incidentStart;
    QStringList tags;
    QStringList services;
    QStringList categories;
};

} // namespace

QStringList SimilarIncident::reasons() const {
    const auto counted = [](const char* one, const char* many, const QStringList& items) {
        return QCoreApplication::translate("SimilarIncidents", items.size() == 1 ? one : many)
            .arg(items.size())
            .arg(items.join(QStringLiteral(", ")));
    };
    QStringList out;
    if (textScore > 0)
        out.append(QCoreApplication::translate("SimilarIncidents", "similar text (%1%)")
                       .arg(qRound(textScore * 100)));
    if (!sharedTags.isEmpty())
        out.append(counted(QT_TRANSLATE_NOOP("SimilarIncidents", "%1 shared tag: %2"),
                           QT_TRANSLATE_NOOP("SimilarIncidents", "%1 shared tags: %2"),
                           sharedTags));
    if (!sharedServices.isEmpty())
        out.append(counted(QT_TRANSLATE_NOOP("SimilarIncidents", "%1 shared service: %2"),
                           QT_TRANSLATE_NOOP("SimilarIncidents", "%1 shared services: %2"),
                           sharedServices));
    if (!sharedCategories.isEmpty()) {
        QStringList shown; // built-in category names in the reader's language
        for (const QString& category : sharedCategories)
            shown.append(templateText(category));
        out.append(counted(QT_TRANSLATE_NOOP("SimilarIncidents", "%1 shared cause category: %2"),
                           QT_TRANSLATE_NOOP("SimilarIncidents", "%1 shared cause categories: %2"),
                           shown));
    }
    return out;
}

QStringList similarityTerms(const Postmortem& pm, int maxWords) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString text;
    for (const QString& key : {Field::Title, Field::Summary, Field::Impact, Field::Trigger,
                               CauseRootField::ProblemStatement}) {
        text += pm.root.text(key);
        text += u'\n';
    }
    for (const Record& r : pm.childrenOfKind(Kind::Cause)) {
        text += r.text(CauseField::Statement);
        text += u'\n';
    }
    QHash<QString, int> counts;
    QStringList order; // first appearance, for a stable tie-break
    for (const QString& raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = raw.toCaseFolded();
        if (word.size() < 4 || stopWords().contains(word))
            continue;
        bool allDigits =
            std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        if (allDigits)
            continue;
        if (!counts.contains(word))
            order.append(word);
        ++counts[word];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString& a, const QString& b) { return counts[a] > counts[b]; });
    if (order.size() > maxWords)
        order.resize(maxWords);
    return order;
}

Result<QList<SimilarIncident>> findSimilarIncidents(Store& store, const Postmortem& pm, int limit) {
    using R = Result<QList<SimilarIncident>>;
    QSqlDatabase& db = store.database();

    // Text relevance: any of the postmortem's words, as prefixes, ranked by bm25 (negative:
    // smaller is better); a postmortem ranks by its best-matching record.
    QHash<QString, double> relevance;
    const QStringList terms = similarityTerms(pm);
    if (!terms.isEmpty()) {
        QStringList quoted;
        for (const QString& t : terms)
            quoted.append(u'"' + QString(t).replace(u'"', QStringLiteral("\"\"")) +
                          QStringLiteral("\"*"));
        QSqlQuery q(db);
        // MATERIALIZED: bm25() only works directly on the full-text query (see Store::search).
        q.prepare(QStringLiteral(
            "WITH m AS MATERIALIZED (SELECT postmortem_id, bm25(search_index, 0.0, 0.0, 10.0, "
            "1.0) AS score FROM search_index WHERE search_index MATCH ?) SELECT "
            "m.postmortem_id, min(m.score) FROM m JOIN records r ON r.id = m.postmortem_id "
            "WHERE r.deleted = 0 AND r.parent_id IS NULL GROUP BY m.postmortem_id"));
        q.addBindValue(quoted.join(QStringLiteral(" OR ")));
        if (!q.exec())
            return R::failure(sqlFailure(q));
        while (q.next())
            relevance.insert(q.value(0).toString(), -q.value(1).toDouble());
    }
    relevance.remove(pm.id());

    // Candidates: live postmortems and the categories of their live causes.
    QHash<QString, Candidate> candidates;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT id, fields FROM records WHERE parent_id IS NULL AND deleted = 0")))
            return R::failure(sqlFailure(q));
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id == pm.id())
                continue;
            const QJsonObject fields = decodeObject(q.value(1).toString());
            Candidate c;
            c.title = fields.value(Field::Title).toString();
            c.incidentStart = parseCanonicalTime(fields.value(Field::IncidentStart).toString());
            c.tags = jsonList(fields.value(Field::Tags));
            c.services = jsonList(fields.value(Field::ImpactServices));
            candidates.insert(id, c);
        }
        QSqlQuery causes(db);
        causes.setForwardOnly(true);
        causes.prepare(
            QStringLiteral("SELECT root_id, fields FROM records WHERE kind = ? AND deleted = 0"));
        causes.addBindValue(Kind::Cause);
        if (!causes.exec())
            return R::failure(sqlFailure(causes));
        while (causes.next()) {
            auto it = candidates.find(causes.value(0).toString());
            if (it == candidates.end())
                continue;
            const QString category =
                decodeObject(causes.value(1).toString()).value(CauseField::Category).toString();
            if (!category.trimmed().isEmpty())
                it->categories.append(category);
        }
    }

    double bestText = 0;
    for (auto it = relevance.cbegin(); it != relevance.cend(); ++it) {
        if (candidates.contains(it.key()))
            bestText = std::max(bestText, it.value());
    }

    const QDateTime start = parseCanonicalTime(pm.root.text(Field::IncidentStart));
    const QStringList myTags = pm.root.list(Field::Tags);
    const QStringList myServices = pm.root.list(Field::ImpactServices);
    const QStringList myCategories = causeCategoriesOf(pm);
    const QSet<QString> confirmed = keySet(pm.root.list(ReviewRootField::RecurrenceOf));

    QList<SimilarIncident> out;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const Candidate& c = it.value();
        if (start.isValid() && c.incidentStart.isValid() && c.incidentStart >= start)
            continue; // not an earlier incident
        SimilarIncident s;
        s.id = it.key();
        s.title = c.title;
        s.incidentStart = c.incidentStart;
        if (bestText > 0)
            s.textScore = std::max(0.0, relevance.value(s.id) / bestText);
        s.sharedTags = shared(myTags, keySet(c.tags));
        s.sharedServices = shared(myServices, keySet(c.services));
        s.sharedCategories = shared(myCategories, keySet(c.categories));
        s.confirmed = confirmed.contains(s.id);
        s.score = SimilarityWeight::Text * s.textScore +
                  SimilarityWeight::Tag * double(s.sharedTags.size()) +
                  SimilarityWeight::Service * double(s.sharedServices.size()) +
                  SimilarityWeight::Category * double(s.sharedCategories.size());
        if (s.score <= 0 && !s.confirmed)
            continue;
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const SimilarIncident& a, const SimilarIncident& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.id < b.id;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace causeway
