#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace causeway {

class TemplateRegistry;

// Asks for what a new postmortem needs before it exists: its template, title and severity.
class NewPostmortemDialog : public QDialog {
    Q_OBJECT
public:
    NewPostmortemDialog(TemplateRegistry& templates, QWidget* parent = nullptr);

    QString templateId() const;
    QString title() const;
    QString severity() const;

    void setTitle(const QString& title);
    void selectTemplate(const QString& id);

private:
    void fillTemplates(const QString& select);
    void addTemplateFile();
    void updateState();

    TemplateRegistry& m_templates;
    QListWidget* m_list;
    QLabel* m_description;
    QLineEdit* m_title;
    QComboBox* m_severity;
    QDialogButtonBox* m_buttons;
};

} // namespace causeway
