#include "causes/CauseTreeModel.h"

#include "causes/CauseEditing.h"
#include "common/MarkingSelector.h"
#include "common/PaperclipIcon.h"
#include "model/Fields.h"
#include "model/TemplateText.h"
#include "report/Confidentiality.h"

#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

// Positions in seq of one longest strictly increasing run (not necessarily contiguous).
// The children already in the right relative order stay where they are; only the others
// move, so a drag or Ctrl+Up costs one row move, not a move of every sibling in between.
std::vector<size_t> longestIncreasing(const std::vector<int>& seq) {
    std::vector<size_t> tails; // tails[k]: where in seq the best run of length k+1 ends
    std::vector<std::ptrdiff_t> previous(seq.size(), -1);
    for (size_t i = 0; i < seq.size(); ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), seq[i],
                                         [&seq](size_t t, int value) { return seq[t] < value; });
        if (it != tails.begin())
            previous[i] = std::ptrdiff_t(*(it - 1));
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<size_t> run;
    for (std::ptrdiff_t at = tails.empty() ? -1 : std::ptrdiff_t(tails.back()); at >= 0;
         at = previous[size_t(at)])
        run.push_back(size_t(at));
    std::reverse(run.begin(), run.end());
    return run;
}

// What a row shows; a change of anything else (position, parent, actions) repaints nothing.
bool sameDisplay(const Cause& a, const Cause& b) {
    return a.statement == b.statement && a.kind == b.kind && a.category == b.category &&
           a.onFishbone == b.onFishbone && a.evidence == b.evidence && a.notes == b.notes;
}

QBrush placeholderBrush() {
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
}

} // namespace

int CauseTreeModel::Node::row() const {
    if (!parent)
        return 0;
    const auto it =
        std::find_if(parent->children.cbegin(), parent->children.cend(),
                     [this](const std::unique_ptr<Node>& n) { return n.get() == this; });
    return int(it - parent->children.cbegin());
}

CauseTreeModel::CauseTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {}

CauseTreeModel::~CauseTreeModel() = default;

QString CauseTreeModel::mimeType() {
    return QStringLiteral("application/x-causeway-cause-ids");
}

void CauseTreeModel::setDocument(PostmortemDocument* document, const Template* tmpl) {
    beginResetModel();
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_hasTemplate = tmpl != nullptr;
    m_templateCategories = tmpl ? tmpl->causeCategories : QStringList();
    m_byId.clear();
    m_problem.reset();
    if (m_doc) {
        m_problem = std::make_unique<Node>();
        build(CauseTree(m_doc->postmortem()), m_problem.get());
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &CauseTreeModel::onFieldChanged);
        // Every add, delete and restore ends with childrenChanged, once per undo step: a
        // subtree deleted in one step leaves in one row removal instead of its children
        // first surfacing as orphans at the top.
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &CauseTreeModel::sync);
        connect(m_doc, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
}

void CauseTreeModel::setReadOnly(bool readOnly) {
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    // Flags and check boxes of every row change.
    if (m_problem)
        emitRowChanged(m_problem.get(), 0, ColumnCount - 1);
    for (const Node* node : std::as_const(m_byId))
        emitRowChanged(node, 0, ColumnCount - 1);
}

bool CauseTreeModel::isEditable() const {
    return m_doc && !m_doc->isReadOnly() && !m_readOnly;
}

QStringList CauseTreeModel::categories() const {
    if (!m_doc)
        return {};
    Template tmpl;
    tmpl.causeCategories = m_templateCategories;
    return causeCategories(m_doc->postmortem(), m_hasTemplate ? &tmpl : nullptr);
}

void CauseTreeModel::build(const CauseTree& tree, Node* parent) {
    for (const QString& id : tree.childrenOf(parent->id)) {
        auto node = std::make_unique<Node>();
        node->id = id;
        node->parent = parent;
        node->cause = *tree.find(id);
        m_byId.insert(id, node.get());
        build(tree, node.get());
        parent->children.push_back(std::move(node));
    }
}

