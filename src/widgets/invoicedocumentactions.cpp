// SPDX-License-Identifier: MIT
#include "widgets/invoicedocumentactions.h"

#include "core/services/invoicedocumentservice.h"
#include "models/databaseworker.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientworkspace.h"
#include "widgets/readonlycopy.h"
#include "widgets/session.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace ardesk {

namespace {

/// A worker's answer: a text (a path, a report) or the error.
struct Reply
{
    QString text;
    QString error;
};

QString reportText(const InvoiceDocumentService::ImportReport &r)
{
    QStringList lines;
    lines << InvoiceDocumentActions::tr("Attached: %n file(s)", nullptr, int(r.matched.size()));
    for (const auto &[file, number] : r.matched)
        lines << InvoiceDocumentActions::tr("  %1 → invoice %2").arg(file, number);
    if (!r.unchanged.isEmpty())
        lines << InvoiceDocumentActions::tr("Already attached: %n file(s)", nullptr,
                                            int(r.unchanged.size()));
    if (!r.unmatched.isEmpty()) {
        lines << InvoiceDocumentActions::tr("No invoice number in the name: %n file(s)", nullptr,
                                            int(r.unmatched.size()));
        for (const QString &file : r.unmatched)
            lines << QStringLiteral("  ") + file;
    }
    if (!r.ambiguous.isEmpty()) {
        lines << InvoiceDocumentActions::tr("Names more than one invoice: %n file(s)", nullptr,
                                            int(r.ambiguous.size()));
        for (const auto &[file, numbers] : r.ambiguous)
            lines << InvoiceDocumentActions::tr("  %1 (%2)")
                             .arg(file, numbers.join(QStringLiteral(", ")));
    }
    for (const auto &[file, why] : r.refused)
        lines << InvoiceDocumentActions::tr("Not attached: %1 (%2)").arg(file, why);
    return lines.join(u'\n');
}

} // namespace

InvoiceDocumentActions::InvoiceDocumentActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_window(context.window)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    ClientDetailsTab *tab = m_workspace->detailsTab();
    connect(tab, &ClientDetailsTab::attachDocumentRequested, this,
            &InvoiceDocumentActions::chooseAndAttach);
    connect(tab, &ClientDetailsTab::openDocumentRequested, this, &InvoiceDocumentActions::open);
}

void InvoiceDocumentActions::chooseAndAttach(const Invoice &invoice)
{
    if (invoice.id == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Attach the document of invoice %1").arg(invoice.number), QString(),
            tr("Documents (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        attach(invoice, path);
}

void InvoiceDocumentActions::attach(const Invoice &invoice, const QString &path,
                                    std::function<void(QString)> done)
{
    const qint64 invoiceId = invoice.id;
    m_session->runClientWrite(
            invoice.clientId,
            [invoiceId, path](const std::shared_ptr<Database> &db, qint64 userId) -> Result<void> {
                auto d = InvoiceDocumentService(db, userId).attach(invoiceId, path);
                if (!d)
                    return d.error();
                return {};
            },
            tr("Document attached to invoice %1").arg(invoice.number),
            Session::AfterWrite::ShowClient,
            [this, done = std::move(done)](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::warning(m_window, tr("Attach document"), error);
                if (done)
                    done(error);
            });
}

void InvoiceDocumentActions::open(const Invoice &invoice)
{
    const qint64 invoiceId = invoice.id;
    openReadOnlyCopy(m_session, {this, m_window, m_status, m_openUrl}, tr("Open document"),
                     tr("No application opens %1"),
                     [invoiceId](const std::shared_ptr<Database> &db) {
                         return InvoiceDocumentService(db, 0).openableCopy(invoiceId);
                     });
}

void InvoiceDocumentActions::chooseAndImport()
{
    if (!m_session->worker())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Import invoice documents from a folder (files named by invoice number)"));
    if (!folder.isEmpty())
        importFolder(folder);
}

void InvoiceDocumentActions::importFolder(const QString &folder, std::function<void(QString)> done)
{
    m_session->worker()->run(
            this,
            [folder, userId = m_session->currentUser().id](const std::shared_ptr<Database> &db) {
                Reply r;
                auto report = InvoiceDocumentService(db, userId).importFolder(folder);
                if (report)
                    r.text = reportText(report.value());
                else
                    r.error = report.errorString();
                return r;
            },
            [this, done = std::move(done)](Reply r) {
                if (r.error.isEmpty())
                    m_session->reloadClient();
                if (done) {
                    done(r.error.isEmpty() ? r.text : r.error);
                    return;
                }
                if (!r.error.isEmpty())
                    QMessageBox::warning(m_window, tr("Import invoice documents"), r.error);
                else
                    QMessageBox::information(m_window, tr("Import invoice documents"), r.text);
            });
}

} // namespace ardesk
