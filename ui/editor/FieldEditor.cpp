#include "editor/FieldEditor.h"

#include "editor/FieldEditors.h"

namespace causeway {

FieldEditor* FieldEditor::create(const TemplateField& field, QWidget* parent) {
    switch (field.type) {
    case FieldType::Line:
        return new LineFieldEditor(field, parent);
    case FieldType::Text:
        return new TextFieldEditor(field, parent);
    case FieldType::Integer:
        return new IntegerFieldEditor(field, parent);
    case FieldType::Number:
        return new NumberFieldEditor(field, parent);
    case FieldType::Date:
        return new DateFieldEditor(field, parent);
    case FieldType::DateTime:
        return new DateTimeFieldEditor(field, parent);
    case FieldType::Choice:
        return new ChoiceFieldEditor(field, parent);
    case FieldType::Tags:
        return new TagsFieldEditor(field, parent);
    case FieldType::TimeZone:
        return new TimeZoneFieldEditor(field, parent);
    case FieldType::Boolean:
        return new BooleanFieldEditor(field, parent);
    }
    return new LineFieldEditor(field, parent);
}

} // namespace causeway
