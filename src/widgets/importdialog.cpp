// SPDX-License-Identifier: MIT
#include "widgets/importdialog.h"
#include "widgets/appearance.h"

#include "core/import/csvreader.h"

#include <atomic>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace ardesk {

/// One Check or Import on its own thread, with its own connection (released before the thread
/// ends). Not owned by the dialog: it deletes itself when it has finished, so closing the dialog
/// never waits for it. Results are read on the GUI thread after finished().
class ImportJob : public QThread
{
    Q_OBJECT
public:
    ImportJob(std::shared_ptr<Database> db, qint64 userId, QString path, CsvImport::Options options)
        : m_db(std::move(db))
        , m_import(m_db, userId)
        , m_path(std::move(path))
        , m_options(std::move(options))
    { }

    /// Thread-safe. A request that arrives before the import has started still stops it.
    void requestCancel()
    {
        m_cancel = true;
        m_import.cancel();
    }

    QString openError; ///< the file could not be opened
    std::optional<Result<CsvImport::Summary>> result;

Q_SIGNALS:
    void progressed(qint64 bytes, int rows);

protected:
    void run() override
    {
        work();
        m_db->releaseThreadConnection();
    }

private:
    void work()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            openError = file.errorString();
            return;
        }
        if (m_cancel) {
            CsvImport::Summary cancelled;
            cancelled.cancelled = true;
            result.emplace(std::move(cancelled));
            return;
        }
        result.emplace(m_import.run(&file, m_options, [this](qint64 bytes, int rows) {
            if (m_cancel)
                m_import.cancel(); // asked for before run() had reset its flag
            Q_EMIT progressed(bytes, rows);
        }));
    }

    std::shared_ptr<Database> m_db;
    CsvImport m_import;
    QString m_path;
    CsvImport::Options m_options;
    std::atomic<bool> m_cancel {false};
};

namespace {

constexpr int kProgressSteps = 1000;

enum MappingColumn { SourceColumn, ExampleColumn, FieldColumn };
enum ErrorColumn { LineColumn, ErrorSourceColumn, ProblemColumn };

const char *const kDateFormats[]
        = {"yyyy-MM-dd", "M/d/yyyy", "d/M/yyyy", "dd/MM/yyyy", "dd.MM.yyyy"};

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ImportDialog::ImportDialog(std::shared_ptr<Database> db, qint64 userId,
                           const QLocale &companyLocale, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_userId(userId)
{
    setObjectName(QStringLiteral("ImportDialog"));
    // Counts and sizes in the company's locale (locale() below), as everywhere in the window.
    setLocale(companyLocale);
    buildUi();
    retranslateUi();
    setRunning(false);
    resize(860, 680);
}

ImportDialog::~ImportDialog()
{
    if (m_job)
        m_job->requestCancel(); // it finishes and deletes itself; nothing is written
}

void ImportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildOptions());
    buildColumns(layout);
    buildProgress(layout);
    buildButtons(layout);
    connectUi();
}

QWidget *ImportDialog::buildOptions()
{
    m_optionsBox = new QWidget(this);
    auto *grid = new QGridLayout(m_optionsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(m_optionsBox);
    m_filePath = new QLineEdit(m_optionsBox);
    m_filePath->setObjectName(QStringLiteral("filePath"));
    m_filePath->setClearButtonEnabled(true);
    m_fileLabel->setBuddy(m_filePath);
    m_browseButton = new QPushButton(m_optionsBox);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(m_browseButton);
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addLayout(fileRow, 0, 1, 1, 3);
    m_fileInfo = new QLabel(m_optionsBox);
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));
    m_fileInfo->setWordWrap(true);
    QPalette muted = m_fileInfo->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_fileInfo->setPalette(muted);
    grid->addWidget(m_fileInfo, 1, 1, 1, 3);

    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right})
        form->setHorizontalSpacing(12);
    buildSourceForm(left);
    buildFormatForm(right);
    grid->addLayout(left, 2, 0, 1, 2);
    grid->addLayout(right, 2, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(18);
    return m_optionsBox;
}

