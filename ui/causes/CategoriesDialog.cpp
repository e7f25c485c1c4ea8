#include "causes/CategoriesDialog.h"

#include "causes/Cause.h"
#include "causes/CauseEditing.h"
#include "editing/PostmortemDocument.h"
#include "model/TemplateText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

CategoriesDialog::CategoriesDialog(PostmortemDocument* document, const Template* tmpl,
                                   QWidget* parent)
    : QDialog(parent)
    , m_doc(document)
    , m_template(tmpl)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this)) {
    setWindowTitle(tr("Fishbone Categories"));
    auto* intro = new QLabel(tr("The bones of the fishbone. Categories are about systems, "
                                "not people: what people had to work with belongs under "
                                "Working Conditions."),
                             this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add, m_rename, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Category"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addCategory(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem())
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename Category"), tr("Name:"), QLineEdit::Normal,
                                  templateText(currentName()), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &CategoriesDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        const bool editable = m_doc && !m_doc->isReadOnly() && current >= 0;
        m_rename->setEnabled(editable);
        m_remove->setEnabled(editable);
        m_up->setEnabled(editable && current > 0);
        m_down->setEnabled(editable && current < m_list->count() - 1);
    });
    add->setEnabled(m_doc && !m_doc->isReadOnly());
    if (m_doc)
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &CategoriesDialog::refresh);
    refresh();
}

QString CategoriesDialog::currentName() const {
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

QStringList CategoriesDialog::categories() const {
    return m_doc ? causeCategories(m_doc->postmortem(), m_template) : QStringList();
}

void CategoriesDialog::refresh() {
    const QString current = currentName();
    const QStringList names = categories();
    m_list->clear();
    // Built-in category names are shown translated; the item keeps the stored name.
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(templateText(name), m_list);
        item->setData(Qt::UserRole, name);
    }
    const qsizetype row = names.indexOf(current);
    m_list->setCurrentRow(int(row >= 0 ? row : (names.isEmpty() ? -1 : 0)));
}

void CategoriesDialog::report(const QString& error) {
    m_message->setText(error);
}

void CategoriesDialog::addCategory(const QString& name) {
    if (!m_doc)
        return;
    report(CauseEditing::addCategory(*m_doc, categories(), name));
    if (m_message->text().isEmpty())
        m_list->setCurrentRow(m_list->count() - 1);
}

void CategoriesDialog::renameCurrent(const QString& name) {
    if (!m_doc || !m_list->currentItem())
        return;
    const int row = m_list->currentRow();
    report(CauseEditing::renameCategory(*m_doc, categories(), currentName(), name));
    m_list->setCurrentRow(row);
}

void CategoriesDialog::removeCurrent() {
    if (!m_doc || !m_list->currentItem())
        return;
    report(CauseEditing::removeCategory(*m_doc, categories(), currentName()));
}

void CategoriesDialog::moveCurrent(int delta) {
    if (!m_doc || !m_list->currentItem())
        return;
    const QString name = currentName();
    CauseEditing::moveCategory(*m_doc, categories(), name, delta);
    m_list->setCurrentRow(int(categories().indexOf(name)));
    report(QString());
}

} // namespace causeway
