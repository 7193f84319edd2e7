// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/reminderservice.h"

#include <QDialog>
#include <QLocale>

namespace ardesk {

class ProgressPanel;

/// Work > Run reminders: what the reminder policies would do today — per client the e-mail
/// (one per client), call task, credit hold, escalation and review, and what is held and why —
/// shown before anything is written. Apply carries it out.
class RemindersDialog : public QDialog
{
    Q_OBJECT
public:
    RemindersDialog(const ReminderService::Plan &plan, const QLocale &locale,
                    QWidget *parent = nullptr);

    int clientRows() const;
    QString summaryText() const;
    /// Shown under the plan while the run applies it (Cancel / Esc stop it between clients).
    ProgressPanel *progressPanel() const { return m_progress; }
    /// While applying, the plan and the buttons are read-only; the progress panel is not.
    void setApplying(bool applying);
    /// After a cancelled run: says what was done and what was not; Apply is gone, Close stays.
    void showStopped(const QString &text);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void applyRequested();

private:
    ProgressPanel *m_progress = nullptr;
};

} // namespace ardesk