/// Left: what the file is.
void ImportDialog::buildSourceForm(QFormLayout *left)
{
    m_kindLabel = new QLabel(m_optionsBox);
    m_kindCombo = new QComboBox(m_optionsBox);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(QString(), int(CsvImport::Kind::Invoices));
    m_kindCombo->addItem(QString(), int(CsvImport::Kind::Clients));
    m_kindCombo->addItem(QString(), int(CsvImport::Kind::Payments));
    m_kindCombo->addItem(QString(), int(CsvImport::Kind::Contacts));
    m_kindLabel->setBuddy(m_kindCombo);
    left->addRow(m_kindLabel, m_kindCombo);
    m_presetLabel = new QLabel(m_optionsBox);
    m_presetCombo = new QComboBox(m_optionsBox);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->addItem(QString(), QString());
    for (const QString &name : CsvImport::presetNames())
        m_presetCombo->addItem(name, name);
    m_presetLabel->setBuddy(m_presetCombo);
    left->addRow(m_presetLabel, m_presetCombo);
    m_encodingLabel = new QLabel(m_optionsBox);
    m_encodingCombo = new QComboBox(m_optionsBox);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(QString(), QString());
    for (const char *name : {"utf-8", "windows-1252", "latin1"})
        m_encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encodingLabel->setBuddy(m_encodingCombo);
    left->addRow(m_encodingLabel, m_encodingCombo);
    m_createClients = new QCheckBox(m_optionsBox);
    m_createClients->setObjectName(QStringLiteral("createClients"));
    left->addRow(QString(), m_createClients);
}

/// Right: how its values are written.
void ImportDialog::buildFormatForm(QFormLayout *right)
{
    m_dateLabel = new QLabel(m_optionsBox);
    m_dateFormatCombo = new QComboBox(m_optionsBox);
    m_dateFormatCombo->setObjectName(QStringLiteral("dateFormatCombo"));
    m_dateFormatCombo->setEditable(true);
    m_dateFormatCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const char *format : kDateFormats)
        m_dateFormatCombo->addItem(QString::fromLatin1(format));
    m_dateLabel->setBuddy(m_dateFormatCombo);
    right->addRow(m_dateLabel, m_dateFormatCombo);
    m_decimalLabel = new QLabel(m_optionsBox);
    m_decimalCombo = new QComboBox(m_optionsBox);
    m_decimalCombo->setObjectName(QStringLiteral("decimalCombo"));
    m_decimalCombo->addItem(QString(), QString(u'.'));
    m_decimalCombo->addItem(QString(), QString(u','));
    m_decimalLabel->setBuddy(m_decimalCombo);
    right->addRow(m_decimalLabel, m_decimalCombo);
    m_currencyLabel = new QLabel(m_optionsBox);
    m_currencyEdit = new QLineEdit(m_optionsBox);
    m_currencyEdit->setObjectName(QStringLiteral("currencyEdit"));
    m_currencyEdit->setMaxLength(3);
    m_currencyEdit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currencyEdit));
    m_currencyLabel->setBuddy(m_currencyEdit);
    right->addRow(m_currencyLabel, m_currencyEdit);
}

