#pragma once

#include "editor/FieldEditor.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace causeway {

class LineFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    LineFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QLineEdit* m_edit;
};

class TextFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    TextFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QPlainTextEdit* m_edit;
};

// Spin boxes cannot be empty, so their minimum stands for "not set".
class IntegerFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    IntegerFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QSpinBox* m_spin;
};

class NumberFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    NumberFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QDoubleSpinBox* m_spin;
};

// Date edits cannot be empty either; the minimum date stands for "not set".
class DateFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    DateFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QDateEdit* m_edit;
};

// Stored as a UTC instant, shown as wall-clock time in the postmortem's time zone. Qt 6.4's
// QDateTimeEdit cannot hold an arbitrary zone, so it holds the wall-clock time as a UTC-spec
// value (which has no daylight-saving gaps) and this class converts.
class DateTimeFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    DateTimeFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;
    void setTimeZone(const QTimeZone& zone) override;

private:
    void show(const QDateTime& utc);
    QDateTime shownInstant() const;

    QWidget* m_container;
    QDateTimeEdit* m_edit;
    QLabel* m_zoneLabel;
    QTimeZone m_zone;
    QDateTime m_utc;
};

class ChoiceFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    ChoiceFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QComboBox* m_combo;
};

// Tags are typed as a comma-separated list.
class TagsFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    TagsFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

    static QStringList parse(const QString& text);

private:
    QLineEdit* m_edit;
};

class TimeZoneFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    TimeZoneFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QComboBox* m_combo;
};

// A check box; unchecked is stored as false, so "not set" and "no" read the same.
class BooleanFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    BooleanFieldEditor(const TemplateField& field, QWidget* parent);
    QWidget* widget() const override;
    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox* m_check;
};

} // namespace causeway
