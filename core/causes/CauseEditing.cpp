#include "causes/CauseEditing.h"

#include "causes/Cause.h"
#include "editing/PostmortemDocument.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace causeway::CauseEditing {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::CauseEditing", text);
}

// Causes that hang on id on the fishbone: same category, reached through causes that are
// not on the fishbone (see buildFishbone()).
void collectHanging(const CauseTree& tree, const QString& id, const QString& category,
                    QStringList& out) {
    for (const QString& childId : tree.childrenOf(id)) {
        const Cause* child = tree.find(childId);
        if (!child->onFishbone) {
            collectHanging(tree, childId, category, out);
        } else if (child->category == category) {
            out.append(childId);
            collectHanging(tree, childId, category, out);
        }
    }
}

bool usedBy(const CauseTree& tree, const QString& category) {
    for (const Cause& c : tree.causes()) {
        if (c.category == category)
            return true;
    }
    return false;
}

} // namespace

QString addCause(PostmortemDocument& doc, const QString& parent, int index,
                 const QString& statement, bool onFishbone, const QString& category) {
    const CauseTree tree(doc.postmortem());
    Cause c;
    c.statement = statement;
    c.parent = tree.find(parent) ? parent : QString();
    c.position = index < 0 ? tree.positionAfterLast(c.parent) : tree.positionAt(c.parent, index);
    c.onFishbone = onFishbone;
    c.category = category;
    return doc.addChild(Kind::Cause, c.toFields());
}

bool moveCause(PostmortemDocument& doc, const QString& id, const QString& newParent, int index) {
    const CauseTree tree(doc.postmortem());
    const Cause* cause = tree.find(id);
    if (!cause || id == newParent || tree.isAncestor(id, newParent))
        return false;
    const QString parent = tree.find(newParent) ? newParent : QString();
    // Positions are computed without the cause itself, so moving it among its own siblings
    // lands where the user dropped it.
    QStringList siblings = tree.childrenOf(parent);
    const qsizetype own = siblings.indexOf(id);
    if (own >= 0 && index > own)
        --index;
    siblings.removeAll(id);
    double position = 1.0;
    const auto at = [&tree](const QString& sibling) {
        return tree.find(sibling)->position;
    };
    if (siblings.isEmpty())
        position = 1.0;
    else if (index < 0 || index >= siblings.size())
        position = at(siblings.last()) + 1.0;
    else if (index == 0)
        position = at(siblings.first()) - 1.0;
    else
        position = (at(siblings.at(index - 1)) + at(siblings.at(index))) / 2.0;
    if (parent == tree.parentOf(id) && position == cause->position)
        return false;
    doc.editFields({{id, CauseField::Parent, parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
                    {id, CauseField::Position, position}},
                   tr("Move cause"));
    return true;
}

void setCauseCategory(PostmortemDocument& doc, const QString& id, const QString& category) {
    const CauseTree tree(doc.postmortem());
    const Cause* cause = tree.find(id);
    if (!cause)
        return;
    QList<PostmortemDocument::FieldEdit> edits{{id, CauseField::OnFishbone, true},
                                               {id, CauseField::Category, category}};
    if (cause->onFishbone) {
        QStringList hanging;
        collectHanging(tree, id, cause->category, hanging);
        for (const QString& sub : std::as_const(hanging))
            edits.append({sub, CauseField::Category, category});
    }
    doc.editFields(edits, tr("Move cause to %1").arg(category));
}

void removeCauses(PostmortemDocument& doc, const QStringList& ids) {
    const CauseTree tree(doc.postmortem());
    QStringList all;
    for (const QString& id : ids) {
        if (!tree.find(id))
            continue;
        for (const QString& sub : tree.subtree(id)) {
            if (!all.contains(sub))
                all.append(sub);
        }
    }
    if (all.isEmpty())
        return;
    doc.removeChildren(all, all.size() == 1 ? tr("Delete cause")
                                            : tr("Delete %1 causes").arg(all.size()));
}

void setEvidence(PostmortemDocument& doc, const QString& id, const QStringList& evidence) {
    doc.editFields({{id, CauseField::Evidence,
                     evidence.isEmpty() ? QJsonValue() : QJsonArray::fromStringList(evidence)}},
                   tr("Change evidence"));
}

void setProblemStatement(PostmortemDocument& doc, const QString& text) {
    doc.editField(doc.id(), CauseRootField::ProblemStatement, text);
}

QString addCategory(PostmortemDocument& doc, const QStringList& current, const QString& name) {
    const QString label = name.trimmed();
    if (label.isEmpty())
        return tr("A category needs a name.");
    if (current.contains(label))
        return tr("There is already a category \"%1\".").arg(label);
    doc.editFields({{doc.id(), CauseRootField::Categories,
                     QJsonArray::fromStringList(current + QStringList{label})}},
                   tr("Add category %1").arg(label));
    return {};
}

QString renameCategory(PostmortemDocument& doc, const QStringList& current, const QString& from,
                       const QString& to) {
    const QString label = to.trimmed();
    if (label.isEmpty())
        return tr("A category needs a name.");
    if (label == from)
        return {};
    if (current.contains(label))
        return tr("There is already a category \"%1\".").arg(label);
    QStringList categories = current;
    const qsizetype at = categories.indexOf(from);
    if (at < 0)
        return tr("There is no category \"%1\".").arg(from);
    categories[at] = label;
    QList<PostmortemDocument::FieldEdit> edits{
        {doc.id(), CauseRootField::Categories, QJsonArray::fromStringList(categories)}};
    const CauseTree tree(doc.postmortem()); // named: a temporary would die before the loop
    for (const Cause& c : tree.causes()) {
        if (c.category == from)
            edits.append({c.id, CauseField::Category, label});
    }
    doc.editFields(edits, tr("Rename category %1").arg(from));
    return {};
}

QString removeCategory(PostmortemDocument& doc, const QStringList& current, const QString& name) {
    if (!current.contains(name))
        return tr("There is no category \"%1\".").arg(name);
    if (usedBy(CauseTree(doc.postmortem()), name))
        return tr("Causes are filed under \"%1\": move them to another category first.").arg(name);
    QStringList categories = current;
    categories.removeAll(name);
    doc.editFields({{doc.id(), CauseRootField::Categories, QJsonArray::fromStringList(categories)}},
                   tr("Remove category %1").arg(name));
    return {};
}

void moveCategory(PostmortemDocument& doc, const QStringList& current, const QString& name,
                  int delta) {
    const qsizetype from = current.indexOf(name);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= current.size() || delta == 0)
        return;
    QStringList categories = current;
    categories.move(from, to);
    doc.editFields({{doc.id(), CauseRootField::Categories, QJsonArray::fromStringList(categories)}},
                   tr("Move category %1").arg(name));
}

} // namespace causeway::CauseEditing
