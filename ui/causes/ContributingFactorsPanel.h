#pragma once

#include "editing/PostmortemDocument.h"
#include "model/Template.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QTableView;

namespace causeway {

class ContributingFactorDetails;
class ContributingFactorsModel;
class ContributingFactorsProxy;

// The contributing-factors panel: every cause with its evidence and action counts, root
// causes and contributing factors without an action flagged (what the review checklist
// checks), a filter down to those, and below the table the selected cause's kind,
// category, notes and evidence. Activating a row asks the window to show the cause in the
// 5-whys tree; Show on Timeline asks it to show an event.
class ContributingFactorsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContributingFactorsPanel(QWidget* parent = nullptr);

    // tmpl supplies the fishbone categories when the postmortem has none of its own.
    void setDocument(PostmortemDocument* document, const Template* tmpl = nullptr);
    void setReadOnly(bool readOnly);
    // Details under the table (the default) or beside it, when the panel is wide and low.
    void setDetailsBeside(bool beside);

    // Selects the cause, showing every cause first when the filter hides it. False when
    // there is no such cause.
    bool selectCause(const QString& causeId);
    QString currentCause() const;

    ContributingFactorsModel* model() const { return m_model; }
    ContributingFactorsProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* summaryFlag() const { return m_summaryFlag; }
    QCheckBox* unaddressedFilter() const { return m_onlyUnaddressed; }
    ContributingFactorDetails* details() const { return m_details; }

Q_SIGNALS:
    // Double-click or Enter on a cause.
    void causeActivated(const QString& causeId);
    // Show on Timeline in the details: the event to select there.
    void evidenceActivated(const QString& eventId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpTable();
    void fitColumns();
    void updateSummary();
    void onCurrentRowChanged();

    QPointer<PostmortemDocument> m_doc;
    ContributingFactorsModel* m_model;
    ContributingFactorsProxy* m_proxy;
    QLabel* m_summaryFlag;
    QLabel* m_summary;
    QCheckBox* m_onlyUnaddressed;
    QSplitter* m_splitter;
    QTableView* m_table;
    ContributingFactorDetails* m_details;
};

} // namespace causeway
