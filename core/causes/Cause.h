#pragma once

#include "model/Record.h"
#include "model/Template.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway {

namespace Kind {
inline const QString Cause = QStringLiteral("cause");
} // namespace Kind

// Field keys of a cause record (kind "cause", a child of a postmortem). Every node of the
// 5-whys tree is a cause record; the ones marked "on_fishbone" are also drawn on the
// fishbone under their category. The tree is held in fields (parent, position), not in the
// record's parent, so re-parenting is an ordinary audited field edit that merges like any
// other.
namespace CauseField {
inline const QString Statement = QStringLiteral("statement");
inline const QString Parent = QStringLiteral("parent");     // the cause this answers; empty: top
inline const QString Position = QStringLiteral("position"); // order among siblings
inline const QString OnFishbone = QStringLiteral("on_fishbone");
inline const QString Category = QStringLiteral("category"); // a category label of the postmortem
inline const QString Kind = QStringLiteral("kind");         // see CauseVocabulary::kinds()
inline const QString Evidence = QStringLiteral("evidence"); // event and attachment ids
inline const QString Actions = QStringLiteral("actions");   // action item ids
inline const QString Notes = QStringLiteral("notes");
} // namespace CauseField

// Postmortem fields the root-cause view keeps.
namespace CauseRootField {
// The head of the fishbone and the root of the 5-whys tree; when empty, the first line of
// the summary stands in.
inline const QString ProblemStatement = QStringLiteral("problem_statement");
// The fishbone's bones, in order, as labels. Absent: the template's, or the defaults.
inline const QString Categories = QStringLiteral("cause_categories");
} // namespace CauseRootField

namespace CauseVocabulary {
QStringList kinds(); // root_cause, contributing_factor, mitigator, open_question
QString kindName(const QString& key);
// Whether causes of this kind need an action that addresses them.
bool needsAction(const QString& kind);
} // namespace CauseVocabulary

// The default fishbone categories for software incidents. About systems, never people:
// there is no "People" bone; what people had to work with is "Working Conditions".
QStringList defaultCauseCategories();

// The field schema of cause records, for validating imported canonical JSON.
QList<TemplateField> causeSchema();
// The postmortem fields above, for the root schema.
QList<TemplateField> causeRootSchema();

// A typed view of a cause record.
struct Cause {
    QString id;
    QString statement;
    QString parent;
    double position = 0;
    bool onFishbone = false;
    QString category;
    QString kind = QStringLiteral("contributing_factor");
    QStringList evidence;
    QStringList actions;
    QString notes;

    static Cause fromRecord(const Record& record);
    QMap<QString, QJsonValue> toFields() const;
};

// The postmortem's problem statement (see CauseRootField::ProblemStatement).
QString problemStatement(const Postmortem& pm);
// The postmortem's categories: its own list, else the template's, else the defaults.
QStringList causeCategories(const Postmortem& pm, const Template* tmpl);

// The live causes of a postmortem as a tree. A cause whose parent is missing or deleted is
// shown at the top, and a parent chain that loops (two machines re-parenting at once) is
// cut where it closes, so every live cause appears exactly once.
class CauseTree {
public:
    explicit CauseTree(const Postmortem& pm);

    const QList<Cause>& causes() const { return m_causes; }
    const Cause* find(const QString& id) const;
    // Children ids in order (by position, then id); "" for the top level.
    QStringList childrenOf(const QString& id) const { return m_children.value(id); }
    // The effective parent ("" at the top), after orphan and loop repair.
    QString parentOf(const QString& id) const { return m_parent.value(id); }
    // The cause and everything under it, parents first.
    QStringList subtree(const QString& id) const;
    bool isAncestor(const QString& ancestor, const QString& id) const;
    int depth(const QString& id) const;
    // A position that puts a new child of parent after its last child.
    double positionAfterLast(const QString& parent) const;
    // A position between siblings index-1 and index of parent.
    double positionAt(const QString& parent, int index) const;

private:
    QList<Cause> m_causes;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QString> m_parent;
    QHash<QString, QStringList> m_children;
};

// The fishbone drawn from a cause tree: one bone per category, the causes on each, and
// under each cause its sub-causes (fishbone causes further down the same branch of the
// 5-whys tree with the same category).
struct FishboneCause {
    QString id;
    QString statement;
    QString kind;
    QList<FishboneCause> children;
};
struct FishboneBone {
    QString category;
    QList<FishboneCause> causes;
};
struct Fishbone {
    QString problem;
    QList<FishboneBone> bones; // the categories in order; a category only causes use at the end
    int causeCount() const;
};
Fishbone buildFishbone(const CauseTree& tree, const QString& problem,
                       const QStringList& categories);

} // namespace causeway
