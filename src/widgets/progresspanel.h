// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/progress.h"

#include <atomic>
#include <memory>

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ardesk {

/// How far long work on the worker thread got, and its Cancel button: the stage ("Checking the
/// record chain"), a bar (busy when the total is not known), "1,200 of 5,000" and Cancel. One
/// panel serves every dialog that runs long core work (verify, reminders, bulk send, backup,
/// exports, statements, case files).
///
/// start() shows the panel and returns the Progress the work gets on the worker thread; its
/// reports are posted to the GUI thread (dropped once the panel is gone or a newer run started).
/// Cancel, Esc or closing the window while a run is on sets the run's cancel flag (the window
/// stays open: the work stops at its next safe point and its result says what was done);
/// finish() hides the panel. Hidden when idle.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);
    ~ProgressPanel() override;

    /// Shows the panel with `stage` and a busy bar; the Progress for the work to report to.
    Progress start(const QString &stage);
    /// Hides the panel; the run is over (its result is shown by the dialog).
    void finish();
    bool isRunning() const { return m_cancel != nullptr; }
    /// Whether Cancel (or Esc) was pressed during the current or last run.
    bool wasCancelled() const { return m_cancelled; }
    /// What Cancel does.
    void cancel();

    QString stageText() const;
    QString countText() const;
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    /// A report reached the GUI thread (tests count these).
    void advanced(qint64 done, qint64 total);
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showReport(qint64 generation, qint64 done, qint64 total, const QString &stage);
    void retranslateUi();

    QLabel *m_stage;
    QProgressBar *m_bar;
    QLabel *m_count;
    QPushButton *m_cancelButton;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_generation = 0; ///< of the current run: reports of an older one are dropped
    qint64 m_done = 0, m_total = 0;
    bool m_cancelled = false;
};

} // namespace ardesk
