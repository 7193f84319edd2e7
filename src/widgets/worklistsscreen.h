// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/database.h"

#include <functional>
#include <memory>

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPointer>

class QWidget;

namespace ardesk {

class DatabaseWorker;
class WorkListsDialog;

/// Work > Tasks and disputes: the WorkListsDialog with its lists read on the worker
/// (TaskService, DisputeService) and its changes run there. After each change the lists are read
/// again and `changed` is called (the window refreshes Today). Lives as long as its dialog.
class WorkListsScreen : public QObject
{
    Q_OBJECT
public:
    struct Subject
    {
        User user; ///< who is working (the lists open on this user's tasks)
        QList<User> users; ///< whom tasks can be listed for and reassigned to
        qint64 clientId = 0; ///< the shown client new tasks are for (0: none)
        QString clientName;
        QDate today; ///< the company's date (new tasks are due from it)
        QLocale locale; ///< the company's: dates as everywhere else (dateformat)
    };
    using Change = std::function<Result<void>(const std::shared_ptr<Database> &, qint64 userId)>;

    /// Opens the dialog on `window` and reads the user's lists.
    static void open(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                     std::function<void()> changed);

private:
    WorkListsScreen(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                    std::function<void()> changed, WorkListsDialog *dialog);
    void connectTasks();
    void connectDisputes();
    void change(Change work, const QString &done);

    QPointer<DatabaseWorker> m_worker;
    Subject m_subject;
    QPointer<QWidget> m_window;
    std::function<void()> m_changed;
    QPointer<WorkListsDialog> m_dialog;
};

} // namespace ardesk
