#include "causes/FishboneView.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/FishboneExport.h"
#include "causes/FishboneItems.h"
#include "coach/CoachHighlighter.h"
#include "coach/DocumentCoach.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "model/TemplateText.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace causeway {

namespace {

constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kMaxFitZoom = 2.0; // fitting a small diagram enlarges it, but not blurrily
constexpr qreal kZoomStep = 1.2;
// Text smaller than the application's is hard to read on a projector: a diagram is fitted
// to the view at first only when that does not shrink it.
constexpr qreal kReadableFitZoom = 1.0;
// Reaches in viewport pixels: a double-click this close to a bone's line adds to it, and
// a cause dropped this close to a bone (its line, label or causes) goes to it.
constexpr qreal kLineReach = 8;
constexpr qreal kDropReach = 48;
constexpr qreal kDraggedZ = 10;

// The id of the empty label drawn where a cause being added will go; no record id looks
// like it.
QString pendingId() {
    return QStringLiteral("+new");
}

} // namespace

FishboneView::FishboneView(QWidget* parent)
    : QGraphicsView(parent)
    , m_style(FishboneStyle::standard())
    , m_measure(std::make_unique<FishboneFontMeasure>(m_style))
    , m_options(fishboneLayoutOptions(m_style))
    , m_coach(new DocumentCoach(this)) {
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setBackgroundBrush(m_style.background);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Fishbone diagram"));
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0); // one layout for the many signals of one undo step
    connect(&m_rebuildTimer, &QTimer::timeout, this, &FishboneView::rebuild);
    connect(scene(), &QGraphicsScene::selectionChanged, this,
            &FishboneView::onSceneSelectionChanged);
    rebuild();
}

FishboneView::~FishboneView() {
    // The editor reports its end when it loses the focus; nobody is listening any more.
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    // The scene outlives this body and clears its selection as its items go.
    disconnect(scene(), nullptr, this, nullptr);
}

void FishboneView::setDocument(PostmortemDocument* document, const Template* tmpl) {
    closeEditor();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_hasTemplate = tmpl != nullptr;
    m_coach->setDocument(document);
    m_templateCategories = tmpl ? tmpl->causeCategories : QStringList();
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &FishboneView::onFieldChanged);
        // Every add, delete, restore and re-read ends with childrenChanged.
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &FishboneView::scheduleRebuild);
        connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    m_firstLayout = true;
    m_lastEmitted.clear();
    rebuild();
}

PostmortemDocument* FishboneView::document() const {
    return m_doc;
}

const FishboneLayout& FishboneView::layout() {
    if (m_rebuildPending)
        rebuild();
    return m_layout;
}

bool FishboneView::isEditable() const {
    return m_doc && !m_doc->isReadOnly();
}

QStringList FishboneView::categories() const {
    if (!m_doc)
        return {};
    Template tmpl;
    tmpl.causeCategories = m_templateCategories;
    return causeCategories(m_doc->postmortem(), m_hasTemplate ? &tmpl : nullptr);
}

Fishbone FishboneView::fishbone() const {
    if (!m_doc)
        return {};
    const Postmortem& pm = m_doc->postmortem();
    Fishbone f = buildFishbone(CauseTree(pm), problemStatement(pm), categories());
    if (m_editKind == EditKind::Add) {
        for (FishboneBone& bone : f.bones) {
            if (bone.category == m_editTarget) {
                bone.causes.append(
                    {pendingId(), QString(), QStringLiteral("contributing_factor"), {}});
                break;
            }
        }
    }
    return f;
}

void FishboneView::onFieldChanged(const QString& recordId, const QString& field) {
    if (!m_doc)
        return;
    if (recordId == m_doc->id()) {
        if (field == CauseRootField::ProblemStatement || field == CauseRootField::Categories ||
            field == Field::Summary)
            scheduleRebuild();
        return;
    }
    // Evidence, actions and notes are not drawn.
    if (field == CauseField::Evidence || field == CauseField::Actions || field == CauseField::Notes)
        return;
    const Record* record = m_doc->record(recordId);
    if (record && record->kind == Kind::Cause)
        scheduleRebuild();
}

void FishboneView::scheduleRebuild() {
    m_rebuildPending = true;
    m_rebuildTimer.start();
}

