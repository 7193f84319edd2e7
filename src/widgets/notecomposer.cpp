// SPDX-License-Identifier: MIT
#include "widgets/notecomposer.h"
#include "widgets/appearance.h"

#include "widgets/errorlabel.h"

#include "core/domain/callscript.h"
#include "core/storage/attachmentstore.h"
#include "core/support/dateformat.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
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
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
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
/// How often "When" looks at the clock while it follows it.
constexpr int kClockTickMs = 1000;

/// `t` without its seconds: the precision "When" shows.
QDateTime toMinute(QDateTime t)
{
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}
} // namespace

NoteComposer::NoteComposer(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_draftBar(new QWidget(this))
    , m_draftLabel(new QLabel(m_draftBar))
    , m_discardDraft(new QPushButton(m_draftBar))
    , m_clockTimer(new QTimer(this))
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
    , m_saveAction(new QAction(this))
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
    layout->addWidget(buildDraftBar());
    layout->addLayout(buildHeaderGrid());
    m_fieldsForm->setContentsMargins(0, 0, 0, 0);
    m_fieldsBox->hide();
    layout->addWidget(m_fieldsBox);
    m_text->setTabChangesFocus(true); // Tab moves on, never types a tab
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
    m_clockTimer->start(kClockTickMs);
}

