#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace causeway {

class TimelineModel;

// Sorts the timeline by time (ties keep document order) and filters it by kind, source and
// a text that must occur in the description or actor (case-insensitive).
class TimelineFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject* parent = nullptr);

    // Empty sets show every kind or source.
    void setKinds(const QSet<QString>& kinds);
    void setSources(const QSet<QString>& sources);
    void setText(const QString& text);
    QSet<QString> kinds() const { return m_kinds; }
    QSet<QString> sources() const { return m_sources; }
    QString text() const { return m_text; }

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // The source as a timeline model: sorting and filtering read its events directly
    // instead of through a QVariant per cell (10,000 events sort in about 130,000 steps).
    TimelineModel* m_timeline = nullptr;
    QSet<QString> m_kinds;
    QSet<QString> m_sources;
    QString m_text;
};

} // namespace causeway
