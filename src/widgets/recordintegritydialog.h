// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace ardesk {

class DatabaseWorker;
class ProgressPanel;

/// Help > Record integrity: the current head of the record's hash chain (to write down or
/// compare later) and "Verify now", which runs the full check (integrity, foreign keys, the chain
/// recomputed from the stored rows, every attachment's hash) on the worker thread and names the
/// first bad entry when something was altered outside ARDesk.
class RecordIntegrityDialog : public QDialog
{
    Q_OBJECT
public:
    RecordIntegrityDialog(DatabaseWorker *worker, QWidget *parent = nullptr);

    QString headText() const;
    QString resultText() const;
    /// Starts the full verification (the button does the same). While it runs, the progress
    /// panel shows the stage and Cancel (Esc) stops it: "cancelled — nothing concluded".
    void verifyNow();
    ProgressPanel *progressPanel() const { return m_progress; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void verified(bool ok);

private:
    DatabaseWorker *m_worker;
    QLabel *m_head;
    ProgressPanel *m_progress;
    QPushButton *m_verify;
    QTextBrowser *m_result;
};

} // namespace ardesk
