#include "review/ReviewChecklist.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "causes/Traceability.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "timeline/Phases.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace causeway {

namespace {

LanguageReviewProvider& languageProvider() {
    static LanguageReviewProvider provider;
    return provider;
}

// The context of the checklist's translations (a namespace cannot declare tr()).
struct ReviewChecklist {
    Q_DECLARE_TR_FUNCTIONS(ReviewChecklist)
};

// "“a”, “b” and 3 more": names enough for the approver to find the records.
QString nameSome(const QStringList& names) {
    constexpr qsizetype kShown = 3;
    QStringList quoted;
    for (qsizetype i = 0; i < names.size() && i < kShown; ++i)
        quoted.append(QStringLiteral("“%1”").arg(names.at(i).trimmed().isEmpty()
                                                     ? ReviewChecklist::tr("(untitled)")
                                                     : names.at(i).trimmed()));
    QString text = quoted.join(QStringLiteral(", "));
    if (names.size() > kShown)
        text = ReviewChecklist::tr("%1 and %n more", nullptr, int(names.size() - kShown)).arg(text);
    return text;
}

bool hasValue(const QJsonValue& v) {
    if (v.isDouble())
        return true;
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    return false;
}

ChecklistItem impactItem(const Postmortem& pm) {
    ChecklistItem item;
    QStringList missing;
    if (pm.root.text(Field::Impact).trimmed().isEmpty())
        missing.append(ReviewChecklist::tr("The impact is not described."));
    if (!hasValue(pm.root.value(Field::ImpactDurationMinutes)) &&
        !hasValue(pm.root.value(Field::ImpactUsersAffected)) &&
        !hasValue(pm.root.value(Field::ImpactServices)))
        missing.append(
            ReviewChecklist::tr("Give at least the duration, the users affected or the services "
                                "affected."));
    item.state = missing.isEmpty() ? ChecklistItem::State::Pass : ChecklistItem::State::Fail;
    item.detail = missing.isEmpty() ? ReviewChecklist::tr("The impact is described and measured.")
                                    : missing.join(u' ');
    return item;
}

ChecklistItem phasesItem(const Postmortem& pm) {
    ChecklistItem item;
    QStringList missing;
    for (const QString& key :
         {QStringLiteral("phase_detected"), QStringLiteral("phase_resolved")}) {
        if (!parseCanonicalTime(pm.root.text(key)).isValid())
            missing.append(Phases::displayName(key));
    }
    item.state = missing.isEmpty() ? ChecklistItem::State::Pass : ChecklistItem::State::Fail;
    item.detail =
        missing.isEmpty()
            ? ReviewChecklist::tr("The timeline marks when the incident was detected and resolved.")
            : ReviewChecklist::tr("The timeline has no phase marker for: %1.")
                  .arg(missing.join(QStringLiteral(", ")));
    return item;
}

ChecklistItem causeActionsItem(const Postmortem& pm) {
    ChecklistItem item;
    QSet<QString> liveActions;
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Action && !r.deleted)
            liveActions.insert(r.id);
    }
    const CauseTree tree(pm);
    QStringList unaddressed;
    int needing = 0;
    // In the order of the 5-whys tree, as the causes tab lists them.
    for (const CauseTrace& trace : traceCauses(pm)) {
        const Cause* found = tree.find(trace.id);
        if (!found || !CauseVocabulary::needsAction(found->kind))
            continue;
        const Cause& cause = *found;
        ++needing;
        // An id only counts when it names an action that is still there: a cause whose
        // action went to the trash is not addressed any more.
        const bool addressed =
            std::any_of(cause.actions.cbegin(), cause.actions.cend(),
                        [&](const QString& id) { return liveActions.contains(id); });
        if (!addressed)
            unaddressed.append(cause.statement);
    }
    if (!unaddressed.isEmpty()) {
        item.state = ChecklistItem::State::Fail;
        item.detail = ReviewChecklist::tr("No action addresses %1.").arg(nameSome(unaddressed));
    } else {
        item.state = ChecklistItem::State::Pass;
        item.detail =
            needing == 0
                ? ReviewChecklist::tr(
                      "There are no root causes or contributing factors to address.")
                : ReviewChecklist::tr("Every root cause and contributing factor has an action.");
    }
    return item;
}

