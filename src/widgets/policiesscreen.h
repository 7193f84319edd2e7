// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/policyservice.h"

#include <functional>

#include <QObject>
#include <QPointer>

class QWidget;

namespace ardesk {

class DatabaseWorker;
class PoliciesDialog;

/// File > Reminder policies: reads the policies on the worker (PolicyService), shows the
/// PoliciesDialog, and runs its changes through PolicyService. After each saved change the
/// dialog's list is read again and `changed` is called (the window refreshes Today and the
/// shown client). Lives as long as its dialog.
class PoliciesScreen : public QObject
{
    Q_OBJECT
public:
    struct Subject
    {
        qint64 userId = 0; ///< who makes the changes (audit)
        qint64 clientId = 0; ///< the shown client a policy can be assigned to (0: none)
        QString clientName;
    };

    /// Loads, then opens the dialog on `window` (a warning there when the policies cannot be
    /// read). `changed` runs on the window's thread after each saved change.
    static void open(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                     std::function<void()> changed);

private:
    PoliciesScreen(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                   std::function<void()> changed, PoliciesDialog *dialog);
    void connectDialog();
    void write(std::function<Result<void>(PolicyService &)> change, const QString &done);

    QPointer<DatabaseWorker> m_worker;
    Subject m_subject;
    QPointer<QWidget> m_window;
    std::function<void()> m_changed;
    QPointer<PoliciesDialog> m_dialog;
};

} // namespace ardesk
