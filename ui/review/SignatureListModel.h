#pragma once

#include "signing/Signatures.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

namespace causeway {

class PostmortemDocument;

// The signatures of one postmortem with their manifestation (meaning, printed name, role,
// UTC and local time, key id) and their state against the current content. It follows an
// open document: any edit may invalidate a signature, so every change re-checks them all
// (after a short pause, as the content hash covers the whole postmortem).
class SignatureListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kRecheckDelayMs = 250;

    enum Column {
        MeaningColumn,
        StateColumn, // early, so a narrow pane still shows it
        NameColumn,
        RoleColumn,
        SignedUtcColumn,
        SignedLocalColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        ValidRole, // bool
        StateRole, // int, SignatureState
    };

    explicit SignatureListModel(QObject* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    // A postmortem shown without an editor (read-only views, tests).
    void setPostmortem(const Postmortem& pm);
    // The zone of the "local time" column; the system's by default.
    void setLocalTimeZone(const QTimeZone& zone);
    // Re-checks now instead of after the pause.
    void recheck();

    const QList<SignatureCheck>& checks() const { return m_checks; }
    int invalidCount() const;

    // Text colours with readable contrast on the given background: dark green and dark red
    // on a light base, light ones on a dark base.
    static QColor validColor(const QColor& background);
    static QColor invalidColor(const QColor& background);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every re-check, so a summary line can follow.
    void checked();

private:
    void apply(const QList<SignatureCheck>& checks);

    QPointer<PostmortemDocument> m_doc;
    QList<SignatureCheck> m_checks;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_recheck;
    QMetaObject::Connection m_connections[5];
};

} // namespace causeway
