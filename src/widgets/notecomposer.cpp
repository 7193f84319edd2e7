// SPDX-License-Identifier: MIT
#include "widgets/notecomposer.h"

#include "widgets/errorlabel.h"

#include "core/domain/callscript.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ardesk {

namespace {
constexpr NoteChannel kChannels[]
        = {NoteChannel::Call,    NoteChannel::Email,  NoteChannel::Text,
           NoteChannel::Meeting, NoteChannel::Letter, NoteChannel::Internal};
constexpr NoteOutcome kOutcomes[]
        = {NoteOutcome::None,     NoteOutcome::Reached,     NoteOutcome::LeftVoicemail,
           NoteOutcome::NoAnswer, NoteOutcome::WrongNumber, NoteOutcome::Refused,
           NoteOutcome::Promised, NoteOutcome::Disputed,    NoteOutcome::Other};
} // namespace

NoteComposer::NoteComposer(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_occurred(new QDateTimeEdit(this))
    , m_outcome(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_fieldsBox(new QWidget(this))
    , m_fieldsForm(new QFormLayout(m_fieldsBox))
    , m_text(new QPlainTextEdit(this))
    , m_invoices(new QListWidget(this))
    , m_followUp(new QCheckBox(this))
    , m_nextContact(new QDateEdit(this))
    , m_noFollowUp(new QCheckBox(this))
    , m_attachments(new QListWidget(this))
    , m_attach(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_cancelAmend(new QPushButton(this))
    , m_error(new ErrorLabel(this))
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("noteComposer"));
    setAcceptDrops(true);
    nameChildren();
    for (NoteChannel c : kChannels)
        m_channel->addItem(QString(), toString(c));
    m_direction->addItem(QString(), toString(NoteDirection::Outbound));
    m_direction->addItem(QString(), toString(NoteDirection::Inbound));
    for (NoteOutcome o : kOutcomes)
        m_outcome->addItem(QString(), toString(o));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addLayout(buildHeaderGrid());
    m_fieldsForm->setContentsMargins(0, 0, 0, 0);
    m_fieldsBox->hide();
    layout->addWidget(m_fieldsBox);
    m_text->setMinimumHeight(60);
    layout->addWidget(m_text, 1);

    layout->addLayout(buildBottomRow());
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelAmend);
    buttons->addWidget(m_save);
    m_save->setDefault(true);
    m_cancelAmend->hide();
    layout->addLayout(buttons);

    connectUi();
    retranslateUi();
    startNew();
}

void NoteComposer::nameChildren()
{
    m_channel->setObjectName(QStringLiteral("channel"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setEditable(true); // picked from the client's contacts or typed
    m_occurred->setObjectName(QStringLiteral("occurredAt"));
    m_occurred->setCalendarPopup(true);
    m_occurred->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_template->setObjectName(QStringLiteral("template"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_invoices->setObjectName(QStringLiteral("invoices"));
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_nextContact->setObjectName(QStringLiteral("nextContact"));
    m_nextContact->setCalendarPopup(true);
    m_nextContact->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_noFollowUp->setObjectName(QStringLiteral("noFollowUp"));
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setIcon(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")));
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_cancelAmend->setObjectName(QStringLiteral("cancelAmendButton"));
    m_error->setObjectName(QStringLiteral("composerError"));
}

/// Channel, direction, contact / occurred, outcome, template: label and field pairs.
QGridLayout *NoteComposer::buildHeaderGrid()
{
    auto *grid = new QGridLayout;
    auto addPair = [&](int row, int col, const char *name, QWidget *w) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setBuddy(w);
        grid->addWidget(label, row, col * 2, Qt::AlignRight);
        grid->addWidget(w, row, col * 2 + 1);
    };
    addPair(0, 0, "channelLabel", m_channel);
    addPair(0, 1, "directionLabel", m_direction);
    addPair(0, 2, "contactLabel", m_contact);
    addPair(1, 0, "occurredLabel", m_occurred);
    addPair(1, 1, "outcomeLabel", m_outcome);
    addPair(1, 2, "templateLabel", m_template);
    grid->setColumnStretch(5, 1);
    return grid;
}

/// Linked invoices on the left; follow-up and attachments on the right.
QHBoxLayout *NoteComposer::buildBottomRow()
{
    auto *bottom = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *invoicesLabel = new QLabel(this);
    invoicesLabel->setObjectName(QStringLiteral("invoicesLabel"));
    left->addWidget(invoicesLabel);
    m_invoices->setMaximumHeight(64);
    left->addWidget(m_invoices);
    bottom->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_followUp);
    follow->addWidget(m_nextContact);
    follow->addStretch();
    right->addLayout(follow);
    right->addWidget(m_noFollowUp);
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attach);
    m_attachments->setMaximumHeight(40);
    m_attachments->setFlow(QListView::LeftToRight);
    attachRow->addWidget(m_attachments, 1);
    right->addLayout(attachRow);
    bottom->addLayout(right, 1);
    return bottom;
}

void NoteComposer::connectUi()
{
    connect(m_save, &QPushButton::clicked, this, &NoteComposer::save);
    connect(m_cancelAmend, &QPushButton::clicked, this, &NoteComposer::startNew);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &NoteComposer::save);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        for (const QString &f : files)
            addAttachmentFile(f);
    });
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int row = m_attachments->row(item);
        if (row < m_files.size())
            m_files.removeAt(row);
        else
            m_data.removeAt(row - m_files.size());
        delete item;
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &NoteComposer::rebuildFields);
    connect(m_followUp, &QCheckBox::toggled, this, &NoteComposer::updateFollowUp);
    connect(m_noFollowUp, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_followUp->setChecked(false);
        updateFollowUp();
    });
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_noFollowUp->setChecked(false);
    });
}