void ImportDialog::buildColumns(QVBoxLayout *layout)
{
    m_mappingTitle = boldLabel(this);
    layout->addSpacing(6);
    layout->addWidget(m_mappingTitle);
    m_mappingTable = new QTableWidget(0, 3, this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setAccessibleName(tr("Column mapping"));
    m_mappingTable->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(SourceColumn,
                                                             QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(FieldColumn,
                                                             QHeaderView::ResizeToContents);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setAlternatingRowColors(true);
    // The mapping and the file itself (its first rows as read with the chosen encoding and the
    // detected delimiter), side by side as tabs.
    m_previewTable = new QTableWidget(0, 0, this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("Preview of the file"));
    m_previewTable->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->setWordWrap(false);
    m_columnTabs = new QTabWidget(this);
    m_columnTabs->setObjectName(QStringLiteral("columnTabs"));
    m_columnTabs->setDocumentMode(true);
    m_columnTabs->addTab(m_mappingTable, QString());
    m_columnTabs->addTab(m_previewTable, QString());
    layout->addWidget(m_columnTabs, 3);
    m_mappingHint = new QLabel(this);
    m_mappingHint->setObjectName(QStringLiteral("mappingHint"));
    m_mappingHint->setWordWrap(true);
    m_mappingHint->hide();
    layout->addWidget(m_mappingHint);
}

void ImportDialog::buildProgress(QVBoxLayout *layout)
{
    auto *progressRow = new QHBoxLayout;
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setTextVisible(false);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_progressLabel, 1);
    layout->addLayout(progressRow);

    m_summaryLabel = boldLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summaryLabel);
    m_errorTable = new QTableWidget(0, 3, this);
    m_errorTable->setObjectName(QStringLiteral("errorTable"));
    m_errorTable->setAccessibleName(tr("Problems found"));
    m_errorTable->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_errorTable->verticalHeader()->hide();
    m_errorTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errorTable->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorTable->setWordWrap(false);
    m_errorTable->setAlternatingRowColors(true);
    m_errorTable->hide();
    layout->addWidget(m_errorTable, 2);
}

void ImportDialog::buildButtons(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *b : {m_checkButton, m_importButton, m_cancelButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    m_checkButton->setDefault(true); // Enter checks; importing needs a deliberate click
    layout->addLayout(buttons);
}

void ImportDialog::connectUi()
{
    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_filePath, &QLineEdit::textChanged, this, &ImportDialog::loadHeader);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::loadHeader);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { rebuildMapping(m_baseMapping); });
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::applyPreset);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelRun);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import from CSV"));
    m_fileLabel->setText(tr("&File:"));
    m_filePath->setPlaceholderText(tr("A CSV export of clients or invoices"));
    m_browseButton->setText(tr("&Browse…"));
    m_kindLabel->setText(tr("&Import:"));
    m_kindCombo->setItemText(0, tr("Invoices"));
    m_kindCombo->setItemText(1, tr("Clients"));
    m_kindCombo->setItemText(2, tr("Payments"));
    m_kindCombo->setItemText(3, tr("Contacts"));
    m_presetLabel->setText(tr("&Preset:"));
    m_presetCombo->setItemText(0, tr("None"));
    m_presetCombo->setToolTip(tr("Column names and formats of a known export"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encodingCombo->setItemText(0, tr("Detect"));
    m_encodingCombo->setToolTip(
            tr("Detect reads a byte-order mark (UTF-8, UTF-16), else UTF-8; choose "
               "windows-1252 or latin1 for older exports"));
    m_createClients->setText(tr("Create &missing clients"));
    m_createClients->setToolTip(tr("Clients not in the company file are created from the "
                                   "client code and name columns"));
    m_dateLabel->setText(tr("&Date format:"));
    m_dateFormatCombo->setToolTip(tr("How every date column is written: d day, M month, "
                                     "yyyy year (e.g. M/d/yyyy for 3/31/2026)"));
    m_decimalLabel->setText(tr("Deci&mals:"));
    m_decimalCombo->setItemText(0, tr("Point (1234.56)"));
    m_decimalCombo->setItemText(1, tr("Comma (1234,56)"));
    m_currencyLabel->setText(tr("Default &currency:"));
    m_currencyEdit->setPlaceholderText(tr("from the file's currency column"));
    m_mappingTitle->setText(tr("Columns"));
    m_columnTabs->setTabText(0, tr("Column mapping"));
    m_columnTabs->setTabText(
            1, tr("File preview (first %n row(s))", nullptr, int(m_previewRows.size())));
    m_mappingTable->setHorizontalHeaderLabels(
            {tr("Column in the file"), tr("First value"), tr("Imports as")});
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, FieldColumn)))
            combo->setItemText(0, tr("(ignore)"));
    }
    m_errorTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_checkButton->setText(tr("C&heck"));
    m_checkButton->setToolTip(tr("Read and check every row without writing anything"));
    m_importButton->setText(tr("&Import"));
    m_importButton->setToolTip(tr("Check every row, then write all of them, or nothing"));
    m_cancelButton->setText(isRunning() ? tr("Cancel") : tr("Close"));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ImportDialog::filePath() const
{
    return m_filePath->text().trimmed();
}

