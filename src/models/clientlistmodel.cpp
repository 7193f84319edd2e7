// SPDX-License-Identifier: MIT
#include "models/clientlistmodel.h"

#include "core/domain/money.h"
#include "core/support/dateformat.h"
#include "models/databaseworker.h"

namespace ardesk {
namespace {

ClientListQuery::SortKey keyFor(int column)
{
    switch (column) {
    case ClientListModel::Code:
        return ClientListQuery::SortKey::Code;
    case ClientListModel::Name:
        return ClientListQuery::SortKey::Name;
    case ClientListModel::Status:
        return ClientListQuery::SortKey::Status;
    case ClientListModel::Balance:
        return ClientListQuery::SortKey::Balance;
    case ClientListModel::DaysPastDue:
        return ClientListQuery::SortKey::OldestDaysPastDue;
    case ClientListModel::NextContact:
        return ClientListQuery::SortKey::NextContact;
    case ClientListModel::Clerk:
        return ClientListQuery::SortKey::Clerk;
    case ClientListModel::Overdue:
    default:
        return ClientListQuery::SortKey::Overdue;
    }
}

struct FirstPage
{
    int count = 0;
    QList<ClientListRow> rows;
    QString error;
};

struct Page
{
    QList<ClientListRow> rows;
    QString error;
};

constexpr int kMaxCachedPages = 64;

struct LoadedPages
{
    QHash<int, QList<ClientListRow>> pages;
    int count = 0;
    QString error;
};

} // namespace

ClientListModel::ClientListModel(DatabaseWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
    , m_asOf(worker->database()->today())
{
    start();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClientListRow *ClientListModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ClientListModel::sortValue(const ClientListRow &r, int column) const
{
    switch (column) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case Status:
        return toString(r.status);
    case Balance:
        return r.balanceMinor;
    case Overdue:
        return r.overdueMinor;
    case DaysPastDue:
        return r.oldestDaysPastDue(m_asOf);
    case NextContact:
        return r.nextContactDate;
    case Clerk:
        return r.clerk;
    }
    return {};
}

QVariant ClientListModel::displayValue(const ClientListRow &r, int column) const
{
    switch (column) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case Status:
        return r.archived ? tr("Archived") : displayName(r.status);
    case Balance:
        return Money::fromMinor(r.balanceMinor, r.currency).format(m_locale);
    case Overdue:
        return r.overdueMinor == 0 ? QString()
                                   : Money::fromMinor(r.overdueMinor, r.currency).format(m_locale);
    case DaysPastDue: {
        const int days = r.oldestDaysPastDue(m_asOf);
        return days > 0 ? QVariant(days) : QVariant(QString());
    }
    case NextContact:
        return r.nextContactDate.isValid() ? dateformat::date(m_locale, r.nextContactDate)
                                           : QString();
    case Clerk:
        return r.clerk;
    }
    return {};
}

QVariant ClientListModel::accessibleText(const ClientListRow &r, int column) const
{
    // What the hold icon and the red figures show, in words for a screen reader.
    switch (column) {
    case Name:
        return r.creditHold ? tr("%1, on credit hold").arg(r.name) : QVariant();
    case Overdue:
        return r.overdueMinor == 0
                ? QVariant()
                : tr("%1 overdue")
                          .arg(Money::fromMinor(r.overdueMinor, r.currency).format(m_locale));
    case DaysPastDue: {
        const int days = r.oldestDaysPastDue(m_asOf);
        return days > 0 ? QVariant(tr("%n day(s) overdue", nullptr, days)) : QVariant();
    }
    }
    return {};
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow *r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r)
        return role == Qt::DisplayRole && index.column() == Name ? QVariant(tr("Loading…"))
                                                                 : QVariant();
    const int column = index.column();
    switch (role) {
    case ClientIdRole:
        return r->id;
    case CurrencyRole:
        return r->currency;
    case CreditHoldRole:
        return r->creditHold;
    case Qt::TextAlignmentRole:
        if (column == Balance || column == Overdue || column == DaysPastDue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Name && r->creditHold)
            return tr("%1 is on credit hold").arg(r->name);
        if ((column == Balance || column == Overdue) && r->otherCurrencyInvoices > 0)
            return tr("Shown in %1; %n open invoice(s) in other currencies are not included",
                      nullptr, r->otherCurrencyInvoices)
                    .arg(r->currency);
        return {};
    case SortRole:
        return sortValue(*r, column);
    case Qt::DisplayRole:
        return displayValue(*r, column);
    case Qt::AccessibleTextRole:
        return accessibleText(*r, column);
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole) {
        const QString text = whatsThis(section);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Client");
    case Status:
        return tr("Status");
    case Balance:
        return tr("Balance");
    case Overdue:
        return tr("Overdue");
    case DaysPastDue:
        return tr("Days late");
    case NextContact:
        return tr("Next contact");
    case Clerk:
        return tr("Clerk");
    }
    return {};
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const ClientListQuery::SortKey key = keyFor(column);
    if (key == m_spec.sortKey && order == m_spec.order)
        return;
    m_spec.sortKey = key;
    m_spec.order = order;
    start();
}

