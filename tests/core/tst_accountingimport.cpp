// SPDX-License-Identifier: MIT
// Real accounting exports (Xero, QuickBooks Online, Sage) name customers, not codes, and carry
// amount paid/due and a status: they import with the right balances, skip void and draft
// invoices, assign clerks, land once, and unassigned clients reach a manager's Today.
#include "core/import/csvimport.h"
#include "core/services/clientservice.h"
#include "core/storage/companysettings.h"
#include "core/storage/sql.h"
#include "core/storage/todayqueue.h"
#include "core/storage/userrepository.h"
#include "core/support/clock.h"

#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// The day the imports run (the company's clock).
const QDate kToday(2026, 3, 16);

/// A Xero "Export invoices" file: one row per line item, `*`-marked mandatory columns, paid,
/// partly paid, open, void, deleted, draft and submitted invoices.
const QByteArray kXero
        = "*ContactName,EmailAddress,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,Total,"
          "TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,Description,Quantity,UnitAmount,"
          "LineAmount,Currency,Type,Sent,Status\n"
          "Acme Ltd,ap@acme.example,INV-001,PO 77,05/01/2026,04/02/2026,100.00,0.00,0.00,100.00,"
          "Widgets,1,100.00,100.00,USD,Sales invoice,Sent,AUTHORISED\n"
          "Acme Ltd,ap@acme.example,INV-002,,10/01/2026,09/02/2026,250.00,0.00,250.00,0.00,"
          "Service,1,250.00,250.00,USD,Sales invoice,Sent,PAID\n"
          "Blue Co,,INV-003,,12/01/2026,11/02/2026,300.00,0.00,120.00,180.00,"
          "Boxes,2,100.00,200.00,USD,Sales invoice,Sent,Awaiting Payment\n"
          "Blue Co,,INV-003,,12/01/2026,11/02/2026,300.00,0.00,120.00,180.00,"
          "Lids,1,100.00,100.00,USD,Sales invoice,Sent,Awaiting Payment\n"
          "Blue Co,,INV-004,,13/01/2026,12/02/2026,80.00,0.00,0.00,80.00,"
          "Boxes,1,80.00,80.00,USD,Sales invoice,,VOIDED\n"
          "Café Ünïque & Co.,,INV-005,,14/01/2026,13/02/2026,40.00,0.00,0.00,40.00,"
          "Tea,1,40.00,40.00,USD,Sales invoice,,DRAFT\n"
          "Café Ünïque & Co.,,INV-006,,15/01/2026,14/02/2026,50.00,0.00,0.00,50.00,"
          "Tea,1,50.00,50.00,USD,Sales invoice,Sent,AUTHORISED\n"
          "Café Ünïque & Co.,,,,16/01/2026,15/02/2026,10.00,0.00,0.00,10.00,"
          "Cake,1,10.00,10.00,USD,Sales invoice,,SUBMITTED\n"
          "Client 2,,INV-007,,17/01/2026,16/02/2026,75.00,0.00,0.00,75.00,"
          "Parts,1,75.00,75.00,USD,Sales invoice,Sent,AUTHORISED\n"
          "Client 2,,INV-008,,18/01/2026,17/02/2026,60.00,0.00,0.00,60.00,"
          "Parts,1,60.00,60.00,USD,Sales invoice,,DELETED\n";

} // namespace

class TestAccountingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void xeroExportImportsWithTheRightBalances();
    void xeroReimportChangesNothing();
    void laterExportPaysDownToItsBalance();
    void amountDueOutOfRangeNamesLineAndValue();
    void unknownStatusNamesTheValue();
    void codeFromNameIsStableAndCollisionSafe();
    void twoClientsOfOneNameAreNamed();
    void clientsContactsAndPaymentsByName();
    void clerkAssignsClientsAndUnknownClerkIsRefused();
    void unassignedClientsShowInManagersToday();
    void quickBooksExportImports();
    void exportWithoutCurrencyIsInTheCompanysCurrency();
    void sageExportImports();
    void presetsMatchTheirHeaders();
    void dialogWordsInsteadOfOptions();