void ImportDialog::setFilePath(const QString &path)
{
    if (m_filePath->text() == path)
        loadHeader(); // read again: the file may have changed
    else
        m_filePath->setText(path);
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString start = filePath().isEmpty()
            ? settings.value(QStringLiteral("import/lastDirectory")).toString()
            : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import from CSV"), start, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportDialog::readPreview(CsvReader &reader)
{
    // At most kPreviewRows records: a read of a chunk or two, done here on the GUI thread.
    constexpr int kPreviewRows = 20;
    m_previewRows.clear();
    m_previewLines.clear();
    CsvReader::Record row;
    while (m_previewRows.size() < kPreviewRows) {
        auto next = reader.next(row);
        if (!next || !next.value())
            break;
        m_previewRows.append(row.fields);
        m_previewLines.append(row.line);
    }
    m_sample = m_previewRows.value(0);
    showPreview();
}

void ImportDialog::showPreview()
{
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_header.size()));
    m_previewTable->setRowCount(int(m_previewRows.size()));
    QStringList headers;
    for (const QString &h : std::as_const(m_header))
        headers << h.trimmed();
    m_previewTable->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < m_previewRows.size(); ++r) {
        const QStringList &fields = m_previewRows.at(r);
        for (int c = 0; c < fields.size() && c < m_header.size(); ++c) {
            auto *item = new QTableWidgetItem(fields.at(c));
            item->setToolTip(fields.at(c));
            m_previewTable->setItem(r, c, item);
        }
    }
    // Rows are numbered by their line in the file (the header is line 1), as errors name them.
    QStringList lines;
    for (qint64 line : std::as_const(m_previewLines))
        lines << QString::number(line);
    m_previewTable->setVerticalHeaderLabels(lines);
    m_previewTable->resizeColumnsToContents();
    retranslateUi();
}

void ImportDialog::loadHeader()
{
    // One record (the header) and the first data row: a read of at most one chunk, done here.
    m_header.clear();
    m_sample.clear();
    m_previewRows.clear();
    m_previewLines.clear();
    showPreview();
    m_fileInfo->clear();
    const QString path = filePath();
    const QFileInfo info(path);
    if (!path.isEmpty() && !info.isFile()) {
        m_fileInfo->setText(info.exists() ? tr("Not a file") : tr("No such file"));
    } else if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_fileInfo->setText(tr("Cannot read the file: %1").arg(file.errorString()));
        } else {
            CsvReader::Options o;
            o.encoding = m_encodingCombo->currentData().toString();
            CsvReader reader(&file, o);
            CsvReader::Record record;
            auto first = reader.next(record);
            if (!first) {
                m_fileInfo->setText(tr("Cannot read the header: %1").arg(first.errorString()));
            } else if (!first.value()) {
                m_fileInfo->setText(tr("The file is empty (no header row)"));
            } else {
                m_header = record.fields;
                readPreview(reader);
                const QChar d = reader.delimiter();
                const QString delimiter = d == u',' ? tr("commas")
                        : d == u';'                 ? tr("semicolons")
                        : d == u'\t'                ? tr("tabs")
                                                    : QString(d);
                m_fileInfo->setText(tr("%1 columns separated by %2, %3, %4")
                                            .arg(locale().toString(m_header.size()), delimiter,
                                                 reader.encoding(),
                                                 locale().formattedDataSize(info.size())));
            }
        }
    }
    if (!m_header.isEmpty() && QSettings().contains(settingsKey()))
        restoreSaved(); // this source was imported before: its mapping and options
    else if (!offerMatchingPreset())
        rebuildMapping(m_baseMapping);
    updateButtons();
}

