#include "meeting/AgendaStore.h"

#include "meeting/Agenda.h"
#include "model/Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace causeway {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("causeway::AgendaStore", text);
}

// Template ids are identifiers already; this keeps a hand-made id from leaving the folder.
bool safeId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(id).hasMatch();
}
} // namespace

AgendaStore::AgendaStore(QString dir)
    : m_dir(dir.isEmpty() ? defaultDir() : std::move(dir)) {}

QString AgendaStore::defaultDir() {
    // Beside the user templates folder, not in it: every *.json there is read as a template.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(data).filePath(QStringLiteral("agendas"));
}

QString AgendaStore::pathFor(const QString& templateId) const {
    return QDir(m_dir).filePath(templateId + QStringLiteral(".json"));
}

QList<AgendaItem> AgendaStore::templateAgenda(const Template* tmpl) {
    if (tmpl && !tmpl->agenda.isEmpty())
        return tmpl->agenda;
    return Agenda::defaults();
}

bool AgendaStore::hasSavedAgenda(const QString& templateId) const {
    return safeId(templateId) && QFile::exists(pathFor(templateId));
}

QList<AgendaItem> AgendaStore::load(const Template* tmpl, QString* problem) const {
    if (problem)
        problem->clear();
    if (!tmpl || !hasSavedAgenda(tmpl->id))
        return templateAgenda(tmpl);
    const QString path = pathFor(tmpl->id);
    QFile file(path);
    QString why;
    if (!file.open(QIODevice::ReadOnly)) {
        why = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            why = tr("%1: %2 at offset %3")
                      .arg(QDir::toNativeSeparators(path), error.errorString())
                      .arg(error.offset);
        } else {
            const auto items =
                Agenda::fromJson(doc.object().value(u"agenda"), QStringLiteral("$.agenda"));
            if (items)
                return items.value();
            why = QDir::toNativeSeparators(path) + QStringLiteral(": ") + items.error();
        }
    }
    if (problem)
        *problem = why;
    return templateAgenda(tmpl);
}

Status AgendaStore::save(const QString& templateId, const QList<AgendaItem>& items) const {
    if (!safeId(templateId))
        return Status::failure(tr("“%1” is not a template id.").arg(templateId));
    if (items.isEmpty())
        return Status::failure(tr("An agenda needs at least one item."));
    // What is written must read back: the same checks as a template's agenda.
    if (const auto checked = Agenda::fromJson(Agenda::toJson(items), QStringLiteral("$.agenda"));
        !checked)
        return checked.status();
    if (!QDir().mkpath(m_dir))
        return Status::failure(
            tr("The agenda folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dir)));
    const QJsonObject object{{QStringLiteral("template"), templateId},
                             {QStringLiteral("agenda"), Agenda::toJson(items)}};
    QSaveFile file(pathFor(templateId));
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return Status::failure(
            tr("%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return {};
}

Status AgendaStore::reset(const QString& templateId) const {
    if (!hasSavedAgenda(templateId))
        return {};
    QFile file(pathFor(templateId));
    if (!file.remove())
        return Status::failure(
            tr("%1 cannot be removed: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return {};
}

} // namespace causeway
