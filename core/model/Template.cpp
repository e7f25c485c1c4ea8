#include "model/Template.h"

#include "meeting/Agenda.h"
#include "model/Fields.h"
#include "model/TemplateText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace causeway {

namespace {

struct TypeName {
    FieldType type;
    const char16_t* name;
};

constexpr TypeName kTypeNames[] = {
    {FieldType::Line, u"line"},         {FieldType::Text, u"text"},
    {FieldType::Integer, u"integer"},   {FieldType::Number, u"number"},
    {FieldType::Date, u"date"},         {FieldType::DateTime, u"datetime"},
    {FieldType::Choice, u"choice"},     {FieldType::Tags, u"tags"},
    {FieldType::TimeZone, u"timezone"}, {FieldType::Boolean, u"boolean"},
};

std::optional<FieldType> fieldTypeFromName(const QString& name) {
    for (const TypeName& t : kTypeNames) {
        if (name == QStringView(t.name))
            return t.type;
    }
    return std::nullopt;
}

// Built-in keys keep one type in every template, so data moves between templates safely.
std::optional<FieldType> builtinType(const QString& key) {
    if (key == Field::Status || key == Field::Severity || key == Field::Confidentiality)
        return FieldType::Choice;
    if (key == Field::IncidentStart || key == Field::IncidentEnd)
        return FieldType::DateTime;
    if (key == Field::TimeZone)
        return FieldType::TimeZone;
    if (key == Field::Tags || key == Field::ImpactServices)
        return FieldType::Tags;
    if (key == Field::Title)
        return FieldType::Line;
    if (key == Field::ImpactDurationMinutes || key == Field::ImpactUsersAffected)
        return FieldType::Integer;
    if (key == Field::ImpactSloConsumed || key == Field::ImpactCostEstimate)
        return FieldType::Number;
    return std::nullopt;
}

QStringList builtinChoices(const QString& key) {
    if (key == Field::Status)
        return Vocabulary::statuses();
    if (key == Field::Severity)
        return Vocabulary::severities();
    if (key == Field::Confidentiality)
        return Vocabulary::confidentiality();
    return {};
}

const QRegularExpression& keyPattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re;
}

} // namespace

QString fieldTypeName(FieldType type) {
    for (const TypeName& t : kTypeNames) {
        if (t.type == type)
            return QString::fromUtf16(t.name);
    }
    return QString();
}

const TemplateField* Template::field(const QString& key) const {
    for (const TemplateSection& s : sections) {
        for (const TemplateField& f : s.fields) {
            if (f.key == key)
                return &f;
        }
    }
    return nullptr;
}

QList<TemplateField> Template::allFields() const {
    QList<TemplateField> out;
    for (const TemplateSection& s : sections)
        out.append(s.fields);
    return out;
}

Status validateFieldValue(const TemplateField& field, const QJsonValue& value) {
    if (value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Line:
    case FieldType::Text:
        if (!value.isString())
            return Status::failure(QStringLiteral("expected a string"));
        return {};
    case FieldType::Integer: {
        const double d = value.toDouble();
        if (!value.isDouble() || d != static_cast<double>(static_cast<qint64>(d)))
            return Status::failure(QStringLiteral("expected an integer"));
        if (d < 0)
            return Status::failure(QStringLiteral("expected a non-negative integer"));
        return {};
    }
    case FieldType::Number:
        if (!value.isDouble())
            return Status::failure(QStringLiteral("expected a number"));
        return {};
    case FieldType::Date:
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return Status::failure(QStringLiteral("expected a date as YYYY-MM-DD"));
        return {};
    case FieldType::DateTime: {
        const QString s = value.toString();
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!value.isString() || !dt.isValid() || !s.endsWith(u'Z'))
            return Status::failure(
                QStringLiteral("expected a UTC time as YYYY-MM-DDTHH:MM:SS.mmmZ"));
        return {};
    }
    case FieldType::Choice:
        if (!value.isString())
            return Status::failure(QStringLiteral("expected a string"));
        if (!value.toString().isEmpty() && !field.choices.contains(value.toString()))
            return Status::failure(QStringLiteral("expected one of: ") +
                                   field.choices.join(QStringLiteral(", ")));
        return {};
    case FieldType::Tags:
        if (!value.isArray())
            return Status::failure(QStringLiteral("expected an array of strings"));
        for (const QJsonValue& v : value.toArray()) {
            if (!v.isString())
                return Status::failure(QStringLiteral("expected an array of strings"));
        }
        return {};
    case FieldType::Boolean:
        if (!value.isBool())
            return Status::failure(QStringLiteral("expected true or false"));
        return {};
    case FieldType::TimeZone:
        if (!value.isString())
            return Status::failure(QStringLiteral("expected a time zone name"));
        if (!value.toString().isEmpty() &&
            !QTimeZone::isTimeZoneIdAvailable(value.toString().toUtf8()))
            return Status::failure(QStringLiteral("unknown time zone \"") + value.toString() +
                                   u'"');
        return {};
    }
    return {};
}