/// With no preset chosen, the preset whose columns the file has (a Xero export, the IBM
/// sample…) is chosen, and the hint says so. False when none matches.
bool ImportDialog::offerMatchingPreset()
{
    if (m_header.isEmpty() || !m_presetCombo->currentData().toString().isEmpty())
        return false;
    const QString name = CsvImport::matchingPreset(m_header);
    const int index = m_presetCombo->findData(name);
    if (name.isEmpty() || index < 0)
        return false;
    m_presetCombo->setCurrentIndex(index); // applies it
    m_mappingHint->setText(tr("The columns match the preset “%1”: its column mapping and formats "
                              "were chosen. Choose None under Preset to map the columns "
                              "yourself.")
                                   .arg(name));
    m_mappingHint->show();
    return true;
}

void ImportDialog::applyPreset()
{
    const QString name = m_presetCombo->currentData().toString();
    if (name.isEmpty()) {
        m_baseMapping.clear();
        rebuildMapping(m_baseMapping);
        return;
    }
    auto preset = CsvImport::presetOptions(name);
    if (!preset) {
        setSummary(preset.errorString(), true);
        return;
    }
    const CsvImport::Options &o = preset.value();
    {
        const QSignalBlocker blockKind(m_kindCombo);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(o.kind)));
    }
    m_dateFormatCombo->setCurrentText(o.dateFormat);
    m_decimalCombo->setCurrentIndex(
            std::max(0, m_decimalCombo->findData(QString(o.decimalSeparator))));
    m_currencyEdit->setText(o.defaultCurrency);
    m_createClients->setChecked(o.createClients);
    m_baseMapping = o.mapping;
    rebuildMapping(m_baseMapping);
}

void ImportDialog::rebuildMapping(const QHash<QString, QString> &explicitMapping)
{
    const auto kind = CsvImport::Kind(m_kindCombo->currentData().toInt());
    const QStringList fields = CsvImport::canonicalFields(kind);
    const QHash<int, QString> targets = CsvImport::autoMapping(m_header, kind, explicitMapping);
    m_mappingTable->setUpdatesEnabled(false);
    m_mappingTable->clearContents();
    m_mappingTable->setRowCount(int(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        auto *source = new QTableWidgetItem(m_header[row].trimmed());
        m_mappingTable->setItem(row, SourceColumn, source);
        auto *example = new QTableWidgetItem(m_sample.value(row));
        example->setToolTip(m_sample.value(row));
        m_mappingTable->setItem(row, ExampleColumn, example);
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(row));
        combo->addItem(tr("(ignore)"), QString());
        for (const QString &field : fields)
            combo->addItem(field, field);
        const QString target = targets.value(row);
        combo->setCurrentIndex(target.isEmpty() ? 0 : std::max(0, combo->findData(target)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
        m_mappingTable->setCellWidget(row, FieldColumn, combo);
    }
    m_mappingTable->setUpdatesEnabled(true);
    m_mappingHint->clear();
    m_mappingHint->hide();
}

QHash<QString, QString> ImportDialog::chosenMapping() const
{
    QHash<QString, QString> mapping;
    for (int row = 0; row < m_mappingTable->rowCount() && row < m_header.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, FieldColumn));
        const QString field = combo ? combo->currentData().toString() : QString();
        if (!field.isEmpty())
            mapping.insert(m_header[row], field);
    }
    return mapping;
}

void ImportDialog::mappingEdited()
{
    // Show what the core will do with this choice: a column named like a field is imported as
    // that field unless another column is mapped to it.
    const auto kind = CsvImport::Kind(m_kindCombo->currentData().toInt());
    const QHash<int, QString> effective = CsvImport::autoMapping(m_header, kind, chosenMapping());
    QStringList notes;
    for (int row = 0; row < m_mappingTable->rowCount() && row < m_header.size(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, FieldColumn));
        const QString target = effective.value(row);
        if (!combo || combo->currentData().toString() == target)
            continue;
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(target.isEmpty() ? 0 : std::max(0, combo->findData(target)));
        notes << tr("“%1” is imported as %2 because of its name; map another column to %2 to "
                    "ignore it.")
                         .arg(m_header[row].trimmed(), target);
    }
    m_mappingHint->setText(notes.join(u'\n'));
    m_mappingHint->setVisible(!notes.isEmpty());
}

