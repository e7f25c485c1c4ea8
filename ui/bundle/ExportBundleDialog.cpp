#include "bundle/ExportBundleDialog.h"

#include "bundle/Age.h"
#include "bundle/BundleFormat.h"
#include "common/ProblemLabel.h"
#include "secrets/KeyStore.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace causeway {

namespace {

const QString kLastDirKey = QStringLiteral("bundle/lastDirectory");
const QString kPeersKey = QStringLiteral("bundle/peers");
constexpr int kMaxRememberedPeers = 20;

QLabel* noteLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString startDirectory() {
    const QString last = QSettings().value(kLastDirKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

ExportBundleDialog::ExportBundleDialog(Store& store, KeyStore* keys, const QString& selectedId,
                                       QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_keys(keys)
    , m_selectedId(selectedId) {
    setWindowTitle(tr("Export Bundle"));
    if (const auto summary = selectedId.isEmpty() ? std::nullopt : store.summary(selectedId))
        m_selectedTitle = summary->title.isEmpty() ? tr("(untitled)") : summary->title;

    // What goes in.
    auto* what = new QGroupBox(tr("Postmortems"), this);
    m_selected = new QRadioButton(m_selectedId.isEmpty()
                                      ? tr("The &selected postmortem (none is selected)")
                                      : tr("The &selected postmortem: “%1”").arg(m_selectedTitle),
                                  what);
    m_selected->setEnabled(!m_selectedId.isEmpty());
    const int total = int(store.countPostmortems(ListScope::All));
    m_all = new QRadioButton(tr("&All postmortems (%n)", nullptr, total), what);
    m_since = new QRadioButton(tr("&Changes since the last bundle for:"), what);
    m_peer = new QComboBox(what);
    m_peer->setEditable(true);
    m_peer->setInsertPolicy(QComboBox::NoInsert);
    m_peer->addItems(QSettings().value(kPeersKey).toStringList());
    m_peer->setCurrentIndex(-1);
    m_peer->lineEdit()->setPlaceholderText(tr("e.g. laptop-ann"));
    m_peer->setAccessibleName(tr("Peer"));
    auto* sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_peer, 1);
    // A form, like the other groups: it gives the wrapped note the height it needs.
    auto* whatLayout = new QFormLayout(what);
    whatLayout->addRow(m_selected);
    whatLayout->addRow(m_all);
    whatLayout->addRow(sinceRow);
    whatLayout->addRow(noteLabel(tr("The first bundle for a peer holds everything; each later "
                                    "one only what changed since the one before."),
                                 what));
    (m_selectedId.isEmpty() ? m_all : m_selected)->setChecked(true);

    // Who signs.
    auto* signature = new QGroupBox(tr("Signature"), this);
    const std::optional<SigningProfile> profile = SigningProfiles::current();
    if (!profile)
        m_signingProblem = tr("There is no signing profile on this machine; create one in the "
                              "Review tab to sign bundles.");
    else if (!m_keys)
        m_signingProblem = noKeychainMessage(tr("none was found"));
    else if (const Status available = m_keys->checkAvailable(); !available)
        m_signingProblem = available.error();
    m_sign = new QCheckBox(
        profile ? tr("Si&gn as %1, key %2").arg(profile->displayName(), profile->keyId)
                : tr("Si&gn"),
        signature);
    m_sign->setChecked(m_signingProblem.isEmpty());
    m_sign->setEnabled(m_signingProblem.isEmpty());
    m_signPassphrase = new QLineEdit(signature);
    m_signPassphrase->setEchoMode(QLineEdit::Password);
    m_signPassphrase->setPlaceholderText(tr("The passphrase of your signing profile"));
    m_signPassphrase->setAccessibleName(tr("Signing passphrase"));
    m_signNote = new QLabel(signature);
    m_signNote->setWordWrap(true);
    auto* signForm = new QFormLayout(signature);
    signForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    signForm->addRow(m_sign);
    signForm->addRow(tr("Passp&hrase:"), m_signPassphrase);
    signForm->addRow(m_signNote);

    // Who can read it.
    auto* encryptionBox = new QGroupBox(tr("Encryption"), this);
    m_encryptionGroup = new QButtonGroup(this);
    m_encryptNone = new QRadioButton(tr("&Not encrypted"), encryptionBox);
    m_encryptPassphrase = new QRadioButton(tr("&With a passphrase"), encryptionBox);
    m_encryptRecipients = new QRadioButton(tr("For age &recipients"), encryptionBox);
    m_encryptionGroup->addButton(m_encryptNone);
    m_encryptionGroup->addButton(m_encryptPassphrase);
    m_encryptionGroup->addButton(m_encryptRecipients);
    m_encryptNone->setChecked(true);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_encryptNone);
    choices->addWidget(m_encryptPassphrase);
    choices->addWidget(m_encryptRecipients);
    choices->addStretch(1);
    m_passphrase = new QLineEdit(encryptionBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Encryption passphrase"));
    m_passphraseAgain = new QLineEdit(encryptionBox);
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    m_passphraseAgain->setAccessibleName(tr("Encryption passphrase, repeated"));
    m_recipients = new QPlainTextEdit(encryptionBox);
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setPlaceholderText(tr("age1… one recipient per line"));
    m_recipients->setTabChangesFocus(true);
    // One recipient per line, as typed: a wrapped key would read as two.
    m_recipients->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A few lines are enough for a handful of recipients; the dialog stays compact.
    m_recipients->setMaximumHeight(m_recipients->fontMetrics().lineSpacing() * 6);
    auto* encryptionForm = new QFormLayout(encryptionBox);
    encryptionForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    encryptionForm->addRow(choices);
    encryptionForm->addRow(tr("Pass&phrase:"), m_passphrase);
    encryptionForm->addRow(tr("Rep&eat:"), m_passphraseAgain);
    encryptionForm->addRow(tr("Rec&ipients:"), m_recipients);
    const auto showEncryptionRows = [this, encryptionForm] {
        const Encryption e = encryption();
        encryptionForm->setRowVisible(m_passphrase, e == Encryption::Passphrase);
        encryptionForm->setRowVisible(m_passphraseAgain, e == Encryption::Passphrase);
        encryptionForm->setRowVisible(m_recipients, e == Encryption::Recipients);
    };

    // Where.
    m_output = new QLineEdit(this);
    m_output->setAccessibleName(tr("Bundle file"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseButton);
    auto* outputForm = new QFormLayout;
    outputForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* outputLabel = new QLabel(tr("&File:"), this);
    outputLabel->setBuddy(m_output);
    outputForm->addRow(outputLabel, outputRow);

    m_problem = new QLabel(this);
    makeProblemLabel(m_problem);
    m_problem->show(); // this one keeps its place, empty until there is a problem

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("Export"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(signature);
    layout->addWidget(encryptionBox);
    layout->addLayout(outputForm);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QRadioButton* radio : {m_selected, m_all, m_since})
        connect(radio, &QRadioButton::toggled, this, [this] {
            updateDefaultOutput();
            updateState();
        });
    connect(m_peer, &QComboBox::currentTextChanged, this, [this] {
        if (!m_peer->currentText().isEmpty() && !m_since->isChecked())
            m_since->setChecked(true);
        updateState();
    });
    connect(m_sign, &QCheckBox::toggled, this, &ExportBundleDialog::updateState);
    connect(m_signPassphrase, &QLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_encryptionGroup, &QButtonGroup::buttonToggled, this, [this, showEncryptionRows] {
        showEncryptionRows();
        updateState();
        fitHeight();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_passphraseAgain, &QLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(m_output, &QLineEdit::textEdited, this, [this] {
        m_outputEdited = true;
        updateState();
    });
    connect(m_output, &QLineEdit::textChanged, this, &ExportBundleDialog::updateState);
    connect(browseButton, &QPushButton::clicked, this, &ExportBundleDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportBundleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showEncryptionRows();
    updateDefaultOutput();
    updateState();
    // Wide enough for an age recipient (62 characters) on one line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    resize(minimumWidth(), height());
    fitHeight();
    if (m_sign->isChecked())
        m_signPassphrase->setFocus();
}

QString ExportBundleDialog::defaultFileName(const QString& title, const QDate& date) {
    // Characters no file system accepts, and whitespace runs, become single hyphens.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\s]+"));
    QString base = title.simplified();
    base.replace(unsafe, QStringLiteral("-"));
    base = base.left(60);
    while (base.startsWith(u'-') || base.startsWith(u'.'))
        base.remove(0, 1);
    while (base.endsWith(u'-') || base.endsWith(u'.'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("postmortems");
    return base + u'-' + date.toString(Qt::ISODate) + u'.' + Bundle::kFileSuffix;
}

ExportBundleDialog::Scope ExportBundleDialog::scope() const {
    if (m_since->isChecked())
        return Scope::SincePeer;
    return m_all->isChecked() ? Scope::All : Scope::Selected;
}

ExportBundleDialog::Encryption ExportBundleDialog::encryption() const {
    if (m_encryptPassphrase->isChecked())
        return Encryption::Passphrase;
    return m_encryptRecipients->isChecked() ? Encryption::Recipients : Encryption::None;
}

void ExportBundleDialog::setScope(Scope scope) {
    (scope == Scope::Selected ? m_selected
     : scope == Scope::All    ? m_all
                              : m_since)
        ->setChecked(true);
}

void ExportBundleDialog::setPeer(const QString& peer) {
    m_peer->setCurrentText(peer);
}

void ExportBundleDialog::setSigned(bool sign) {
    m_sign->setChecked(sign && canSign());
}

void ExportBundleDialog::setSigningPassphrase(const QString& passphrase) {
    m_signPassphrase->setText(passphrase);
}

void ExportBundleDialog::setEncryption(Encryption encryption) {
    (encryption == Encryption::None         ? m_encryptNone
     : encryption == Encryption::Passphrase ? m_encryptPassphrase
                                            : m_encryptRecipients)
        ->setChecked(true);
}

void ExportBundleDialog::setEncryptionPassphrase(const QString& passphrase,
                                                 const QString& repeated) {
    m_passphrase->setText(passphrase);
    m_passphraseAgain->setText(repeated);
}

void ExportBundleDialog::setRecipients(const QString& onePerLine) {
    m_recipients->setPlainText(onePerLine);
}

void ExportBundleDialog::setOutputPath(const QString& path) {
    m_outputEdited = true;
    m_output->setText(QDir::toNativeSeparators(path));
}

QString ExportBundleDialog::outputPath() const {
    return QDir::fromNativeSeparators(m_output->text().trimmed());
}

QString ExportBundleDialog::problem() const {
    return m_problem->text();
}

QPushButton* ExportBundleDialog::exportButton() const {
    return m_export;
}

void ExportBundleDialog::fitHeight() {
    // Wrapped notes need more height the narrower the dialog is, which the layout's minimum
    // size does not say: grow to what the width needs when rows appear.
    QLayout* box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ExportBundleDialog::updateDefaultOutput() {
    if (m_outputEdited)
        return;
    const QString dir =
        outputPath().isEmpty() ? startDirectory() : QFileInfo(outputPath()).absolutePath();
    const QString title = scope() == Scope::Selected ? m_selectedTitle : QString();
    m_output->setText(
        QDir::toNativeSeparators(QDir(dir).filePath(defaultFileName(title, QDate::currentDate()))));
}

void ExportBundleDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Bundle"), outputPath(),
        tr("Causeway bundles (*.%1);;All files (*)").arg(Bundle::kFileSuffix));
    if (path.isEmpty())
        return;
    setOutputPath(path);
}

QString ExportBundleDialog::recipientsProblem(QStringList* recipients) const {
    const QStringList lines = m_recipients->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (const Status ok = Age::checkRecipient(line); !ok)
            return tr("Recipient on line %1: %2").arg(i + 1).arg(ok.error());
        if (recipients)
            recipients->append(line);
    }
    return {};
}

void ExportBundleDialog::updateState() {
    const bool sign = m_sign->isChecked();
    m_signPassphrase->setEnabled(sign);
    if (!m_signingProblem.isEmpty())
        m_signNote->setText(m_signingProblem + u' ' +
                            tr("The bundle will be unsigned: whoever imports it must confirm "
                               "that they trust where it came from."));
    else if (!sign)
        m_signNote->setText(tr("Unsigned: whoever imports it must confirm that they trust where "
                               "it came from."));
    else
        m_signNote->setText(tr("The signature shows who made the bundle and that nothing in it "
                               "was changed since."));
    m_signNote->setForegroundRole(sign ? QPalette::PlaceholderText : QPalette::WindowText);

    // Real mistakes are named; a form that is only incomplete just keeps Export disabled.
    QString problem;
    bool complete = true;
    switch (scope()) {
    case Scope::Selected:
        complete = !m_selectedId.isEmpty();
        break;
    case Scope::All:
        break;
    case Scope::SincePeer:
        complete = !m_peer->currentText().trimmed().isEmpty();
        break;
    }
    if (sign && m_signPassphrase->text().isEmpty())
        complete = false;
    switch (encryption()) {
    case Encryption::None:
        break;
    case Encryption::Passphrase:
        if (m_passphrase->text().isEmpty() || m_passphraseAgain->text().isEmpty())
            complete = false;
        else if (m_passphrase->text() != m_passphraseAgain->text())
            problem = tr("The two encryption passphrases differ.");
        break;
    case Encryption::Recipients: {
        QStringList recipients;
        problem = recipientsProblem(&recipients);
        if (recipients.isEmpty())
            complete = false;
        break;
    }
    }
    const QString path = outputPath();
    if (path.isEmpty())
        complete = false;
    else if (problem.isEmpty() && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_export->setEnabled(complete && problem.isEmpty());
}

void ExportBundleDialog::accept() {
    updateState();
    if (!m_export->isEnabled())
        return;
    const QString path = outputPath();
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, tr("Replace File?"),
                              tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;

    Bundle::ExportRequest request;
    switch (scope()) {
    case Scope::Selected:
        request.postmortemIds = {m_selectedId};
        break;
    case Scope::All:
        request.all = true;
        break;
    case Scope::SincePeer:
        request.sincePeer = m_peer->currentText().trimmed();
        break;
    }
    const auto fail = [this](const QString& message) {
        m_problem->setText(message);
        m_problem->setVisible(true);
    };
    if (m_sign->isChecked()) {
        const std::optional<SigningProfile> profile = SigningProfiles::current();
        if (!profile || !m_keys)
            return fail(m_signingProblem);
        auto secret = SigningProfiles::openSecretKey(
            *m_keys, *profile, sodium::Passphrase::fromString(m_signPassphrase->text()));
        if (!secret) {
            m_signPassphrase->selectAll();
            m_signPassphrase->setFocus();
            return fail(secret.error());
        }
        Bundle::Signer signer;
        signer.name = profile->name;
        signer.role = profile->role;
        signer.publicKey = profile->publicKey;
        signer.secretKey = std::shared_ptr<sodium::SecretBytes>(std::move(secret).value());
        request.signer = std::move(signer);
    }
    if (encryption() == Encryption::Passphrase)
        request.passphrase = sodium::Passphrase::fromString(m_passphrase->text());
    else if (encryption() == Encryption::Recipients)
        recipientsProblem(&request.recipients);
    request.scryptLogN = m_scryptLogN;
    request.outputPath = path;

    QProgressDialog progress(tr("Exporting the bundle…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Export Bundle"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    request.progress = [&progress](int percent, const QString& step) {
        progress.setLabelText(step);
        progress.setValue(percent);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const Result<Bundle::ExportResult> exported = Bundle::exportBundle(m_store, request);
    progress.close();
    if (!exported)
        return fail(exported.error());
    m_result = exported.value();

    QSettings settings;
    settings.setValue(kLastDirKey, QFileInfo(path).absolutePath());
    if (!request.sincePeer.isEmpty()) {
        QStringList peers = settings.value(kPeersKey).toStringList();
        peers.removeAll(request.sincePeer);
        peers.prepend(request.sincePeer);
        settings.setValue(kPeersKey, peers.mid(0, kMaxRememberedPeers));
    }
    QDialog::accept();
}

} // namespace causeway
