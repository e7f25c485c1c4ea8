#pragma once

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace causeway {

class ConflictsModel;
class PostmortemDocument;
struct Template;

// The editor's Conflicts tab: values that lost a merge with another machine's copy, each
// with Keep Current, Take Conflicting and Edit…. Every choice is one undo command on the
// document's stack (ConflictEditing::resolve); a refusal (an approved postmortem, a
// read-only database) is shown with the store's reason.
class ConflictsPane : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPane(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document, const Template* tmpl);
    // Why nothing can be resolved (a read-only database, the trash); empty: the document
    // decides.
    void setReadOnlyReason(const QString& reason);

    ConflictsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* takeButton() const { return m_take; }
    QPushButton* editButton() const { return m_edit; }
    QLabel* detailLabel() const { return m_detail; }
    QLabel* problemLabel() const { return m_problem; }
    int openCount() const;
    QString currentConflict() const;
    void selectConflict(const QString& conflictId);

    // The buttons' work; each returns the refusal shown, or "" when done.
    QString keepCurrent();
    QString takeConflicting();
    // Opens the edit dialog and resolves with the value written there.
    QString editValue();
    QString resolveWith(const QString& resolution, const QJsonValue& value = QJsonValue());

Q_SIGNALS:
    void countChanged(int count);

private:
    void updateDetail();
    void showProblem(const QString& message);

    QPointer<PostmortemDocument> m_doc;
    ConflictsModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QLabel* m_detail;
    QLabel* m_problem;
    QPushButton* m_keep;
    QPushButton* m_take;
    QPushButton* m_edit;
    QString m_readOnlyReason;
};

} // namespace causeway
