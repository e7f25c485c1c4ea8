#include "timeline/TimeEditDelegate.h"

#include "common/DisplayTimeZone.h"
#include "timeline/TimelineModel.h"
#include "timeline/import/TimeParsing.h"
#include "util/DisplayFormat.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolTip>

namespace causeway {

namespace {

QString describeInstant(const QDateTime& utc, const QTimeZone& zone) {
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = zone.offsetFromUtc(utc);
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return local.toString(displayDateTimeSecondsFormat()) + u' ' + zone.abbreviation(utc) +
           QStringLiteral(" (UTC") + sign + QString::number(minutes / 60).rightJustified(2, u'0') +
           u':' + QString::number(minutes % 60).rightJustified(2, u'0') + u')';
}

std::optional<QDateTime> askWhichOne(QWidget* parent, const QDateTime& earlier,
                                     const QDateTime& later, const QTimeZone& zone) {
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(TimeEditDelegate::tr("Which time?"));
    box.setText(TimeEditDelegate::tr("This time occurs twice in %1 because the clocks go back. "
                                     "Which one do you mean?")
                    .arg(QString::fromUtf8(zone.id())));
    QPushButton* first =
        box.addButton(TimeEditDelegate::tr("Earlier: %1").arg(describeInstant(earlier, zone)),
                      QMessageBox::AcceptRole);
    QPushButton* second =
        box.addButton(TimeEditDelegate::tr("Later: %1").arg(describeInstant(later, zone)),
                      QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == first)
        return earlier;
    if (box.clickedButton() == second)
        return later;
    return std::nullopt;
}

} // namespace

TimeEditDelegate::TimeEditDelegate(TimelineModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model) {}

QWidget* TimeEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const {
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("14:05, 2026-03-02 14:05, +5m"));
    edit->setAccessibleName(index.column() == TimelineModel::EndColumn ? tr("End time")
                                                                       : tr("Time"));
    edit->setToolTip(tr("A time of day, a date and time, ISO 8601, or +5m / -30s relative to "
                        "the current value"));
    edit->setFrame(false);
    return edit;
}

void TimeEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit || !m_model)
        return;
    const QDateTime t = index.data(Qt::EditRole).toDateTime();
    edit->setText(
        t.isValid()
            ? t.toTimeZone(m_model->displayZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : QString());
    edit->selectAll();
}

std::optional<QDateTime> TimeEditDelegate::resolve(const QString& input, const QModelIndex& index,
                                                   QWidget* dialogParent) const {
    m_lastError.clear();
    if (!m_model)
        return std::nullopt;
    const QString text = input.trimmed();
    const QTimeZone zone = m_model->displayZone();
    const QDateTime current = index.data(Qt::EditRole).toDateTime();
    // Relative times count from the cell's own value; the end cell of an instant counts from
    // the event's start.
    QDateTime reference = current;
    if (!reference.isValid())
        reference =
            index.siblingAtColumn(TimelineModel::TimeColumn).data(Qt::EditRole).toDateTime();
    if (!reference.isValid())
        reference = m_model->referenceTime();
    const timeline::ParsedTime parsed = timeline::parseUserTimeDetailed(text, zone, reference);
    if (parsed.time)
        return parsed.time->toUTC();
    if (parsed.error == timeline::TimeError::Ambiguous) {
        const auto earlier =
            timeline::parseUserTime(text, zone, reference, timeline::AmbiguityPolicy::Earlier);
        const auto later =
            timeline::parseUserTime(text, zone, reference, timeline::AmbiguityPolicy::Later);
        if (earlier && later) {
            const std::optional<QDateTime> chosen =
                m_chooser ? m_chooser(dialogParent, *earlier, *later)
                          : askWhichOne(dialogParent, *earlier, *later, zone);
            if (chosen)
                return chosen->toUTC();
            m_lastError = tr("No time chosen; the old value is kept.");
            return std::nullopt;
        }
    }
    m_lastError = timeline::describeTimeError(parsed.error);
    if (m_lastError.isEmpty())
        m_lastError = tr("\"%1\" is not a time.").arg(text);
    return std::nullopt;
}

void TimeEditDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit)
        return;
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (index.column() == TimelineModel::EndColumn) {
            model->setData(index, QDateTime(), Qt::EditRole);
            return;
        }
        reject(editor, tr("An event needs a time; the old value is kept."));
        return;
    }
    const std::optional<QDateTime> t = resolve(text, index, editor);
    if (!t) {
        reject(editor, m_lastError);
        return;
    }
    if (!model->setData(index, *t, Qt::EditRole))
        reject(editor, index.column() == TimelineModel::EndColumn
                           ? tr("The end cannot be before the start; the old value is kept.")
                           : tr("The start cannot be after the end; the old value is kept."));
}

void TimeEditDelegate::reject(QWidget* editor, const QString& reason) const {
    m_lastError = reason;
    if (editor && editor->isVisible())
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), reason, editor);
    Q_EMIT inputRejected(reason);
}

ChoiceDelegate::ChoiceDelegate(QStringList keys, std::function<QString(const QString&)> displayName,
                               QObject* parent)
    : QStyledItemDelegate(parent)
    , m_keys(std::move(keys))
    , m_displayName(std::move(displayName)) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const {
    auto* combo = new QComboBox(parent);
    for (const QString& key : std::as_const(m_keys))
        combo->addItem(m_displayName(key), key);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace causeway
