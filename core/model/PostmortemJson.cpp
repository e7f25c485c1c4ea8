#include "model/PostmortemJson.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "meeting/MeetingRecord.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "report/Confidentiality.h"
#include "review/ReviewRecords.h"
#include "sync/Conflict.h"
#include "timeline/Attachment.h"
#include "timeline/PhaseMetrics.h"
#include "timeline/Phases.h"
#include "timeline/TimelineEvent.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace causeway::PostmortemJson {

namespace {

const QString kPhaseMetricsMember = QStringLiteral("phase_metrics");

QJsonObject revisionJson(const Revision& r) {
    return QJsonObject{{QStringLiteral("counter"), static_cast<double>(r.counter)},
                       {QStringLiteral("device"), r.device}};
}

QJsonObject metaJson(const FieldValue& v) {
    QJsonObject meta = revisionJson(v.revision);
    meta.insert(QStringLiteral("modified"), canonicalTime(v.modified));
    if (!v.context.isEmpty()) {
        QJsonObject context;
        for (auto it = v.context.cbegin(); it != v.context.cend(); ++it)
            context.insert(it.key(), static_cast<double>(it.value()));
        meta.insert(QStringLiteral("context"), context);
    }
    return meta;
}

QJsonObject recordJson(const Record& r) {
    QJsonObject fields;
    QJsonObject fieldRevisions;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
        fields.insert(it.key(), it.value().value);
        fieldRevisions.insert(it.key(), metaJson(it.value()));
    }
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("created"), canonicalTime(r.created)},
                  {QStringLiteral("modified"), canonicalTime(r.modified)},
                  {QStringLiteral("revision"), revisionJson(r.revision)},
                  {QStringLiteral("deleted"), r.deleted},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("fieldRevisions"), fieldRevisions}};
    if (!r.parentId.isEmpty())
        o.insert(QStringLiteral("parent"), r.parentId);
    if (!r.deletion.revision.isNull())
        o.insert(QStringLiteral("deletion"), metaJson(r.deletion));
    return o;
}

// Revision counters stay exact in a JSON number (a double), and a context names at most this
// many devices: enough for any team, and a bound on what a hostile document can make us store.
constexpr double kMaxCounter = 9007199254740991.0; // 2^53 - 1
constexpr int kMaxContextDevices = 1000;

const QRegularExpression& devicePattern() {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern;
}

// Reads the record envelope shared by every kind; field values are checked by the caller.
class RecordReader {
public:
    explicit RecordReader(QString path)
        : m_path(std::move(path)) {}

