#include "store/SearchIndex.h"

#include "model/Fields.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway::SearchIndex {

namespace {

// Keys whose values are codes, times or ids, not words anyone searches for.
bool isIndexed(const QString& key) {
    static const QSet<QString> skipped{Field::Template,
                                       Field::Status,
                                       Field::Severity,
                                       Field::Confidentiality,
                                       Field::TimeZone,
                                       Field::IncidentStart,
                                       Field::IncidentEnd,
                                       QStringLiteral("time"),
                                       QStringLiteral("end"),
                                       QStringLiteral("kind"),
                                       QStringLiteral("source"),
                                       QStringLiteral("import_key"),
                                       QStringLiteral("evidence"),
                                       QStringLiteral("key_event"),
                                       QStringLiteral("sha256"),
                                       QStringLiteral("added_at"),
                                       QStringLiteral("field_confidentiality")};
    return !skipped.contains(key) && !key.startsWith(QStringLiteral("phase_"));
}

void appendText(QString& out, const QJsonValue& v) {
    if (v.isString()) {
        out += v.toString();
        out += u'\n';
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            appendText(out, item);
    }
}

Status failure(const QSqlQuery& q) {
    return Status::failure(Database::describeError(q.lastError()));
}

} // namespace

Text textOf(const QJsonObject& fields, bool isPostmortem) {
    Text text;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!isIndexed(it.key()))
            continue;
        if (isPostmortem && it.key() == Field::Title)
            appendText(text.title, it.value());
        else
            appendText(text.body, it.value());
    }
    return text;
}

Status update(QSqlDatabase& db, qint64 rowid, const QString& recordId, const QString& postmortemId,
              const Text& text, bool isNew, bool remove) {
    QSqlQuery q(db);
    if (!isNew) {
        q.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
        q.addBindValue(rowid);
        if (!q.exec())
            return failure(q);
    }
    if (remove || (text.title.isEmpty() && text.body.isEmpty()))
        return {};
    q.prepare(QStringLiteral("INSERT INTO search_index(rowid, record_id, postmortem_id, title, "
                             "body) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(rowid);
    q.addBindValue(recordId);
    q.addBindValue(postmortemId);
    q.addBindValue(text.title);
    q.addBindValue(text.body);
    if (!q.exec())
        return failure(q);
    return {};
}

Status rebuild(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM search_index")))
        return failure(q);
    QSqlQuery all(db);
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT rowid, id, kind, root_id, fields FROM records WHERE "
                                 "deleted = 0 OR parent_id IS NULL")))
        return failure(all);
    while (all.next()) {
        const bool isPostmortem = all.value(1).toString() == all.value(3).toString();
        const Text text = textOf(decodeObject(all.value(4).toString()), isPostmortem);
        if (auto s = update(db, all.value(0).toLongLong(), all.value(1).toString(),
                            all.value(3).toString(), text, true, false);
            !s)
            return s;
    }
    return {};
}

QString toMatchExpression(const QString& userQuery) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    const QStringList words = userQuery.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& w : words) {
        QString quoted = w;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

} // namespace causeway::SearchIndex
