#include "actions/ActionDetails.h"

#include "actions/Action.h"
#include "actions/ActionEditing.h"
#include "causes/Cause.h"
#include "coach/CoachHighlighter.h"
#include "coach/CoachLineHighlighter.h"
#include "coach/DocumentCoach.h"
#include "common/MarkingSelector.h"
#include "common/ProblemLabel.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"
#include "report/Confidentiality.h"
#include "store/Store.h"
#include "util/DisplayFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

namespace {

// The earliest date the editors offer; showing it means "no date".
const QDate kNoDate(2000, 1, 1);

QDateEdit* dateEdit(QWidget* parent, const QString& noDateText) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(noDateText);
    edit->setDisplayFormat(displayDateFormat());
    return edit;
}

// Replaces the text only when it differs, so the cursor of someone typing stays put; a
// replaced text shows from its start.
void setText(QLineEdit* edit, const QString& text) {
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

void selectData(QComboBox* combo, const QString& key) {
    const int i = combo->findData(key);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

ActionDetails::ActionDetails(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("Select an action to see its details, or add one."), this))
    , m_form(new QWidget(this))
    , m_title(new QLineEdit(m_form))
    , m_description(new QPlainTextEdit(m_form))
    , m_owner(new QComboBox(m_form))
    , m_due(dateEdit(m_form, tr("No due date")))
    , m_priority(new QComboBox(m_form))
    , m_type(new QComboBox(m_form))
    , m_status(new QComboBox(m_form))
    , m_reasonLabel(new QLabel(tr("&Reason:"), m_form))
    , m_reason(new QLineEdit(m_form))
    , m_ticket(new QLineEdit(m_form))
    , m_marking(new MarkingSelector(tr("this action"), m_form))
    , m_verification(new QGroupBox(tr("Verification"), m_form))
    , m_method(new QComboBox(m_verification))
    , m_note(new QLineEdit(m_verification))
    , m_verifiedOn(dateEdit(m_verification, tr("No date")))
    , m_verifiedBy(new QLineEdit(m_verification))
    , m_record(new QPushButton(tr("Record &Verification"), m_verification))
    , m_clear(new QPushButton(tr("C&lear"), m_verification))
    , m_causes(new QListWidget(m_form))
    , m_linkable(new QComboBox(m_form))
    , m_link(new QPushButton(tr("&Link"), m_form))
    , m_unlink(new QPushButton(tr("U&nlink"), m_form))
    , m_message(new QLabel(this)) {
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    makeProblemLabel(m_message);

    m_coach = new DocumentCoach(this);
    CoachHighlighter::attach(m_description, m_coach, coach::TextContext::Action);
    // A title names the change to make: it is read as forward-looking as the description.
    CoachLineHighlighter::attach(m_title, m_coach, coach::TextContext::Action);
    m_title->setPlaceholderText(tr("What will be done"));
    m_description->setPlaceholderText(tr("Details, scope, how to tell it is finished"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_ticket->setPlaceholderText(tr("Ticket id or URL in your tracker"));
    m_reason->setPlaceholderText(tr("Why this action will not be done"));
    for (const QString& p : ActionVocabulary::priorities())
        m_priority->addItem(p, p);
    fillCombo(m_type, ActionField::Type, ActionVocabulary::types());
    fillCombo(m_status, ActionField::Status, ActionVocabulary::statuses());
    fillCombo(m_method, ActionField::VerificationMethod, ActionVocabulary::verificationMethods());
    m_verifiedBy->setPlaceholderText(tr("Who checked it"));
    m_note->setPlaceholderText(tr("How the fix was proven"));
    m_causes->setAccessibleName(tr("Causes this action addresses"));
    m_causes->setWordWrap(true);
    m_causes->setAlternatingRowColors(true);
    m_causes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_causes->setMinimumHeight(m_causes->fontMetrics().lineSpacing() * 3);
    m_causes->setMaximumHeight(m_causes->fontMetrics().lineSpacing() * 6);
    m_linkable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linkable->setMinimumContentsLength(16);

    // Two columns under the table: what the action is on the left, how it was proven and
    // what it addresses on the right.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Status:"), m_status);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("Tic&ket:"), m_ticket);
    auto* markingLabel = new QLabel(tr("Mar&king:"), m_form);
    markingLabel->setBuddy(m_marking);
    markingLabel->setToolTip(markingExplanation());
    form->addRow(markingLabel, m_marking);

    auto* verification = new QFormLayout(m_verification);
    verification->addRow(tr("&Method:"), m_method);
    verification->addRow(tr("Not&e:"), m_note);
    verification->addRow(tr("&When:"), m_verifiedOn);
    verification->addRow(tr("&By:"), m_verifiedBy);
    auto* verificationButtons = new QHBoxLayout;
    verificationButtons->addStretch(1);
    verificationButtons->addWidget(m_clear);
    verificationButtons->addWidget(m_record);
    verification->addRow(verificationButtons);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkable, 1);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    auto* causesGroup = new QGroupBox(tr("Addresses these causes"), m_form);
    auto* causesBox = new QVBoxLayout(causesGroup);
    causesBox->addWidget(m_causes);
    causesBox->addLayout(linkRow);
    auto* right = new QVBoxLayout;
    right->addWidget(m_verification);
    right->addWidget(causesGroup);
    right->addStretch(1);
    auto* columns = new QHBoxLayout(m_form);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1); // rows stay together when the pane is tall
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch(0);

    const auto edit = [this](const QString& field, const QJsonValue& value) {
        if (m_updating || !m_doc || m_id.isEmpty())
            return;
        showMessage(ActionEditing::editField(*m_doc, m_id, field, value));
    };
    connect(m_title, &QLineEdit::textEdited, this,
            [edit](const QString& text) { edit(ActionField::Title, text); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this, edit] { edit(ActionField::Description, m_description->toPlainText()); });
    connect(m_ticket, &QLineEdit::textEdited, this,
            [edit](const QString& text) { edit(ActionField::Ticket, text); });
    connect(m_owner, &QComboBox::activated, this, [this, edit] {
        const QString owner = m_owner->currentData().toString();
        edit(ActionField::Owner, owner.isEmpty() ? QJsonValue() : QJsonValue(owner));
    });
    connect(m_type, &QComboBox::activated, this,
            [this, edit] { edit(ActionField::Type, m_type->currentData().toString()); });
    connect(m_due, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_updating || !m_doc || m_id.isEmpty())
            return;
        showMessage(ActionEditing::setDue(*m_doc, m_id, date == kNoDate ? QDate() : date));
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        if (m_doc && !m_id.isEmpty())
            showMessage(
                ActionEditing::setPriority(*m_doc, m_id, m_priority->currentData().toString()));
    });
    connect(m_status, &QComboBox::activated, this, &ActionDetails::applyStatus);
    // Not an ActionEditing field: the marking says who may read the action, not what it is.
    connect(m_marking, &MarkingSelector::levelChosen, this, [this](const QString& level) {
        if (m_doc && !m_id.isEmpty() && !m_readOnly)
            m_doc->editField(m_id, ConfidentialityField::Record,
                             level.isEmpty() ? QJsonValue() : QJsonValue(level));
    });
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (!m_doc || m_id.isEmpty() || m_status->currentData().toString() != u"wont_do")
            return;
        const Record* r = m_doc->record(m_id);
        if (r && r->text(ActionField::Status) == u"wont_do") {
            if (r->text(ActionField::StatusReason) != m_reason->text())
                showMessage(ActionEditing::setStatusReason(*m_doc, m_id, m_reason->text()));
            if (m_reason->text().trimmed().isEmpty())
                refresh(); // refused: show the stored reason again
        } else {
            applyStatus();
        }
    });
    connect(m_record, &QPushButton::clicked, this, &ActionDetails::applyVerification);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_doc && !m_id.isEmpty())
            showMessage(ActionEditing::clearVerification(*m_doc, m_id));
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const QString cause = m_linkable->currentData().toString();
        if (m_doc && !m_id.isEmpty() && !cause.isEmpty())
            showMessage(ActionEditing::linkCause(*m_doc, m_id, cause));
    });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_causes->currentItem();
        if (m_doc && !m_id.isEmpty() && item)
            showMessage(
                ActionEditing::unlinkCause(*m_doc, m_id, item->data(Qt::UserRole).toString()));
    });
    connect(m_causes, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unlink->setEnabled(!m_readOnly && row >= 0); });
    refresh();
}

