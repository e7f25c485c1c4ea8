#include "timeline/ImportDialog.h"

#include "common/DisplayTimeZone.h"
#include "editing/PostmortemDocument.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"
#include "timeline/import/CsvImporter.h"
#include "timeline/import/Importer.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace causeway {

using timeline::ImportFormat;

namespace {

constexpr qint64 kPreviewBytes = 256 * 1024;

QString formatName(ImportFormat format) {
    switch (format) {
    case ImportFormat::Auto:
        return ImportDialog::tr("Detect");
    case ImportFormat::Csv:
        return ImportDialog::tr("CSV");
    case ImportFormat::JsonLines:
        return ImportDialog::tr("JSON Lines log");
    case ImportFormat::Slack:
        return ImportDialog::tr("Slack export");
    case ImportFormat::Syslog:
        return ImportDialog::tr("syslog");
    case ImportFormat::Notes:
        return ImportDialog::tr("Meeting notes");
    }
    return {};
}

QString contextName(ImportFormat format) {
    switch (format) {
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::JsonLines:
        return QStringLiteral("jsonl");
    case ImportFormat::Slack:
        return QStringLiteral("slack");
    case ImportFormat::Syslog:
        return QStringLiteral("syslog");
    case ImportFormat::Notes:
        return QStringLiteral("notes");
    case ImportFormat::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QByteArray readHead(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(kPreviewBytes);
    // Cut at the last complete line, so the preview never reports a half line as unreadable.
    if (!file.atEnd()) {
        const qsizetype nl = head.lastIndexOf('\n');
        if (nl > 0)
            head.truncate(nl + 1);
    }
    return head;
}

} // namespace

ImportDialog::ImportDialog(Store* store, PostmortemDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_doc(document)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_mappingBox(new QGroupBox(tr("CSV columns"), this))
    , m_table(new QTableWidget(this))
    , m_problems(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Timeline"));

    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("A CSV, JSON Lines, syslog or notes file, or a Slack export"));
    auto* fileButton = new QPushButton(tr("&File…"), this);
    auto* folderButton = new QPushButton(tr("F&older…"), this);
    folderButton->setToolTip(tr("A Slack export's channel folder"));
    connect(fileButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(folderButton, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::onPathChanged);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(fileButton);
    pathRow->addWidget(folderButton);

    for (const ImportFormat f : {ImportFormat::Auto, ImportFormat::Csv, ImportFormat::JsonLines,
                                 ImportFormat::Slack, ImportFormat::Syslog, ImportFormat::Notes})
        m_format->addItem(formatName(f), int(f));
    m_format->setAccessibleName(tr("Format"));
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);

    m_zone->addItems(timeZoneIds());
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone of times without a zone"));
    const QString pmZone =
        m_doc ? m_doc->value(m_doc->id(), Field::TimeZone).toString() : QString();
    setZone(pmZone.isEmpty() ? QString::fromUtf8(displayTimeZone().id()) : pmZone);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Input:"), m_path), pathRow);
    form->addRow(label(tr("For&mat:"), m_format), formatRow);
    form->addRow(label(tr("&Zone of zone-less times:"), m_zone), m_zone);

    const QStringList roleNames{tr("Time"), tr("End"),    tr("Text"),
                                tr("Kind"), tr("Source"), tr("Actor")};
    auto* mappingForm = new QFormLayout(m_mappingBox);
    mappingForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString& role : roleNames) {
        auto* combo = new QComboBox(m_mappingBox);
        combo->setAccessibleName(tr("Column of %1").arg(role));
        mappingForm->addRow(tr("%1:").arg(role), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refreshPreview();
        });
        m_roles.append(combo);
    }
    m_mappingBox->hide();

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Kind"), tr("Source"), tr("Actor"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Preview of the imported events"));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Unreadable lines"));
    m_problems->setPlaceholderText(tr("No unreadable lines."));
    m_status->setWordWrap(true);

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            refreshMapping();
            refreshPreview();
        }
    });
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            refreshPreview();
    });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mappingBox);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(130 * em, 46 * fontMetrics().height());
}

void ImportDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Timeline"), m_path->text(),
                                     tr("Timelines (*.csv *.tsv *.txt *.log *.json *.jsonl "
                                        "*.ndjson *.zip *.md);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ImportDialog::chooseFolder() {
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Slack Export Folder"), m_path->text());
    if (!path.isEmpty())
        setPath(path);
}

void ImportDialog::setPath(const QString& path) {
    m_path->setText(path);
    onPathChanged();
}

QString ImportDialog::path() const {
    return m_path->text().trimmed();
}

