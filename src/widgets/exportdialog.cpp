// SPDX-License-Identifier: MIT
#include "widgets/exportdialog.h"

#include "core/support/dateformat.h"
#include "models/databaseworker.h"
#include "widgets/progresspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

namespace {

struct Outcome
{
    qint64 rows = 0;
    QString error;
};

} // namespace

ExportDialog::ExportDialog(DatabaseWorker *worker, qint64 userId, const QLocale &locale,
                           const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_userId(userId)
    , m_locale(locale)
    , m_table(new QComboBox(this))
    , m_asOf(new QDateEdit(this))
    , m_onlyClient(new QCheckBox(this))
    , m_openOnly(new QCheckBox(this))
    , m_format(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new ProgressPanel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setUpFields(today);
    buildLayout();
    connectSignals();
    retranslateUi();
    updateChoices();
    resize(560, sizeHint().height());
}

/// Names, choices and first values of the fields (their texts come from retranslateUi).
void ExportDialog::setUpFields(const QDate &today)
{
    setObjectName(QStringLiteral("ExportDialog"));
    m_table->setObjectName(QStringLiteral("exportTable"));
    m_asOf->setObjectName(QStringLiteral("exportAsOf"));
    m_onlyClient->setObjectName(QStringLiteral("exportOnlyClient"));
    m_openOnly->setObjectName(QStringLiteral("exportOpenOnly"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    for (auto table : {ExportService::Table::Clients, ExportService::Table::Aging,
                       ExportService::Table::Invoices, ExportService::Table::Promises,
                       ExportService::Table::Kpi, ExportService::Table::Activity})
        m_table->addItem(QString(), static_cast<int>(table));
    m_format->addItem(QString(), static_cast<int>(ExportService::Format::Xlsx));
    m_format->addItem(QString(), static_cast<int>(ExportService::Format::Csv));
    m_delimiter->addItem(QString(), QChar(u','));
    m_delimiter->addItem(QString(), QChar(u';'));
    m_delimiter->addItem(QString(), QChar(u'\t'));
    // Where a comma is the decimal separator, Excel expects semicolons.
    m_delimiter->setCurrentIndex(m_locale.decimalPoint() == QLatin1String(",") ? 1 : 0);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateformat::datePattern(m_locale));
    m_asOf->setDate(today);
    m_path->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ExportDialog::buildLayout()
{
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    const auto addRow = [&](QWidget *field, auto layoutOrWidget) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, layoutOrWidget);
        return label;
    };
    m_tableLabel = addRow(m_table, m_table);
    m_asOfLabel = addRow(m_asOf, m_asOf);
    form->addRow(QString(), m_onlyClient);
    form->addRow(QString(), m_openOnly);
    m_formatLabel = addRow(m_format, m_format);
    m_delimiterLabel = addRow(m_delimiter, m_delimiter);
    form->addRow(QString(), m_bom);
    m_fileLabel = addRow(m_path, fileRow);

    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void ExportDialog::connectSignals()
{
    connect(m_table, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The file name follows the format.
        const QString path = m_path->text().trimmed();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            const QString suffix = m_format->currentData().toInt()
                            == static_cast<int>(ExportService::Format::Xlsx)
                    ? QStringLiteral("xlsx")
                    : QStringLiteral("csv");
            m_path->setText(
                    info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
        }
        updateChoices();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy)
            m_progress->cancel(); // the worker stops at its next row; no file is left
        else
            reject();
    });
}

ExportDialog::~ExportDialog() = default; // the panel cancels a run still going

