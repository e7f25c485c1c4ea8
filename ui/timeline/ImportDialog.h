#pragma once

#include "timeline/import/ImportTypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace causeway {

class PostmortemDocument;
class Store;

// File > Import Timeline…: pick a file (or a Slack export folder), check the detected format,
// the zone of zone-less times and, for CSV, which column is which; the preview shows the
// first events and every unreadable line before anything is written. The import is one
// store transaction that can be cancelled, and one undo step in the document.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Store* store, PostmortemDocument* document, QWidget* parent = nullptr);

    void setPath(const QString& path);
    QString path() const;
    void setFormat(timeline::ImportFormat format);
    timeline::ImportFormat format() const;
    void setZone(const QString& ianaId);
    timeline::ImportOptions options() const;

    // The preview as now shown, for tests.
    const timeline::ImportResult& preview() const { return m_preview; }
    QTableWidget* previewTable() const { return m_table; }
    // The summary of the last import ("Added 12, duplicates 3, unreadable 1 (line 7: …)").
    QString summary() const { return m_summary; }

    // Runs the import without the dialog's buttons (the Import button calls it); returns
    // false when nothing was imported, with summary() saying why.
    bool runImport(bool showProgress = true);

    static constexpr int kPreviewRows = 200;

private:
    void chooseFile();
    void chooseFolder();
    void onPathChanged();
    void refreshMapping();
    void refreshPreview();
    void rememberMapping() const;
    QString headerSignature() const;
    void accept() override;

    QPointer<Store> m_store;
    QPointer<PostmortemDocument> m_doc;
    QLineEdit* m_path;
    QComboBox* m_format;
    QLabel* m_detected;
    QComboBox* m_zone;
    QGroupBox* m_mappingBox;
    QList<QComboBox*> m_roles; // time, end, text, kind, source, actor
    QTableWidget* m_table;
    QPlainTextEdit* m_problems;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import = nullptr;
    QList<QStringList> m_csvHead;
    timeline::ImportResult m_preview;
    QString m_summary;
    bool m_updating = false;
};

} // namespace causeway
