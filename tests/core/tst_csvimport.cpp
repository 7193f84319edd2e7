// SPDX-License-Identifier: MIT
// CSV import, all or nothing: a corpus of bad files leaves the company file byte-for-byte as it
// was and names the line; good files land once; the real IBM data set imports and ages right.
#include "core/import/csvimport.h"
#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/sql.h"

#include "support/testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badFileWritesNothing_data();
    void badFileWritesNothing();
    void unknownClientNeedsCreateClients();
    void lineItemsAreOneInvoiceAndPaidDateCreatesPayment();
    void reimportChangesNothing();
    void reimportedInvoiceFollowsTheStatusRule();
    void dryRunWritesNothing();
    void cancelWritesNothing();
    void semicolonCommaDecimalAndDayFirstDates();
    void formulaTextKeptVerbatim();
    void explicitMappingAndAliases();
    void bomAndCrlf();
    void clientsCreateUpdateUnchanged();
    void paymentsAllocateOldestFirst();
    void summaryJsonShape();
    void ibmDataSetImportsAndAges();
    void contactsImportParsesPhones();
    void contactsReimportUnchangedThenUpdated();
    void contactsBadEmailWritesNothing();
    void contactsBadRowsNameLineAndColumn();
    void bulkLoadKeepsEveryIndex();
    void errorsAcrossManyRowsKeepFileOrder();

private:
    QString data(const QString &name) const
    {
        return QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/import/") + name;
    }
    Result<CsvImport::Summary> importFile(const QString &path, CsvImport::Options o);
    /// SHA-256 over every row of every table: "nothing written" means this is unchanged.
    QByteArray contentHash();
    /// The phones of the contact named `name` as stored: "label|raw|e164|extension;…".
    QString storedPhones(const QString &name);
    /// Contacts (C2 in GB, C3 in DE, the others without a country) from good-contacts.csv.
    Result<CsvImport::Summary> importGoodContacts();
    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestCsvImport::init()
{
    QVERIFY(m_dir.renew());
    m_db.reset();
    auto db = Database::open(m_dir.filePath(QStringLiteral("import.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    for (int i = 1; i <= 6; ++i) {
        Client c = makeClient(QStringLiteral("C%1").arg(i), QStringLiteral("Client %1").arg(i),
                              QStringLiteral("USD"));
        VERIFY_OK(ClientService(m_db, 0).createClient(c));
    }
}

Result<CsvImport::Summary> TestCsvImport::importFile(const QString &path, CsvImport::Options o)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, f.errorString());
    o.sourceName = QFileInfo(path).fileName();
    return CsvImport(m_db, 0).run(&f, o);
}

QByteArray TestCsvImport::contentHash()
{
    QSqlDatabase conn = m_db->connection();
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery tables(conn);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        QSqlQuery rows(conn);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.value(0).toString()));
        h.addData(tables.value(0).toString().toUtf8());
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                h.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
            h.addData("\n");
        }
    }
    return h.result().toHex();
}

void TestCsvImport::badFileWritesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QFile manifest(data(QStringLiteral("bad-cases.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject cases = QJsonDocument::fromJson(manifest.readAll()).object();
    QVERIFY(cases.size() >= 20);
    for (auto it = cases.begin(); it != cases.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toInt();
}

void TestCsvImport::badFileWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    const QByteArray before = contentHash();
    CsvImport::Options o;
    auto r = importFile(data(file), o);
    QVERIFY2(r, qPrintable(r.errorString()));
    if (line == 0) { // header only: a valid file with nothing in it
        QVERIFY(r.value().errors.isEmpty());
        QCOMPARE(r.value().rows, 0);
    } else {
        QVERIFY2(!r.value().errors.isEmpty(), "a bad file was accepted");
        const CsvImport::Issue &first = r.value().errors.first();
        QVERIFY2(first.line == line
                         || first.message.startsWith(QStringLiteral("line %1:").arg(line)),
                 qPrintable(QStringLiteral("line %1, column %2: %3")
                                    .arg(first.line)
                                    .arg(first.column, first.message)));
        QVERIFY(!first.message.isEmpty());
        QVERIFY(!r.value().written);
    }
    QCOMPARE(contentHash(), before);
}

void TestCsvImport::unknownClientNeedsCreateClients()
{
    const QString path = m_dir.filePath(QStringLiteral("new-client.csv"));
    QVERIFY(writeFile(path,
                      "client_code,client_name,number,issue_date,due_date,amount,currency\n"
                      "C1,Client 1,N-1,2026-01-01,2026-01-31,5.00,USD\n"
                      "NEW9,Newcomer Ltd,N-2,2026-01-01,2026-01-31,7.00,USD\n"));
    const QByteArray before = contentHash();
    auto r = importFile(path, {});
    QVERIFY(r);
    QCOMPARE(r.value().errors.size(), 1);
    QCOMPARE(r.value().errors.first().line, 3);
    QCOMPARE(r.value().errors.first().column, QStringLiteral("client_code"));
    QVERIFY(r.value().errors.first().message.contains(QStringLiteral("NEW9")));
    QCOMPARE(contentHash(), before);

    CsvImport::Options o;
    o.createClients = true;
    r = importFile(path, o);
    QVERIFY(r && r.value().errors.isEmpty());
    QCOMPARE(r.value().created.value(QStringLiteral("clients")), 1);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT name FROM clients WHERE code = "
                                   "'NEW9'"))
                     .toString(),
             QStringLiteral("Newcomer Ltd"));
}