private:
    Result<CsvImport::Summary> import(const QByteArray &csv, CsvImport::Options o,
                                      const QString &name = QStringLiteral("export.csv"));
    Result<CsvImport::Summary> importPreset(const QByteArray &csv, const QString &preset);
    /// number → "balance status" of every invoice.
    QMap<QString, QString> invoices();
    /// "amount method date reference" of every payment, by id.
    QStringList payments();
    QString codeOfName(const QString &name);
    QByteArray contentHash();

    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_dana = 0, m_amelia = 0;
};

void TestAccountingImport::init()
{
    QVERIFY(m_dir.renew());
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = FixedClock::atNoon(kToday);
    auto db = Database::open(m_dir.filePath(QStringLiteral("acct.ardesk")), options);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    for (int i = 1; i <= 3; ++i) {
        Client c = makeClient(QStringLiteral("C%1").arg(i), QStringLiteral("Client %1").arg(i),
                              QStringLiteral("USD"));
        VERIFY_OK(ClientService(m_db, 0).createClient(c));
    }
    User dana;
    dana.name = QStringLiteral("dana.ortiz");
    dana.displayName = QStringLiteral("Dana Ortiz");
    dana.roles = UserRole::Clerk;
    auto d = UserRepository(*m_db).insert(dana);
    QVERIFY2(d, qPrintable(d.errorString()));
    m_dana = d.value();
    User amelia;
    amelia.name = QStringLiteral("amelia.clark");
    amelia.displayName = QStringLiteral("Amelia Clark");
    amelia.roles = UserRole::Manager;
    auto a = UserRepository(*m_db).insert(amelia);
    QVERIFY2(a, qPrintable(a.errorString()));
    m_amelia = a.value();
}

void TestAccountingImport::cleanup()
{
    if (m_db)
        m_db->releaseThreadConnection();
    m_db.reset();
}

Result<CsvImport::Summary> TestAccountingImport::import(const QByteArray &csv, CsvImport::Options o,
                                                        const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, csv))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write ") + path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, f.errorString());
    o.sourceName = name;
    return CsvImport(m_db, 0).run(&f, o);
}

Result<CsvImport::Summary> TestAccountingImport::importPreset(const QByteArray &csv,
                                                              const QString &preset)
{
    auto o = CsvImport::presetOptions(preset);
    if (!o)
        return o.error();
    return import(csv, o.value(), preset + QStringLiteral(".csv"));
}

QMap<QString, QString> TestAccountingImport::invoices()
{
    QMap<QString, QString> out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT number, balance_minor, status FROM invoices"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString() + u' ' + q.value(2).toString());
    return out;
}

QStringList TestAccountingImport::payments()
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT p.amount_minor, p.method, p.payment_date, p.reference, "
                          "i.number FROM payments p JOIN payment_allocations a ON a.payment_id = "
                          "p.id JOIN invoices i ON i.id = a.invoice_id ORDER BY p.id"));
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q.value(4).toString(), q.value(0).toString(), q.value(1).toString(),
                             q.value(2).toString(), q.value(3).toString());
    return out;
}

QString TestAccountingImport::codeOfName(const QString &name)
{
    return scalar(m_db->connection(),
                  QStringLiteral("SELECT group_concat(code) FROM clients WHERE "
                                 "name = '%1'")
                          .arg(name))
            .toString();
}

QByteArray TestAccountingImport::contentHash()
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

