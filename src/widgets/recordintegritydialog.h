// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace ardesk {

class DatabaseWorker;

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
    /// Starts the full verification (the button does the same).
    void verifyNow();

Q_SIGNALS:
    void verified(bool ok);

private:
    DatabaseWorker *m_worker;
    QLabel *m_head;
    QProgressBar *m_progress;
    QPushButton *m_verify;
    QTextBrowser *m_result;
};

} // namespace ardesk