void NoteComposer::setClient(const ClientDetails &details)
{
    const bool sameClient = details.client.id == m_details.client.id;
    m_details = details;
    const QString typed = m_contact->currentText();
    m_contact->clear();
    m_contact->addItem(QString(), qint64(0));
    for (const Contact &c : details.contacts)
        m_contact->addItem(
                c.role.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.role), c.id);
    m_invoices->clear();
    for (const Invoice &inv : details.invoices) {
        if (inv.balanceMinor <= 0)
            continue;
        auto *item = new QListWidgetItem(
                tr("%1 — %2 due %3")
                        .arg(inv.number, inv.balance().format(m_locale),
                             m_locale.toString(inv.dueDate, QLocale::ShortFormat)),
                m_invoices);
        item->setData(Qt::UserRole, inv.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (!sameClient)
        startNew();
    else
        m_contact->setCurrentText(typed);
}

void NoteComposer::setTemplates(const QList<NoteTemplate> &templates)
{
    m_templates.clear();
    for (const NoteTemplate &t : templates) {
        if (t.kind == NoteTemplate::Kind::Note)
            m_templates.append(t);
    }
    const QSignalBlocker block(m_template);
    m_template->clear();
    m_template->addItem(tr("None"), QString());
    for (const NoteTemplate &t : std::as_const(m_templates))
        m_template->addItem(t.name, t.key);
    rebuildFields();
}

void NoteComposer::startNew()
{
    m_amendNoteId = 0;
    m_amendRevision = 0;
    m_channel->setCurrentIndex(0);
    m_direction->setCurrentIndex(0);
    m_contact->setCurrentIndex(0);
    m_contact->setEditText(QString());
    m_occurred->setDateTime(m_clock->localNow());
    m_outcome->setCurrentIndex(0);
    m_template->setCurrentIndex(0);
    m_text->clear();
    for (int i = 0; i < m_invoices->count(); ++i)
        m_invoices->item(i)->setCheckState(Qt::Unchecked);
    m_followUp->setChecked(false);
    m_nextContact->setDate(m_clock->today().addDays(7));
    m_noFollowUp->setChecked(false);
    m_files.clear();
    m_data.clear();
    m_attachments->clear();
    m_error->hide();
    m_cancelAmend->hide();
    updateFollowUp();
    retranslateUi();
}

void NoteComposer::startAmend(const NoteService::Entry &entry)
{
    startNew();
    const Note &n = entry.note;
    m_amendNoteId = n.id;
    m_amendRevision = n.revision;
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(toString(n.channel))));
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(toString(n.direction))));
    const int contactRow = n.contactId ? m_contact->findData(n.contactId) : -1;
    if (contactRow > 0)
        m_contact->setCurrentIndex(contactRow);
    else
        m_contact->setEditText(n.contactName);
    m_occurred->setDateTime(n.occurredAt.toLocalTime());
    setOutcome(n.outcome);
    setTemplate(n.templateKey);
    m_text->setPlainText(n.text);
    for (qint64 id : n.invoiceIds)
        setInvoiceLinked(id, true);
    if (n.nextContactDate.isValid()) {
        m_followUp->setChecked(true);
        m_nextContact->setDate(n.nextContactDate);
    }
    m_noFollowUp->setChecked(n.noFollowUpNeeded);
    m_cancelAmend->show();
    retranslateUi();
}

