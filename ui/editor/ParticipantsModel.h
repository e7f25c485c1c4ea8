#pragma once

#include "editing/PostmortemDocument.h"
#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace causeway {

// The participants of the open postmortem: one row per participant child record. Cell
// edits become document commands (undoable, autosaved); the model follows the document's
// signals, so undo and redo show up here as well.
class ParticipantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // MarkingColumn: the confidentiality marking (display: its name, empty while not marked;
    // edit: the level key).
    enum Column { NameColumn, RoleColumn, TeamColumn, MarkingColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParticipantsModel(QObject* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString& id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString fieldOf(int column);

private:
    QStringList currentIds() const;
    void syncRows();
    void onFieldChanged(const QString& recordId, const QString& field);

    QPointer<PostmortemDocument> m_doc;
    QStringList m_ids;
    bool m_readOnly = false;
};

} // namespace causeway