void TestAccountingImport::xeroExportImportsWithTheRightBalances()
{
    auto r = importPreset(kXero, QStringLiteral("xero"));
    QVERIFY2(r, qPrintable(r.errorString()));
    const CsvImport::Summary &s = r.value();
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.value(0).message));
    QVERIFY(s.written);
    QCOMPARE(s.rows, 10);
    // Acme, Blue and the café are new; "Client 2" is C2, matched by its name.
    QCOMPARE(s.created.value(QStringLiteral("clients")), 3);
    QCOMPARE(s.created.value(QStringLiteral("invoices")), 5);
    QCOMPARE(s.created.value(QStringLiteral("payments")), 2);
    QCOMPARE(s.skipped.value(QStringLiteral("void")), 2); // VOIDED, DELETED
    QCOMPARE(s.skipped.value(QStringLiteral("draft")), 2); // DRAFT, SUBMITTED
    QVERIFY2(s.skippedText().startsWith(QStringLiteral("2 void and 2 draft invoice")),
             qPrintable(s.skippedText()));
    QVERIFY(s.toJson().contains("\"skipped\":{\"draft\":2,\"void\":2}"));

    QCOMPARE(codeOfName(QStringLiteral("Acme Ltd")), QStringLiteral("ACME-LTD"));
    QCOMPARE(codeOfName(QStringLiteral("Blue Co")), QStringLiteral("BLUE-CO"));
    QCOMPARE(codeOfName(QStringLiteral("Café Ünïque & Co.")), QStringLiteral("CAFE-UNIQUE-CO"));
    QCOMPARE(codeOfName(QStringLiteral("Client 2")), QStringLiteral("C2"));

    const QMap<QString, QString> stored = invoices();
    QCOMPARE(stored.keys(),
             (QStringList {QStringLiteral("INV-001"), QStringLiteral("INV-002"),
                           QStringLiteral("INV-003"), QStringLiteral("INV-006"),
                           QStringLiteral("INV-007")}));
    QCOMPARE(stored.value(QStringLiteral("INV-001")), QStringLiteral("10000 open"));
    QCOMPARE(stored.value(QStringLiteral("INV-002")), QStringLiteral("0 paid"));
    QCOMPARE(stored.value(QStringLiteral("INV-003")), QStringLiteral("18000 partially_paid"));
    QCOMPARE(stored.value(QStringLiteral("INV-006")), QStringLiteral("5000 open"));
    QCOMPARE(stored.value(QStringLiteral("INV-007")), QStringLiteral("7500 open"));
    // The paid amounts, dated the import day, as method "other" naming the file.
    QCOMPARE(payments(),
             (QStringList {QStringLiteral("INV-002 25000 other 2026-03-16 import xero.csv"),
                           QStringLiteral("INV-003 12000 other 2026-03-16 import xero.csv")}));
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT settled_date FROM invoices WHERE number = 'INV-002'"))
                     .toString(),
             QStringLiteral("2026-03-16"));
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT po_number FROM invoices WHERE number = 'INV-001'"))
                     .toString(),
             QStringLiteral("PO 77"));
}

void TestAccountingImport::xeroReimportChangesNothing()
{
    auto first = importPreset(kXero, QStringLiteral("xero"));
    QVERIFY2(first && first.value().written, "first import");
    const QByteArray before = contentHash();
    auto again = importPreset(kXero, QStringLiteral("xero"));
    QVERIFY2(again, qPrintable(again.errorString()));
    QVERIFY2(again.value().errors.isEmpty(), qPrintable(again.value().errors.value(0).message));
    QVERIFY(again.value().created.isEmpty());
    QVERIFY(again.value().updated.isEmpty());
    QCOMPARE(again.value().unchanged, 5);
    QVERIFY(!again.value().written);
    QCOMPARE(contentHash(), before);
}

void TestAccountingImport::laterExportPaysDownToItsBalance()
{
    QVERIFY(importPreset(kXero, QStringLiteral("xero")).value().written);
    // A week later: INV-001 was paid, INV-003 is down to 80.00.
    const QByteArray later
            = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,"
              "InvoiceAmountDue,Currency,Status\n"
              "Acme Ltd,INV-001,05/01/2026,04/02/2026,100.00,100.00,0.00,USD,PAID\n"
              "Blue Co,INV-003,12/01/2026,11/02/2026,300.00,220.00,80.00,USD,AUTHORISED\n";
    auto r = importPreset(later, QStringLiteral("xero"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.value(0).message));
    QCOMPARE(r.value().created.value(QStringLiteral("payments")), 2);
    QCOMPARE(r.value().created.value(QStringLiteral("clients")), 0);
    QCOMPARE(invoices().value(QStringLiteral("INV-001")), QStringLiteral("0 paid"));
    QCOMPARE(invoices().value(QStringLiteral("INV-003")), QStringLiteral("8000 partially_paid"));
    QVERIFY(payments().contains(QStringLiteral("INV-003 10000 other 2026-03-16 import xero.csv")));
    QVERIFY(payments().contains(QStringLiteral("INV-001 10000 other 2026-03-16 import xero.csv")));
    // And again: nothing more.
    const QByteArray before = contentHash();
    auto again = importPreset(later, QStringLiteral("xero"));
    QVERIFY(again && again.value().created.isEmpty() && again.value().errors.isEmpty());
    QCOMPARE(contentHash(), before);
}

