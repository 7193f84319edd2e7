// SPDX-License-Identifier: MIT
#include "widgets/printactions.h"

#include "core/services/casefileservice.h"
#include "core/services/statementservice.h"
#include "models/databaseworker.h"
#include "print/casefilepdf.h"
#include "print/statementpdf.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientworkspace.h"
#include "widgets/progresspanel.h"
#include "widgets/session.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ardesk {

PrintActions::PrintActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_window(context.window)
{ }

void PrintActions::chooseAndSaveStatement()
{
    const ClientDetails &shown = m_workspace->detailsTab()->details();
    if (!m_session->worker() || !m_workspace->clientId()
        || shown.client.id != m_workspace->clientId())
        return;
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(tr("Statement %1 %2.pdf")
                                        .arg(shown.client.code,
                                             m_session->today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save the statement of %1").arg(shown.client.name), suggested,
            tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveStatement(shown.client.id, path);
}

void PrintActions::saveStatement(qint64 clientId, const QString &path,
                                 std::function<void(QString)> done)
{
    m_session->worker()->run(
            this,
            [clientId, path,
             userId = m_session->currentUser().id](const std::shared_ptr<Database> &db) -> QString {
                auto statement = StatementService(db, userId).statement(clientId);
                if (!statement)
                    return statement.errorString();
                if (auto w = StatementPdf::write(statement.value(), path); !w)
                    return w.errorString();
                return QString();
            },
            [this, path, done = std::move(done)](const QString &error) {
                if (error.isEmpty())
                    m_status->showMessage(tr("Statement saved to %1").arg(path), 5000);
                else
                    QMessageBox::warning(m_window, tr("Statement"), error);
                if (done)
                    done(error);
            });
}

void PrintActions::chooseAndSaveCaseFile()
{
    const ClientDetails &shown = m_workspace->detailsTab()->details();
    if (!m_session->worker() || !m_workspace->clientId()
        || shown.client.id != m_workspace->clientId())
        return;
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const QString zipFilter = tr("Bundle with the attachments and their hashes (*.zip)");
    QString filter = pdfFilter;
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(tr("Case file %1 %2.pdf")
                                        .arg(shown.client.code,
                                             m_session->today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save the case file of %1").arg(shown.client.name), suggested,
            pdfFilter + QStringLiteral(";;") + zipFilter, &filter);
    if (path.isEmpty())
        return;
    const bool zip
            = filter == zipFilter || path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    saveCaseFile(shown.client.id, path, zip ? CaseFileForm::Bundle : CaseFileForm::Pdf);
}

QDialog *PrintActions::showCaseFileProgress(Progress &progress)
{
    auto *box = new QDialog(m_window);
    box->setObjectName(QStringLiteral("CaseFileProgress"));
    box->setWindowTitle(tr("Case file"));
    box->setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(box);
    auto *panel = new ProgressPanel(box);
    layout->addWidget(panel);
    box->resize(480, box->sizeHint().height());
    progress = panel->start(tr("Reading the client's record"));
    box->show();
    return box;
}

void PrintActions::saveCaseFile(qint64 clientId, const QString &path, CaseFileForm form,
                                std::function<void(QString)> done)
{
    // A large client's notes and the chain check take a while: the stage, how far, and Cancel
    // (nothing is written then) in a small window-modal box while the worker gathers.
    Progress progress;
    QPointer<QDialog> box = showCaseFileProgress(progress);
    m_session->worker()->run(
            this,
            [clientId, path, form, progress,
             userId = m_session->currentUser().id](const std::shared_ptr<Database> &db) -> QString {
                const CaseFileService service(db, userId);
                auto data = service.caseFile(clientId, progress);
                if (!data)
                    return data.errorString();
                progress.report(0, 0, tr("Writing the PDF"));
                auto pdf = CaseFilePdf::render(data.value());
                if (!pdf)
                    return pdf.errorString();
                if (form == CaseFileForm::Bundle) {
                    const QString pdfName
                            = QFileInfo(path).completeBaseName() + QStringLiteral(".pdf");
                    auto bundle = service.writeBundle(data.value(), pdfName, pdf.value(), path,
                                                      progress);
                    return bundle ? QString() : bundle.errorString();
                }
                if (progress.isCancelled())
                    return CaseFileService::cancelled().message;
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)
                    || file.write(pdf.value()) != pdf.value().size() || !file.commit())
                    return tr("cannot write \"%1\": %2").arg(path, file.errorString());
                return QString();
            },
            [this, path, box, progress, done = std::move(done)](const QString &error) {
                if (box)
                    box->deleteLater();
                if (error.isEmpty())
                    m_status->showMessage(tr("Case file saved to %1").arg(path), 5000);
                else if (progress.isCancelled()) // asked for: said in the status bar only
                    m_status->showMessage(error, 8000);
                else
                    QMessageBox::warning(m_window, tr("Case file"), error);
                if (done)
                    done(error);
            });
}

} // namespace ardesk
