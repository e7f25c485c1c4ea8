#include "editor/FieldEditors.h"

#include "common/DisplayTimeZone.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "util/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextCursor>

#include <cmath>
#include <limits>

namespace causeway {

namespace {

class UndoShortcutFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                // Not accepting the override lets the shortcut reach the window's action.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

const QDate kUnsetDate(1900, 1, 1);

void describe(QWidget* widget, const TemplateField& field) {
    widget->setAccessibleName(field.label);
    if (!field.help.isEmpty()) {
        widget->setToolTip(field.help);
        widget->setAccessibleDescription(field.help);
    }
}

} // namespace

void routeUndoToDocument(QWidget* widget) {
    widget->installEventFilter(new UndoShortcutFilter(widget));
}

// Line ----------------------------------------------------------------------------------

LineFieldEditor::LineFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(parent)) {
    describe(m_edit, field);
    routeUndoToDocument(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString& text) { Q_EMIT edited(QJsonValue(text)); });
}

QWidget* LineFieldEditor::widget() const {
    return m_edit;
}

void LineFieldEditor::setValue(const QJsonValue& value) {
    const QString text = value.toString();
    if (m_edit->text() == text)
        return;
    const QSignalBlocker blocker(m_edit);
    const int cursor = m_edit->cursorPosition();
    m_edit->setText(text);
    m_edit->setCursorPosition(qMin(cursor, int(text.size())));
}

QJsonValue LineFieldEditor::value() const {
    return m_edit->text();
}

void LineFieldEditor::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

// Text ----------------------------------------------------------------------------------

TextFieldEditor::TextFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(parent)) {
    describe(m_edit, field);
    routeUndoToDocument(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setUndoRedoEnabled(false);
    // Room for a paragraph, measured in lines so that larger fonts get larger boxes.
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 5);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(QJsonValue(m_edit->toPlainText())); });
}

QWidget* TextFieldEditor::widget() const {
    return m_edit;
}

void TextFieldEditor::setValue(const QJsonValue& value) {
    const QString text = value.toString();
    if (m_edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(m_edit);
    const int cursor = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor restored = m_edit->textCursor();
    restored.setPosition(qMin(cursor, int(text.size())));
    m_edit->setTextCursor(restored);
}

QJsonValue TextFieldEditor::value() const {
    return m_edit->toPlainText();
}

void TextFieldEditor::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

// Integer -------------------------------------------------------------------------------

IntegerFieldEditor::IntegerFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_spin(new QSpinBox(parent)) {
    describe(m_spin, field);
    routeUndoToDocument(m_spin);
    m_spin->setRange(-1, std::numeric_limits<int>::max());
    m_spin->setSpecialValueText(tr("Not set"));
    m_spin->setValue(-1);
    m_spin->setGroupSeparatorShown(true);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] { Q_EMIT edited(value()); });
}

QWidget* IntegerFieldEditor::widget() const {
    return m_spin;
}

void IntegerFieldEditor::setValue(const QJsonValue& value) {
    const int v = value.isDouble() ? int(value.toDouble()) : m_spin->minimum();
    if (m_spin->value() == v)
        return;
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(v);
}

QJsonValue IntegerFieldEditor::value() const {
    if (m_spin->value() == m_spin->minimum())
        return QJsonValue::Null;
    return double(m_spin->value());
}

void IntegerFieldEditor::setReadOnly(bool readOnly) {
    m_spin->setReadOnly(readOnly);
}

// Number --------------------------------------------------------------------------------

NumberFieldEditor::NumberFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_spin(new QDoubleSpinBox(parent)) {
    describe(m_spin, field);
    routeUndoToDocument(m_spin);
    m_spin->setDecimals(2);
    m_spin->setRange(-1.0, 1e12);
    m_spin->setSpecialValueText(tr("Not set"));
    m_spin->setValue(-1.0);
    m_spin->setGroupSeparatorShown(true);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT edited(value()); });
}

QWidget* NumberFieldEditor::widget() const {
    return m_spin;
}

void NumberFieldEditor::setValue(const QJsonValue& value) {
    const double v = value.isDouble() ? value.toDouble() : m_spin->minimum();
    // Compare at the precision the spin box shows, so a stored 12.345 is not "different".
    const double scale = std::pow(10.0, m_spin->decimals());
    if (std::llround(m_spin->value() * scale) == std::llround(v * scale))
        return;
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(v);
}

