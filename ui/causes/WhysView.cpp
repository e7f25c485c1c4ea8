#include "causes/WhysView.h"

#include "causes/CauseEditing.h"
#include "causes/CauseItemDelegate.h"
#include "causes/CauseTreeModel.h"
#include "coach/DocumentCoach.h"
#include "editing/PostmortemDocument.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace causeway {

WhysView::WhysView(QWidget* parent)
    : QTreeView(parent)
    , m_model(new CauseTreeModel(this))
    , m_coach(new DocumentCoach(this)) {
    setModel(m_model);
    auto* delegate = new CauseItemDelegate(this);
    delegate->setCoach(m_coach);
    setItemDelegate(delegate);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setAllColumnsShowFocus(true);
    // Typing over an answer by accident would be too easy in a meeting: editing starts
    // with F2, a double click, or an answer just added.
    setEditTriggers(EditKeyPressed | DoubleClicked);
    setExpandsOnDoubleClick(false);
    // Tab and Shift+Tab reach keyPressEvent: they add an answer and move one up a level.
    // Ctrl+Tab leaves the tree, as in other widgets that take Tab for themselves.
    setTabKeyNavigation(true);
    setDragDropMode(InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAnimated(false);
    // The problem statement is the one root: no branch handle of its own, and its answers
    // start at the first indent.
    setRootIsDecorated(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CauseTreeModel::StatementColumn, QHeaderView::Stretch);
    setAccessibleName(tr("Five whys"));
    setWhatsThis(tr("<p>The five whys: each answer says why the one above it happened; an "
                    "answer can have several answers of its own.</p>"
                    "<p>Enter adds an answer beside the current one, Tab an answer to it, "
                    "Shift+Tab moves an answer up a level, Delete removes it with its answers, "
                    "Ctrl+Up and Ctrl+Down reorder, F2 renames, Space marks it as a cause on "
                    "the fishbone. While typing, Enter finishes and Tab asks why again. "
                    "Ctrl++ and Ctrl+- change the size.</p>"));
    // Wrapped answers are as tall as the statement column's width makes them.
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == CauseTreeModel::StatementColumn && wordWrap())
            scheduleDelayedItemsLayout();
    });
    setZoom(1.0);
}

void WhysView::setZoom(double factor) {
    m_zoom = std::clamp(factor, 0.7, 3.0);
    QFont font = QApplication::font(this);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * m_zoom);
    else
        font.setPixelSize(int(font.pixelSize() * m_zoom));
    // At 100% the view keeps following the font its window gives it.
    setFont(qFuzzyCompare(m_zoom, 1.0) ? QFont() : font);
    // Deep chains of whys must read as steps from across the room.
    setIndentation(QFontMetrics(font).height() * 2);
}

void WhysView::zoomIn() {
    setZoom(m_zoom * 1.15);
}

void WhysView::zoomOut() {
    setZoom(m_zoom / 1.15);
}

void WhysView::setDocument(PostmortemDocument* document, const Template* tmpl) {
    m_added.clear();
    m_announced.clear();
    m_model->setDocument(document, tmpl);
    m_coach->setDocument(document);
    m_quiet = true;
    setCurrentIndex(m_model->problemIndex());
    m_quiet = false;
}

void WhysView::setReadOnly(bool readOnly) {
    m_model->setReadOnly(readOnly);
    viewport()->update(); // the empty tree's hint says whether answers can be added
}

bool WhysView::editable() const {
    return m_model->isEditable();
}

QString WhysView::currentCause() const {
    return m_model->idAt(currentIndex());
}

QString WhysView::emptyHint() const {
    if (!m_model->document())
        return {};
    if (!editable())
        return tr("No causes were recorded.");
    return tr("Why did this happen? Press Enter to add an answer, then Tab to ask why again.");
}

// Keys --------------------------------------------------------------------------------

