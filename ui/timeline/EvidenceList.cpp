#include "timeline/EvidenceList.h"

#include "store/Store.h"
#include "timeline/TimelineEvent.h"
#include "util/DisplayFormat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace causeway {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kShaRole = Qt::UserRole + 2;
constexpr int kReadableRole = Qt::UserRole + 3; // content here and intact

QString shortSha(const QString& sha) {
    return sha.left(12) + QStringLiteral("…");
}

} // namespace

EvidenceList::EvidenceList(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_sha(new QLabel(this))
    , m_status(new QLabel(this))
    , m_attach(new QAction(tr("&Attach Evidence…"), this))
    , m_attachButton(new QToolButton(this))
    , m_open(new QToolButton(this))
    , m_save(new QToolButton(this)) {
    m_attach->setStatusTip(tr("Store a file (screenshot, log excerpt, metrics export) with its "
                              "SHA-256 and link it to the selected event"));
    connect(m_attach, &QAction::triggered, this, &EvidenceList::chooseAndAttach);
    m_attachButton->setDefaultAction(m_attach);
    m_attachButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Check the content against its SHA-256 and open it"));
    connect(m_open, &QToolButton::clicked, this, &EvidenceList::openCurrent);
    m_save->setText(tr("Save &As…"));
    m_save->setToolTip(tr("Check the content against its SHA-256 and save a copy"));
    connect(m_save, &QToolButton::clicked, this, &EvidenceList::saveCurrentAs);

    m_list->setAccessibleName(tr("Evidence of the selected event"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Size"), tr("Source"), tr("Added by"), tr("SHA-256"), tr("Content")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &EvidenceList::showContextMenu);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidenceList::updateDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, &EvidenceList::openCurrent);
    auto* copy = new QAction(tr("Copy SHA-256"), m_list);
    copy->setShortcuts(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &EvidenceList::copySha);
    m_list->addAction(copy);

    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sha->setAccessibleName(tr("SHA-256 of the selected attachment"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha->setFont(mono);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAccessibleName(tr("Evidence status"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_attachButton);
    header->addWidget(m_open);
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sha);
    layout->addWidget(m_status);

    const int ch = fontMetrics().averageCharWidth();
    m_list->header()->resizeSection(NameColumn, 28 * ch);
    m_list->header()->resizeSection(SizeColumn, 10 * ch);
    m_list->header()->resizeSection(SourceColumn, 12 * ch);
    m_list->header()->resizeSection(AddedByColumn, 22 * ch);
    m_list->header()->resizeSection(ShaColumn, 16 * ch);
    setStatus(QString());
    refresh();
}

EvidenceList::~EvidenceList() = default;

void EvidenceList::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_eventId.clear();
    if (m_doc) {
        // Attachment records and the event's evidence field both change on attach, undo and
        // redo; either one redraws the list.
        connect(m_doc, &PostmortemDocument::fieldChanged, this,
                [this](const QString& recordId, const QString& field) {
                    if (recordId == m_eventId && field == EventField::Evidence)
                        refresh();
                });
        connect(m_doc, &PostmortemDocument::childAdded, this, &EvidenceList::refresh);
        connect(m_doc, &PostmortemDocument::childRemoved, this, &EvidenceList::refresh);
        connect(m_doc, &PostmortemDocument::childrenReset, this, &EvidenceList::refresh);
    }
    refresh();
}

void EvidenceList::setEvent(const QString& eventId) {
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    setStatus(QString());
    refresh();
}

void EvidenceList::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    refresh();
}

BlobState EvidenceList::contentState(const QString& sha256) {
    if (m_intact.value(sha256))
        return BlobState::Present;
    if (!m_doc || !m_doc->store())
        return BlobState::Missing;
    const BlobState state = m_doc->store()->blobState(sha256);
    if (state == BlobState::Present)
        m_intact.insert(sha256, true);
    return state;
}

void EvidenceList::refresh() {
    const QString current = currentAttachmentId();
    m_list->clear();
    const Record* event = m_doc && !m_eventId.isEmpty() ? m_doc->record(m_eventId) : nullptr;
    if (!event || event->deleted) {
        m_title->setText(tr("Evidence: select an event"));
    } else {
        const QString text = event->text(EventField::Description).simplified();
        m_title->setText(tr("Evidence for \"%1\"")
                             .arg(fontMetrics().elidedText(text, Qt::ElideRight,
                                                           fontMetrics().averageCharWidth() * 48)));
        const QLocale locale;
        for (const QString& id : event->list(EventField::Evidence)) {
            const Record* r = m_doc->record(id);
            if (r && r->deleted)
                continue;
            auto* item = new QTreeWidgetItem(m_list);
            item->setData(NameColumn, kIdRole, id);
            if (!r) {
                // An event imported without the attachment it cites.
                item->setText(NameColumn, tr("Unknown attachment %1").arg(id.left(8)));
                item->setText(ContentColumn, tr("Not on this machine"));
                continue;
            }
            const Attachment a = Attachment::fromRecord(*r);
            item->setData(NameColumn, kShaRole, a.sha256);
            item->setText(NameColumn, a.name);
            item->setToolTip(NameColumn, a.mediaType.isEmpty()
                                             ? a.name
                                             : a.name + QStringLiteral(" (") + a.mediaType + u')');
            item->setText(SizeColumn, locale.formattedDataSize(a.size));
            item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(SourceColumn, EventVocabulary::sourceName(a.source));
            item->setText(AddedByColumn, a.addedBy);
            if (a.addedAt.isValid())
                item->setToolTip(
                    AddedByColumn,
                    tr("Added %1 UTC").arg(a.addedAt.toString(displayDateTimeFormat())));
            item->setText(ShaColumn, shortSha(a.sha256));
            item->setToolTip(ShaColumn, a.sha256);
            const BlobState state = contentState(a.sha256);
            item->setData(NameColumn, kReadableRole, state == BlobState::Present);
            switch (state) {
            case BlobState::Present:
                item->setText(ContentColumn, tr("Verified"));
                item->setToolTip(ContentColumn, tr("The content matches its SHA-256"));
                break;
            case BlobState::Missing:
                item->setText(ContentColumn, tr("Not on this machine"));
                item->setToolTip(ContentColumn,
                                 tr("Only the description of this file was imported; its "
                                    "content comes with a bundle"));
                break;
            case BlobState::Corrupted:
                item->setText(ContentColumn, tr("Damaged"));
                item->setToolTip(ContentColumn,
                                 tr("The stored content no longer matches its SHA-256"));
                item->setForeground(ContentColumn, QBrush(Qt::red));
                break;
            }
        }
    }
    for (int c : {SizeColumn, SourceColumn, AddedByColumn, ShaColumn})
        m_list->resizeColumnToContents(c);
    if (!current.isEmpty())
        setCurrentAttachment(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_attach->setEnabled(event && !event->deleted && !m_readOnly && m_doc && !m_doc->isReadOnly());
    updateDetails();
}

void EvidenceList::updateDetails() {
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString sha = item ? item->data(NameColumn, kShaRole).toString() : QString();
    m_sha->setText(sha.isEmpty() ? QString() : tr("SHA-256: %1").arg(sha));
    m_sha->setVisible(!sha.isEmpty());
    const bool readable = item && item->data(NameColumn, kReadableRole).toBool();
    m_open->setEnabled(readable);
    m_save->setEnabled(readable);
}

QString EvidenceList::currentAttachmentId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toString() : QString();
}

void EvidenceList::setCurrentAttachment(const QString& attachmentId) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(NameColumn, kIdRole).toString() == attachmentId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString EvidenceList::attachFile(const QString& path) {
    if (!m_doc || m_readOnly || m_doc->isReadOnly() || m_eventId.isEmpty())
        return {};
    const Record* event = m_doc->record(m_eventId);
    if (!event)
        return {};
    // The file is evidence from the same place as the event it supports.
    const QString source = event->text(EventField::Source);
    auto attachment =
        readAttachmentFile(path, EventVocabulary::sources().contains(source) ? source : QString());
    if (!attachment) {
        setStatus(attachment.error());
        return {};
    }
    const QString id = m_doc->attachEvidence(m_eventId, attachment.value());
    if (id.isEmpty())
        return {};
    m_intact.insert(attachment->meta.sha256, true);
    refresh();
    setCurrentAttachment(id);
    setStatus(tr("Attached %1 (SHA-256 %2)")
                  .arg(attachment->meta.name, shortSha(attachment->meta.sha256)));
    return id;
}

Status EvidenceList::saveTo(const QString& attachmentId, const QString& path) {
    if (!m_doc || !m_doc->store())
        return Status::failure(tr("No postmortem is open."));
    const auto content = m_doc->store()->readAttachment(attachmentId);
    if (!content) {
        m_intact.clear(); // what was intact before is not any more: check again
        refresh();
        return Status::failure(content.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.value()) != content->size() ||
        !file.commit())
        return Status::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void EvidenceList::chooseAndAttach() {
    if (m_eventId.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Evidence"));
    if (!path.isEmpty())
        attachFile(path);
}

void EvidenceList::openCurrent() {
    const QString id = currentAttachmentId();
    const QTreeWidgetItem* item = m_list->currentItem();
    if (id.isEmpty() || !item)
        return;
    if (!m_openDir || !m_openDir->isValid())
        m_openDir = std::make_unique<QTemporaryDir>();
    // The original name keeps the extension, so the system picks the right program.
    QString name = QFileInfo(item->text(NameColumn)).fileName();
    if (name.isEmpty())
        name = id;
    const QString folder = m_openDir->filePath(id);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (auto s = saveTo(id, path); !s) {
        setStatus(s.error());
        return;
    }
    setStatus(tr("Opened a verified copy of %1").arg(name));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EvidenceList::saveCurrentAs() {
    const QString id = currentAttachmentId();
    const QTreeWidgetItem* item = m_list->currentItem();
    if (id.isEmpty() || !item)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Evidence As"),
                                                      QFileInfo(item->text(NameColumn)).fileName());
    if (path.isEmpty())
        return;
    if (auto s = saveTo(id, path); !s)
        setStatus(s.error());
    else
        setStatus(tr("Saved a verified copy to %1").arg(QDir::toNativeSeparators(path)));
}

QSize EvidenceList::sizeHint() const {
    return {QWidget::sizeHint().width(), fontMetrics().height() * 10};
}

void EvidenceList::setStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void EvidenceList::copySha() {
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString sha = item ? item->data(NameColumn, kShaRole).toString() : QString();
    if (!sha.isEmpty())
        QApplication::clipboard()->setText(sha);
}

void EvidenceList::showContextMenu(const QPoint& pos) {
    QMenu menu(this);
    if (m_list->itemAt(pos)) {
        QAction* open = menu.addAction(m_open->text(), this, &EvidenceList::openCurrent);
        open->setEnabled(m_open->isEnabled());
        QAction* save = menu.addAction(m_save->text(), this, &EvidenceList::saveCurrentAs);
        save->setEnabled(m_save->isEnabled());
        menu.addAction(tr("Copy SHA-256"), this, &EvidenceList::copySha);
        menu.addSeparator();
    }
    menu.addAction(m_attach);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace causeway
