#include "ReviewFixture.h"
#include "SyncTestSupport.h"

#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "sync/Merge.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace causeway;
using namespace causeway::test;

// Three replicas make random edits, field edits, deletions, restores and workflow steps,
// and exchange their copies in random order, some exchanges repeated. After a final round
// in which everyone has sent to everyone, every replica's canonical JSON must be identical,
// and no write may have been lost silently: each is the final value, or was replaced by a
// write that knew it, or is kept in a conflict record. CAUSEWAY_CONVERGENCE_SEEDS sets the
// number of seeds (200 by default).
class TestConvergence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replicasConverge();
};

namespace {

struct Write {
    QString record;
    QString field;
    QJsonValue value;
    FieldValue meta; // as stored right after the write
};

struct Run {
    std::vector<Replica> replicas;
    QString id;
    QStringList events;
    QList<Write> writes;
    int conflicts = 0;
};

const QStringList kRootFields{Field::Summary, Field::Impact, QStringLiteral("trigger")};

void remember(Run& run, Replica& r, const QString& record, const QString& field) {
    const auto pm = r.store->loadPostmortem(run.id);
    const Record* rec = record == run.id ? &pm->root : pm->findRecord(record);
    if (!rec || !rec->fields.contains(field))
        return;
    const FieldValue& fv = rec->fields[field];
    run.writes.append({record, field, fv.value, fv});
}

void randomStep(Run& run, QRandomGenerator& rng, int step) {
    Replica& r = run.replicas[static_cast<int>(rng.bounded(3))];
    const QString text = QStringLiteral("%1 step %2").arg(r.device).arg(step);
    switch (rng.bounded(10)) {
    case 0:
    case 1:
    case 2: {
        const QString field = kRootFields.at(static_cast<int>(rng.bounded(kRootFields.size())));
        if (setField(r, run.id, field, text))
            remember(run, r, run.id, field);
        break;
    }
    case 3:
    case 4: {
        if (run.events.isEmpty())
            break;
        const QString event = run.events.at(static_cast<int>(rng.bounded(run.events.size())));
        const auto pm = r.store->loadPostmortem(run.id);
        const Record* rec = pm->findRecord(event);
        if (!rec || rec->deleted)
            break; // not here yet, or in the trash: the editor does not edit those
        if (setField(r, event, EventField::Description, text))
            remember(run, r, event, EventField::Description);
        break;
    }
    case 5: {
        const QString event = addEvent(r, run.id, text);
        if (!event.isEmpty())
            run.events.append(event);
        break;
    }
    case 6: {
        if (run.events.isEmpty())
            break;
        const QString event = run.events.at(static_cast<int>(rng.bounded(run.events.size())));
        const auto pm = r.store->loadPostmortem(run.id);
        if (const Record* rec = pm->findRecord(event))
            (void)r.store->setDeleted(event, !rec->deleted);
        break;
    }
    case 7: {
        const QString state = Workflow::stateOf(*r.store->loadPostmortem(run.id));
        const Transition t = state == WorkflowState::InReview ? Transition::Approve
                             : Workflow::isLocked(state)      ? Transition::Reopen
                                                              : Transition::Submit;
        (void)Workflow::apply(*r.store, run.id, {t, QStringLiteral("convergence test")});
        break;
    }
    default: {
        const int from = static_cast<int>(rng.bounded(3));
        const int to = (from + 1 + static_cast<int>(rng.bounded(2))) % 3;
        const int times = rng.bounded(4) == 0 ? 2 : 1; // repeated exchanges change nothing
        for (int i = 0; i < times; ++i) {
            auto merged = sendTo(run.replicas[from], run.replicas[to], {run.id});
            QVERIFY2(merged, qPrintable(merged.error()));
        }
        break;
    }
    }
}

} // namespace