void TestCsvImport::lineItemsAreOneInvoiceAndPaidDateCreatesPayment()
{
    auto r = importFile(data(QStringLiteral("good-line-items.csv")), {});
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : qPrintable(r.errorString()));
    QCOMPARE(r.value().rows, 4);
    QCOMPARE(r.value().created.value(QStringLiteral("invoices")), 2);
    QCOMPARE(r.value().created.value(QStringLiteral("payments")), 1);
    QSqlDatabase conn = m_db->connection();
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT amount_minor FROM invoices WHERE number = "
                                   "'INV-1'"))
                     .toLongLong(),
             123450);
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT status || '/' || balance_minor || '/' || "
                                   "settled_date FROM invoices WHERE number = 'INV-2'"))
                     .toString(),
             QStringLiteral("paid/0/2026-02-01"));
    // The client list's summary moved in the same transaction.
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT s.balance_minor FROM client_summary s JOIN "
                                   "clients c ON c.id = s.client_id WHERE c.code = 'C1'"))
                     .toLongLong(),
             123450);
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                   "'import'"))
                     .toInt(),
             1);
}

void TestCsvImport::reimportChangesNothing()
{
    auto r = importFile(data(QStringLiteral("good-line-items.csv")), {});
    QVERIFY(r && r.value().errors.isEmpty());
    const QByteArray after = contentHash();
    r = importFile(data(QStringLiteral("good-line-items.csv")), {});
    QVERIFY(r && r.value().errors.isEmpty());
    QVERIFY(r.value().created.isEmpty());
    QVERIFY(r.value().updated.isEmpty());
    QCOMPARE(r.value().unchanged, 2);
    QCOMPARE(contentHash(), after);
}

void TestCsvImport::reimportedInvoiceFollowsTheStatusRule()
{
    const QString path = m_dir.filePath(QStringLiteral("terms.csv"));
    auto importRows = [&](const QByteArray &rows) {
        QVERIFY(writeFile(path,
                          "client_code,number,issue_date,due_date,amount,currency,paid_date,"
                          "disputed\n"
                                  + rows));
        auto r = importFile(path, {});
        QVERIFY2(r && r.value().errors.isEmpty(),
                 r ? qPrintable(r.value().errors.value(0).message) : qPrintable(r.errorString()));
    };
    QSqlDatabase conn = m_db->connection();
    auto invoice = [&](const char *number) {
        return scalar(conn,
                      QStringLiteral("SELECT status || '/' || balance_minor || '/' || "
                                     "COALESCE(settled_date, '-') FROM invoices WHERE number = ?"),
                      {QString::fromLatin1(number)})
                .toString();
    };
    auto idOf = [&](const char *number) {
        return scalar(conn, QStringLiteral("SELECT id FROM invoices WHERE number = ?"),
                      {QString::fromLatin1(number)})
                .toLongLong();
    };
    importRows("C1,T-1,2026-01-01,2026-01-31,100.00,USD,,no\n"
               "C1,T-2,2026-01-01,2026-01-31,100.00,USD,,no\n");
    QCOMPARE(invoice("T-1"), QStringLiteral("open/10000/-"));

    // The file disputes T-1 now: a dispute outranks what is open.
    importRows("C1,T-1,2026-01-01,2026-01-31,100.00,USD,,yes\n");
    QCOMPARE(invoice("T-1"), QStringLiteral("disputed/10000/-"));
    LedgerService ledger(m_db, 0);
    VERIFY_OK(ledger.creditNote(idOf("T-1"), Money::fromMinor(4000, u"USD"), QDate(2026, 2, 1),
                                QStringLiteral("CN-1"), QStringLiteral("damaged goods")));
    QCOMPARE(invoice("T-1"), QStringLiteral("disputed/6000/-"));
    // No longer disputed: partly paid (credited), not open.
    importRows("C1,T-1,2026-01-01,2026-02-28,100.00,USD,,no\n");
    QCOMPARE(invoice("T-1"), QStringLiteral("partially_paid/6000/-"));

    // A written-off invoice stays written off when the file moves its due date.
    VERIFY_OK(ledger.writeOff(idOf("T-2"), QDate(2026, 2, 10), QStringLiteral("uncollectable")));
    importRows("C1,T-2,2026-01-01,2026-02-15,100.00,USD,,no\n");
    QCOMPARE(invoice("T-2"), QStringLiteral("written_off/0/2026-02-10"));

    // A paid date pays what is open, disputed or not, on that date.
    importRows("C1,T-1,2026-01-01,2026-02-28,100.00,USD,2026-03-05,yes\n");
    QCOMPARE(invoice("T-1"), QStringLiteral("paid/0/2026-03-05"));
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT count(*) || '/' || sum(amount_minor) FROM payments"))
                     .toString(),
             QStringLiteral("1/6000"));
}

