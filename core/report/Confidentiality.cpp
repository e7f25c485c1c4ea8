#include "report/Confidentiality.h"

#include "model/Fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace causeway {

namespace {

// How open each level is: a profile keeps what is at most as closed as its own level.
int closedness(const QString& level) {
    return static_cast<int>(Vocabulary::confidentiality().indexOf(level));
}

bool isFieldKey(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]+$"));
    return pattern.match(key).hasMatch();
}

// One "FIELD_KEY:LEVEL" entry: empty on success, else what is wrong with it.
QString checkEntry(const QString& entry, QString* key = nullptr, QString* level = nullptr) {
    const qsizetype colon = entry.lastIndexOf(u':');
    if (colon < 0)
        return QStringLiteral("expected FIELD_KEY:LEVEL");
    const QString k = entry.left(colon);
    const QString l = entry.mid(colon + 1);
    if (!isFieldKey(k))
        return QStringLiteral("the field key must be lower-case letters, digits and _");
    if (!Vocabulary::confidentiality().contains(l))
        return QStringLiteral("the level must be one of ") +
               Vocabulary::confidentiality().join(QStringLiteral(", "));
    if (key)
        *key = k;
    if (level)
        *level = l;
    return {};
}

} // namespace

std::optional<ReportProfile> reportProfileFromName(const QString& name) {
    for (ReportProfile p : reportProfiles()) {
        if (reportProfileName(p) == name)
            return p;
    }
    return std::nullopt;
}

QString reportProfileName(ReportProfile profile) {
    switch (profile) {
    case ReportProfile::Full:
        return QStringLiteral("full");
    case ReportProfile::Internal:
        return QStringLiteral("internal");
    case ReportProfile::External:
        return QStringLiteral("external");
    }
    return {};
}

QString reportProfileDisplayName(ReportProfile profile) {
    switch (profile) {
    case ReportProfile::Full:
        return QCoreApplication::translate("ReportProfile", "Full");
    case ReportProfile::Internal:
        return QCoreApplication::translate("ReportProfile", "Internal");
    case ReportProfile::External:
        return QCoreApplication::translate("ReportProfile", "External");
    }
    return {};
}

QList<ReportProfile> reportProfiles() {
    return {ReportProfile::Full, ReportProfile::Internal, ReportProfile::External};
}

bool keptInProfile(const QString& level, ReportProfile profile) {
    if (level.isEmpty())
        return true;
    const int closed = closedness(level);
    switch (profile) {
    case ReportProfile::Full:
        return true;
    case ReportProfile::Internal:
        // An unknown level is treated as the most closed one: a typo must not open anything.
        return closed >= 0 && closed <= closedness(QStringLiteral("internal"));
    case ReportProfile::External:
        return closed >= 0 && closed <= closedness(QStringLiteral("public"));
    }
    return false;
}

QString recordConfidentiality(const Record& record) {
    return record.text(ConfidentialityField::Record);
}

QMap<QString, QString> fieldConfidentiality(const Record& postmortem) {
    QMap<QString, QString> markings;
    for (const QJsonValue& v : postmortem.value(ConfidentialityField::FieldMarkings).toArray()) {
        QString key;
        QString level;
        if (v.isString() && checkEntry(v.toString(), &key, &level).isEmpty())
            markings.insert(key, level);
    }
    return markings;
}

QJsonValue markFieldConfidentiality(const Record& postmortem, const QString& fieldKey,
                                    const QString& level) {
    const QJsonValue current = postmortem.value(ConfidentialityField::FieldMarkings);
    if (!isFieldKey(fieldKey) ||
        (!level.isEmpty() && !Vocabulary::confidentiality().contains(level)))
        return current;
    QMap<QString, QString> markings = fieldConfidentiality(postmortem);
    if (level.isEmpty())
        markings.remove(fieldKey);
    else
        markings.insert(fieldKey, level);
    if (markings.isEmpty())
        return QJsonValue(QJsonValue::Null); // a cleared field, like any other
    QJsonArray entries;
    for (auto it = markings.cbegin(); it != markings.cend(); ++it) // QMap: sorted by key
        entries.append(QString(it.key() + u':' + it.value()));
    return entries;
}

QString checkFieldConfidentiality(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        return QStringLiteral("expected a list of FIELD_KEY:LEVEL entries");
    const QJsonArray entries = value.toArray();
    QStringList seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entry %1").arg(i + 1);
        if (!entries.at(i).isString())
            return where + QStringLiteral(": expected a string FIELD_KEY:LEVEL");
        const QString entry = entries.at(i).toString();
        QString key;
        if (const QString bad = checkEntry(entry, &key); !bad.isEmpty())
            return where + QStringLiteral(" \"") + entry + QStringLiteral("\": ") + bad;
        // Two levels for one field would leave the reader guessing which one applies.
        if (seen.contains(key))
            return where + QStringLiteral(" \"") + entry +
                   QStringLiteral("\": the field is marked more than once");
        seen.append(key);
    }
    return {};
}

QString reportMarking(const Postmortem& pm, ReportProfile profile) {
    switch (profile) {
    case ReportProfile::Full: {
        const QString own = pm.root.text(Field::Confidentiality);
        return Vocabulary::displayName(Field::Confidentiality,
                                       own.isEmpty() ? QStringLiteral("internal") : own);
    }
    case ReportProfile::Internal:
        return Vocabulary::displayName(Field::Confidentiality, QStringLiteral("internal"));
    case ReportProfile::External:
        return Vocabulary::displayName(Field::Confidentiality, QStringLiteral("public"));
    }
    return {};
}

} // namespace causeway
