#include "report/Redaction.h"

#include "actions/Action.h"
#include "causes/Cause.h"
#include "meeting/MeetingRecord.h"
#include "model/Fields.h"
#include "review/ReviewRecords.h"
#include "timeline/Attachment.h"
#include "timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

// The kinds that carry a "confidentiality" field.
bool isMarkable(const QString& kind) {
    return kind == Kind::Event || kind == Kind::Cause || kind == Kind::Action ||
           kind == Kind::Attachment || kind == Kind::Participant;
}

// Fields of the postmortem that label or identify the document rather than tell its story:
// a marking never removes them (the title is replaced instead, see dropMarkedFields).
bool isStructuralRootField(const QString& key) {
    return key == Field::Template || key == Field::Confidentiality ||
           key == ConfidentialityField::FieldMarkings;
}

// Values that are codes, ids, times or hashes: names are never replaced inside them, so a
// participant called "Alert" cannot turn an event kind into something the schema refuses.
bool holdsText(const Record& record, const QString& key) {
    if (record.kind == Kind::Postmortem) {
        static const QSet<QString> codes{Field::Template,
                                         Field::Status,
                                         Field::Severity,
                                         Field::Confidentiality,
                                         Field::TimeZone,
                                         Field::IncidentStart,
                                         Field::IncidentEnd,
                                         ConfidentialityField::FieldMarkings,
                                         ReviewRootField::RecurrenceOf,
                                         ReviewRootField::AnalysisDue};
        return !codes.contains(key) && !key.startsWith(QStringLiteral("phase_"));
    }
    static const QSet<QString> codes{
        ConfidentialityField::Record,
        // events
        EventField::Time, EventField::End, EventField::Kind, EventField::Source,
        EventField::KeyEvent, EventField::Evidence, EventField::ImportKey,
        // causes
        CauseField::Parent, CauseField::Position, CauseField::OnFishbone, CauseField::Kind,
        CauseField::Evidence, CauseField::Actions,
        // actions
        ActionField::Owner, ActionField::Due, ActionField::Priority, ActionField::Type,
        ActionField::Status, ActionField::ClosedOn, ActionField::VerificationMethod,
        // the meeting: participant ids and numbers
        MeetingField::Attendance, MeetingField::ElapsedSeconds, MeetingField::CurrentItem,
        MeetingField::TimeboxMinutes, ActionField::VerifiedOn, ActionField::Position,
        // attachments
        AttachmentField::Sha256, AttachmentField::MediaType, AttachmentField::Size,
        AttachmentField::Source, AttachmentField::AddedAt,
        // review steps and signatures
        ReviewField::From, ReviewField::To, ReviewField::At, ReviewField::FailedChecks,
        SignatureField::Meaning, SignatureField::SignedAt, SignatureField::ContentSha256,
        SignatureField::KeyId, SignatureField::PublicKey, SignatureField::Value};
    return !codes.contains(key);
}

