// SPDX-License-Identifier: MIT
// `ardesk-cli case-file`: the PDF (read back with poppler's pdftotext) shows a revised note's
// both revisions, a deleted note's reason and each attachment's SHA-256; every page's footer
// carries the chain head that `verify` prints and the verify result; the bundle (read with
// Python's zipfile) holds the PDF and the attachments, each matching the manifest's hash; only
// managers and admins get one, and a refused or bad request writes nothing.
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliCaseFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void caseFileShowsEveryRevisionTombstoneAndHash();
    void footerOnEveryPageCarriesVerifysChainHead();
    void bundleHoldsEveryFileWithItsManifestHash();
    void onlyManagersAndAdminsAndNothingWrittenWhenRefused();

private:
    CliRun cli(const QString &user, const QStringList &args) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user}
                              + args);
    }
    static QStringList words(const char *line)
    {
        return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
    }
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<pdftotext failed>");
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    qint64 addNote(const QStringList &extra)
    {
        const CliRun r = cli(QStringLiteral("ann"),
                             words("note add --client GLX --channel internal") + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QString::fromUtf8(r.out).trimmed().toLongLong();
    }

    ScratchDir m_dir;
    QString m_db;
    QByteArray m_letter;
};

void TestCliCaseFile::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
}

void TestCliCaseFile::init()
{
    QVERIFY(m_dir.renew());
    m_db = m_dir.filePath(QStringLiteral("co.ardesk"));
    CliRun r = cli(QStringLiteral("ann"), words("init --company Acme --currency USD"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(QStringLiteral("ann"), words("user add lena --role sales"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("inv.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,client_name,number,issue_date,due_date,amount,currency\n"
                      "GLX,Globex Corporation,INV-101,2026-01-05,2026-02-04,1234.56,USD\n"));
    r = cli(QStringLiteral("ann"),
            {QStringLiteral("import"), QStringLiteral("invoices"), csv,
             QStringLiteral("--create-clients")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(QStringLiteral("ann"),
            words("payment add --client GLX --amount 234.56 --date 2026-03-01"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    m_letter = QByteArray("%PDF-1.4\n% the customer's letter\n") + QByteArray(3000, 'x');
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("letter.pdf")), m_letter));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("remit.txt")), "paid by wire on 3/1\n"));
    const qint64 revised
            = addNote({QStringLiteral("--text"), QStringLiteral("Promised to pay next week"),
                       QStringLiteral("--attach"), QStringLiteral("letter.pdf")});
    QVERIFY(revised > 0);
    r = cli(QStringLiteral("ann"),
            {QStringLiteral("note"), QStringLiteral("amend"), QString::number(revised),
             QStringLiteral("--text"), QStringLiteral("Promised to pay on Friday instead")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const qint64 deleted = addNote({QStringLiteral("--text"), QStringLiteral("Wrong client, sorry"),
                                    QStringLiteral("--attach"), QStringLiteral("remit.txt")});
    QVERIFY(deleted > 0);
    r = cli(QStringLiteral("ann"),
            {QStringLiteral("note"), QStringLiteral("delete"), QString::number(deleted),
             QStringLiteral("--reason"), QStringLiteral("logged on the wrong client")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliCaseFile::caseFileShowsEveryRevisionTombstoneAndHash()
{
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    const CliRun r = cli(QStringLiteral("ann"), words("case-file --client GLX --out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    const QString letterHash = QString::fromLatin1(
            QCryptographicHash::hash(m_letter, QCryptographicHash::Sha256).toHex());
    for (const QString &expected :
         {QStringLiteral("Case file: Globex Corporation (GLX)"), QStringLiteral("INV-101"),
          QStringLiteral("$1,234.56"), QStringLiteral("$234.56"),
          QStringLiteral("Promised to pay next week"), // revision 1 …
          QStringLiteral("Promised to pay on Friday instead"), // … and revision 2
          QStringLiteral("Revision 2"), QStringLiteral("Wrong client, sorry"),
          QStringLiteral("Reason: logged on the wrong client"), QStringLiteral("letter.pdf"),
          letterHash}) {
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
    }
}

void TestCliCaseFile::footerOnEveryPageCarriesVerifysChainHead()
{
    // Enough notes for several pages.
    for (int i = 0; i < 40; ++i)
        QVERIFY(addNote({QStringLiteral("--text"),
                         QStringLiteral("Call %1: left a message with accounts payable about the "
                                        "open invoice and asked for a call back this week.")
                                 .arg(i)})
                > 0);
    const CliRun verify = cli(QStringLiteral("ann"), words("verify --json"));
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    const QString head
            = QJsonDocument::fromJson(verify.out).object().value(QStringLiteral("head")).toString();
    QCOMPARE(head.size(), 64);
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    const CliRun r
            = cli(QStringLiteral("ann"), words("case-file --client GLX --json --out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("chain_head")).toString(),
             head);
    const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages[p].contains(QStringLiteral("Record chain head ") + head),
                 qPrintable(pages[p]));
        QVERIFY2(pages[p].contains(QStringLiteral("Verify at printing: OK")), qPrintable(pages[p]));
        QVERIFY2(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())),
                 qPrintable(pages[p]));
    }
    // The head printed is one `verify --expect-head` accepts later.
    const CliRun later
            = cli(QStringLiteral("ann"),
                  QStringList {QStringLiteral("verify"), QStringLiteral("--expect-head"), head});
    QVERIFY2(later.exitCode == 0, qPrintable(later.describe()));
}

void TestCliCaseFile::bundleHoldsEveryFileWithItsManifestHash()
{
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    const QString zip = m_dir.filePath(QStringLiteral("case.zip"));
    const CliRun r = cli(QStringLiteral("ann"),
                         words("case-file --client GLX --out")
                                 << pdf << QStringLiteral("--bundle") << zip);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // An independent reader: Python's zipfile checks every CRC, then each file's SHA-256 and
    // size against manifest.json; it prints the names it checked.
    const char *script = R"PY(
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
if bad: sys.exit("bad CRC: " + bad)
m = json.loads(z.read("manifest.json"))
names = set(z.namelist())
for f in m["files"]:
    data = z.read(f["file"])
    if hashlib.sha256(data).hexdigest() != f["sha256"] or len(data) != f["size"]:
        sys.exit("mismatch: " + f["file"])
    if f["sha256"] not in z.read("manifest.txt").decode(): sys.exit("not in manifest.txt")
print(m["chain_head"])
for f in m["files"]: print(f["file"], f["sha256"])
)PY";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), zip});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY2(out.contains(QStringLiteral("case.pdf ")), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("attachments/\\d+-letter\\.pdf "))),
             qPrintable(out));
    // The deleted note's attachment is part of the record too.
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("attachments/\\d+-remit\\.txt "))),
             qPrintable(out));
    QVERIFY2(out.contains(QString::fromLatin1(
                     QCryptographicHash::hash(m_letter, QCryptographicHash::Sha256).toHex())),
             qPrintable(out));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(out.contains(QString::fromLatin1(
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())),
             qPrintable(out));
}

void TestCliCaseFile::onlyManagersAndAdminsAndNothingWrittenWhenRefused()
{
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    CliRun r = cli(QStringLiteral("lena"), words("case-file --client GLX --out") << pdf);
    QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("manager")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(pdf));
    r = cli(QStringLiteral("ann"), words("case-file --client NOPE --out") << pdf);
    QVERIFY2(r.exitCode != 0 && r.errText().contains(QStringLiteral("NOPE")),
             qPrintable(r.describe()));
    QVERIFY(!QFile::exists(pdf));
    r = cli(QStringLiteral("ann"), words("case-file --client GLX"));
    QVERIFY2(r.exitCode != 0 && r.errText().contains(QStringLiteral("--out")),
             qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliCaseFile)
#include "tst_clicasefile.moc"
