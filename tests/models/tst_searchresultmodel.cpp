// SPDX-License-Identifier: MIT
// The search result model over a real demo company file, searched on the real worker thread:
// rows, roles and raw values, a newer query superseding an older one, further pages on
// fetchMore, clearing without the database, and errors reported as signals.
#include "core/services/demogenerator.h"
#include "core/storage/notesearch.h"
#include "models/databaseworker.h"
#include "models/searchresultmodel.h"

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchFillsRowsAndRoles();
    void newerQuerySupersedesOlder();
    void fetchMoreLoadsTheNextPage();
    void countFollowsTheFirstPage();
    void emptyQueryClearsWithoutTheDatabase();
    void errorIsSignalled();
    void filtersReachTheSearch();
    void cleanupTestCase();

private:
    SearchQuery words(const QString &text) const
    {
        SearchQuery q;
        q.text = text;
        return q;
    }
    int directTotal(const SearchQuery &q) const
    {
        auto r = NoteSearch(m_db->connection()).run(q);
        return r.ok() ? r.value().total : -1;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
};

void TestSearchResultModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("search.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    DemoGenerator::Options o;
    o.clients = 300;
    o.seed = 5;
    o.asOf = m_db->today();
    auto stats = DemoGenerator(m_db).generate(o);
    QVERIFY2(stats, qPrintable(stats.errorString()));
    QVERIFY(stats.value().notes > 1000);
    m_worker = std::make_unique<DatabaseWorker>(m_db);
}

void TestSearchResultModel::cleanupTestCase()
{
    m_worker.reset();
}

void TestSearchResultModel::searchFillsRowsAndRoles()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    model.setQuery(words(QStringLiteral("voicemail")));
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0); // nothing yet: the GUI thread did not wait
    QVERIFY(finished.wait(10000));
    QVERIFY(!model.isSearching());
    const int total = directTotal(words(QStringLiteral("voicemail")));
    QVERIFY(total > 0);
    QCOMPARE(finished.constFirst().constFirst().toInt(), total);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), std::min(total, int(SearchResultModel::kPageSize)));
    QCOMPARE(model.columnCount(), int(SearchResultModel::ColumnCount));

    const QModelIndex first = model.index(0, SearchResultModel::Snippet);
    QVERIFY(first.data(SearchResultModel::NoteIdRole).toLongLong() > 0);
    QVERIFY(first.data(SearchResultModel::RevisionIdRole).toLongLong() > 0);
    QVERIFY(first.data(SearchResultModel::ClientIdRole).toLongLong() > 0);
    const QString marked = first.data(SearchResultModel::MarkedSnippetRole).toString();
    QVERIFY2(marked.contains(QStringLiteral("\x02voicemail\x03")), qPrintable(marked));
    const QString shown = first.data().toString();
    QVERIFY(shown.contains(QStringLiteral("voicemail")));
    QVERIFY(!shown.contains(u'\x02') && !shown.contains(u'\x03'));
    // Raw values for sorting, display text for people.
    QCOMPARE(model.index(0, SearchResultModel::OccurredAt)
                     .data(SearchResultModel::SortRole)
                     .metaType(),
             QMetaType::fromType<QDateTime>());
    QVERIFY(model.index(0, SearchResultModel::OccurredAt)
                    .data(SearchResultModel::SortRole)
                    .toDateTime()
                    .isValid());
    QVERIFY(model.index(0, SearchResultModel::Client).data().toString().startsWith(u'C'));
    QCOMPARE(model.index(0, SearchResultModel::Channel).data(SearchResultModel::SortRole),
             QVariant(QStringLiteral("call")));
    // Rows are in rank order.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(SearchResultModel::RankRole).toDouble()
                <= model.index(row, 0).data(SearchResultModel::RankRole).toDouble());
    QCOMPARE(model.hit(0).noteId, first.data(SearchResultModel::NoteIdRole).toLongLong());
}

