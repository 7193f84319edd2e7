// SPDX-License-Identifier: MIT
// The client list model over a real demo company file, loaded on the real worker thread.
#include "core/services/clientservice.h"
#include "core/services/demogenerator.h"
#include "core/storage/sql.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestClientListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsCountAndFirstPage();
    void sortsByRawValues_data();
    void sortsByRawValues();
    void loadsLaterPagesOnDemand();
    void filtersAsYouType();
    void refreshShowsNewClient();
    /// Live updates: read again in place, the rows a view holds follow their clients.
    void refreshInPlaceFollowsTheClients();
    void cleanupTestCase();

private:
    void waitLoaded(ClientListModel &model, QSignalSpy &spy);
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    int m_clients = 0;
};

void TestClientListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("list.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    DemoGenerator::Options o;
    o.clients = 350;
    o.seed = 11;
    o.asOf = m_db->today();
    auto stats = DemoGenerator(m_db).generate(o);
    QVERIFY2(stats, qPrintable(stats.errorString()));
    m_clients = int(stats.value().clients);
    m_worker = std::make_unique<DatabaseWorker>(m_db);
}

void TestClientListModel::cleanupTestCase()
{
    m_worker.reset();
}

void TestClientListModel::waitLoaded(ClientListModel &model, QSignalSpy &spy)
{
    Q_UNUSED(model);
    QVERIFY(spy.wait(10000) || spy.count() > 0);
    spy.clear();
}

void TestClientListModel::loadsCountAndFirstPage()
{
    ClientListModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientListModel::loaded);
    waitLoaded(model, loaded);
    QCOMPARE(model.rowCount(), m_clients);
    QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));
    QVERIFY(model.index(0, 0).data(ClientListModel::LoadedRole).toBool());
    QVERIFY(model.index(0, ClientListModel::Code).data().toString().startsWith(u'C'));
    // Amounts are shown with their currency, never as bare numbers.
    const QString balance = model.index(0, ClientListModel::Balance).data().toString();
    QVERIFY2(balance.contains(u'$') || balance.contains(QStringLiteral("€"))
                     || balance.contains(QStringLiteral("£")),
             qPrintable(balance));
    QCOMPARE(model.headerData(ClientListModel::Overdue, Qt::Horizontal).toString(),
             QStringLiteral("Overdue"));
}

void TestClientListModel::sortsByRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::newRow("overdue desc") << int(ClientListModel::Overdue) << int(Qt::DescendingOrder);
    QTest::newRow("balance asc") << int(ClientListModel::Balance) << int(Qt::AscendingOrder);
    QTest::newRow("name asc") << int(ClientListModel::Name) << int(Qt::AscendingOrder);
    QTest::newRow("days desc") << int(ClientListModel::DaysPastDue) << int(Qt::DescendingOrder);
}

void TestClientListModel::sortsByRawValues()
{
    QFETCH(int, column);
    QFETCH(int, order);
    ClientListModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientListModel::loaded);
    waitLoaded(model, loaded);
    model.sort(column == ClientListModel::Overdue ? ClientListModel::Name
                                                  : ClientListModel::Overdue,
               Qt::AscendingOrder);
    waitLoaded(model, loaded);
    model.sort(column, Qt::SortOrder(order));
    waitLoaded(model, loaded);
    const int rows = std::min(model.rowCount(), ClientListModel::kPageSize);
    QVERIFY(rows > 10);
    for (int r = 1; r < rows; ++r) {
        const QVariant a = model.index(r - 1, column).data(ClientListModel::SortRole);
        const QVariant b = model.index(r, column).data(ClientListModel::SortRole);
        const bool inOrder = column == ClientListModel::Name
                ? (order == Qt::AscendingOrder
                           ? a.toString().compare(b.toString(), Qt::CaseInsensitive) <= 0
                           : a.toString().compare(b.toString(), Qt::CaseInsensitive) >= 0)
                : (order == Qt::AscendingOrder ? a.toLongLong() <= b.toLongLong()
                                               : a.toLongLong() >= b.toLongLong());
        QVERIFY2(inOrder,
                 qPrintable(QStringLiteral("row %1: %2 then %3")
                                    .arg(r)
                                    .arg(a.toString(), b.toString())));
    }
}

