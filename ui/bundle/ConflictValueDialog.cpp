#include "bundle/ConflictValueDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

namespace {

QLabel* valueLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString jsonText(const QJsonValue& value) {
    // A scalar is written inside an array (the only way QJsonDocument writes one), then
    // unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

ConflictValueDialog::ConflictValueDialog(const QString& what, const QString& currentText,
                                         const QString& conflictingText,
                                         const QJsonValue& startValue, QWidget* parent)
    : QDialog(parent)
    , m_asText(startValue.isString() || startValue.isNull() || startValue.isUndefined())
    , m_editor(new QPlainTextEdit(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Edit Value"));
    auto* intro = new QLabel(
        tr("Write the value of <b>%1</b> that replaces both.").arg(what.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_editor->setPlainText(m_asText ? startValue.toString() : jsonText(startValue));
    m_editor->setAccessibleName(tr("New value"));
    m_editor->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Current value:"), valueLabel(currentText, this));
    form->addRow(tr("Conflicting value:"), valueLabel(conflictingText, this));
    form->addRow(m_asText ? tr("&New value:") : tr("&New value (JSON):"), m_editor);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Value"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Room for a paragraph: a summary or an event description.
    const int line = fontMetrics().lineSpacing();
    resize(line * 36, line * 20);
}

void ConflictValueDialog::accept() {
    const QString text = m_editor->toPlainText();
    if (m_asText) {
        m_value = text;
        QDialog::accept();
        return;
    }
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        m_problem->setText(tr("This is not a JSON value: %1").arg(error.errorString()));
        m_problem->show();
        return;
    }
    m_value = doc.array().at(0);
    QDialog::accept();
}

} // namespace causeway