void ImportDialog::setFormat(ImportFormat format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ImportFormat ImportDialog::format() const {
    const auto chosen = ImportFormat(m_format->currentData().toInt());
    if (chosen != ImportFormat::Auto)
        return chosen;
    const QFileInfo info(path());
    return timeline::detectFormat(path(), info.isDir() ? QByteArray() : readHead(path()));
}

void ImportDialog::setZone(const QString& ianaId) {
    const int i = m_zone->findText(ianaId);
    if (i >= 0)
        m_zone->setCurrentIndex(i);
    else
        m_zone->setCurrentText(ianaId);
}

void ImportDialog::onPathChanged() {
    const QFileInfo info(path());
    if (!info.exists()) {
        m_detected->clear();
        m_status->setText(path().isEmpty() ? QString() : tr("There is no file at %1.").arg(path()));
        m_import->setEnabled(false);
        return;
    }
    const ImportFormat detected =
        timeline::detectFormat(path(), info.isDir() ? QByteArray() : readHead(path()));
    m_detected->setText(detected == ImportFormat::Auto
                            ? tr("The format was not recognised; choose one.")
                            : tr("Detected: %1").arg(formatName(detected)));
    refreshMapping();
    refreshPreview();
}

timeline::ImportOptions ImportDialog::options() const {
    timeline::ImportOptions options;
    const QTimeZone zone(m_zone->currentText().toUtf8());
    options.zone = zone.isValid() ? zone : QTimeZone::utc();
    if (m_doc) {
        options.reference =
            parseCanonicalTime(m_doc->value(m_doc->id(), Field::IncidentStart).toString());
    }
    if (!options.reference.isValid())
        options.reference = QDateTime::currentDateTimeUtc();
    if (format() == ImportFormat::Csv && !m_csvHead.isEmpty() && m_roles.size() == 6) {
        timeline::CsvMapping mapping = timeline::guessMapping(m_csvHead);
        mapping.delimiter = timeline::detectCsvDelimiter(readHead(path()));
        int* fields[] = {&mapping.time, &mapping.end,    &mapping.text,
                         &mapping.kind, &mapping.source, &mapping.actor};
        for (int i = 0; i < 6; ++i)
            *fields[i] = m_roles[i]->currentData().toInt();
        options.csvMapping = mapping;
    }
    return options;
}

QString ImportDialog::headerSignature() const {
    if (m_csvHead.isEmpty())
        return {};
    const QByteArray joined = m_csvHead.first().join(u'\x1f').toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex());
}

void ImportDialog::refreshMapping() {
    m_csvHead.clear();
    const bool csv = format() == ImportFormat::Csv;
    m_mappingBox->setVisible(csv);
    if (!csv)
        return;
    const QByteArray head = readHead(path());
    m_csvHead = timeline::parseCsv(head, timeline::detectCsvDelimiter(head), 20);
    if (m_csvHead.isEmpty())
        return;
    const timeline::CsvMapping guess = timeline::guessMapping(m_csvHead);
    const QStringList& first = m_csvHead.first();
    QList<int> chosen{guess.time, guess.end, guess.text, guess.kind, guess.source, guess.actor};
    // A mapping the user chose for the same header before wins over the guess.
    const QVariant remembered =
        QSettings().value(QStringLiteral("import/csvMapping/") + headerSignature());
    if (remembered.isValid()) {
        const QStringList values = remembered.toStringList();
        if (values.size() == 6) {
            for (int i = 0; i < 6; ++i)
                chosen[i] = values[i].toInt();
        }
    }
    m_updating = true;
    for (int r = 0; r < m_roles.size(); ++r) {
        QComboBox* combo = m_roles[r];
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < first.size(); ++c) {
            const QString name = guess.hasHeader ? first[c] : tr("Column %1").arg(c + 1);
            const QString sample =
                m_csvHead.size() > 1 && c < m_csvHead[1].size() ? m_csvHead[1][c] : QString();
            combo->addItem(sample.isEmpty() || !guess.hasHeader
                               ? name
                               : tr("%1 (e.g. %2)").arg(name, sample.left(30)),
                           c);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen[r])));
    }
    m_updating = false;
}

void ImportDialog::rememberMapping() const {
    if (m_csvHead.isEmpty() || format() != ImportFormat::Csv)
        return;
    QStringList values;
    for (const QComboBox* combo : m_roles)
        values.append(QString::number(combo->currentData().toInt()));
    QSettings().setValue(QStringLiteral("import/csvMapping/") + headerSignature(), values);
}

