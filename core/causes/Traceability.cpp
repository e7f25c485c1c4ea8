#include "causes/Traceability.h"

#include "causes/Cause.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

// The causes of the tree, parents first, as the 5-whys view lists them.
QList<const Cause*> inTreeOrder(const CauseTree& tree) {
    QList<const Cause*> out;
    out.reserve(tree.causes().size());
    QStringList stack = tree.childrenOf(QString());
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        out.append(tree.find(id));
        QStringList children = tree.childrenOf(id);
        std::reverse(children.begin(), children.end());
        stack.append(children);
    }
    return out;
}

bool isEvidenceKind(const Record& r) {
    return r.kind == Kind::Event || r.kind == Kind::Attachment;
}

QStringList distinct(const QStringList& ids) {
    QStringList out;
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace

QList<CauseTrace> traceCauses(const Postmortem& pm) {
    QSet<QString> live;
    for (const Record& r : pm.children) {
        if (!r.deleted && isEvidenceKind(r))
            live.insert(r.id);
    }
    const CauseTree tree(pm);
    QList<CauseTrace> out;
    out.reserve(tree.causes().size());
    for (const Cause* c : inTreeOrder(tree)) {
        CauseTrace t;
        t.id = c->id;
        t.statement = c->statement;
        t.kind = c->kind;
        t.category = c->onFishbone ? c->category : QString();
        for (const QString& id : distinct(c->evidence))
            (live.contains(id) ? t.evidence : t.danglingEvidence).append(id);
        t.actionCount = int(distinct(c->actions).size());
        t.unaddressed = CauseVocabulary::needsAction(c->kind) && t.actionCount == 0;
        out.append(t);
    }
    return out;
}

QStringList causesCiting(const Postmortem& pm, const QString& recordId) {
    if (recordId.isEmpty())
        return {};
    QSet<QString> cited{recordId};
    const Record* record = pm.findRecord(recordId);
    if (record && !record->deleted && record->kind == Kind::Event) {
        for (const QString& attachment : record->list(EventField::Evidence))
            cited.insert(attachment);
    }
    QStringList out;
    const CauseTree tree(pm);
    for (const Cause* c : inTreeOrder(tree)) {
        for (const QString& id : c->evidence) {
            if (cited.contains(id)) {
                out.append(c->id);
                break;
            }
        }
    }
    return out;
}

QStringList unaddressedCauses(const Postmortem& pm) {
    QStringList out;
    for (const CauseTrace& t : traceCauses(pm)) {
        if (t.unaddressed)
            out.append(t.id);
    }
    return out;
}

QString eventOfEvidence(const Postmortem& pm, const QString& evidenceId) {
    const Record* record = pm.findRecord(evidenceId);
    if (!record || record->deleted)
        return {};
    if (record->kind == Kind::Event)
        return record->id;
    if (record->kind != Kind::Attachment)
        return {};
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Event && !r.deleted &&
            r.list(EventField::Evidence).contains(evidenceId))
            return r.id;
    }
    return {};
}

} // namespace causeway
