#pragma once

#include "actions/Action.h"
#include "editing/PostmortemDocument.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QPointer>

namespace causeway {

// The colours of an overdue row: a clear red tint with dark text, set together so the row
// stays readable on light and dark palettes alike.
QColor overdueBackground();
QColor overdueForeground();

// The action items of the open postmortem, in list order, one row each. The model follows
// the document: edits, undo and redo change the rows they touch, and a new or deleted
// action inserts or removes its row, so the table's selection survives. Edits made in the
// table go through ActionEditing, one undo command each.
class ActionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        PriorityColumn,
        TypeColumn,
        StatusColumn,
        CausesColumn,
        MarkingColumn, // the confidentiality marking; empty while not marked
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        OverdueRole, // bool
        KeyRole,     // the stored key of priority, type and status; the date of due;
                     // the level of the marking
    };

    explicit ActionsModel(QObject* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    PostmortemDocument* document() const { return m_doc; }
    // The day overdue is counted from; invalid: the current date.
    void setToday(const QDate& today);
    QDate today() const;

    const QList<Action>& actions() const { return m_rows; }
    int rowOf(const QString& id) const;
    QString idAt(int row) const;
    // The statements of the causes the action addresses.
    QStringList causeStatements(const QString& actionId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit made in the table was refused: the message says why.
    void editRefused(const QString& message);

private:
    void sync();
    QVariant display(const Action& a, int column) const;
    QString marking(const QString& actionId) const;

    QPointer<PostmortemDocument> m_doc;
    QList<Action> m_rows;
    QDate m_today;
};

} // namespace causeway
