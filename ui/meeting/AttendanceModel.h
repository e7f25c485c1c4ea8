#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace causeway {

class PostmortemDocument;

// The postmortem's participants with a check box each: checked means present at the
// review meeting. Checking is one undo command (MeetingEditing::setPresent); the list
// follows the document, so undo, redo and participants added elsewhere show at once.
class AttendanceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AttendanceModel(QObject* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    QString idAt(int row) const { return m_ids.value(row); }
    int presentCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void attendanceChanged();

private:
    void sync();
    QStringList present() const;

    QPointer<PostmortemDocument> m_doc;
    QStringList m_ids; // participant ids in the order of the postmortem
    bool m_readOnly = false;
};

} // namespace causeway
