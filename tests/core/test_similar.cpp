// Similar incidents (bm25 plus shared tags, services and cause categories) and the
// recurrence link edit.
#include "MetricsFixture.h"
#include "TestSupport.h"
#include "editing/PostmortemDocument.h"
#include "metrics/RecurrenceEditing.h"
#include "metrics/SimilarIncidents.h"

#include <QTest>

using namespace causeway;
using namespace causeway::test;

class TestSimilar : public QObject {
    Q_OBJECT

    std::unique_ptr<Store> m_store;
    MetricsFixture m_f;

    QStringList ids(const QList<SimilarIncident>& list) {
        QStringList out;
        for (const SimilarIncident& s : list)
            out.append(s.id);
        return out;
    }

private Q_SLOTS:
    void init() {
        m_store = newStore();
        m_f = fillMetricsFixture(*m_store);
    }

    void terms() {
        const QStringList t = similarityTerms(*m_store->loadPostmortem(m_f.p3));
        QVERIFY(t.contains(QStringLiteral("database")));
        QVERIFY(t.contains(QStringLiteral("connections")));
        QVERIFY(!t.contains(QStringLiteral("the")));    // short
        QVERIFY(!t.contains(QStringLiteral("during"))); // common
        // Most frequent first: "database" is in the title, the summary and nowhere else twice.
        QCOMPARE(t.first(), QStringLiteral("database"));
    }

    void clearlySimilarRanksFirst() {
        const Postmortem p3 = *m_store->loadPostmortem(m_f.p3);
        const auto result = findSimilarIncidents(*m_store, p3);
        QVERIFY2(result, qPrintable(result.error()));
        const QList<SimilarIncident> list = result.value();
        QVERIFY(!list.isEmpty());
        // P1 shares the text, two tags, a service and a cause category.
        const SimilarIncident& best = list.first();
        QCOMPARE(best.id, m_f.p1);
        QCOMPARE(best.sharedTags, (QStringList{QStringLiteral("db"), QStringLiteral("checkout")}));
        QCOMPARE(best.sharedServices, QStringList{QStringLiteral("checkout")});
        QCOMPARE(best.sharedCategories, QStringList{QStringLiteral("Software")});
        QCOMPARE(best.textScore, 1.0);
        QVERIFY(best.confirmed); // P3 already names P1
        QCOMPARE(best.reasons().size(), 4);
        QVERIFY(best.reasons().at(1).contains(QStringLiteral("db, checkout")));
        // Never itself, never the trash (P5 matches even better), never a later incident.
        QVERIFY(!ids(list).contains(m_f.p3));
        QVERIFY(!ids(list).contains(m_f.p5));
        QVERIFY(!ids(list).contains(m_f.p4));
        QVERIFY(!ids(list).contains(m_f.p6));
        for (const SimilarIncident& s : list)
            QVERIFY(s.score > 0);
    }

    void trashedComesBackWhenRestored() {
        QVERIFY(m_store->setDeleted(m_f.p5, false));
        const auto result = findSimilarIncidents(*m_store, *m_store->loadPostmortem(m_f.p3));
        QVERIFY(result);
        QVERIFY(ids(result.value()).contains(m_f.p5));
    }

    void unsavedTextCounts() {
        // A new incident being typed: only its in-memory text names the search incident.
        Postmortem draft = *m_store->loadPostmortem(m_f.p6);
        draft.root.fields[Field::Title].value = QStringLiteral("Search latency after rebuild");
        draft.root.fields[Field::Summary].value = QStringLiteral("Index rebuild slowed queries");
        draft.root.fields[Field::Tags].value = QJsonArray();
        draft.root.fields[Field::ImpactServices].value = QJsonArray();
        const auto result = findSimilarIncidents(*m_store, draft);
        QVERIFY(result);
        QVERIFY(!result.value().isEmpty());
        QCOMPARE(result.value().first().id, m_f.p2);
        QVERIFY(result.value().first().sharedTags.isEmpty());
        QVERIFY(result.value().first().textScore > 0);
    }

    void limit() {
        const auto result = findSimilarIncidents(*m_store, *m_store->loadPostmortem(m_f.p6), 1);
        QVERIFY(result);
        QVERIFY(result.value().size() <= 1);
    }

    void recurrenceEditIsOneUndoStep() {
        PostmortemDocument doc(m_store.get(), *m_store->loadPostmortem(m_f.p4));
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), QStringList{m_f.p2});
        QVERIFY(!RecurrenceEditing::confirmRecurrence(doc, m_f.p2)); // already there
        QVERIFY(!RecurrenceEditing::confirmRecurrence(doc, m_f.p4)); // itself
        const int before = doc.undoStack()->count();
        QVERIFY(RecurrenceEditing::confirmRecurrence(doc, m_f.p1));
        QCOMPARE(doc.undoStack()->count(), before + 1);
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), (QStringList{m_f.p2, m_f.p1}));
        QVERIFY(RecurrenceEditing::unlinkRecurrence(doc, m_f.p2));
        QCOMPARE(doc.undoStack()->count(), before + 2);
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), QStringList{m_f.p1});
        QVERIFY(!RecurrenceEditing::unlinkRecurrence(doc, m_f.p2)); // no longer there
        QVERIFY(doc.flush());
        QCOMPARE(m_store->loadPostmortem(m_f.p4)->root.list(ReviewRootField::RecurrenceOf),
                 QStringList{m_f.p1});
        doc.undoStack()->undo();
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), (QStringList{m_f.p2, m_f.p1}));
        doc.undoStack()->undo();
        QCOMPARE(RecurrenceEditing::recurrenceOf(doc), QStringList{m_f.p2});
        QVERIFY(doc.flush());
        QCOMPARE(m_store->loadPostmortem(m_f.p4)->root.list(ReviewRootField::RecurrenceOf),
                 QStringList{m_f.p2});
        QVERIFY(m_store->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestSimilar)
#include "test_similar.moc"