void FishboneView::rebuild() {
    m_rebuildTimer.stop();
    if (m_dragging) { // items under the mouse stay until the drop; finishDrag() rebuilds
        m_rebuildPending = true;
        return;
    }
    m_rebuildPending = false;

    // Whatever the user is looking at stays where it is on the screen, though the diagram
    // around it grows or shrinks: the cause being edited or selected, else the head.
    QStringList selected = selectedCauses();
    if (!m_selectAfterRebuild.isEmpty())
        selected = {m_selectAfterRebuild};
    const QString anchor = m_editKind == EditKind::Rename ? m_editTarget : selected.value(0);
    const auto anchorRect = [this](const QString& id) {
        if (const FishboneLabel* l = m_layout.cause(id))
            return l->rect;
        return m_layout.head >= 0 ? m_layout.labels.at(m_layout.head).rect : QRectF();
    };
    const bool keepPlace = !m_items.isEmpty() && !m_firstLayout;
    const bool causeBefore = m_layout.cause(anchor) != nullptr;
    const QPoint causeAnchorBefore = mapFromScene(anchorRect(anchor).topLeft());
    const QPoint headAnchorBefore = mapFromScene(anchorRect(QString()).topLeft());

    m_syncingSelection = true;
    qDeleteAll(m_items);
    m_items.clear();
    delete m_linesItem;
    m_layout = layoutFishbone(fishbone(), *m_measure, m_options);
    m_linesItem = new FishboneLinesItem(m_layout, m_style);
    scene()->addItem(m_linesItem);
    const CauseTree tree = m_doc ? CauseTree(m_doc->postmortem()) : CauseTree(Postmortem());
    const bool editable = isEditable();
    for (const FishboneLabel& label : std::as_const(m_layout.labels)) {
        auto* item = new FishboneLabelItem(label, m_style);
        if (label.type == FishboneLabel::Cause) {
            item->setFlag(QGraphicsItem::ItemIsSelectable);
            item->setFlag(QGraphicsItem::ItemIsMovable, editable);
            if (const Cause* c = tree.find(label.id))
                item->setToolTip(c->statement + u'\n' + CauseVocabulary::kindName(c->kind));
            item->setSelected(selected.contains(label.id));
            // The in-place editor stands in for the label it edits.
            item->setVisible(label.id != pendingId() &&
                             !(m_editKind == EditKind::Rename && label.id == m_editTarget));
        }
        if (label.type == FishboneLabel::Head && m_editKind == EditKind::Problem)
            item->setVisible(false);
        scene()->addItem(item);
        m_items.append(item);
    }
    scene()->setSceneRect(m_layout.sceneRect);
    m_syncingSelection = false;
    // A selected cause may be gone (deleted, undone); what was announced follows quietly.
    m_lastEmitted = selectedCauses().value(0);

    if (m_firstLayout && isVisible()) {
        showHead();
        m_firstLayout = false;
    } else if (keepPlace) {
        // The cause when it is still there, else the head.
        const bool onCause = causeBefore && m_layout.cause(anchor);
        const QPoint moved = mapFromScene(anchorRect(onCause ? anchor : QString()).topLeft()) -
                             (onCause ? causeAnchorBefore : headAnchorBefore);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    }
    placeEditor();
    if (!m_selectAfterRebuild.isEmpty()) {
        const QString added = m_selectAfterRebuild;
        m_selectAfterRebuild.clear();
        if (FishboneLabelItem* item = causeItem(added)) {
            ensureVisible(item->label().rect, 40, 40);
            m_lastEmitted = added;
            Q_EMIT causeSelected(added);
        }
    }
}

void FishboneView::showHead() {
    if (m_layout.head < 0)
        return;
    // A diagram that fits with its text still readable is shown whole.
    const QRectF scene = m_layout.sceneRect;
    if (!scene.isEmpty() && viewport()->width() >= scene.width() * kReadableFitZoom &&
        viewport()->height() >= scene.height() * kReadableFitZoom) {
        fitToView();
        return;
    }
    const QRectF head = m_layout.labels.at(m_layout.head).rect;
    const qreal visibleWidth = viewport()->width() / zoom();
    // The head at the right edge, the spine across the middle: the problem and the bones
    // nearest to it are what the user sees first.
    centerOn(QPointF(head.right() + m_options.margin - visibleWidth / 2, m_layout.spineY));
}

void FishboneView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (m_firstLayout) {
        layout();
        showHead();
        m_firstLayout = false;
    }
}