void NoteComposer::prefill(NoteChannel channel, const QString &contactName, qint64 contactId)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(toString(channel))));
    const int row = contactId ? m_contact->findData(contactId) : -1;
    if (row > 0)
        m_contact->setCurrentIndex(row);
    else
        m_contact->setEditText(contactName);
}

void NoteComposer::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void NoteComposer::setOutcome(NoteOutcome outcome)
{
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(toString(outcome))));
}

void NoteComposer::setNextContact(const QDate &date)
{
    m_followUp->setChecked(date.isValid());
    if (date.isValid())
        m_nextContact->setDate(date);
}

void NoteComposer::setNoFollowUp(bool on)
{
    m_noFollowUp->setChecked(on);
}

void NoteComposer::setTemplate(const QString &key)
{
    m_template->setCurrentIndex(std::max(0, m_template->findData(key)));
}

void NoteComposer::setFieldText(const QString &key, const QString &text)
{
    if (auto *edit = m_fieldsBox->findChild<QLineEdit *>(QStringLiteral("field_") + key))
        edit->setText(text);
}

void NoteComposer::setInvoiceLinked(qint64 invoiceId, bool linked)
{
    for (int i = 0; i < m_invoices->count(); ++i) {
        if (m_invoices->item(i)->data(Qt::UserRole).toLongLong() == invoiceId)
            m_invoices->item(i)->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
}

void NoteComposer::addAttachmentFile(const QString &path)
{
    m_files.append(path);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")),
                                     QFileInfo(path).fileName());
    item->setToolTip(tr("%1 — double-click to remove").arg(path));
    m_attachments->insertItem(int(m_files.size()) - 1, item);
}

void NoteComposer::addAttachmentData(const QString &name, const QByteArray &bytes)
{
    m_data.append({name, bytes});
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")), name,
                                     m_attachments);
    item->setToolTip(tr("Dropped content — double-click to remove"));
}

int NoteComposer::pendingAttachments() const
{
    return int(m_files.size() + m_data.size());
}

void NoteComposer::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void NoteComposer::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            addAttachmentFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void NoteComposer::rebuildFields()
{
    while (m_fieldsForm->count() > 0) {
        QLayoutItem *item = m_fieldsForm->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QString key = m_template->currentData().toString();
    const auto it = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                 [&](const NoteTemplate &t) { return t.key == key; });
    m_fieldsBox->setVisible(it != m_templates.cend());
    if (it == m_templates.cend())
        return;
    for (const TemplateField &f : it->fields) {
        auto *edit = new QLineEdit(m_fieldsBox);
        edit->setObjectName(QStringLiteral("field_") + f.key);
        edit->setToolTip(f.help);
        edit->setPlaceholderText(f.help);
        if (f.type == TemplateField::Type::Date)
            edit->setPlaceholderText(tr("YYYY-MM-DD — %1").arg(f.help));
        auto *label = new QLabel(f.required ? tr("%1 *:").arg(f.label) : tr("%1:").arg(f.label),
                                 m_fieldsBox);
        label->setBuddy(edit);
        m_fieldsForm->addRow(label, edit);
    }
}

void NoteComposer::updateFollowUp()
{
    m_nextContact->setEnabled(m_followUp->isChecked());
}

/// A contact picked from the list, or typed as a known contact's name, is linked by id;
/// anything else is kept as typed.
void NoteComposer::linkContact(Note &n) const
{
    const QString typed = m_contact->currentText().trimmed();
    n.contactName = typed;
    const int contactRow = m_contact->findText(typed);
    const qint64 pickedId = contactRow > 0 ? m_contact->itemData(contactRow).toLongLong() : 0;
    for (const Contact &c : m_details.contacts) {
        if ((pickedId && c.id == pickedId)
            || (!pickedId && c.name.compare(typed, Qt::CaseInsensitive) == 0)) {
            n.contactId = c.id;
            n.contactName = c.name;
            break;
        }
    }
}

