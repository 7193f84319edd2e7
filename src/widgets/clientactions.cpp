// SPDX-License-Identifier: MIT
#include "widgets/clientactions.h"

#include "core/services/clientservice.h"
#include "core/services/creditservice.h"
#include "core/services/pauseservice.h"
#include "core/services/settingsservice.h"
#include "core/services/userservice.h"
#include "core/storage/clientrepository.h"
#include "models/databaseworker.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clienteditdialog.h"
#include "widgets/clientworkspace.h"
#include "widgets/dialogreply.h"
#include "widgets/pausedialog.h"
#include "widgets/session.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace ardesk {
namespace {

struct SaveResult
{
    QString error;
    bool changedElsewhere = false; ///< another copy was saved first (optimistic lock)
    qint64 id = 0;
};

/// Creates (id 0) or updates `client`; a refused update says whether the stored version moved.
SaveResult saveOnWorker(const std::shared_ptr<Database> &db, qint64 userId, Client client)
{
    SaveResult r;
    ClientService service(db, userId);
    if (client.id == 0) {
        auto id = service.createClient(client);
        if (!id)
            r.error = id.errorString();
        r.id = client.id;
        return r;
    }
    r.id = client.id;
    if (auto u = service.updateClient(client); !u) {
        r.error = u.errorString();
        if (u.error().code == ErrorCode::Conflict) {
            // A duplicate code is a Conflict too: only a moved version is "changed by someone
            // else".
            auto stored = ClientRepository(*db).find(client.id);
            r.changedElsewhere = stored && stored.value().version != client.version;
        }
    }
    return r;
}

/// `done` for an interactive change: a refusal is shown in a message box titled `title`.
std::function<void(QString)> warnOnError(QWidget *window, const QString &title)
{
    return [window, title](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(window, title, error);
    };
}

} // namespace

ClientActions::ClientActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_window(context.window)
{
    ClientDetailsTab *details = m_workspace->detailsTab();
    connect(details, &ClientDetailsTab::creditHoldRequested, this, &ClientActions::askForHold);
    connect(details, &ClientDetailsTab::creditReleaseRequested, this,
            &ClientActions::askForRelease);
}

void ClientActions::pauseShownClient()
{
    openPauseDialog(true);
}

void ClientActions::resumeShownClient()
{
    openPauseDialog(false);
}

void ClientActions::openPauseDialog(bool pause)
{
    const ClientDetails &d = m_workspace->detailsTab()->details();
    const qint64 clientId = m_workspace->clientId();
    if (clientId == 0 || d.client.id != clientId)
        return;
    auto *dialog = new PauseDialog(pause ? PauseDialog::Mode::Pause : PauseDialog::Mode::Resume,
                                   d.client.name, d.invoices,
                                   m_workspace->detailsTab()->selectedInvoice().id,
                                   m_session->today(), m_session->companyLocale(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PauseDialog::submitted, this,
            [this, dialog, clientId, pause,
             today = m_session->today()](const PauseDialog::Request &r) {
                QPointer<PauseDialog> guard(dialog);
                dialog->setEnabled(false);
                m_session->runClientWrite(
                        clientId,
                        [clientId, pause, r, today](const std::shared_ptr<Database> &db,
                                                    qint64 userId) -> Result<void> {
                            PauseService service(db, userId);
                            if (pause)
                                return r.invoiceId
                                        ? service.pauseInvoice(r.invoiceId, r.until, r.reason)
                                        : service.pauseClient(clientId, r.until, r.reason);
                            return r.invoiceId
                                    ? service.unpauseInvoice(r.invoiceId, today, r.reason)
                                    : service.unpauseClient(clientId, r.reason);
                        },
                        pause ? tr("Reminders paused") : tr("Reminders resumed"),
                        Session::AfterWrite::ShowClient,
                        [guard](const QString &error) { finishDialog(guard, error); });
            });
    dialog->open();
}

void ClientActions::askForHold(qint64 clientId)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
            m_window, tr("Put on credit hold"),
            tr("Why is this client going on hold? (everyone who opens the client sees it)"),
            QLineEdit::Normal, QString(), &ok);
    if (ok)
        setCreditHold(clientId, true, reason, warnOnError(m_window, tr("Credit hold")));
}

void ClientActions::askForRelease(qint64 clientId)
{
    if (QMessageBox::question(m_window, tr("Release credit hold"),
                              tr("Lift the credit hold on this client?"))
        != QMessageBox::Yes)
        return;
    setCreditHold(clientId, false, QString(), warnOnError(m_window, tr("Credit hold")));
}