void NoteComposer::nameChildren()
{
    m_channel->setObjectName(QStringLiteral("channel"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setEditable(true); // picked from the client's contacts or typed
    m_occurred->setObjectName(QStringLiteral("occurredAt"));
    m_occurred->setCalendarPopup(true);
    m_occurred->setDisplayFormat(dateformat::dateTimePattern(m_locale));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_template->setObjectName(QStringLiteral("template"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    m_invoices->setObjectName(QStringLiteral("invoices"));
    m_invoices->setAccessibleName(tr("Invoices this note is about"));
    m_invoices->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_nextContact->setObjectName(QStringLiteral("nextContact"));
    m_nextContact->setCalendarPopup(true);
    m_nextContact->setDisplayFormat(dateformat::datePattern(m_locale));
    m_noFollowUp->setObjectName(QStringLiteral("noFollowUp"));
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setIcon(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")));
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_cancelAmend->setObjectName(QStringLiteral("cancelAmendButton"));
    m_error->setObjectName(QStringLiteral("composerError"));
    m_draftBar->setObjectName(QStringLiteral("draftBar"));
    m_draftLabel->setObjectName(QStringLiteral("draftRestored"));
    m_discardDraft->setObjectName(QStringLiteral("discardDraftButton"));
}

/// "Draft restored — saved 14:05" and Discard, on a pale band above the form.
QWidget *NoteComposer::buildDraftBar()
{
    Appearance::setBandTone(m_draftBar, Appearance::Tone::Warning);
    auto *row = new QHBoxLayout(m_draftBar);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(m_draftLabel, 1);
    m_discardDraft->setAutoDefault(false);
    row->addWidget(m_discardDraft);
    m_draftBar->hide();
    return m_draftBar;
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
    // An action, not a bare QShortcut: Help > Keyboard shortcuts reads it from the window.
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &NoteComposer::save);
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
        noteEdited();
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
    connectEdits();
    connect(m_discardDraft, &QPushButton::clicked, this, [this] {
        startNew();
        Q_EMIT draftDiscarded();
    });
    connect(m_clockTimer, &QTimer::timeout, this, &NoteComposer::followClock);
}

/// Every change a user can make tells edited(); setting "When" also stops it following the
/// clock.
void NoteComposer::connectEdits()
{
    for (QComboBox *box : {m_channel, m_direction, m_outcome, m_template})
        connect(box, &QComboBox::currentIndexChanged, this, &NoteComposer::noteEdited);
    connect(m_contact, &QComboBox::editTextChanged, this, &NoteComposer::noteEdited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteComposer::noteEdited);
    connect(m_invoices, &QListWidget::itemChanged, this, &NoteComposer::noteEdited);
    connect(m_followUp, &QCheckBox::toggled, this, &NoteComposer::noteEdited);
    connect(m_noFollowUp, &QCheckBox::toggled, this, &NoteComposer::noteEdited);
    connect(m_nextContact, &QDateEdit::dateChanged, this, &NoteComposer::noteEdited);
    connect(m_occurred, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_quiet)
            return;
        m_occurredSet = true;
        noteEdited();
    });
}

void NoteComposer::setClient(const ClientDetails &details)
{
    const QScopedValueRollback quiet(m_quiet, true);
    const bool sameClient = details.client.id == m_details.client.id;
    m_details = details;
    const QString typed = m_contact->currentText();
    // The same client shown again (after a save elsewhere): the invoices ticked stay ticked.
    const QList<qint64> linked = sameClient ? unsavedDraft().invoiceIds : QList<qint64>();
    m_contact->clear();
    m_contact->addItem(QString(), qint64(0));
    for (const Contact &c : details.contacts)
        m_contact->addItem(
                c.role.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.role), c.id);
    m_invoices->clear();
    for (const Invoice &inv : details.invoices) {
        if (inv.balanceMinor <= 0)
            continue;
        auto *item = new QListWidgetItem(tr("%1 — %2 due %3")
                                                 .arg(inv.number, inv.balance().format(m_locale),
                                                      dateformat::date(m_locale, inv.dueDate)),
                                         m_invoices);
        item->setData(Qt::UserRole, inv.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (!sameClient) {
        startNew();
    } else {
        m_contact->setCurrentText(typed);
        for (qint64 id : linked)
            setInvoiceLinked(id, true);
    }
}

void NoteComposer::setTemplates(const QList<NoteTemplate> &templates)
{
    const QScopedValueRollback quiet(m_quiet, true);
    // Loaded again with the client (after any change to it): the template chosen and the
    // values typed into its fields stay.
    const QString chosen = m_template->currentData().toString();
    const QMap<QString, QString> typed = fieldTexts();
    m_templates.clear();
    for (const NoteTemplate &t : templates) {
        if (t.kind == NoteTemplate::Kind::Note)
            m_templates.append(t);
    }
    {
        const QSignalBlocker block(m_template);
        m_template->clear();
        m_template->addItem(tr("None"), QString());
        for (const NoteTemplate &t : std::as_const(m_templates))
            m_template->addItem(t.name, t.key);
        m_template->setCurrentIndex(std::max(0, m_template->findData(chosen)));
    }
    rebuildFields();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        setFieldText(it.key(), it.value());
}

void NoteComposer::startNew()
{
    const QScopedValueRollback quiet(m_quiet, true);
    m_amendNoteId = 0;
    m_amendRevision = 0;
    m_channel->setCurrentIndex(0);
    m_direction->setCurrentIndex(0);
    m_contact->setCurrentIndex(0);
    m_contact->setEditText(QString());
    m_occurredSet = false;
    setOccurredQuietly(toMinute(m_clock->nowIn(QTimeZone::systemTimeZone())));
    m_outcome->setCurrentIndex(0);
    m_template->setCurrentIndex(0);
    m_text->clear();
    for (int i = 0; i < m_invoices->count(); ++i)
        m_invoices->item(i)->setCheckState(Qt::Unchecked);
    m_followUp->setChecked(false);
    m_nextContact->setDate(m_clock->todayIn(QTimeZone::systemTimeZone()).addDays(7));
    m_noFollowUp->setChecked(false);
    m_files.clear();
    m_data.clear();
    m_attachments->clear();
    m_error->hide();
    m_cancelAmend->hide();
    m_draftBar->hide();
    m_draftSavedAt = QDateTime();
    updateFollowUp();
    retranslateUi();
}

void NoteComposer::startAmend(const NoteService::Entry &entry)
{
    const QScopedValueRollback quiet(m_quiet, true);
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
    setOccurredQuietly(n.occurredAt.toLocalTime());
    m_occurredSet = true; // an edit keeps the time the note was about
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

/// The chip of a file to attach: its name, size and type from its content, and a warning when
/// the content is not what the name claims (what AttachmentStore will record).
static void describeAttachment(QListWidgetItem *item, const QString &name, qint64 size,
                               const QMimeType &detected, const QMimeType &claimed,
                               const QLocale &locale)
{
    const QString type = detected.comment().isEmpty() ? detected.name() : detected.comment();
    const bool mismatch = AttachmentStore::isMismatch(detected.name(), claimed.name());
    item->setText(NoteComposer::tr("%1 (%2, %3)").arg(name, locale.formattedDataSize(size), type));
    if (mismatch) {
        item->setIcon(QIcon(QStringLiteral(":/ardesk/icons/warning.svg")));
        item->setForeground(Appearance::text(Appearance::Tone::Error, QApplication::palette()));
        item->setText(
                NoteComposer::tr("Type mismatch: %1 (%2, %3 — the name says %4)")
                        .arg(name, locale.formattedDataSize(size), type,
                             claimed.comment().isEmpty() ? claimed.name() : claimed.comment()));
    }
}

void NoteComposer::addAttachmentFile(const QString &path)
{
    m_files.append(path);
    const QFileInfo info(path);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")),
                                     info.fileName());
    const QMimeDatabase mimes;
    describeAttachment(item, info.fileName(), info.size(),
                       mimes.mimeTypeForFile(path, QMimeDatabase::MatchContent),
                       mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension), m_locale);
    item->setToolTip(tr("%1\n%2 — double-click to remove").arg(item->text(), path));
    m_attachments->insertItem(int(m_files.size()) - 1, item);
    noteEdited();
}

void NoteComposer::addAttachmentData(const QString &name, const QByteArray &bytes)
{
    m_data.append({name, bytes});
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")), name,
                                     m_attachments);
    const QMimeDatabase mimes;
    describeAttachment(item, name, bytes.size(), mimes.mimeTypeForData(bytes),
                       mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension), m_locale);
    item->setToolTip(tr("%1\nDropped content — double-click to remove").arg(item->text()));
    noteEdited();
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
    // Tab goes from Template through its fields to the text, all before Save (new widgets
    // would otherwise come last in the window's focus chain).
    QWidget *previous = m_template;
    for (const TemplateField &f : it->fields) {
        auto *edit = new QLineEdit(m_fieldsBox);
        setTabOrder(previous, edit);
        previous = edit;
        edit->setObjectName(QStringLiteral("field_") + f.key);
        edit->setToolTip(f.help);
        edit->setPlaceholderText(f.help);
        if (f.type == TemplateField::Type::Date)
            edit->setPlaceholderText(tr("%1 — %2").arg(dateformat::datePattern(m_locale), f.help));
        auto *label = new QLabel(f.required ? tr("%1 *:").arg(f.label) : tr("%1:").arg(f.label),
                                 m_fieldsBox);
        label->setBuddy(edit);
        m_fieldsForm->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &NoteComposer::noteEdited);
    }
    setTabOrder(previous, m_text);
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
    // Not set by the user: the note happened now, not when the form was opened.
    n.occurredAt = m_occurredSet ? m_occurred->dateTime().toUTC() : m_clock->now();
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

