#include "causes/Cause.h"

#include "model/Fields.h"
#include "report/Confidentiality.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

QString firstLine(const QString& text) {
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    return (newline < 0 ? trimmed : trimmed.left(newline)).trimmed();
}

} // namespace

QStringList CauseVocabulary::kinds() {
    return {QStringLiteral("root_cause"), QStringLiteral("contributing_factor"),
            QStringLiteral("mitigator"), QStringLiteral("open_question")};
}

QString CauseVocabulary::kindName(const QString& key) {
    if (key == u"root_cause")
        return QCoreApplication::translate("CauseVocabulary", "Root cause");
    if (key == u"contributing_factor")
        return QCoreApplication::translate("CauseVocabulary", "Contributing factor");
    if (key == u"mitigator")
        return QCoreApplication::translate("CauseVocabulary", "Mitigator (what helped)");
    if (key == u"open_question")
        return QCoreApplication::translate("CauseVocabulary", "Open question");
    return key;
}

bool CauseVocabulary::needsAction(const QString& kind) {
    return kind == u"root_cause" || kind == u"contributing_factor";
}

QStringList defaultCauseCategories() {
    return {QStringLiteral("Technology"),
            QStringLiteral("Process"),
            QStringLiteral("Detection & Monitoring"),
            QStringLiteral("Communication & Coordination"),
            QStringLiteral("Environment & Dependencies"),
            QStringLiteral("Working Conditions")};
}

QList<TemplateField> causeSchema() {
    return {TemplateField::ofSchema(CauseField::Statement, FieldType::Text),
            TemplateField::ofSchema(CauseField::Parent, FieldType::Line),
            TemplateField::ofSchema(CauseField::Position, FieldType::Number),
            TemplateField::ofSchema(CauseField::OnFishbone, FieldType::Boolean),
            TemplateField::ofSchema(CauseField::Category, FieldType::Line),
            TemplateField::ofSchema(CauseField::Kind, FieldType::Choice, CauseVocabulary::kinds()),
            TemplateField::ofSchema(CauseField::Evidence, FieldType::Tags),
            TemplateField::ofSchema(CauseField::Actions, FieldType::Tags),
            TemplateField::ofSchema(CauseField::Notes, FieldType::Text),
            TemplateField::ofSchema(ConfidentialityField::Record, FieldType::Choice,
                                    Vocabulary::confidentiality())};
}

QList<TemplateField> causeRootSchema() {
    return {TemplateField::ofSchema(CauseRootField::ProblemStatement, FieldType::Text),
            TemplateField::ofSchema(CauseRootField::Categories, FieldType::Tags)};
}

Cause Cause::fromRecord(const Record& record) {
    Cause c;
    c.id = record.id;
    c.statement = record.text(CauseField::Statement);
    c.parent = record.text(CauseField::Parent);
    c.position = record.value(CauseField::Position).toDouble();
    c.onFishbone = record.value(CauseField::OnFishbone).toBool();
    c.category = record.text(CauseField::Category);
    if (const QString kind = record.text(CauseField::Kind); !kind.isEmpty())
        c.kind = kind;
    c.evidence = record.list(CauseField::Evidence);
    c.actions = record.list(CauseField::Actions);
    c.notes = record.text(CauseField::Notes);
    return c;
}

QMap<QString, QJsonValue> Cause::toFields() const {
    QMap<QString, QJsonValue> f;
    f.insert(CauseField::Statement, statement);
    if (!parent.isEmpty())
        f.insert(CauseField::Parent, parent);
    f.insert(CauseField::Position, position);
    f.insert(CauseField::OnFishbone, onFishbone);
    if (!category.isEmpty())
        f.insert(CauseField::Category, category);
    f.insert(CauseField::Kind, kind);
    if (!evidence.isEmpty())
        f.insert(CauseField::Evidence, QJsonArray::fromStringList(evidence));
    if (!actions.isEmpty())
        f.insert(CauseField::Actions, QJsonArray::fromStringList(actions));
    if (!notes.isEmpty())
        f.insert(CauseField::Notes, notes);
    return f;
}

QString problemStatement(const Postmortem& pm) {
    const QString own = pm.root.text(CauseRootField::ProblemStatement).trimmed();
    return own.isEmpty() ? firstLine(pm.root.text(Field::Summary)) : own;
}

QStringList causeCategories(const Postmortem& pm, const Template* tmpl) {
    // A cleared field (undo of the first category edit) counts as none of its own.
    if (pm.root.value(CauseRootField::Categories).isArray())
        return pm.root.list(CauseRootField::Categories);
    if (tmpl && !tmpl->causeCategories.isEmpty())
        return tmpl->causeCategories;
    return defaultCauseCategories();
}

