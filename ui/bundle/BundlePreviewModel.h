#pragma once

#include "store/Store.h"

#include <QAbstractTableModel>

namespace causeway {

// What importing a bundle does (or did) to each of its postmortems: new or changed, records
// added, changed and deleted, and the new conflicts (Store::mergeBundle's summary).
class BundlePreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StateColumn,
        AddedColumn,
        ChangedColumn,
        DeletedColumn,
        ConflictsColumn,
        ColumnCount
    };
    enum Role { PostmortemIdRole = Qt::UserRole + 1 };

    explicit BundlePreviewModel(QObject* parent = nullptr);

    void setSummary(const BundleMergeSummary& summary);
    const BundleMergeSummary& summary() const { return m_summary; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    BundleMergeSummary m_summary;
};

} // namespace causeway
