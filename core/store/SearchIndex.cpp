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

Result<qint64> rowidOf(qint64 postmortemRowid, qint64 recordRowid) {
    if (postmortemRowid <= 0 || postmortemRowid >= (qint64(1) << 31) || recordRowid <= 0 ||
        recordRowid >= (qint64(1) << 32))
        return Result<qint64>::failure(
            QStringLiteral("the search index cannot number record %1 of postmortem %2: the "
                           "database holds more records than it can index")
                .arg(recordRowid)
                .arg(postmortemRowid));
    return (postmortemRowid << 32) | recordRowid;
}

Result<qint64> postmortemRowid(QSqlDatabase& db, const QString& postmortemId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM records WHERE id = ?"));
    q.addBindValue(postmortemId);
    if (!q.exec())
        return Result<qint64>::failure(Database::describeError(q.lastError()));
    if (!q.next())
        return Result<qint64>::failure(
            QStringLiteral("the postmortem %1 of an indexed record is missing").arg(postmortemId));
    return q.value(0).toLongLong();
}

namespace {

Status write(QSqlDatabase& db, qint64 indexRowid, const QString& recordId,
             const QString& postmortemId, const Text& text, bool isNew, bool remove) {
    QSqlQuery q(db);
    if (!isNew) {
        q.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
        q.addBindValue(indexRowid);
        if (!q.exec())
            return failure(q);
    }
    if (remove || (text.title.isEmpty() && text.body.isEmpty()))
        return {};
    q.prepare(QStringLiteral("INSERT INTO search_index(rowid, record_id, postmortem_id, title, "
                             "body) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(indexRowid);
    q.addBindValue(recordId);
    q.addBindValue(postmortemId);
    q.addBindValue(text.title);
    q.addBindValue(text.body);
    if (!q.exec())
        return failure(q);
    return {};
}

} // namespace

Status update(QSqlDatabase& db, qint64 rowid, qint64 postmortemRowid, const QString& recordId,
              const QString& postmortemId, const Text& text, bool isNew, bool remove) {
    const Result<qint64> indexRowid = rowidOf(postmortemRowid, rowid);
    if (!indexRowid)
        return Status::failure(indexRowid.error());
    return write(db, indexRowid.value(), recordId, postmortemId, text, isNew, remove);
}

Status rebuild(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM search_index")))
        return failure(q);
    QSqlQuery all(db);
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT r.rowid, r.id, r.kind, r.root_id, r.fields, p.rowid "
                                 "FROM records r JOIN records p ON p.id = r.root_id WHERE "
                                 "r.deleted = 0 OR r.parent_id IS NULL")))
        return failure(all);
    while (all.next()) {
        const bool isPostmortem = all.value(1).toString() == all.value(3).toString();
        const Text text = textOf(decodeObject(all.value(4).toString()), isPostmortem);
        const Result<qint64> indexRowid =
            rowidOf(all.value(5).toLongLong(), all.value(0).toLongLong());
        if (!indexRowid)
            return Status::failure(indexRowid.error());
        if (auto s = write(db, indexRowid.value(), all.value(1).toString(), all.value(3).toString(),
                           text, true, false);
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
