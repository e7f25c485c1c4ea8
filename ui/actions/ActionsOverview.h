#pragma once

#include "actions/ActionsQuery.h"
#include "common/StoreFollowingDialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace causeway {

class ActionsOverviewModel;
class Store;

// View → All Actions…: the action items of every postmortem with filters (owner, status,
// type, overdue, due this week), overdue rows tinted, and CSV export for whatever tracker a
// team uses. Double-clicking a row asks the main window to open its postmortem. Follows
// the store: a saved edit anywhere shows here a moment later.
class ActionsOverview : public StoreFollowingDialog {
    Q_OBJECT
public:
    explicit ActionsOverview(Store* store, QWidget* parent = nullptr);

    // The overview of parent (one per main window), created on first use, shown and raised.
    // open is called with a postmortem id when a row is double-clicked.
    static ActionsOverview* showFor(QWidget* parent, Store* store,
                                    const std::function<void(const QString&)>& open) {
        return StoreFollowingDialog::showFor<ActionsOverview>(parent, store, open);
    }

    // The day overdue and "this week" count from; invalid: the current date.
    void setToday(const QDate& today);
    // Reads every postmortem again and applies the filter.
    void reload() override;
    ActionFilter filter() const;
    // Writes what the table shows; returns the problem, or empty.
    QString exportCsvTo(const QString& path) const;

    ActionsOverviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* typeCombo() const { return m_type; }
    QCheckBox* overdueCheck() const { return m_overdue; }
    QCheckBox* thisWeekCheck() const { return m_thisWeek; }
    QLabel* countLabel() const { return m_count; }

protected:
    bool isLoaded() const override { return !m_all.isEmpty(); }

private:
    void applyFilter();
    void exportCsv();

    QList<ActionRow> m_all; // every action, sorted; the filter picks from these
    QDate m_today;
    ActionsOverviewModel* m_model;
    QTableView* m_table;
    QLineEdit* m_owner;
    QComboBox* m_status;
    QComboBox* m_type;
    QCheckBox* m_overdue;
    QCheckBox* m_thisWeek;
    QLabel* m_count;
    QPushButton* m_export;
};

} // namespace causeway
