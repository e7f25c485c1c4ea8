#include "store/SearchIndex.h"

#include "model/Fields.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace causeway::SearchIndex {

namespace {

void appendText(QString& out, const QJsonValue& v) {
    if (v.isString()) {
        out += v.toString();
        out += u'\n';
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            appendText(out, item);
    }
}

QJsonValue parseValue(const QString& json) {
    // Values are stored as canonical JSON; wrap so scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + ']');
    return doc.array().at(0);
}

} // namespace

Status refresh(QSqlDatabase& db, const QString& postmortemId) {
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM search_index WHERE postmortem_id = ?"));
    del.addBindValue(postmortemId);
    if (!del.exec())
        return Status::failure(Database::describeError(del.lastError()));

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT r.id, f.name, f.value FROM records r JOIN fields f ON "
                       "f.record_id = r.id WHERE r.root_id = ? AND (r.deleted = 0 OR r.id = ?)"));
    q.addBindValue(postmortemId);
    q.addBindValue(postmortemId);
    if (!q.exec())
        return Status::failure(Database::describeError(q.lastError()));
    QString title;
    QString body;
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (name == Field::Template || name == Field::Status || name == Field::Severity ||
            name == Field::Confidentiality || name == Field::TimeZone ||
            name == Field::IncidentStart || name == Field::IncidentEnd)
            continue;
        const QJsonValue value = parseValue(q.value(2).toString());
        if (q.value(0).toString() == postmortemId && name == Field::Title)
            appendText(title, value);
        else
            appendText(body, value);
    }
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO search_index(postmortem_id, title, body) VALUES (?, ?, ?)"));
    ins.addBindValue(postmortemId);
    ins.addBindValue(title);
    ins.addBindValue(body);
    if (!ins.exec())
        return Status::failure(Database::describeError(ins.lastError()));
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
