#pragma once

#include "causes/Cause.h"
#include "editing/PostmortemDocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace causeway {

// The 5-whys tree of the open postmortem: one top-level row, the problem statement, and
// under it every cause in CauseTree order. Edits become CauseEditing commands, so the tree,
// the fishbone and the panels change causes the same way. The model follows the document:
// a field edit changes one row, and a structural change (add, delete, re-parent, reorder,
// undo, redo) is applied as the fewest row insertions, removals and moves, never a reset,
// so a view keeps its selection and expanded branches through every edit.
class CauseTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        StatementColumn, // the answer to "why?"; the problem statement on the top row
        KindColumn,
        CategoryColumn, // the fishbone bone; shown only for causes on the fishbone
        FishboneColumn, // checkable: "marked as a cause"
        EvidenceColumn, // how many events and attachments the cause cites
        MarkingColumn,  // the confidentiality marking; empty while not marked
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString; empty on the problem row
        ProblemRole,               // bool: the problem statement row
        KindRole,                  // stored kind key
        CategoryRole,              // stored category, also when not on the fishbone
        EvidenceRole,              // QStringList of event and attachment ids
        ChoicesRole,               // QStringList: the values the Kind or Category column accepts
        ChoiceNamesRole,           // QStringList: how those values are shown, same order
        MarkingRole,               // the confidentiality level, empty while not marked
    };

    explicit CauseTreeModel(QObject* parent = nullptr);
    ~CauseTreeModel() override;

    // tmpl supplies the fishbone categories when the postmortem has none of its own; the
    // model copies what it needs, so the template may go away.
    void setDocument(PostmortemDocument* document, const Template* tmpl = nullptr);
    PostmortemDocument* document() const { return m_doc; }
    // Read-only for a reason the document does not know of, such as a postmortem in the
    // trash: no edits, drags or drops.
    void setReadOnly(bool readOnly);
    // Whether edits are possible: a document is set and neither it nor the model is
    // read-only.
    bool isEditable() const;

    // The cause on this row; empty for the problem row and an invalid index.
    QString idAt(const QModelIndex& index) const;
    bool isProblem(const QModelIndex& index) const;
    // The row of a cause; "" gives the problem row. Invalid when unknown.
    QModelIndex indexOf(const QString& id, int column = StatementColumn) const;
    QModelIndex problemIndex(int column = StatementColumn) const;
    int causeCount() const { return int(m_byId.size()); }
    // The categories a cause can be filed under now (see causeCategories()).
    QStringList categories() const;

    // Re-parents causes under newParent ("" for the problem statement) at index among its
    // children (-1: last) as one undo step. Causes under another moved cause go with it.
    // False when refused (a cause under itself) or when nothing moved.
    bool moveCauses(const QStringList& ids, const QString& newParent, int index);

    static QString mimeType();

    QModelIndex index(int row, int column,
                      const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

private:
    struct Node {
        QString id; // empty for the problem statement
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        Cause cause;
        int row() const;
    };

    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = StatementColumn) const;
    void emitRowChanged(const Node* node, int first, int last);

    QVariant problemData(int column, int role) const;
    QVariant causeData(const Cause& cause, int column, int role) const;
    QVariant markingData(const QString& level, int role) const;
    QString marking(const QString& causeId) const;

    void onFieldChanged(const QString& recordId, const QString& field);
    void build(const CauseTree& tree, Node* parent);
    // Brings the rows in line with the document's CauseTree, see placeChildren().
    void sync();
    void placeChildren(const CauseTree& tree, Node* parent);
    void removeStale(const CauseTree& tree, Node* parent);
    void moveNode(Node* node, Node* newParent, int destination);
    void refresh(Node* node, const Cause& cause);
    void forget(Node* node);

    // The dragged causes and the parent and index a drop at row under parent means.
    bool decodeDrop(const QMimeData* data, const QModelIndex& parent, QStringList* ids,
                    QString* target) const;
    bool wouldChange(const QStringList& roots, const QString& newParent, int index) const;
    bool setCauseData(Node* node, int column, const QVariant& value, int role);
    bool setProblemData(const QVariant& value, int role);

    QPointer<PostmortemDocument> m_doc;
    bool m_readOnly = false;
    bool m_hasTemplate = false;
    QStringList m_templateCategories;
    std::unique_ptr<Node> m_problem;
    QHash<QString, Node*> m_byId;
};

} // namespace causeway
