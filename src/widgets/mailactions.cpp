// SPDX-License-Identifier: MIT
#include "widgets/mailactions.h"

#include "core/domain/permissions.h"
#include "core/mail/smtpsecret.h"
#include "core/mail/smtptransport.h"
#include "core/services/mailservice.h"
#include "core/services/settingsservice.h"
#include "core/services/userservice.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/templaterepository.h"
#include "models/databaseworker.h"
#include "print/statementpdf.h"
#include "widgets/bulksenddialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientworkspace.h"
#include "widgets/composedialog.h"
#include "widgets/notespane.h"
#include "widgets/outboxdialog.h"
#include "widgets/session.h"
#include "widgets/smtpsettingsdialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace ardesk {

namespace {
template<typename T>
struct Answer
{
    std::optional<T> value;
    QString error;
};

template<typename T>
Answer<T> answer(Result<T> r)
{
    Answer<T> a;
    if (r)
        a.value = std::move(r).value();
    else
        a.error = r.errorString();
    return a;
}

struct Choice
{
    QList<NoteTemplate> templates;
    QList<qint64> matching;
    QString error;
};

Choice reminderChoice(const std::shared_ptr<Database> &db, const ClientListQuery::Spec &spec)
{
    Choice c;
    auto t = TemplateRepository(*db).list(NoteTemplate::Kind::Email);
    auto ids = ClientListQuery(*db).ids(spec);
    if (!t || !ids) {
        c.error = !t ? t.errorString() : ids.errorString();
        return c;
    }
    c.templates = t.value();
    c.matching = ids.value();
    return c;
}

/// Sends a test message with `settings` to `to` (the typed password, else the stored one):
/// whether it went, and the server's reply or the problem.
QPair<bool, QString> sendTestMessage(const SmtpSettings &s, const QString &typed, const QString &to,
                                     const Clock &clock)
{
    QString secret = typed;
    if (secret.isEmpty()) {
        auto stored = resolveSmtpSecret(s);
        if (!stored)
            return qMakePair(false, stored.errorString());
        secret = stored.value();
    }
    SmtpTransport transport(s, secret);
    const auto d = MailService::sendTestMessage(transport, s, to, clock);
    return qMakePair(d.ok(),
                     d.ok()                      ? MailActions::tr("Sent: %1").arg(d.reply)
                             : d.error.isEmpty() ? d.reply
                                                 : d.error);
}

struct SettingsLoaded
{
    SmtpSettings settings;
    bool secretStored = false;
    QString error;
};
SettingsLoaded loadSmtp(const std::shared_ptr<Database> &db, qint64 userId)
{
    SettingsLoaded r;
    auto s = SettingsService(db, userId).smtp();
    if (!s) {
        r.error = s.errorString();
        return r;
    }
    r.settings = s.value();
    r.secretStored = !s.value().user.isEmpty() && resolveSmtpSecret(s.value());
    return r;
}

/// Delivers the due messages of the outbox with the stored SMTP settings and password.
Answer<MailService::SendReport> deliverDue(
        const std::shared_ptr<Database> &db, qint64 userId, std::atomic_bool *cancel,
        std::function<void(const MailService::Progress &)> progress)
{
    MailService mail(db, userId);
    auto settings = mail.settings();
    if (!settings)
        return answer(Result<MailService::SendReport>(settings.error()));
    if (!settings.value().isConfigured())
        return answer(Result<MailService::SendReport>(
                makeError(ErrorCode::InvalidValue,
                          MailActions::tr("E-mail is not set up yet: File > E-mail settings."))));
    auto secret = resolveSmtpSecret(settings.value());
    if (!secret)
        return answer(Result<MailService::SendReport>(secret.error()));
    SmtpTransport transport(settings.value(), secret.value());
    MailService::SendOptions options;
    options.cancel = cancel;
    options.waitAtRateLimit = true;
    options.progress = std::move(progress);
    return answer(mail.send(transport, options));
}

/// One line on how a send run went.
QString sendSummary(const Answer<MailService::SendReport> &report)
{
    if (!report.value)
        return report.error;
    const MailService::SendReport &r = *report.value;
    QString text = MailActions::tr("Sent %1, failed %2 (retried later), not delivered %3, "
                                   "unknown %4; %5 still waiting.")
                           .arg(r.sent)
                           .arg(r.failed)
                           .arg(r.parked)
                           .arg(r.unknown)
                           .arg(r.remaining);
    if (r.cancelled)
        text += MailActions::tr(" Stopped by you.");
    if (!r.stoppedBecause.isEmpty())
        text += QLatin1Char(' ') + r.stoppedBecause;
    return text;
}

} // namespace

