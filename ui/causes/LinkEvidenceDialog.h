#pragma once

#include "model/Record.h"

#include <QDialog>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace causeway {

// Chooses the timeline events a cause cites: every live event by time, the ones it cites
// already ticked, a filter over time and description. Ticks are kept while the filter
// changes, so evidence can be gathered with several searches.
class LinkEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { TimeColumn, DescriptionColumn, ColumnCount };

    // linked: the evidence the cause cites now; events among it start ticked.
    LinkEvidenceDialog(const Postmortem& pm, const QStringList& linked, const QTimeZone& zone,
                       QWidget* parent = nullptr);

    // The ticked events, by time.
    QStringList chosenEvents() const;
    void setChosen(const QString& eventId, bool chosen);

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    // Rows shown after filtering.
    int shownCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onItemChanged(QStandardItem* item);
    void updateCount();
    void toggleSelected();

    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_count;
    QSet<QString> m_chosen; // counted as ticks change: a rescan per tick is slow with 10,000
};

} // namespace causeway
