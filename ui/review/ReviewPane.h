#pragma once

#include "review/ReviewChecklist.h"
#include "review/Workflow.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace causeway {

class ChecklistView;
class KeyStore;
class PostmortemDocument;
class SignatureList;

// The Review tab: the workflow state with the buttons of the allowed steps, the computed
// checklist, the history of review steps, the analysis due date, the DORA reporting
// deadlines for the regulated template, and at the bottom the signatures area.
class ReviewPane : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPane(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    // A read-only database: the steps cannot be taken (an approved postmortem is not
    // read-only here: reopening and publishing are what this pane is for).
    void setReadOnly(bool readOnly);

    // Asks for the reason or justification of a step; nullopt: cancelled. The default shows
    // a ReviewReasonDialog; tests replace it.
    using ReasonPrompt =
        std::function<std::optional<QString>(Transition, const QList<ChecklistItem>& failing)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

    // Takes a step as the buttons do (asking for a reason when it needs one).
    void requestTransition(Transition transition);

    // The keychain that holds the signing keys (not owned); null: signing is disabled.
    void setKeyStore(KeyStore* keys);
    SignatureList* signatures() const { return m_signatures; }

    // For tests and screenshots.
    QPushButton* transitionButton(Transition transition) const;
    ChecklistView* checklist() const { return m_checklist; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* dueLabel() const { return m_due; }
    QLabel* historyLabel() const { return m_history; }
    QLabel* doraLabel() const { return m_dora; }
    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    // A workflow step was committed; the state is now state.
    void stateChanged(const QString& state);

private:
    void scheduleRefresh();
    void refresh();
    void rebuildButtons(const QString& state);
    QString historyText() const;
    QString doraText() const;

    QPointer<PostmortemDocument> m_doc;
    bool m_readOnly = false;
    bool m_refreshPending = false;
    ReasonPrompt m_prompt;
    QLabel* m_state;
    QLabel* m_stateHelp;
    QHBoxLayout* m_buttons;
    QList<QPushButton*> m_buttonList;
    QLabel* m_error;
    QLabel* m_due;
    ChecklistView* m_checklist;
    QLabel* m_history;
    QWidget* m_doraBox;
    QLabel* m_dora;
    SignatureList* m_signatures;
};

} // namespace causeway
