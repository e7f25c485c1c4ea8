#include "model/Fields.h"

#include "model/TemplateText.h"

#include <QCoreApplication>

namespace causeway::Vocabulary {

QStringList statuses() {
    return {QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
            QStringLiteral("published")};
}

QStringList severities() {
    return {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"),
            QStringLiteral("SEV4")};
}

QStringList confidentiality() {
    return {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("confidential"),
            QStringLiteral("restricted")};
}

QString displayName(const QString& fieldKey, const QString& valueKey) {
    if (fieldKey == Field::Status) {
        if (valueKey == u"draft")
            return QCoreApplication::translate("Vocabulary", "Draft");
        if (valueKey == u"in_review")
            return QCoreApplication::translate("Vocabulary", "In review");
        if (valueKey == u"approved")
            return QCoreApplication::translate("Vocabulary", "Approved");
        if (valueKey == u"published")
            return QCoreApplication::translate("Vocabulary", "Published");
    } else if (fieldKey == Field::Confidentiality) {
        if (valueKey == u"public")
            return QCoreApplication::translate("Vocabulary", "Public");
        if (valueKey == u"internal")
            return QCoreApplication::translate("Vocabulary", "Internal");
        if (valueKey == u"confidential")
            return QCoreApplication::translate("Vocabulary", "Confidential");
        if (valueKey == u"restricted")
            return QCoreApplication::translate("Vocabulary", "Restricted");
    } else if (fieldKey == Field::Severity) {
        if (valueKey == u"SEV1")
            return QCoreApplication::translate("Vocabulary", "SEV1 – critical");
        if (valueKey == u"SEV2")
            return QCoreApplication::translate("Vocabulary", "SEV2 – major");
        if (valueKey == u"SEV3")
            return QCoreApplication::translate("Vocabulary", "SEV3 – minor");
        if (valueKey == u"SEV4")
            return QCoreApplication::translate("Vocabulary", "SEV4 – low");
    }
    // A template's own choices: translated where the template is a built-in one.
    return templateText(valueKey);
}

} // namespace causeway::Vocabulary
