// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"
#include "widgets/actioncontext.h"

#include <functional>

#include <QObject>
#include <QUrl>

class QStatusBar;

namespace ardesk {

class ClientWorkspace;
class Session;

/// Invoice documents in the window: the invoice list's context menu (Attach document…, Open
/// document) and File > Import invoice documents… (a folder matched by invoice number). The
/// work runs in InvoiceDocumentService on the session's worker; a document opens as a
/// read-only temporary copy in the desktop's viewer, never executed by ARDesk.
class InvoiceDocumentActions : public QObject
{
    Q_OBJECT
public:
    explicit InvoiceDocumentActions(const ActionContext &context);

    /// Asks for a file and attaches it to `invoice`.
    void chooseAndAttach(const Invoice &invoice);
    /// Attaches the file at `path` to `invoice` (done: the error, empty on success).
    void attach(const Invoice &invoice, const QString &path,
                std::function<void(QString)> done = {});
    /// Opens the invoice's document (a read-only copy).
    void open(const Invoice &invoice);
    /// Asks for a folder and imports the documents in it.
    void chooseAndImport();
    /// Imports the folder; the report (matched, unmatched, ambiguous files by name) is shown,
    /// and handed to `done` as text (or the error).
    void importFolder(const QString &folder, std::function<void(QString)> done = {});
    /// How documents are handed to the desktop (tests replace it).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

private:
    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace ardesk