ChecklistItem actionOwnersItem(const Postmortem& pm) {
    ChecklistItem item;
    QStringList noOwner;
    QStringList noDue;
    const QList<Action> actions = postmortemActions(pm);
    for (const Action& a : actions) {
        if (a.status == u"wont_do")
            continue; // declined with a reason: nobody owns it and nothing is due
        if (a.owner.trimmed().isEmpty())
            noOwner.append(a.title);
        if (!a.due.isValid())
            noDue.append(a.title);
    }
    QStringList problems;
    if (!noOwner.isEmpty())
        problems.append(ReviewChecklist::tr("No owner: %1.").arg(nameSome(noOwner)));
    if (!noDue.isEmpty())
        problems.append(ReviewChecklist::tr("No due date: %1.").arg(nameSome(noDue)));
    item.state = problems.isEmpty() ? ChecklistItem::State::Pass : ChecklistItem::State::Fail;
    item.detail = !problems.isEmpty() ? problems.join(u' ')
                  : actions.isEmpty()
                      ? ReviewChecklist::tr("There are no actions yet.")
                      : ReviewChecklist::tr("Every action has an owner and a due date.");
    return item;
}

ChecklistItem openQuestionsItem(const Postmortem& pm) {
    ChecklistItem item;
    QStringList open;
    for (const Record& r : pm.children) {
        if (r.kind == Kind::Cause && !r.deleted && r.text(CauseField::Kind) == u"open_question")
            open.append(r.text(CauseField::Statement));
    }
    item.state = open.isEmpty() ? ChecklistItem::State::Pass : ChecklistItem::State::Fail;
    item.detail = open.isEmpty() ? ReviewChecklist::tr("No open questions are left.")
                                 : ReviewChecklist::tr("Open questions: %1.").arg(nameSome(open));
    return item;
}

ChecklistItem languageItem(const Postmortem& pm) {
    if (const LanguageReviewProvider& provider = languageProvider())
        return provider(pm);
    ChecklistItem item;
    item.state = ChecklistItem::State::NotChecked;
    item.detail = ReviewChecklist::tr("The language coach arrives in a later version");
    return item;
}

} // namespace

void setLanguageReviewProvider(LanguageReviewProvider provider) {
    languageProvider() = std::move(provider);
}

bool hasLanguageReviewProvider() {
    return bool(languageProvider());
}

QString checklistTitle(const QString& key) {
    if (key == ChecklistKey::Impact)
        return ReviewChecklist::tr("Impact complete");
    if (key == ChecklistKey::Phases)
        return ReviewChecklist::tr("Timeline has detection and resolution");
    if (key == ChecklistKey::CauseActions)
        return ReviewChecklist::tr("Every root cause and contributing factor has an action");
    if (key == ChecklistKey::ActionOwners)
        return ReviewChecklist::tr("Every action has an owner and a due date");
    if (key == ChecklistKey::OpenQuestions)
        return ReviewChecklist::tr("No open questions left");
    if (key == ChecklistKey::Language)
        return ReviewChecklist::tr("Blameless-language findings reviewed");
    return key;
}

QList<ChecklistItem> computeChecklist(const Postmortem& pm) {
    QList<ChecklistItem> items{impactItem(pm),       phasesItem(pm),        causeActionsItem(pm),
                               actionOwnersItem(pm), openQuestionsItem(pm), languageItem(pm)};
    const QStringList keys{ChecklistKey::Impact,        ChecklistKey::Phases,
                           ChecklistKey::CauseActions,  ChecklistKey::ActionOwners,
                           ChecklistKey::OpenQuestions, ChecklistKey::Language};
    for (qsizetype i = 0; i < items.size(); ++i) {
        items[i].key = keys.at(i);
        items[i].title = checklistTitle(keys.at(i));
    }
    return items;
}

QStringList failingChecks(const QList<ChecklistItem>& items) {
    QStringList keys;
    for (const ChecklistItem& item : items) {
        if (item.state == ChecklistItem::State::Fail)
            keys.append(item.key);
    }
    return keys;
}

QString checklistStateKey(ChecklistItem::State state) {
    switch (state) {
    case ChecklistItem::State::Pass:
        return QStringLiteral("pass");
    case ChecklistItem::State::Fail:
        return QStringLiteral("fail");
    case ChecklistItem::State::NotChecked:
        break;
    }
    return QStringLiteral("not checked");
}

} // namespace causeway
