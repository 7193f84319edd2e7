// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/services/disputeservice.h"
#include "core/services/taskservice.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QHBoxLayout;
class QTableWidget;
class QTabWidget;

namespace ardesk {

/// Work > Tasks and disputes: the user's open tasks (done, snooze until a date, reassign; a
/// manager may move every task of one person to another) and the disputes the user owns
/// (resolve or reject, with the resolution recorded as a note). Shows and collects; MainWindow
/// runs TaskService / DisputeService on the worker.
class WorkListsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `shownClient`: the name of the client on screen (new tasks are for it; empty: none).
    WorkListsDialog(const QList<User> &users, const User &current, const QString &shownClient,
                    const QDate &today, QWidget *parent = nullptr);

    void setTasks(const QList<TaskService::Task> &tasks);
    void setDisputes(const QList<DisputeService::Dispute> &disputes);
    void showMessage(const QString &text);
    QTableWidget *taskTable() const { return m_tasks; }
    QTableWidget *disputeTable() const { return m_disputes; }
    QString messageText() const;
    /// Whose tasks are listed (0: everyone's — managers only).
    qint64 listedUser() const;

Q_SIGNALS:
    void reloadRequested(qint64 userId);
    void taskDoneRequested(qint64 taskId);
    void taskCreateRequested(const QString &title, const QDate &due);
    void taskSnoozeRequested(qint64 taskId, const QDate &until);
    void taskReassignRequested(qint64 taskId, qint64 toUserId);
    void reassignAllRequested(qint64 fromUserId, qint64 toUserId);
    void disputeCloseRequested(qint64 disputeId, ardesk::DisputeService::Closing how,
                               const QString &resolution);

private:
    QDate m_today; ///< the company's date when the dialog opened
    QPushButton *addButton(QHBoxLayout *row, const QString &text, const char *name);
    QWidget *buildTaskPage(QTabWidget *tabs, const QString &shownClient, bool manager);
    QWidget *buildDisputePage(QTabWidget *tabs);
    void askNewTask();
    void askSnooze();
    void askCloseDispute(DisputeService::Closing how);
    qint64 selectedId(QTableWidget *table) const;
    qint64 chooseUser(const QString &title, qint64 except);

    QList<User> m_users;
    User m_current;
    QComboBox *m_whose;
    QTableWidget *m_tasks;
    QTableWidget *m_disputes;
    QLabel *m_message;
};

} // namespace ardesk