QStringList FishboneView::selectedCauses() const {
    QStringList ids;
    for (const FishboneLabelItem* item : m_items) {
        if (item->isCause() && item->isSelected() && item->label().id != pendingId())
            ids.append(item->label().id);
    }
    return ids;
}

qreal FishboneView::zoom() const {
    return transform().m11();
}

FishboneLabelItem* FishboneView::causeItem(const QString& id) const {
    for (FishboneLabelItem* item : m_items) {
        if (item->isCause() && item->label().id == id)
            return item;
    }
    return nullptr;
}

FishboneLabelItem* FishboneView::itemAt(const QPoint& viewportPos) const {
    // Only the topmost item counts: a label under the in-place editor is not clicked.
    auto* item = dynamic_cast<FishboneLabelItem*>(QGraphicsView::itemAt(viewportPos));
    if (!item || item->label().type == FishboneLabel::Legend || item->label().id == pendingId())
        return nullptr;
    return item;
}

int FishboneView::boneAtViewport(const QPoint& viewportPos, qreal reachPixels) const {
    return m_layout.boneAt(mapToScene(viewportPos), reachPixels / zoom());
}

void FishboneView::onSceneSelectionChanged() {
    if (m_syncingSelection)
        return;
    const QString current = selectedCauses().value(0);
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    Q_EMIT causeSelected(current);
}

void FishboneView::selectCause(const QString& id) {
    layout(); // a cause just added in the tree is drawn first
    FishboneLabelItem* item = causeItem(id);
    m_syncingSelection = true;
    scene()->clearSelection();
    if (item)
        item->setSelected(true);
    m_syncingSelection = false;
    m_lastEmitted = item ? id : QString();
    if (item)
        ensureVisible(item->label().rect, 40, 40);
}

// Zoom.

void FishboneView::setZoom(qreal value) {
    const qreal clamped = std::clamp(value, kMinZoom, kMaxZoom);
    const qreal factor = clamped / zoom();
    if (std::abs(factor - 1) > 1e-9)
        scale(factor, factor);
}

void FishboneView::zoomIn() {
    setZoom(zoom() * kZoomStep);
}

void FishboneView::zoomOut() {
    setZoom(zoom() / kZoomStep);
}

void FishboneView::fitToView() {
    const QRectF scene = layout().sceneRect;
    if (scene.isEmpty())
        return;
    fitInView(scene, Qt::KeepAspectRatio);
    setZoom(std::min(zoom(), kMaxFitZoom)); // also within the zoom range
    centerOn(scene.center());
}

void FishboneView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Around the mouse (the transformation anchor), in steps of a wheel notch.
    setZoom(zoom() * std::pow(kZoomStep, event->angleDelta().y() / 120.0));
    event->accept();
}

// Keys.

void FishboneView::keyPressEvent(QKeyEvent* event) {
    if (m_editor) { // typing goes to the editor
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        fitToView();
    } else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeSelected();
    } else if (event->key() == Qt::Key_F2 && selectedCauses().size() == 1) {
        startRename(selectedCauses().first());
    } else if (event->key() == Qt::Key_Escape && !selectedCauses().isEmpty()) {
        scene()->clearSelection();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FishboneView::removeSelected() {
    const QStringList ids = selectedCauses();
    if (ids.isEmpty() || !isEditable())
        return;
    CauseEditing::removeCauses(*m_doc, ids);
}

// Mouse: double-click edits, dragging a cause re-files it.

void FishboneView::mouseDoubleClickEvent(QMouseEvent* event) {
    const bool onEditor =
        m_editor && m_editor->sceneBoundingRect().contains(mapToScene(event->pos()));
    if (event->button() != Qt::LeftButton || !isEditable() || onEditor) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    bool started = false;
    if (FishboneLabelItem* item = itemAt(event->pos())) {
        const FishboneLabel& label = item->label();
        if (label.type == FishboneLabel::Cause)
            started = startRename(label.id);
        else if (label.type == FishboneLabel::Category)
            started = startAddCause(label.id);
        else if (label.type == FishboneLabel::Head)
            started = startEditProblem();
    } else if (const int bone = boneAtViewport(event->pos(), kLineReach); bone >= 0) {
        started = startAddCause(m_layout.bones.at(bone).category);
    }
    if (started)
        event->accept();
    else
        QGraphicsView::mouseDoubleClickEvent(event);
}

void FishboneView::mousePressEvent(QMouseEvent* event) {
    m_pressedCause.clear();
    m_dragging = false;
    if (event->button() == Qt::LeftButton && isEditable()) {
        if (FishboneLabelItem* item = itemAt(event->pos()); item && item->isCause())
            m_pressedCause = item->label().id;
    }
    QGraphicsView::mousePressEvent(event);
}

void FishboneView::mouseMoveEvent(QMouseEvent* event) {
    QGraphicsView::mouseMoveEvent(event);
    if (m_pressedCause.isEmpty() || !(event->buttons() & Qt::LeftButton))
        return;
    // The scene moves the selected causes with the mouse; the view shows where they go.
    FishboneLabelItem* pressed = causeItem(m_pressedCause);
    if (!pressed || pressed->pos().isNull())
        return;
    if (!m_dragging) {
        m_dragging = true;
        for (FishboneLabelItem* item : std::as_const(m_items)) {
            if (item->isCause() && item->isSelected())
                item->setZValue(kDraggedZ);
        }
    }
    updateDrag(event->pos());
}

void FishboneView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (m_dragging && event->button() == Qt::LeftButton)
        finishDrag(event->pos());
    m_pressedCause.clear();
}