// Index helpers ------------------------------------------------------------------------

CauseTreeModel::Node* CauseTreeModel::nodeAt(const QModelIndex& index) const {
    return index.isValid() && index.model() == this ? static_cast<Node*>(index.internalPointer())
                                                    : nullptr;
}

QModelIndex CauseTreeModel::indexOfNode(const Node* node, int column) const {
    if (!node)
        return {};
    return createIndex(node->row(), column, node);
}

QString CauseTreeModel::idAt(const QModelIndex& index) const {
    const Node* node = nodeAt(index);
    return node ? node->id : QString();
}

bool CauseTreeModel::isProblem(const QModelIndex& index) const {
    return m_problem && nodeAt(index) == m_problem.get();
}

QModelIndex CauseTreeModel::indexOf(const QString& id, int column) const {
    if (id.isEmpty())
        return problemIndex(column);
    return indexOfNode(m_byId.value(id), column);
}

QModelIndex CauseTreeModel::problemIndex(int column) const {
    return indexOfNode(m_problem.get(), column);
}

QModelIndex CauseTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, m_problem.get());
    return createIndex(row, column, nodeAt(parent)->children[size_t(row)].get());
}

QModelIndex CauseTreeModel::parent(const QModelIndex& index) const {
    const Node* node = nodeAt(index);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int CauseTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return m_problem ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int CauseTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

// Reading ------------------------------------------------------------------------------

QVariant CauseTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeAt(index);
    if (!node || !m_doc)
        return {};
    if (role == IdRole)
        return node->id;
    if (role == ProblemRole)
        return node == m_problem.get();
    if (node == m_problem.get())
        return problemData(index.column(), role);
    return causeData(node->cause, index.column(), role);
}

QVariant CauseTreeModel::problemData(int column, int role) const {
    if (column != StatementColumn)
        return {};
    const Postmortem& pm = m_doc->postmortem();
    const bool own = !pm.root.text(CauseRootField::ProblemStatement).trimmed().isEmpty();
    const QString shown = problemStatement(pm);
    switch (role) {
    case Qt::DisplayRole:
        return shown.isEmpty() ? tr("No problem statement yet: press F2 to write one") : shown;
    case Qt::EditRole:
        return shown;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        font.setItalic(!own);
        return font;
    }
    case Qt::ForegroundRole:
        return own ? QVariant() : QVariant(placeholderBrush());
    case Qt::ToolTipRole:
        if (!own && !shown.isEmpty())
            return tr("The first line of the summary stands in until a problem statement is "
                      "written (F2).");
        return tr("The problem statement: every first-level answer says why this happened.");
    default:
        return {};
    }
}

