#pragma once

#include "editing/PostmortemDocument.h"
#include "timeline/TimelineEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

#include <vector>

namespace causeway {

// Which zone the timeline shows times in. Stored times are always UTC.
enum class TimelineZone { Reference, Utc, Local };

// The timeline events of the open postmortem, one row per event in document order (the
// filter model sorts). Edits become document commands; the model follows the document's
// per-record signals, so an edit, undo or redo updates single rows and never resets.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EndColumn,
        KindColumn,
        SourceColumn,
        ActorColumn,
        DescriptionColumn,
        KeyEventColumn,
        EvidenceColumn, // how many attachments the event cites
        MarkingColumn,  // the confidentiality marking; empty while not marked
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeRole,     // QDateTime, UTC
        EndRole,      // QDateTime, UTC; invalid for an instant
        SortRole,     // qint64 milliseconds, for sorting any column by time
        KindRole,     // stored key
        SourceRole,   // stored key
        KeyEventRole, // bool
        DescriptionRole,
        EvidenceRole, // QStringList of attachment ids
        MarkingRole,  // the confidentiality level, empty while not marked
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    PostmortemDocument* document() const { return m_doc; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    void setZoneMode(TimelineZone mode);
    TimelineZone zoneMode() const { return m_zoneMode; }
    QTimeZone displayZone() const;   // the zone times are shown in now
    QTimeZone referenceZone() const; // the postmortem's own zone
    // True when the events span more than one calendar day in the display zone: every time
    // then shows its date.
    bool spansDays() const { return m_spansDays; }
    QString formatTime(const QDateTime& utc) const;

    QString idAt(int row) const;
    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    const TimelineEvent* eventAt(int row) const;
    // What SortRole gives for the time column (msecs since the epoch; the lowest qint64 for
    // no time), kept per row so that sorting 10,000 events reads no QVariant or QDateTime.
    qint64 sortTimeAt(int row) const { return m_sortTimes[size_t(row)]; }
    static qint64 sortTime(const QDateTime& t);
    // The confidentiality level of an event, empty while not marked.
    QString marking(const QString& id) const;
    const TimelineEvent* event(const QString& id) const;
    // Where a typed "14:05" gets its date: the incident start, else the first event, else now.
    QDateTime referenceTime() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString fieldOf(int column);

Q_SIGNALS:
    // The display zone or the multi-day state changed: views re-read every time.
    void displayChanged();

private:
    void reload();
    void onChildAdded(const QString& id);
    void onChildRemoved(const QString& id);
    void onFieldChanged(const QString& recordId, const QString& field);
    void onChildrenReset(const QString& kind);
    void updateSpan();
    bool computeSpan(); // true when spansDays() or the seconds display changed

    QPointer<PostmortemDocument> m_doc;
    QList<TimelineEvent> m_rows;
    std::vector<qint64> m_sortTimes; // per row, see sortTimeAt()
    QHash<QString, int> m_rowOf;
    TimelineZone m_zoneMode = TimelineZone::Reference;
    bool m_spansDays = false;
    bool m_showSeconds = false;
    // The earliest event time (updateSpan keeps it), for referenceTime() without a scan.
    qint64 m_firstMs = 0;
    bool m_hasFirst = false;
    bool m_readOnly = false;
    // QTimeZone(name) reads the zone database from disk: one lookup per name, not per cell.
    mutable QString m_zoneName;
    mutable QTimeZone m_zone;
    mutable bool m_zoneKnown = false;
};

} // namespace causeway