NoteDraft NoteComposer::unsavedDraft() const
{
    NoteDraft d;
    d.clientId = m_details.client.id;
    d.amendNoteId = m_amendNoteId;
    d.amendRevision = m_amendRevision;
    d.channel = noteChannelFromString(m_channel->currentData().toString())
                        .value_or(NoteChannel::Call);
    d.direction = noteDirectionFromString(m_direction->currentData().toString())
                          .value_or(NoteDirection::Outbound);
    Note who;
    linkContact(who);
    d.contactId = who.contactId;
    d.contactName = who.contactName;
    if (m_occurredSet)
        d.occurredAt = m_occurred->dateTime().toUTC();
    d.outcome = noteOutcomeFromString(m_outcome->currentData().toString())
                        .value_or(NoteOutcome::None);
    d.text = m_text->toPlainText();
    d.templateKey = m_template->currentData().toString();
    const QMap<QString, QString> fields = fieldTexts();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it.value().isEmpty())
            d.fields.insert(it.key(), it.value());
    }
    for (int i = 0; i < m_invoices->count(); ++i) {
        if (m_invoices->item(i)->checkState() == Qt::Checked)
            d.invoiceIds.append(m_invoices->item(i)->data(Qt::UserRole).toLongLong());
    }
    if (m_followUp->isChecked())
        d.nextContactDate = m_nextContact->date();
    d.noFollowUpNeeded = m_noFollowUp->isChecked();
    d.attachFiles = m_files;
    return d;
}

