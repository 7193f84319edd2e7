// SPDX-License-Identifier: MIT
#include "widgets/composedialog.h"
#include "widgets/appearance.h"

#include "core/support/dateformat.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

namespace {
QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setTabKeyNavigation(false);
    list->setMaximumHeight(90);
    return list;
}

/// An edited plain text as a simple HTML part (escaped, line breaks kept).
QString htmlFromText(const QString &text)
{
    QString html = QStringLiteral("<html><body><p>");
    html += text.toHtmlEscaped()
                    .replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"))
                    .replace(u'\n', QStringLiteral("<br>"));
    return html + QStringLiteral("</p></body></html>");
}
} // namespace

ComposeDialog::ComposeDialog(const ClientDetails &details, const QList<NoteTemplate> &templates,
                             const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_details(details)
    , m_locale(locale)
    , m_template(new QComboBox(this))
    , m_contacts(checkList(this, "recipients"))
    , m_invoices(checkList(this, "invoices"))
    , m_attachments(checkList(this, "attachments"))
    , m_to(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_html(new QTextBrowser(this))
    , m_skipped(new QLabel(this))
    , m_guard(new QLabel(this))
    , m_override(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_queue(new QPushButton(tr("&Queue"), this))
    , m_send(new QPushButton(QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")),
                             tr("Queue and &send now"), this))
{
    setObjectName(QStringLiteral("ComposeDialog"));
    setWindowTitle(tr("E-mail %1").arg(details.client.name));
    nameChildren();
    for (const NoteTemplate &t : templates) {
        if (t.kind == NoteTemplate::Kind::Email)
            m_template->addItem(t.name, t.key);
    }
    // The usual first message; the caller may choose another (a recap after a call).
    m_template->setCurrentIndex(
            std::max(0, m_template->findData(QStringLiteral("friendly-reminder"))));
    fillRecipients(details.contacts);
    fillInvoices(details.invoices);

    auto *layout = new QVBoxLayout(this);
    QPushButton *attachButton = nullptr;
    layout->addLayout(buildTop(&attachButton));
    auto *preview = new QFormLayout;
    preview->addRow(tr("Recipients:"), m_to);
    preview->addRow(tr("S&ubject:"), m_subject);
    layout->addLayout(preview);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_text, tr("Text (editable)"));
    tabs->addTab(m_html, tr("HTML as sent"));
    layout->addWidget(tabs, 1);
    m_skipped->setWordWrap(true);
    layout->addWidget(m_skipped);
    m_guard->setWordWrap(true);
    m_guard->setTextFormat(Qt::PlainText);
    Appearance::setTextTone(m_guard, Appearance::Tone::Error);
    {
        QFont f = m_guard->font();
        f.setBold(true);
        m_guard->setFont(f);
    }
    m_guard->hide();
    layout->addWidget(m_guard);
    m_override->setPlaceholderText(tr("Reason to send it anyway (recorded in the note and the "
                                      "audit log)"));
    m_override->hide();
    layout->addWidget(m_override);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_queue, QDialogButtonBox::ActionRole);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_queue->setEnabled(false);
    m_send->setEnabled(false);

    connectUi(attachButton);
    // Tab follows the screen: recipients, invoices, Attach…, the attachments, then the message.
    setTabOrder(m_invoices, attachButton);
    setTabOrder(attachButton, m_attachments);
    resize(860, 700);
    // The first preview once the owner has connected to previewRequested.
    QTimer::singleShot(0, this, &ComposeDialog::requestPreview);
}

void ComposeDialog::nameChildren()
{
    m_template->setObjectName(QStringLiteral("template"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setWordWrap(true); // several recipients wrap instead of being cut off
    m_subject->setObjectName(QStringLiteral("subject"));
    m_text->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Message text"));
    m_html->setObjectName(QStringLiteral("html"));
    m_skipped->setObjectName(QStringLiteral("skipped"));
    m_guard->setObjectName(QStringLiteral("guard"));
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_error->setObjectName(QStringLiteral("error"));
    m_queue->setObjectName(QStringLiteral("queueButton"));
    m_send->setObjectName(QStringLiteral("sendButton"));
}

/// Every contact, the billing contacts checked; those without an e-mail or who asked not to be
/// contacted are shown but cannot be chosen.
void ComposeDialog::fillRecipients(const QList<Contact> &contacts)
{
    for (const Contact &c : contacts) {
        auto *item = new QListWidgetItem(
                c.email.isEmpty() ? c.name : QStringLiteral("%1 <%2>").arg(c.name, c.email),
                m_contacts);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(c.isBillingContact ? Qt::Checked : Qt::Unchecked);
        if (c.doNotContact || c.email.isEmpty()) {
            item->setFlags(Qt::ItemIsUserCheckable); // shown, not selectable
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(c.doNotContact ? tr("%1 asked not to be contacted").arg(c.name)
                                            : tr("%1 has no e-mail address").arg(c.name));
            item->setText(item->text()
                          + (c.doNotContact ? tr(" — do not contact") : tr(" — no e-mail")));
        }
    }
}

/// The open invoices, all checked.
void ComposeDialog::fillInvoices(const QList<Invoice> &invoices)
{
    const QLocale &locale = m_locale;
    for (const Invoice &inv : invoices) {
        if (inv.balanceMinor <= 0 || inv.writtenOff)
            continue;
        auto *item = new QListWidgetItem(tr("%1 — %2 due %3")
                                                 .arg(inv.number, inv.balance().format(locale),
                                                      dateformat::date(locale, inv.dueDate)),
                                         m_invoices);
        item->setData(Qt::UserRole, inv.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
}

/// Template, recipients, invoices and attachments.
QGridLayout *ComposeDialog::buildTop(QPushButton **attachButtonOut)
{
    auto *top = new QGridLayout;
    top->addWidget(new QLabel(tr("&Template:"), this), 0, 0);
    top->addWidget(m_template, 0, 1);
    // Each list is named by its label (a buddy), so a screen reader says what it lists.
    auto *to = new QLabel(tr("To:"), this);
    to->setBuddy(m_contacts);
    top->addWidget(to, 1, 0, Qt::AlignTop);
    top->addWidget(m_contacts, 1, 1);
    auto *about = new QLabel(tr("About:"), this);
    about->setBuddy(m_invoices);
    top->addWidget(about, 1, 2, Qt::AlignTop);
    top->addWidget(m_invoices, 1, 3);
    // Item views take their name from accessibleName only (no buddy): name them as labelled.
    m_contacts->setAccessibleName(tr("Recipients"));
    m_invoices->setAccessibleName(tr("Invoices this e-mail is about"));
    m_attachments->setAccessibleName(tr("Attachments"));
    auto *attachButton = new QPushButton(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")),
                                         tr("&Attach…"), this);
    top->addWidget(attachButton, 2, 0, Qt::AlignTop);
    m_attachments->setMaximumHeight(48);
    top->addWidget(m_attachments, 2, 1, 1, 3);
    top->setColumnStretch(1, 1);
    top->setColumnStretch(3, 1);
    if (auto *l = qobject_cast<QLabel *>(top->itemAtPosition(0, 0)->widget()))
        l->setBuddy(m_template);
    *attachButtonOut = attachButton;
    return top;
}

void ComposeDialog::connectUi(QPushButton *attachButton)
{
    connect(attachButton, &QPushButton::clicked, this, [this] {
        for (const QString &f : QFileDialog::getOpenFileNames(this, tr("Attach files")))
            addAttachmentFile(f);
    });
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_files.removeAt(m_attachments->row(item));
        delete item;
        requestPreview();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComposeDialog::requestPreview);
    connect(m_contacts, &QListWidget::itemChanged, this, &ComposeDialog::requestPreview);
    connect(m_invoices, &QListWidget::itemChanged, this, &ComposeDialog::requestPreview);
    connect(m_override, &QLineEdit::textChanged, this, &ComposeDialog::showGuard);
    connect(m_queue, &QPushButton::clicked, this, [this] {
        if (m_hasPreview)
            Q_EMIT queueRequested(editedPreview(), false);
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_hasPreview)
            Q_EMIT queueRequested(editedPreview(), true);
    });
}

void ComposeDialog::chooseContact(qint64 contactId)
{
    const QSignalBlocker block(m_contacts);
    for (int i = 0; i < m_contacts->count(); ++i) {
        QListWidgetItem *item = m_contacts->item(i);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        const bool billing = [&] {
            for (const Contact &c : m_details.contacts) {
                if (c.id == item->data(Qt::UserRole).toLongLong())
                    return c.isBillingContact;
            }
            return false;
        }();
        const bool on = contactId ? item->data(Qt::UserRole).toLongLong() == contactId : billing;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    requestPreview();
}

void ComposeDialog::setTemplate(const QString &key)
{
    m_template->setCurrentIndex(std::max(0, m_template->findData(key)));
}

void ComposeDialog::chooseInvoices(const QList<qint64> &invoiceIds)
{
    const QSignalBlocker block(m_invoices);
    for (int i = 0; i < m_invoices->count(); ++i) {
        QListWidgetItem *item = m_invoices->item(i);
        const bool on = invoiceIds.isEmpty()
                || invoiceIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    requestPreview();
}

void ComposeDialog::addAttachmentFile(const QString &path)
{
    m_files.append(path);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/ardesk/icons/attach.svg")),
                                     QFileInfo(path).fileName(), m_attachments);
    item->setToolTip(tr("%1 — double-click to remove").arg(path));
    requestPreview();
}

void ComposeDialog::setCallNote(qint64 noteId)
{
    m_callNoteId = noteId;
}

MailService::ComposeRequest ComposeDialog::request() const
{
    MailService::ComposeRequest r;
    r.clientId = m_details.client.id;
    r.callNoteId = m_callNoteId;
    r.templateKey = m_template->currentData().toString();
    r.recipients = MailService::Recipients::Chosen;
    for (int i = 0; i < m_contacts->count(); ++i) {
        if (m_contacts->item(i)->checkState() == Qt::Checked)
            r.contactIds.append(m_contacts->item(i)->data(Qt::UserRole).toLongLong());
    }
    for (int i = 0; i < m_invoices->count(); ++i) {
        if (m_invoices->item(i)->checkState() == Qt::Checked)
            r.invoiceIds.append(m_invoices->item(i)->data(Qt::UserRole).toLongLong());
    }
    r.attachFiles = m_files;
    return r;
}

void ComposeDialog::requestPreview()
{
    m_hasPreview = false;
    showGuard(); // nothing to queue until the new preview is back
    m_error->hide();
    if (m_template->count() == 0) {
        showError(tr("There are no e-mail templates in this company file."));
        return;
    }
    ++m_previewSerial;
    Q_EMIT previewRequested(request());
}

void ComposeDialog::setPreview(const MailService::Preview &preview)
{
    m_preview = preview;
    m_hasPreview = true;
    m_error->hide();
    QStringList to;
    for (const MailAddress &a : preview.message.to)
        to << a.toString();
    for (const MailAddress &a : preview.message.cc)
        to << tr("cc %1").arg(a.toString());
    m_to->setText(to.join(QStringLiteral(", ")));
    m_subject->setText(preview.message.subject);
    m_text->setPlainText(preview.message.text);
    m_html->setHtml(preview.message.html);
    QStringList skipped;
    for (const MailService::Skipped &s : preview.skipped)
        skipped << tr("%1: %2").arg(s.name, s.reason);
    skipped += preview.guard.leftOut;
    m_skipped->setText(skipped.isEmpty()
                               ? QString()
                               : tr("Left out — %1").arg(skipped.join(QStringLiteral("; "))));
    showGuard();
}

void ComposeDialog::showGuard()
{
    const bool blocked = m_hasPreview && !m_preview.guard.allowed();
    m_guard->setVisible(blocked);
    m_override->setVisible(blocked && m_canOverride);
    if (blocked) {
        QStringList lines;
        for (const SendBlock &b : m_preview.guard.blocks)
            lines << tr("Not sent: %1.").arg(b.text);
        lines << (m_canOverride ? tr("Give a reason to send it anyway.")
                                : tr("A manager may send it anyway."));
        m_guard->setText(lines.join(u'\n'));
    }
    const bool mayQueue = m_hasPreview
            && (!blocked || (m_canOverride && !m_override->text().trimmed().isEmpty()));
    m_queue->setEnabled(mayQueue);
    m_send->setEnabled(mayQueue);
}

void ComposeDialog::setCanOverride(bool can)
{
    m_canOverride = can;
    showGuard();
}

QString ComposeDialog::guardText() const
{
    return m_guard->isVisibleTo(this) ? m_guard->text() : QString();
}

MailService::Preview ComposeDialog::editedPreview() const
{
    MailService::Preview p = m_preview;
    p.message.subject = m_subject->text().trimmed();
    if (!m_preview.guard.allowed())
        p.overrideReason = m_override->text().trimmed();
    const QString text = m_text->toPlainText();
    if (text != m_preview.message.text) {
        p.message.text = text;
        p.message.html = htmlFromText(text); // the HTML part says what the text says
    }
    return p;
}

void ComposeDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString ComposeDialog::errorText() const
{
    return m_error->message();
}

QString ComposeDialog::recipientsText() const
{
    return m_to->text();
}

} // namespace ardesk