void TestCsvImport::dryRunWritesNothing()
{
    const QByteArray before = contentHash();
    CsvImport::Options o;
    o.dryRun = true;
    auto r = importFile(data(QStringLiteral("good-line-items.csv")), o);
    QVERIFY(r && r.value().errors.isEmpty());
    QCOMPARE(r.value().created.value(QStringLiteral("invoices")), 2); // what would happen
    QVERIFY(!r.value().written);
    QCOMPARE(contentHash(), before);
}

void TestCsvImport::cancelWritesNothing()
{
    QByteArray csv = "client_code,number,issue_date,due_date,amount,currency\n";
    for (int i = 0; i < 50000; ++i)
        csv += "C1,X-" + QByteArray::number(i) + ",2026-01-01,2026-01-31,1.00,USD\n";
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const QByteArray before = contentHash();
    CsvImport importer(m_db, 0);
    auto r = importer.run(&buffer, {}, [&](qint64, int rows) {
        if (rows >= 20000)
            importer.cancel();
    });
    QVERIFY(r);
    QVERIFY(r.value().cancelled);
    QVERIFY(!r.value().written);
    QCOMPARE(contentHash(), before);
}

void TestCsvImport::errorsAcrossManyRowsKeepFileOrder()
{
    // Rows are read and checked on a second thread in batches while earlier ones are written:
    // errors still come in file order with their lines, a value error and a database error
    // (duplicate number) in different batches are both named, and a broken byte far down the
    // file stops the import with its line and nothing written.
    QByteArray csv = "client_code,number,issue_date,due_date,amount,currency\n";
    for (int i = 0; i < 6000; ++i) {
        QByteArray amount = "1.00";
        if (i == 10)
            amount = "1.005"; // line 12: more decimals than USD has
        QByteArray number = "Y-" + QByteArray::number(i);
        if (i == 4000)
            number = "Y-5"; // line 4002: the number of line 7, other values
        csv += "C1," + number + ",2026-01-01,2026-01-31," + (i == 4000 ? "2.00" : amount)
                + ",USD\n";
    }
    const QByteArray before = contentHash();
    {
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto r = CsvImport(m_db, 0).run(&buffer, {});
        QVERIFY(r);
        QCOMPARE(r.value().rows, 6000);
        QCOMPARE(r.value().errors.size(), 2);
        QCOMPARE(r.value().errors[0].line, 12);
        QCOMPARE(r.value().errors[0].column, QStringLiteral("amount"));
        QCOMPARE(r.value().errors[1].line, 4002);
        QVERIFY2(r.value().errors[1].message.contains(QStringLiteral("line 7")),
                 qPrintable(r.value().errors[1].message));
        QVERIFY(!r.value().written);
        QCOMPARE(contentHash(), before);
    }
    QByteArray broken = csv;
    broken.replace("Y-5,2026-01-01,2026-01-31,2.00", "Z-1,2026-01-01,2026-01-31,1.00");
    broken.replace("1.005", "1.00");
    const qsizetype line5000 = broken.indexOf("Y-4998,");
    QVERIFY(line5000 > 0);
    broken[line5000 + 1] = char(0xff); // not UTF-8, on line 5000
    QBuffer buffer(&broken);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto r = CsvImport(m_db, 0).run(&buffer, {});
    QVERIFY(r);
    QCOMPARE(r.value().errors.size(), 1);
    QVERIFY2(r.value().errors[0].message.contains(QStringLiteral("5000")),
             qPrintable(r.value().errors[0].message));
    QVERIFY(!r.value().written);
    QCOMPARE(contentHash(), before);
}

