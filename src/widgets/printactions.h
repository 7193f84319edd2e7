// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/progress.h"
#include "widgets/actioncontext.h"

#include <functional>

#include <QObject>
#include <QString>

class QDialog;
class QStatusBar;
class QWidget;

namespace ardesk {

class ClientWorkspace;
class Session;

/// Printed documents of the shown client in the window: Client > Statement of account… (PDF) and
/// Client > Case file… (PDF, or a zip bundle with the attachments and a manifest of their hashes).
/// Each is gathered by its core use case (StatementService, CaseFileService) on the session's
/// worker and rendered by the print layer on the worker too; a file is written whole
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

    /// Asks where to save the shown client's case file (PDF, or a zip bundle), then saves it.
    void chooseAndSaveCaseFile();
    /// Saves the case file of `clientId` at `path`: the PDF alone, or with `bundle` a zip holding
    /// the PDF, every attachment and the manifest (done: the error, empty on success).
    enum class CaseFileForm { Pdf, Bundle };
    void saveCaseFile(qint64 clientId, const QString &path, CaseFileForm form,
                      std::function<void(QString)> done = {});

private:
    /// Shows the case file's progress box (owned by the window) and sets `progress` to the
    /// Progress its panel hands out.
    QDialog *showCaseFileProgress(Progress &progress);

    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window;
};

} // namespace ardesk