QJsonValue NumberFieldEditor::value() const {
    if (m_spin->value() <= m_spin->minimum())
        return QJsonValue::Null;
    return m_spin->value();
}

void NumberFieldEditor::setReadOnly(bool readOnly) {
    m_spin->setReadOnly(readOnly);
}

// Date ----------------------------------------------------------------------------------

DateFieldEditor::DateFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QDateEdit(parent)) {
    describe(m_edit, field);
    routeUndoToDocument(m_edit);
    m_edit->setDisplayFormat(displayDateFormat());
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(kUnsetDate);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDate(kUnsetDate);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { Q_EMIT edited(value()); });
}

QWidget* DateFieldEditor::widget() const {
    return m_edit;
}

void DateFieldEditor::setValue(const QJsonValue& value) {
    QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        date = kUnsetDate;
    if (m_edit->date() == date)
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setDate(date);
}

QJsonValue DateFieldEditor::value() const {
    if (m_edit->date() == kUnsetDate)
        return QJsonValue::Null;
    return m_edit->date().toString(Qt::ISODate);
}

void DateFieldEditor::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

// DateTime ------------------------------------------------------------------------------

DateTimeFieldEditor::DateTimeFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_container(new QWidget(parent))
    , m_edit(new QDateTimeEdit(m_container))
    , m_zoneLabel(new QLabel(m_container))
    , m_zone(displayTimeZone()) {
    describe(m_edit, field);
    routeUndoToDocument(m_edit);
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(displayDateTimeFormat());
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDateTime(QDateTime(kUnsetDate, QTime(0, 0), Qt::UTC));
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDateTime(m_edit->minimumDateTime());
    m_container->setFocusProxy(m_edit);

    auto* layout = new QHBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_zoneLabel);
    layout->addStretch(1);
    setTimeZone(m_zone);

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_utc = shownInstant();
        Q_EMIT edited(value());
    });
}

QWidget* DateTimeFieldEditor::widget() const {
    return m_container;
}

QDateTime DateTimeFieldEditor::shownInstant() const {
    const QDateTime wall = m_edit->dateTime();
    if (wall == m_edit->minimumDateTime())
        return {};
    return QDateTime(wall.date(), wall.time(), m_zone).toUTC();
}

void DateTimeFieldEditor::show(const QDateTime& utc) {
    QDateTime wall = m_edit->minimumDateTime();
    if (utc.isValid()) {
        const QDateTime local = utc.toTimeZone(m_zone);
        wall = QDateTime(local.date(), local.time(), Qt::UTC);
    }
    const QSignalBlocker blocker(m_edit);
    m_edit->setDateTime(wall);
}

void DateTimeFieldEditor::setValue(const QJsonValue& value) {
    const QDateTime utc = parseCanonicalTime(value.toString());
    m_utc = utc;
    // The editor shows minutes; a stored time with seconds is already shown correctly.
    const QDateTime shown = shownInstant();
    const bool same =
        utc.isValid() == shown.isValid() && (!utc.isValid() || qAbs(utc.secsTo(shown)) < 60);
    if (!same)
        show(utc);
}

QJsonValue DateTimeFieldEditor::value() const {
    if (!m_utc.isValid())
        return QJsonValue::Null;
    return canonicalTime(m_utc);
}

void DateTimeFieldEditor::setTimeZone(const QTimeZone& zone) {
    m_zone = zone;
    const QDateTime at = m_utc.isValid() ? m_utc : QDateTime::currentDateTimeUtc();
    m_zoneLabel->setText(QString::fromUtf8(zone.id()) + u" (" +
                         zone.displayName(at, QTimeZone::OffsetName) + u')');
    show(m_utc);
}

void DateTimeFieldEditor::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

// Choice --------------------------------------------------------------------------------

ChoiceFieldEditor::ChoiceFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(parent)) {
    describe(m_combo, field);
    if (!field.required)
        m_combo->addItem(tr("Not set"), QString());
    for (const QString& choice : field.choices)
        m_combo->addItem(Vocabulary::displayName(field.key, choice), choice);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT edited(value()); });
}