ExportDialog *ExportDialog::open(DatabaseWorker *worker, qint64 userId, const QLocale &locale,
                                 const QDate &today, QWidget *window)
{
    auto *dialog = new ExportDialog(worker, userId, locale, today, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_tableLabel->setText(tr("&Table:"));
    m_table->setItemText(0, tr("Clients, as the list shows them"));
    m_table->setItemText(1, tr("Aging per client"));
    m_table->setItemText(2, tr("Invoices"));
    m_table->setItemText(3, tr("Promises to pay"));
    for (int i = 4; i < m_table->count(); ++i)
        m_table->setItemText(i,
                             m_table->itemData(i).toInt()
                                             == static_cast<int>(ExportService::Table::Kpi)
                                     ? tr("KPIs (last 90 days, per currency)")
                                     : tr("All client activity"));
    m_asOfLabel->setText(tr("&As of:"));
    m_openOnly->setText(tr("Only invoices with an open &balance"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setItemText(0, tr("Excel workbook (.xlsx)"));
    m_format->setItemText(1, tr("CSV (.csv)"));
    m_delimiterLabel->setText(tr("&Separator:"));
    m_delimiter->setItemText(0, tr("Comma"));
    m_delimiter->setItemText(1, tr("Semicolon"));
    m_delimiter->setItemText(2, tr("Tab"));
    m_bom->setText(tr("Mark as UTF-8 for &Excel (BOM)"));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("C&hoose…"));
    m_export->setText(tr("&Export"));
    m_path->setPlaceholderText(tr("Where to save the export"));
    setClient(m_clientId, m_clientCode);
}

void ExportDialog::setTable(ExportService::Table table)
{
    m_table->setCurrentIndex(m_table->findData(static_cast<int>(table)));
}

void ExportDialog::setReportsAllowed(bool allowed)
{
    if (allowed)
        return;
    for (auto table : {ExportService::Table::Kpi, ExportService::Table::Activity}) {
        const int at = m_table->findData(static_cast<int>(table));
        if (at >= 0)
            m_table->removeItem(at);
    }
}

void ExportDialog::setClientList(const ClientListQuery::Spec &spec)
{
    m_clientList = spec;
}

void ExportDialog::setClient(qint64 clientId, const QString &code)
{
    m_clientId = clientId;
    m_clientCode = code;
    m_onlyClient->setText(code.isEmpty() ? tr("Only the client shown")
                                         : tr("Only %1, the client shown").arg(code));
    m_onlyClient->setChecked(clientId != 0);
    updateChoices();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setFormat(ExportService::Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::updateChoices()
{
    const auto table = static_cast<ExportService::Table>(m_table->currentData().toInt());
    const bool perClient
            = table == ExportService::Table::Invoices || table == ExportService::Table::Promises;
    m_onlyClient->setVisible(perClient);
    m_onlyClient->setEnabled(perClient && m_clientId != 0);
    m_openOnly->setVisible(table == ExportService::Table::Invoices);
    const bool csv
            = m_format->currentData().toInt() == static_cast<int>(ExportService::Format::Csv);
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    if (m_path->text().trimmed().isEmpty()) {
        const QString suffix = csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
        m_path->setText(
                QDir::home().filePath(QStringLiteral("%1-%2.%3")
                                              .arg(ExportService::name(table),
                                                   m_asOf->date().toString(Qt::ISODate), suffix)));
    }
}

void ExportDialog::chooseFile()
{
    const bool csv
            = m_format->currentData().toInt() == static_cast<int>(ExportService::Format::Csv);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                                        csv ? tr("CSV files (*.csv)")
                                                            : tr("Excel workbooks (*.xlsx)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

ExportService::Request ExportDialog::request() const
{
    ExportService::Request r;
    r.table = static_cast<ExportService::Table>(m_table->currentData().toInt());
    r.asOf = m_asOf->date();
    r.clients = m_clientList;
    r.clientId = m_onlyClient->isVisible() && m_onlyClient->isChecked() ? m_clientId : 0;
    r.openOnly = m_openOnly->isVisible() && m_openOnly->isChecked();
    return r;
}

void ExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_table, m_asOf, m_onlyClient, m_openOnly, m_format,
                                           m_delimiter, m_bom, m_path, m_browse, m_export})
        w->setEnabled(!busy);
    if (!busy)
        updateChoices();
}

void ExportDialog::startExport()
{
    if (m_busy || !m_worker)
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to export to."));
        m_path->setFocus();
        return;
    }
    const auto format = static_cast<ExportService::Format>(m_format->currentData().toInt());
    CsvTableWriter::Options csv;
    csv.delimiter = m_delimiter->currentData().toChar();
    csv.decimalSeparator = csv.delimiter == u',' ? u'.' : m_locale.decimalPoint().front();
    if (csv.decimalSeparator == csv.delimiter)
        csv.decimalSeparator = u'.';
    csv.byteOrderMark = m_bom->isChecked();
    const ExportService::Request r = request();
    setBusy(true);
    m_status->setText(tr("Exporting…"));
    m_worker->run(
            this,
            [r, format, path, csv, progress = m_progress->start(tr("Exporting…")),
             userId = m_userId](const std::shared_ptr<Database> &db) {
                Outcome out;
                const auto sink = ExportService::sinkFor(format, path, csv);
                auto rows = ExportService(db, userId).write(r, *sink, progress);
                if (rows)
                    out.rows = rows.value();
                else
                    out.error = progress.isCancelled()
                            ? tr("Export cancelled: no file was written.")
                            : rows.errorString();
                return out;
            },
            [this, path](Outcome out) {
                m_progress->finish();
                setBusy(false);
                if (!out.error.isEmpty()) {
                    m_status->setText(out.error);
                    emit exportFinished(false);
                    return;
                }
                m_status->setText(tr("%n row(s) exported to %1.", nullptr, int(out.rows))
                                          .arg(QDir::toNativeSeparators(path)));
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
                emit exportFinished(true);
            });
}

} // namespace ardesk
