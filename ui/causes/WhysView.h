#pragma once

#include <QTreeView>

namespace causeway {

class CauseTreeModel;
class DocumentCoach;
class PostmortemDocument;
struct Template;

// The 5-whys tree as a facilitator runs it in a meeting, on a projector, from the keyboard:
//   Enter        a sibling answer after the current one (on the problem: a first answer)
//   Tab          a child answer: "why did that happen?"
//   Shift+Tab    up one level: the answer becomes a sibling of its parent, right after it
//   Delete       the answer and everything under it (one undo step)
//   Ctrl+Up/Down reorder among siblings; F2 rename; Space mark as a cause (fishbone)
// In the answer editor, Enter commits and Tab commits and asks the next "why?", so a chain
// of whys is typed without the mouse; Escape on an answer just added and left empty takes
// it back. Dragging re-parents. Every change is an undo command on the document.
class WhysView : public QTreeView {
    Q_OBJECT
public:
    explicit WhysView(QWidget* parent = nullptr);
    using QAbstractItemView::edit;

    // tmpl gives the fishbone categories when the postmortem has none of its own.
    void setDocument(PostmortemDocument* document, const Template* tmpl = nullptr);
    CauseTreeModel* causeModel() const { return m_model; }
    // See CauseTreeModel::setReadOnly(); the keys then only move the cursor.
    void setReadOnly(bool readOnly);
    // The current cause; empty on the problem statement or when nothing is current.
    QString currentCause() const;
    // Whether an answer (or a kind, a category) is being typed; hosts keep their single-key
    // shortcuts out of the way meanwhile.
    bool isEditing() const { return state() == EditingState; }

    // The text drawn under the problem statement while there are no answers yet.
    QString emptyHint() const;

    // How large the tree is drawn, relative to the application font: a projector at the
    // back of a room needs more than a laptop. Ctrl++, Ctrl+- and Ctrl+0 change it.
    double zoom() const { return m_zoom; }

public Q_SLOTS:
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    // Makes the cause current and shows it, without emitting causeSelected: another view
    // that calls this to stay in step does not get its own selection echoed back.
    void selectCause(const QString& id);

    // What the keys do, for menus and toolbar buttons.
    void addSiblingAnswer();
    void addChildAnswer();
    void moveCurrentUpALevel();
    void removeCurrent();
    void moveCurrentUp();
    void moveCurrentDown();
    void toggleCurrentOnFishbone();

Q_SIGNALS:
    // The user made another cause current; empty for the problem statement.
    void causeSelected(const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void paintEvent(QPaintEvent* event) override;
    void reset() override;

private:
    bool editable() const;
    void addAndEdit(const QString& parent, int index);
    void editStatement(const QString& id);
    void makeCurrent(const QString& id);
    void moveCurrentBy(int delta);
    void takeBackEmptyAnswer(const QString& id);

    CauseTreeModel* m_model;
    // Underlines blaming wording in the answer being typed.
    DocumentCoach* m_coach;
    QString m_announced; // the id causeSelected last reported
    bool m_quiet = false;
    // The answer Enter or Tab just added: Escape while it is still empty takes it back.
    QString m_added;
    QString m_beforeAdded;
    int m_undoIndexAfterAdd = -1;
    double m_zoom = 1.0;
};

} // namespace causeway