TemplateRegistry::TemplateRegistry(const QString& userDir)
    : m_userDir(userDir) {
    const QStringList builtins =
        QDir(QStringLiteral(":/templates"))
            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : builtins) {
        QFile f(QStringLiteral(":/templates/") + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto parsed = parse(f.readAll(), f.fileName());
        if (parsed)
            add(withTranslatedTexts(parsed.value())); // a user's template is in their language
        else
            m_loadErrors.append(parsed.error());
    }
    if (m_userDir.isEmpty())
        return;
    const QDir dir(m_userDir);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_loadErrors.append(f.fileName() + QStringLiteral(": cannot be read"));
            continue;
        }
        auto parsed = parse(f.readAll(), f.fileName());
        if (parsed)
            add(parsed.value());
        else
            m_loadErrors.append(parsed.error());
    }
}

void TemplateRegistry::add(const Template& t) {
    for (Template& existing : m_templates) {
        if (existing.id == t.id) {
            existing = t; // a user template may refine a built-in one of the same id
            return;
        }
    }
    m_templates.append(t);
}

const Template* TemplateRegistry::find(const QString& id) const {
    for (const Template& t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Result<Template> TemplateRegistry::parse(const QByteArray& json, const QString& origin) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    auto fail = [&origin](const QString& path, const QString& what) {
        return Result<Template>::failure(origin + QStringLiteral(": ") + path +
                                         QStringLiteral(": ") + what);
    };
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("$"), err.errorString() + QStringLiteral(" at offset ") +
                                             QString::number(err.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("$"), QStringLiteral("expected an object"));
    const QJsonObject o = doc.object();
    Template t;
    t.origin = origin;
    t.id = o.value(u"id").toString();
    t.name = o.value(u"name").toString();
    t.description = o.value(u"description").toString();
    if (!keyPattern().match(t.id).hasMatch())
        return fail(QStringLiteral("$.id"),
                    QStringLiteral("expected an identifier of lower-case letters, digits and _"));
    if (t.name.isEmpty())
        return fail(QStringLiteral("$.name"), QStringLiteral("expected a non-empty string"));
    if (const QJsonValue categories = o.value(u"cause_categories"); !categories.isUndefined()) {
        const QJsonArray list = categories.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString label = list.at(i).toString().trimmed();
            if (label.isEmpty() || t.causeCategories.contains(label))
                return fail(QStringLiteral("$.cause_categories[%1]").arg(i),
                            QStringLiteral("expected a category name, each one once"));
            t.causeCategories.append(label);
        }
        if (!categories.isArray() || t.causeCategories.isEmpty())
            return fail(QStringLiteral("$.cause_categories"),
                        QStringLiteral("expected a non-empty array of category names"));
    }
    if (const QJsonValue agenda = o.value(u"agenda"); !agenda.isUndefined()) {
        const auto items = Agenda::fromJson(agenda, QStringLiteral("$.agenda"));
        if (!items)
            return Result<Template>::failure(origin + QStringLiteral(": ") + items.error());
        t.agenda = items.value();
    }
    const QJsonArray sections = o.value(u"sections").toArray();
    if (sections.isEmpty())
        return fail(QStringLiteral("$.sections"), QStringLiteral("expected a non-empty array"));
    QStringList seenKeys;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString spath = QStringLiteral("$.sections[%1]").arg(i);
        const QJsonObject so = sections.at(i).toObject();
        TemplateSection s;
        s.key = so.value(u"key").toString();
        s.title = so.value(u"title").toString();
        s.kind = so.value(u"kind").toString(QStringLiteral("fields"));
        if (!keyPattern().match(s.key).hasMatch())
            return fail(spath + QStringLiteral(".key"), QStringLiteral("expected an identifier"));
        if (s.title.isEmpty())
            return fail(spath + QStringLiteral(".title"),
                        QStringLiteral("expected a non-empty string"));
        if (s.kind != u"fields" && s.kind != u"participants")
            return fail(spath + QStringLiteral(".kind"),
                        QStringLiteral("expected \"fields\" or \"participants\""));
        const QJsonArray fields = so.value(u"fields").toArray();
        for (qsizetype j = 0; j < fields.size(); ++j) {
            const QString fpath = spath + QStringLiteral(".fields[%1]").arg(j);
            const QJsonObject fo = fields.at(j).toObject();
            TemplateField f;
            f.key = fo.value(u"key").toString();
            f.label = fo.value(u"label").toString();
            f.help = fo.value(u"help").toString();
            f.required = fo.value(u"required").toBool(false);
            if (!keyPattern().match(f.key).hasMatch() || f.key == Field::Template)
                return fail(fpath + QStringLiteral(".key"),
                            QStringLiteral("expected an identifier other than \"template\""));
            if (seenKeys.contains(f.key))
                return fail(fpath + QStringLiteral(".key"),
                            QStringLiteral("duplicate field \"") + f.key + u'"');
            seenKeys.append(f.key);
            if (f.label.isEmpty())
                return fail(fpath + QStringLiteral(".label"),
                            QStringLiteral("expected a non-empty string"));
            const auto type = fieldTypeFromName(fo.value(u"type").toString());
            if (!type)
                return fail(fpath + QStringLiteral(".type"),
                            QStringLiteral("expected one of line, text, integer, number, date, "
                                           "datetime, choice, tags, timezone, boolean"));
            f.type = *type;
            if (const auto builtin = builtinType(f.key); builtin && *builtin != f.type)
                return fail(fpath + QStringLiteral(".type"),
                            QStringLiteral("built-in field \"") + f.key +
                                QStringLiteral("\" must have type ") + fieldTypeName(*builtin));
            f.choices = builtinChoices(f.key);
            if (f.type == FieldType::Choice && f.choices.isEmpty()) {
                for (const QJsonValue& c : fo.value(u"choices").toArray()) {
                    if (c.isString() && !c.toString().isEmpty())
                        f.choices.append(c.toString());
                }
                if (f.choices.isEmpty())
                    return fail(fpath + QStringLiteral(".choices"),
                                QStringLiteral("a choice field needs a non-empty array of "
                                               "strings"));
            }
            s.fields.append(f);
        }
        t.sections.append(s);
    }
    if (!t.field(Field::Title))
        return fail(QStringLiteral("$.sections"),
                    QStringLiteral("a template needs a \"title\" field"));
    return t;
}

Result<Template> TemplateRegistry::installUserTemplate(const QString& filePath) {
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Template>::failure(filePath + QStringLiteral(": cannot be read: ") +
                                         f.errorString());
    const QByteArray data = f.readAll();
    auto parsed = parse(data, filePath);
    if (!parsed)
        return parsed;
    if (m_userDir.isEmpty() || !QDir().mkpath(m_userDir))
        return Result<Template>::failure(QStringLiteral("the template folder cannot be created"));
    const QString target = QDir(m_userDir).filePath(parsed->id + QStringLiteral(".json"));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size())
        return Result<Template>::failure(target + QStringLiteral(": cannot be written: ") +
                                         out.errorString());
    Template t = parsed.value();
    t.origin = target;
    add(t);
    return t;
}

} // namespace causeway