CsvImport::Options ImportDialog::options() const
{
    CsvImport::Options o;
    o.kind = CsvImport::Kind(m_kindCombo->currentData().toInt());
    o.csv.encoding = m_encodingCombo->currentData().toString();
    o.mapping = chosenMapping();
    const QString format = m_dateFormatCombo->currentText().trimmed();
    if (!format.isEmpty())
        o.dateFormat = format;
    const QString decimal = m_decimalCombo->currentData().toString();
    o.decimalSeparator = decimal.isEmpty() ? QChar(u'.') : decimal.at(0);
    o.defaultCurrency = m_currencyEdit->text().trimmed().toUpper();
    o.createClients = m_createClients->isChecked();
    o.sourceName = QFileInfo(filePath()).fileName();
    o.front = CsvImport::Front::Dialog;
    return o;
}

QString ImportDialog::settingsKey() const
{
    const QByteArray joined = m_header.join(QChar(0x1f)).toUtf8();
    return QStringLiteral("importMappings/")
            + QString::fromLatin1(
                    QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex());
}

void ImportDialog::saveMapping() const
{
    QStringList columns;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, FieldColumn));
        columns << (combo ? combo->currentData().toString() : QString());
    }
    const CsvImport::Options o = options();
    QVariantMap saved;
    saved.insert(QStringLiteral("kind"), CsvImport::kindName(o.kind));
    saved.insert(QStringLiteral("columns"), columns);
    saved.insert(QStringLiteral("preset"), m_presetCombo->currentData().toString());
    saved.insert(QStringLiteral("dateFormat"), o.dateFormat);
    saved.insert(QStringLiteral("decimal"), QString(o.decimalSeparator));
    saved.insert(QStringLiteral("currency"), o.defaultCurrency);
    saved.insert(QStringLiteral("encoding"), o.csv.encoding);
    saved.insert(QStringLiteral("createClients"), o.createClients);
    QSettings().setValue(settingsKey(), saved);
}

void ImportDialog::restoreSaved()
{
    const QVariantMap saved = QSettings().value(settingsKey()).toMap();
    {
        const QSignalBlocker blockKind(m_kindCombo);
        const QSignalBlocker blockPreset(m_presetCombo);
        const QSignalBlocker blockEncoding(m_encodingCombo);
        const QString savedKind = saved.value(QStringLiteral("kind")).toString();
        CsvImport::Kind kind = CsvImport::Kind::Invoices;
        for (auto k :
             {CsvImport::Kind::Clients, CsvImport::Kind::Payments, CsvImport::Kind::Contacts}) {
            if (savedKind == CsvImport::kindName(k))
                kind = k;
        }
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
        m_presetCombo->setCurrentIndex(
                std::max(0, m_presetCombo->findData(saved.value(QStringLiteral("preset")))));
        const int encoding = m_encodingCombo->findData(saved.value(QStringLiteral("encoding")));
        if (encoding >= 0 && encoding != m_encodingCombo->currentIndex()) {
            m_encodingCombo->setCurrentIndex(encoding);
            // The header was read with another encoding: read it again with this one.
            QFile file(filePath());
            if (file.open(QIODevice::ReadOnly)) {
                CsvReader::Options o;
                o.encoding = m_encodingCombo->currentData().toString();
                CsvReader reader(&file, o);
                CsvReader::Record record;
                if (auto first = reader.next(record); first && first.value()) {
                    m_header = record.fields;
                    readPreview(reader);
                }
            }
        }
    }
    m_baseMapping.clear();
    if (const QString preset = m_presetCombo->currentData().toString(); !preset.isEmpty()) {
        if (auto p = CsvImport::presetOptions(preset))
            m_baseMapping = p.value().mapping;
    }
    const QString dateFormat = saved.value(QStringLiteral("dateFormat")).toString();
    if (!dateFormat.isEmpty())
        m_dateFormatCombo->setCurrentText(dateFormat);
    m_decimalCombo->setCurrentIndex(
            std::max(0, m_decimalCombo->findData(saved.value(QStringLiteral("decimal")))));
    m_currencyEdit->setText(saved.value(QStringLiteral("currency")).toString());
    m_createClients->setChecked(saved.value(QStringLiteral("createClients")).toBool());

    const QStringList columns = saved.value(QStringLiteral("columns")).toStringList();
    QHash<QString, QString> mapping;
    for (int i = 0; i < m_header.size() && i < columns.size(); ++i) {
        if (!columns[i].isEmpty())
            mapping.insert(m_header[i], columns[i]);
    }
    rebuildMapping(mapping);
    m_mappingHint->setText(tr("Using the mapping saved when a file with these columns was last "
                              "imported."));
    m_mappingHint->show();
}

