// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/actioncontext.h"

#include <functional>

#include <QObject>
#include <QString>

class QStatusBar;
class QWidget;

namespace ardesk {

class ClientWorkspace;
class Session;

/// Printed documents of the shown client in the window: Client > Statement… (a statement of
/// account as PDF). The statement is gathered by StatementService on the session's worker and
/// rendered by the print layer (StatementPdf) on the worker too; the file is written whole
/// (temporary file renamed into place) or not at all.
class PrintActions : public QObject
{
    Q_OBJECT

public:
    explicit PrintActions(const ActionContext &context);

    /// Asks where to save the shown client's statement, then saves it.
    void chooseAndSaveStatement();
    /// Saves the statement of `clientId` as of the company's today at `path` (done: the error,
    /// empty on success).
    void saveStatement(qint64 clientId, const QString &path,
                       std::function<void(QString)> done = {});

private:
    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window;
};

} // namespace ardesk
