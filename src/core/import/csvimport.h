// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/csvreader.h"
#include "core/storage/database.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace ardesk {

/// Imports clients, invoices (with their payments), payments (allocated to open invoices,
/// oldest first or to a named invoice) or contacts of existing clients (phone numbers read
/// with the client's country as the default region) from a CSV file, all or nothing.
///
/// Phase 1 reads and validates every row without writing (errors name line, column and value);
/// any error → nothing is written. Phase 2 writes everything in one transaction, with audit rows
/// and AR summary refresh. Re-importing the same file changes nothing (rows are "unchanged").
/// Columns map by canonical name (case-insensitive, spaces/dashes as underscores), or by an
/// explicit mapping (source header → canonical field), or by a preset shipped in resources.
/// Runs on the calling thread with that thread's connection; cancel() may be called from any
/// thread and leaves the file unchanged.
class CsvImport
{
public:
    enum class Kind { Clients, Invoices, Payments, Contacts };
    /// Whose words the messages use: the CLI's options (`--map SOURCE=client_code`) or the
    /// import dialog's controls ("choose which column holds the client code").
    enum class Front { CommandLine, Dialog };

    struct Options
    {
        Kind kind = Kind::Invoices;
        CsvReader::Options csv;
        QHash<QString, QString> mapping; ///< source column → canonical field (overrides names)
        QString dateFormat = QStringLiteral("yyyy-MM-dd"); ///< Qt date format
        QChar decimalSeparator = u'.';
        /// Used when there is no currency column (or its cell is empty); when empty, the
        /// company's home currency if the company file has one (setting company.home_currency).
        QString defaultCurrency;
        bool createClients = false; ///< create unknown clients from client_code/client_name
        bool dryRun = false;
        QString sourceName; ///< shown in audit rows and payment references
        Front front = Front::CommandLine;
    };

    struct Issue
    {
        qint64 line = 0;
        QString column; ///< source column name (empty for whole-row problems)
        QString message;
    };

    struct Summary
    {
        int rows = 0; ///< data rows read
        QMap<QString, int> created; ///< "clients", "contacts", "invoices", "payments"
        QMap<QString, int> updated;
        int unchanged = 0;
        /// Invoices not imported because of their status: "void" (VOIDED, DELETED…) and
        /// "draft" (DRAFT, SUBMITTED…), each invoice number counted once.
        QMap<QString, int> skipped;
        QList<Issue> errors;
        QStringList ignoredColumns;
        bool written = false;
        bool cancelled = false;

        /// `{"rows":N,"created":{...},"updated":{...},"unchanged":N,"errors":[...]}`, with
        /// `"skipped":{"void":N,"draft":N}` before the errors when invoices were skipped.
        QByteArray toJson() const;
        /// "12 void and 3 draft invoices skipped"; empty when none was.
        QString skippedText() const;
    };

    /// "clients", "contacts", "invoices", "payments": the CLI word and the stored name.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    /// The canonical fields of a kind, in documentation order.
    static QStringList canonicalFields(Kind kind);
    /// The options of a preset shipped in resources (mapping, date format, currency, …) by
    /// name (e.g. "ibm-late-payments"), or an error listing the names.
    static Result<Options> presetOptions(const QString &name);
    static QStringList presetNames();
    /// The preset whose columns a file with this header row has: every field the preset's kind
    /// requires is among the columns it maps (the most matching columns wins); empty when none.
    static QString matchingPreset(const QStringList &header);
    /// The code a client named only by name gets when the import creates it: the name's
    /// letters and digits in upper case (accents dropped), words joined by "-", at most 24
    /// characters ("Acme Café & Co." → "ACME-CAFE-CO"); "C-" and a hash of the name when it has
    /// no such letter. The import adds a suffix when that code is taken by another client.
    static QString codeFromName(const QString &name);
    /// What each header column imports as (column index → canonical field; unmapped columns are
    /// absent), by the rule run() applies: without an explicit `mapping`, canonical names and
    /// known aliases; with one, its entries (entries naming no field are skipped) plus the
    /// canonical names no entry claims. Two columns may map to one field here; run() reports
    /// that as an error. For showing the mapping before an import.
    static QHash<int, QString> autoMapping(const QStringList &header, Kind kind,
                                           const QHash<QString, QString> &mapping = {});

    CsvImport(std::shared_ptr<Database> db, qint64 userId);

    /// Reads `device`; expected failures (bad rows) are in Summary::errors, not in the Result.
    /// The Result is an error only when the import could not run (unreadable file, database).
    Result<Summary> run(QIODevice *device, const Options &options,
                        const std::function<void(qint64 bytes, int rows)> &progress = {});
    void cancel() { m_cancel = true; }

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
    std::atomic<bool> m_cancel {false};

    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};

} // namespace ardesk