void TestClientListModel::loadsLaterPagesOnDemand()
{
    ClientListModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientListModel::loaded);
    waitLoaded(model, loaded);
    const int row = ClientListModel::kPageSize * 3 + 5;
    QVERIFY(model.rowCount() > row);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.index(row, 0).data(ClientListModel::LoadedRole).toBool(), false);
    QCOMPARE(model.index(row, ClientListModel::Name).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(changed.wait(10000));
    QVERIFY(model.index(row, 0).data(ClientListModel::LoadedRole).toBool());
    QVERIFY(model.index(row, ClientListModel::Code).data().toString().startsWith(u'C'));
}

void TestClientListModel::filtersAsYouType()
{
    ClientListModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientListModel::loaded);
    waitLoaded(model, loaded);
    const QString name = model.index(0, ClientListModel::Name).data().toString();
    const QString word = name.section(u' ', 0, 0);
    model.setFilter(word);
    waitLoaded(model, loaded);
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.rowCount() < m_clients);
    const QString like = u'%' + word + u'%';
    auto expected = sql::scalar(m_db->connection(),
                                QStringLiteral("SELECT count(*) FROM clients c WHERE c.name LIKE ? "
                                               "OR c.code LIKE ? OR EXISTS (SELECT 1 FROM "
                                               "contacts k WHERE k.client_id = c.id AND (k.name "
                                               "LIKE ? OR k.email LIKE ?))"),
                                QVariantList {like, like, like, like});
    QVERIFY(expected);
    QCOMPARE(model.rowCount(), expected.value().toInt());
    model.setFilter(QStringLiteral("zz-no-such-client-zz"));
    waitLoaded(model, loaded);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString());
    waitLoaded(model, loaded);
    QCOMPARE(model.rowCount(), m_clients);
}

void TestClientListModel::refreshShowsNewClient()
{
    ClientListModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientListModel::loaded);
    waitLoaded(model, loaded);
    const int before = model.rowCount();
    Client c = makeClient(QStringLiteral("NEW001"), QStringLiteral("Quillfeather Stationers"));
    auto id = ClientService(m_db, 1).createClient(c);
    QVERIFY2(id, qPrintable(id.errorString()));
    model.setFilter(QStringLiteral("Quillfeather"));
    waitLoaded(model, loaded);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClientListModel::Name).data().toString(), c.name);
    QCOMPARE(model.index(0, 0).data(ClientListModel::ClientIdRole).toLongLong(), id.value());
    model.setFilter(QString());
    waitLoaded(model, loaded);
    QCOMPARE(model.rowCount(), before + 1);
}

void TestClientListModel::refreshInPlaceFollowsTheClients()
{
    ClientListModel model(m_worker.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ClientListModel::loaded);
    waitLoaded(model, loaded);
    model.sort(ClientListModel::Name, Qt::AscendingOrder);
    waitLoaded(model, loaded);
    const int before = model.rowCount();
    QVERIFY(before > ClientListModel::kPageSize);
    const QPersistentModelIndex held(model.index(5, ClientListModel::Name));
    const qint64 heldClient = held.data(ClientListModel::ClientIdRole).toLongLong();
    const QString heldName = held.data().toString();
    // Another desk adds a client that sorts first: every row moves down by one.
    Client c = makeClient(QStringLiteral("AAA000"), QStringLiteral("0 First of all"));
    VERIFY_OK(ClientService(m_db, 1).createClient(c));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refreshInPlace();
    waitLoaded(model, loaded);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(0, ClientListModel::Name).data().toString(), c.name);
    QVERIFY(held.isValid());
    QCOMPARE(held.row(), 6);
    QCOMPARE(held.data(ClientListModel::ClientIdRole).toLongLong(), heldClient);
    QCOMPARE(held.data().toString(), heldName);
}

QTEST_GUILESS_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"
