#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace causeway {

class PostmortemDocument;
struct Template;

// The open conflicts of the postmortem in an editor: one row per conflict record that is not
// resolved, with what it is about, the current value, the value that lost the merge and why.
// It follows the document, so resolving (or undoing a resolution) removes (or brings back)
// the row at once.
class ConflictsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        FieldColumn,
        CurrentColumn,
        ConflictingColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        ReasonRole, // the reason's key (ConflictReason)
    };

    explicit ConflictsModel(QObject* parent = nullptr);

    // tmpl names the postmortem's fields; it must outlive the model or be replaced.
    void setDocument(PostmortemDocument* document, const Template* tmpl = nullptr);
    PostmortemDocument* document() const { return m_doc; }

    QString conflictId(int row) const;
    int rowOf(const QString& conflictId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The number of open conflicts changed.
    void countChanged(int count);

private:
    void refresh();
    void onFieldChanged(const QString& recordId, const QString& field);
    QString text(int row, int column) const;

    QPointer<PostmortemDocument> m_doc;
    const Template* m_template = nullptr;
    QStringList m_ids;       // open conflict ids, in the document's order
    QSet<QString> m_targets; // the records they are about, for field changes
    QMetaObject::Connection m_connections[5];
};

} // namespace causeway
