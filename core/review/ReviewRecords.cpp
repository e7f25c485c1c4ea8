#include "review/ReviewRecords.h"

#include "model/Fields.h"

#include <QCoreApplication>

namespace causeway {

QStringList SignatureVocabulary::meanings() {
    return {QStringLiteral("authored"), QStringLiteral("reviewed"), QStringLiteral("approved")};
}

QString SignatureVocabulary::meaningName(const QString& key) {
    if (key == u"authored")
        return QCoreApplication::translate("Signature", "Authored");
    if (key == u"reviewed")
        return QCoreApplication::translate("Signature", "Reviewed");
    if (key == u"approved")
        return QCoreApplication::translate("Signature", "Approved");
    return key;
}

QList<TemplateField> reviewSchema() {
    using F = TemplateField;
    return {F::ofSchema(ReviewField::From, FieldType::Choice, Vocabulary::statuses()),
            F::ofSchema(ReviewField::To, FieldType::Choice, Vocabulary::statuses()),
            F::ofSchema(ReviewField::At, FieldType::DateTime),
            F::ofSchema(ReviewField::By, FieldType::Line),
            F::ofSchema(ReviewField::Reason, FieldType::Text),
            F::ofSchema(ReviewField::FailedChecks, FieldType::Tags)};
}

QList<TemplateField> signatureSchema() {
    using F = TemplateField;
    return {
        F::ofSchema(SignatureField::Name, FieldType::Line),
        F::ofSchema(SignatureField::Role, FieldType::Line),
        F::ofSchema(SignatureField::Meaning, FieldType::Choice, SignatureVocabulary::meanings()),
        F::ofSchema(SignatureField::SignedAt, FieldType::DateTime),
        F::ofSchema(SignatureField::ContentSha256, FieldType::Line),
        F::ofSchema(SignatureField::KeyId, FieldType::Line),
        F::ofSchema(SignatureField::PublicKey, FieldType::Line),
        F::ofSchema(SignatureField::Value, FieldType::Line)};
}

QList<TemplateField> reviewRootSchema() {
    using F = TemplateField;
    return {F::ofSchema(ReviewRootField::RecurrenceOf, FieldType::Tags),
            F::ofSchema(ReviewRootField::AnalysisDue, FieldType::Date)};
}

} // namespace causeway
