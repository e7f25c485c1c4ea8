#pragma once

#include "causes/FishboneLayout.h"
#include "causes/FishbonePainter.h"

#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

#include <memory>

class QMenu;

namespace causeway {

class DocumentCoach;
class FishboneInlineEditor;
class FishboneLabelItem;
class PostmortemDocument;
struct Template;

// The fishbone (Ishikawa) diagram of the open postmortem, drawn from its causes and edited
// in place: double-click a bone (or its label) to add a cause to it, double-click a cause
// to rename it, drag a cause onto another bone to re-file it, Delete removes the selected
// causes; the context menu offers the same. Every edit is a CauseEditing command on the
// document's undo stack, so the 5-whys tree and the diagram share one history, and the
// diagram is rebuilt whenever the document's causes change, from wherever.
//
// Zoom with Ctrl+wheel, Ctrl+= and Ctrl+-, Ctrl+0 fits the whole diagram; pan with the
// wheel, the scroll bars or by dragging the background. It opens at 100 %, where the
// text is as large as the application's, showing the head.
class FishboneView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FishboneView(QWidget* parent = nullptr);
    ~FishboneView() override;

    // tmpl gives the bones when the postmortem has no categories of its own; the view
    // copies what it needs, so the template may go away.
    void setDocument(PostmortemDocument* document, const Template* tmpl = nullptr);
    PostmortemDocument* document() const;

    // The current layout, brought up to date first if the document changed.
    const FishboneLayout& layout();
    const FishboneStyle& style() const { return m_style; }
    // The selected causes, in drawing order.
    QStringList selectedCauses() const;
    qreal zoom() const;

    // Writes the diagram (without selection) as SVG or PNG, chosen by the file's suffix.
    // Returns why it failed, or an empty string.
    QString exportTo(const QString& file);

    // Starts the in-place editors (also what double-click and the context menu do).
    // False when there is no such cause or bone, or the document cannot be edited.
    bool startRename(const QString& causeId);
    bool startAddCause(const QString& category);
    bool startEditProblem();
    // The open in-place editor, if any (tests and accessibility tools).
    FishboneInlineEditor* inlineEditor() const;

public Q_SLOTS:
    // Selects the cause and scrolls it into view; an id not on the diagram clears the
    // selection. Does not emit causeSelected().
    void selectCause(const QString& id);
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    void fitToView();
    // Asks for a file name and exports (the context menu's "Export diagram…").
    void exportWithDialog();

Q_SIGNALS:
    // The user selected a cause on the diagram; empty when the selection became empty.
    void causeSelected(const QString& id);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class EditKind { None, Rename, Add, Problem };

    bool isEditable() const;
    QStringList categories() const;
    Fishbone fishbone() const;
    void scheduleRebuild();
    void rebuild();
    void showHead();
    void onFieldChanged(const QString& recordId, const QString& field);
    void onSceneSelectionChanged();
    FishboneLabelItem* itemAt(const QPoint& viewportPos) const;
    FishboneLabelItem* causeItem(const QString& id) const;
    int boneAtViewport(const QPoint& viewportPos, qreal reachPixels) const;
    void populateMenu(QMenu& menu, const QPoint& viewportPos);

    bool openEditor(EditKind kind, const QString& target);
    void placeEditor();
    void onEditorFinished(bool commit, const QString& text);
    void closeEditor();

    void updateDrag(const QPoint& viewportPos);
    void finishDrag(const QPoint& viewportPos);
    void setDropTarget(int bone);
    // Files the causes under category as one undo step; sub-causes hanging on them follow.
    void moveCauses(const QStringList& ids, const QString& category);
    void removeSelected();

    QPointer<PostmortemDocument> m_doc;
    QStringList m_templateCategories;
    bool m_hasTemplate = false;
    FishboneStyle m_style;
    std::unique_ptr<FishboneTextMeasure> m_measure;
    FishboneLayoutOptions m_options;
    FishboneLayout m_layout;
    QGraphicsItem* m_linesItem = nullptr;
    QList<FishboneLabelItem*> m_items; // by label index
    QTimer m_rebuildTimer;
    bool m_rebuildPending = false;
    bool m_firstLayout = true; // the next layout opens the view on the head
    bool m_syncingSelection = false;
    QString m_lastEmitted;
    QString m_selectAfterRebuild; // a cause just added here
    // Underlines blaming wording in the label being typed.
    DocumentCoach* m_coach = nullptr;

    // The in-place editor and what it edits: a cause id, a category (a new cause on that
    // bone, drawn as an empty label where it will go) or the problem statement.
    QPointer<FishboneInlineEditor> m_editor;
    EditKind m_editKind = EditKind::None;
    QString m_editTarget;

    // Dragging causes to another bone.
    QString m_pressedCause;
    bool m_dragging = false;
    int m_dropBone = -1;
};

} // namespace causeway
