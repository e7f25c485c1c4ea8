#include "editing/AttachEvidenceCommand.h"

#include "editing/PostmortemDocument.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>

namespace causeway {

AttachEvidenceCommand::AttachEvidenceCommand(PostmortemDocument* doc,
                                             ChangeSet::NewRecord attachment,
                                             ChangeSet::Blob content, QString eventId,
                                             QJsonArray evidenceBefore, QJsonArray evidenceAfter)
    : m_doc(doc)
    , m_attachment(std::move(attachment))
    , m_content(std::move(content))
    , m_eventId(std::move(eventId))
    , m_before(std::move(evidenceBefore))
    , m_after(std::move(evidenceAfter)) {
    setText(QCoreApplication::translate("EditCommands", "Attach %1")
                .arg(m_attachment.fields.value(AttachmentField::Name).toString()));
}

void AttachEvidenceCommand::redo() {
    if (!m_doc)
        return;
    m_doc->beginBatch();
    QList<ChangeSet::Blob> blobs;
    if (!m_content.sha256.isEmpty())
        blobs.append(m_content);
    m_doc->applyCreate(m_attachment, blobs);
    m_doc->applyField(m_eventId, EventField::Evidence, m_after);
    m_doc->endBatch();
    m_content = ChangeSet::Blob();
}

void AttachEvidenceCommand::undo() {
    if (!m_doc)
        return;
    m_doc->beginBatch();
    m_doc->applyField(m_eventId, EventField::Evidence, m_before);
    m_doc->applyDeleted(m_attachment.id, true);
    m_doc->endBatch();
}

} // namespace causeway