    Status read(const QJsonValue& value, Record& out) {
        if (!value.isObject())
            return fail(QString(), QStringLiteral("expected an object"));
        const QJsonObject o = value.toObject();
        static const QStringList allowed{
            QStringLiteral("id"),       QStringLiteral("kind"),           QStringLiteral("created"),
            QStringLiteral("modified"), QStringLiteral("revision"),       QStringLiteral("deleted"),
            QStringLiteral("fields"),   QStringLiteral("fieldRevisions"), QStringLiteral("parent"),
            QStringLiteral("deletion")};
        for (const QString& key : o.keys()) {
            if (!allowed.contains(key))
                return fail(u'.' + key, QStringLiteral("unknown member"));
        }
        if (o.contains(u"id")) {
            const QString id = o.value(u"id").toString();
            const QUuid uuid(id);
            if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id)
                return fail(QStringLiteral(".id"), QStringLiteral("expected a lower-case UUID"));
            out.id = id;
        }
        if (!o.value(u"kind").isString())
            return fail(QStringLiteral(".kind"), QStringLiteral("expected a string"));
        out.kind = o.value(u"kind").toString();
        if (o.contains(u"parent"))
            out.parentId = o.value(u"parent").toString();
        if (auto s = readTime(o, QStringLiteral("created"), out.created); !s)
            return s;
        if (auto s = readTime(o, QStringLiteral("modified"), out.modified); !s)
            return s;
        if (o.contains(u"revision")) {
            if (auto s =
                    readRevision(o.value(u"revision"), QStringLiteral(".revision"), out.revision);
                !s)
                return s;
        }
        if (o.contains(u"deleted")) {
            if (!o.value(u"deleted").isBool())
                return fail(QStringLiteral(".deleted"), QStringLiteral("expected true or false"));
            out.deleted = o.value(u"deleted").toBool();
        }
        const QJsonValue fieldsValue = o.value(u"fields");
        if (!fieldsValue.isUndefined() && !fieldsValue.isObject())
            return fail(QStringLiteral(".fields"), QStringLiteral("expected an object"));
        const QJsonObject fields = fieldsValue.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            out.fields[it.key()].value = it.value();
        const QJsonValue revsValue = o.value(u"fieldRevisions");
        if (!revsValue.isUndefined() && !revsValue.isObject())
            return fail(QStringLiteral(".fieldRevisions"), QStringLiteral("expected an object"));
        const QJsonObject revs = revsValue.toObject();
        for (auto it = revs.begin(); it != revs.end(); ++it) {
            const QString p = QStringLiteral(".fieldRevisions.") + it.key();
            if (!fields.contains(it.key()))
                return fail(p, QStringLiteral("revision of a field that is not in \"fields\""));
            if (auto s = readMeta(it.value(), p, out.fields[it.key()]); !s)
                return s;
        }
        if (o.contains(u"deletion")) {
            if (auto s = readMeta(o.value(u"deletion"), QStringLiteral(".deletion"), out.deletion);
                !s)
                return s;
            out.deletion.value = out.deleted;
        }
        return {};
    }

    // A field's (or the deletion's) revision, modification time and causal context.
    Status readMeta(const QJsonValue& value, const QString& p, FieldValue& fv) const {
        if (auto s = readRevision(value, p, fv.revision); !s)
            return s;
        const QJsonObject meta = value.toObject();
        for (const QString& key : meta.keys()) {
            if (key != u"counter" && key != u"device" && key != u"modified" && key != u"context")
                return fail(p + u'.' + key, QStringLiteral("unknown member"));
        }
        fv.modified = parseCanonicalTime(meta.value(u"modified").toString());
        if (!fv.modified.isValid())
            return fail(p + QStringLiteral(".modified"),
                        QStringLiteral("expected a UTC time as YYYY-MM-DDTHH:MM:SS.mmmZ"));
        fv.context.clear();
        if (meta.contains(u"context")) {
            const QJsonValue contextValue = meta.value(u"context");
            if (!contextValue.isObject())
                return fail(p + QStringLiteral(".context"), QStringLiteral("expected an object"));
            const QJsonObject context = contextValue.toObject();
            if (context.size() > kMaxContextDevices)
                return fail(p + QStringLiteral(".context"),
                            QStringLiteral("more than %1 devices").arg(kMaxContextDevices));
            for (auto it = context.begin(); it != context.end(); ++it) {
                const double c = it.value().toDouble(-1);
                if (!devicePattern().match(it.key()).hasMatch() || it.key() == fv.revision.device ||
                    !it.value().isDouble() || c < 1 || c > kMaxCounter ||
                    c != static_cast<double>(static_cast<qint64>(c)))
                    return fail(p + QStringLiteral(".context.") + it.key(),
                                QStringLiteral("expected another device's positive counter"));
                fv.context.insert(it.key(), static_cast<qint64>(c));
            }
        }
        return {};
    }

    Status fail(const QString& suffix, const QString& what) const {
        return Status::failure(m_path + suffix + QStringLiteral(": ") + what);
    }

private:
    Status readTime(const QJsonObject& o, const QString& key, QDateTime& out) const {
        if (!o.contains(key))
            return {};
        out = parseCanonicalTime(o.value(key).toString());
        if (!out.isValid())
            return fail(u'.' + key,
                        QStringLiteral("expected a UTC time as YYYY-MM-DDTHH:MM:SS.mmmZ"));
        return {};
    }

    Status readRevision(const QJsonValue& v, const QString& path, Revision& out) const {
        const QJsonObject r = v.toObject();
        const QJsonValue counter = r.value(u"counter");
        const double c = counter.toDouble(-1);
        if (!v.isObject() || !counter.isDouble() || c < 1 || c > kMaxCounter ||
            c != static_cast<double>(static_cast<qint64>(c)))
            return fail(path + QStringLiteral(".counter"),
                        QStringLiteral("expected a positive integer"));
        if (!devicePattern().match(r.value(u"device").toString()).hasMatch())
            return fail(path + QStringLiteral(".device"), QStringLiteral("expected a device id"));
        out.counter = static_cast<qint64>(c);
        out.device = r.value(u"device").toString();
        return {};
    }

    QString m_path;
};

