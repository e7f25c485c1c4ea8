#pragma once

#include <QPointer>
#include <QWidget>

class QPushButton;
class QSplitter;

namespace causeway {

class ContributingFactorsPanel;
class FishboneView;
class PostmortemDocument;
class WhysView;
struct Template;

// The root-cause view: the 5-whys tree and the fishbone side by side, the contributing
// factors under them. All three show the same cause records and edit them through the
// document, so they share one undo history; selecting a cause in one selects it in the
// others.
class CausesPane : public QWidget {
    Q_OBJECT
public:
    explicit CausesPane(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document, const Template* tmpl);
    void setReadOnly(bool readOnly);

    WhysView* whys() const { return m_whys; }
    FishboneView* fishbone() const { return m_fishbone; }
    ContributingFactorsPanel* factors() const { return m_factors; }

    // Selects the cause in every view (a timeline event's "cited by" link was followed).
    void selectCause(const QString& causeId);
    // File → Export Diagram: asks for a file and writes SVG or PNG.
    void exportDiagram();
    void editCategories();

Q_SIGNALS:
    // A cause's evidence was asked for: the editor shows the event on the timeline.
    void evidenceActivated(const QString& eventId);

private:
    // The tree's Marking column shows once a cause is marked: until then it would only
    // narrow the answers (the details below set a marking).
    void showMarkingColumn();

    QPointer<PostmortemDocument> m_doc;
    const Template* m_template = nullptr;
    WhysView* m_whys;
    FishboneView* m_fishbone;
    ContributingFactorsPanel* m_factors;
    QPushButton* m_categories;
    QSplitter* m_split; // the tree and fishbone above, the factors below
    QSplitter* m_top;
    bool m_syncing = false;
};

} // namespace causeway
