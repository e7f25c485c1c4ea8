#include "bundle/DecryptBundleDialog.h"

#include "bundle/Age.h"
#include "common/ProblemLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace causeway {

DecryptBundleDialog::DecryptBundleDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_usePassphrase(new QRadioButton(tr("&Passphrase:"), this))
    , m_useIdentity(new QRadioButton(tr("&Identity file:"), this))
    , m_passphrase(new QLineEdit(this))
    , m_identity(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Encrypted Bundle"));
    auto* intro = new QLabel(tr("“%1” is encrypted. Enter its passphrase, or choose the age "
                                "identity file with a key it was encrypted for.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_usePassphrase->setChecked(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_identity->setAccessibleName(tr("Identity file"));
    m_identity->setPlaceholderText(tr("a file with AGE-SECRET-KEY-1… lines"));
    makeProblemLabel(m_problem);

    auto* grid = new QGridLayout;
    grid->addWidget(m_usePassphrase, 0, 0);
    grid->addWidget(m_passphrase, 0, 1, 1, 2);
    grid->addWidget(m_useIdentity, 1, 0);
    grid->addWidget(m_identity, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->setColumnStretch(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Decrypt"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_usePassphrase, &QRadioButton::toggled, this, &DecryptBundleDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &DecryptBundleDialog::updateState);
    connect(m_identity, &QLineEdit::textChanged, this, &DecryptBundleDialog::updateState);
    connect(m_identity, &QLineEdit::textEdited, this, [this] { m_useIdentity->setChecked(true); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Identity File"),
                                                          QDir::homePath(), tr("All files (*)"));
        if (!path.isEmpty())
            setIdentityFile(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &DecryptBundleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_passphrase->setFocus();
    updateState();
}

void DecryptBundleDialog::setProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void DecryptBundleDialog::setPassphrase(const QString& passphrase) {
    m_usePassphrase->setChecked(true);
    m_passphrase->setText(passphrase);
}

void DecryptBundleDialog::setIdentityFile(const QString& path) {
    m_useIdentity->setChecked(true);
    m_identity->setText(QDir::toNativeSeparators(path));
}

void DecryptBundleDialog::updateState() {
    const bool passphrase = m_usePassphrase->isChecked();
    m_passphrase->setEnabled(passphrase);
    m_ok->setEnabled(passphrase ? !m_passphrase->text().isEmpty()
                                : !m_identity->text().trimmed().isEmpty());
}

Result<Bundle::OpenOptions> DecryptBundleDialog::openOptions() const {
    using R = Result<Bundle::OpenOptions>;
    Bundle::OpenOptions options;
    if (m_usePassphrase->isChecked()) {
        options.passphrase = sodium::Passphrase::fromString(m_passphrase->text());
        return options;
    }
    const QString path = QDir::fromNativeSeparators(m_identity->text().trimmed());
    QFile file(path);
    // An identity file holds a few lines; anything large is not one.
    constexpr qint64 kMaxIdentityFile = 1 << 20;
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The identity file %1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxIdentityFile)
        return R::failure(
            tr("%1 is too large to be an identity file.").arg(QDir::toNativeSeparators(path)));
    QByteArray text = file.readAll();
    auto identities = Age::parseIdentityFile(text);
    sodium::wipe(text);
    if (!identities)
        return R::failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), identities.error()));
    options.identities = identities.value();
    return options;
}

void DecryptBundleDialog::accept() {
    if (!m_ok->isEnabled())
        return;
    if (const auto options = openOptions(); !options) {
        setProblem(options.error());
        return;
    }
    QDialog::accept();
}

} // namespace causeway
