#pragma once

#include "bundle/BundleImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace causeway {

class BundlePreviewModel;
class Store;

// The preview of an opened bundle: who signed it (or that nobody did), whether this database
// trusts that signer, and what importing would do to each postmortem (a dry run). An
// untrusted or unsigned bundle needs "I trust this signer" ticked before Import is enabled;
// importing then remembers the key. After the import the dialog stays open with the result,
// and closing it returns Accepted.
class ImportBundleDialog : public QDialog {
    Q_OBJECT
public:
    ImportBundleDialog(Store& store, Bundle::OpenedBundle bundle, const QString& fileName,
                       QWidget* parent = nullptr);

    bool needsTrust() const { return m_needsTrust; }
    QCheckBox* trustCheckBox() const { return m_trust; } // hidden when the signer is trusted
    QPushButton* importButton() const { return m_import; }
    QPushButton* closeButton() const { return m_close; }
    BundlePreviewModel* previewModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* signerLabel() const { return m_signer; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* resultLabel() const { return m_result; }
    // The summary of the import once it ran.
    const std::optional<BundleMergeSummary>& imported() const { return m_imported; }

    // The Import button's work; false (with the reason shown) when refused.
    bool runImport();

    // "Imported into 2 postmortems: 3 records added, …": for the dialog and the status bar.
    static QString describeResult(const BundleMergeSummary& summary);

    void reject() override;

private:
    void updateState();
    void showProblem(const QString& message);

    Store& m_store;
    Bundle::OpenedBundle m_bundle;
    bool m_needsTrust = false;
    bool m_previewOk = false;
    BundlePreviewModel* m_model;
    QTableView* m_table;
    QLabel* m_signer;
    QLabel* m_trustNote;
    QCheckBox* m_trust;
    QLabel* m_totals;
    QLabel* m_problem;
    QLabel* m_result;
    QPushButton* m_import;
    QPushButton* m_close;
    std::optional<BundleMergeSummary> m_imported;
};

} // namespace causeway
