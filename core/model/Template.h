#pragma once

#include "meeting/AgendaItem.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace causeway {

enum class FieldType {
    Line,
    Text,
    Integer,
    Number,
    Date,
    DateTime,
    Choice,
    Tags,
    TimeZone,
    Boolean
};

struct TemplateField {
    QString key;
    QString label;
    QString help;
    FieldType type = FieldType::Line;
    QStringList choices; // for Choice: the stored values, in display order
    bool required = false;

    // A field of a record kind's fixed schema (timeline events, attachments): the key is
    // also its label, as such records are edited through their own screens.
    static TemplateField ofSchema(const QString& key, FieldType type, QStringList choices = {}) {
        TemplateField f;
        f.key = key;
        f.label = key;
        f.type = type;
        f.choices = std::move(choices);
        return f;
    }
};

// A section either lists fields of the postmortem record, or hosts a list of child
// records (kind "participants").
struct TemplateSection {
    QString key;
    QString title;
    QString kind = QStringLiteral("fields");
    QList<TemplateField> fields;
};

// Postmortem templates are data (resources/templates/*.json, or a user's file), so a
// team can add the fields its regulator asks for without a new Causeway release.
struct Template {
    QString id;
    QString name;
    QString description;
    QString origin; // resource path or file the template came from
    QList<TemplateSection> sections;
    // The fishbone categories postmortems of this template start with; empty: the defaults.
    QStringList causeCategories;
    // The review meeting's agenda ("agenda" in the JSON); empty: the default agenda.
    QList<AgendaItem> agenda;

    const TemplateField* field(const QString& key) const;
    QList<TemplateField> allFields() const;
};

QString fieldTypeName(FieldType type);
// Checks a value against a field's type; null always passes (a cleared field).
Status validateFieldValue(const TemplateField& field, const QJsonValue& value);

class TemplateRegistry {
public:
    // Loads the templates compiled into resources and, if given, every *.json in userDir.
    explicit TemplateRegistry(const QString& userDir = QString());

    static Result<Template> parse(const QByteArray& json, const QString& origin);

    // Validates a template file and copies it into the user template folder.
    Result<Template> installUserTemplate(const QString& filePath);

    const Template* find(const QString& id) const;
    QList<Template> all() const { return m_templates; }
    QStringList loadErrors() const { return m_loadErrors; }

private:
    void add(const Template& t);
    QString m_userDir;
    QList<Template> m_templates;
    QStringList m_loadErrors;
};

} // namespace causeway