QVariant CauseTreeModel::causeData(const Cause& c, int column, int role) const {
    switch (role) {
    case KindRole:
        return c.kind;
    case CategoryRole:
        return c.category;
    case EvidenceRole:
        return c.evidence;
    case MarkingRole:
        return marking(c.id);
    case ChoicesRole:
        if (column == MarkingColumn)
            return markingLevels();
        if (column == KindColumn)
            return CauseVocabulary::kinds();
        if (column == CategoryColumn)
            return categories();
        return {};
    case ChoiceNamesRole:
        if (column == KindColumn) {
            QStringList names;
            for (const QString& key : CauseVocabulary::kinds())
                names.append(CauseVocabulary::kindName(key));
            return names;
        }
        if (column == CategoryColumn) {
            QStringList names;
            for (const QString& category : categories())
                names.append(templateText(category));
            return names;
        }
        if (column == MarkingColumn) {
            QStringList names;
            for (const QString& level : markingLevels())
                names.append(markingName(level));
            return names;
        }
        return {};
    default:
        break;
    }
    switch (column) {
    case StatementColumn:
        if (role == Qt::DisplayRole)
            return c.statement.isEmpty() ? tr("(no answer yet)") : c.statement;
        if (role == Qt::EditRole)
            return c.statement;
        if (role == Qt::ForegroundRole && c.statement.isEmpty())
            return placeholderBrush();
        if (role == Qt::FontRole && (c.statement.isEmpty() || c.kind == u"root_cause")) {
            QFont font;
            font.setItalic(c.statement.isEmpty());
            font.setBold(c.kind == u"root_cause");
            return font;
        }
        if (role == Qt::ToolTipRole && !c.notes.isEmpty())
            return c.notes;
        return {};
    case KindColumn:
        if (role == Qt::DisplayRole)
            return CauseVocabulary::kindName(c.kind);
        if (role == Qt::EditRole)
            return c.kind;
        // Most answers are contributing factors: said quietly, the root causes and
        // mitigators stand out.
        if (role == Qt::ForegroundRole && c.kind == u"contributing_factor")
            return placeholderBrush();
        if (role == Qt::FontRole && c.kind == u"root_cause") {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CategoryColumn:
        // A category is kept when a cause leaves the fishbone, so re-marking it files it
        // where it was; while off the fishbone it means nothing and is not shown.
        if (role == Qt::DisplayRole)
            return c.onFishbone ? templateText(c.category) : QString();
        if (role == Qt::EditRole)
            return c.category;
        return {};
    case FishboneColumn:
        if (role == Qt::CheckStateRole)
            return c.onFishbone ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return c.onFishbone ? tr("On the fishbone under %1").arg(c.category)
                                : tr("Not on the fishbone (Space marks it as a cause)");
        return {};
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return c.evidence.isEmpty() ? QString() : QString::number(c.evidence.size());
        if (role == Qt::DecorationRole && !c.evidence.isEmpty()) {
            static const QIcon clip = paperclipIcon();
            return clip;
        }
        if ((role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) && !c.evidence.isEmpty())
            return tr("%n piece(s) of evidence", "", int(c.evidence.size()));
        return {};
    case MarkingColumn:
        return markingData(marking(c.id), role);
    default:
        return {};
    }
}

QString CauseTreeModel::marking(const QString& causeId) const {
    const Record* r = m_doc ? m_doc->record(causeId) : nullptr;
    return r ? recordConfidentiality(*r) : QString();
}

QVariant CauseTreeModel::markingData(const QString& level, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return markingBadge(level);
    case Qt::EditRole:
        return level;
    case Qt::ToolTipRole:
        return markingExplanation();
    case Qt::AccessibleTextRole:
        return markingName(level);
    default:
        return {};
    }
}

Qt::ItemFlags CauseTreeModel::flags(const QModelIndex& index) const {
    const Node* node = nodeAt(index);
    if (!node)
        return isEditable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!isEditable())
        return f;
    f |= Qt::ItemIsDropEnabled;
    if (node == m_problem.get())
        return index.column() == StatementColumn ? f | Qt::ItemIsEditable : f;
    f |= Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case StatementColumn:
    case KindColumn:
    case CategoryColumn:
    case MarkingColumn:
        return f | Qt::ItemIsEditable;
    case FishboneColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f; // evidence is linked from the timeline, not typed
    }
}

QVariant CauseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatementColumn:
            return tr("Why?");
        case KindColumn:
            return tr("Kind");
        case CategoryColumn:
            return tr("Category");
        case FishboneColumn:
            return tr("On fishbone");
        case EvidenceColumn:
            return tr("Evidence");
        case MarkingColumn:
            return tr("Marking");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == FishboneColumn)
        return tr("Marked as a cause: drawn on the fishbone under its category");
    return {};
}

// Editing ------------------------------------------------------------------------------

bool CauseTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    Node* node = nodeAt(index);
    if (!node || !isEditable() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (node == m_problem.get())
        return index.column() == StatementColumn && setProblemData(value, role);
    return setCauseData(node, index.column(), value, role);
}

