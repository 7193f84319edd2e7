// SPDX-License-Identifier: MIT
#include "widgets/todayactions.h"

#include "core/services/callattemptservice.h"
#include "core/services/mailservice.h"
#include "core/services/taskservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/todayqueue.h"
#include "models/databaseworker.h"
#include "models/todayqueuemodel.h"
#include "widgets/clientworkspace.h"
#include "widgets/session.h"
#include "widgets/todaypane.h"

#include <QTableView>

#include <QAction>
#include <QCryptographicHash>
#include <QSettings>
#include <QStatusBar>

namespace ardesk {
namespace {

struct TodayResult
{
    QList<TodayQueue::Row> rows;
    qint64 clients = -1; ///< how many the file has; 0: an empty company (first steps)
    QString error;
};

} // namespace

TodayActions::TodayActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_pane(context.workspace->todayPane())
{
    auto *noCall = new QAction(tr("No call took place"), m_pane->view());
    noCall->setObjectName(QStringLiteral("noCallTookPlaceAction"));
    noCall->setToolTip(tr("The dialled call was never made: take it off the queue"));
    noCall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    noCall->setShortcutContext(Qt::WidgetShortcut);
    m_pane->view()->addAction(noCall);
    m_pane->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(noCall, &QAction::triggered, this, &TodayActions::dismissUnloggedCalls);
    // An e-mail whose delivery is unknown: the two safe choices, never a silent re-send.
    auto *delivered = new QAction(tr("E-mail was delivered: mark it sent"), m_pane->view());
    delivered->setObjectName(QStringLiteral("emailDeliveredAction"));
    delivered->setToolTip(tr("You found it in the sent mailbox: record it as sent"));
    m_pane->view()->addAction(delivered);
    connect(delivered, &QAction::triggered, this, [this] { decideUncertainEmails(false); });
    auto *again = new QAction(tr("Send the e-mail again"), m_pane->view());
    again->setObjectName(QStringLiteral("emailSendAgainAction"));
    again->setToolTip(tr("It is not in the sent mailbox: queue it to be sent again"));
    m_pane->view()->addAction(again);
    connect(again, &QAction::triggered, this, [this] { decideUncertainEmails(true); });
}

QList<qint64> TodayActions::reasonRefs(const QString &kind) const
{
    const qint64 clientId
            = m_pane->currentClientId() ? m_pane->currentClientId() : m_workspace->clientId();
    QList<qint64> refs;
    for (int r = 0; r < m_pane->model()->rowCount(); ++r) {
        const TodayQueue::Row *item = m_pane->model()->rowAt(r);
        for (const TodayQueue::Reason &reason : item->reasons) {
            if (item->clientId == clientId && reason.kind == kind)
                refs << reason.refId;
        }
    }
    return refs;
}

void TodayActions::decideUncertainEmails(bool sendAgain)
{
    const QList<qint64> messages = reasonRefs(QStringLiteral("email_unknown"));
    if (!m_session->worker() || messages.isEmpty()) {
        m_status->showMessage(tr("No e-mail of unknown delivery is selected"), 5000);
        return;
    }
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, messages,
             sendAgain](const std::shared_ptr<Database> &db) {
                MailService mail(db, userId);
                QStringList errors;
                for (qint64 id : messages) {
                    auto done = sendAgain ? mail.retry(id) : mail.confirmSent(id);
                    if (!done)
                        errors << done.errorString();
                }
                return errors.join(QStringLiteral("; "));
            },
            [this, sendAgain, n = int(messages.size())](QString error) {
                if (!error.isEmpty())
                    m_status->showMessage(error, 8000);
                else
                    m_status->showMessage(
                            sendAgain ? tr("%n e-mail(s) queued to be sent again", nullptr, n)
                                      : tr("%n e-mail(s) recorded as sent", nullptr, n),
                            5000);
                refresh();
            });
}

QString TodayActions::doneKey(const QDate &day) const
{
    DatabaseWorker *worker = m_session->worker();
    const QString path = worker ? worker->database()->path() : QString();
    return QStringLiteral("today/%1/%2/%3")
            .arg(QString::fromLatin1(
                         QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex()),
                 m_session->currentUser().name, day.toString(Qt::ISODate));
}

