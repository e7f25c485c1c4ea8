#pragma once

#include "editing/PostmortemDocument.h"
#include "timeline/Attachment.h"
#include "util/Result.h"

#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace causeway {

// The evidence attachments of one timeline event: name, size, source, who added it and its
// SHA-256 (short in the list; in full below it, selectable), with Open and Save As, which
// check the content against its hash before writing it anywhere.
class EvidenceList : public QWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        SourceColumn,
        AddedByColumn,
        ShaColumn,
        ContentColumn,
        ColumnCount
    };

    explicit EvidenceList(QWidget* parent = nullptr);
    ~EvidenceList() override;

    void setDocument(PostmortemDocument* document);
    // The event whose evidence is shown; empty shows none.
    void setEvent(const QString& eventId);
    QString eventId() const { return m_eventId; }
    void setReadOnly(bool readOnly);

    QTreeWidget* list() const { return m_list; }
    QLabel* shaLabel() const { return m_sha; }
    QLabel* statusLabel() const { return m_status; }
    QAction* attachAction() const { return m_attach; }
    QString currentAttachmentId() const;
    void setCurrentAttachment(const QString& attachmentId);

    // Attaches the file to the shown event as one undo command. Returns the attachment's
    // id, or empty after saying why in the status line.
    QString attachFile(const QString& path);
    // Writes an attachment's content to path once it matches its SHA-256; nothing is
    // written otherwise.
    Status saveTo(const QString& attachmentId, const QString& path);

    // A few rows: the table and the drawing above need the height more.
    QSize sizeHint() const override;

    void chooseAndAttach();
    void openCurrent();
    void saveCurrentAs();

private:
    void refresh();
    void updateDetails();
    void showContextMenu(const QPoint& pos);
    void copySha();
    void setStatus(const QString& text);
    BlobState contentState(const QString& sha256);

    QPointer<PostmortemDocument> m_doc;
    QString m_eventId;
    bool m_readOnly = false;
    QLabel* m_title;
    QTreeWidget* m_list;
    QLabel* m_sha;
    QLabel* m_status;
    QAction* m_attach;
    QToolButton* m_attachButton;
    QToolButton* m_open;
    QToolButton* m_save;
    // Hashing 50 MiB on every selection change would be felt; content that was intact
    // once stays so (it is immutable), and Open and Save check again anyway.
    QHash<QString, bool> m_intact;
    std::unique_ptr<QTemporaryDir> m_openDir; // copies handed to other programs by Open
};

} // namespace causeway