bool CauseTreeModel::setProblemData(const QVariant& value, int role) {
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    // Committing the summary's stand-in unchanged must not copy it into the statement: a
    // later summary edit would then no longer show here.
    if (text == problemStatement(m_doc->postmortem()))
        return true;
    CauseEditing::setProblemStatement(*m_doc, text);
    return true;
}

bool CauseTreeModel::setCauseData(Node* node, int column, const QVariant& value, int role) {
    const Cause& c = node->cause;
    if (column == FishboneColumn && role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (on == c.onFishbone)
            return true;
        if (on && c.category.isEmpty())
            CauseEditing::setCauseCategory(*m_doc, c.id, categories().value(0));
        else
            m_doc->editField(c.id, CauseField::OnFishbone, on);
        return true;
    }
    if (column == EvidenceColumn && (role == EvidenceRole || role == Qt::EditRole)) {
        const QStringList evidence = value.toStringList();
        if (evidence != c.evidence)
            CauseEditing::setEvidence(*m_doc, c.id, evidence);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (column) {
    case StatementColumn: {
        const QString text = value.toString().trimmed();
        if (text != c.statement)
            m_doc->editField(c.id, CauseField::Statement, text);
        return true;
    }
    case KindColumn: {
        const QString key = value.toString();
        if (!CauseVocabulary::kinds().contains(key))
            return false;
        if (key != c.kind)
            m_doc->editField(c.id, CauseField::Kind, key);
        return true;
    }
    case CategoryColumn: {
        const QString category = value.toString().trimmed();
        if (category.isEmpty())
            return false;
        if (!c.onFishbone || category != c.category)
            CauseEditing::setCauseCategory(*m_doc, c.id, category);
        return true;
    }
    case MarkingColumn: {
        const QString level = value.toString();
        if (!markingLevels().contains(level))
            return false;
        if (level != marking(c.id))
            m_doc->editField(c.id, ConfidentialityField::Record,
                             level.isEmpty() ? QJsonValue() : QJsonValue(level));
        return true;
    }
    default:
        return false;
    }
}

// Following the document ---------------------------------------------------------------

void CauseTreeModel::emitRowChanged(const Node* node, int first, int last) {
    Q_EMIT dataChanged(indexOfNode(node, first), indexOfNode(node, last));
}

void CauseTreeModel::onFieldChanged(const QString& recordId, const QString& field) {
    if (!m_doc)
        return;
    if (recordId == m_doc->id()) {
        if (field == CauseRootField::ProblemStatement || field == Field::Summary)
            emitRowChanged(m_problem.get(), StatementColumn, StatementColumn);
        return;
    }
    const Record* record = m_doc->record(recordId);
    if (!record || record->kind != Kind::Cause || record->deleted)
        return;
    if (field == CauseField::Parent || field == CauseField::Position) {
        sync();
        return;
    }
    Node* node = m_byId.value(recordId);
    if (!node)
        return;
    node->cause = Cause::fromRecord(*record);
    if (field == CauseField::Statement || field == CauseField::Notes)
        emitRowChanged(node, StatementColumn, StatementColumn);
    else if (field == CauseField::Kind) // root causes are set in bold
        emitRowChanged(node, StatementColumn, KindColumn);
    else if (field == CauseField::Category || field == CauseField::OnFishbone)
        emitRowChanged(node, CategoryColumn, FishboneColumn);
    else if (field == CauseField::Evidence)
        emitRowChanged(node, EvidenceColumn, EvidenceColumn);
    else if (field == ConfidentialityField::Record)
        emitRowChanged(node, MarkingColumn, MarkingColumn);
}

// Makes the rows equal the document's tree in three kinds of steps. Top-down, each
// parent's children are put in order: new causes are inserted, causes from elsewhere moved
// in; then what is left over (deleted causes) is removed. A cause is moved only once its
// new parent is in place, and never into its own subtree, so every step is a valid row
// move and persistent indexes (selection, expanded branches, an open editor) follow.
void CauseTreeModel::sync() {
    if (!m_doc || !m_problem)
        return;
    const CauseTree tree(m_doc->postmortem());
    placeChildren(tree, m_problem.get());
    removeStale(tree, m_problem.get());
}

void CauseTreeModel::placeChildren(const CauseTree& tree, Node* parent) {
    const QStringList target = tree.childrenOf(parent->id);
    QHash<QString, int> rank;
    for (qsizetype k = 0; k < target.size(); ++k)
        rank.insert(target.at(k), int(k));
    std::vector<int> ranks;
    std::vector<const Node*> present;
    for (const std::unique_ptr<Node>& child : parent->children) {
        if (const auto it = rank.constFind(child->id); it != rank.cend()) {
            ranks.push_back(*it);
            present.push_back(child.get());
        }
    }
    QSet<const Node*> stay;
    for (size_t i : longestIncreasing(ranks))
        stay.insert(present[i]);

    // Each child that moves or is new goes right after its predecessor in the target
    // order; by induction the children end up in that order around those that stay.
    for (qsizetype k = 0; k < target.size(); ++k) {
        const Cause* cause = tree.find(target.at(k));
        const int destination = k == 0 ? 0 : m_byId.value(target.at(k - 1))->row() + 1;
        Node* node = m_byId.value(cause->id);
        if (!node) {
            auto fresh = std::make_unique<Node>();
            fresh->id = cause->id;
            fresh->parent = parent;
            fresh->cause = *cause;
            beginInsertRows(indexOfNode(parent), destination, destination);
            m_byId.insert(fresh->id, fresh.get());
            parent->children.insert(parent->children.begin() + destination, std::move(fresh));
            endInsertRows();
            continue;
        }
        if (!stay.contains(node))
            moveNode(node, parent, destination);
        refresh(node, *cause);
    }
    for (const QString& id : target)
        placeChildren(tree, m_byId.value(id));
}

void CauseTreeModel::moveNode(Node* node, Node* newParent, int destination) {
    Node* oldParent = node->parent;
    const int from = node->row();
    if (oldParent == newParent && (destination == from || destination == from + 1))
        return;
    const bool valid =
        beginMoveRows(indexOfNode(oldParent), from, from, indexOfNode(newParent), destination);
    Q_ASSERT(valid); // sync() never moves a cause into its own subtree
    if (!valid)
        return;
    std::unique_ptr<Node> owned = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    const int at = oldParent == newParent && destination > from ? destination - 1 : destination;
    newParent->children.insert(newParent->children.begin() + at, std::move(owned));
    node->parent = newParent;
    endMoveRows();
}

void CauseTreeModel::removeStale(const CauseTree& tree, Node* parent) {
    for (int r = int(parent->children.size()) - 1; r >= 0;) {
        if (tree.find(parent->children[size_t(r)]->id)) {
            removeStale(tree, parent->children[size_t(r)].get());
            --r;
            continue;
        }
        // Neighbouring deleted causes leave in one removal.
        int first = r;
        while (first > 0 && !tree.find(parent->children[size_t(first - 1)]->id))
            --first;
        beginRemoveRows(indexOfNode(parent), first, r);
        for (int i = first; i <= r; ++i)
            forget(parent->children[size_t(i)].get());
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + r + 1);
        endRemoveRows();
        r = first - 1;
    }
}

