// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/outbox.h"

#include <QDialog>
#include <QLocale>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ardesk {

class OutboxTableModel;

/// File > Outbox: every message with its status (queued, sent with the server's reply, failed
/// and when it is retried, not delivered, unknown), "Send now" with progress and Stop, and Retry
/// or Cancel for the selected message. Shows and collects; MailActions runs MailService.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    OutboxDialog(const QLocale &locale, QWidget *parent = nullptr);

    void setMessages(QList<OutboxMessage> messages);
    void setRunning(bool running);
    void setProgress(int done, int total, const QString &text);
    void showSummary(const QString &text);
    OutboxTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    qint64 selectedId() const;

Q_SIGNALS:
    void sendRequested();
    void stopRequested();
    void retryRequested(qint64 outboxId);
    void cancelMessageRequested(qint64 outboxId);
    void refreshRequested();

private:
    void updateButtons();

    OutboxTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_cancelMessage;
    QProgressBar *m_progress;
    QLabel *m_summary;
    bool m_running = false;
};

} // namespace ardesk
