// SPDX-License-Identifier: MIT
#include "widgets/mailactions.h"

#include "core/mail/smtpsecret.h"
#include "core/mail/smtptransport.h"
#include "core/services/mailservice.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "models/databaseworker.h"
#include "widgets/bulksenddialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientworkspace.h"
#include "widgets/composedialog.h"
#include "widgets/mainwindow.h"
#include "widgets/outboxdialog.h"
#include "widgets/smtpsettingsdialog.h"

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

struct SettingsLoaded
{
    SmtpSettings settings;
    bool secretStored = false;
    QString error;
};
} // namespace

MailActions::MailActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    ClientDetailsTab *details = window->workspace()->detailsTab();
    connect(details, &ClientDetailsTab::emailRequested, this,
            [this](const Contact &c) { compose(c.id); });
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
    const ClientDetails details = m_window->workspace()->detailsTab()->details();
    if (details.client.id == 0 || m_window->workspace()->clientId() != details.client.id)
        return;
    auto db = m_window->worker()->database();
    m_window->worker()->run(
            this,
            [](QSqlDatabase conn) {
                return answer(TemplateRepository(conn).list(NoteTemplate::Kind::Email));
            },
            [this, details, contactId, invoiceIds, templateKey, db](Answer<QList<NoteTemplate>> t) {
                if (!t.value) {
                    QMessageBox::warning(m_window, tr("E-mail"), t.error);
                    return;
                }
                if (m_compose)
                    m_compose->close();
                auto *dialog
                        = new ComposeDialog(details, *t.value, m_window->companyLocale(), m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                m_compose = dialog;
                QPointer<ComposeDialog> guard(dialog);
                const qint64 userId = m_window->currentUser().id;
                connect(dialog, &ComposeDialog::previewRequested, this,
                        [this, guard, db, userId](const MailService::ComposeRequest &request) {
                            m_window->worker()->run(
                                    this,
                                    [db, userId, request](QSqlDatabase) {
                                        return answer(MailService(db, userId).compose(request));
                                    },
                                    [guard, request](Answer<MailService::Preview> p) {
                                        if (!guard
                                            || guard->request().templateKey != request.templateKey
                                            || guard->request().contactIds != request.contactIds
                                            || guard->request().invoiceIds != request.invoiceIds)
                                            return; // the form changed meanwhile
                                        if (p.value)
                                            guard->setPreview(*p.value);
                                        else
                                            guard->showError(p.error);
                                    });
                        });
                connect(dialog, &ComposeDialog::queueRequested, this,
                        [this, guard, db, userId](const MailService::Preview &preview,
                                                  bool sendNow) {
                            guard->setEnabled(false);
                            m_window->worker()->run(
                                    this,
                                    [db, userId, preview = MailService::Preview(preview)](
                                            QSqlDatabase) mutable {
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
                                        m_window->statusBar()->showMessage(
                                                tr("E-mail queued in the outbox"), 5000);
                                        Q_EMIT queued(1);
                                        if (sendNow)
                                            sendQueued();
                                    });
                        });
                if (!templateKey.isEmpty())
                    dialog->setTemplate(templateKey);
                if (contactId)
                    dialog->chooseContact(contactId);
                if (!invoiceIds.isEmpty())
                    dialog->chooseInvoices(invoiceIds);
                dialog->open();
            });
}

