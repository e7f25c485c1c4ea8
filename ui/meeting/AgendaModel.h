#pragma once

#include "meeting/AgendaItem.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace causeway {

class MeetingSession;

// The meeting's agenda as a table: title, timebox and the view the presenter shows during
// the item (editable, through EditableAgenda: one undo command per edit) and the time
// spent so far. The current item is bold; an item
// over its timebox says so in the spent column.
class AgendaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, TimeboxColumn, ViewColumn, SpentColumn, ColumnCount };
    enum Role {
        CurrentRole = Qt::UserRole + 1, // bool
        OverTimeRole,                   // bool
        // ViewColumn's EditRole is the PresenterView as an int, its DisplayRole viewLabel().
    };

    explicit AgendaModel(MeetingSession* session, QObject* parent = nullptr);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // "Timeline", "Fishbone", ...: a presenter view as the user reads it.
    static QString viewLabel(PresenterView view);
    static const QList<PresenterView>& allViews();

    // "25 min", "1:05:00": how the spent column reads.
    static QString formatSpent(qint64 ms);

Q_SIGNALS:
    void editRefused(const QString& message);

private:
    void reset();
    void updateSpent();

    QPointer<MeetingSession> m_session;
    int m_rows = 0;
    bool m_readOnly = false;
};

} // namespace causeway
