#include "review/SignatureListModel.h"

#include "common/DisplayTimeZone.h"
#include "editing/PostmortemDocument.h"
#include "review/ReviewRecords.h"
#include "util/DisplayFormat.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>

namespace causeway {

SignatureListModel::SignatureListModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(kRecheckDelayMs);
    connect(&m_recheck, &QTimer::timeout, this, &SignatureListModel::recheck);
}

void SignatureListModel::setDocument(PostmortemDocument* document) {
    for (auto& c : m_connections)
        disconnect(c);
    m_doc = document;
    if (m_doc) {
        const auto later = [this] {
            m_recheck.start();
        };
        m_connections[0] = connect(m_doc, &PostmortemDocument::fieldChanged, this, later);
        m_connections[1] = connect(m_doc, &PostmortemDocument::childrenChanged, this, later);
        m_connections[2] = connect(m_doc, &PostmortemDocument::childAdded, this, later);
        m_connections[3] = connect(m_doc, &PostmortemDocument::childRemoved, this, later);
        m_connections[4] = connect(m_doc, &PostmortemDocument::childrenReset, this, later);
    }
    recheck();
}

void SignatureListModel::setPostmortem(const Postmortem& pm) {
    setDocument(nullptr);
    apply(Signatures::checkAll(pm));
}

void SignatureListModel::setLocalTimeZone(const QTimeZone& zone) {
    m_zone = zone;
    if (!m_checks.isEmpty())
        Q_EMIT dataChanged(index(0, SignedLocalColumn), index(rowCount() - 1, SignedLocalColumn));
}

void SignatureListModel::recheck() {
    m_recheck.stop();
    apply(m_doc ? Signatures::checkAll(m_doc->postmortem()) : QList<SignatureCheck>());
}

void SignatureListModel::apply(const QList<SignatureCheck>& checks) {
    bool sameRows = checks.size() == m_checks.size();
    for (qsizetype i = 0; sameRows && i < checks.size(); ++i)
        sameRows = checks.at(i).recordId == m_checks.at(i).recordId;
    if (sameRows) {
        m_checks = checks;
        if (!m_checks.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_checks = checks;
        endResetModel();
    }
    Q_EMIT checked();
}

int SignatureListModel::invalidCount() const {
    int n = 0;
    for (const SignatureCheck& c : m_checks)
        n += c.isValid() ? 0 : 1;
    return n;
}

QColor SignatureListModel::validColor(const QColor& background) {
    return background.lightnessF() > 0.5f ? QColor(0x1b, 0x5e, 0x20) : QColor(0x81, 0xc7, 0x84);
}

QColor SignatureListModel::invalidColor(const QColor& background) {
    return background.lightnessF() > 0.5f ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xff, 0x8a, 0x80);
}

int SignatureListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_checks.size());
}

int SignatureListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignatureListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignatureCheck& c = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MeaningColumn:
            return SignatureVocabulary::meaningName(c.meaning);
        case NameColumn:
            return c.name;
        case RoleColumn:
            return c.role;
        case SignedUtcColumn:
            return c.signedAt.isValid() ? c.signedAt.toString(displayDateTimeSecondsFormat()) +
                                              QStringLiteral(" UTC")
                                        : QString();
        case SignedLocalColumn:
            return formatDateTime(c.signedAt, m_zone);
        case KeyColumn:
            return c.keyId;
        case StateColumn:
            return c.stateText();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            const QColor base = QApplication::palette().color(QPalette::Base);
            return c.isValid() ? validColor(base) : invalidColor(base);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == KeyColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == StateColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && c.state == SignatureState::ContentChanged)
            return tr("The postmortem was changed after this signature was made. Signed content "
                      "SHA-256: %1")
                .arg(c.contentSha256);
        if (index.column() == KeyColumn)
            return tr("Key id: the first 8 bytes of the BLAKE2b-256 hash of the signer's "
                      "Ed25519 public key");
        return {};
    case RecordIdRole:
        return c.recordId;
    case ValidRole:
        return c.isValid();
    case StateRole:
        return static_cast<int>(c.state);
    default:
        return {};
    }
}

QVariant SignatureListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MeaningColumn:
        return tr("Meaning");
    case NameColumn:
        return tr("Printed name");
    case RoleColumn:
        return tr("Role");
    case SignedUtcColumn:
        return tr("Signed (UTC)");
    case SignedLocalColumn:
        return tr("Signed (local)");
    case KeyColumn:
        return tr("Key");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace causeway
