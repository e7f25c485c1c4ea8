#pragma once

#include "meeting/AgendaItem.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace causeway {

struct Template;

// Where each template's agenda lives once a facilitator edited it: one JSON file per
// template id in a folder of the user's data. An agenda nobody edited comes from the
// template ("agenda" in its JSON), else from Agenda::defaults().
class AgendaStore {
public:
    // dir: the folder of the saved agendas; empty: defaultDir().
    explicit AgendaStore(QString dir = QString());
    static QString defaultDir();
    QString dir() const { return m_dir; }
    QString pathFor(const QString& templateId) const;

    // The agenda for postmortems of tmpl (null: the defaults). A saved file that cannot be
    // read falls back to the template's agenda; *problem then says why (file and JSON path).
    QList<AgendaItem> load(const Template* tmpl, QString* problem = nullptr) const;
    // The agenda the template itself gives (or the defaults), ignoring saved edits.
    static QList<AgendaItem> templateAgenda(const Template* tmpl);
    bool hasSavedAgenda(const QString& templateId) const;

    // Written through a temporary file, so a failure never leaves half an agenda.
    Status save(const QString& templateId, const QList<AgendaItem>& items) const;
    // Forgets the saved edits: the template's agenda applies again.
    Status reset(const QString& templateId) const;

private:
    QString m_dir;
};

} // namespace causeway
