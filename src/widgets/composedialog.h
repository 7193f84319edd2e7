// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/services/mailservice.h"
#include "core/storage/clientdetails.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ardesk {

class ErrorLabel;

/// Writes an e-mail to a client from a template: recipients (billing contacts, or the contact
/// whose envelope was clicked; do-not-contact and address-less contacts cannot be chosen and say
/// why), the invoices it is about, attachments, then a preview the user may edit (subject and
/// text) before it goes to the outbox — queued, or queued and sent at once. Rendering and every
/// check are the core's (MailService); the dialog shows its messages, the guard rules that stop
/// the message (SendGuard) and, for a manager, a reason field to send it anyway.
class ComposeDialog : public QDialog
{
    Q_OBJECT
public:
    ComposeDialog(const ClientDetails &details, const QList<NoteTemplate> &templates,
                  const QLocale &locale, QWidget *parent = nullptr);

    /// Only `contactId` is ticked (0: the billing contacts).
    void chooseContact(qint64 contactId);
    void setTemplate(const QString &key);
    /// Ticks only these invoices (empty: every open invoice).
    void chooseInvoices(const QList<qint64> &invoiceIds);
    void addAttachmentFile(const QString &path);
    /// The message recaps the logged call `noteId` (MailService::ComposeRequest::callNoteId).
    void setCallNote(qint64 noteId);
    /// What to render now.
    MailService::ComposeRequest request() const;
    /// Shows the rendered message (called by the owner after MailService::compose()).
    void setPreview(const MailService::Preview &preview);
    bool hasPreview() const { return m_hasPreview; }
    /// Counts preview requests: an answer to an older one than the last must not replace the
    /// form (it would undo what the user typed since).
    quint64 previewSerial() const { return m_previewSerial; }
    /// The previewed message with the user's edits (subject, text; HTML rebuilt from an edited
    /// text), ready for MailService::queue().
    MailService::Preview editedPreview() const;
    void showError(const QString &message);
    QString errorText() const;
    /// Whether this user may send despite the guard rules (a manager or an administrator; the
    /// core checks it again).
    void setCanOverride(bool can);
    /// The rules that stop the previewed message, in plain words (empty: none).
    QString guardText() const;
    QLineEdit *overrideEdit() const { return m_override; }
    QString recipientsText() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void previewRequested(const ardesk::MailService::ComposeRequest &request);
    void queueRequested(const ardesk::MailService::Preview &preview, bool sendNow);

private:
    void nameChildren();
    void fillRecipients(const QList<Contact> &contacts);
    void fillInvoices(const QList<Invoice> &invoices);
    QGridLayout *buildTop(QPushButton **attachButton);
    void connectUi(QPushButton *attachButton);
    void requestPreview();
    /// Shows what stops the preview and what it leaves out; enables Queue/Send accordingly.
    void showGuard();

    ClientDetails m_details;
    QLocale m_locale;
    MailService::Preview m_preview;
    bool m_hasPreview = false;
    quint64 m_previewSerial = 0;
    qint64 m_callNoteId = 0; ///< the call this message recaps (0: none)
    QStringList m_files;
    QComboBox *m_template;
    QListWidget *m_contacts;
    QListWidget *m_invoices;
    QListWidget *m_attachments;
    QLabel *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QTextBrowser *m_html;
    QLabel *m_skipped;
    QLabel *m_guard;
    QLineEdit *m_override;
    bool m_canOverride = false;
    ErrorLabel *m_error;
    QPushButton *m_queue;
    QPushButton *m_send;
};

} // namespace ardesk