void TodayActions::refresh()
{
    DatabaseWorker *worker = m_session->worker();
    if (!worker)
        return;
    const quint64 request = ++m_request;
    const qint64 userId = m_session->currentUser().id;
    const QDate today = m_session->today();
    worker->run(
            this,
            [userId, today](const std::shared_ptr<Database> &db) {
                TodayResult r;
                auto rows = TodayQueue(*db).forUser(userId, today);
                if (rows)
                    r.rows = rows.value();
                else
                    r.error = rows.errorString();
                // Only an empty queue can be an empty company: a refresh with work in it does
                // not count the clients.
                if (rows && r.rows.isEmpty()) {
                    if (auto clients = ClientRepository(*db).count())
                        r.clients = clients.value();
                }
                return r;
            },
            [this, request, today](TodayResult r) {
                if (request != m_request)
                    return;
                const QStringList done = QSettings().value(doneKey(today)).toStringList();
                r.rows.removeIf([&done](const TodayQueue::Row &row) {
                    return done.contains(QString::number(row.clientId));
                });
                const User user = m_session->currentUser();
                if (!r.error.isEmpty())
                    m_pane->showError(r.error);
                else if (r.clients == 0) {
                    m_pane->showFirstSteps(user.displayName.isEmpty() ? user.name
                                                                      : user.displayName);
                    Q_EMIT firstStepsShown();
                } else
                    m_pane->setRows(std::move(r.rows), today,
                                    user.displayName.isEmpty() ? user.name : user.displayName);
            });
}

int TodayActions::rowOf(qint64 clientId, QList<qint64> *tasks) const
{
    static const QStringList taskKinds {
            QStringLiteral("follow_up"), QStringLiteral("call"), QStringLiteral("escalation"),
            QStringLiteral("review"),    QStringLiteral("task"), QStringLiteral("reminder_call")};
    int row = -1;
    for (int r = 0; r < m_pane->model()->rowCount(); ++r) {
        const TodayQueue::Row *item = m_pane->model()->rowAt(r);
        if (item->clientId != clientId)
            continue;
        row = r;
        for (const TodayQueue::Reason &reason : item->reasons) {
            if (taskKinds.contains(reason.kind) && reason.refId)
                tasks->append(reason.refId);
        }
    }
    return row;
}

void TodayActions::rememberDone(qint64 clientId)
{
    QSettings settings;
    const QString key = doneKey(m_session->today());
    QStringList done = settings.value(key).toStringList();
    done << QString::number(clientId);
    settings.setValue(key, done);
}

void TodayActions::closeTasks(const QList<qint64> &tasks)
{
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, tasks](const std::shared_ptr<Database> &db) {
                TaskService service(db, userId);
                QStringList errors;
                for (qint64 id : tasks) {
                    if (auto d = service.markDone(id); !d)
                        errors << d.errorString();
                }
                return errors.join(QStringLiteral("; "));
            },
            [this](QString error) {
                if (!error.isEmpty())
                    m_status->showMessage(tr("Some tasks were not closed: %1").arg(error), 8000);
            });
}

qint64 TodayActions::unloggedCallOf(qint64 clientId) const
{
    for (int r = 0; r < m_pane->model()->rowCount(); ++r) {
        const TodayQueue::Row *item = m_pane->model()->rowAt(r);
        if (item->clientId != clientId)
            continue;
        for (const TodayQueue::Reason &reason : item->reasons) {
            if (reason.kind == QLatin1String("call_not_logged"))
                return reason.refId;
        }
    }
    return 0;
}

void TodayActions::dismissUnloggedCalls()
{
    const QList<qint64> attempts = reasonRefs(QStringLiteral("call_not_logged"));
    if (!m_session->worker() || attempts.isEmpty()) {
        m_status->showMessage(tr("No call that was not logged is selected"), 5000);
        return;
    }
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, attempts](const std::shared_ptr<Database> &db) {
                CallAttemptService calls(db, userId);
                QStringList errors;
                for (qint64 id : attempts) {
                    if (auto d = calls.dismiss(id); !d)
                        errors << d.errorString();
                }
                return errors.join(QStringLiteral("; "));
            },
            [this](QString error) {
                if (!error.isEmpty())
                    m_status->showMessage(error, 8000);
                refresh();
            });
}

void TodayActions::doneAndNext()
{
    const qint64 clientId
            = m_workspace->clientId() ? m_workspace->clientId() : m_pane->currentClientId();
    if (!m_session->worker() || clientId == 0)
        return;
    QList<qint64> tasks;
    const int row = rowOf(clientId, &tasks);
    if (row < 0) {
        m_status->showMessage(tr("This client is not in today's queue"), 5000);
        return;
    }
    // Off the list for today (remembered); its tasks are completed on the worker.
    m_pane->model()->removeClient(clientId);
    rememberDone(clientId);
    const TodayQueue::Row *next
            = m_pane->model()->rowAt(std::min(row, m_pane->model()->rowCount() - 1));
    if (!tasks.isEmpty())
        closeTasks(tasks);
    if (next) {
        m_pane->selectClient(next->clientId);
        m_workspace->focusOnArrival(next->clientId);
        Q_EMIT openRequested(next->clientId);
    } else {
        Q_EMIT queueRequested();
    }
}

} // namespace ardesk
