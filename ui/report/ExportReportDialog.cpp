#include "report/ExportReportDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace causeway {

namespace {

const QString kFormatKey = QStringLiteral("report/format");
const QString kProfileKey = QStringLiteral("report/profile");
const QString kPaperKey = QStringLiteral("report/paper");
const QString kFullTimelineKey = QStringLiteral("report/fullTimeline");
const QString kAuditTrailKey = QStringLiteral("report/auditTrail");
const QString kDirectoryKey = QStringLiteral("report/directory");

QString formatName(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Markdown:
        return QStringLiteral("markdown");
    }
    return {};
}

QString fileFilter(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return ExportReportDialog::tr("PDF/A documents (*.pdf)");
    case ReportFormat::Html:
        return ExportReportDialog::tr("HTML pages (*.html)");
    case ReportFormat::Markdown:
        return ExportReportDialog::tr("Markdown files (*.md)");
    }
    return {};
}

// The path with the format's suffix in place of a known report suffix (or added).
QString withSuffix(const QString& path, ReportFormat format) {
    if (path.isEmpty())
        return path;
    const QString suffix = reportFormatSuffix(format);
    const QFileInfo info(path);
    const QString current = info.suffix().toLower();
    if (current == suffix)
        return path;
    static const QStringList known = {QStringLiteral("pdf"), QStringLiteral("html"),
                                      QStringLiteral("htm"), QStringLiteral("md"),
                                      QStringLiteral("markdown")};
    QString base = path;
    if (known.contains(current))
        base.chop(current.size() + 1);
    return base + u'.' + suffix;
}

QLabel* mutedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace

ExportReportDialog::ExportReportDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
    , m_form(new QFormLayout)
    , m_format(new QComboBox(this))
    , m_profiles(new QButtonGroup(this))
    , m_paper(new QComboBox(this))
    , m_fullTimeline(new QCheckBox(tr("Include the full &timeline"), this))
    , m_auditTrail(new QCheckBox(tr("Include the &audit trail"), this))
    , m_auditTrailNote(mutedLabel(QString(), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose…"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(mode == Mode::Export ? tr("Export Report") : tr("Print Report"));

    m_format->addItem(tr("PDF/A (archival, with pages)"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportFormat::Html));
    m_format->addItem(tr("Markdown"), int(ReportFormat::Markdown));
    m_format->setObjectName(QStringLiteral("format"));

    // Each profile with what it leaves out, so nobody shares the wrong one by guessing.
    auto* profileBox = new QWidget(this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (ReportProfile profile : reportProfiles()) {
        auto* button = new QRadioButton(reportProfileDisplayName(profile), profileBox);
        button->setObjectName(QStringLiteral("profile-") + reportProfileName(profile));
        m_profiles->addButton(button, int(profile));
        m_profileButtons.insert(profile, button);
        QLabel* explanation = mutedLabel(profileExplanation(profile), profileBox);
        explanation->setIndent(indent);
        profileLayout->addWidget(button);
        profileLayout->addWidget(explanation);
    }
    m_profileButtons.value(ReportProfile::Full)->setChecked(true);

    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setObjectName(QStringLiteral("paper"));
    setPaper(defaultPaper());

    m_fullTimeline->setToolTip(tr("Every timeline event, not only the key events"));
    m_auditTrailNote->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    m_auditTrailNote->setObjectName(QStringLiteral("auditTrailNote"));
    auto* parts = new QWidget(this);
    auto* partsLayout = new QVBoxLayout(parts);
    partsLayout->setContentsMargins(0, 0, 0, 0);
    partsLayout->addWidget(m_fullTimeline);
    partsLayout->addWidget(m_auditTrail);
    partsLayout->addWidget(m_auditTrailNote);

    m_path->setObjectName(QStringLiteral("path"));
    m_path->setClearButtonEnabled(true);
    auto* file = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(m_browse);
    // The label's mnemonic and a screen reader both reach the path through the row's widget.
    file->setFocusProxy(m_path);
    m_path->setAccessibleName(tr("File"));

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();

    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("Profile:"), profileBox);
    m_form->addRow(tr("&Paper:"), m_paper);
    m_form->addRow(tr("Include:"), parts);
    m_form->addRow(tr("F&ile:"), file);
    // Tab follows the form: the profile buttons are made after the fields below them.
    QWidget* previous = m_format;
    for (QAbstractButton* button : m_profiles->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    for (QWidget* next : {static_cast<QWidget*>(m_paper), static_cast<QWidget*>(m_fullTimeline),
                          static_cast<QWidget*>(m_auditTrail), static_cast<QWidget*>(m_path),
                          static_cast<QWidget*>(m_browse)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    if (mode == Mode::Print) {
        // The printer dialog chooses the paper; nothing is written to a file.
        m_form->setRowVisible(m_format, false);
        m_form->setRowVisible(m_paper, false);
        m_form->setRowVisible(file, false);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    } else {
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    }
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Print) {
        auto* intro = new QLabel(tr("Choose what the printed report contains; the printer and "
                                    "the paper come next."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        layout->addSpacing(intro->fontMetrics().height() / 2);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::formatChanged);
    connect(m_profiles, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            profileChanged();
    });
    connect(m_auditTrail, &QCheckBox::toggled, this, [this](bool on) {
        if (m_auditTrail->isEnabled())
            m_auditTrailWanted = on;
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathIsDefault = false;
        updateState();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        // A long path shows its end (the file name); the whole of it is one hover away.
        m_path->setToolTip(QDir::toNativeSeparators(path()));
        updateState();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportReportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportReportDialog::reject);

    m_path->setText(defaultPath());
    profileChanged();
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    // The wrapped explanations make the plain size hint too tall at this width.
    resize(minimumWidth(), layout->hasHeightForWidth() ? layout->totalHeightForWidth(minimumWidth())
                                                       : sizeHint().height());
}

// Settings ----------------------------------------------------------------------------

void ExportReportDialog::restoreChoices(const QSettings& settings) {
    if (const auto format = reportFormatFromName(settings.value(kFormatKey).toString()))
        setFormat(*format);
    if (const auto profile = reportProfileFromName(settings.value(kProfileKey).toString()))
        setProfile(*profile);
    const QString paper = settings.value(kPaperKey).toString();
    if (paper == u"a4")
        setPaper(QPageSize::A4);
    else if (paper == u"letter")
        setPaper(QPageSize::Letter);
    setFullTimeline(settings.value(kFullTimelineKey, false).toBool());
    setAuditTrail(settings.value(kAuditTrailKey, false).toBool());
    const QString directory = settings.value(kDirectoryKey).toString();
    if (!directory.isEmpty() && QFileInfo(directory).isDir())
        setDirectory(directory);
}

void ExportReportDialog::saveChoices(QSettings& settings) const {
    settings.setValue(kFormatKey, formatName(format()));
    settings.setValue(kProfileKey, reportProfileName(profile()));
    settings.setValue(kPaperKey, paper() == QPageSize::Letter ? QStringLiteral("letter")
                                                              : QStringLiteral("a4"));
    settings.setValue(kFullTimelineKey, fullTimeline());
    settings.setValue(kAuditTrailKey, m_auditTrailWanted);
    if (!path().isEmpty())
        settings.setValue(kDirectoryKey, QFileInfo(path()).absolutePath());
}

// Choices -----------------------------------------------------------------------------

ReportFormat ExportReportDialog::format() const {
    return ReportFormat(m_format->currentData().toInt());
}

ReportProfile ExportReportDialog::profile() const {
    return ReportProfile(m_profiles->checkedId());
}

QPageSize::PageSizeId ExportReportDialog::paper() const {
    return QPageSize::PageSizeId(m_paper->currentData().toInt());
}

bool ExportReportDialog::fullTimeline() const {
    return m_fullTimeline->isChecked();
}

bool ExportReportDialog::auditTrail() const {
    return profile() == ReportProfile::Full && m_auditTrail->isChecked();
}

ReportOptions ExportReportDialog::options() const {
    ReportOptions options;
    options.profile = profile();
    options.fullTimeline = fullTimeline();
    options.auditTrail = auditTrail();
    return options;
}

QString ExportReportDialog::path() const {
    const QString typed = m_path->text().trimmed();
    if (typed.isEmpty())
        return {};
    // A bare name goes to the chosen directory, not to wherever the app was started.
    const QString absolute =
        QFileInfo(typed).isAbsolute() ? typed : QDir(m_directory).filePath(typed);
    return withSuffix(QDir::cleanPath(absolute), format());
}

ExportRequest ExportReportDialog::request(const QString& postmortemId) const {
    ExportRequest request;
    request.postmortemId = postmortemId;
    request.format = format();
    request.path = path();
    request.paper = paper();
    request.options = options();
    return request;
}

void ExportReportDialog::setPostmortemTitle(const QString& title) {
    m_title = title;
    if (m_pathIsDefault)
        m_path->setText(defaultPath());
}

void ExportReportDialog::setDirectory(const QString& directory) {
    m_directory = directory;
    if (m_pathIsDefault)
        m_path->setText(defaultPath());
}

void ExportReportDialog::setFormat(ReportFormat format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportReportDialog::setProfile(ReportProfile profile) {
    if (QRadioButton* button = m_profileButtons.value(profile))
        button->setChecked(true);
}

void ExportReportDialog::setPaper(QPageSize::PageSizeId paper) {
    const int index = m_paper->findData(int(paper));
    if (index >= 0)
        m_paper->setCurrentIndex(index);
}

void ExportReportDialog::setFullTimeline(bool on) {
    m_fullTimeline->setChecked(on);
}

void ExportReportDialog::setAuditTrail(bool on) {
    m_auditTrailWanted = on;
    if (m_auditTrail->isEnabled())
        m_auditTrail->setChecked(on);
}

void ExportReportDialog::setPath(const QString& path) {
    m_pathIsDefault = false;
    m_path->setText(path);
}

void ExportReportDialog::setAcceptText(const QString& text) {
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QPushButton* ExportReportDialog::acceptButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

// Static helpers ----------------------------------------------------------------------

QPageSize::PageSizeId ExportReportDialog::defaultPaper(const QLocale& locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString ExportReportDialog::defaultFileName(const QString& title, ReportProfile profile,
                                            ReportFormat format) {
    QString base = title.simplified();
    // Characters Windows, macOS or Linux refuse (or treat as paths) in a file name.
    for (QChar& c : base) {
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    base = base.left(100).trimmed();
    if (base.isEmpty())
        base = tr("Postmortem");
    return tr("%1 (%2)").arg(base, reportProfileName(profile)) + u'.' + reportFormatSuffix(format);
}

QString ExportReportDialog::profileExplanation(ReportProfile profile) {
    switch (profile) {
    case ReportProfile::Full:
        return tr("Everything, for the analysis team and auditors.");
    case ReportProfile::Internal:
        return tr("Leaves out what is marked confidential or restricted.");
    case ReportProfile::External:
        return tr("Also leaves out what is marked internal, names (roles instead), evidence, "
                  "ticket references and the audit trail.");
    }
    return {};
}

// Behaviour ---------------------------------------------------------------------------

QString ExportReportDialog::defaultPath() const {
    return QDir::toNativeSeparators(
        QDir(m_directory).filePath(defaultFileName(m_title, profile(), format())));
}

void ExportReportDialog::chooseFile() {
    const QString start = path().isEmpty() ? defaultPath() : path();
    QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Report As"), start, fileFilter(format()));
    if (chosen.isEmpty())
        return;
    m_pathIsDefault = false;
    m_path->setText(QDir::toNativeSeparators(withSuffix(chosen, format())));
    m_confirmedPath = path();
    m_directory = QFileInfo(chosen).absolutePath();
}

void ExportReportDialog::formatChanged() {
    if (m_pathIsDefault)
        m_path->setText(defaultPath());
    else if (!m_path->text().trimmed().isEmpty())
        m_path->setText(QDir::toNativeSeparators(path()));
    updateState();
}

void ExportReportDialog::profileChanged() {
    // The audit trail names everyone who changed the record: Full only (ReportBuilder
    // refuses it elsewhere). The box keeps what the user wanted for when Full comes back.
    const bool full = profile() == ReportProfile::Full;
    {
        const QSignalBlocker blocker(m_auditTrail);
        m_auditTrail->setEnabled(full);
        m_auditTrail->setChecked(full && m_auditTrailWanted);
    }
    m_auditTrailNote->setText(
        full ? tr("Every change to the record: who, when, old and new value.")
             : tr("Only in the Full report: it names everyone who changed the record."));
    // A longer note (or a translation) may wrap onto another line: grow rather than clip.
    if (layout() && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
    if (m_pathIsDefault)
        m_path->setText(defaultPath());
    updateState();
}

void ExportReportDialog::updateState() {
    const bool pdf = format() == ReportFormat::Pdf;
    m_paper->setEnabled(pdf);
    m_paper->setToolTip(pdf ? QString() : tr("HTML and Markdown have no pages."));
    const bool ready = m_mode == Mode::Print || !m_path->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_problem->hide();
}

void ExportReportDialog::accept() {
    if (m_mode == Mode::Export) {
        const QFileInfo target(path());
        QString problem;
        if (target.fileName().isEmpty() || target.isDir())
            problem = tr("Choose a file name for the report.");
        else if (!target.absoluteDir().exists())
            problem = tr("The folder %1 does not exist.")
                          .arg(QDir::toNativeSeparators(target.absolutePath()));
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->show();
            return;
        }
        // The Save dialog asked already; a typed or default name has not been confirmed.
        if (target.exists() && path() != m_confirmedPath &&
            QMessageBox::question(this, tr("Replace File?"),
                                  tr("%1 already exists. Replace it?")
                                      .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace causeway