Status validateFields(const Record& r, const QList<TemplateField>& schema, const QString& path) {
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
        const QString p = path + QStringLiteral(".fields.") + it.key();
        if (it.key() == Field::Template && r.kind == Kind::Postmortem)
            continue;
        const auto def = std::find_if(schema.cbegin(), schema.cend(),
                                      [&](const TemplateField& f) { return f.key == it.key(); });
        if (def == schema.cend())
            return Status::failure(p + QStringLiteral(": unknown field for this template"));
        if (auto s = validateFieldValue(*def, it.value().value); !s)
            return Status::failure(p + QStringLiteral(": ") + s.error());
    }
    return {};
}

QList<TemplateField> participantSchema() {
    QList<TemplateField> schema;
    for (const QString& key : {Field::Name, Field::Role, Field::Team}) {
        TemplateField f;
        f.key = key;
        f.label = key;
        f.type = FieldType::Line;
        schema.append(f);
    }
    schema.append(TemplateField::ofSchema(ConfidentialityField::Record, FieldType::Choice,
                                          Vocabulary::confidentiality()));
    return schema;
}

} // namespace

QJsonObject toJson(const Postmortem& pm) {
    QList<Record> children = pm.children;
    std::sort(children.begin(), children.end(), [](const Record& a, const Record& b) {
        return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
    });
    QJsonArray childArray;
    for (const Record& c : children)
        childArray.append(recordJson(c));
    // "phase_metrics" is derived data, recomputed from the phase markers and events on every
    // export for readers without Causeway; import ignores it. Without a clock ("now") it is
    // the same on every export, so the bytes stay canonical.
    return QJsonObject{{QStringLiteral("format"), kFormatName},
                       {QStringLiteral("formatVersion"), kFormatVersion},
                       {QStringLiteral("postmortem"), recordJson(pm.root)},
                       {QStringLiteral("children"), childArray},
                       {kPhaseMetricsMember, phaseMetricsJson(computePhaseMetrics(pm))}};
}

namespace {

// The canonical bytes of toJson(), written straight from the records: building the JSON tree
// first took most of the time of an export. Members are written in canonical order by hand
// (object keys sorted by UTF-16 code units); QMap keys already come in that order.
class CanonicalWriter {
public:
    QByteArray out;

    // The same text as canonicalTime(), written in place: there are several per record.
    void time(const QDateTime& t) {
        out += '"';
        if (t.isValid())
            appendCanonicalTime(out, t.toMSecsSinceEpoch());
        out += '"';
    }

    void revision(const Revision& r) {
        out += "{\"counter\":";
        out += QByteArray::number(r.counter);
        out += ",\"device\":";
        appendCanonicalString(out, r.device);
        out += '}';
    }

    void meta(const FieldValue& v) {
        out += '{';
        if (!v.context.isEmpty()) {
            out += "\"context\":{";
            for (auto it = v.context.cbegin(); it != v.context.cend(); ++it) {
                if (it != v.context.cbegin())
                    out += ',';
                appendCanonicalString(out, it.key());
                out += ':';
                out += QByteArray::number(it.value());
            }
            out += "},";
        }
        out += "\"counter\":";
        out += QByteArray::number(v.revision.counter);
        out += ",\"device\":";
        appendCanonicalString(out, v.revision.device);
        out += ",\"modified\":";
        time(v.modified);
        out += '}';
    }

