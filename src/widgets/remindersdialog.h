// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/reminderservice.h"

#include <QDialog>
#include <QLocale>

namespace ardesk {

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

Q_SIGNALS:
    void applyRequested();
};

} // namespace ardesk