void CauseTreeModel::forget(Node* node) {
    m_byId.remove(node->id);
    for (const std::unique_ptr<Node>& child : node->children)
        forget(child.get());
}

void CauseTreeModel::refresh(Node* node, const Cause& cause) {
    const bool changed = !sameDisplay(node->cause, cause);
    node->cause = cause;
    if (changed)
        emitRowChanged(node, 0, ColumnCount - 1);
}

// Drag and drop ------------------------------------------------------------------------

QStringList CauseTreeModel::mimeTypes() const {
    return {mimeType()};
}

Qt::DropActions CauseTreeModel::supportedDragActions() const {
    return Qt::MoveAction;
}

Qt::DropActions CauseTreeModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QMimeData* CauseTreeModel::mimeData(const QModelIndexList& indexes) const {
    if (!m_doc)
        return nullptr;
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        const QString id = idAt(index);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    // The postmortem's id first: causes dropped on another postmortem's tree are refused.
    auto* data = new QMimeData;
    data->setData(mimeType(), QStringList(QStringList{m_doc->id()} + ids).join(u'\n').toUtf8());
    return data;
}

bool CauseTreeModel::decodeDrop(const QMimeData* data, const QModelIndex& parent, QStringList* ids,
                                QString* target) const {
    if (!isEditable() || !data || !data->hasFormat(mimeType()))
        return false;
    const QStringList parts =
        QString::fromUtf8(data->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.first() != m_doc->id())
        return false;
    // Dropped beside the problem statement: a first-level answer.
    const Node* targetNode = parent.isValid() ? nodeAt(parent) : m_problem.get();
    if (!targetNode)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const Node* dragged = m_byId.value(parts.at(i));
        if (!dragged)
            return false;
        for (const Node* at = targetNode; at; at = at->parent) {
            if (at == dragged)
                return false; // a cause cannot answer itself or anything under it
        }
    }
    *ids = parts.mid(1);
    *target = targetNode->id;
    return true;
}

