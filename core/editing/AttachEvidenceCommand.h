#pragma once

#include "store/ChangeSet.h"

#include <QJsonArray>
#include <QPointer>
#include <QUndoCommand>

namespace causeway {

class PostmortemDocument;

// Adds an evidence attachment and links it to an event, in one store transaction with its
// content. Undo unlinks it and moves the attachment record to the trash; the content stays
// (it is immutable and may be cited again), so redo only restores the record and the link.
class AttachEvidenceCommand : public QUndoCommand {
public:
    AttachEvidenceCommand(PostmortemDocument* doc, ChangeSet::NewRecord attachment,
                          ChangeSet::Blob content, QString eventId, QJsonArray evidenceBefore,
                          QJsonArray evidenceAfter);
    void undo() override;
    void redo() override;

private:
    QPointer<PostmortemDocument> m_doc;
    ChangeSet::NewRecord m_attachment;
    ChangeSet::Blob m_content; // released after the first redo: up to 50 MiB per command
    QString m_eventId;
    QJsonArray m_before;
    QJsonArray m_after;
};

} // namespace causeway