void WhysView::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = modifiers == Qt::NoModifier;
    const bool ctrl = modifiers == Qt::ControlModifier;
    const int key = event->key();
    if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) && modifiers.testFlag(Qt::ControlModifier)) {
        QAbstractScrollArea::focusNextPrevChild(key == Qt::Key_Tab &&
                                                !modifiers.testFlag(Qt::ShiftModifier));
        return;
    }
    void (WhysView::*action)() = nullptr;
    if (event->matches(QKeySequence::ZoomIn) ||
        (key == Qt::Key_Equal && modifiers == Qt::ControlModifier)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (key == Qt::Key_0 && ctrl) {
        setZoom(1.0);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && plain)
        action = &WhysView::addSiblingAnswer;
    else if (key == Qt::Key_Tab && plain)
        action = &WhysView::addChildAnswer;
    else if (key == Qt::Key_Backtab && (plain || modifiers == Qt::ShiftModifier))
        action = &WhysView::moveCurrentUpALevel; // focusNextPrevChild() sends it unshifted
    else if (key == Qt::Key_Delete && plain)
        action = &WhysView::removeCurrent;
    else if (key == Qt::Key_Up && ctrl)
        action = &WhysView::moveCurrentUp;
    else if (key == Qt::Key_Down && ctrl)
        action = &WhysView::moveCurrentDown;
    else if (key == Qt::Key_Space && plain)
        action = &WhysView::toggleCurrentOnFishbone;
    // Keys an open editor did not take (QLineEdit passes Enter on after committing) reach
    // the view too; they belong to the editor, not to the tree.
    if (action && editable() && !isEditing()) {
        (this->*action)();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

bool WhysView::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) {
    // F2 renames the answer, whichever cell of its row has the focus.
    if (trigger == EditKeyPressed && index.isValid() &&
        index.column() != CauseTreeModel::StatementColumn)
        return QTreeView::edit(index.siblingAtColumn(CauseTreeModel::StatementColumn), trigger,
                               event);
    return QTreeView::edit(index, trigger, event);
}

// The editor of the current row is the only one open (editors open on the current row,
// and changing the current row closes them), so the current index is the edited one.
void WhysView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    const QModelIndex edited = currentIndex();
    const QString id = m_model->idAt(edited);
    const bool problem = m_model->isProblem(edited);
    switch (hint) {
    case QAbstractItemDelegate::EditNextItem: // Tab: the answer is in; why did that happen?
        QTreeView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        m_added.clear();
        if (editable())
            addAndEdit(problem ? QString() : id, -1);
        return;
    case QAbstractItemDelegate::EditPreviousItem: // Shift+Tab: up a level, keep typing
        QTreeView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        m_added.clear();
        if (editable() && !problem) {
            moveCurrentUpALevel();
            editStatement(id);
        }
        return;
    case QAbstractItemDelegate::RevertModelCache:
        QTreeView::closeEditor(editor, hint);
        takeBackEmptyAnswer(id);
        return;
    default:
        m_added.clear();
        QTreeView::closeEditor(editor, hint);
        return;
    }
}

// Edits ------------------------------------------------------------------------------

void WhysView::addSiblingAnswer() {
    if (!editable())
        return;
    const QModelIndex current = currentIndex();
    if (!current.isValid() || m_model->isProblem(current))
        addAndEdit(QString(), -1);
    else
        addAndEdit(m_model->idAt(current.parent()), current.row() + 1);
}

void WhysView::addChildAnswer() {
    if (editable())
        addAndEdit(currentCause(), -1);
}

void WhysView::addAndEdit(const QString& parent, int index) {
    PostmortemDocument* doc = m_model->document();
    const QString before = currentCause();
    const QString id = CauseEditing::addCause(*doc, parent, index, QString());
    if (id.isEmpty())
        return;
    m_added = id;
    m_beforeAdded = before;
    m_undoIndexAfterAdd = doc->undoStack()->index();
    editStatement(id);
}

void WhysView::editStatement(const QString& id) {
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    makeCurrent(id);
    QAbstractItemView::edit(index);
}

void WhysView::takeBackEmptyAnswer(const QString& id) {
    if (id.isEmpty() || id != m_added)
        return;
    m_added.clear();
    QUndoStack* undo = m_model->document()->undoStack();
    // Only while the addition is still the last step: undoing anything else would take
    // back more than the empty answer.
    if (!m_model->indexOf(id).data(Qt::EditRole).toString().isEmpty() ||
        undo->index() != m_undoIndexAfterAdd || !undo->canUndo())
        return;
    undo->undo();
    makeCurrent(m_beforeAdded);
}