bool CauseTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const {
    QStringList ids;
    QString target;
    return action == Qt::MoveAction && decodeDrop(data, parent, &ids, &target);
}

bool CauseTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                  const QModelIndex& parent) {
    QStringList ids;
    QString target;
    if (action != Qt::MoveAction || !decodeDrop(data, parent, &ids, &target))
        return false;
    return moveCauses(ids, target, parent.isValid() ? row : -1);
}

bool CauseTreeModel::wouldChange(const QStringList& roots, const QString& newParent,
                                 int index) const {
    const Node* target = newParent.isEmpty() ? m_problem.get() : m_byId.value(newParent);
    QStringList before;
    for (const std::unique_ptr<Node>& child : target->children)
        before.append(child->id);
    QStringList after = before;
    int at = index < 0 ? int(after.size()) : std::min(index, int(after.size()));
    for (const QString& id : roots) {
        const qsizetype own = after.indexOf(id);
        if (own >= 0 && own < at)
            --at;
        after.removeAll(id);
    }
    for (qsizetype i = 0; i < roots.size(); ++i)
        after.insert(at + i, roots.at(i));
    return after != before;
}

bool CauseTreeModel::moveCauses(const QStringList& ids, const QString& newParent, int index) {
    if (!isEditable())
        return false;
    const Node* target = newParent.isEmpty() ? m_problem.get() : m_byId.value(newParent);
    if (!target)
        return false;
    // Causes under another moved cause go with it and keep their place under it.
    QStringList roots;
    for (const QString& id : ids) {
        const Node* node = m_byId.value(id);
        if (!node || roots.contains(id))
            continue;
        bool carried = false;
        for (const Node* at = node->parent; at && !carried; at = at->parent)
            carried = ids.contains(at->id) && !at->id.isEmpty();
        if (!carried)
            roots.append(id);
    }
    if (roots.isEmpty())
        return false;
    for (const Node* at = target; at; at = at->parent) {
        if (!at->id.isEmpty() && roots.contains(at->id))
            return false;
    }
    if (roots.size() == 1)
        return CauseEditing::moveCause(*m_doc, roots.first(), newParent, index);
    // An empty macro would still be an undo step, so a drop that changes nothing stops here.
    if (!wouldChange(roots, newParent, index))
        return false;
    QUndoStack* undo = m_doc->undoStack();
    undo->beginMacro(tr("Move %n cause(s)", "", int(roots.size())));
    int at = index;
    for (const QString& id : std::as_const(roots)) {
        CauseEditing::moveCause(*m_doc, id, newParent, at);
        at = indexOf(id).row() + 1;
    }
    undo->endMacro();
    return true;
}

} // namespace causeway
