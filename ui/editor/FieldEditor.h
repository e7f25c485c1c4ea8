#pragma once

#include "model/Template.h"

#include <QJsonValue>
#include <QObject>
#include <QTimeZone>

class QWidget;

namespace causeway {

// Binds one template field to one input widget. The widget reports user edits through
// edited(); setValue() shows a value from the document (after undo/redo) without emitting
// edited() and without touching the widget when it already shows that value, so the cursor
// stays where the user left it.
class FieldEditor : public QObject {
    Q_OBJECT
public:
    FieldEditor(const TemplateField& field, QObject* parent)
        : QObject(parent)
        , m_field(field) {}

    const TemplateField& field() const { return m_field; }
    virtual QWidget* widget() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;
    virtual QJsonValue value() const = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // Only date-time fields care: they show stored UTC instants in this zone.
    virtual void setTimeZone(const QTimeZone& zone) { Q_UNUSED(zone) }

    // The right editor for the field's type; the widget gets parent as its parent.
    static FieldEditor* create(const TemplateField& field, QWidget* parent);

Q_SIGNALS:
    void edited(const QJsonValue& value);

private:
    TemplateField m_field;
};

// Text widgets take Ctrl+Z for their own undo. Every edit is a document command, so the
// widget's private history would disagree with Edit > Undo; this hands the undo and redo
// shortcuts back to the window's actions.
void routeUndoToDocument(QWidget* widget);

} // namespace causeway