void ClientActions::setCreditHold(qint64 clientId, bool hold, const QString &reason,
                                  std::function<void(QString)> done)
{
    m_session->runClientWrite(
            clientId,
            [clientId, hold, reason](const std::shared_ptr<Database> &db, qint64 userId) {
                CreditService credit(db, userId);
                return hold ? credit.hold(clientId, reason) : credit.release(clientId, reason);
            },
            hold ? tr("Client put on credit hold") : tr("Credit hold released"),
            Session::AfterWrite::ShowClient, std::move(done));
}

void ClientActions::save(Client client, std::function<void(QString error, qint64 id)> done)
{
    DatabaseWorker *worker = m_session->worker();
    if (!worker)
        return;
    worker->run(
            this,
            [userId = m_session->currentUser().id, client](const std::shared_ptr<Database> &db) {
                return saveOnWorker(db, userId, client);
            },
            [this, done, name = client.name](SaveResult r) {
                if (r.changedElsewhere)
                    r.error = tr("%1 was changed by someone else since you opened it; reload the "
                                 "client and make your change again.")
                                      .arg(name);
                if (r.error.isEmpty()) {
                    m_status->showMessage(tr("Saved %1").arg(name), 5000);
                    Q_EMIT saved(r.id);
                }
                if (done)
                    done(r.error, r.id);
            });
}

void ClientActions::archive(qint64 clientId, const QString &reason,
                            std::function<void(QString)> done)
{
    m_session->runClientWrite(
            clientId,
            [clientId, reason](const std::shared_ptr<Database> &db, qint64 userId) {
                return ClientService(db, userId).archiveClient(clientId, reason);
            },
            tr("Client archived"), Session::AfterWrite::ClearWorkspace, std::move(done));
}

void ClientActions::unarchive(qint64 clientId, std::function<void(QString)> done)
{
    m_session->runClientWrite(
            clientId,
            [clientId](const std::shared_ptr<Database> &db, qint64 userId) {
                return ClientService(db, userId).unarchiveClient(clientId);
            },
            tr("Client back on the list"), Session::AfterWrite::ShowClient, std::move(done));
}

void ClientActions::newClient()
{
    if (!m_session->worker())
        return;
    // A new client bills in the company's home currency until the clerk picks another.
    Client fresh;
    if (auto company = SettingsService(m_session->worker()->database(), 0).company())
        fresh.currency = company.value().homeCurrency;
    openEditor(fresh);
}

void ClientActions::editShownClient()
{
    if (!m_session->worker() || m_workspace->clientId() == 0)
        return;
    auto client = ClientRepository(*m_session->worker()->database()).find(m_workspace->clientId());
    if (!client) {
        QMessageBox::warning(m_window, tr("Edit client"), client.errorString());
        return;
    }
    openEditor(client.value());
}

void ClientActions::openEditor(const Client &client)
{
    auto users = UserService(m_session->worker()->database()).list();
    auto *dialog = new ClientEditDialog(users ? users.value() : QList<User>(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClient(client);
    QPointer<ClientEditDialog> guard(dialog);
    connect(dialog, &ClientEditDialog::saveRequested, this, [this, guard](const Client &c) {
        guard->setEnabled(false);
        save(c, [guard](const QString &error, qint64) { finishDialog(guard, error); });
    });
    dialog->open();
}

void ClientActions::archiveShownClient()
{
    const qint64 clientId = m_workspace->clientId();
    if (!m_session->worker() || clientId == 0)
        return;
    const QString name = m_workspace->headerText();
    bool ok = false;
    const QString reason = QInputDialog::getText(
            m_window, tr("Archive client"),
            tr("Why is %1 being archived? (kept in the audit log)").arg(name), QLineEdit::Normal,
            QString(), &ok);
    if (!ok)
        return;
    if (QMessageBox::question(
                m_window, tr("Archive client"),
                tr("Archive %1? The client leaves the list; its history is kept.").arg(name))
        != QMessageBox::Yes)
        return;
    archive(clientId, reason, warnOnError(m_window, tr("Archive client")));
}

void ClientActions::unarchiveShownClient()
{
    const qint64 clientId = m_workspace->clientId();
    if (!m_session->worker() || clientId == 0)
        return;
    if (QMessageBox::question(m_window, tr("Unarchive client"),
                              tr("Put %1 back on the client list?").arg(m_workspace->headerText()))
        != QMessageBox::Yes)
        return;
    unarchive(clientId, warnOnError(m_window, tr("Unarchive client")));
}

} // namespace ardesk