void ClientListModel::setFilter(const QString &text)
{
    if (text == m_spec.filter)
        return;
    m_spec.filter = text;
    start();
}

void ClientListModel::setIncludeArchived(bool include)
{
    if (include == m_spec.includeArchived)
        return;
    m_spec.includeArchived = include;
    start();
}

void ClientListModel::setAsOf(const QDate &date)
{
    m_asOf = date;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, DaysPastDue), index(m_count - 1, DaysPastDue));
}

void ClientListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void ClientListModel::refresh()
{
    start();
}

void ClientListModel::refreshInPlace()
{
    if (m_loading || m_count == 0) {
        start(); // nothing on screen to keep yet
        return;
    }
    const quint64 generation = ++m_generation; // page replies in flight are superseded
    const ClientListQuery::Spec spec = m_spec;
    const QList<int> pages = m_pages.keys();
    m_worker->run(
            this,
            [spec, pages](const std::shared_ptr<Database> &db) {
                LoadedPages result;
                ClientListQuery query(*db);
                for (int page : pages) {
                    auto rows = query.page(spec, page * kPageSize, kPageSize);
                    if (!rows) {
                        result.error = rows.errorString();
                        return result;
                    }
                    if (!rows.value().isEmpty())
                        result.pages.insert(page, rows.value());
                }
                auto count = query.count(spec);
                if (!count)
                    result.error = count.errorString();
                else
                    result.count = count.value();
                return result;
            },
            [this, generation](LoadedPages result) {
                if (generation != m_generation)
                    return;
                if (!result.error.isEmpty()) {
                    m_error = result.error;
                    Q_EMIT errorOccurred(m_error);
                    return;
                }
                m_error.clear();
                applyInPlace(std::move(result.pages), result.count);
                Q_EMIT loaded(m_count);
            });
}