void FishboneView::updateDrag(const QPoint& viewportPos) {
    setDropTarget(boneAtViewport(viewportPos, kDropReach));
}

void FishboneView::setDropTarget(int bone) {
    if (bone == m_dropBone)
        return;
    const auto labelOf = [this](int b) -> FishboneLabelItem* {
        if (b < 0 || b >= m_layout.bones.size())
            return nullptr;
        return m_items.value(m_layout.bones.at(b).label);
    };
    if (FishboneLabelItem* old = labelOf(m_dropBone))
        old->setDropTarget(false);
    if (FishboneLabelItem* now = labelOf(bone))
        now->setDropTarget(true);
    m_dropBone = bone;
}

void FishboneView::finishDrag(const QPoint& viewportPos) {
    const int bone = boneAtViewport(viewportPos, kDropReach);
    setDropTarget(-1);
    m_dragging = false;
    QStringList moved;
    for (FishboneLabelItem* item : std::as_const(m_items)) {
        if (!item->isCause() || item->pos().isNull())
            continue;
        moved.append(item->label().id);
        // Back in place; if the document changes, the next layout draws the new places.
        item->setPos(0, 0);
        item->setZValue(1);
    }
    if (bone >= 0 && !moved.isEmpty())
        moveCauses(moved, m_layout.bones.at(bone).category);
    if (m_rebuildPending)
        scheduleRebuild();
}

void FishboneView::moveCauses(const QStringList& ids, const QString& category) {
    if (!isEditable())
        return;
    const auto needsMove = [this, &category](const QString& id) {
        const CauseTree tree(m_doc->postmortem());
        const Cause* c = tree.find(id);
        return c && !(c->onFishbone && c->category == category);
    };
    QStringList toMove;
    for (const QString& id : ids) {
        if (needsMove(id))
            toMove.append(id);
    }
    if (toMove.isEmpty())
        return;
    QUndoStack* undo = m_doc->undoStack();
    const bool macro = toMove.size() > 1;
    if (macro)
        undo->beginMacro(tr("Move %n causes to %1", nullptr, int(toMove.size())).arg(category));
    for (const QString& id : std::as_const(toMove)) {
        // A sub-cause moved along with its cause is already there.
        if (needsMove(id))
            CauseEditing::setCauseCategory(*m_doc, id, category);
    }
    if (macro)
        undo->endMacro();
}

// Context menu.

void FishboneView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    // From the keyboard (the Menu key) the menu is about the selected cause, not about
    // wherever the mouse happens to rest.
    QPoint at = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        if (const FishboneLabelItem* item = causeItem(selectedCauses().value(0)))
            at = mapFromScene(item->label().rect.center());
    }
    populateMenu(menu, at);
    menu.exec(viewport()->mapToGlobal(at));
}

