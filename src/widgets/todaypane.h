// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/todayqueue.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QTableView;

namespace ardesk {

class TodayQueueModel;

/// The start page: the clerk's Today queue — every account that needs action today, why, and
/// its priority — worked from the keyboard: Enter opens the account, Ctrl+L logs a call on it,
/// Ctrl+D marks it done and opens the next. Shown where the client workspace is when no client
/// is open.
class TodayPane : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPane(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setRows(QList<TodayQueue::Row> rows, const QDate &asOf, const QString &userName);
    void showLoading();
    void showError(const QString &message);
    TodayQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The client of the selected row (0: none).
    qint64 currentClientId() const;
    /// Selects the row of a client; false when it is not in the queue.
    bool selectClient(qint64 clientId);
    QString titleText() const;

Q_SIGNALS:
    void openRequested(qint64 clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTitle();

    QLabel *m_title;
    QLabel *m_hint;
    TodayQueueModel *m_model;
    QTableView *m_view;
    QString m_userName;
    QDate m_asOf;
};

} // namespace ardesk