void TestConvergence::replicasConverge() {
    const int seeds = qEnvironmentVariableIsSet("CAUSEWAY_CONVERGENCE_SEEDS")
                          ? qEnvironmentVariableIntValue("CAUSEWAY_CONVERGENCE_SEEDS")
                          : 200;
    int totalConflicts = 0;
    int totalWrites = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
        QRandomGenerator rng(static_cast<quint32>(seed));
        Run run;
        for (const char* device : {"alpha", "bravo", "charlie"})
            run.replicas.push_back(
                newReplica(QStringLiteral("s%1%2").arg(seed).arg(QString::fromLatin1(device))));
        run.id = completePostmortem(*run.replicas[0].store);
        for (int i = 1; i < 3; ++i)
            QVERIFY(sendTo(run.replicas[0], run.replicas[i], {run.id}));
        const int steps = 20 + static_cast<int>(rng.bounded(30));
        for (int step = 0; step < steps; ++step) {
            randomStep(run, rng, step);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1, step %2").arg(seed).arg(step)));
        }
        // Everyone sends to everyone, in a random order, twice.
        for (int round = 0; round < 2; ++round) {
            QList<std::pair<int, int>> pairs;
            for (int from = 0; from < 3; ++from)
                for (int to = 0; to < 3; ++to)
                    if (from != to)
                        pairs.append({from, to});
            std::shuffle(pairs.begin(), pairs.end(), rng);
            for (const auto& [from, to] : pairs)
                QVERIFY(sendTo(run.replicas[from], run.replicas[to], {run.id}));
        }
        const QByteArray reference = canonical(run.replicas[0], run.id);
        for (int i = 1; i < 3; ++i) {
            if (canonical(run.replicas[i], run.id) != reference)
                QFAIL(qPrintable(QStringLiteral("seed %1: replica %2 differs").arg(seed).arg(i)));
        }
        // Nothing lost silently.
        const Postmortem final = *run.replicas[0].store->loadPostmortem(run.id);
        QSet<QString> conflictRevisions;
        for (const Record& c : final.childrenOfKind(Kind::Conflict, true))
            conflictRevisions.insert(c.text(ConflictField::Record) + u'|' +
                                     c.text(ConflictField::Field) + u'|' +
                                     c.text(ConflictField::Revision));
        totalConflicts += static_cast<int>(conflictRevisions.size());
        totalWrites += static_cast<int>(run.writes.size());
        for (const Write& w : std::as_const(run.writes)) {
            const Record* rec = w.record == run.id ? &final.root : final.findRecord(w.record);
            QVERIFY(rec);
            const FieldValue& now = rec->fields[w.field];
            if (now.revision == w.meta.revision)
                continue; // still the value
            bool replacedKnowingly = false;
            for (const Write& later : std::as_const(run.writes)) {
                if (later.record == w.record && later.field == w.field &&
                    later.meta.revision != w.meta.revision &&
                    Merge::knows(later.meta, w.meta.revision))
                    replacedKnowingly = true;
            }
            if (replacedKnowingly)
                continue;
            const QString key = w.record + u'|' + w.field + u'|' + w.meta.revision.toString();
            if (!conflictRevisions.contains(key))
                QFAIL(qPrintable(QStringLiteral("seed %1: the write %2 of %3 was lost silently")
                                     .arg(seed)
                                     .arg(w.meta.revision.toString(), w.field)));
        }
        for (Replica& r : run.replicas) {
            const VerifyReport report = r.store->verify();
            if (!report.ok)
                QFAIL(qPrintable(QStringLiteral("seed %1: %2 fails verify: %3")
                                     .arg(seed)
                                     .arg(r.device, report.problems.join(u"; "))));
            // The next seed gets new databases; these go, so 200 seeds fit in a small /tmp.
            const QString path = r.store->path();
            r.store.reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QString::fromLatin1(suffix));
        }
    }
    qInfo("%d seeds, %d writes, %d conflict records", seeds, totalWrites, totalConflicts);
    QVERIFY(totalConflicts > 0); // the random edits did collide
}

QTEST_GUILESS_MAIN(TestConvergence)
#include "test_convergence.moc"
