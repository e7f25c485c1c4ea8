#include "welcome/WelcomePane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

WelcomePane::WelcomePane(QWidget* parent)
    : QWidget(parent) {
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignHCenter);
    m_heading->setWordWrap(true);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setTextFormat(Qt::PlainText);

    m_sample = new QPushButton(tr("Open a Sample Postmortem"), this);
    m_sample->setAccessibleName(tr("Open a sample postmortem"));
    m_new = new QPushButton(tr("New Postmortem…"), this);
    m_new->setAccessibleName(tr("New postmortem"));
    m_new->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_new);
    buttons->addStretch(1);

    // A readable line length, not the full width of a projector.
    auto* column = new QWidget(this);
    column->setMaximumWidth(column->fontMetrics().averageCharWidth() * 70);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(column->fontMetrics().height());
    columnLayout->addLayout(buttons);

    // Stretches, not an alignment flag: an aligned widget gets its size hint, which is too
    // short for the wrapped text; a stretched one gets height-for-width.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_sample, &QPushButton::clicked, this, &WelcomePane::sampleRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePane::newRequested);
    setState(0, false);
}

void WelcomePane::setState(int postmortemCount, bool readOnly) {
    const bool empty = postmortemCount == 0;
    if (empty) {
        m_heading->setText(tr("Learn from incidents, not blame"));
        m_text->setText(
            tr("A postmortem describes what happened, how the system and the people in it "
               "responded, and what will change. It looks at conditions and decisions, never at "
               "who is at fault.\n\nStart with a worked example to see the structure, or begin "
               "a new postmortem from a template."));
    } else {
        m_heading->setText(tr("No postmortem open"));
        m_text->setText(tr("Choose a postmortem from the list, or start a new one."));
    }
    m_sample->setVisible(empty);
    m_sample->setEnabled(!readOnly);
    m_new->setEnabled(!readOnly);
}

} // namespace causeway
