#include "review/ChecklistView.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>

namespace causeway {

ChecklistView::ChecklistView(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(2, 1);
    setAccessibleName(tr("Review checklist"));
}

QString ChecklistView::mark(ChecklistItem::State state) {
    switch (state) {
    case ChecklistItem::State::Pass:
        return QStringLiteral("✓");
    case ChecklistItem::State::Fail:
        return QStringLiteral("✗");
    case ChecklistItem::State::NotChecked:
        break;
    }
    return QStringLiteral("–");
}

QColor ChecklistView::failColor(const QColor& background) {
    const QColor behind =
        background.isValid() ? background : QGuiApplication::palette().color(QPalette::Window);
    // 7.8:1 against white, 6.2:1 against a dark theme's #2b2b2b: readable text, not a
    // warning light.
    return behind.lightnessF() > 0.5f ? QColor(0xa4, 0x00, 0x0f) : QColor(0xff, 0x8a, 0x80);
}

void ChecklistView::setItems(const QList<ChecklistItem>& items) {
    qDeleteAll(m_labels);
    m_labels.clear();
    m_items = items;
    int row = 0;
    for (const ChecklistItem& item : items) {
        auto* markLabel = new QLabel(mark(item.state), this);
        auto* title = new QLabel(item.title, this);
        auto* detail = new QLabel(item.detail, this);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = title->font();
        bold.setBold(true);
        markLabel->setFont(bold);
        const QString stateText = item.state == ChecklistItem::State::Pass   ? tr("passes")
                                  : item.state == ChecklistItem::State::Fail ? tr("fails")
                                                                             : tr("not checked");
        markLabel->setAccessibleName(stateText);
        markLabel->setToolTip(stateText);
        if (item.state == ChecklistItem::State::Fail) {
            for (QLabel* label : {markLabel, title, detail}) {
                QPalette p = label->palette();
                p.setColor(QPalette::WindowText, failColor(p.color(QPalette::Window)));
                label->setPalette(p);
            }
            title->setFont(bold);
        } else if (item.state == ChecklistItem::State::NotChecked) {
            detail->setForegroundRole(QPalette::PlaceholderText);
        }
        m_grid->addWidget(markLabel, row, 0, Qt::AlignTop);
        m_grid->addWidget(title, row, 1, Qt::AlignTop);
        m_grid->addWidget(detail, row, 2, Qt::AlignTop);
        m_labels << markLabel << title << detail;
        ++row;
    }
}

QLabel* ChecklistView::detailLabel(const QString& key) const {
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).key == key)
            return m_labels.at(i * 3 + 2);
    }
    return nullptr;
}

QLabel* ChecklistView::markLabel(const QString& key) const {
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).key == key)
            return m_labels.at(i * 3);
    }
    return nullptr;
}

} // namespace causeway