void TestAccountingImport::amountDueOutOfRangeNamesLineAndValue()
{
    const QByteArray before = contentHash();
    const QByteArray csv = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,"
                           "InvoiceAmountDue,InvoiceAmountPaid,Currency,Status\n"
                           "Acme Ltd,X-1,05/01/2026,04/02/2026,100.00,120.00,,USD,AUTHORISED\n"
                           "Acme Ltd,X-2,05/01/2026,04/02/2026,100.00,-5.00,,USD,AUTHORISED\n"
                           "Acme Ltd,X-3,05/01/2026,04/02/2026,100.00,,100.01,USD,AUTHORISED\n"
                           "Acme Ltd,X-4,05/01/2026,04/02/2026,100.00,40.00,,USD,AUTHORISED\n";
    auto r = importPreset(csv, QStringLiteral("xero"));
    QVERIFY2(r, qPrintable(r.errorString()));
    const QList<CsvImport::Issue> &e = r.value().errors;
    QCOMPARE(e.size(), 3);
    QCOMPARE(e[0].line, 2);
    QCOMPARE(e[0].column, QStringLiteral("InvoiceAmountDue"));
    QVERIFY2(e[0].message.contains(QStringLiteral("120.00")), qPrintable(e[0].message));
    QVERIFY2(e[0].message.contains(QStringLiteral("more than the invoice amount 100.00")),
             qPrintable(e[0].message));
    QCOMPARE(e[1].line, 3);
    QVERIFY2(e[1].message.contains(QStringLiteral("-5.00 is negative")), qPrintable(e[1].message));
    QCOMPARE(e[2].line, 4);
    QCOMPARE(e[2].column, QStringLiteral("InvoiceAmountPaid"));
    QVERIFY2(e[2].message.contains(QStringLiteral("100.01")), qPrintable(e[2].message));
    QVERIFY(!r.value().written);
    QCOMPARE(contentHash(), before);
}

