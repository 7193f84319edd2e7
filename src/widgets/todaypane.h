// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/todayqueue.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ardesk {

class TodayQueueModel;

/// The start page: the clerk's Today queue — every account that needs action today, why, and
/// its priority — worked from the keyboard: Enter opens the account, Ctrl+Shift+L calls its
/// billing contact, Ctrl+L logs a call on it, Ctrl+D marks it done and opens the next. Shown where
/// the client workspace is when no client is open. An empty company file shows its first steps here
/// instead.
class TodayPane : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPane(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setRows(QList<TodayQueue::Row> rows, const QDate &asOf, const QString &userName);
    /// What an empty company file shows instead of the queue: the first steps (import, company
    /// settings, e-mail, users), each a button. setRows() brings the queue back.
    void showFirstSteps(const QString &userName);
    bool showsFirstSteps() const;
    void showLoading();
    void showError(const QString &message);
    TodayQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The client of the selected row (0: none).
    qint64 currentClientId() const;
    /// Selects the row of a client; false when it is not in the queue.
    bool selectClient(qint64 clientId);
    QString titleText() const;

    /// The first steps an empty company offers, in their order on the page.
    enum class FirstStep { Import, CompanySettings, EmailSettings, Users };

Q_SIGNALS:
    void openRequested(qint64 clientId);
    void firstStepRequested(ardesk::TodayPane::FirstStep step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTitle();
    QWidget *buildFirstSteps();

    QLabel *m_title;
    QLabel *m_hint;
    TodayQueueModel *m_model;
    QTableView *m_view;
    QWidget *m_firstSteps;
    QString m_userName;
    QDate m_asOf;
};

} // namespace ardesk
