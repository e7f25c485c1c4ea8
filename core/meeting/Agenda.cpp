#include "meeting/Agenda.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace causeway::Agenda {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Agenda", text);
}
} // namespace

QString blamelessStatement() {
    return tr("We are here to understand how the system, the tools and the conditions of the "
              "day made this incident possible, not to find someone to blame. Everyone acted "
              "in good faith on what they knew at the time. Say what you saw and what you "
              "thought; questions are about how and what, not who. What is said here is used "
              "to improve the system, never against a person.");
}

QList<AgendaItem> defaults() {
    return {
        {tr("Opening and ground rules"), 5, blamelessStatement(), PresenterView::Agenda},
        {tr("Timeline walk-through"), 20,
         tr("Walk through the timeline in order. For each decision, ask what the person knew "
            "and what made it look right at the time."),
         PresenterView::Timeline},
        {tr("Contributing factors and 5 whys"), 20,
         tr("Ask why until the answers are about conditions and systems. Put each factor on "
            "the fishbone."),
         PresenterView::Fishbone},
        {tr("Actions"), 10,
         tr("Each action addresses a contributing factor, has an owner and a due date."),
         PresenterView::Actions},
        {tr("Wrap-up"), 5,
         tr("Read the actions back, agree who writes the summary, thank everyone."),
         PresenterView::Agenda},
    };
}

Result<QList<AgendaItem>> fromJson(const QJsonValue& value, const QString& path) {
    using R = Result<QList<AgendaItem>>;
    if (!value.isArray() || value.toArray().isEmpty())
        return R::failure(path + QStringLiteral(": expected a non-empty array of agenda items"));
    const QJsonArray array = value.toArray();
    QList<AgendaItem> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return R::failure(itemPath + QStringLiteral(": expected an object"));
        const QJsonObject o = array.at(i).toObject();
        for (const QString& key : o.keys()) {
            if (key != u"title" && key != u"minutes" && key != u"script" && key != u"view")
                return R::failure(itemPath + u'.' + key + QStringLiteral(": unknown member"));
        }
        AgendaItem item;
        item.title = o.value(u"title").toString().trimmed();
        if (item.title.isEmpty())
            return R::failure(itemPath + QStringLiteral(".title: expected a non-empty string"));
        const QJsonValue minutes = o.value(u"minutes");
        const double m = minutes.toDouble(-1);
        if (!minutes.isDouble() || m != double(int(m)) || m < 1 || m > kMaxMinutes)
            return R::failure(itemPath + QStringLiteral(".minutes: expected a whole number of "
                                                        "minutes from 1 to %1")
                                             .arg(kMaxMinutes));
        item.minutes = int(m);
        const QJsonValue script = o.value(u"script");
        if (!script.isUndefined() && !script.isString())
            return R::failure(itemPath + QStringLiteral(".script: expected a string"));
        item.script = script.toString();
        if (const QJsonValue view = o.value(u"view"); !view.isUndefined()) {
            const auto known = viewFromName(view.toString());
            if (!view.isString() || !known)
                return R::failure(itemPath + QStringLiteral(".view: expected one of agenda, "
                                                            "timeline, fishbone, actions"));
            item.view = *known;
        }
        items.append(item);
    }
    return items;
}

QJsonArray toJson(const QList<AgendaItem>& items) {
    QJsonArray out;
    for (const AgendaItem& item : items) {
        QJsonObject o{{QStringLiteral("title"), item.title},
                      {QStringLiteral("minutes"), item.minutes}};
        if (!item.script.isEmpty())
            o.insert(QStringLiteral("script"), item.script);
        // Left out when it is the default, so an agenda without views reads as before.
        if (item.view != PresenterView::Agenda)
            o.insert(QStringLiteral("view"), viewName(item.view));
        out.append(o);
    }
    return out;
}

QString viewName(PresenterView view) {
    switch (view) {
    case PresenterView::Timeline:
        return QStringLiteral("timeline");
    case PresenterView::Fishbone:
        return QStringLiteral("fishbone");
    case PresenterView::Actions:
        return QStringLiteral("actions");
    case PresenterView::Agenda:
        break;
    }
    return QStringLiteral("agenda");
}

std::optional<PresenterView> viewFromName(const QString& name) {
    for (const PresenterView view : {PresenterView::Agenda, PresenterView::Timeline,
                                     PresenterView::Fishbone, PresenterView::Actions}) {
        if (name == viewName(view))
            return view;
    }
    return std::nullopt;
}

int totalMinutes(const QList<AgendaItem>& items) {
    int total = 0;
    for (const AgendaItem& item : items)
        total += item.minutes;
    return total;
}

} // namespace causeway::Agenda
