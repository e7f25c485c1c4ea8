#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeView;

namespace causeway {

class PostmortemDocument;
class SimilarIncidentsModel;

// A compact, collapsible box in the report form: earlier postmortems similar to this one
// (text, tags, services, cause categories) with the reasons, a "Confirm recurrence" button that
// confirms the selected one as the incident this one recurs, and Unlink. It refreshes a
// moment after the user stops typing (debounced), never on every keystroke.
class SimilarIncidentsPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshDelayMs = 1200;
    static constexpr int kSuggestions = 5;

    explicit SimilarIncidentsPanel(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    void setReadOnly(bool readOnly);
    // Runs the search now (the debounce timer calls this).
    void refresh();
    bool isExpanded() const;
    void setExpanded(bool expanded);

    SimilarIncidentsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* unlinkButton() const { return m_unlink; }
    const QTimer& refreshTimer() const { return m_refreshLater; }
    int refreshCount() const { return m_refreshes; }

private:
    void scheduleRefresh();
    void updateButtons();
    QString selectedId() const;

    QPointer<PostmortemDocument> m_doc;
    SimilarIncidentsModel* m_model;
    QToolButton* m_toggle;
    QWidget* m_body;
    QTreeView* m_view;
    QLabel* m_status;
    QPushButton* m_confirm;
    QPushButton* m_unlink;
    QTimer m_refreshLater;
    bool m_readOnly = false;
    int m_refreshes = 0;
};

} // namespace causeway