bool isEmptyValue(const QJsonValue& v) {
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

// Sets a field of the copy. A field the record did not have takes the record's revision and
// time, so the copy still reads back as canonical JSON.
void setField(Record& record, const QString& key, const QJsonValue& value) {
    const auto it = record.fields.find(key);
    if (it != record.fields.end()) {
        it->value = value;
        return;
    }
    record.fields.insert(key, FieldValue{value, record.revision, record.modified, {}});
}

// Removes a field; counts it when it held something.
void dropField(Record& record, const QString& key, int& droppedFields) {
    const auto it = record.fields.find(key);
    if (it == record.fields.end())
        return;
    if (!isEmptyValue(it->value))
        ++droppedFields;
    record.fields.erase(it);
}

// ---------------------------------------------------------------- records and links

QSet<QString> droppedRecordIds(const Postmortem& pm, ReportProfile profile) {
    QSet<QString> dropped;
    QStringList droppedCauses;
    for (const Record& r : pm.children) {
        if (r.deleted || !isMarkable(r.kind) || keptInProfile(recordConfidentiality(r), profile))
            continue;
        dropped.insert(r.id);
        if (r.kind == Kind::Cause)
            droppedCauses.append(r.id);
    }
    // A cause's answers to "why?" usually restate its subject, so they go with it.
    if (!droppedCauses.isEmpty()) {
        const CauseTree tree(pm);
        for (const QString& id : droppedCauses) {
            for (const QString& under : tree.subtree(id))
                dropped.insert(under);
        }
    }
    return dropped;
}

void unlinkList(Record& record, const QString& key, const QSet<QString>& dropped) {
    const auto it = record.fields.find(key);
    if (it == record.fields.end() || !it->value.isArray())
        return;
    QJsonArray kept;
    bool changed = false;
    for (const QJsonValue& v : it->value.toArray()) {
        if (dropped.contains(v.toString()))
            changed = true;
        else
            kept.append(v);
    }
    if (changed)
        it->value = kept;
}

void unlinkDropped(Record& record, const QSet<QString>& dropped) {
    if (record.kind == Kind::Cause) {
        unlinkList(record, CauseField::Evidence, dropped);
        unlinkList(record, CauseField::Actions, dropped);
    } else if (record.kind == Kind::Event) {
        unlinkList(record, EventField::Evidence, dropped);
    } else if (record.kind == Kind::Action) {
        if (dropped.contains(record.text(ActionField::Owner)))
            record.fields.remove(ActionField::Owner);
    }
}

// ---------------------------------------------------------------- fields of the postmortem

void dropMarkedFields(Record& root, ReportProfile profile, int& droppedFields) {
    const QMap<QString, QString> markings = fieldConfidentiality(root);
    for (auto it = markings.cbegin(); it != markings.cend(); ++it) {
        if (keptInProfile(it.value(), profile) || isStructuralRootField(it.key()))
            continue;
        if (it.key() == Field::Title) {
            // Every report format needs a title; the marked one gives way to a neutral one.
            if (!root.text(Field::Title).isEmpty())
                ++droppedFields;
            setField(
                root, Field::Title,
                QCoreApplication::translate("Redaction", "Postmortem %1").arg(root.id.left(8)));
            continue;
        }
        dropField(root, it.key(), droppedFields);
    }
    // The markings that remain describe fields that are still there.
    QJsonArray remaining;
    for (auto it = markings.cbegin(); it != markings.cend(); ++it) {
        if (root.fields.contains(it.key()) && keptInProfile(it.value(), profile))
            remaining.append(QString(it.key() + u':' + it.value()));
    }
    if (root.fields.contains(ConfidentialityField::FieldMarkings))
        root.fields[ConfidentialityField::FieldMarkings].value =
            remaining.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(remaining);
}

// ---------------------------------------------------------------- names (External)

QString aResponder() {
    return QCoreApplication::translate("Redaction", "a responder");
}

struct NameTable {
    // Whole names and team names, matched in any case.
    QList<QPair<QString, QString>> names;
    // The capitalised parts of person names ("Ana" of "Ana Lima"), matched as written, so
    // that "Ana said" is caught while the word "will" survives a participant called "Will".
    QList<QPair<QString, QString>> parts;
};

// Adds name → role; the same name met again with another role becomes the neutral word.
void addName(QList<QPair<QString, QString>>& table, const QString& name, const QString& role,
             const QString& neutral, Qt::CaseSensitivity cs) {
    const QString n = name.simplified();
    if (n.size() < 2)
        return;
    for (auto& entry : table) {
        if (entry.first.compare(n, cs) == 0) {
            if (entry.second != role)
                entry.second = neutral;
            return;
        }
    }
    table.append({n, role});
}

void sortLongestFirst(QList<QPair<QString, QString>>& table) {
    std::stable_sort(table.begin(), table.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

NameTable buildNameTable(const Postmortem& pm) {
    NameTable table;
    const QString aTeam = QCoreApplication::translate("Redaction", "a team");
    const QString aSigner = QCoreApplication::translate("Redaction", "a signer");
    const QString aReviewer = QCoreApplication::translate("Redaction", "a reviewer");
    // Every live participant counts, also one left out for its marking: its name may
    // still appear in the text of records that stay.
    QList<const Record*> people;
    for (const Record& r : pm.children) {
        if (!r.deleted && r.kind == Kind::Participant)
            people.append(&r);
    }
    auto roleOf = [&](const Record& r) {
        const QString role = r.text(Field::Role).simplified();
        return role.isEmpty() ? aResponder() : role;
    };
    for (const Record* p : people)
        addName(table.names, p->text(Field::Name), roleOf(*p), aResponder(), Qt::CaseInsensitive);
    // A team becomes the role its members share, else "a team".
    QMap<QString, QSet<QString>> teamRoles; // case-folded team → roles of its members
    QMap<QString, QString> teamNames;
    for (const Record* p : people) {
        const QString team = p->text(Field::Team).simplified();
        if (team.size() < 2)
            continue;
        teamRoles[team.toCaseFolded()].insert(p->text(Field::Role).simplified());
        teamNames.insert(team.toCaseFolded(), team);
    }
    for (auto it = teamNames.cbegin(); it != teamNames.cend(); ++it) {
        const QSet<QString> roles = teamRoles.value(it.key());
        const QString role =
            roles.size() == 1 && !roles.begin()->isEmpty() ? *roles.begin() : aTeam;
        addName(table.names, it.value(), role, aTeam, Qt::CaseInsensitive);
    }
    // Signers and reviewers need not be participants; their names go as well.
    for (const Record& r : pm.children) {
        if (r.deleted)
            continue;
        if (r.kind == Kind::Signature) {
            const QString role = r.text(SignatureField::Role).simplified();
            addName(table.names, r.text(SignatureField::Name), role.isEmpty() ? aSigner : role,
                    aSigner, Qt::CaseInsensitive);
        } else if (r.kind == Kind::Review) {
            // Known as a participant or signer already: the first entry stands.
            const QString by = r.text(ReviewField::By).simplified();
            const bool known = std::any_of(table.names.cbegin(), table.names.cend(), [&](auto& e) {
                return e.first.compare(by, Qt::CaseInsensitive) == 0;
            });
            if (!known)
                addName(table.names, by, aReviewer, aReviewer, Qt::CaseInsensitive);
        }
    }
    for (const Record* p : people) {
        const QStringList words = p->text(Field::Name).simplified().split(u' ');
        if (words.size() < 2)
            continue;
        for (const QString& word : words) {
            if (word.size() < 2 || !word.at(0).isUpper())
                continue;
            const bool whole = std::any_of(table.names.cbegin(), table.names.cend(), [&](auto& e) {
                return e.first.compare(word, Qt::CaseInsensitive) == 0;
            });
            if (!whole)
                addName(table.parts, word, roleOf(*p), aResponder(), Qt::CaseSensitive);
        }
    }
    sortLongestFirst(table.names);
    sortLongestFirst(table.parts);
    return table;
}

// Replaces every name of table in one pass, so a role put in never gets replaced again.
class NameReplacer {
public:
    NameReplacer(const QList<QPair<QString, QString>>& table, Qt::CaseSensitivity cs)
        : m_table(table)
        , m_cs(cs) {
        if (table.isEmpty())
            return;
        QStringList alternatives;
        for (const auto& entry : table) {
            QStringList words;
            for (const QString& w : entry.first.split(u' '))
                words.append(QRegularExpression::escape(w));
            // Any run of white space between the words: text wraps where it likes.
            alternatives.append(words.join(QStringLiteral("\\s+")));
        }
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (cs == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        // Whole words only: "Ana" is not in "Banana".
        m_pattern =
            QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_])(?:") + alternatives.join(u'|') +
                                   QStringLiteral(")(?![\\p{L}\\p{N}_])"),
                               options);
    }

    QString apply(const QString& text) const {
        if (m_table.isEmpty() || text.isEmpty())
            return text;
        QString out;
        qsizetype last = 0;
        auto matches = m_pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += roleFor(m.captured().simplified());
            last = m.capturedEnd();
        }
        if (last == 0)
            return text;
        out += QStringView(text).mid(last);
        return out;
    }

private:
    QString roleFor(const QString& matched) const {
        for (const auto& entry : m_table) {
            if (entry.first.compare(matched, m_cs) == 0)
                return entry.second;
        }
        return aResponder(); // case folding the regex knows and QString does not
    }

    QList<QPair<QString, QString>> m_table;
    Qt::CaseSensitivity m_cs;
    QRegularExpression m_pattern;
};

QJsonValue replaceNames(const QJsonValue& value, const NameReplacer& names,
                        const NameReplacer& parts) {
    if (value.isString())
        return parts.apply(names.apply(value.toString()));
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(replaceNames(item, names, parts));
        return out;
    }
    return value;
}

