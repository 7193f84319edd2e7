// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/exportservice.h"

#include <memory>

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ardesk {

class DatabaseWorker;
class ProgressPanel;

/// File > Export… (and "Export…" on the client list and the invoice table): which table, as of
/// which day, CSV or an Excel workbook, and where. The export runs on the worker thread through
/// ExportService (the same use case as `ardesk-cli export`) with progress and Cancel; a cancelled
/// or failed export leaves no file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(DatabaseWorker *worker, qint64 userId, const QLocale &locale, const QDate &today,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Opens the dialog on `window` (deleted on close).
    static ExportDialog *open(DatabaseWorker *worker, qint64 userId, const QLocale &locale,
                              const QDate &today, QWidget *window);

    void setTable(ExportService::Table table);
    /// The KPIs and all client activity are offered only to who may read reports.
    void setReportsAllowed(bool allowed);
    /// The client list as the user sees it (filter and order): what "Clients" exports.
    void setClientList(const ClientListQuery::Spec &spec);
    /// The client shown in the window: offered as "only this client" for invoices and promises.
    void setClient(qint64 clientId, const QString &code);
    void setPath(const QString &path);
    void setFormat(ExportService::Format format);
    QString statusText() const;

    /// Starts the export with the choices as they are (the Export button).
    void startExport();

Q_SIGNALS:
    /// The export ended: written (`ok`), failed or cancelled; statusText() says which.
    void exportFinished(bool ok);

private:
    ExportService::Request request() const;
    void setUpFields(const QDate &today);
    void buildLayout();
    void connectSignals();
    void updateChoices();
    void chooseFile();
    void setBusy(bool busy);
    void retranslateUi();

    DatabaseWorker *m_worker;
    qint64 m_userId;
    QLocale m_locale;
    ClientListQuery::Spec m_clientList;
    qint64 m_clientId = 0;
    QString m_clientCode;
    QComboBox *m_table;
    QLabel *m_tableLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QDateEdit *m_asOf;
    QCheckBox *m_onlyClient;
    QCheckBox *m_openOnly;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QPushButton *m_browse;
    ProgressPanel *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    bool m_busy = false;
};

} // namespace ardesk