void TestCsvImport::semicolonCommaDecimalAndDayFirstDates()
{
    CsvImport::Options o;
    o.decimalSeparator = u',';
    o.dateFormat = QStringLiteral("dd/MM/yyyy");
    auto r = importFile(data(QStringLiteral("good-semicolon-comma-decimal.csv")), o);
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QSqlDatabase conn = m_db->connection();
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT amount_minor || ' ' || currency || ' ' || "
                                   "issue_date FROM invoices WHERE number = 'INV-7'"))
                     .toString(),
             QStringLiteral("123450 EUR 2026-01-05"));
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT amount_minor FROM invoices WHERE number = "
                                   "'INV-8'"))
                     .toLongLong(),
             700);
    // The same file read with '.' as the decimal separator is refused, not guessed.
    init();
    const QByteArray before = contentHash();
    o.decimalSeparator = u'.';
    r = importFile(data(QStringLiteral("good-semicolon-comma-decimal.csv")), o);
    QVERIFY(r && !r.value().errors.isEmpty());
    QCOMPARE(r.value().errors.first().line, 2);
    QCOMPARE(contentHash(), before);
}

void TestCsvImport::formulaTextKeptVerbatim()
{
    auto r = importFile(data(QStringLiteral("good-formula-text.csv")), {});
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT po_number FROM invoices WHERE "
                                   "number = 'INV-F'"))
                     .toString(),
             QStringLiteral("=SUM(A1)"));
}

void TestCsvImport::explicitMappingAndAliases()
{
    CsvImport::Options o;
    o.mapping.insert(QStringLiteral("Due"), QStringLiteral("due_date"));
    o.mapping.insert(QStringLiteral("Customer ID"), QStringLiteral("client_code"));
    o.mapping.insert(QStringLiteral("Invoice No"), QStringLiteral("number"));
    o.mapping.insert(QStringLiteral("Invoice Date"), QStringLiteral("issue_date"));
    o.mapping.insert(QStringLiteral("Total"), QStringLiteral("amount"));
    o.dateFormat = QStringLiteral("M/d/yyyy");
    o.defaultCurrency = QStringLiteral("USD");
    auto r = importFile(data(QStringLiteral("good-custom-headers.csv")), o);
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT due_date FROM invoices WHERE "
                                   "number = 'A-1'"))
                     .toString(),
             QStringLiteral("2026-02-04"));
    // A mapping to a field that does not exist is named.
    o.mapping.insert(QStringLiteral("Total"), QStringLiteral("amout"));
    r = importFile(data(QStringLiteral("good-custom-headers.csv")), o);
    QVERIFY(r && !r.value().errors.isEmpty());
    QVERIFY(r.value().errors.first().message.contains(QStringLiteral("amout")));
}

void TestCsvImport::bomAndCrlf()
{
    auto r = importFile(data(QStringLiteral("good-bom-crlf.csv")), {});
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QCOMPARE(r.value().created.value(QStringLiteral("invoices")), 2);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM invoices WHERE "
                                   "number LIKE '%\r%'"))
                     .toInt(),
             0);
}

void TestCsvImport::clientsCreateUpdateUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("clients.csv"));
    QVERIFY(writeFile(path,
                      "client_code,client_name,currency,payment_terms_days,credit_limit,country\n"
                      "K1,Kestrel Labs,USD,45,\"25,000.00\",US\n"
                      "K2,Kite Foods,EUR,30,1000,DE\n"));
    CsvImport::Options o;
    o.kind = CsvImport::Kind::Clients;
    auto r = importFile(path, o);
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QCOMPARE(r.value().created.value(QStringLiteral("clients")), 2);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT credit_limit_minor FROM clients "
                                   "WHERE code = 'K1'"))
                     .toLongLong(),
             2500000);
    r = importFile(path, o);
    QCOMPARE(r.value().unchanged, 2);
    QVERIFY(writeFile(path,
                      "client_code,client_name,currency,payment_terms_days,credit_limit,country\n"
                      "K1,Kestrel Laboratories,USD,45,\"25,000.00\",US\n"
                      "K2,Kite Foods,EUR,30,1000,XX1\n"));
    const QByteArray before = contentHash();
    r = importFile(path, o);
    QVERIFY(r && !r.value().errors.isEmpty()); // XX1 is not a country code: nothing written
    QCOMPARE(r.value().errors.first().line, 3);
    QCOMPARE(contentHash(), before);
    QVERIFY(writeFile(path, "client_code,client_name,currency\nK1,Kestrel Laboratories,USD\n"));
    r = importFile(path, o);
    QCOMPARE(r.value().updated.value(QStringLiteral("clients")), 1);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT name || ' ' || payment_terms_days "
                                   "FROM clients WHERE code = 'K1'"))
                     .toString(),
             QStringLiteral("Kestrel Laboratories 45"));
}

