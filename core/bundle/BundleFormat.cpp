#include "bundle/BundleFormat.h"

#include "model/CanonicalJson.h"
#include "timeline/Attachment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace causeway::Bundle {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::Bundle", text);
}

QJsonObject memberJson(const Member& m) {
    return QJsonObject{{QStringLiteral("path"), m.path},
                       {QStringLiteral("sha256"), m.sha256},
                       {QStringLiteral("size"), static_cast<double>(m.size)}};
}

bool isUuid(const QString& text) {
    const QUuid uuid(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

class Reader {
public:
    Status fail(const QString& path, const QString& what) const {
        return Status::failure(
            QCoreApplication::translate("causeway::Bundle::Reader", "manifest.json: %1: %2")
                .arg(path, what));
    }

    Status string(const QJsonObject& o, const QString& key, const QString& path, QString& out,
                  bool required = true, int maxLength = 1000) const {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().size() > maxLength)
            return fail(path + u'.' + key,
                        QCoreApplication::translate("causeway::Bundle::Reader",
                                                    "expected a text of at most %1 characters")
                            .arg(maxLength));
        out = v.toString();
        return {};
    }
};

} // namespace

QByteArray manifestJson(const Manifest& m) {
    QJsonArray members;
    for (const Member& member : m.members)
        members.append(memberJson(member));
    QJsonObject creator{{QStringLiteral("device"), m.creator.device}};
    if (!m.creator.keyId.isEmpty()) {
        creator.insert(QStringLiteral("name"), m.creator.name);
        creator.insert(QStringLiteral("role"), m.creator.role);
        creator.insert(QStringLiteral("keyId"), m.creator.keyId);
        creator.insert(QStringLiteral("publicKey"), m.creator.publicKey);
    }
    QJsonObject o{{QStringLiteral("format"), kFormatName},
                  {QStringLiteral("version"), QJsonObject{{QStringLiteral("critical"), m.critical},
                                                          {QStringLiteral("minor"), m.minor}}},
                  {QStringLiteral("bundleId"), m.bundleId},
                  {QStringLiteral("createdAt"), canonicalTime(m.createdAt)},
                  {QStringLiteral("creator"), creator},
                  {QStringLiteral("postmortems"), QJsonArray::fromStringList(m.postmortems)},
                  {QStringLiteral("members"), members}};
    if (!m.peer.isEmpty())
        o.insert(QStringLiteral("incremental"),
                 QJsonObject{{QStringLiteral("peer"), m.peer},
                             {QStringLiteral("since"), static_cast<double>(m.since)}});
    return canonicalJson(o);
}

