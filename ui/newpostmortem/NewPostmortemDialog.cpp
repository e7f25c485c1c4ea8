#include "newpostmortem/NewPostmortemDialog.h"

#include "model/Fields.h"
#include "model/Template.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

namespace {
constexpr int kTemplateIdRole = Qt::UserRole + 1;
constexpr int kDescriptionRole = Qt::UserRole + 2;
} // namespace

NewPostmortemDialog::NewPostmortemDialog(TemplateRegistry& templates, QWidget* parent)
    : QDialog(parent)
    , m_templates(templates) {
    setWindowTitle(tr("New Postmortem"));

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Templates"));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setAccessibleName(tr("Template description"));
    // Keeps the dialog from jumping in size when descriptions differ in length.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* addTemplate = new QPushButton(tr("Add Template File…"), this);
    addTemplate->setAccessibleName(tr("Add template file"));
    addTemplate->setAutoDefault(false);

    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What happened, e.g. “Checkout errors after config rollout”"));
    m_severity = new QComboBox(this);
    m_severity->setAccessibleName(tr("Severity"));
    for (const QString& key : Vocabulary::severities())
        m_severity->addItem(Vocabulary::displayName(Field::Severity, key), key);
    m_severity->setCurrentIndex(int(m_severity->count()) - 2); // SEV3: the common case

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_list);
    auto* form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);

    auto* templateButtons = new QHBoxLayout;
    templateButtons->addStretch(1);
    templateButtons->addWidget(addTemplate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(templateLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addLayout(templateButtons);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_list, addTemplate);
    setTabOrder(addTemplate, m_title);
    setTabOrder(m_title, m_severity);
    setTabOrder(m_severity, m_buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &NewPostmortemDialog::updateState);
    connect(m_title, &QLineEdit::textChanged, this, &NewPostmortemDialog::updateState);
    connect(addTemplate, &QPushButton::clicked, this, &NewPostmortemDialog::addTemplateFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillTemplates(QStringLiteral("standard"));
    m_title->setFocus();
    updateState();
}

void NewPostmortemDialog::fillTemplates(const QString& select) {
    m_list->clear();
    const QList<Template> all = m_templates.all();
    for (const Template& t : all) {
        auto* item = new QListWidgetItem(t.name, m_list);
        item->setData(kTemplateIdRole, t.id);
        item->setData(kDescriptionRole, t.description);
        item->setToolTip(t.description);
    }
    selectTemplate(select);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void NewPostmortemDialog::selectTemplate(const QString& id) {
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kTemplateIdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void NewPostmortemDialog::addTemplateFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Template File"), QString(),
                                                      tr("Causeway templates (*.json)"));
    if (path.isEmpty())
        return;
    const Result<Template> installed = m_templates.installUserTemplate(path);
    if (!installed) {
        QMessageBox::warning(this, tr("Template Not Added"),
                             tr("The template could not be added:\n%1").arg(installed.error()));
        return;
    }
    fillTemplates(installed.value().id);
}

void NewPostmortemDialog::updateState() {
    QListWidgetItem* item = m_list->currentItem();
    m_description->setText(item ? item->data(kDescriptionRole).toString() : QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(item != nullptr && !m_title->text().trimmed().isEmpty());
}

QString NewPostmortemDialog::templateId() const {
    QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kTemplateIdRole).toString() : QString();
}

QString NewPostmortemDialog::title() const {
    return m_title->text().trimmed();
}

QString NewPostmortemDialog::severity() const {
    return m_severity->currentData().toString();
}

void NewPostmortemDialog::setTitle(const QString& title) {
    m_title->setText(title);
}

} // namespace causeway
