#pragma once

#include "causes/Traceability.h"
#include "editing/PostmortemDocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace causeway {

// Every cause of the open postmortem with what it rests on and what addresses it, one row
// per cause in 5-whys order (the proxy below sorts). Root causes and contributing factors
// without an action are flagged: the review checklist asks for an action on each.
//
// The model follows the document: an edit, undo or redo changes the rows it touches
// (dataChanged), a new or deleted cause inserts or removes its row, and a move in the tree
// reorders rows as a layout change, so the panel's selection survives all three.
class ContributingFactorsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CauseColumn,
        KindColumn,
        CategoryColumn,
        EvidenceColumn, // live evidence: timeline events and attachments
        ActionsColumn,
        FlagColumn, // "No action yet" on causes that need one
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        // what the proxy sorts by, per column
        KindRole,        // stored key
        UnaddressedRole, // bool
        EvidenceRole,    // QStringList of live evidence ids
    };

    explicit ContributingFactorsModel(QObject* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    PostmortemDocument* document() const { return m_doc; }

    const QList<CauseTrace>& traces() const { return m_rows; }
    const CauseTrace* trace(const QString& id) const;
    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    QString idAt(int row) const;

    // The flag of an unaddressed cause, drawn so it needs no icon theme or emoji font.
    static QIcon flagIcon();
    static QString flagToolTip(const QString& kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Some row was added, removed or changed: summaries recount.
    void tracesChanged();

private:
    void sync();
    void reindex();
    void reorder(const QList<CauseTrace>& target);
    void onFieldChanged(const QString& recordId, const QString& field);
    void onChild(const QString& recordId);
    void onChildrenReset(const QString& kind);
    QVariant display(const CauseTrace& t, int column) const;
    QVariant toolTip(const CauseTrace& t, int column) const;
    QVariant sortKey(const CauseTrace& t, int column) const;

    QPointer<PostmortemDocument> m_doc;
    QList<CauseTrace> m_rows;
    QHash<QString, int> m_rowOf;
    // Every id some cause cites, live or not: adding or trashing an event that no cause
    // cites (a bulk delete of 1,000 events) then costs a lookup, not a recount.
    QSet<QString> m_cited;
    mutable QIcon m_flag; // drawn on first use, not once per cell
};

// Sorts the contributing factors by the model's SortRole (unsorted: 5-whys order) and can
// narrow them to the causes without an action.
class ContributingFactorsProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ContributingFactorsProxy(QObject* parent = nullptr);

    void setOnlyUnaddressed(bool only);
    bool onlyUnaddressed() const { return m_onlyUnaddressed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_onlyUnaddressed = false;
};

} // namespace causeway