// Who did what, and what evidence is called: gone from an external report.
void dropPersonalFields(Record& record, int& droppedFields) {
    if (record.kind == Kind::Participant) {
        const QList<QString> keys = record.fields.keys();
        for (const QString& key : keys) {
            if (key != Field::Role && key != ConfidentialityField::Record)
                dropField(record, key, droppedFields);
        }
    } else if (record.kind == Kind::Attachment) {
        // The schema wants a file name: the hash names the evidence without telling anything.
        if (!record.text(AttachmentField::Name).isEmpty())
            ++droppedFields;
        setField(
            record, AttachmentField::Name,
            QString(QStringLiteral("evidence-") + record.text(AttachmentField::Sha256).left(12)));
        dropField(record, AttachmentField::AddedBy, droppedFields);
        dropField(record, AttachmentField::AddedAt, droppedFields);
    } else if (record.kind == Kind::Action) {
        dropField(record, ActionField::Ticket, droppedFields);
        dropField(record, ActionField::VerifiedBy, droppedFields);
    } else if (record.kind == Kind::Signature) {
        dropField(record, SignatureField::Name, droppedFields);
    }
}

void replaceNamesIn(Record& record, const NameReplacer& names, const NameReplacer& parts) {
    for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
        if (holdsText(record, it.key()))
            it->value = replaceNames(it->value, names, parts);
    }
}

} // namespace