    void record(const Record& r) {
        out += "{\"created\":";
        time(r.created);
        out += ",\"deleted\":";
        out += r.deleted ? "true" : "false";
        if (!r.deletion.revision.isNull()) {
            out += ",\"deletion\":";
            meta(r.deletion);
        }
        out += ",\"fieldRevisions\":{";
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            if (it != r.fields.cbegin())
                out += ',';
            appendCanonicalString(out, it.key());
            out += ':';
            meta(it.value());
        }
        out += "},\"fields\":{";
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            if (it != r.fields.cbegin())
                out += ',';
            appendCanonicalString(out, it.key());
            out += ':';
            appendCanonicalJson(out, it.value().value);
        }
        out += "},\"id\":";
        appendCanonicalString(out, r.id);
        out += ",\"kind\":";
        appendCanonicalString(out, r.kind);
        out += ",\"modified\":";
        time(r.modified);
        if (!r.parentId.isEmpty()) {
            out += ",\"parent\":";
            appendCanonicalString(out, r.parentId);
        }
        out += ",\"revision\":";
        revision(r.revision);
        out += '}';
    }
};

} // namespace

QByteArray toCanonicalBytes(const Postmortem& pm) {
    QList<const Record*> children;
    children.reserve(pm.children.size());
    for (const Record& c : pm.children)
        children.append(&c);
    std::sort(children.begin(), children.end(), [](const Record* a, const Record* b) {
        return std::tie(a->kind, a->id) < std::tie(b->kind, b->id);
    });
    CanonicalWriter w;
    w.out.reserve(512 * (children.size() + 1));
    w.out += "{\"children\":[";
    for (qsizetype i = 0; i < children.size(); ++i) {
        if (i > 0)
            w.out += ',';
        w.record(*children.at(i));
    }
    w.out += "],\"format\":";
    appendCanonicalString(w.out, kFormatName);
    w.out += ",\"formatVersion\":";
    w.out += QByteArray::number(kFormatVersion);
    w.out += ",\"phase_metrics\":";
    w.out += canonicalJson(phaseMetricsJson(computePhaseMetrics(pm)));
    w.out += ",\"postmortem\":";
    w.record(pm.root);
    w.out += '}';
    return w.out;
}

Result<Postmortem> fromJson(const QByteArray& json, const TemplateRegistry& templates) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Result<Postmortem>::failure(QStringLiteral("$: malformed JSON: ") +
                                           err.errorString() + QStringLiteral(" at byte ") +
                                           QString::number(err.offset));
    if (!doc.isObject())
        return Result<Postmortem>::failure(QStringLiteral("$: expected an object"));
    return fromJson(doc.object(), templates);
}

