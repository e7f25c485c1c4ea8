#include "sync/Merge.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "signing/SignedContent.h"
#include "sync/Conflict.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace causeway::Merge {

bool knows(const FieldValue& a, const Revision& b) {
    if (b.isNull() || a.revision == b)
        return true;
    if (a.revision.device == b.device)
        return a.revision.counter >= b.counter;
    return a.context.value(b.device, 0) >= b.counter;
}

namespace {

// Everything both writes had seen, as the context of the write that carries it forward.
FieldValue joined(const FieldValue& carrier, const FieldValue& other) {
    FieldValue result = carrier;
    auto raise = [&](const QString& device, qint64 counter) {
        if (device == result.revision.device || counter <= 0)
            return;
        qint64& known = result.context[device];
        known = std::max(known, counter);
    };
    for (auto it = other.context.cbegin(); it != other.context.cend(); ++it)
        raise(it.key(), it.value());
    raise(other.revision.device, other.revision.counter);
    return result;
}

bool sameValue(const QJsonValue& a, const QJsonValue& b) {
    return a == b || canonicalJson(a) == canonicalJson(b);
}

// The approval in force in the merged postmortem: the write of its status while that is
// approved or published.
struct Approval {
    bool inForce = false;
    FieldValue status;
    bool knows(const Revision& r) const { return Merge::knows(status, r); }
};

class Merger {
public:
    Merger(const std::optional<Postmortem>& local, const Postmortem& incoming)
        : m_local(local)
        , m_incoming(incoming) {}

    Result<Outcome> run() {
        using R = Result<Outcome>;
        const QString rootId = m_incoming.root.id;
        m_rootId = rootId;
        if (m_local && m_local->root.id != rootId)
            return R::failure(QStringLiteral("the documents are of different postmortems"));

        // The status first: whether an approval is in force decides how content merges.
        const Record* localRoot = m_local ? &m_local->root : nullptr;
        {
            const FieldValue* l = localRoot ? find(*localRoot, Field::Status) : nullptr;
            const FieldValue* i = find(m_incoming.root, Field::Status);
            std::optional<FieldValue> status = mergeField(l, i, m_incoming.root.id, Field::Status,
                                                          /*content=*/false);
            if (status) {
                const QString state = status->value.toString();
                m_approval.inForce =
                    state == WorkflowState::Approved || state == WorkflowState::Published;
                m_approval.status = *status;
            }
        }
        m_conflicts.clear(); // the status merge is repeated below with the root record

        Outcome out;
        auto root = mergeRecord(localRoot, &m_incoming.root, QStringList());
        if (!root)
            return R::failure(QStringLiteral("$.postmortem: ") + root.error());
        out.merged.root = root.value();

        QHash<QString, const Record*> localChildren;
        if (m_local) {
            for (const Record& c : m_local->children)
                localChildren.insert(c.id, &c);
        }
        QSet<QString> done;
        const QStringList lockedKinds =
            SignedContent::excludedKinds() + QStringList{Kind::Conflict};
        for (const Record& c : m_incoming.children) {
            const Record* l = localChildren.value(c.id, nullptr);
            if (l && (l->kind != c.kind))
                return R::failure(
                    QStringLiteral("record %1 is a %2 here, not a %3").arg(c.id, l->kind, c.kind));
            auto merged = mergeRecord(l, &c, lockedKinds);
            if (!merged)
                return R::failure(QStringLiteral("record %1: ").arg(c.id) + merged.error());
            done.insert(c.id);
            out.merged.children.append(merged.value());
        }
        if (m_local) {
            for (const Record& c : m_local->children) {
                if (done.contains(c.id))
                    continue;
                auto merged = mergeRecord(&c, nullptr, lockedKinds);
                if (!merged)
                    return R::failure(QStringLiteral("record %1: ").arg(c.id) + merged.error());
                out.merged.children.append(merged.value());
            }
        }
        // Conflict records for what lost, unless a copy already has them.
        QSet<QString> present;
        for (const Record& c : std::as_const(out.merged.children))
            present.insert(c.id);
        for (const Record& conflict : std::as_const(m_conflicts)) {
            if (present.contains(conflict.id))
                continue;
            present.insert(conflict.id);
            out.merged.children.append(conflict);
            out.newConflicts.append(conflict);
        }
        return out;
    }

private:
    static const FieldValue* find(const Record& r, const QString& field) {
        const auto it = r.fields.constFind(field);
        return it == r.fields.cend() ? nullptr : &it.value();
    }

    void conflict(const QString& reason, const QString& recordId, const QString& field,
                  const FieldValue& loser) {
        m_conflicts.append(makeConflict(m_rootId, reason, recordId, field, loser));
    }

    // An absent value (a field never written, a record never deleted) as the approval saw
    // it: written by the approval itself, knowing the write that is refused.
    FieldValue approvedAbsence(const QJsonValue& value, const FieldValue& refused) const {
        FieldValue absent;
        absent.value = value;
        absent.revision = m_approval.status.revision;
        absent.modified = m_approval.status.modified;
        absent.context = m_approval.status.context;
        return joined(absent, refused);
    }

