// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/actioncontext.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace ardesk {

class ClientWorkspace;
class Session;
class TodayPane;

/// The Today queue's actions: reads the user's queue on the worker (TodayQueue) without the
/// clients marked done today (remembered per file, user and day in QSettings, so a refresh or
/// a restart does not bring them back until tomorrow), and Done — next: the account leaves the
/// queue, its due tasks are completed on the worker, and the next account is asked for.
class TodayActions : public QObject
{
    Q_OBJECT
public:
    explicit TodayActions(const ActionContext &context);

    /// Reads the queue again; a newer refresh supersedes an older one still running.
    void refresh();
    /// The open client (or the one selected in the queue) is done for today.
    void doneAndNext();
    /// The attempt id of the first dialled call of `clientId` that the queue lists as not
    /// logged (0: none).
    qint64 unloggedCallOf(qint64 clientId) const;
    /// "No call took place" on the client selected in the queue (or the open one): its calls
    /// not logged leave the queue for good (CallAttemptService::dismiss).
    void dismissUnloggedCalls();
    /// The e-mails of unknown delivery of the client selected in the queue (or the open one):
    /// recorded as sent (the user found them delivered) or queued to be sent again.
    void decideUncertainEmails(bool sendAgain);

Q_SIGNALS:
    /// Open this client (the next account in the queue).
    void openRequested(qint64 clientId);
    /// The queue has no next account: show the queue.
    void queueRequested();
    /// The company has no clients: Today shows its first steps instead of a queue.
    void firstStepsShown();

private:
    /// The queue row of `clientId` (-1: not queued) and the ids of its due tasks.
    int rowOf(qint64 clientId, QList<qint64> *tasks) const;
    QString doneKey(const QDate &day) const;
    void rememberDone(qint64 clientId);
    void closeTasks(const QList<qint64> &tasks);
    /// The refIds of the reasons of `kind` of the client selected in the queue (or the open one).
    QList<qint64> reasonRefs(const QString &kind) const;

    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    TodayPane *m_pane;
    quint64 m_request = 0;
};

} // namespace ardesk