void TestAccountingImport::unknownStatusNamesTheValue()
{
    const QByteArray csv = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,Currency,Status\n"
                           "Acme Ltd,X-1,05/01/2026,04/02/2026,100.00,USD,PENDING REVIEW\n";
    auto r = importPreset(csv, QStringLiteral("xero"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r.value().errors.size(), 1);
    QCOMPARE(r.value().errors[0].line, 2);
    QCOMPARE(r.value().errors[0].column, QStringLiteral("Status"));
    QVERIFY2(r.value().errors[0].message.contains(QStringLiteral("\"PENDING REVIEW\"")),
             qPrintable(r.value().errors[0].message));
    QCOMPARE(invoices().size(), 0);
}

void TestAccountingImport::codeFromNameIsStableAndCollisionSafe()
{
    QCOMPARE(CsvImport::codeFromName(QStringLiteral("  Acme Café & Co. ")),
             QStringLiteral("ACME-CAFE-CO"));
    QCOMPARE(CsvImport::codeFromName(QStringLiteral("O'Neil Brothers")),
             QStringLiteral("ONEIL-BROTHERS"));
    QCOMPARE(CsvImport::codeFromName(QStringLiteral("The Very Long Name Of A Company Inc")),
             QStringLiteral("THE-VERY-LONG-NAME-O"));
    const QString cyrillic = CsvImport::codeFromName(QStringLiteral("Ромашка"));
    QVERIFY2(cyrillic.startsWith(QStringLiteral("C-")) && cyrillic.size() == 10,
             qPrintable(cyrillic));
    QCOMPARE(CsvImport::codeFromName(QStringLiteral("Ромашка")), cyrillic);

    // ACME-LTD is taken by a client of another name: the new one gets a suffix, and a second
    // import finds it again by its name.
    Client other = makeClient(QStringLiteral("ACME-LTD"), QStringLiteral("Acme Holdings"),
                              QStringLiteral("USD"));
    VERIFY_OK(ClientService(m_db, 0).createClient(other));
    const QByteArray csv = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,Currency\n"
                           "Acme Ltd,X-1,05/01/2026,04/02/2026,100.00,USD\n";
    QVERIFY(importPreset(csv, QStringLiteral("xero")).value().written);
    const QString code = codeOfName(QStringLiteral("Acme Ltd"));
    QVERIFY2(code.startsWith(QStringLiteral("ACME-LTD-")) && code.size() == 15, qPrintable(code));
    const QByteArray more = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,Currency\n"
                            "acme ltd ,X-2,05/01/2026,04/02/2026,10.00,USD\n";
    auto r = importPreset(more, QStringLiteral("xero"));
    QVERIFY(r && r.value().written);
    QCOMPARE(r.value().created.value(QStringLiteral("clients")), 0);
    QCOMPARE(codeOfName(QStringLiteral("Acme Ltd")), code);
}

void TestAccountingImport::twoClientsOfOneNameAreNamed()
{
    for (const char *code : {"T1", "T2"}) {
        Client twin = makeClient(QString::fromLatin1(code), QStringLiteral("Twin Corp"),
                                 QStringLiteral("USD"));
        VERIFY_OK(ClientService(m_db, 0).createClient(twin));
    }
    const QByteArray csv = "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,Currency\n"
                           "Twin Corp,X-1,05/01/2026,04/02/2026,100.00,USD\n";
    auto r = importPreset(csv, QStringLiteral("xero"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r.value().errors.size(), 1);
    const CsvImport::Issue &e = r.value().errors.first();
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, QStringLiteral("ContactName"));
    QVERIFY2(e.message.contains(QStringLiteral("\"Twin Corp\" (T1, T2)")), qPrintable(e.message));
    QCOMPARE(invoices().size(), 0);
}

void TestAccountingImport::clientsContactsAndPaymentsByName()
{
    CsvImport::Options clients;
    clients.kind = CsvImport::Kind::Clients;
    clients.defaultCurrency = QStringLiteral("USD");
    const QByteArray clientCsv = "Name,Country\nNorth Wind,US\nClient 3,GB\n";
    auto c = import(clientCsv, clients, QStringLiteral("clients.csv"));
    QVERIFY2(c && c.value().errors.isEmpty(),
             qPrintable(c ? c.value().errors.value(0).message : c.errorString()));
    QCOMPARE(c.value().created.value(QStringLiteral("clients")), 1);
    QCOMPARE(c.value().updated.value(QStringLiteral("clients")), 1); // Client 3 = C3, now GB
    QCOMPARE(codeOfName(QStringLiteral("North Wind")), QStringLiteral("NORTH-WIND"));
    auto again = import(clientCsv, clients, QStringLiteral("clients.csv"));
    QVERIFY(again && again.value().created.isEmpty() && again.value().updated.isEmpty());

    CsvImport::Options contacts;
    contacts.kind = CsvImport::Kind::Contacts;
    auto k = import("Customer,Contact,Email\nNorth Wind,Ann Lee,ann@northwind.example\n", contacts,
                    QStringLiteral("contacts.csv"));
    QVERIFY2(k && k.value().errors.isEmpty(),
             qPrintable(k ? k.value().errors.value(0).message : k.errorString()));
    QCOMPARE(k.value().created.value(QStringLiteral("contacts")), 1);
    auto unknown = import("Customer,Contact\nSouth Wind,Bo\n", contacts,
                          QStringLiteral("contacts2.csv"));
    QCOMPARE(unknown.value().errors.size(), 1);
    QVERIFY2(unknown.value().errors[0].message.contains(QStringLiteral("\"South Wind\"")),
             qPrintable(unknown.value().errors[0].message));

    CsvImport::Options invoicesOptions;
    invoicesOptions.defaultCurrency = QStringLiteral("USD");
    QVERIFY(import("customer,number,issue_date,due_date,amount\n"
                   "North Wind,NW-1,2026-01-05,2026-02-04,100.00\n",
                   invoicesOptions, QStringLiteral("nw.csv"))
                    .value()
                    .written);
    CsvImport::Options paymentsOptions;
    paymentsOptions.kind = CsvImport::Kind::Payments;
    auto p = import("customer,payment_date,amount,reference\nNorth Wind,2026-03-01,40.00,chk 9\n",
                    paymentsOptions, QStringLiteral("payments.csv"));
    QVERIFY2(p && p.value().errors.isEmpty(),
             qPrintable(p ? p.value().errors.value(0).message : p.errorString()));
    QCOMPARE(p.value().created.value(QStringLiteral("payments")), 1);
    QCOMPARE(invoices().value(QStringLiteral("NW-1")), QStringLiteral("6000 partially_paid"));
}

void TestAccountingImport::clerkAssignsClientsAndUnknownClerkIsRefused()
{
    // C1 already has a clerk: an invoice naming another one leaves it.
    VERIFY_OK(sql::exec(m_db->connection(),
                        QStringLiteral("UPDATE clients SET assigned_user_id = ? WHERE code = 'C1'"),
                        {m_amelia}));
    CsvImport::Options o;
    o.defaultCurrency = QStringLiteral("USD");
    o.createClients = true;
    const QByteArray csv = "client_name,number,issue_date,due_date,amount,clerk\n"
                           "Client 1,K-1,2026-01-05,2026-02-04,10.00,Dana Ortiz\n"
                           "Client 2,K-2,2026-01-05,2026-02-04,10.00,dana.ortiz\n"
                           "Brand New,K-3,2026-01-05,2026-02-04,10.00,DANA ORTIZ\n"
                           "Client 3,K-4,2026-01-05,2026-02-04,10.00,\n";
    auto r = import(csv, o);
    QVERIFY2(r && r.value().errors.isEmpty(),
             qPrintable(r ? r.value().errors.value(0).message : r.errorString()));
    QCOMPARE(r.value().updated.value(QStringLiteral("clients")), 1); // C2
    auto clerkOf = [this](const QString &code) {
        return scalar(m_db->connection(),
                      QStringLiteral("SELECT COALESCE(assigned_user_id, 0) FROM clients WHERE "
                                     "code = '%1'")
                              .arg(code))
                .toLongLong();
    };
    QCOMPARE(clerkOf(QStringLiteral("C1")), m_amelia);
    QCOMPARE(clerkOf(QStringLiteral("C2")), m_dana);
    QCOMPARE(clerkOf(QStringLiteral("BRAND-NEW")), m_dana);
    QCOMPARE(clerkOf(QStringLiteral("C3")), 0);
    auto again = import(csv, o);
    QVERIFY(again && again.value().created.isEmpty() && again.value().updated.isEmpty());

    const QByteArray before = contentHash();
    auto bad = import("client_name,number,issue_date,due_date,amount,clerk\n"
                      "Client 3,K-5,2026-01-05,2026-02-04,10.00,Zed Nobody\n",
                      o, QStringLiteral("bad.csv"));
    QCOMPARE(bad.value().errors.size(), 1);
    QCOMPARE(bad.value().errors[0].line, 2);
    QCOMPARE(bad.value().errors[0].column, QStringLiteral("clerk"));
    QVERIFY2(bad.value().errors[0].message.contains(QStringLiteral("\"Zed Nobody\"")),
             qPrintable(bad.value().errors[0].message));
    QCOMPARE(contentHash(), before);

    CsvImport::Options clients;
    clients.kind = CsvImport::Kind::Clients;
    clients.defaultCurrency = QStringLiteral("USD");
    auto c = import("client_code,client_name,clerk\nC3,Client 3,amelia.clark\n", clients,
                    QStringLiteral("clients.csv"));
    QVERIFY2(c && c.value().errors.isEmpty(),
             qPrintable(c ? c.value().errors.value(0).message : c.errorString()));
    QCOMPARE(clerkOf(QStringLiteral("C3")), m_amelia);
}

void TestAccountingImport::unassignedClientsShowInManagersToday()
{
    QVERIFY(importPreset(kXero, QStringLiteral("xero")).value().written);
    auto reasonsOf = [this](qint64 userId) {
        QMap<QString, QString> out; // code → reason kinds
        auto rows = TodayQueue(*m_db).forUser(userId, kToday);
        if (!rows)
            qWarning("%s", qPrintable(rows.errorString()));
        for (const TodayQueue::Row &row : rows.value()) {
            QStringList kinds;
            for (const TodayQueue::Reason &reason : row.reasons)
                kinds << reason.kind + u':' + reason.text;
            out.insert(row.code, kinds.join(u';'));
        }
        return out;
    };
    const QMap<QString, QString> manager = reasonsOf(m_amelia);
    // The imported clients owe something and have no clerk; C1 and C3 owe nothing.
    for (const char *code : {"ACME-LTD", "BLUE-CO", "CAFE-UNIQUE-CO", "C2"})
        QVERIFY2(manager.value(QString::fromLatin1(code))
                         .contains(QStringLiteral("unassigned:No clerk assigned")),
                 code);
    QVERIFY(!manager.contains(QStringLiteral("C1")));
    QVERIFY(reasonsOf(m_dana).isEmpty()); // a clerk's Today has only the clerk's accounts
}

void TestAccountingImport::quickBooksExportImports()
{
    const QByteArray csv = "Date,No.,Customer,Due date,Balance,Total before sales tax,Total,"
                           "Status\n"
                           "01/05/2026,1001,Acme Ltd,02/04/2026,0.00,90.00,100.00,Paid\n"
                           "01/06/2026,1002,Acme Ltd,02/05/2026,150.00,180.00,200.00,"
                           "Overdue 39 days\n"
                           "01/07/2026,1003,Blue Co,02/06/2026,300.00,280.00,300.00,Open\n"
                           "01/08/2026,1004,Blue Co,02/07/2026,0.00,50.00,50.00,Voided\n"
                           "03/10/2026,1005,Blue Co,04/09/2026,60.00,60.00,60.00,Due in 24 days\n"
                           "01/09/2026,1006,Client 1,02/08/2026,20.00,45.00,45.00,Partially paid\n";
    auto o = CsvImport::presetOptions(QStringLiteral("quickbooks"));
    QVERIFY(o);
    CsvImport::Options options = o.value();
    options.defaultCurrency = QStringLiteral("USD");
    auto r = import(csv, options, QStringLiteral("qbo.csv"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.value(0).message));
    QCOMPARE(r.value().created.value(QStringLiteral("invoices")), 5);
    QCOMPARE(r.value().created.value(QStringLiteral("payments")), 3);
    QCOMPARE(r.value().skipped.value(QStringLiteral("void")), 1);
    const QMap<QString, QString> stored = invoices();
    QCOMPARE(stored.value(QStringLiteral("1001")), QStringLiteral("0 paid"));
    QCOMPARE(stored.value(QStringLiteral("1002")), QStringLiteral("15000 partially_paid"));
    QCOMPARE(stored.value(QStringLiteral("1003")), QStringLiteral("30000 open"));
    QCOMPARE(stored.value(QStringLiteral("1005")), QStringLiteral("6000 open"));
    QCOMPARE(stored.value(QStringLiteral("1006")), QStringLiteral("2000 partially_paid"));
    QVERIFY(!stored.contains(QStringLiteral("1004")));
    auto again = import(csv, options, QStringLiteral("qbo.csv"));
    QVERIFY(again && again.value().created.isEmpty() && again.value().updated.isEmpty());
}

// Issue 12: QuickBooks exports carry no currency column. A company file with a home currency
// takes the invoices in it (without one, the import asks for --currency, as before).
void TestAccountingImport::exportWithoutCurrencyIsInTheCompanysCurrency()
{
    const QByteArray csv = "Date,No.,Customer,Due date,Balance,Total,Status\n"
                           "01/06/2026,2001,North Ltd,02/05/2026,150.00,200.00,Open\n";
    auto refused = importPreset(csv, QStringLiteral("quickbooks"));
    QVERIFY(refused);
    QVERIFY(!refused.value().errors.isEmpty());
    VERIFY_OK(writeSetting(m_db->connection(), QStringLiteral("company.home_currency"),
                           QStringLiteral("CAD")));
    auto r = importPreset(csv, QStringLiteral("quickbooks"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.value(0).message));
    QCOMPARE(r.value().created.value(QStringLiteral("invoices")), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT i.currency, i.balance_minor, c.currency FROM invoices i "
                                  "JOIN clients c ON c.id = i.client_id WHERE i.number = '2001'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("CAD"));
    QCOMPARE(q.value(1).toLongLong(), 15000);
    QCOMPARE(q.value(2).toString(), QStringLiteral("CAD"));
}

void TestAccountingImport::sageExportImports()
{
    const QByteArray csv = "A/C,Customer Name,Invoice No,Date,Due Date,Net,VAT,Gross,Outstanding,"
                           "Status,Currency\n"
                           "ACME01,Acme Ltd,SI-1,05/01/2026,04/02/2026,100.00,20.00,120.00,0.00,"
                           "Paid,GBP\n"
                           "ACME01,Acme Ltd,SI-2,06/01/2026,05/02/2026,100.00,20.00,120.00,70.00,"
                           "Part Paid,GBP\n"
                           "BLUE01,Blue Co,SI-3,07/01/2026,06/02/2026,50.00,10.00,60.00,60.00,"
                           "Unpaid,GBP\n"
                           "BLUE01,Blue Co,SI-4,08/01/2026,07/02/2026,50.00,10.00,60.00,60.00,"
                           "Void,GBP\n";
    auto r = importPreset(csv, QStringLiteral("sage"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.value(0).message));
    QCOMPARE(r.value().created.value(QStringLiteral("clients")), 2);
    QCOMPARE(codeOfName(QStringLiteral("Acme Ltd")), QStringLiteral("ACME01"));
    const QMap<QString, QString> stored = invoices();
    QCOMPARE(stored.value(QStringLiteral("SI-1")), QStringLiteral("0 paid"));
    QCOMPARE(stored.value(QStringLiteral("SI-2")), QStringLiteral("7000 partially_paid"));
    QCOMPARE(stored.value(QStringLiteral("SI-3")), QStringLiteral("6000 open"));
    QCOMPARE(stored.size(), 3);
    QCOMPARE(r.value().skipped.value(QStringLiteral("void")), 1);
}

void TestAccountingImport::presetsMatchTheirHeaders()
{
    const QStringList names = CsvImport::presetNames();
    for (const char *name : {"ibm-late-payments", "quickbooks", "sage", "xero"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    auto headerOf = [](const QByteArray &csv) {
        return QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(u',');
    };
    QCOMPARE(CsvImport::matchingPreset(headerOf(kXero)), QStringLiteral("xero"));
    const QStringList ibmHeader
            = QStringLiteral("countryCode,customerID,PaperlessDate,invoiceNumber,"
                             "InvoiceDate,DueDate,InvoiceAmount,Disputed,"
                             "SettledDate,PaperlessBill,DaysToSettle,DaysLate")
                      .split(u',');
    QCOMPARE(CsvImport::matchingPreset(ibmHeader), QStringLiteral("ibm-late-payments"));
    QCOMPARE(CsvImport::matchingPreset(headerOf("Date,No.,Customer,Due date,Balance,Total\n")),
             QStringLiteral("quickbooks"));
    QCOMPARE(CsvImport::matchingPreset(
                     headerOf("A/C,Customer Name,Invoice No,Date,Due Date,Gross,Outstanding\n")),
             QStringLiteral("sage"));
    QCOMPARE(CsvImport::matchingPreset(
                     headerOf("client_code,number,issue_date,due_date,amount,currency\n")),
             QString());
}

void TestAccountingImport::dialogWordsInsteadOfOptions()
{
    const QByteArray csv = "Invoice,Issued,Due,Total\nX-1,2026-01-05,2026-02-04,10.00\n";
    CsvImport::Options o;
    auto cli = import(csv, o);
    QVERIFY(cli);
    QStringList cliMessages;
    for (const CsvImport::Issue &i : cli.value().errors)
        cliMessages << i.message;
    QVERIFY2(cliMessages.join(u'\n').contains(QStringLiteral("--map SOURCE=client_code")),
             qPrintable(cliMessages.join(u'\n')));
    QVERIFY2(cliMessages.join(u'\n').contains(QStringLiteral("--currency")),
             qPrintable(cliMessages.join(u'\n')));

    o.front = CsvImport::Front::Dialog;
    auto dialog = import(csv, o);
    QVERIFY(dialog);
    QStringList messages;
    for (const CsvImport::Issue &i : dialog.value().errors)
        messages << i.message;
    const QString all = messages.join(u'\n');
    QVERIFY2(!all.contains(QStringLiteral("--")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("choose which column holds the client code")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("no column for issue_date: choose the column that holds "
                                         "it")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("“Default currency”")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestAccountingImport)
#include "tst_accountingimport.moc"