/// No words typed: the template's sentence with the values ("Promised to pay 500.00 by
/// 2026-12-01.") says what the structured fields say.
QString NoteComposer::templateSentence(const QString &key,
                                       const QMap<QString, QString> &fields) const
{
    QString text;
    for (const NoteTemplate &t : m_templates) {
        if (t.key != key)
            continue;
        QHash<QString, QString> values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), it.value());
        if (!t.bodyText.isEmpty())
            text = CallScript::render(t.bodyText, values);
    }
    return text;
}

Result<NoteService::Draft> NoteComposer::draft() const
{
    NoteService::Draft d;
    Note &n = d.note;
    n.id = m_amendNoteId;
    n.clientId = m_details.client.id;
    n.channel = noteChannelFromString(m_channel->currentData().toString())
                        .value_or(NoteChannel::Internal);
    n.direction = noteDirectionFromString(m_direction->currentData().toString())
                          .value_or(NoteDirection::Outbound);
    linkContact(n);
    n.occurredAt = m_occurred->dateTime().toUTC();
    n.outcome = noteOutcomeFromString(m_outcome->currentData().toString())
                        .value_or(NoteOutcome::None);
    n.text = NoteService::plainText(m_text->toPlainText());
    for (int i = 0; i < m_invoices->count(); ++i) {
        if (m_invoices->item(i)->checkState() == Qt::Checked)
            n.invoiceIds.append(m_invoices->item(i)->data(Qt::UserRole).toLongLong());
    }
    if (m_followUp->isChecked())
        n.nextContactDate = m_nextContact->date();
    n.noFollowUpNeeded = m_noFollowUp->isChecked();
    n.templateKey = m_template->currentData().toString();
    for (QLineEdit *edit : m_fieldsBox->findChildren<QLineEdit *>()) {
        if (!edit->text().trimmed().isEmpty())
            d.fields.insert(edit->objectName().mid(6), edit->text().trimmed());
    }
    if (n.text.isEmpty() && !n.templateKey.isEmpty())
        n.text = templateSentence(n.templateKey, d.fields);
    d.attachFiles = m_files;
    d.attachData = m_data;
    // The core's rule, checked here so the user hears at once what is missing.
    if (auto v = n.validate(pendingAttachments() > 0 ? Note::TextRule::Optional
                                                     : Note::TextRule::Required);
        !v)
        return v.error();
    return d;
}

void NoteComposer::save()
{
    auto d = draft();
    if (!d) {
        showError(d.errorString());
        return;
    }
    m_error->hide();
    if (m_amendNoteId)
        Q_EMIT amendRequested(m_amendNoteId, d.value(), m_amendRevision);
    else
        Q_EMIT saveRequested(d.value());
}

void NoteComposer::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString NoteComposer::errorText() const
{
    return m_error->message();
}

void NoteComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NoteComposer::retranslateUi()
{
    m_title->setText(m_amendNoteId ? tr("Edit note (saving adds revision %1; the original stays "
                                        "readable)")
                                             .arg(m_amendRevision + 1)
                                   : tr("Log an interaction"));
    auto label = [this](const char *name, const QString &text) {
        if (auto *l = findChild<QLabel *>(QLatin1String(name)))
            l->setText(text);
    };
    label("channelLabel", tr("C&hannel:"));
    label("directionLabel", tr("&Direction:"));
    label("contactLabel", tr("Con&tact:"));
    label("occurredLabel", tr("&When:"));
    label("outcomeLabel", tr("&Outcome:"));
    label("templateLabel", tr("Te&mplate:"));
    label("invoicesLabel", tr("About invoices:"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i,
                               displayName(noteChannelFromString(m_channel->itemData(i).toString())
                                                   .value_or(NoteChannel::Internal)));
    m_direction->setItemText(0, tr("Outgoing"));
    m_direction->setItemText(1, tr("Incoming"));
    for (int i = 0; i < m_outcome->count(); ++i) {
        const auto o = noteOutcomeFromString(m_outcome->itemData(i).toString())
                               .value_or(NoteOutcome::None);
        m_outcome->setItemText(i, o == NoteOutcome::None ? tr("—") : displayName(o));
    }
    m_text->setPlaceholderText(tr("What was said (plain text). Ctrl+Enter saves."));
    m_followUp->setText(tr("&Next contact on"));
    m_noFollowUp->setText(tr("No &follow-up needed"));
    m_attach->setText(tr("&Attach…"));
    m_attachments->setToolTip(tr("Drop files here to attach them"));
    m_save->setText(m_amendNoteId ? tr("&Save revision") : tr("&Save note"));
    m_cancelAmend->setText(tr("Cancel edit"));
}

} // namespace ardesk
