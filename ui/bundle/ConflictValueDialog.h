#pragma once

#include <QDialog>
#include <QJsonValue>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace causeway {

// Edit… in the Conflicts tab: both values side by side and a third, written by the user, that
// replaces them. Text fields are edited as text; other values (numbers, lists) as JSON, and a
// value that does not parse keeps the dialog open with the reason.
class ConflictValueDialog : public QDialog {
    Q_OBJECT
public:
    ConflictValueDialog(const QString& what, const QString& currentText,
                        const QString& conflictingText, const QJsonValue& startValue,
                        QWidget* parent = nullptr);

    QJsonValue value() const { return m_value; }
    QPlainTextEdit* editor() const { return m_editor; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    bool m_asText;
    QPlainTextEdit* m_editor;
    QLabel* m_problem;
    QJsonValue m_value;
};

} // namespace causeway