void ImportDialog::refreshPreview() {
    const QFileInfo info(path());
    m_preview = {};
    m_table->setRowCount(0);
    m_problems->clear();
    m_import->setEnabled(false);
    if (!info.exists())
        return;
    const ImportFormat f = format();
    if (f == ImportFormat::Auto) {
        m_status->setText(tr("Choose the format of this file."));
        return;
    }
    const timeline::ImportOptions opts = options();
    m_preview = info.isDir() || f == ImportFormat::Slack
                    ? timeline::importFile(path(), f, opts)
                    : timeline::importBytes(readHead(path()), f, opts);
    if (!m_preview.error.isEmpty()) {
        m_status->setText(m_preview.error);
        return;
    }
    const QTimeZone zone = opts.zone;
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_preview.events.size()));
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const timeline::ImportedEvent& e = m_preview.events.at(r);
        const QStringList cells{formatDateTime(e.time, zone), EventVocabulary::kindName(e.kind),
                                EventVocabulary::sourceName(e.source), e.actor, e.text};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    QStringList problems;
    for (const timeline::ImportProblem& p : std::as_const(m_preview.problems))
        problems.append(p.line > 0 && !p.reason.startsWith(u"line", Qt::CaseInsensitive)
                            ? tr("Line %1: %2").arg(p.line).arg(p.reason)
                            : p.reason);
    m_problems->setPlainText(problems.join(u'\n'));
    const bool partial = !info.isDir() && f != ImportFormat::Slack && info.size() > kPreviewBytes;
    m_status->setText(
        partial ? tr("Preview of the beginning of the file: %n event(s) read so "
                     "far, %1 unreadable.",
                     "", int(m_preview.events.size()))
                      .arg(m_preview.problems.size())
                : tr("%n event(s) to import, %1 unreadable.", "", int(m_preview.events.size()))
                      .arg(m_preview.problems.size()));
    m_import->setEnabled(!m_preview.events.isEmpty() && m_store && m_doc && !m_doc->isReadOnly());
}

bool ImportDialog::runImport(bool showProgress) {
    m_summary.clear();
    if (!m_store || !m_doc) {
        m_summary = tr("No postmortem is open.");
        return false;
    }
    std::unique_ptr<QProgressDialog> progress;
    if (showProgress) {
        progress = std::make_unique<QProgressDialog>(tr("Importing…"), tr("Cancel"), 0, 100, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    // Reading is the first half of the bar, writing the second.
    const auto report = [&progress](int percent) {
        if (!progress)
            return true;
        progress->setValue(percent);
        return !progress->wasCanceled();
    };
    timeline::ImportOptions opts = options();
    opts.progress = [&report](int percent) {
        return report(percent / 2);
    };
    const ImportFormat f = format();
    const timeline::ImportResult result = timeline::importFile(path(), f, opts);
    if (result.cancelled) {
        m_summary = tr("Import cancelled; nothing was added.");
        return false;
    }
    if (!result.error.isEmpty()) {
        m_summary = result.error;
        return false;
    }
    QList<TimelineEvent> events;
    events.reserve(result.events.size());
    for (const timeline::ImportedEvent& e : result.events)
        events.append(TimelineEvent::fromImported(e));
    const QString context =
        QStringLiteral("import ") + contextName(f) + u' ' + QFileInfo(path()).fileName();
    const auto imported = m_store->importEvents(m_doc->id(), events, context,
                                                [&report](int p) { return report(50 + p / 2); });
    if (progress)
        progress->reset();
    if (!imported.ok()) {
        m_summary = tr("Nothing was imported: %1").arg(imported.error());
        return false;
    }
    const EventImportSummary& s = imported.value();
    if (s.cancelled) {
        m_summary = tr("Import cancelled; nothing was added.");
        return false;
    }
    m_doc->reloadChildren(Kind::Event, tr("Import %1").arg(QFileInfo(path()).fileName()));
    rememberMapping();
    QString unreadable = tr("unreadable %n", "", int(result.problems.size()));
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(5, result.problems.size()); ++i)
            lines.append(QString::number(result.problems[i].line));
        if (result.problems.size() > 5)
            lines.append(QStringLiteral("…"));
        unreadable += tr(" (lines %1: %2)")
                          .arg(lines.join(QStringLiteral(", ")), result.problems.first().reason);
    }
    m_summary = tr("Added %1, duplicates %2, %3.").arg(s.added).arg(s.duplicates).arg(unreadable);
    return true;
}

void ImportDialog::accept() {
    const bool ok = runImport(true);
    QMessageBox::information(this, tr("Import Timeline"), m_summary);
    if (ok)
        QDialog::accept();
}

} // namespace causeway