    // Merges one field (or deletion state) of a record. content: under an approval in force,
    // the approved value wins over one the approval did not know.
    std::optional<FieldValue> mergeField(const FieldValue* l, const FieldValue* i,
                                         const QString& recordId, const QString& field,
                                         bool content, const QJsonValue& absentValue = {}) {
        if (!l && !i)
            return std::nullopt;
        if (content && m_approval.inForce) {
            const bool lKnown = !l || m_approval.knows(l->revision);
            const bool iKnown = !i || m_approval.knows(i->revision);
            if (lKnown != iKnown) {
                const FieldValue* kept = lKnown ? l : i;
                const FieldValue* refused = lKnown ? i : l;
                const QJsonValue keptValue = kept ? kept->value : absentValue;
                if (!sameValue(keptValue, refused->value))
                    conflict(ConflictReason::Approved, recordId, field, *refused);
                return kept ? joined(*kept, *refused) : approvedAbsence(absentValue, *refused);
            }
        }
        if (!l)
            return *i;
        if (!i)
            return *l;
        if (l->revision == i->revision) {
            // The same write: what each copy learnt since travels on.
            FieldValue same = joined(*l, *i);
            same.context.remove(same.revision.device);
            if (!sameValue(l->value, i->value) && canonicalJson(i->value) > canonicalJson(l->value))
                same.value = i->value; // damaged copies: still the same answer everywhere
            return same;
        }
        const bool lKnowsI = knows(*l, i->revision);
        const bool iKnowsL = knows(*i, l->revision);
        if (lKnowsI != iKnowsL)
            return lKnowsI ? *l : *i;
        const bool incomingWins = i->revision > l->revision;
        const FieldValue& winner = incomingWins ? *i : *l;
        const FieldValue& loser = incomingWins ? *l : *i;
        if (!lKnowsI && !sameValue(winner.value, loser.value))
            conflict(ConflictReason::Concurrent, recordId, field, loser);
        return joined(winner, loser);
    }

    Result<Record> mergeRecord(const Record* l, const Record* i, const QStringList& unlocked) {
        const Record& base = i ? *i : *l;
        Record out;
        out.id = base.id;
        out.kind = base.kind;
        out.parentId = base.parentId;
        out.created = l ? l->created : i->created;
        if (l && i && i->created.isValid() && (!l->created.isValid() || i->created < l->created))
            out.created = i->created; // the same everywhere, whichever copy came first
        out.revision = std::max(l ? l->revision : Revision(), i ? i->revision : Revision());
        out.modified = std::max(l ? l->modified : QDateTime(), i ? i->modified : QDateTime());
        if (l && i && l->parentId != i->parentId)
            return Result<Record>::failure(QStringLiteral("it belongs to another postmortem"));

        const bool isRoot = base.parentId.isEmpty();
        const bool contentRecord = !isRoot && !unlocked.contains(base.kind);
        const QStringList excluded = isRoot ? SignedContent::excludedRootFields()
                                            : SignedContent::excludedChildFields(base.kind);
        const bool lockable = isRoot || contentRecord;

        // A record added without knowledge of the approval in force goes to the trash as a
        // whole (below); its fields are not judged one by one.
        const bool approvalKnowsRecord = [&] {
            if (!contentRecord || !m_approval.inForce)
                return true;
            for (const Record* r : {l, i}) {
                if (!r)
                    continue;
                for (const FieldValue& fv : r->fields) {
                    if (m_approval.knows(fv.revision))
                        return true;
                }
                if (!r->deletion.revision.isNull() && m_approval.knows(r->deletion.revision))
                    return true;
            }
            return false;
        }();

        QStringList names;
        if (l)
            names += l->fields.keys();
        if (i)
            names += i->fields.keys();
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (const QString& name : std::as_const(names)) {
            const bool content = lockable && approvalKnowsRecord && !excluded.contains(name);
            auto merged = mergeField(l ? find(*l, name) : nullptr, i ? find(*i, name) : nullptr,
                                     base.id, name, content);
            if (merged)
                out.fields.insert(name, *merged);
        }

        // The deletion state, merged like a field; never deleted reads as "live".
        auto deletionOf = [](const Record* r) -> const FieldValue* {
            return r && !r->deletion.revision.isNull() ? &r->deletion : nullptr;
        };
        const FieldValue* ld = deletionOf(l);
        const FieldValue* id = deletionOf(i);
        std::optional<FieldValue> deletion =
            mergeField(ld, id, base.id, kDeletionField, contentRecord && approvalKnowsRecord,
                       QJsonValue(false));
        bool deleted = deletion ? deletion->value.toBool() : (l ? l->deleted : i->deleted);
        if (!approvalKnowsRecord && !deleted) {
            FieldValue added;
            added.value = false;
            added.revision = out.revision;
            added.modified = out.modified;
            for (const FieldValue& fv : std::as_const(out.fields))
                added = joined(added, fv);
            conflict(ConflictReason::AddedAfterApproval, base.id, kDeletionField, added);
            deletion = approvedAbsence(QJsonValue(true), added);
            deleted = true;
        }
        out.deleted = deleted;
        if (deletion) {
            out.deletion = *deletion;
            out.deletion.value = deleted;
            out.revision = std::max(out.revision, deletion->revision);
            out.modified = std::max(out.modified, deletion->modified);
        }
        // An edit the deletion did not know of, made without knowledge of the deletion.
        if (deleted && deletion) {
            for (const FieldValue& fv : std::as_const(out.fields)) {
                if (!knows(*deletion, fv.revision) && !knows(fv, deletion->revision)) {
                    FieldValue lost = *deletion;
                    lost.value = QJsonValue(true);
                    conflict(ConflictReason::EditedWhileDeleted, base.id, kDeletionField, lost);
                    break;
                }
            }
        }
        for (const FieldValue& fv : std::as_const(out.fields)) {
            out.revision = std::max(out.revision, fv.revision);
            out.modified = std::max(out.modified, fv.modified);
        }
        return out;
    }

    const std::optional<Postmortem>& m_local;
    const Postmortem& m_incoming;
    QString m_rootId;
    Approval m_approval;
    QList<Record> m_conflicts;
};

} // namespace

Result<Outcome> merge(const std::optional<Postmortem>& local, const Postmortem& incoming) {
    return Merger(local, incoming).run();
}

} // namespace causeway::Merge