CauseTree::CauseTree(const Postmortem& pm) {
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Cause && !r.deleted) {
            m_index.insert(r.id, m_causes.size());
            m_causes.append(Cause::fromRecord(r));
        }
    }
    // Effective parents: a missing or deleted parent puts the cause at the top.
    for (const Cause& c : std::as_const(m_causes))
        m_parent.insert(c.id,
                        m_index.contains(c.parent) && c.parent != c.id ? c.parent : QString());
    // Loops: walk up from each cause; a chain that comes back to a cause already on it is
    // cut at the cause with the smallest id on the loop, the same on every machine.
    for (const Cause& c : std::as_const(m_causes)) {
        QStringList chain;
        QSet<QString> seen;
        QString at = c.id;
        while (!at.isEmpty() && !seen.contains(at)) {
            seen.insert(at);
            chain.append(at);
            at = m_parent.value(at);
        }
        if (at.isEmpty())
            continue;
        const QStringList loop = chain.mid(chain.indexOf(at));
        m_parent.insert(*std::min_element(loop.cbegin(), loop.cend()), QString());
    }
    for (const Cause& c : std::as_const(m_causes))
        m_children[m_parent.value(c.id)].append(c.id);
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](const QString& a, const QString& b) {
            const double pa = find(a)->position;
            const double pb = find(b)->position;
            return pa != pb ? pa < pb : a < b;
        });
    }
}

const Cause* CauseTree::find(const QString& id) const {
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_causes.at(*it);
}

QStringList CauseTree::subtree(const QString& id) const {
    QStringList out{id};
    for (qsizetype i = 0; i < out.size(); ++i)
        out.append(m_children.value(out.at(i)));
    return out;
}

bool CauseTree::isAncestor(const QString& ancestor, const QString& id) const {
    for (QString at = m_parent.value(id); !at.isEmpty(); at = m_parent.value(at)) {
        if (at == ancestor)
            return true;
    }
    return false;
}

int CauseTree::depth(const QString& id) const {
    int d = 0;
    for (QString at = m_parent.value(id); !at.isEmpty(); at = m_parent.value(at))
        ++d;
    return d;
}

double CauseTree::positionAfterLast(const QString& parent) const {
    const QStringList siblings = m_children.value(parent);
    return siblings.isEmpty() ? 1.0 : find(siblings.last())->position + 1.0;
}

double CauseTree::positionAt(const QString& parent, int index) const {
    const QStringList siblings = m_children.value(parent);
    if (index >= siblings.size())
        return positionAfterLast(parent);
    const double next = find(siblings.at(std::max(index, 0)))->position;
    if (index <= 0)
        return next - 1.0;
    const double previous = find(siblings.at(index - 1))->position;
    return (previous + next) / 2.0;
}

int Fishbone::causeCount() const {
    int n = 0;
    const auto count = [&n](const auto& self, const QList<FishboneCause>& causes) -> void {
        for (const FishboneCause& c : causes) {
            ++n;
            self(self, c.children);
        }
    };
    for (const FishboneBone& bone : bones)
        count(count, bone.causes);
    return n;
}

namespace {

// The fishbone causes under id's branch that hang on a cause of this category: fishbone
// causes of the category, reached through causes that are not on the fishbone.
QList<FishboneCause> fishboneChildren(const CauseTree& tree, const QString& id,
                                      const QString& category) {
    QList<FishboneCause> out;
    for (const QString& childId : tree.childrenOf(id)) {
        const Cause* child = tree.find(childId);
        if (child->onFishbone && child->category == category) {
            out.append({child->id, child->statement, child->kind,
                        fishboneChildren(tree, child->id, category)});
        } else if (!child->onFishbone) {
            out.append(fishboneChildren(tree, child->id, category));
        }
    }
    return out;
}

// Fishbone causes that start a new hanging point: no fishbone ancestor of the same
// category between them and the top.
void collectTopCauses(const CauseTree& tree, const QString& id, const QString& hangingCategory,
                      QHash<QString, QList<FishboneCause>>& byCategory,
                      QStringList& extraCategories, const QStringList& categories) {
    for (const QString& childId : tree.childrenOf(id)) {
        const Cause* child = tree.find(childId);
        QString hanging = hangingCategory;
        if (child->onFishbone && child->category != hangingCategory) {
            byCategory[child->category].append(
                {child->id, child->statement, child->kind,
                 fishboneChildren(tree, child->id, child->category)});
            if (!categories.contains(child->category) && !extraCategories.contains(child->category))
                extraCategories.append(child->category);
            hanging = child->category;
        }
        collectTopCauses(tree, child->id, hanging, byCategory, extraCategories, categories);
    }
}

} // namespace

Fishbone buildFishbone(const CauseTree& tree, const QString& problem,
                       const QStringList& categories) {
    Fishbone fishbone;
    fishbone.problem = problem;
    QHash<QString, QList<FishboneCause>> byCategory;
    QStringList extra;
    // A null string as the starting category: every fishbone cause at the top starts a
    // hanging point, including one without a category.
    collectTopCauses(tree, QString(), QStringLiteral("\x01"), byCategory, extra, categories);
    for (const QString& category : categories)
        fishbone.bones.append({category, byCategory.value(category)});
    for (const QString& category : std::as_const(extra))
        fishbone.bones.append({category, byCategory.value(category)});
    return fishbone;
}

} // namespace causeway