void NoteComposer::restoreDraft(const NoteDraft &d)
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        startNew();
        m_amendNoteId = d.amendNoteId;
        m_amendRevision = d.amendRevision;
        prefill(d.channel, d.contactName, d.contactId);
        m_direction->setCurrentIndex(std::max(0, m_direction->findData(toString(d.direction))));
        if (d.occurredAt.isValid()) {
            setOccurredQuietly(d.occurredAt.toLocalTime());
            m_occurredSet = true;
        }
        setOutcome(d.outcome);
        setTemplate(d.templateKey);
        for (auto it = d.fields.cbegin(); it != d.fields.cend(); ++it)
            setFieldText(it.key(), it.value());
        m_text->setPlainText(d.text);
        for (qint64 id : d.invoiceIds)
            setInvoiceLinked(id, true);
        setNextContact(d.nextContactDate);
        setNoFollowUp(d.noFollowUpNeeded);
        for (const QString &path : d.attachFiles)
            addAttachmentFile(path);
        m_cancelAmend->setVisible(m_amendNoteId != 0);
    }
    m_draftSavedAt = d.savedAt;
    m_draftBar->show();
    retranslateUi();
}

bool NoteComposer::isShowingRestoredDraft() const
{
    return !m_draftBar->isHidden();
}

QMap<QString, QString> NoteComposer::fieldTexts() const
{
    QMap<QString, QString> texts;
    for (QLineEdit *edit : m_fieldsBox->findChildren<QLineEdit *>())
        texts.insert(edit->objectName().mid(6), edit->text()); // "field_<key>"
    return texts;
}

void NoteComposer::noteEdited()
{
    if (!m_quiet)
        Q_EMIT edited();
}

void NoteComposer::followClock()
{
    if (m_occurredSet || m_occurred->hasFocus())
        return;
    const QDateTime now = toMinute(m_clock->nowIn(QTimeZone::systemTimeZone()));
    if (toMinute(m_occurred->dateTime()) != now)
        setOccurredQuietly(now);
}

void NoteComposer::setOccurredQuietly(const QDateTime &local)
{
    const QSignalBlocker block(m_occurred);
    m_occurred->setDateTime(local);
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
    m_saveAction->setText(tr("Save the note"));
    setAccessibleName(tr("Note composer"));
    m_cancelAmend->setText(tr("Cancel edit"));
    retranslateDraftBar();
}

void NoteComposer::retranslateDraftBar()
{
    const QDateTime saved = m_draftSavedAt.toLocalTime();
    // Today's draft by its time; an older one with its date.
    const QString when = saved.date() == m_clock->todayIn(QTimeZone::systemTimeZone())
            ? saved.toString(QStringLiteral("HH:mm"))
            : dateformat::dateTime(m_locale, saved);
    m_draftLabel->setText(tr("Draft restored — saved %1. This note is not saved yet.").arg(when));
    m_draftLabel->setToolTip(tr("What you typed here earlier was kept when you left it. Save "
                                "the note, or Discard to throw the draft away."));
    m_discardDraft->setText(tr("Disca&rd draft"));
}

void NoteComposer::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_occurred->setDisplayFormat(dateformat::dateTimePattern(locale));
    m_nextContact->setDisplayFormat(dateformat::datePattern(locale));
}

} // namespace ardesk
