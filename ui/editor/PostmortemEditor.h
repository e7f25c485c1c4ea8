#pragma once

#include "editing/PostmortemDocument.h"
#include "model/Template.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;

namespace causeway {

class DocumentCoach;
class FieldEditor;
class MarkingSelector;
class ParticipantsWidget;
class ActionsPane;
class ConflictsPane;
class ReviewPane;
class KeyStore;
class MeetingPane;
class CausesPane;
class TimelinePane;

// The form of one open postmortem, built from its template: one group per section. There
// is no Save button; every edit is a document command and the document autosaves.
class PostmortemEditor : public QWidget {
    Q_OBJECT
public:
    explicit PostmortemEditor(QWidget* parent = nullptr);
    ~PostmortemEditor() override;

    // The template decides the form; the document must outlive the editor or be replaced
    // (setDocument(nullptr, nullptr)) before it goes.
    void setDocument(PostmortemDocument* document, const Template* tmpl);
    PostmortemDocument* document() const { return m_doc; }
    // Why the postmortem cannot be edited (read-only store, in the trash); empty: editable.
    void setReadOnlyReason(const QString& reason);

    FieldEditor* fieldEditor(const QString& key) const { return m_editors.value(key); }
    // The confidentiality marking of a report field; null for the fields that identify the
    // document (title, status, severity, dates, zone, its own marking), which every report
    // shows.
    MarkingSelector* fieldMarking(const QString& key) const { return m_markings.value(key); }
    ParticipantsWidget* participants() const { return m_participants; }
    TimelinePane* timeline() const { return m_timeline; }
    CausesPane* causes() const { return m_causes; }
    ActionsPane* actionsPane() const { return m_actions; }
    ReviewPane* reviewPane() const { return m_review; }
    // Values that lost a merge with another machine's copy; its tab shows only while there
    // are open conflicts (or while it is the current tab).
    ConflictsPane* conflictsPane() const { return m_conflicts; }
    // The review meeting: agenda, countdown, attendance, notes, quick capture, presenter.
    MeetingPane* meetingPane() const { return m_meeting; }
    QTabWidget* tabs() const { return m_tabs; }
    void showTimeline();
    void showCauses();
    void showActions();
    void showReview();
    void showConflicts();
    void showMeeting();
    void focusFirstField();
    // The keychain with the signing keys (not owned). It is first asked for when the Review
    // tab is shown, so a locked keychain never prompts at start-up.
    void setKeyStore(KeyStore* keys);

private:
    void build(const Template& tmpl);
    void onFieldChanged(const QString& recordId, const QString& field);
    void applyTimeZone();
    void showFieldMarkings();
    void markField(const QString& key, const QString& level);
    // The reason given by setReadOnlyReason, else the workflow lock's, applied to every pane.
    void applyReadOnly();
    void updateConflictsTab();

    QPointer<PostmortemDocument> m_doc;
    QLabel* m_header;
    QLabel* m_banner;
    QScrollArea* m_scroll;
    QTabWidget* m_tabs;
    TimelinePane* m_timeline;
    CausesPane* m_causes;
    ActionsPane* m_actions;
    ReviewPane* m_review;
    ConflictsPane* m_conflicts;
    MeetingPane* m_meeting;
    // The language coach of the narrative fields: rules and participants' names.
    DocumentCoach* m_coach = nullptr;
    KeyStore* m_keys = nullptr;
    bool m_keysGiven = false;
    QString m_readOnlyReason; // from setReadOnlyReason: read-only store, trash
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, MarkingSelector*> m_markings;
    QList<FieldEditor*> m_order;
    ParticipantsWidget* m_participants = nullptr;
    bool m_readOnly = false;
};

} // namespace causeway