void TestCsvImport::paymentsAllocateOldestFirst()
{
    const QString invoices = m_dir.filePath(QStringLiteral("inv.csv"));
    QVERIFY(writeFile(invoices,
                      "client_code,number,issue_date,due_date,amount,currency\n"
                      "C1,P-1,2026-01-01,2026-01-31,100.00,USD\n"
                      "C1,P-2,2026-02-01,2026-03-03,200.00,USD\n"
                      "C1,P-3,2026-03-01,2026-03-31,300.00,USD\n"));
    auto r = importFile(invoices, {});
    QVERIFY(r && r.value().errors.isEmpty());
    const QString payments = m_dir.filePath(QStringLiteral("pay.csv"));
    QVERIFY(writeFile(payments,
                      "client_code,payment_date,amount,method,reference,invoice_number\n"
                      "C1,2026-03-10,150.00,check,CHK 1001,\n"
                      "C1,2026-03-20,250.00,wire,WIRE 77,P-3\n"));
    CsvImport::Options o;
    o.kind = CsvImport::Kind::Payments;
    r = importFile(payments, o);
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QCOMPARE(r.value().created.value(QStringLiteral("payments")), 2);
    QSqlDatabase conn = m_db->connection();
    auto balance = [&](const char *number) {
        return scalar(conn,
                      QStringLiteral("SELECT balance_minor || ' ' || status FROM invoices "
                                     "WHERE number = ?"),
                      {QString::fromLatin1(number)})
                .toString();
    };
    // 150 oldest first: P-1 paid, 50 on P-2; 250 to the named P-3 first.
    QCOMPARE(balance("P-1"), QStringLiteral("0 paid"));
    QCOMPARE(balance("P-2"), QStringLiteral("15000 partially_paid"));
    QCOMPARE(balance("P-3"), QStringLiteral("5000 partially_paid"));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT method FROM payments WHERE reference = 'WIRE 77'"))
                     .toString(),
             QStringLiteral("ach_wire"));
    const QByteArray after = contentHash();
    r = importFile(payments, o);
    QCOMPARE(r.value().unchanged, 2);
    QCOMPARE(contentHash(), after);

    // The same payment twice in one file, an unknown invoice, a bad method: nothing written.
    QVERIFY(writeFile(payments,
                      "client_code,payment_date,amount,method,reference,invoice_number\n"
                      "C1,2026-04-01,10.00,check,CHK 2,\n"
                      "C1,2026-04-01,10.00,check,CHK 2,\n"
                      "C1,2026-04-02,10.00,check,CHK 3,NOPE\n"
                      "C1,2026-04-03,10.00,barter,X,\n"));
    r = importFile(payments, o);
    QVERIFY(r);
    QCOMPARE(r.value().errors.size(), 3);
    QCOMPARE(r.value().errors[0].line, 3);
    QVERIFY(r.value().errors[0].message.contains(QStringLiteral("line 2")));
    QCOMPARE(r.value().errors[1].column, QStringLiteral("invoice_number"));
    QCOMPARE(r.value().errors[2].column, QStringLiteral("method"));
    QCOMPARE(contentHash(), after);
}

void TestCsvImport::summaryJsonShape()
{
    CsvImport::Summary s;
    s.rows = 3;
    s.created.insert(QStringLiteral("invoices"), 2);
    s.unchanged = 1;
    s.errors.append({7, QStringLiteral("amount"), QStringLiteral("bad \"x\"")});
    QCOMPARE(s.toJson(),
             QByteArray("{\"rows\":3,\"created\":{\"invoices\":2},\"updated\":{},"
                        "\"unchanged\":1,\"errors\":[{\"column\":\"amount\",\"line\":7,"
                        "\"message\":\"bad \\\"x\\\"\"}]}"));
}

