// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/notesearch.h"

#include <atomic>
#include <memory>

#include <QAbstractTableModel>
#include <QLocale>
#include <QSet>

namespace ardesk {

class DatabaseWorker;

/// Search hits over all notes (NoteSearch), searched on the database worker thread so the GUI
/// never waits. A new query supersedes the one before: a search still running on the worker is
/// interrupted, and replies to older queries are dropped. The first kPageSize hits come first
/// (searchFinished); when more notes match than ranking the page needed, their count follows
/// from a second job (totalCounted); further pages load through fetchMore(). Rows are in rank order
/// (best first); the SortRole gives raw values for a proxy that sorts otherwise. NoteIdRole and
/// ClientIdRole open the note in its client's timeline.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OccurredAt, Client, Channel, Author, Contact, Snippet, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QDateTime, QString, or the bm25 rank (double)
        NoteIdRole,
        RevisionIdRole,
        ClientIdRole,
        MarkedSnippetRole, ///< the snippet with kMarkStart/kMarkEnd around each match
        MatchedAttachmentRole, ///< the attachment name that matched, or empty
        RankRole,
    };
    static constexpr int kPageSize = 100;
    static constexpr char16_t kMarkStart = 0x02;
    static constexpr char16_t kMarkEnd = 0x03;

    explicit SearchResultModel(DatabaseWorker *worker, QObject *parent = nullptr);
    ~SearchResultModel() override;

    /// Starts a search (limit, offset and marks of `query` are the model's). Text without a
    /// letter or digit and no filter clears the model without touching the database.
    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    /// Drops the hits and interrupts a running search.
    void clear();

    /// Matching notes in all (up to NoteSearch::kCandidateLimit).
    int totalCount() const { return m_total; }
    /// True when more than totalCount() notes match.
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    bool isSearching() const { return m_searching; }
    /// True from a first page whose total is still being counted until totalCounted().
    bool isCounting() const { return m_counting; }
    QString errorString() const { return m_error; }
    /// The hit on `row` (a default hit when out of range).
    SearchHit hit(int row) const { return m_hits.value(row); }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The first page of a new query is in (`total` as totalCount()).
    void searchFinished(int total);
    /// The count that followed the first page is in (`total` as totalCount()).
    void totalCounted(int total);
    void errorOccurred(const QString &message);

private:
    void showFirstPage(const SearchResults &results);
    void appendPage(const SearchResults &results);
    void post(int offset);
    void postCount();
    quint64 supersede();

    DatabaseWorker *m_worker;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    QSet<qint64> m_noteIds;
    int m_total = 0;
    bool m_totalIsLowerBound = false;
    bool m_searching = false;
    bool m_fetching = false;
    bool m_counting = false;
    QString m_error;
    QLocale m_locale;
    quint64 m_generation = 0;
    /// The newest generation, shared with jobs on the worker so they can stop early.
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace ardesk