MailActions::MailActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_window(context.window)
{
    ClientDetailsTab *details = m_workspace->detailsTab();
    connect(details, &ClientDetailsTab::emailRequested, this,
            [this](const Contact &c) { compose(c.id); });
    connect(m_workspace->notesPane(), &NotesPane::mailtoRequested, this,
            &MailActions::composeToAddress);
}

void MailActions::composeToAddress(const QString &address)
{
    const ClientDetails details = m_workspace->detailsTab()->details();
    if (details.client.id == 0 || m_workspace->clientId() != details.client.id)
        return;
    // A message goes to a contact (the guard rules, do-not-contact and the note it becomes
    // are per contact): the address is the contact's who has it.
    for (const Contact &c : details.contacts) {
        if (c.email.compare(address, Qt::CaseInsensitive) == 0) {
            compose(c.id);
            return;
        }
    }
    auto *box = new QMessageBox(
            QMessageBox::Information, tr("E-mail"),
            tr("%1 is not the address of a contact of %2. Add it to a contact (Details > "
               "Contacts) to write to it from ARDesk.")
                    .arg(address, details.client.name),
            QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("notAContactBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MailActions::~MailActions()
{
    if (m_cancel)
        m_cancel->store(true); // a run still going stops before its next message
}

ComposeDialog *MailActions::composeDialog() const
{
    return m_compose.data();
}

OutboxDialog *MailActions::outboxDialog() const
{
    return m_outbox.data();
}

void MailActions::compose(qint64 contactId, const QList<qint64> &invoiceIds,
                          const QString &templateKey)
{
    const ClientDetails details = m_workspace->detailsTab()->details();
    if (details.client.id == 0 || m_workspace->clientId() != details.client.id)
        return;
    m_session->worker()->run(
            this,
            [](const std::shared_ptr<Database> &db) {
                return answer(TemplateRepository(*db).list(NoteTemplate::Kind::Email));
            },
            [this, details, contactId, invoiceIds, templateKey](Answer<QList<NoteTemplate>> t) {
                if (!t.value) {
                    QMessageBox::warning(m_window, tr("E-mail"), t.error);
                    return;
                }
                ComposeDialog *dialog = openCompose(details, *t.value);
                if (!templateKey.isEmpty())
                    dialog->setTemplate(templateKey);
                if (contactId)
                    dialog->chooseContact(contactId);
                if (!invoiceIds.isEmpty())
                    dialog->chooseInvoices(invoiceIds);
                dialog->open();
            });
}

void MailActions::composeRecap(qint64 callNoteId)
{
    const ClientDetails details = m_workspace->detailsTab()->details();
    if (details.client.id == 0)
        return;
    using Recap = std::pair<MailService::ComposeRequest, QList<NoteTemplate>>;
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id,
             callNoteId](const std::shared_ptr<Database> &db) -> Answer<Recap> {
                auto request = MailService(db, userId).recapRequest(callNoteId);
                if (!request)
                    return answer(Result<Recap>(request.error()));
                auto templates = TemplateRepository(*db).list(NoteTemplate::Kind::Email);
                if (!templates)
                    return answer(Result<Recap>(templates.error()));
                return answer(Result<Recap>(Recap {request.value(), templates.value()}));
            },
            [this, details](Answer<Recap> r) {
                if (!r.value) {
                    QMessageBox::warning(m_window, tr("Call recap"), r.error);
                    return;
                }
                if (m_workspace->clientId() != r.value->first.clientId)
                    return; // another client is shown now
                ComposeDialog *dialog = openCompose(details, r.value->second);
                dialog->setCallNote(r.value->first.callNoteId);
                dialog->setTemplate(r.value->first.templateKey);
                dialog->chooseInvoices(r.value->first.invoiceIds);
                dialog->chooseContact(r.value->first.contactIds.value(0));
                dialog->open();
            });
}

ComposeDialog *MailActions::openCompose(const ClientDetails &details,
                                        const QList<NoteTemplate> &templates)
{
    if (m_compose)
        m_compose->close();
    auto *dialog = new ComposeDialog(details, templates, m_session->companyLocale(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCanOverride(
            Permissions::allows(m_session->currentUser().roles, Permission::OverrideSendGuard));
    m_compose = dialog;
    QPointer<ComposeDialog> guard(dialog);
    connect(dialog, &ComposeDialog::previewRequested, this,
            [this, guard](const MailService::ComposeRequest &request) {
                previewCompose(guard, request);
            });
    connect(dialog, &ComposeDialog::queueRequested, this,
            [this, guard](const MailService::Preview &preview, bool sendNow) {
                queueComposed(guard, preview, sendNow);
            });
    return dialog;
}

void MailActions::previewCompose(QPointer<ComposeDialog> guard,
                                 const MailService::ComposeRequest &request)
{
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, request](const std::shared_ptr<Database> &db) {
                MailService mail(db, userId);
                mail.setStatementRenderer(std::make_shared<StatementPdf>());
                return answer(mail.compose(request));
            },
            [guard, serial = guard ? guard->previewSerial() : 0](Answer<MailService::Preview> p) {
                if (!guard || guard->previewSerial() != serial)
                    return; // asked again since: only the newest answer fills the form
                if (p.value)
                    guard->setPreview(*p.value);
                else
                    guard->showError(p.error);
            });
}

void MailActions::queueComposed(QPointer<ComposeDialog> guard, const MailService::Preview &preview,
                                bool sendNow)
{
    guard->setEnabled(false);
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id,
             preview = MailService::Preview(preview)](const std::shared_ptr<Database> &db) mutable {
                return answer(MailService(db, userId).queue(preview));
            },
            [this, guard, sendNow](Answer<qint64> id) {
                if (!guard)
                    return;
                guard->setEnabled(true);
                if (!id.value) {
                    guard->showError(id.error);
                    return;
                }
                guard->accept();
                m_status->showMessage(tr("E-mail queued in the outbox"), 5000);
                Q_EMIT queued(1);
                if (sendNow)
                    sendQueued();
            });
}

