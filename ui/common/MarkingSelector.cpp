#include "common/MarkingSelector.h"

#include "model/Fields.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>

#include <algorithm>

namespace causeway {

QStringList markingLevels() {
    return QStringList{QString()} + Vocabulary::confidentiality();
}

QString markingName(const QString& level) {
    return level.isEmpty() ? MarkingSelector::tr("Not marked")
                           : Vocabulary::displayName(Field::Confidentiality, level);
}

QString markingBadge(const QString& level) {
    return level.isEmpty() ? QString() : markingName(level);
}

QString markingExplanation() {
    return MarkingSelector::tr("Confidentiality marking. Internal reports leave out confidential "
                               "and restricted items; external reports also leave out internal "
                               "ones. Not marked: the item goes wherever the report goes.");
}

MarkingSelector::MarkingSelector(const QString& subject, QWidget* parent)
    : QToolButton(parent)
    , m_subject(subject)
    , m_group(new QActionGroup(this)) {
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
    setToolTip(markingExplanation());
    auto* menu = new QMenu(this);
    m_group->setExclusive(true);
    for (const QString& level : markingLevels()) {
        QAction* action = menu->addAction(markingName(level));
        action->setCheckable(true);
        action->setData(level);
        m_group->addAction(action);
        if (level.isEmpty())
            menu->addSeparator();
    }
    setMenu(menu);
    // As wide as the widest level, so fields beside their markings line up whatever the
    // markings are, and marking one never shifts the form.
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    int widest = 0;
    for (const QString& level : markingLevels()) {
        setText(markingName(level));
        widest = std::max(widest, sizeHint().width());
    }
    setMinimumWidth(widest);
    // triggered, not toggled: choosing the level already set is no edit, and setLevel()
    // checks actions without it looking like a choice.
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString level = action->data().toString();
        if (level == m_level)
            return;
        m_level = level;
        showLevel();
        Q_EMIT levelChosen(level);
    });
    showLevel();
}

QAction* MarkingSelector::actionFor(const QString& level) const {
    const QList<QAction*> actions = m_group->actions();
    for (QAction* action : actions) {
        if (action->data().toString() == level)
            return action;
    }
    return nullptr;
}

void MarkingSelector::setLevel(const QString& level) {
    if (level == m_level && actionFor(level)->isChecked())
        return;
    m_level = level;
    showLevel();
}

void MarkingSelector::showLevel() {
    // A level another machine knows and this one does not still shows, as its key.
    QAction* action = actionFor(m_level);
    if (action)
        action->setChecked(true);
    const QString name = action ? markingName(m_level) : m_level;
    setText(name);
    setAccessibleName(tr("Confidentiality of %1").arg(m_subject));
    setAccessibleDescription(tr("%1. %2").arg(name, markingExplanation()));
    // Unmarked is the usual case: said quietly, so a marked item stands out.
    QPalette quiet = QApplication::palette(this);
    if (m_level.isEmpty())
        quiet.setColor(QPalette::ButtonText, quiet.color(QPalette::PlaceholderText));
    setPalette(quiet);
    QFont f = font();
    f.setBold(m_level == u"confidential" || m_level == u"restricted");
    setFont(f);
}

} // namespace causeway
