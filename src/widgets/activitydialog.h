// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/activityquery.h"

#include <QDialog>
#include <QLocale>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ardesk {

class ActivityModel;
class DatabaseWorker;

/// Reports > Client activity: every clerk's notes and sent e-mails, newest first, filtered by
/// clerk, channel and company days, with each clerk's totals above; "Load more" reads the next
/// page and a double-click opens the note's client. Read on the worker through ReportService,
/// which refuses anyone but a manager or an admin (the window hides the entry for others).
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                   const QTimeZone &companyZone, QWidget *parent = nullptr);

    /// Opens the dialog on `window` for `readerId` and reads the first page.
    static ActivityDialog *open(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                                const QTimeZone &companyZone, QWidget *window);

    /// Reads the first page (and the totals) with the filters as they are.
    void reload();
    void loadMore();
    ActivityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *totalsTable() const { return m_totals; }
    QString statusText() const;

Q_SIGNALS:
    /// A page arrived (or its error): tests wait for it.
    void loaded();
    /// The user double-clicked a note of this client.
    void clientRequested(qint64 clientId);

private:
    ActivityQuery::Spec spec() const;
    void requestPage(bool append);
    void showTotals(const QList<ActivityQuery::ClerkTotals> &totals);
    void fillClerks(const QList<User> &users);
    void setUpFilters(const QLocale &locale, const QTimeZone &companyZone);
    void setUpTables();
    void buildLayout();
    void retranslateUi();

    DatabaseWorker *m_worker;
    qint64 m_readerId;
    QLocale m_locale; ///< the company's: the totals' digits and grouping
    ActivityModel *m_model;
    QComboBox *m_clerk;
    QComboBox *m_channel;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QTableWidget *m_totals;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_more;
    quint64 m_generation = 0;
    bool m_clerksLoaded = false;
    bool m_mayHaveMore = false;
};

} // namespace ardesk
