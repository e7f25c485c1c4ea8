#pragma once

#include "TestSupport.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "causes/CauseTreeModel.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

#include <QStringList>

#include <memory>

namespace causeway::test {

// A stored postmortem open in a document, with helpers to grow its 5-whys tree.
struct CauseFixture {
    std::unique_ptr<Store> store;
    QString id;
    std::unique_ptr<PostmortemDocument> doc;

    explicit CauseFixture(const QString& summary =
                              QStringLiteral("Checkout failed for 40 minutes\nDetails follow.")) {
        store = newStore();
        id = store
                 ->createPostmortem(
                     QStringLiteral("standard"),
                     {{Field::Title, QStringLiteral("Checkout outage")}, {Field::Summary, summary}})
                 .value();
        doc = std::make_unique<PostmortemDocument>(store.get(), *store->loadPostmortem(id));
    }

    QString add(const QString& parent, const QString& statement, int index = -1) {
        return CauseEditing::addCause(*doc, parent, index, statement);
    }
    CauseTree tree() const { return CauseTree(doc->postmortem()); }
};

// The shape of the tree, one line per cause, indented by depth: what the 5-whys view shows.
inline void dumpTreeShape(const CauseTree& tree, const QString& parent, int depth, QString& out) {
    for (const QString& id : tree.childrenOf(parent)) {
        const Cause* c = tree.find(id);
        out += QString(depth * 2, u' ') + id + u' ' + c->statement +
               (c->onFishbone ? QStringLiteral(" [fishbone]") : QString()) + u'\n';
        dumpTreeShape(tree, id, depth + 1, out);
    }
}
inline QString treeShape(const CauseTree& tree) {
    QString out;
    dumpTreeShape(tree, QString(), 0, out);
    return out;
}

inline void dumpModelShape(const CauseTreeModel& model, const QModelIndex& parent, int depth,
                           QString& out) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, CauseTreeModel::StatementColumn, parent);
        const bool fishbone = model.index(row, CauseTreeModel::FishboneColumn, parent)
                                  .data(Qt::CheckStateRole)
                                  .toInt() == Qt::Checked;
        out += QString(depth * 2, u' ') + model.idAt(index) + u' ' +
               index.data(Qt::EditRole).toString() +
               (fishbone ? QStringLiteral(" [fishbone]") : QString()) + u'\n';
        dumpModelShape(model, index, depth + 1, out);
    }
}
inline QString modelShape(const CauseTreeModel& model) {
    QString out;
    dumpModelShape(model, model.problemIndex(), 0, out);
    return out;
}

// Every stored value of every live cause, in tree order: equal only for the exact tree.
inline QString exactTree(const CauseTree& tree) {
    QString out;
    for (const QString& top : tree.childrenOf(QString())) {
        for (const QString& id : tree.subtree(top)) {
            const Cause* c = tree.find(id);
            out += QStringList{c->id,
                               c->parent,
                               QString::number(c->position),
                               c->statement,
                               c->kind,
                               c->category,
                               c->onFishbone ? QStringLiteral("on") : QStringLiteral("off"),
                               c->evidence.join(u',')}
                       .join(u'|') +
                   u'\n';
        }
    }
    return out;
}

} // namespace causeway::test