void TestSearchResultModel::newerQuerySupersedesOlder()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    // Typing: each key a new query; only the last one's result reaches the model.
    for (const QString &typed :
         QStringList {QStringLiteral("inv"), QStringLiteral("invo"), QStringLiteral("invoice"),
                      QStringLiteral("refu"), QStringLiteral("refused")})
        model.setQuery(words(typed));
    QVERIFY(finished.wait(10000));
    m_worker->drain();
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.query().text, QStringLiteral("refused"));
    QCOMPARE(model.totalCount(), directTotal(words(QStringLiteral("refused"))));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, SearchResultModel::Snippet)
                        .data(SearchResultModel::MarkedSnippetRole)
                        .toString()
                        .contains(QStringLiteral("\x02refused\x03")));
}

void TestSearchResultModel::fetchMoreLoadsTheNextPage()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    model.setQuery(words(QStringLiteral("invoice")));
    QVERIFY(finished.wait(10000));
    QVERIFY(model.totalCount() > 2 * SearchResultModel::kPageSize);
    QVERIFY(model.rowCount() >= SearchResultModel::kPageSize);
    // The view (here: the model tester) asks for more; one page is in flight at a time.
    if (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 2 * SearchResultModel::kPageSize, 10000);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(SearchResultModel::NoteIdRole).toLongLong());
    QCOMPARE(ids.size(), model.rowCount()); // no note twice
}

/// More matches than ranking the first page needs: the page comes first with "more than
/// NoteSearch::kRankedLimit", the exact count follows (totalCounted) and equals what a search
/// that counts everything says; a search with few matches is counted with its page.
void TestSearchResultModel::countFollowsTheFirstPage()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    QSignalSpy counted(&model, &SearchResultModel::totalCounted);
    const int total = directTotal(words(QStringLiteral("invoice")));
    QVERIFY2(total > NoteSearch::kRankedLimit, qPrintable(QString::number(total)));
    model.setQuery(words(QStringLiteral("invoice")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), NoteSearch::kRankedLimit);
    QVERIFY(model.totalIsLowerBound());
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), int(SearchResultModel::kPageSize));
    QVERIFY(counted.wait(10000));
    QVERIFY(!model.isCounting());
    QCOMPARE(counted.constFirst().constFirst().toInt(), total);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.totalIsLowerBound(), total >= NoteSearch::kCandidateLimit);

    model.setQuery(words(QStringLiteral("refused")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.totalCount(), directTotal(words(QStringLiteral("refused"))));
    QVERIFY(model.totalCount() < NoteSearch::kRankedLimit);
    QVERIFY(!model.isCounting());
    m_worker->drain();
    QCoreApplication::processEvents();
    QCOMPARE(counted.size(), 1);
}

void TestSearchResultModel::emptyQueryClearsWithoutTheDatabase()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    model.setQuery(words(QStringLiteral("voicemail")));
    QVERIFY(finished.wait(10000));
    QVERIFY(model.rowCount() > 0);
    model.setQuery(words(QStringLiteral("  \" * ")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.isSearching());
    // A search posted and then cleared never lands.
    model.setQuery(words(QStringLiteral("voicemail")));
    model.clear();
    m_worker->drain();
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestSearchResultModel::errorIsSignalled()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &SearchResultModel::errorOccurred);
    SearchQuery q = words(QStringLiteral("voicemail"));
    q.from = QDate(2026, 5, 1);
    q.to = QDate(2026, 4, 1);
    model.setQuery(q);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("2026-05-01")));
    QCOMPARE(model.errorString(), failed.constFirst().constFirst().toString());
    QVERIFY(!model.isSearching());
}

void TestSearchResultModel::filtersReachTheSearch()
{
    SearchResultModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultModel::searchFinished);
    model.setQuery(words(QStringLiteral("invoice")));
    QVERIFY(finished.wait(10000));
    const qint64 clientId = model.index(0, 0).data(SearchResultModel::ClientIdRole).toLongLong();
    SearchQuery q = words(QStringLiteral("invoice"));
    q.clientId = clientId;
    q.channel = NoteChannel::Call;
    model.setQuery(q);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.totalCount(), directTotal(q));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(SearchResultModel::ClientIdRole).toLongLong(), clientId);
        QCOMPARE(model.index(row, SearchResultModel::Channel).data(SearchResultModel::SortRole),
                 QVariant(QStringLiteral("call")));
    }
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
