#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace causeway {

class ActionDetails;
class ActionsModel;
class PostmortemDocument;

// The editor's Actions tab: the postmortem's action items in a table (overdue rows tinted),
// Add and Delete, and the details of the selected action beside the table. Every change is
// one undo command on the document's stack.
class ActionsPane : public QWidget {
    Q_OBJECT
public:
    explicit ActionsPane(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    // followUp: see ActionDetails::setReadOnly.
    void setReadOnly(bool readOnly, bool followUp = false);

    ActionsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ActionDetails* details() const { return m_details; }
    QAction* addItemAction() const { return m_add; }
    QAction* deleteItemAction() const { return m_delete; }
    QString currentAction() const;
    void selectAction(const QString& actionId);

    // Adds an action (default priority and due date) and selects it with its title ready
    // for typing. Returns its id.
    QString addNewAction();
    void deleteSelected();

private:
    void updateSummary();
    void fitColumns();
    void updateButtons();

    QPointer<PostmortemDocument> m_doc;
    ActionsModel* m_model;
    QTableView* m_table;
    ActionDetails* m_details;
    QAction* m_add;
    QAction* m_delete;
    QPushButton* m_addButton;
    QPushButton* m_deleteButton;
    QLabel* m_summary;
    bool m_readOnly = false;
};

} // namespace causeway
