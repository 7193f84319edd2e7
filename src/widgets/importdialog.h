// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/csvimport.h"
#include "core/storage/database.h"

#include <memory>

#include <QDialog>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QVBoxLayout;

namespace ardesk {

class CsvReader;

class ImportJob;

/// "Import from CSV": picks a file, its kind and reading options, shows how its columns map to
/// ARDesk fields (by the core's own rule, CsvImport::autoMapping) and lets the user change that,
/// then checks (dry run) or imports it with CsvImport on a worker thread, with progress, cancel,
/// the problems by line and a summary. Mappings are remembered per source (by header).
///
/// The dialog only shows and collects: reading, validation and writing are CsvImport's.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `companyLocale` formats the counts and sizes it shows (the company's, as everywhere in
    /// the window).
    ImportDialog(std::shared_ptr<Database> db, qint64 userId, const QLocale &companyLocale,
                 QWidget *parent = nullptr);
    /// A running import is cancelled (nothing is written) and finishes on its own thread.
    ~ImportDialog() override;

    /// As if the user typed `path`: reads the file's header row and fills the mapping table.
    void setFilePath(const QString &path);
    QString filePath() const;
    /// The options a Check or Import would run with now (mapping included).
    CsvImport::Options options() const;
    /// The header row of the file as read (empty when there is none).
    QStringList header() const { return m_header; }
    /// A Check or Import is running on the worker thread.
    bool isRunning() const { return !m_job.isNull(); }

    /// Escape / the window's close button: cancels a running import first (the dialog closes
    /// when the worker has stopped).
    void reject() override;

Q_SIGNALS:
    /// An import was written to the company file.
    void imported();
    /// A Check or Import ended (done, refused, cancelled or failed); the results are on screen.
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildOptions();
    void buildSourceForm(QFormLayout *left);
    void buildFormatForm(QFormLayout *right);
    void buildColumns(QVBoxLayout *layout);
    void buildProgress(QVBoxLayout *layout);
    void buildButtons(QVBoxLayout *layout);
    void connectUi();
    void retranslateUi();
    void browse();
    void loadHeader();
    bool offerMatchingPreset();
    void applyPreset();
    void rebuildMapping(const QHash<QString, QString> &explicitMapping);
    void mappingEdited();
    QHash<QString, QString> chosenMapping() const;
    QString settingsKey() const;
    void restoreSaved();
    void saveMapping() const;
    void start(bool dryRun);
    void cancelRun();
    void showProgress(qint64 bytes, int rows);
    void jobFinished();
    void setRunning(bool running);
    void updateButtons();
    void showErrors(const QList<CsvImport::Issue> &errors);
    void setSummary(const QString &text, bool problem);
    QString countsText(const CsvImport::Summary &summary, bool dryRun) const;

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
    QStringList m_header;
    QStringList m_sample;
    void readPreview(CsvReader &reader);
    void showPreview();
    QHash<QString, QString> m_baseMapping; ///< the preset's mapping, or empty (by name)
    QPointer<ImportJob> m_job;
    bool m_jobDryRun = false;
    bool m_closeWhenDone = false;
    int m_lastRows = 0;
    bool m_writing = false;
    qint64 m_fileSize = 0;
    QElapsedTimer m_phaseTimer;

    QLabel *m_fileLabel;
    QLineEdit *m_filePath;
    QPushButton *m_browseButton;
    QLabel *m_fileInfo;
    QWidget *m_optionsBox;
    QLabel *m_kindLabel;
    QComboBox *m_kindCombo;
    QLabel *m_presetLabel;
    QComboBox *m_presetCombo;
    QLabel *m_dateLabel;
    QComboBox *m_dateFormatCombo;
    QLabel *m_decimalLabel;
    QComboBox *m_decimalCombo;
    QLabel *m_currencyLabel;
    QLineEdit *m_currencyEdit;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingCombo;
    QCheckBox *m_createClients;
    QLabel *m_mappingTitle;
    QTableWidget *m_mappingTable;
    QTableWidget *m_previewTable;
    QTabWidget *m_columnTabs;
    QList<QStringList> m_previewRows; ///< the first rows of the file, as read
    QList<qint64> m_previewLines; ///< the line each preview row starts on
    QLabel *m_mappingHint;
    QProgressBar *m_progressBar;
    QLabel *m_progressLabel;
    QLabel *m_summaryLabel;
    QTableWidget *m_errorTable;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
};

} // namespace ardesk
