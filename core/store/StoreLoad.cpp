// Store::loadPostmortem: opening a postmortem reads every record of it, 10,000 timeline
// events and more, so this path avoids what costs per row: QVariant columns, UTF-16 copies of
// the JSON columns only to encode them back for the parser, and decoding the same revision
// (and time, kind, parent and device) again for every row and field.
#include "store/Store.h"

#include "model/CanonicalJson.h"
#include "store/FlatJsonObject.h"
#include "store/SqliteHandle.h"
#include "store/StorePrivate.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <limits>
#include <vector>

namespace causeway {

namespace {

QByteArrayView columnText(sqlite3_stmt* statement, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

// Builds records from stored rows. A revision shared by many rows (a bulk import stamps
// every event alike) is decoded once.
class RecordDecoder {
public:
    Record decode(QByteArrayView id, QByteArrayView kind, QByteArrayView parentId,
                  QByteArrayView created, QByteArrayView modified, qint64 revCounter,
                  QByteArrayView revDevice, bool deleted, QByteArrayView fields,
                  QByteArrayView revs) {
        Record r;
        r.id = QString::fromUtf8(id);
        r.kind = m_kind.get(kind);
        r.parentId = m_parent.get(parentId);
        r.created = m_created.get(created);
        r.modified = m_modified.get(modified);
        r.revision = Revision{revCounter, m_device.get(revDevice)};
        r.deleted = deleted;
        if (!m_revsText.matches(revs)) {
            const QJsonObject parsed = parseObject(revs);
            m_default = FieldValue();
            decodeFieldMeta(parsed.value(kDefaultFieldRevision), m_default);
            m_deletion = FieldValue();
            if (const auto d = parsed.constFind(kDeletionRevision); d != parsed.constEnd())
                decodeFieldMeta(*d, m_deletion);
            // Each field's own revision, decoded once for every row that shares this text.
            m_own.clear();
            for (auto it = parsed.begin(); it != parsed.end(); ++it) {
                FieldValue meta = m_default;
                decodeFieldMeta(it.value(), meta);
                m_own.insert(it.key(), meta);
            }
        }
        if (!m_deletion.revision.isNull()) {
            r.deletion = m_deletion;
            r.deletion.value = deleted;
        }
        const auto add = [this, &r](const QString& key, const QJsonValue& value) {
            const auto own = m_own.constFind(key);
            FieldValue v = own != m_own.constEnd() ? *own : m_default;
            v.value = value;
            // Stored keys come sorted: each goes at the end of the map.
            r.fields.insert(r.fields.cend(), key, v);
        };
        if (m_flat.read(fields,
                        [&add](const QString& key, QJsonValue&& value) { add(key, value); }))
            return r;
        r.fields.clear();
        const QJsonObject object = parseObject(fields);
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
        return r;
    }

private:
    // The last text seen in a column: rows written together share their kind, parent,
    // device, times and revisions, which are then converted (and stored) once.
    struct Last {
        QByteArray bytes{"\x01"}; // matches no stored text
        bool matches(QByteArrayView text) {
            if (QByteArrayView(bytes) == text)
                return true;
            bytes = text.toByteArray();
            return false;
        }
    };
    struct LastString : Last {
        QString value;
        const QString& get(QByteArrayView text) {
            if (!matches(text))
                value = QString::fromUtf8(text);
            return value;
        }
    };
    struct LastTime : Last {
        QDateTime value;
        const QDateTime& get(QByteArrayView text) {
            if (!matches(text))
                value = parseCanonicalTime(QString::fromLatin1(text));
            return value;
        }
    };

    static QJsonObject parseObject(QByteArrayView json) {
        return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object();
    }

    LastString m_kind;
    LastString m_parent;
    LastString m_device;
    LastTime m_created;
    LastTime m_modified;
    Last m_revsText;
    FlatJsonObject m_flat;
    QHash<QString, FieldValue> m_own;
    FieldValue m_default;
    FieldValue m_deletion;
};

} // namespace

std::optional<Postmortem> Store::loadPostmortem(const QString& id) const {
    static const char* const sql =
        "SELECT id, kind, parent_id, created_utc, modified_utc, rev_counter, rev_device, "
        "deleted, fields, field_revs FROM records WHERE root_id = ?";
    RecordDecoder decoder;
    std::vector<Record> rows;
    if (sqlite3* db = sqliteHandle(d->db())) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        const QByteArray key = id.toUtf8();
        sqlite3_bind_text(statement, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            rows.push_back(
                decoder.decode(columnText(statement, 0), columnText(statement, 1),
                               columnText(statement, 2), columnText(statement, 3),
                               columnText(statement, 4), sqlite3_column_int64(statement, 5),
                               columnText(statement, 6), sqlite3_column_int(statement, 7) != 0,
                               columnText(statement, 8), columnText(statement, 9)));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return std::nullopt;
    } else {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!q.exec())
            return std::nullopt;
        while (q.next()) {
            const auto text = [&q](int column) {
                return q.value(column).toString().toUtf8();
            };
            rows.push_back(decoder.decode(text(0), text(1), text(2), text(3), text(4),
                                          q.value(5).toLongLong(), text(6), q.value(7).toBool(),
                                          text(8), text(9)));
        }
    }
    Postmortem pm;
    // Children by kind, creation time and id; the keys are read once, not per comparison.
    struct SortKey {
        const QString* kind;
        qint64 created;
        // The id's first 24 characters, 8 to a word, when each fits in a byte: most ids
        // compare on these alone (record ids made in one millisecond share 13 of them).
        std::array<quint64, 3> idPrefix;
        bool packed;
        const QString* id;
        size_t row;
    };
    const auto pack = [](const QString& text, SortKey& key) {
        key.idPrefix = {0, 0, 0};
        key.packed = true;
        for (qsizetype i = 0; i < qsizetype(key.idPrefix.size() * 8); ++i) {
            const char16_t c = i < text.size() ? text.at(i).unicode() : 0;
            if (c > 0xff || (c == 0 && i < text.size())) {
                key.packed = false;
                return;
            }
            key.idPrefix[size_t(i / 8)] |= quint64(c) << (8 * (7 - i % 8));
        }
    };
    std::vector<SortKey> order;
    order.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        Record& r = rows[i];
        if (r.id == id) {
            pm.root = std::move(r);
            continue;
        }
        SortKey key;
        key.kind = &r.kind;
        key.created = r.created.isValid() ? r.created.toMSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::min();
        key.id = &r.id;
        key.row = i;
        pack(r.id, key);
        order.push_back(key);
    }
    if (pm.root.id.isEmpty() || pm.root.kind != Kind::Postmortem)
        return std::nullopt;
    const auto before = [](const SortKey& a, const SortKey& b) {
        // Rows of one kind share their kind's text (see RecordDecoder).
        if (a.kind->constData() != b.kind->constData()) {
            if (const int c = a.kind->compare(*b.kind))
                return c < 0;
        }
        if (a.created != b.created)
            return a.created < b.created;
        if (a.packed && b.packed && a.idPrefix != b.idPrefix)
            return a.idPrefix < b.idPrefix;
        return *a.id < *b.id;
    };
    // Rows usually come in this order already (ids grow with creation time).
    if (!std::is_sorted(order.begin(), order.end(), before))
        std::sort(order.begin(), order.end(), before);
    pm.children.reserve(qsizetype(order.size()));
    for (const SortKey& k : order)
        pm.children.append(std::move(rows[k.row]));
    return pm;
}

} // namespace causeway
