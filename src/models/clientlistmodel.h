// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/clientlistquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace ardesk {

class DatabaseWorker;

/// The client list: a table over ClientListQuery that loads pages of rows on demand on the
/// database worker thread, so 100k clients open as fast as 100. Sorting and filtering run in
/// SQL on indexed columns (sort() re-queries; no proxy model).
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Status,
        Balance,
        Overdue,
        DaysPastDue,
        NextContact,
        Clerk,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: qint64 minor units, int days, QDate, QString
        ClientIdRole,
        CurrencyRole,
        CreditHoldRole,
        LoadedRole, ///< false while the row's page is still being fetched
    };
    static constexpr int kPageSize = 100;

    explicit ClientListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// What's this? for a column (Qt::WhatsThisRole of its header): empty when it needs none.
    static QString whatsThis(int section);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Matches code, name, contact name or e-mail; re-queries.
    void setFilter(const QString &text);
    QString filter() const { return m_spec.filter; }
    /// Lists archived clients too (marked "Archived" in the status column); re-queries.
    void setIncludeArchived(bool include);
    /// The date "days past due" is counted to (default today).
    void setAsOf(const QDate &date);
    void setLocale(const QLocale &locale);
    /// Re-query with the same filter and sort (after a change to the data).
    void refresh();
    /// Reads the rows already loaded and the count again (a change another desk made: live
    /// updates) and updates them in place, without a reset: the selection and the current row
    /// follow their clients (also when the order changed), and the scroll position stays. A
    /// load still running is started again instead.
    void refreshInPlace();
    /// Narrows the list to what a dashboard chart element shows: the narrowing fields of
    /// `narrowing` (aging bucket and currency, clerk, days late and the day they count to)
    /// replace the current ones; the text filter, the order and archived clients stay.
    /// ClientListQuery::Spec() lists every client again. Re-queries.
    void setNarrowing(const ClientListQuery::Spec &narrowing);
    /// Whether a narrowing is in force.
    bool isNarrowed() const;

    const ClientListQuery::Spec &spec() const { return m_spec; }
    /// The row of a client among the loaded pages, or -1.
    int rowOfClient(qint64 clientId) const;
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A new result (count and first page) is in: after open, filter, sort or refresh.
    void loaded(int rowCount);
    void errorOccurred(const QString &message);

private:
    const ClientListRow *rowAt(int row) const;
    void requestPage(int page) const;
    void start();
    /// refreshInPlace()'s answer: `pages` (by page number) and the list's `count` now.
    void applyInPlace(QHash<int, QList<ClientListRow>> pages, int count);
    /// The second step of start(): the full count, when the first page was full.
    void fetchCount(quint64 generation, const ClientListQuery::Spec &spec);
    QVariant sortValue(const ClientListRow &row, int column) const;
    QVariant displayValue(const ClientListRow &row, int column) const;
    /// Qt::AccessibleTextRole: the hold and the overdue figures in words; empty elsewhere.
    QVariant accessibleText(const ClientListRow &row, int column) const;

    DatabaseWorker *m_worker;
    ClientListQuery::Spec m_spec;
    QDate m_asOf;
    QLocale m_locale;
    int m_count = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_error;
    QHash<int, QList<ClientListRow>> m_pages;
    mutable QSet<int> m_pending;
};

} // namespace ardesk
