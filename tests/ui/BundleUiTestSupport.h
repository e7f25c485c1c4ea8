#pragma once

// Postmortems with open conflicts and bundle files for the bundle UI tests (ui/bundle).
#include "../core/SyncTestSupport.h"

#include "actions/Action.h"
#include "bundle/BundleExport.h"
#include "model/Fields.h"

#include <QApplication>
#include <QTimer>

#include <functional>

namespace causeway::test {

// Two replicas of one postmortem after concurrent edits of its summary and of its action's
// title: the first holds two open conflicts.
struct Conflicted {
    Replica a;
    Replica b;
    QString id;
    QString action;
};

inline Conflicted makeConflicted() {
    Conflicted c{newReplica(QStringLiteral("deva")), newReplica(QStringLiteral("devb")), {}, {}};
    c.id = c.a.store
               ->createPostmortem(QStringLiteral("standard"),
                                  {{Field::Title, QStringLiteral("Checkout down")},
                                   {Field::TimeZone, QStringLiteral("UTC")}})
               .value();
    c.action = newRecordId();
    ChangeSet create;
    create.creates.append({c.action,
                           Kind::Action,
                           c.id,
                           {{ActionField::Title, QStringLiteral("Raise the pool limit")},
                            {ActionField::Priority, QStringLiteral("P2")},
                            {ActionField::Status, QStringLiteral("open")}}});
    if (!c.a.store->commit(create))
        return c;
    sendTo(c.a, c.b, {c.id});
    setField(c.a, c.id, Field::Summary, QStringLiteral("The pool ran dry (A)."));
    setField(c.b, c.id, Field::Summary, QStringLiteral("The pool ran dry (B)."));
    setField(c.a, c.action, ActionField::Title, QStringLiteral("Raise the limit (A)"));
    setField(c.b, c.action, ActionField::Title, QStringLiteral("Raise the limit (B)"));
    sendTo(c.b, c.a, {c.id});
    return c;
}

// Writes an unsigned, unencrypted bundle of the postmortems; empty on failure.
inline QString writeBundle(Store& store, const QStringList& ids, const QString& fileName) {
    Bundle::ExportRequest request;
    request.postmortemIds = ids;
    request.outputPath = tempPath(fileName);
    auto written = Bundle::exportBundle(store, request);
    return written ? request.outputPath : QString();
}

// Runs handle on the modal dialog of type T as soon as it is shown (exec() blocks the test);
// gives up after about five seconds.
template <typename T> void whenModal(const std::function<void(T*)>& handle, int tries = 250) {
    QTimer::singleShot(20, qApp, [handle, tries] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            handle(dialog);
        else if (tries > 0)
            whenModal<T>(handle, tries - 1);
    });
}

// Saves what a widget looks like when CAUSEWAY_SCREENSHOT_DIR names a folder (for checking
// layouts by eye); does nothing otherwise.
inline void screenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Layouts settle in posted events, as they would in the running app.
    QApplication::processEvents();
    widget.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace causeway::test
