#pragma once

#include "store/Store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace causeway {

class PostmortemFilterModel;
class PostmortemListModel;

// The left pane: search box, filters, a count and the table of postmortems.
class PostmortemListPane : public QWidget {
    Q_OBJECT
public:
    explicit PostmortemListPane(QWidget* parent = nullptr);

    void setStore(Store* store);
    void setScope(ListScope scope);
    ListScope scope() const;

    QString currentId() const;
    QString currentTitle() const;
    // Selects the postmortem, clearing filters that would hide it.
    void selectPostmortem(const QString& id);

    PostmortemListModel* listModel() const { return m_model; }
    PostmortemFilterModel* filterModel() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    // Empty id when nothing is selected.
    void currentPostmortemChanged(const QString& id);

private:
    void runSearch();
    void refillTagFilter();
    void updateCount();
    void emitCurrentIfChanged();

    PostmortemListModel* m_model;
    PostmortemFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_severity;
    QComboBox* m_tag;
    QLabel* m_count;
    QTableView* m_view;
    QTimer* m_searchDelay;
    QString m_lastEmitted;
};

} // namespace causeway