void TestCsvImport::ibmDataSetImportsAndAges()
{
    const QString path
            = QStringLiteral(ARDESK_SOURCE_DIR "/../shared/data/ibm-late-payment-histories.csv");
    if (!QFile::exists(path))
        QSKIP("../shared/data/ibm-late-payment-histories.csv is not here (a user's own clone)");
    auto preset = CsvImport::presetOptions(QStringLiteral("ibm-late-payments"));
    QVERIFY(preset);
    auto r = importFile(path, preset.value());
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : "");
    QCOMPARE(r.value().rows, 2466);
    QCOMPARE(r.value().created.value(QStringLiteral("clients")), 100);
    QCOMPARE(r.value().created.value(QStringLiteral("invoices")), 2466);
    QCOMPARE(r.value().created.value(QStringLiteral("payments")), 2466);

    // Independent replay straight from the file: open on D = issued on or before D and settled
    // after D; amounts in cents parsed as text.
    struct Row
    {
        QDate issue, due, settled;
        qint64 cents;
    };
    QList<Row> rows;
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> c = f.readLine().trimmed().split(',');
        QCOMPARE(c.size(), 12);
        auto date = [](const QByteArray &t) {
            return QDate::fromString(QString::fromLatin1(t), QStringLiteral("M/d/yyyy"));
        };
        const QList<QByteArray> money = c[6].split('.');
        qint64 cents = money[0].toLongLong() * 100;
        if (money.size() > 1)
            cents += money[1].leftJustified(2, '0').toLongLong();
        rows.append({date(c[4]), date(c[5]), date(c[8]), cents});
    }
    QCOMPARE(rows.size(), 2466);
    for (const QDate asOf : {QDate(2012, 3, 31), QDate(2012, 12, 31), QDate(2013, 3, 15),
                             QDate(2013, 6, 30), QDate(2013, 12, 31), QDate(2014, 6, 30)}) {
        AgingReport::Buckets expected;
        int open = 0;
        for (const Row &row : std::as_const(rows)) {
            if (row.issue <= asOf && row.settled > asOf) {
                ++open;
                expected.add(int(row.due.daysTo(asOf)), row.cents);
            }
        }
        auto aging = AgingReport::compute(m_db->connection(), asOf);
        QVERIFY(aging);
        if (open == 0) {
            QVERIFY(aging.value().currencies.isEmpty());
            continue;
        }
        QCOMPARE(aging.value().currencies.size(), 1);
        const auto &got = aging.value().currencies.first();
        QCOMPARE(got.openInvoices, open);
        QCOMPARE(got.buckets.notDue, expected.notDue);
        QCOMPARE(got.buckets.d1to30, expected.d1to30);
        QCOMPARE(got.buckets.d31to60, expected.d31to60);
        QCOMPARE(got.buckets.d61to90, expected.d61to90);
        QCOMPARE(got.buckets.d90plus, expected.d90plus);
    }
    const QByteArray after = contentHash();
    r = importFile(path, preset.value());
    QCOMPARE(r.value().unchanged, 2466);
    QCOMPARE(contentHash(), after);
}

QString TestCsvImport::storedPhones(const QString &name)
{
    return scalar(m_db->connection(),
                  QStringLiteral("SELECT group_concat(label || '|' || raw || '|' || e164 || '|' || "
                                 "extension, ';') FROM (SELECT p.* FROM contact_phones p JOIN "
                                 "contacts c ON c.id = p.contact_id WHERE c.name = ? ORDER BY "
                                 "p.position)"),
                  {name})
            .toString();
}

Result<CsvImport::Summary> TestCsvImport::importGoodContacts()
{
    exec(m_db->connection(), QStringLiteral("UPDATE clients SET country = 'GB' WHERE code = 'C2'"));
    exec(m_db->connection(), QStringLiteral("UPDATE clients SET country = 'DE' WHERE code = 'C3'"));
    CsvImport::Options o;
    o.kind = CsvImport::Kind::Contacts;
    return importFile(data(QStringLiteral("good-contacts.csv")), o);
}