Result<Manifest> parseManifest(const QByteArray& json) {
    using R = Result<Manifest>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("manifest.json is not a JSON object: %1")
                              .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                           : tr("another value")));
    const QJsonObject o = doc.object();
    Reader reader;
    if (o.value(u"format").toString() != kFormatName)
        return R::failure(
            reader
                .fail(QStringLiteral("$.format"),
                      tr("expected \"%1\"; this is not a Causeway bundle").arg(kFormatName))
                .error());
    Manifest m;
    // The version first: a newer critical version may have changed everything else.
    const QJsonObject version = o.value(u"version").toObject();
    const QJsonValue critical = version.value(u"critical");
    if (!critical.isDouble() || critical.toDouble() < 1 ||
        critical.toDouble() != static_cast<double>(critical.toInt()))
        return R::failure(
            reader.fail(QStringLiteral("$.version.critical"), tr("expected a positive integer"))
                .error());
    m.critical = critical.toInt();
    m.minor = version.value(u"minor").toInt();
    if (m.critical > kCriticalVersion)
        return R::failure(tr("This bundle uses format version %1.%2, which this version of "
                             "Causeway cannot read (it reads version %3). Update Causeway to "
                             "import it.")
                              .arg(m.critical)
                              .arg(m.minor)
                              .arg(kCriticalVersion));
    // Members this version does not know are ignored: a newer minor version may add some.

    if (auto s = reader.string(o, QStringLiteral("bundleId"), QStringLiteral("$"), m.bundleId); !s)
        return R::failure(s.error());
    if (!isUuid(m.bundleId))
        return R::failure(reader.fail(QStringLiteral("$.bundleId"), tr("expected a UUID")).error());
    m.createdAt = parseCanonicalTime(o.value(u"createdAt").toString());
    if (!m.createdAt.isValid())
        return R::failure(
            reader.fail(QStringLiteral("$.createdAt"), tr("expected a UTC time")).error());
    const QJsonObject creator = o.value(u"creator").toObject();
    if (auto s = reader.string(creator, QStringLiteral("device"), QStringLiteral("$.creator"),
                               m.creator.device, true, 64);
        !s)
        return R::failure(s.error());
    for (const auto& [key, target, length] :
         {std::tuple{QStringLiteral("name"), &m.creator.name, 200},
          std::tuple{QStringLiteral("role"), &m.creator.role, 200},
          std::tuple{QStringLiteral("keyId"), &m.creator.keyId, 16},
          std::tuple{QStringLiteral("publicKey"), &m.creator.publicKey, 44}}) {
        if (auto s =
                reader.string(creator, key, QStringLiteral("$.creator"), *target, false, length);
            !s)
            return R::failure(s.error());
    }
    const QJsonValue ids = o.value(u"postmortems");
    if (!ids.isArray())
        return R::failure(
            reader.fail(QStringLiteral("$.postmortems"), tr("expected an array")).error());
    for (qsizetype i = 0; i < ids.toArray().size(); ++i) {
        const QString id = ids.toArray().at(i).toString();
        if (!isUuid(id) || m.postmortems.contains(id))
            return R::failure(reader
                                  .fail(QStringLiteral("$.postmortems[%1]").arg(i),
                                        tr("expected a postmortem id, each once"))
                                  .error());
        m.postmortems.append(id);
    }
    const QJsonValue members = o.value(u"members");
    if (!members.isArray())
        return R::failure(
            reader.fail(QStringLiteral("$.members"), tr("expected an array")).error());
    QSet<QString> paths;
    for (qsizetype i = 0; i < members.toArray().size(); ++i) {
        const QString path = QStringLiteral("$.members[%1]").arg(i);
        const QJsonObject mo = members.toArray().at(i).toObject();
        Member member;
        if (auto s = reader.string(mo, QStringLiteral("path"), path, member.path, true, 200); !s)
            return R::failure(s.error());
        if (auto s = reader.string(mo, QStringLiteral("sha256"), path, member.sha256, true, 64); !s)
            return R::failure(s.error());
        if (!isSha256Hex(member.sha256))
            return R::failure(
                reader
                    .fail(path + QStringLiteral(".sha256"), tr("expected 64 lower-case hex digits"))
                    .error());
        const double size = mo.value(u"size").toDouble(-1);
        if (size < 0 || size != static_cast<double>(static_cast<qint64>(size)))
            return R::failure(
                reader.fail(path + QStringLiteral(".size"), tr("expected a size in bytes"))
                    .error());
        member.size = static_cast<qint64>(size);
        if (member.path == kManifestPath || member.path == kSignaturePath ||
            paths.contains(member.path))
            return R::failure(reader
                                  .fail(path + QStringLiteral(".path"),
                                        tr("\"%1\" cannot be listed here").arg(member.path))
                                  .error());
        paths.insert(member.path);
        m.members.append(member);
    }
    if (o.contains(u"incremental")) {
        const QJsonObject inc = o.value(u"incremental").toObject();
        if (auto s = reader.string(inc, QStringLiteral("peer"), QStringLiteral("$.incremental"),
                                   m.peer, true, 200);
            !s)
            return R::failure(s.error());
        m.since = static_cast<qint64>(inc.value(u"since").toDouble(-1));
    }
    return m;
}

QString trustedComment(const Manifest& manifest) {
    QString comment = QStringLiteral("causeway bundle %1 created %2")
                          .arg(manifest.bundleId, canonicalTime(manifest.createdAt));
    if (!manifest.creator.name.isEmpty())
        comment += QStringLiteral(" by ") + manifest.creator.name;
    // One line, as minisign requires.
    comment.replace(u'\n', u' ').replace(u'\r', u' ');
    return comment;
}

} // namespace causeway::Bundle
