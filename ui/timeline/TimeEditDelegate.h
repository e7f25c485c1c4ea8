#pragma once

#include <QDateTime>
#include <QPointer>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

namespace causeway {

class TimelineModel;

// Edits a time cell as text: "14:05", "14:05:30", "2026-03-02 14:05", ISO 8601, "+5m",
// "-30s". Times are read in the timeline's display zone. A wall-clock time that occurs twice
// (the autumn daylight-saving fold) is asked about, never guessed; input that cannot be
// used says why and leaves the cell as it was.
class TimeEditDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // Returns the chosen instant, or nullopt when the user cancelled.
    using AmbiguityChooser = std::function<std::optional<QDateTime>(
        QWidget* parent, const QDateTime& earlier, const QDateTime& later)>;

    explicit TimeEditDelegate(TimelineModel* model, QObject* parent = nullptr);

    void setAmbiguityChooser(AmbiguityChooser chooser) { m_chooser = std::move(chooser); }
    QString lastError() const { return m_lastError; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

    // The parsing step without a widget: the instant text names for the cell at index, or
    // nullopt with lastError() set.
    std::optional<QDateTime> resolve(const QString& text, const QModelIndex& index,
                                     QWidget* dialogParent) const;

Q_SIGNALS:
    void inputRejected(const QString& reason) const;

private:
    void reject(QWidget* editor, const QString& reason) const;

    QPointer<TimelineModel> m_model;
    AmbiguityChooser m_chooser;
    mutable QString m_lastError;
};

// Chooses a kind or source from its vocabulary, showing display names, storing keys.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoiceDelegate(QStringList keys, std::function<QString(const QString&)> displayName,
                   QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList m_keys;
    std::function<QString(const QString&)> m_displayName;
};

} // namespace causeway
