#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace causeway {

class PostmortemDocument;
struct Template;

// Edits the fishbone's categories of one postmortem: add, rename (the causes filed under it
// follow), remove an unused one, reorder. Every change is its own undo step in the
// postmortem's history, so the dialog has only Close.
class CategoriesDialog : public QDialog {
    Q_OBJECT
public:
    CategoriesDialog(PostmortemDocument* document, const Template* tmpl, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QLabel* message() const { return m_message; }
    // The actions, callable by tests without the input dialogs.
    void addCategory(const QString& name);
    void renameCurrent(const QString& name);
    void removeCurrent();
    void moveCurrent(int delta);

private:
    QStringList categories() const;
    QString currentName() const; // the stored name of the selected category
    void refresh();
    void report(const QString& error);

    QPointer<PostmortemDocument> m_doc;
    const Template* m_template;
    QListWidget* m_list;
    QLabel* m_message;
    QPushButton* m_rename;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace causeway