void TestCsvImport::contactsImportParsesPhones()
{
    auto r = importGoodContacts();
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : qPrintable(r.errorString()));
    QVERIFY(r.value().written);
    QCOMPARE(r.value().rows, 4);
    QCOMPARE(r.value().created.value(QStringLiteral("contacts")), 4);
    QCOMPARE(r.value().created.size(), 1);
    QSqlDatabase conn = m_db->connection();
    // Each number read in its client's country (none: US); E.164 stored, what was typed kept.
    QCOMPARE(storedPhones(QStringLiteral("Jane O'Brien")),
             QStringLiteral("office|(212) 734-1234 x204|+12127341234|204;"
                            "mobile|917 555 0199|+19175550199|"));
    // 07700 900123 is not a valid GB number: kept as typed, without E.164 (never dialled).
    QCOMPARE(storedPhones(QStringLiteral("Oliver Smith")),
             QStringLiteral("office|020 7946 0123|+442079460123|;mobile|07700 900123||"));
    QCOMPARE(storedPhones(QString::fromUtf8("Anna Müller")),
             QStringLiteral("direct|030 12345678|+493012345678|;"
                            "mobile|+1 416 555 0100|+14165550100|"));
    QCOMPARE(storedPhones(QStringLiteral("Reception")), QStringLiteral("office|call reception||"));
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT c.code || ' ' || t.role || ' ' || t.email || ' ' || "
                                   "t.preferred_channel || ' ' || t.is_billing || t.do_not_contact "
                                   "FROM contacts t JOIN clients c ON c.id = t.client_id WHERE "
                                   "t.name = 'Jane O''Brien'"))
                     .toString(),
             QStringLiteral("C1 Accounts Payable jane.obrien@acme.example email 10"));
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT preferred_channel || ' ' || is_billing || "
                                   "do_not_contact FROM contacts WHERE name = 'Reception'"))
                     .toString(),
             QStringLiteral("letter 01"));
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT preferred_channel || ' ' || is_billing FROM contacts "
                                   "WHERE email = 'anna.mueller@kunde.example'"))
                     .toString(),
             QStringLiteral("any 1"));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT action FROM audit_log WHERE entity = 'import'"))
                     .toString(),
             QStringLiteral("contacts"));
}

void TestCsvImport::contactsReimportUnchangedThenUpdated()
{
    auto r = importGoodContacts();
    QVERIFY(r && r.value().errors.isEmpty());
    const QByteArray after = contentHash();
    CsvImport::Options o;
    o.kind = CsvImport::Kind::Contacts;
    r = importFile(data(QStringLiteral("good-contacts.csv")), o);
    QVERIFY(r && r.value().errors.isEmpty());
    QCOMPARE(r.value().unchanged, 4);
    QVERIFY(r.value().created.isEmpty() && r.value().updated.isEmpty());
    QVERIFY(!r.value().written);
    QCOMPARE(contentHash(), after);

    // The same contact (client and name, whatever the case) with a new e-mail address and
    // new numbers is updated in place; the phones are replaced, not added.
    QSqlDatabase conn = m_db->connection();
    const qint64 id = scalar(conn,
                             QStringLiteral("SELECT id FROM contacts WHERE name = "
                                            "'Jane O''Brien'"))
                              .toLongLong();
    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    QVERIFY(writeFile(path,
                      "client_code,contact_name,email,phone,mobile\n"
                      "c1,JANE O'BRIEN,jane@acme.example,+1 212 734 1299 ext. 7,\n"
                      "C2,Oliver Smith,oliver.smith@kite.example,020 7946 0123,07700 900123\n"));
    r = importFile(path, o);
    QVERIFY2(r && r.value().errors.isEmpty(),
             r ? qPrintable(r.value().errors.value(0).message) : qPrintable(r.errorString()));
    QCOMPARE(r.value().updated.value(QStringLiteral("contacts")), 1);
    QCOMPARE(r.value().unchanged, 1);
    QVERIFY(r.value().created.isEmpty());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 4);
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT name || ' ' || email || ' ' || role || ' ' || "
                                   "preferred_channel || ' ' || version FROM contacts WHERE "
                                   "id = ?"),
                    {id})
                     .toString(),
             QStringLiteral("JANE O'BRIEN jane@acme.example Accounts Payable email 2"));
    QCOMPARE(storedPhones(QStringLiteral("JANE O'BRIEN")),
             QStringLiteral("office|+1 212 734 1299 ext. 7|+12127341299|7"));
}

void TestCsvImport::contactsBadEmailWritesNothing()
{
    auto r = importGoodContacts();
    QVERIFY(r && r.value().errors.isEmpty());
    const QByteArray before = contentHash();
    CsvImport::Options o;
    o.kind = CsvImport::Kind::Contacts;
    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    // A good new contact, a changed one, then a bad address: nothing at all is written.
    QVERIFY(writeFile(path,
                      "client_code,contact_name,email\n"
                      "C4,Gus Hale,gus@hale.example\n"
                      "C1,Jane O'Brien,jane@acme.example\n"
                      "C1,Bob Stone,bob@@acme.example\n"
                      "C1,Cy Ng,cy\x01"
                      "@acme.example\n"));
    r = importFile(path, o);
    QVERIFY(r);
    QCOMPARE(r.value().errors.size(), 2);
    QCOMPARE(r.value().errors[0].line, 4);
    QCOMPARE(r.value().errors[0].column, QStringLiteral("email"));
    QVERIFY2(r.value().errors[0].message.contains(QStringLiteral("bob@@acme.example")),
             qPrintable(r.value().errors[0].message));
    QCOMPARE(r.value().errors[1].line, 5);
    QCOMPARE(r.value().errors[1].column, QStringLiteral("email"));
    QVERIFY2(r.value().errors[1].message.contains(QStringLiteral("control character")),
             qPrintable(r.value().errors[1].message));
    QVERIFY(!r.value().written);
    QVERIFY(r.value().created.isEmpty() && r.value().updated.isEmpty());
    QCOMPARE(contentHash(), before);
}