void FishboneView::populateMenu(QMenu& menu, const QPoint& viewportPos) {
    const bool editable = isEditable();
    FishboneLabelItem* item = itemAt(viewportPos);
    int bone = boneAtViewport(viewportPos, kLineReach);
    if (item && item->isCause()) {
        if (!item->isSelected()) { // the menu is about what was clicked
            scene()->clearSelection();
            item->setSelected(true);
        }
        const QStringList ids = selectedCauses();
        const QString id = item->label().id;
        bone = item->label().bone;
        QAction* rename = menu.addAction(tr("Rename"));
        rename->setShortcut(Qt::Key_F2);
        rename->setEnabled(editable && ids.size() == 1);
        connect(rename, &QAction::triggered, this, [this, id] { startRename(id); });
        // Re-filing without a mouse: the same edit as dragging to another bone.
        QMenu* moveTo = menu.addMenu(tr("Move to"));
        moveTo->setEnabled(editable);
        for (const FishboneBoneGeometry& target : std::as_const(m_layout.bones)) {
            QAction* action = moveTo->addAction(templateText(target.category));
            action->setEnabled(target.category != m_layout.bones.value(bone).category ||
                               ids.size() > 1);
            connect(action, &QAction::triggered, this,
                    [this, ids, category = target.category] { moveCauses(ids, category); });
        }
        QAction* remove =
            menu.addAction(ids.size() == 1 ? tr("Delete cause")
                                           : tr("Delete %n causes", nullptr, int(ids.size())));
        remove->setShortcut(Qt::Key_Delete);
        remove->setEnabled(editable);
        connect(remove, &QAction::triggered, this, &FishboneView::removeSelected);
        menu.addSeparator();
    } else if (item && item->label().type == FishboneLabel::Category) {
        bone = item->label().bone;
    } else if (item && item->label().type == FishboneLabel::Head) {
        QAction* edit = menu.addAction(tr("Edit problem statement"));
        edit->setEnabled(editable);
        connect(edit, &QAction::triggered, this, &FishboneView::startEditProblem);
        menu.addSeparator();
    }
    if (bone >= 0) {
        QAction* add = menu.addAction(tr("Add cause here"));
        add->setToolTip(tr("Adds a cause to \"%1\"").arg(m_layout.bones.at(bone).category));
        add->setEnabled(editable);
        connect(add, &QAction::triggered, this,
                [this, category = m_layout.bones.at(bone).category] { startAddCause(category); });
        menu.addSeparator();
    }
    QAction* in = menu.addAction(tr("Zoom in"));
    in->setShortcut(QKeySequence::ZoomIn);
    connect(in, &QAction::triggered, this, &FishboneView::zoomIn);
    QAction* out = menu.addAction(tr("Zoom out"));
    out->setShortcut(QKeySequence::ZoomOut);
    connect(out, &QAction::triggered, this, &FishboneView::zoomOut);
    QAction* fit = menu.addAction(tr("Fit to window"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, this, &FishboneView::fitToView);
    menu.addSeparator();
    QAction* exportAction = menu.addAction(tr("Export diagram…"));
    exportAction->setEnabled(m_doc != nullptr);
    connect(exportAction, &QAction::triggered, this, &FishboneView::exportWithDialog);
}

// In-place editing.

bool FishboneView::startRename(const QString& causeId) {
    layout();
    return m_layout.cause(causeId) && causeId != pendingId() &&
           openEditor(EditKind::Rename, causeId);
}

bool FishboneView::startAddCause(const QString& category) {
    return categories().contains(category) && openEditor(EditKind::Add, category);
}

bool FishboneView::startEditProblem() {
    return openEditor(EditKind::Problem, QString());
}

FishboneInlineEditor* FishboneView::inlineEditor() const {
    return m_editor;
}

bool FishboneView::openEditor(EditKind kind, const QString& target) {
    if (!isEditable())
        return false;
    if (m_editor) // one edit at a time: the open one is kept, as a click elsewhere would
        m_editor->finish(true);
    const Postmortem& pm = m_doc->postmortem();
    QString text;
    if (kind == EditKind::Rename) {
        const CauseTree tree(pm);
        const Cause* c = tree.find(target);
        if (!c)
            return false;
        text = c->statement;
    } else if (kind == EditKind::Problem) {
        text = problemStatement(pm);
    }
    const bool problem = kind == EditKind::Problem;
    m_editKind = kind;
    m_editTarget = target;
    m_editor = new FishboneInlineEditor(
        text, m_style.font(problem ? FishboneTextRole::Problem : FishboneTextRole::Cause),
        problem ? m_options.problemTextWidth : m_options.causeTextWidth, m_style);
    new CoachHighlighter(m_editor->document(), m_coach);
    connect(m_editor, &FishboneInlineEditor::finished, this, &FishboneView::onEditorFinished);
    scene()->addItem(m_editor);
    rebuild(); // makes room for a new cause and hides the label being edited
    if (!m_editor)
        return false;
    setFocus(Qt::OtherFocusReason);
    m_editor->begin();
    ensureVisible(m_editor->sceneBoundingRect(), 40, 40);
    return true;
}

void FishboneView::placeEditor() {
    if (!m_editor)
        return;
    const FishboneLabel* label = nullptr;
    if (m_editKind == EditKind::Problem)
        label = m_layout.head >= 0 ? &m_layout.labels.at(m_layout.head) : nullptr;
    else
        label = m_layout.cause(m_editKind == EditKind::Add ? pendingId() : m_editTarget);
    if (!label) { // deleted meanwhile, from the tree or by undo
        closeEditor();
        return;
    }
    // Over the label's text. An editor wider than a short label on the left of its bone
    // ends at the label's right edge instead, so it does not cover the bone.
    qreal x = label->textOrigin.x() - FishboneInlineEditor::kMargin;
    if (label->bone >= 0) {
        const QLineF bone = m_layout.bones.at(label->bone).line;
        const qreal t = (label->rect.center().y() - bone.y1()) / bone.dy();
        if (label->rect.right() < bone.x1() + t * bone.dx())
            x = std::min(x, label->rect.right() - m_editor->boundingRect().width());
    }
    m_editor->setPos(x, label->rect.top() + m_options.paddingY - FishboneInlineEditor::kMargin);
}

void FishboneView::onEditorFinished(bool commit, const QString& text) {
    const EditKind kind = m_editKind;
    const QString target = m_editTarget;
    closeEditor();
    setFocus(Qt::OtherFocusReason);
    if (!commit || !isEditable())
        return;
    const QString value = text.trimmed();
    const Postmortem& pm = m_doc->postmortem();
    switch (kind) {
    case EditKind::Rename: {
        const CauseTree tree(pm);
        const Cause* c = tree.find(target);
        // An emptied label is a slip, not a wish for a cause without words.
        if (c && !value.isEmpty() && value != c->statement)
            m_doc->editField(target, CauseField::Statement, value);
        break;
    }
    case EditKind::Add:
        if (!value.isEmpty()) {
            m_selectAfterRebuild =
                CauseEditing::addCause(*m_doc, QString(), -1, value, true, target);
        }
        break;
    case EditKind::Problem:
        if (value != problemStatement(pm))
            CauseEditing::setProblemStatement(*m_doc, value);
        break;
    case EditKind::None:
        break;
    }
}

void FishboneView::closeEditor() {
    const bool open = m_editKind != EditKind::None;
    if (FishboneInlineEditor* editor = m_editor) {
        m_editor = nullptr;
        disconnect(editor, nullptr, this, nullptr);
        // Possibly inside the editor's own key or focus handler: delete it later.
        scene()->removeItem(editor);
        editor->deleteLater();
    }
    m_editKind = EditKind::None;
    m_editTarget.clear();
    if (open)
        scheduleRebuild(); // the label shows again, the room for a new cause goes
}

// Export.

QString FishboneView::exportTo(const QString& file) {
    const auto format = fishboneFormat(QFileInfo(file).suffix());
    if (!format)
        return tr("Choose a file name ending in .svg or .png.");
    if (!m_doc)
        return tr("There is no diagram to export.");
    // Without the selection or a cause being added: the diagram as the document has it.
    const Postmortem& pm = m_doc->postmortem();
    const FishboneLayout clean = layoutFishbone(
        buildFishbone(CauseTree(pm), problemStatement(pm), categories()), *m_measure, m_options);
    return saveFishbone(clean, m_style, *format, file);
}

void FishboneView::exportWithDialog() {
    if (!m_doc)
        return;
    // The folder of the last export: a team exports each postmortem's diagram to one place.
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("causes/exportDir"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Diagram"),
                                                      dir + QStringLiteral("/fishbone.svg"),
                                                      tr("SVG drawing (*.svg);;PNG image (*.png)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("causes/exportDir"), QFileInfo(file).absolutePath());
    const QString error = exportTo(file);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

} // namespace causeway