void MailActions::chooseReminders(const ClientListQuery::Spec &spec, const QList<qint64> &selected)
{
    DatabaseWorker *worker = m_session->worker();
    if (!worker)
        return;
    worker->run(
            this, [spec](const std::shared_ptr<Database> &db) { return reminderChoice(db, spec); },
            [this, spec, selected](Choice c) {
                if (!c.error.isEmpty() || c.templates.isEmpty()) {
                    QMessageBox::warning(m_window, tr("Send reminders"),
                                         c.error.isEmpty() ? tr("There are no e-mail templates.")
                                                           : c.error);
                    return;
                }
                askReminderScope(spec, c.templates, c.matching, selected);
            });
}

void MailActions::askReminderScope(const ClientListQuery::Spec &spec,
                                   const QList<NoteTemplate> &templates,
                                   const QList<qint64> &matching, const QList<qint64> &selected)
{
    QStringList names;
    for (const NoteTemplate &t : templates)
        names << t.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Send reminders"), tr("Template:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const QString key = templates.at(names.indexOf(chosen)).key;
    // Each scope with the clients it means, the most specific first.
    QStringList scopes;
    QList<QList<qint64>> clients;
    if (selected.size() > 1) {
        scopes << tr("The %n client(s) selected in the list", nullptr, int(selected.size()));
        clients << selected;
    }
    const qint64 shown = m_workspace->clientId();
    if (shown) {
        scopes << tr("Only %1").arg(m_workspace->headerText());
        clients << QList<qint64> {shown};
    }
    scopes << (spec.filter.trimmed().isEmpty()
                       ? tr("All %n client(s) in the list", nullptr, int(matching.size()))
                       : tr("All %n client(s) matching \"%1\"", nullptr, int(matching.size()))
                                 .arg(spec.filter.trimmed()));
    clients << matching;
    const QString scope = QInputDialog::getItem(m_window, tr("Send reminders"), tr("To:"), scopes,
                                                0, false, &ok);
    if (!ok)
        return;
    sendReminders(clients.value(scopes.indexOf(scope)), key);
}

namespace {
/// One bulk preview on the worker: the chosen clients narrowed by the dialog's filters.
struct BulkAnswer
{
    std::optional<MailService::BulkPreview> preview;
    int matching = 0;
    QList<User> clerks; ///< the active users, for the first preview
    QString error;
};

BulkAnswer bulkPreview(const std::shared_ptr<Database> &db, qint64 userId,
                       const QList<qint64> &clientIds, const QString &templateKey,
                       const ClientListQuery::Spec &narrowing, bool withClerks)
{
    BulkAnswer a;
    MailService mail(db, userId);
    mail.setStatementRenderer(std::make_shared<StatementPdf>());
    auto ids = mail.audience(clientIds, narrowing);
    if (!ids) {
        a.error = ids.errorString();
        return a;
    }
    auto bulk = mail.composeBulk(ids.value(), templateKey);
    if (!bulk) {
        a.error = bulk.errorString();
        return a;
    }
    a.matching = int(ids.value().size());
    a.preview = bulk.value();
    if (withClerks) {
        auto users = UserService(db).list();
        if (!users) {
            a.error = users.errorString();
            a.preview.reset();
            return a;
        }
        for (const User &u : users.value()) {
            if (u.active)
                a.clerks.append(u);
        }
    }
    return a;
}
} // namespace