void MailActions::sendReminders(const QList<qint64> &clientIds, const QString &templateKey)
{
    if (clientIds.isEmpty())
        return;
    auto db = m_window->worker()->database();
    const qint64 userId = m_window->currentUser().id;
    m_window->statusBar()->showMessage(
            tr("Preparing %n message(s)…", nullptr, int(clientIds.size())));
    m_window->worker()->run(
            this,
            [db, userId, clientIds, templateKey](QSqlDatabase) {
                return answer(MailService(db, userId).composeBulk(clientIds, templateKey));
            },
            [this, db, userId](Answer<MailService::BulkPreview> bulk) {
                m_window->statusBar()->clearMessage();
                if (!bulk.value) {
                    QMessageBox::warning(m_window, tr("Send reminders"), bulk.error);
                    return;
                }
                auto *dialog = new BulkSendDialog(*bulk.value, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QPointer<BulkSendDialog> guard(dialog);
                auto previews = bulk.value->messages;
                connect(dialog, &BulkSendDialog::confirmed, this,
                        [this, guard, db, userId, previews] {
                            guard->setEnabled(false);
                            m_window->worker()->run(
                                    this,
                                    [db, userId, previews](QSqlDatabase) mutable {
                                        return answer(MailService(db, userId).queueAll(previews));
                                    },
                                    [this, guard](Answer<QList<qint64>> ids) {
                                        if (guard) {
                                            guard->setEnabled(true);
                                            if (ids.value)
                                                guard->accept();
                                        }
                                        if (!ids.value) {
                                            QMessageBox::warning(m_window, tr("Send reminders"),
                                                                 ids.error);
                                            return;
                                        }
                                        m_window->statusBar()->showMessage(
                                                tr("%n message(s) queued in the outbox", nullptr,
                                                   int(ids.value->size())),
                                                8000);
                                        Q_EMIT queued(int(ids.value->size()));
                                        reloadOutbox();
                                    });
                        });
                dialog->open();
            });
}

void MailActions::showOutbox()
{
    if (!m_outbox) {
        auto *dialog = new OutboxDialog(m_window->companyLocale(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_outbox = dialog;
        connect(dialog, &OutboxDialog::sendRequested, this, &MailActions::sendQueued);
        connect(dialog, &OutboxDialog::stopRequested, this, [this] {
            if (m_cancel)
                m_cancel->store(true);
        });
        connect(dialog, &OutboxDialog::refreshRequested, this, &MailActions::reloadOutbox);
        auto db = m_window->worker()->database();
        const qint64 userId = m_window->currentUser().id;
        auto change = [this, db, userId](qint64 id, bool retry) {
            m_window->worker()->run(
                    this,
                    [db, userId, id, retry](QSqlDatabase) {
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
    auto db = m_window->worker()->database();
    m_window->worker()->run(
            this, [db](QSqlDatabase) { return answer(MailService(db, 0).outbox()); },
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
    auto db = m_window->worker()->database();
    const qint64 userId = m_window->currentUser().id;
    QPointer<MailActions> self(this);
    auto cancel = m_cancel;
    m_window->worker()->run(
            this,
            [db, userId, cancel, self](QSqlDatabase) {
                MailService mail(db, userId);
                auto settings = mail.settings();
                if (!settings)
                    return answer(Result<MailService::SendReport>(settings.error()));
                if (!settings.value().isConfigured())
                    return answer(Result<MailService::SendReport>(
                            makeError(ErrorCode::InvalidValue,
                                      tr("E-mail is not set up yet: File > E-mail settings."))));
                auto secret = resolveSmtpSecret(settings.value());
                if (!secret)
                    return answer(Result<MailService::SendReport>(secret.error()));
                SmtpTransport transport(settings.value(), secret.value());
                MailService::SendOptions options;
                options.cancel = cancel.get();
                options.waitAtRateLimit = true;
                options.progress = [self](const MailService::Progress &p) {
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
                return answer(mail.send(transport, options));
            },
            [this](Answer<MailService::SendReport> report) {
                m_sending = false;
                if (m_outbox)
                    m_outbox->setRunning(false);
                QString text;
                if (!report.value) {
                    text = report.error;
                } else {
                    const MailService::SendReport &r = *report.value;
                    text = tr("Sent %1, failed %2 (retried later), not delivered %3, unknown %4; "
                              "%5 still waiting.")
                                   .arg(r.sent)
                                   .arg(r.failed)
                                   .arg(r.parked)
                                   .arg(r.unknown)
                                   .arg(r.remaining);
                    if (r.cancelled)
                        text += tr(" Stopped by you.");
                    if (!r.stoppedBecause.isEmpty())
                        text += QLatin1Char(' ') + r.stoppedBecause;
                }
                if (m_outbox)
                    m_outbox->showSummary(text);
                m_window->statusBar()->showMessage(text, 10000);
                reloadOutbox();
                if (report.value && report.value->sent > 0)
                    m_window->reloadClient(); // the sent messages are notes now
                Q_EMIT sendFinished(report.value ? report.value->sent : 0,
                                    report.value ? report.value->failed + report.value->parked : 0);
            });
}

void MailActions::editSettings()
{
    auto *dialog = new SmtpSettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SmtpSettingsDialog> guard(dialog);
    auto db = m_window->worker()->database();
    const qint64 userId = m_window->currentUser().id;
    m_window->worker()->run(
            this,
            [](QSqlDatabase conn) {
                SettingsLoaded r;
                auto s = SmtpSettings::load(conn);
                if (!s) {
                    r.error = s.errorString();
                    return r;
                }
                r.settings = s.value();
                r.secretStored = !s.value().user.isEmpty() && resolveSmtpSecret(s.value());
                return r;
            },
            [guard](SettingsLoaded r) {
                if (!guard)
                    return;
                guard->setSettings(r.settings, r.secretStored);
                guard->showError(r.error);
            });
    connect(dialog, &SmtpSettingsDialog::saveRequested, this,
            [this, guard, db, userId](const SmtpSettings &s, const QString &secret) {
                guard->setEnabled(false);
                m_window->worker()->run(
                        this,
                        [db, userId, s, secret](QSqlDatabase conn) {
                            if (!secret.isEmpty()) {
                                if (auto w = storeSmtpSecret(s, secret); !w)
                                    return tr("The password could not be stored in the "
                                              "keychain: %1")
                                            .arg(w.errorString());
                            }
                            auto saved
                                    = inTransaction(conn, [&]() { return s.save(conn, userId); });
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
                            m_window->statusBar()->showMessage(tr("E-mail settings saved"), 5000);
                        });
            });
    connect(dialog, &SmtpSettingsDialog::testRequested, this,
            [this, guard](const SmtpSettings &s, const QString &typed, const QString &to) {
                m_window->worker()->run(
                        this,
                        [s, typed, to, clock = m_window->sharedClock()](QSqlDatabase) {
                            QString secret = typed;
                            if (secret.isEmpty()) {
                                auto stored = resolveSmtpSecret(s);
                                if (!stored)
                                    return qMakePair(false, stored.errorString());
                                secret = stored.value();
                            }
                            SmtpTransport transport(s, secret);
                            const auto d = MailService::sendTestMessage(transport, s, to, *clock);
                            return qMakePair(d.ok(),
                                             d.ok() ? tr("Sent: %1").arg(d.reply)
                                                     : d.error.isEmpty() ? d.reply
                                                                         : d.error);
                        },
                        [guard](QPair<bool, QString> r) {
                            if (guard)
                                guard->showResult(r.second, r.first);
                        });
            });
    dialog->open();
}

} // namespace ardesk
