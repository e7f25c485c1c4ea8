#pragma once

#include "report/ReportExport.h"

#include <QDialog>
#include <QLocale>
#include <QMap>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;

namespace causeway {

// What a report is made of and where it goes: the format, the sharing profile (each with a
// line saying what it leaves out), the paper (PDF only), the optional parts and the file.
// In Print mode the same choices without format, paper and file: the printer dialog has
// its own paper, and the profile still decides what leaves the building.
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Export, Print };

    explicit ExportReportDialog(Mode mode, QWidget* parent = nullptr);

    // The postmortem's title, for the default file name; directory where it goes.
    void setPostmortemTitle(const QString& title);
    void setDirectory(const QString& directory);
    // Remembered choices. Callers pass the app's QSettings; tests never call them.
    void restoreChoices(const QSettings& settings);
    void saveChoices(QSettings& settings) const;

    Mode mode() const { return m_mode; }
    ReportFormat format() const;
    ReportProfile profile() const;
    QPageSize::PageSizeId paper() const;
    bool fullTimeline() const;
    bool auditTrail() const; // false outside Full, whatever the box said
    ReportOptions options() const;
    // The file, with the format's suffix.
    QString path() const;
    ExportRequest request(const QString& postmortemId) const;

    void setFormat(ReportFormat format);
    void setProfile(ReportProfile profile);
    void setPaper(QPageSize::PageSizeId paper);
    void setFullTimeline(bool on);
    void setAuditTrail(bool on);
    void setPath(const QString& path);
    void setAcceptText(const QString& text);

    // For tests and the screenshot.
    QComboBox* formatBox() const { return m_format; }
    QComboBox* paperBox() const { return m_paper; }
    QCheckBox* fullTimelineBox() const { return m_fullTimeline; }
    QCheckBox* auditTrailBox() const { return m_auditTrail; }
    QLabel* auditTrailNote() const { return m_auditTrailNote; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* acceptButton() const;

    // Letter in the United States and Canada, A4 elsewhere.
    static QPageSize::PageSizeId defaultPaper(const QLocale& locale = QLocale());
    // "TITLE (profile).suffix", with the characters file systems refuse replaced.
    static QString defaultFileName(const QString& title, ReportProfile profile,
                                   ReportFormat format);
    static QString profileExplanation(ReportProfile profile);

    void accept() override;

private:
    void chooseFile();
    void formatChanged();
    void profileChanged();
    void updateState();
    QString defaultPath() const;

    Mode m_mode;
    QString m_title;
    QString m_directory;
    bool m_pathIsDefault = true; // follows format and profile until the user picks a file
    QString m_confirmedPath;     // the Save dialog asked about replacing it already
    bool m_auditTrailWanted =
        false; // the box's value in Full, kept while another profile is chosen
    QFormLayout* m_form;
    QComboBox* m_format;
    QButtonGroup* m_profiles;
    QMap<ReportProfile, QRadioButton*> m_profileButtons;
    QComboBox* m_paper;
    QCheckBox* m_fullTimeline;
    QCheckBox* m_auditTrail;
    QLabel* m_auditTrailNote;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace causeway