void MailActions::sendReminders(const QList<qint64> &clientIds, const QString &templateKey)
{
    if (clientIds.isEmpty())
        return;
    const qint64 userId = m_session->currentUser().id;
    m_status->showMessage(tr("Preparing %n message(s)…", nullptr, int(clientIds.size())));
    m_session->worker()->run(
            this,
            [userId, clientIds, templateKey](const std::shared_ptr<Database> &db) {
                return bulkPreview(db, userId, clientIds, templateKey, {}, true);
            },
            [this, clientIds, templateKey](BulkAnswer bulk) {
                m_status->clearMessage();
                if (!bulk.preview) {
                    QMessageBox::warning(m_window, tr("Send reminders"), bulk.error);
                    return;
                }
                auto *dialog = new BulkSendDialog(bulk.clerks, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setCanOverride(Permissions::allows(m_session->currentUser().roles,
                                                           Permission::OverrideSendGuard));
                dialog->setPreview(*bulk.preview, int(clientIds.size()), bulk.matching);
                QPointer<BulkSendDialog> guard(dialog);
                connect(dialog, &BulkSendDialog::narrowingChanged, this,
                        [this, guard, clientIds, templateKey] {
                            previewBulk(guard, clientIds, templateKey);
                        });
                connect(dialog, &BulkSendDialog::confirmed, this,
                        [this, guard] { queueBulk(guard); });
                dialog->open();
            });
}

void MailActions::previewBulk(QPointer<BulkSendDialog> guard, const QList<qint64> &clientIds,
                              const QString &templateKey)
{
    if (!guard)
        return;
    const qint64 userId = m_session->currentUser().id;
    const ClientListQuery::Spec narrowing = guard->narrowing();
    m_session->worker()->run(
            this,
            [userId, clientIds, templateKey, narrowing](const std::shared_ptr<Database> &db) {
                return bulkPreview(db, userId, clientIds, templateKey, narrowing, false);
            },
            [this, guard, clientIds, narrowing](BulkAnswer bulk) {
                if (!guard || !(guard->narrowing() == narrowing))
                    return; // closed, or the filters changed meanwhile
                if (!bulk.preview) {
                    QMessageBox::warning(guard, tr("Send reminders"), bulk.error);
                    return;
                }
                guard->setPreview(*bulk.preview, int(clientIds.size()), bulk.matching);
            });
}

void MailActions::queueBulk(QPointer<BulkSendDialog> guard)
{
    if (!guard)
        return;
    guard->setEnabled(false);
    const qint64 userId = m_session->currentUser().id;
    m_session->worker()->run(
            this,
            [userId, previews = guard->messages()](const std::shared_ptr<Database> &db) mutable {
                return answer(MailService(db, userId).queueAll(previews));
            },
            [this, guard](Answer<QList<qint64>> ids) {
                if (guard) {
                    guard->setEnabled(true);
                    if (ids.value)
                        guard->accept();
                }
                if (!ids.value) {
                    QMessageBox::warning(m_window, tr("Send reminders"), ids.error);
                    return;
                }
                m_status->showMessage(
                        tr("%n message(s) queued in the outbox", nullptr, int(ids.value->size())),
                        8000);
                Q_EMIT queued(int(ids.value->size()));
                reloadOutbox();
            });
}

void MailActions::refreshOutbox()
{
    if (m_outbox)
        reloadOutbox();
}

void MailActions::showOutbox()
{
    if (!m_outbox) {
        auto *dialog = new OutboxDialog(m_session->companyLocale(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_outbox = dialog;
        connect(dialog, &OutboxDialog::sendRequested, this, &MailActions::sendQueued);
        connect(dialog, &OutboxDialog::stopRequested, this, [this] {
            if (m_cancel)
                m_cancel->store(true);
        });
        connect(dialog, &OutboxDialog::refreshRequested, this, &MailActions::reloadOutbox);
        const qint64 userId = m_session->currentUser().id;
        auto change = [this, userId](qint64 id, bool retry) {
            m_session->worker()->run(
                    this,
                    [userId, id, retry](const std::shared_ptr<Database> &db) {
                        MailService mail(db, userId);
                        const Result<void> r = retry ? mail.retry(id) : mail.cancel(id);
                        return r ? QString() : r.errorString();
                    },
                    [this](QString error) {
                        if (!error.isEmpty() && m_outbox)
                            m_outbox->showSummary(error);
                        reloadOutbox();
                    });
        };
        connect(dialog, &OutboxDialog::retryRequested, this,
                [change](qint64 id) { change(id, true); });
        connect(dialog, &OutboxDialog::cancelMessageRequested, this,
                [change](qint64 id) { change(id, false); });
    }
    reloadOutbox();
    m_outbox->setRunning(m_sending);
    m_outbox->show();
    m_outbox->raise();
}

void MailActions::reloadOutbox()
{
    if (!m_outbox)
        return;
    m_session->worker()->run(
            this,
            [](const std::shared_ptr<Database> &db) { return answer(MailService(db, 0).outbox()); },
            [this](Answer<QList<OutboxMessage>> list) {
                if (!m_outbox)
                    return;
                if (list.value)
                    m_outbox->setMessages(*list.value);
                else
                    m_outbox->showSummary(list.error);
            });
}

void MailActions::sendQueued()
{
    if (m_sending)
        return;
    m_sending = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (m_outbox)
        m_outbox->setRunning(true);
    QPointer<MailActions> self(this);
    auto progress = [self](const MailService::Progress &p) {
        QMetaObject::invokeMethod(
                self.data(),
                [self, p] {
                    if (self && self->m_outbox)
                        self->m_outbox->setProgress(p.done, p.total,
                                                    tr("%1 of %2: %3 — %4")
                                                            .arg(p.done)
                                                            .arg(p.total)
                                                            .arg(p.subject, p.detail));
                },
                Qt::QueuedConnection);
    };
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, cancel = m_cancel,
             progress](const std::shared_ptr<Database> &db) {
                return deliverDue(db, userId, cancel.get(), progress);
            },
            [this](Answer<MailService::SendReport> report) {
                m_sending = false;
                if (m_outbox)
                    m_outbox->setRunning(false);
                const QString text = sendSummary(report);
                if (m_outbox)
                    m_outbox->showSummary(text);
                m_status->showMessage(text, 10000);
                reloadOutbox();
                if (report.value && report.value->sent > 0)
                    m_session->reloadClient(); // the sent messages are notes now
                Q_EMIT sendFinished(report.value ? report.value->sent : 0,
                                    report.value ? report.value->failed + report.value->parked : 0);
            });
}

void MailActions::editSettings()
{
    auto *dialog = new SmtpSettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SmtpSettingsDialog> guard(dialog);
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id](const std::shared_ptr<Database> &db) {
                return loadSmtp(db, userId);
            },
            [guard](SettingsLoaded r) {
                if (!guard)
                    return;
                guard->setSettings(r.settings, r.secretStored);
                guard->showError(r.error);
            });
    connect(dialog, &SmtpSettingsDialog::saveRequested, this,
            [this, guard](const SmtpSettings &s, const QString &secret) {
                saveSettings(guard, s, secret);
            });
    connect(dialog, &SmtpSettingsDialog::testRequested, this,
            [this, guard](const SmtpSettings &s, const QString &typed, const QString &to) {
                m_session->worker()->run(
                        this,
                        [s, typed, to,
                         clock = m_session->sharedClock()](const std::shared_ptr<Database> &) {
                            return sendTestMessage(s, typed, to, *clock);
                        },
                        [guard](QPair<bool, QString> r) {
                            if (guard)
                                guard->showResult(r.second, r.first);
                        });
            });
    dialog->open();
}

void MailActions::saveSettings(QPointer<SmtpSettingsDialog> guard, const SmtpSettings &settings,
                               const QString &secret)
{
    guard->setEnabled(false);
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, s = settings,
             secret](const std::shared_ptr<Database> &db) {
                auto saved = SettingsService(db, userId)
                                     .saveSmtp(s,
                                               secret.isEmpty() ? std::nullopt
                                                                : std::optional(secret));
                return saved ? QString() : saved.errorString();
            },
            [this, guard](QString error) {
                if (!guard)
                    return;
                guard->setEnabled(true);
                if (!error.isEmpty()) {
                    guard->showError(error);
                    return;
                }
                guard->accept();
                m_status->showMessage(tr("E-mail settings saved"), 5000);
            });
}

} // namespace ardesk