void ImportDialog::start(bool dryRun)
{
    if (isRunning() || m_header.isEmpty())
        return;
    CsvImport::Options o = options();
    o.dryRun = dryRun;
    m_errorTable->setRowCount(0);
    m_errorTable->hide();
    setSummary(QString(), false);
    m_fileSize = QFileInfo(filePath()).size();
    auto *job = new ImportJob(m_db, m_userId, filePath(), o);
    connect(job, &ImportJob::progressed, this, &ImportDialog::showProgress);
    connect(job, &QThread::finished, this, &ImportDialog::jobFinished);
    connect(job, &QThread::finished, job, &QObject::deleteLater);
    m_job = job;
    m_jobDryRun = dryRun;
    m_closeWhenDone = false;
    m_lastRows = 0;
    m_writing = false;
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(0);
    m_progressLabel->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    m_phaseTimer.start();
    setRunning(true);
    job->start();
}

void ImportDialog::cancelRun()
{
    if (!m_job) {
        QDialog::reject();
        return;
    }
    m_job->requestCancel();
    m_progressLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ImportDialog::reject()
{
    if (m_job) {
        m_closeWhenDone = true; // closes once the worker has stopped
        cancelRun();
        return;
    }
    QDialog::reject();
}

void ImportDialog::showProgress(qint64 bytes, int rows)
{
    if (!m_job || !m_cancelButton->isEnabled())
        return; // stale, or cancelling
    if (rows < m_lastRows && !m_writing) {
        // A second pass over the rows read (compare and write): the count starts again.
        m_writing = true;
        m_phaseTimer.restart();
        m_progressBar->setRange(0, 0);
    }
    m_lastRows = rows;
    if (!m_writing && m_fileSize > 0)
        m_progressBar->setValue(
                int(std::min<qint64>(bytes, m_fileSize) * kProgressSteps / m_fileSize));
    const qint64 rate = qint64(rows) * 1000 / std::max<qint64>(1, m_phaseTimer.elapsed());
    QString text;
    if (!m_writing)
        text = m_jobDryRun ? tr("Checking: %1 rows (%2 rows/s)")
                           : tr("Importing: %1 rows (%2 rows/s)");
    else
        text = m_jobDryRun ? tr("Comparing with the company file: %1 rows (%2 rows/s)")
                           : tr("Writing: %1 rows (%2 rows/s)");
    m_progressLabel->setText(text.arg(locale().toString(rows), locale().toString(rate)));
}

void ImportDialog::jobFinished()
{
    ImportJob *job = m_job.data();
    m_job.clear();
    setRunning(false);
    if (job) {
        if (!job->openError.isEmpty()) {
            setSummary(tr("Cannot read %1: %2").arg(filePath(), job->openError), true);
        } else if (!job->result || !job->result->ok()) {
            setSummary(tr("The import could not run: %1")
                               .arg(job->result ? job->result->errorString() : QString()),
                       true);
        } else {
            const CsvImport::Summary &s = job->result->value();
            if (s.cancelled) {
                setSummary(tr("Cancelled; nothing was imported"), false);
            } else if (!s.errors.isEmpty()) {
                showErrors(s.errors);
                const qsizetype n = s.errors.size();
                setSummary(n == 1             ? tr("1 problem — nothing was imported")
                                   : n > 1000 ? tr("More than 1000 problems — nothing was imported")
                                              : tr("%1 problems — nothing was imported")
                                                        .arg(locale().toString(n)),
                           true);
            } else {
                setSummary(countsText(s, m_jobDryRun), false);
                if (s.written) {
                    saveMapping();
                    Q_EMIT imported();
                }
            }
        }
    }
    Q_EMIT runFinished();
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

QString ImportDialog::countsText(const CsvImport::Summary &s, bool dryRun) const
{
    const QLocale l = locale();
    auto counted = [this, &l](const QString &key, int n) {
        if (key == QLatin1String("clients"))
            return n == 1 ? tr("1 client") : tr("%1 clients").arg(l.toString(n));
        if (key == QLatin1String("invoices"))
            return n == 1 ? tr("1 invoice") : tr("%1 invoices").arg(l.toString(n));
        if (key == QLatin1String("payments"))
            return n == 1 ? tr("1 payment") : tr("%1 payments").arg(l.toString(n));
        if (key == QLatin1String("contacts"))
            return n == 1 ? tr("1 contact") : tr("%1 contacts").arg(l.toString(n));
        return QStringLiteral("%1 %2").arg(l.toString(n), key);
    };
    QStringList parts;
    for (auto it = s.created.cbegin(); it != s.created.cend(); ++it) {
        if (it.value() > 0)
            parts << counted(it.key(), it.value());
    }
    // created is a QMap: clients, contacts, invoices, payments come in that order.
    QString created = parts.isEmpty() ? tr("nothing") : parts.takeLast();
    if (!parts.isEmpty())
        created = tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), created);
    int updated = 0;
    for (int n : s.updated)
        updated += n;
    const QString rows = s.rows == 1 ? tr("1 row") : tr("%1 rows").arg(l.toString(s.rows));
    const QString skipped = s.skippedText(); // void and draft invoices, by their status
    if (dryRun)
        return tr("Check passed. %1: %2 would be created, %3 updated, %4 unchanged. Nothing was "
                  "written yet.")
                       .arg(rows, created, l.toString(updated), l.toString(s.unchanged))
                + (skipped.isEmpty() ? QString() : u' ' + skipped + u'.');
    return tr("%1: %2 created, %3 updated, %4 unchanged")
                   .arg(rows, created, l.toString(updated), l.toString(s.unchanged))
            + (skipped.isEmpty() ? QString() : QStringLiteral("; ") + skipped);
}

