#include "bundle/ImportBundleDialog.h"

#include "bundle/BundlePreviewModel.h"
#include "review/SignatureListModel.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace causeway {

namespace {

QLabel* wrapped(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ImportBundleDialog::ImportBundleDialog(Store& store, Bundle::OpenedBundle bundle,
                                       const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_bundle(std::move(bundle))
    , m_model(new BundlePreviewModel(this))
    , m_table(new QTableView(this))
    , m_signer(wrapped(this))
    , m_trustNote(wrapped(this))
    , m_trust(new QCheckBox(this))
    , m_totals(wrapped(this))
    , m_problem(wrapped(this))
    , m_result(wrapped(this)) {
    setWindowTitle(tr("Import Bundle"));
    m_needsTrust = !Bundle::signerIsTrusted(m_store, m_bundle);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* file = wrapped(this);
    file->setText(fileName);
    form->addRow(tr("File:"), file);
    if (m_bundle.hasManifest) {
        auto* created = wrapped(this);
        const QString when =
            QLocale().toString(m_bundle.manifest.createdAt.toLocalTime(), QLocale::ShortFormat);
        created->setText(m_bundle.manifest.creator.device.isEmpty()
                             ? when
                             : tr("%1 on device %2").arg(when, m_bundle.manifest.creator.device));
        form->addRow(tr("Created:"), created);
    }
    m_signer->setObjectName(QStringLiteral("signer"));
    if (!m_bundle.signedBundle)
        m_signer->setText(tr("Not signed"));
    else
        m_signer->setText(m_needsTrust ? tr("%1 — not trusted yet").arg(m_bundle.signerLabel())
                                       : tr("%1 — trusted").arg(m_bundle.signerLabel()));
    form->addRow(tr("Signed by:"), m_signer);
    if (m_bundle.encrypted) {
        auto* encrypted = wrapped(this);
        encrypted->setText(tr("Yes; decrypted for this import only"));
        form->addRow(tr("Encrypted:"), encrypted);
    }

    // Trust: a key seen for the first time, or no signature at all.
    if (!m_bundle.signedBundle) {
        m_trustNote->setText(tr("Nobody signed this bundle, so where it came from cannot be "
                                "checked: anyone could have made or changed it."));
        m_trust->setText(tr("I &trust where this unsigned bundle came from"));
    } else {
        m_trustNote->setText(tr("This key has not signed a bundle imported here before. Check "
                                "the key id with its owner (in person or by phone) before "
                                "trusting it; it is then remembered."));
        m_trust->setText(tr("I &trust this signer (key %1)").arg(m_bundle.manifest.creator.keyId));
    }
    m_trustNote->setVisible(m_needsTrust);
    m_trust->setVisible(m_needsTrust);
    QPalette warning = m_trustNote->palette();
    warning.setColor(QPalette::WindowText,
                     SignatureListModel::invalidColor(palette().color(QPalette::Window)));
    m_trustNote->setPalette(warning);
    m_problem->setPalette(warning);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();
    m_result->setObjectName(QStringLiteral("result"));
    m_result->hide();

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("What importing does"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BundlePreviewModel::TitleColumn,
                                                      QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_trustNote);
    layout->addWidget(m_trust);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_problem);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    // What it would do: the merge run and rolled back.
    const Result<BundleMergeSummary> preview =
        Bundle::apply(m_store, m_bundle, /*trust=*/true, /*dryRun=*/true);
    if (preview) {
        m_previewOk = true;
        m_model->setSummary(preview.value());
        QString totals = tr("%n postmortem(s), %1 new conflict(s), %2 attachment file(s) to add.",
                            nullptr, int(preview->postmortems.size()))
                             .arg(preview->conflicts)
                             .arg(preview->blobsAdded);
        if (preview->alreadyImported)
            totals += u' ' + tr("This bundle was imported before.");
        m_totals->setText(totals);
    } else {
        showProblem(preview.error());
    }

    connect(m_trust, &QCheckBox::toggled, this, &ImportBundleDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &ImportBundleDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, &ImportBundleDialog::reject);

    const int chars = fontMetrics().averageCharWidth();
    resize(chars * 96, fontMetrics().lineSpacing() * 28);
    updateState();
}

void ImportBundleDialog::reject() {
    // Closing after the import (Close, Escape, the window's button) reports it done.
    done(m_imported ? QDialog::Accepted : QDialog::Rejected);
}

void ImportBundleDialog::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ImportBundleDialog::updateState() {
    const bool trusted = !m_needsTrust || m_trust->isChecked();
    m_import->setEnabled(m_previewOk && trusted && !m_imported && !m_store.isReadOnly());
    if (m_store.isReadOnly() && m_previewOk)
        showProblem(tr("The database is open read-only: %1").arg(m_store.readOnlyReason()));
}

bool ImportBundleDialog::runImport() {
    if (!m_import->isEnabled())
        return false;
    const Result<BundleMergeSummary> done =
        Bundle::apply(m_store, m_bundle, m_needsTrust && m_trust->isChecked(), /*dryRun=*/false);
    if (!done) {
        showProblem(done.error());
        return false;
    }
    m_imported = done.value();
    m_model->setSummary(done.value());
    showProblem(QString());
    m_result->setText(describeResult(done.value()));
    m_result->show();
    m_trust->setEnabled(false);
    m_import->hide();
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    m_close->setFocus();
    updateState();
    return true;
}

QString ImportBundleDialog::describeResult(const BundleMergeSummary& summary) {
    if (summary.alreadyImported && !summary.changedAnything() && summary.conflicts == 0)
        return tr("This bundle was imported before; nothing changed.");
    int added = 0;
    int changed = 0;
    int deleted = 0;
    int newPostmortems = 0;
    for (const PostmortemMergeSummary& pm : summary.postmortems) {
        added += pm.recordsAdded;
        changed += pm.recordsChanged;
        deleted += pm.recordsDeleted;
        newPostmortems += pm.added ? 1 : 0;
    }
    QString text = newPostmortems > 0 ? tr("Imported %n postmortem(s), %1 of them new: ", nullptr,
                                           int(summary.postmortems.size()))
                                            .arg(newPostmortems)
                                      : tr("Imported %n postmortem(s): ", nullptr,
                                           int(summary.postmortems.size()));
    text += tr("%1 records added, %2 changed, %3 deleted.").arg(added).arg(changed).arg(deleted);
    if (summary.conflicts > 0)
        text += u' ' + tr("%n new conflict(s) to review in the Conflicts tab of the postmortem.",
                          nullptr, summary.conflicts);
    return text;
}

} // namespace causeway