void TestCsvImport::contactsBadRowsNameLineAndColumn()
{
    const QByteArray before = contentHash();
    CsvImport::Options o;
    o.kind = CsvImport::Kind::Contacts;
    auto r = importFile(data(QStringLiteral("bad-contacts.csv")), o);
    QVERIFY(r);
    const QList<CsvImport::Issue> &e = r.value().errors;
    QStringList got;
    for (const CsvImport::Issue &i : e)
        got << QStringLiteral("%1 %2").arg(i.line).arg(i.column);
    QCOMPARE(got,
             QStringList({QStringLiteral("3 email"), QStringLiteral("4 contact_name"),
                          QStringLiteral("5 preferred_channel"), QStringLiteral("6 billing"),
                          QStringLiteral("7 client_code"), QStringLiteral("8 contact_name")}));
    QVERIFY(e[4].message.contains(QStringLiteral("NOPE")));
    // The same contact twice (names compared without case): both lines are named.
    QVERIFY2(e[5].message.contains(QStringLiteral("line 2")), qPrintable(e[5].message));
    QCOMPARE(e[5].line, 8);
    QVERIFY(!r.value().written);
    QCOMPARE(contentHash(), before);

    // No contact_name column at all: named before any row is read.
    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    QVERIFY(writeFile(path, "client_code,email\nC1,x@acme.example\n"));
    r = importFile(path, o);
    QVERIFY(r && !r.value().errors.isEmpty());
    QCOMPARE(r.value().errors.first().line, 1);
    QVERIFY(r.value().errors.first().message.contains(QStringLiteral("contact_name")));
    QCOMPARE(contentHash(), before);
}

// A big file is a bulk load: secondary indexes are dropped for the load and rebuilt in the same
// transaction. Afterwards (and after a bulk load that failed on its last line) the schema has
// every index it had, and the planner uses them.
void TestCsvImport::bulkLoadKeepsEveryIndex()
{
    auto indexes = [this] {
        QStringList names;
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' "
                              "AND sql IS NOT NULL ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    };
    const QStringList before = indexes();
    QVERIFY(before.join(u' ').contains(QStringLiteral("invoices_open_due")));
    const QByteArray csv = bulkInvoiceCsv(QStringLiteral("C"), QStringLiteral("USD"), 30000);
    QVERIFY(csv.size() > 20000 * 64); // big enough to be a bulk load
    const QString bad = m_dir.filePath(QStringLiteral("bulk-bad.csv"));
    QVERIFY(writeFile(bad, csv + "C1,BULK-X,2026-02-30,2026-03-01,1.00,USD,\n"));
    const QByteArray hash = contentHash();
    auto failed = importFile(bad, CsvImport::Options {});
    VERIFY_OK(failed);
    QCOMPARE(failed.value().errors.size(), 1);
    QCOMPARE(failed.value().errors.first().line, qint64(30002));
    QCOMPARE(indexes(), before);
    QCOMPARE(contentHash(), hash);

    const QString good = m_dir.filePath(QStringLiteral("bulk.csv"));
    QVERIFY(writeFile(good, csv));
    auto ok = importFile(good, CsvImport::Options {});
    VERIFY_OK(ok);
    QVERIFY(ok.value().errors.isEmpty());
    QCOMPARE(ok.value().created.value(QStringLiteral("invoices")), 30000);
    QCOMPARE(ok.value().created.value(QStringLiteral("payments")), 10000);
    QCOMPARE(indexes(), before);
    // The rebuilt open-items index answers the client list's question without a table scan.
    QSqlQuery plan(m_db->connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT sum(balance_minor) FROM invoices "
                                     "WHERE balance_minor > 0 AND due_date < '2026-02-10'")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString();
    QVERIFY2(detail.contains(QStringLiteral("invoices_open_due")), qPrintable(detail));
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM invoices WHERE balance_minor > 0"))
                     .toInt(),
             20000);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