void ImportDialog::showErrors(const QList<CsvImport::Issue> &errors)
{
    m_errorTable->setUpdatesEnabled(false);
    m_errorTable->setRowCount(int(errors.size()));
    for (int row = 0; row < errors.size(); ++row) {
        const CsvImport::Issue &issue = errors[row];
        auto *line = new QTableWidgetItem;
        if (issue.line > 0)
            line->setData(Qt::DisplayRole, issue.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_errorTable->setItem(row, LineColumn, line);
        m_errorTable->setItem(row, ErrorSourceColumn, new QTableWidgetItem(issue.column));
        auto *problem = new QTableWidgetItem(issue.message);
        problem->setToolTip(issue.message);
        m_errorTable->setItem(row, ProblemColumn, problem);
    }
    m_errorTable->resizeColumnToContents(LineColumn);
    m_errorTable->resizeColumnToContents(ErrorSourceColumn);
    m_errorTable->setColumnWidth(ErrorSourceColumn,
                                 std::min(m_errorTable->columnWidth(ErrorSourceColumn), 220));
    m_errorTable->setUpdatesEnabled(true);
    m_errorTable->show();
}

void ImportDialog::setSummary(const QString &text, bool problem)
{
    Appearance::setTextTone(m_summaryLabel,
                            problem ? Appearance::Tone::Error : Appearance::Tone::Neutral);
    m_summaryLabel->setText(text);
    m_summaryLabel->setVisible(!text.isEmpty());
}

void ImportDialog::setRunning(bool running)
{
    m_optionsBox->setEnabled(!running);
    m_mappingTable->setEnabled(!running);
    m_progressBar->setVisible(running);
    m_progressLabel->setVisible(running);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool ready = !isRunning() && !m_header.isEmpty();
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready);
}

} // namespace ardesk

#include "importdialog.moc"
