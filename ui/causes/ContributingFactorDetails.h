#pragma once

#include "editing/PostmortemDocument.h"
#include "model/Template.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace causeway {

class DocumentCoach;
class MarkingSelector;

// The selected cause of the contributing-factors panel: its kind, fishbone category and
// notes, and the evidence it cites (events by time and description, attachments by name
// and SHA-256), with Link, Unlink and Show on Timeline. Every change is one undo command
// through the shared cause edits; undo and redo show up here because the widget follows
// the document.
class ContributingFactorDetails : public QWidget {
    Q_OBJECT
public:
    enum EvidenceColumn { WhenColumn, WhatColumn, EvidenceColumnCount };

    explicit ContributingFactorDetails(QWidget* parent = nullptr);

    // tmpl supplies the fishbone categories when the postmortem has none of its own.
    void setDocument(PostmortemDocument* document, const Template* tmpl = nullptr);
    void setCause(const QString& causeId);
    QString causeId() const { return m_causeId; }
    void setReadOnly(bool readOnly);

    // Replaces the events the cause cites by eventIds (what the Link Evidence dialog
    // returns); attachments and records not on this machine stay cited. One undo command,
    // none when nothing changes.
    void linkEvents(const QStringList& eventIds);
    // Opens the Link Evidence dialog for the cause.
    void chooseEvidence();
    void unlinkSelected();
    // Emits evidenceActivated() for the current evidence row's event.
    void showCurrentOnTimeline();

    QStringList selectedEvidence() const;
    void setCurrentEvidence(const QString& evidenceId);

    QLabel* titleLabel() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* categoryBox() const { return m_category; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    MarkingSelector* markingSelector() const { return m_marking; }
    QTreeWidget* evidenceTree() const { return m_evidence; }
    QPushButton* linkButton() const { return m_link; }
    QPushButton* unlinkButton() const { return m_unlink; }
    QPushButton* showButton() const { return m_show; }

Q_SIGNALS:
    // The user asked to see this event on the timeline.
    void evidenceActivated(const QString& eventId);

private:
    void buildEvidence(QWidget* box);
    void refresh();
    void refreshFields();
    void refreshCategories();
    void refreshEvidence();
    void updateButtons();
    void onFieldChanged(const QString& recordId, const QString& field);
    void onKindChosen(int index);
    void onCategoryChosen(int index);
    void onNotesEdited();
    void onMarkingChosen(const QString& level);
    const Record* cause() const;
    bool editable() const;
    QStringList evidenceIds() const;

    QPointer<PostmortemDocument> m_doc;
    const Template* m_template = nullptr;
    QString m_causeId;
    bool m_readOnly = false;
    QTimeZone m_zone;
    QLabel* m_title;
    QComboBox* m_kind;
    QComboBox* m_category;
    QPlainTextEdit* m_notes;
    // Underlines blaming wording in the notes as they are typed.
    DocumentCoach* m_coach = nullptr;
    MarkingSelector* m_marking;
    QLabel* m_evidenceTitle;
    QTreeWidget* m_evidence;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_show;
};

} // namespace causeway