QWidget* ChoiceFieldEditor::widget() const {
    return m_combo;
}

void ChoiceFieldEditor::setValue(const QJsonValue& value) {
    const QString key = value.toString();
    int index = m_combo->findData(key);
    const QSignalBlocker blocker(m_combo);
    if (index < 0 && !key.isEmpty()) {
        // A value the template does not list (an older template, an import): show it
        // rather than silently replacing it.
        m_combo->addItem(key, key);
        index = m_combo->count() - 1;
    }
    if (m_combo->currentIndex() != index)
        m_combo->setCurrentIndex(index);
}

QJsonValue ChoiceFieldEditor::value() const {
    const QString key = m_combo->currentData().toString();
    if (key.isEmpty())
        return QJsonValue::Null;
    return key;
}

void ChoiceFieldEditor::setReadOnly(bool readOnly) {
    m_combo->setEnabled(!readOnly);
}

// Tags ----------------------------------------------------------------------------------

TagsFieldEditor::TagsFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(parent)) {
    describe(m_edit, field);
    routeUndoToDocument(m_edit);
    m_edit->setPlaceholderText(tr("Comma-separated, e.g. database, deploy"));
    connect(m_edit, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(value()); });
}

QStringList TagsFieldEditor::parse(const QString& text) {
    QStringList tags;
    const QStringList parts = text.split(u',');
    for (const QString& part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QWidget* TagsFieldEditor::widget() const {
    return m_edit;
}

void TagsFieldEditor::setValue(const QJsonValue& value) {
    QStringList tags;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& tag : array)
        tags.append(tag.toString());
    // "a, b, " while typing parses to the stored list; leave the user's text alone then.
    if (parse(m_edit->text()) == tags)
        return;
    const QSignalBlocker blocker(m_edit);
    const int cursor = m_edit->cursorPosition();
    const QString text = tags.join(QStringLiteral(", "));
    m_edit->setText(text);
    m_edit->setCursorPosition(qMin(cursor, int(text.size())));
}

QJsonValue TagsFieldEditor::value() const {
    return QJsonArray::fromStringList(parse(m_edit->text()));
}

void TagsFieldEditor::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

// TimeZone ------------------------------------------------------------------------------

TimeZoneFieldEditor::TimeZoneFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(parent)) {
    describe(m_combo, field);
    m_combo->addItem(tr("Not set"), QString());
    const QStringList ids = timeZoneIds();
    for (const QString& id : ids)
        m_combo->addItem(id, id);
    m_combo->setMaxVisibleItems(20);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT edited(value()); });
}

QWidget* TimeZoneFieldEditor::widget() const {
    return m_combo;
}

void TimeZoneFieldEditor::setValue(const QJsonValue& value) {
    const QString id = value.toString();
    int index = m_combo->findData(id);
    const QSignalBlocker blocker(m_combo);
    if (index < 0 && !id.isEmpty()) {
        m_combo->addItem(id, id);
        index = m_combo->count() - 1;
    }
    if (m_combo->currentIndex() != index)
        m_combo->setCurrentIndex(index);
}

QJsonValue TimeZoneFieldEditor::value() const {
    const QString id = m_combo->currentData().toString();
    if (id.isEmpty())
        return QJsonValue::Null;
    return id;
}

void TimeZoneFieldEditor::setReadOnly(bool readOnly) {
    m_combo->setEnabled(!readOnly);
}

// Boolean -------------------------------------------------------------------------------

BooleanFieldEditor::BooleanFieldEditor(const TemplateField& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_check(new QCheckBox(parent)) {
    describe(m_check, field);
    connect(m_check, &QCheckBox::toggled, this, [this] { Q_EMIT edited(value()); });
}

QWidget* BooleanFieldEditor::widget() const {
    return m_check;
}

void BooleanFieldEditor::setValue(const QJsonValue& value) {
    const bool checked = value.toBool(false);
    if (m_check->isChecked() == checked)
        return;
    const QSignalBlocker blocker(m_check);
    m_check->setChecked(checked);
}

QJsonValue BooleanFieldEditor::value() const {
    return m_check->isChecked();
}

void BooleanFieldEditor::setReadOnly(bool readOnly) {
    m_check->setEnabled(!readOnly);
}

} // namespace causeway