Result<Postmortem> fromJson(const QJsonObject& o, const TemplateRegistry& templates) {
    using R = Result<Postmortem>;
    if (o.value(u"format").toString() != kFormatName)
        return R::failure(QStringLiteral("$.format: expected \"") + kFormatName + u'"');
    const QJsonValue version = o.value(u"formatVersion");
    if (!version.isDouble())
        return R::failure(QStringLiteral("$.formatVersion: expected an integer"));
    if (version.toInt() > kFormatVersion)
        return R::failure(QStringLiteral("$.formatVersion: version %1 was written by a newer "
                                         "Causeway; this one reads up to version %2")
                              .arg(version.toInt())
                              .arg(kFormatVersion));
    if (version.toInt() < 1)
        return R::failure(QStringLiteral("$.formatVersion: expected 1 or higher"));
    for (const QString& key : o.keys()) {
        if (key != u"format" && key != u"formatVersion" && key != u"postmortem" &&
            key != u"children" && key != kPhaseMetricsMember)
            return R::failure(QStringLiteral("$.") + key + QStringLiteral(": unknown member"));
    }
    // Derived data: recomputed from the markers, so a stale or hand-edited copy is ignored.
    if (o.contains(kPhaseMetricsMember) && !o.value(kPhaseMetricsMember).isObject())
        return R::failure(QStringLiteral("$.") + kPhaseMetricsMember +
                          QStringLiteral(": expected an object"));

    Postmortem pm;
    const QString rootPath = QStringLiteral("$.postmortem");
    if (auto s = RecordReader(rootPath).read(o.value(u"postmortem"), pm.root); !s)
        return s;
    if (pm.root.kind != Kind::Postmortem)
        return R::failure(rootPath + QStringLiteral(".kind: expected \"postmortem\""));
    if (!pm.root.parentId.isEmpty())
        return R::failure(rootPath + QStringLiteral(".parent: a postmortem has no parent"));
    const QString templateId = pm.root.text(Field::Template);
    const Template* tmpl = templates.find(templateId);
    if (!tmpl)
        return R::failure(rootPath + QStringLiteral(".fields.template: unknown template \"") +
                          templateId + u'"');
    QList<TemplateField> rootSchema = tmpl->allFields();
    for (const QString& key : Phases::fieldKeys()) {
        if (!tmpl->field(key)) {
            TemplateField phase;
            phase.key = key;
            phase.label = key;
            phase.type = FieldType::DateTime;
            rootSchema.append(phase);
        }
    }
    // Field markings (report/Confidentiality.h) belong to every template.
    const QList<TemplateField> markingSchema{
        TemplateField::ofSchema(ConfidentialityField::FieldMarkings, FieldType::Tags)};
    for (const TemplateField& f : causeRootSchema() + reviewRootSchema() + markingSchema) {
        if (!tmpl->field(f.key))
            rootSchema.append(f);
    }
    if (auto s = validateFields(pm.root, rootSchema, rootPath); !s)
        return s;
    if (const QString bad =
            checkFieldConfidentiality(pm.root.value(ConfidentialityField::FieldMarkings));
        !bad.isEmpty())
        return R::failure(rootPath + QStringLiteral(".fields.") +
                          ConfidentialityField::FieldMarkings + QStringLiteral(": ") + bad);
    if (pm.root.text(Field::Title).trimmed().isEmpty())
        return R::failure(rootPath + QStringLiteral(".fields.title: a postmortem needs a title"));

    const QJsonValue childrenValue = o.value(u"children");
    if (!childrenValue.isUndefined() && !childrenValue.isArray())
        return R::failure(QStringLiteral("$.children: expected an array"));
    const QJsonArray children = childrenValue.toArray();
    // The fixed schema of every child kind.
    const QHash<QString, QList<TemplateField>> childSchemas{
        {Kind::Participant, participantSchema()}, {Kind::Event, eventSchema()},
        {Kind::Attachment, attachmentSchema()},   {Kind::Cause, causeSchema()},
        {Kind::Action, actionSchema()},           {Kind::Review, reviewSchema()},
        {Kind::Signature, signatureSchema()},     {Kind::Meeting, meetingSchema()}};
    QSet<QString> seenIds{pm.root.id};
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QString path = QStringLiteral("$.children[%1]").arg(i);
        Record child;
        if (auto s = RecordReader(path).read(children.at(i), child); !s)
            return s;
        if (child.kind == Kind::Conflict) {
            if (!child.parentId.isEmpty() && child.parentId != pm.root.id)
                return R::failure(path + QStringLiteral(".parent: expected the postmortem's id"));
            if (child.id.isEmpty() || seenIds.contains(child.id))
                return R::failure(path + QStringLiteral(".id: a conflict needs its own id"));
            seenIds.insert(child.id);
            child.parentId = pm.root.id;
            if (auto s = validateConflictRecord(child); !s)
                return R::failure(path + s.error());
            pm.children.append(child);
            continue;
        }
        const auto schema = childSchemas.constFind(child.kind);
        if (schema == childSchemas.cend())
            return R::failure(path + QStringLiteral(".kind: unknown record kind \"") + child.kind +
                              u'"');
        if (!child.parentId.isEmpty() && child.parentId != pm.root.id)
            return R::failure(path + QStringLiteral(".parent: expected the postmortem's id"));
        if (!child.id.isEmpty() && seenIds.contains(child.id))
            return R::failure(path + QStringLiteral(".id: duplicate id"));
        seenIds.insert(child.id);
        child.parentId = pm.root.id;
        if (auto s = validateFields(child, *schema, path); !s)
            return s;
        // Only the description travels here; the content comes in bundles, or not at all.
        if (child.kind == Kind::Attachment) {
            if (auto s = validateAttachmentRecord(child); !s)
                return R::failure(path + s.error());
        }
        pm.children.append(child);
    }
    return pm;
}

} // namespace causeway::PostmortemJson