void ActionDetails::fillCombo(QComboBox* combo, const QString& fieldKey, const QStringList& keys) {
    for (const QString& key : keys)
        combo->addItem(ActionVocabulary::displayName(fieldKey, key), key);
}

void ActionDetails::setDocument(PostmortemDocument* document) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_id.clear();
    m_coach->setDocument(document);
    if (m_doc) {
        connect(m_doc, &PostmortemDocument::fieldChanged, this, &ActionDetails::refresh);
        connect(m_doc, &PostmortemDocument::childrenChanged, this, &ActionDetails::refresh);
    }
    refresh();
}

void ActionDetails::setAction(const QString& actionId) {
    if (actionId == m_id)
        return;
    m_id = actionId;
    showMessage(QString());
    m_status->setProperty("pending", false);
    refresh();
}

void ActionDetails::setReadOnly(bool readOnly, bool followUp) {
    m_readOnly = readOnly;
    m_followUp = followUp;
    refresh();
}

void ActionDetails::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ActionDetails::applyStatus() {
    if (!m_doc || m_id.isEmpty())
        return;
    const QString status = m_status->currentData().toString();
    if (status == u"wont_do" && m_reason->text().trimmed().isEmpty()) {
        // Nothing is stored yet: the status waits for its reason.
        m_status->setProperty("pending", true);
        m_reasonLabel->show();
        m_reason->show();
        m_reason->setEnabled(true);
        m_reason->setFocus(Qt::OtherFocusReason);
        showMessage(tr("\"Won't do\" needs a reason: type why, then press Enter."));
        return;
    }
    m_status->setProperty("pending", false);
    showMessage(ActionEditing::setStatus(*m_doc, m_id, status, m_reason->text()));
    refresh();
}

