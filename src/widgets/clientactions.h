// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "widgets/actioncontext.h"

#include <functional>

#include <QObject>

namespace ardesk {

class ClientWorkspace;
class Session;

/// The Client menu's changes to a client: new and edit (ClientEditDialog → ClientService),
/// archive and unarchive (a reason asked and kept), and the Details tab's credit hold and
/// release. Every change runs on the session's worker; dialogs stay open with the core's
/// message when it refuses.
class ClientActions : public QObject
{
    Q_OBJECT
public:
    explicit ClientActions(const ActionContext &context);

    void newClient();
    void editShownClient();
    void archiveShownClient();
    void unarchiveShownClient();
    /// Client > Pause reminders… / Resume reminders…: the shown client or one of its invoices
    /// (PauseDialog → PauseService).
    void pauseShownClient();
    void resumeShownClient();

    /// See MainWindow::setCreditHold, saveClient, archiveClient and unarchiveClient.
    void setCreditHold(qint64 clientId, bool hold, const QString &reason,
                       std::function<void(QString)> done);
    void save(Client client, std::function<void(QString error, qint64 id)> done);
    void archive(qint64 clientId, const QString &reason, std::function<void(QString)> done);
    void unarchive(qint64 clientId, std::function<void(QString)> done);

Q_SIGNALS:
    /// A client was created or updated: the list refreshes and shows it.
    void saved(qint64 clientId);

private:
    void openEditor(const Client &client);
    void askForHold(qint64 clientId);
    void askForRelease(qint64 clientId);
    void openPauseDialog(bool pause);

    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window; ///< parent of the dialogs
};

} // namespace ardesk