void WhysView::moveCurrentUpALevel() {
    const QModelIndex current = currentIndex();
    const QString id = m_model->idAt(current);
    const QModelIndex parent = current.parent();
    if (!editable() || id.isEmpty() || m_model->isProblem(parent))
        return; // the problem statement's answers are as high as an answer goes
    CauseEditing::moveCause(*m_model->document(), id, m_model->idAt(parent.parent()),
                            parent.row() + 1);
    scrollTo(currentIndex());
}

void WhysView::removeCurrent() {
    const QModelIndex current = currentIndex();
    const QString id = m_model->idAt(current);
    if (!editable() || id.isEmpty())
        return;
    // The cursor stays in the same branch: the next answer, else the one before, else
    // the answer (or problem) this one answered.
    const QModelIndex parent = current.parent();
    QString next = m_model->idAt(parent);
    if (current.row() + 1 < m_model->rowCount(parent))
        next = m_model->idAt(m_model->index(current.row() + 1, 0, parent));
    else if (current.row() > 0)
        next = m_model->idAt(m_model->index(current.row() - 1, 0, parent));
    CauseEditing::removeCauses(*m_model->document(), {id});
    makeCurrent(next);
}

void WhysView::moveCurrentUp() {
    moveCurrentBy(-1);
}

void WhysView::moveCurrentDown() {
    moveCurrentBy(1);
}

void WhysView::moveCurrentBy(int delta) {
    const QModelIndex current = currentIndex();
    const QString id = m_model->idAt(current);
    if (!editable() || id.isEmpty())
        return;
    const int row = current.row() + delta;
    if (row < 0 || row >= m_model->rowCount(current.parent()))
        return;
    // moveCause counts the index with the cause still in place: one down is two ahead.
    CauseEditing::moveCause(*m_model->document(), id, m_model->idAt(current.parent()),
                            delta < 0 ? row : row + 1);
    scrollTo(currentIndex());
}

void WhysView::toggleCurrentOnFishbone() {
    const QModelIndex current = currentIndex();
    if (!editable() || m_model->idAt(current).isEmpty())
        return;
    const QModelIndex box = current.siblingAtColumn(CauseTreeModel::FishboneColumn);
    const bool on = box.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_model->setData(box, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

// Selection --------------------------------------------------------------------------

void WhysView::makeCurrent(const QString& id) {
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        expand(up);
    setCurrentIndex(index);
    scrollTo(index);
}

void WhysView::selectCause(const QString& id) {
    if (!m_model->indexOf(id).isValid())
        return;
    m_announced = id;
    if (currentIndex().isValid() && currentCause() == id)
        return;
    m_quiet = true;
    makeCurrent(id);
    m_quiet = false;
}

void WhysView::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    QTreeView::currentChanged(current, previous);
    const QString id = m_model->idAt(current);
    if (m_quiet || id == m_announced)
        return;
    m_announced = id;
    Q_EMIT causeSelected(id);
}

// Expansion and the empty hint ---------------------------------------------------------

void WhysView::reset() {
    QTreeView::reset();
    if (m_model->rowCount() > 0)
        setFirstColumnSpanned(0, QModelIndex(), true); // the problem has no kind or category
    expandAll();
}

void WhysView::rowsInserted(const QModelIndex& parent, int start, int end) {
    QTreeView::rowsInserted(parent, start, end);
    // New answers (and answers back from an undo) arrive open: a tree under discussion is
    // read whole, and only what someone folded stays folded.
    for (int row = start; row <= end; ++row)
        expand(m_model->index(row, 0, parent));
}

void WhysView::paintEvent(QPaintEvent* event) {
    QTreeView::paintEvent(event);
    if (m_model->causeCount() > 0 || !m_model->document())
        return;
    const QRect problem = visualRect(m_model->problemIndex());
    const int margin = fontMetrics().height();
    // Where the first answer will appear: the hint points at the spot.
    const QRect area =
        viewport()->rect().adjusted(indentation(), problem.bottom() + margin, -margin, -margin);
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyHint());
}

} // namespace causeway
