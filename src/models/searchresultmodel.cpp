// SPDX-License-Identifier: MIT
#include "models/searchresultmodel.h"

#include "core/support/dateformat.h"
#include "models/databaseworker.h"

#include <algorithm>

namespace ardesk {
namespace {

struct Reply
{
    SearchResults results;
    QString error;
    bool cancelled = false;
};

/// Runs `query` on the worker; `stale` says a newer query superseded this one (checked before
/// it starts, while it runs and after).
Reply searchOnWorker(const std::shared_ptr<Database> &db, const SearchQuery &query,
                     const std::function<bool()> &stale)
{
    Reply reply;
    if (stale()) { // superseded while queued: do not even start
        reply.cancelled = true;
        return reply;
    }
    NoteSearch search(*db);
    search.setCancelCheck(stale);
    auto found = query.limit > 0 ? search.run(query) : search.count(query);
    if (stale())
        reply.cancelled = true;
    else if (!found)
        reply.error = found.errorString();
    else
        reply.results = std::move(found).value();
    return reply;
}

QString withoutMarks(QString text)
{
    text.remove(QChar(SearchResultModel::kMarkStart));
    text.remove(QChar(SearchResultModel::kMarkEnd));
    return text;
}

bool hasFilter(const SearchQuery &q)
{
    return q.clientId > 0 || q.authorId > 0 || q.channel.has_value() || q.from.isValid()
            || q.to.isValid();
}

} // namespace

SearchResultModel::SearchResultModel(DatabaseWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{ }

SearchResultModel::~SearchResultModel()
{
    supersede(); // a search still running on the worker stops
}

quint64 SearchResultModel::supersede()
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    return generation;
}

void SearchResultModel::setQuery(const SearchQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = kPageSize;
    m_query.count = SearchCount::ForPage;
    m_query.markStart = QChar(kMarkStart);
    m_query.markEnd = QChar(kMarkEnd);
    if (NoteSearch::textExpression(m_query.text).isEmpty() && !hasFilter(m_query)) {
        clear();
        return;
    }
    // The old hits stay until the new ones replace them (no flicker while typing).
    supersede();
    m_searching = true;
    m_fetching = false;
    m_counting = false;
    post(0);
}

void SearchResultModel::clear()
{
    supersede();
    m_searching = false;
    m_fetching = false;
    m_counting = false;
    m_error.clear();
    beginResetModel();
    m_hits.clear();
    m_noteIds.clear();
    m_total = 0;
    m_totalIsLowerBound = false;
    endResetModel();
}

void SearchResultModel::post(int offset)
{
    SearchQuery query = m_query;
    query.offset = offset;
    const quint64 generation = m_generation;
    auto latest = m_latest;
    m_worker->run(
            this,
            [query, generation, latest](const std::shared_ptr<Database> &db) {
                return searchOnWorker(
                        db, query, [latest, generation] { return latest->load() != generation; });
            },
            [this, generation, offset](Reply reply) {
                if (generation != m_generation || reply.cancelled)
                    return; // a newer query owns the model
                m_fetching = false;
                const bool first = offset == 0;
                if (first)
                    m_searching = false;
                if (!reply.error.isEmpty()) {
                    m_error = reply.error;
                    Q_EMIT errorOccurred(m_error);
                    return;
                }
                m_error.clear();
                if (first)
                    showFirstPage(reply.results);
                else
                    appendPage(reply.results);
            });
}

/// The total of the first page's query, counted on the worker after the page was shown.
void SearchResultModel::postCount()
{
    SearchQuery query = m_query;
    query.limit = 0; // searchOnWorker: count only
    const quint64 generation = m_generation;
    auto latest = m_latest;
    m_counting = true;
    m_worker->run(
            this,
            [query, generation, latest](const std::shared_ptr<Database> &db) {
                return searchOnWorker(
                        db, query, [latest, generation] { return latest->load() != generation; });
            },
            [this, generation](Reply reply) {
                if (generation != m_generation || reply.cancelled)
                    return; // a newer query owns the model
                m_counting = false;
                if (!reply.error.isEmpty()) {
                    m_error = reply.error;
                    Q_EMIT errorOccurred(m_error);
                    return;
                }
                m_total = std::max(reply.results.total, int(m_hits.size()));
                m_totalIsLowerBound = reply.results.totalIsLowerBound;
                Q_EMIT totalCounted(m_total);
            });
}

void SearchResultModel::showFirstPage(const SearchResults &results)
{
    beginResetModel();
    m_hits.clear();
    m_noteIds.clear();
    for (const SearchHit &h : std::as_const(results.hits)) {
        m_hits.append(h);
        m_noteIds.insert(h.noteId);
    }
    m_total = results.total;
    m_totalIsLowerBound = results.totalIsLowerBound;
    endResetModel();
    if (results.totalIsPending)
        postCount();
    Q_EMIT searchFinished(m_total);
}

/// A later page: skip notes already shown (the file may have changed between pages).
void SearchResultModel::appendPage(const SearchResults &results)
{
    QList<SearchHit> fresh;
    for (const SearchHit &h : std::as_const(results.hits)) {
        if (!m_noteIds.contains(h.noteId))
            fresh.append(h);
    }
    if (results.hits.isEmpty()) {
        m_total = int(m_hits.size()); // nothing more: stop asking
        return;
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_hits.size()), int(m_hits.size() + fresh.size()) - 1);
    for (const SearchHit &h : std::as_const(fresh)) {
        m_hits.append(h);
        m_noteIds.insert(h.noteId);
    }
    endInsertRows();
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_searching && !m_fetching && m_hits.size() < m_total;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    post(int(m_hits.size()));
}

void SearchResultModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_hits.size()) - 1, ColumnCount - 1));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    const int column = index.column();
    switch (role) {
    case NoteIdRole:
        return h.noteId;
    case RevisionIdRole:
        return h.revisionId;
    case ClientIdRole:
        return h.clientId;
    case MarkedSnippetRole:
        return h.snippet;
    case MatchedAttachmentRole:
        return h.matchedAttachmentName;
    case RankRole:
        return h.rank;
    case SortRole:
        switch (column) {
        case OccurredAt:
            return h.occurredAt;
        case Client:
            return h.clientCode;
        case Channel:
            return toString(h.channel);
        case Author:
            return h.authorName;
        case Contact:
            return h.contactName;
        case Snippet:
            return h.rank;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Client)
            return h.clientName;
        if (column == Snippet && !h.matchedAttachmentName.isEmpty())
            return tr("Matched the attachment %1").arg(h.matchedAttachmentName);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case OccurredAt:
            return dateformat::dateTime(m_locale, h.occurredAt.toLocalTime());
        case Client:
            return h.clientCode;
        case Channel:
            return displayName(h.channel);
        case Author:
            return h.authorName;
        case Contact:
            return h.contactName;
        case Snippet: {
            QString text = withoutMarks(h.snippet);
            text.replace(u'\n', u' ');
            if (!h.matchedAttachmentName.isEmpty())
                text += tr(" [attachment: %1]").arg(h.matchedAttachmentName);
            return text;
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OccurredAt:
        return tr("When");
    case Client:
        return tr("Client");
    case Channel:
        return tr("Channel");
    case Author:
        return tr("Author");
    case Contact:
        return tr("Contact");
    case Snippet:
        return tr("Text");
    }
    return {};
}

} // namespace ardesk