void ActionDetails::applyVerification() {
    if (!m_doc || m_id.isEmpty())
        return;
    const QDate on = m_verifiedOn->date() == kNoDate ? QDate() : m_verifiedOn->date();
    showMessage(ActionEditing::recordVerification(*m_doc, m_id, m_method->currentData().toString(),
                                                  m_note->text(), on, m_verifiedBy->text()));
}

void ActionDetails::refresh() {
    const Record* r = m_doc && !m_id.isEmpty() ? m_doc->record(m_id) : nullptr;
    const bool shown = r && !r->deleted && r->kind == Kind::Action;
    m_empty->setVisible(!shown);
    m_form->setVisible(shown);
    if (!shown) {
        if (!m_id.isEmpty())
            m_id.clear();
        return;
    }
    m_updating = true;
    const Action a = Action::fromRecord(*r);
    const Postmortem& pm = m_doc->postmortem();
    setText(m_title, a.title);
    if (m_description->toPlainText() != a.description)
        m_description->setPlainText(a.description);
    setText(m_ticket, a.ticket);
    m_marking->setLevel(recordConfidentiality(*r));

    m_owner->clear();
    m_owner->addItem(tr("(nobody yet)"), QString());
    for (const Record& p : pm.children) {
        if (p.kind == Kind::Participant && !p.deleted)
            m_owner->addItem(p.text(Field::Name), p.id);
    }
    if (!a.owner.isEmpty() && m_owner->findData(a.owner) < 0)
        m_owner->addItem(ownerName(pm, a.owner), a.owner); // imported: not a participant
    selectData(m_owner, a.owner);

    m_due->setDate(a.due.isValid() ? a.due : kNoDate);
    selectData(m_priority, a.priority);
    selectData(m_type, a.type);
    const bool pending = m_status->property("pending").toBool();
    if (!pending) {
        selectData(m_status, a.status);
        setText(m_reason, a.statusReason);
    }
    const bool wontDo = pending || a.status == u"wont_do";
    m_reasonLabel->setVisible(wontDo);
    m_reason->setVisible(wontDo);

    // The verification fields keep what the user is typing until it is recorded.
    const QString stored = a.verificationMethod + u'\n' + a.verificationNote + u'\n' +
                           a.verifiedOn.toString(Qt::ISODate) + u'\n' + a.verifiedBy + u'\n' + a.id;
    if (m_verification->property("stored").toString() != stored) {
        m_verification->setProperty("stored", stored);
        selectData(m_method,
                   a.verificationMethod.isEmpty() ? QStringLiteral("test") : a.verificationMethod);
        setText(m_note, a.verificationNote);
        m_verifiedOn->setDate(a.verifiedOn.isValid() ? a.verifiedOn : QDate::currentDate());
        const QString me = m_doc->store() ? m_doc->store()->actor().displayName : QString();
        setText(m_verifiedBy, a.verifiedBy.isEmpty() && !a.isVerified() ? me : a.verifiedBy);
    }
    // Following an action up goes on after approval (the document says where it may).
    const bool followUp = !m_readOnly || (m_followUp && m_doc->canEdit(a.id, ActionField::Status));
    m_verification->setEnabled(followUp && a.status == u"done");
    m_verification->setTitle(a.status != u"done" ? tr("Verification (once done)")
                             : a.isVerified()    ? tr("Verification")
                                                 : tr("Verification: done, unverified"));
    m_clear->setEnabled(followUp && a.isVerified());

    const QStringList linked = actionCauses(pm, a.id);
    const QString currentCause = m_causes->currentItem()
                                     ? m_causes->currentItem()->data(Qt::UserRole).toString()
                                     : QString();
    m_causes->clear();
    m_linkable->clear();
    for (const Record& c : pm.children) {
        if (c.kind != Kind::Cause || c.deleted)
            continue;
        QString statement = c.text(CauseField::Statement).simplified();
        if (statement.isEmpty())
            statement = tr("(no statement yet)");
        if (linked.contains(c.id)) {
            auto* item = new QListWidgetItem(statement, m_causes);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(statement);
            if (c.id == currentCause)
                m_causes->setCurrentItem(item);
        } else {
            m_linkable->addItem(statement, c.id);
            m_linkable->setItemData(m_linkable->count() - 1, statement, Qt::ToolTipRole);
        }
    }

    const bool editable = !m_readOnly;
    m_title->setReadOnly(!editable);
    for (QLineEdit* w : {m_ticket, m_reason})
        w->setReadOnly(!followUp);
    m_description->setReadOnly(!editable);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_owner, m_due, m_priority, m_type, m_marking})
        w->setEnabled(editable);
    m_status->setEnabled(followUp);
    m_linkable->setEnabled(editable && m_linkable->count() > 0);
    m_link->setEnabled(editable && m_linkable->count() > 0);
    m_unlink->setEnabled(editable && m_causes->currentItem() != nullptr);
    m_updating = false;
}

} // namespace causeway