void ClientListModel::applyInPlace(QHash<int, QList<ClientListRow>> pages, int count)
{
    m_pending.clear();
    if (count < m_count) {
        beginRemoveRows(QModelIndex(), count, m_count - 1);
        m_count = count;
        endRemoveRows();
    }
    // The rows move to where their clients are now; the views' selection follows them.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> clients;
    clients.reserve(before.size());
    for (const QModelIndex &index : before) {
        const ClientListRow *row = rowAt(index.row());
        clients.append(row ? row->id : 0);
    }
    m_pages = std::move(pages);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        int row = clients.at(i) ? rowOfClient(clients.at(i)) : -1;
        if (row < 0 && before.at(i).row() < m_count)
            row = before.at(i).row(); // not loaded (or gone): the same place
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (count > m_count) {
        beginInsertRows(QModelIndex(), m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
}

void ClientListModel::setNarrowing(const ClientListQuery::Spec &narrowing)
{
    m_spec.takeNarrowing(narrowing);
    start();
}

bool ClientListModel::isNarrowed() const
{
    return m_spec.isNarrowed();
}

int ClientListModel::rowOfClient(qint64 clientId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == clientId)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

void ClientListModel::start()
{
    // Two steps so the first rows paint as soon as they are read: the first page, then (only
    // when the list is longer than a page) the count, which on 100k clients costs more than the
    // page itself. `loaded` is emitted once both are in.
    const quint64 generation = ++m_generation;
    m_loading = true;
    const ClientListQuery::Spec spec = m_spec;
    m_worker->run(
            this,
            [spec](const std::shared_ptr<Database> &db) {
                FirstPage result;
                auto rows = ClientListQuery(*db).page(spec, 0, kPageSize);
                if (!rows) {
                    result.error = rows.errorString();
                    return result;
                }
                result.rows = rows.value();
                result.count = result.rows.size() < kPageSize ? int(result.rows.size()) : -1;
                return result;
            },
            [this, generation, spec](FirstPage result) {
                if (generation != m_generation)
                    return; // superseded by a newer filter or sort
                if (!result.error.isEmpty()) {
                    m_loading = false;
                    m_error = result.error;
                    Q_EMIT errorOccurred(m_error);
                    return;
                }
                m_error.clear();
                beginResetModel();
                m_pages.clear();
                m_pending.clear();
                m_count = int(result.rows.size());
                if (!result.rows.isEmpty())
                    m_pages.insert(0, std::move(result.rows));
                endResetModel();
                if (result.count >= 0) {
                    m_loading = false;
                    Q_EMIT loaded(m_count);
                    return;
                }
                fetchCount(generation, spec);
            });
}

void ClientListModel::fetchCount(quint64 generation, const ClientListQuery::Spec &spec)
{
    m_worker->run(
            this,
            [spec](const std::shared_ptr<Database> &db) {
                FirstPage counted;
                auto count = ClientListQuery(*db).count(spec);
                if (!count)
                    counted.error = count.errorString();
                else
                    counted.count = count.value();
                return counted;
            },
            [this, generation](FirstPage counted) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                if (!counted.error.isEmpty()) {
                    m_error = counted.error;
                    Q_EMIT errorOccurred(m_error);
                    return;
                }
                if (counted.count > m_count) {
                    beginInsertRows(QModelIndex(), m_count, counted.count - 1);
                    m_count = counted.count;
                    endInsertRows();
                }
                Q_EMIT loaded(m_count);
            });
}

void ClientListModel::requestPage(int page) const
{
    if (m_pending.contains(page) || m_loading)
        return;
    m_pending.insert(page);
    auto *self = const_cast<ClientListModel *>(this);
    const quint64 generation = m_generation;
    const ClientListQuery::Spec spec = m_spec;
    m_worker->run(
            self,
            [spec, page](const std::shared_ptr<Database> &db) {
                Page result;
                auto rows = ClientListQuery(*db).page(spec, page * kPageSize, kPageSize);
                if (!rows)
                    result.error = rows.errorString();
                else
                    result.rows = rows.value();
                return result;
            },
            [self, generation, page](Page result) {
                if (generation != self->m_generation)
                    return;
                self->m_pending.remove(page);
                if (!result.error.isEmpty()) {
                    Q_EMIT self->errorOccurred(result.error);
                    return;
                }
                // Keep memory bounded: drop the cached page farthest from this one.
                if (self->m_pages.size() >= kMaxCachedPages) {
                    int farthest = -1;
                    for (auto it = self->m_pages.cbegin(); it != self->m_pages.cend(); ++it) {
                        if (farthest < 0 || std::abs(it.key() - page) > std::abs(farthest - page))
                            farthest = it.key();
                    }
                    self->m_pages.remove(farthest);
                }
                self->m_pages.insert(page, std::move(result.rows));
                const int first = page * kPageSize;
                const int last = std::min(self->m_count, first + kPageSize) - 1;
                if (last >= first)
                    Q_EMIT self->dataChanged(self->index(first, 0),
                                             self->index(last, ColumnCount - 1));
            });
}

QString ClientListModel::whatsThis(int section)
{
    // What's this? on a column header: what the column means, in the user guide's words.
    switch (section) {
    case Status:
        return tr("Active, on hold, in dispute, in collections or closed. A ⊘ marks a client on "
                  "credit hold: sales see it before they sell, and only a manager releases it.");
    case Balance:
        return tr("What the client owes in all: its open invoices less the payments, credit notes "
                  "and write-offs against them, in the client's currency.");
    case Overdue:
        return tr("The client's invoices past their due date and still unpaid, in the client's "
                  "currency. Amounts in different currencies are never added together.");
    case DaysPastDue:
        return tr("The age of the oldest open invoice past its due date, in days: where the client "
                  "stands in the aging buckets 1–30, 31–60, 61–90 and 90+. At 60 days and more "
                  "(not disputed) the credit-hold rule puts the client on hold.");
    case NextContact:
        return tr("The earliest open follow-up or call task of the client; finishing or "
                  "snoozing it moves the date.");
    default:
        break;
    }
    return {};
}

} // namespace ardesk