Redaction redact(const Postmortem& pm, ReportProfile profile) {
    Redaction out;
    out.profile = profile;
    out.postmortem.root = pm.root;
    const QSet<QString> dropped = droppedRecordIds(pm, profile);
    out.droppedRecords = static_cast<int>(dropped.size());
    for (const Record& r : pm.children) {
        if (r.deleted || dropped.contains(r.id))
            continue;
        Record copy = r;
        unlinkDropped(copy, dropped);
        out.postmortem.children.append(copy);
    }
    if (profile == ReportProfile::Full)
        return out;

    dropMarkedFields(out.postmortem.root, profile, out.droppedFields);
    // The copy carries the marking it is shared under (reportMarking).
    setField(out.postmortem.root, Field::Confidentiality,
             profile == ReportProfile::Internal ? QStringLiteral("internal")
                                                : QStringLiteral("public"));
    if (profile != ReportProfile::External)
        return out;

    const NameTable table = buildNameTable(pm);
    out.replacements = table.names + table.parts;
    const NameReplacer names(table.names, Qt::CaseInsensitive);
    const NameReplacer parts(table.parts, Qt::CaseSensitive);
    for (Record& r : out.postmortem.children) {
        dropPersonalFields(r, out.droppedFields);
        replaceNamesIn(r, names, parts);
    }
    replaceNamesIn(out.postmortem.root, names, parts);
    return out;
}

} // namespace causeway
