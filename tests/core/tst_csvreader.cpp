// SPDX-License-Identifier: MIT
// CsvReader: the corpus under tests/data/csv is read to the exact fields and physical line
// numbers, or refused with a message that starts with the line of the problem; records that
// straddle the reader's chunks come back the same as small ones.
#include "core/import/csvreader.h"

#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace ardesk;

namespace {

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

QString corpus(const char *name)
{
    return QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/csv/") + QString::fromLatin1(name);
}

/// Everything one pass of a reader produced.
struct ReadAll
{
    Rows rows;
    Lines lines;
    std::optional<Error> error;
    QString encoding;
    QChar delimiter;
    qint64 bytesRead = 0;
};

CsvReader::Options options(const QString &encoding = {}, QChar delimiter = {})
{
    CsvReader::Options o;
    o.encoding = encoding;
    o.delimiter = delimiter;
    return o;
}

ReadAll readDevice(QIODevice *device, const CsvReader::Options &o)
{
    ReadAll all;
    CsvReader reader(device, o);
    CsvReader::Record record;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            all.error = more.error();
            break;
        }
        if (!more.value())
            break;
        all.rows.append(record.fields);
        all.lines.append(record.line);
    }
    all.encoding = reader.encoding();
    all.delimiter = reader.delimiter();
    all.bytesRead = reader.bytesRead();
    return all;
}

ReadAll readFile(const QString &path, const CsvReader::Options &o = {})
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ReadAll all;
        all.error = makeError(ErrorCode::Io, QStringLiteral("cannot open ") + path);
        return all;
    }
    return readDevice(&f, o);
}

ReadAll readBytes(QByteArray bytes, const CsvReader::Options &o = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(&buffer, o);
}

QString errorText(const ReadAll &all)
{
    return all.error ? all.error->message : QStringLiteral("(no error)");
}

/// Quotes a field the way a spreadsheet exports it.
QByteArray quoted(const QByteArray &field)
{
    QByteArray out = field;
    out.replace('"', "\"\"");
    out.prepend('"');
    out.append('"');
    return out;
}

/// Line breaks in `bytes`, counting CRLF once.
qint64 lineBreaks(const QByteArray &bytes)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n'
            || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++n;
    }
    return n;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCorpus_data();
    void readsCorpus();
    void refusesCorpus_data();
    void refusesCorpus();
    void windows1252ReadAsUtf8NamesTheLine();
    void unterminatedQuoteNamesWhereItOpened();
    void windows1252Table();
    void quotedNewlineKeepsLineNumbers();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void givenDelimiterWins();
    void emptyLastFieldWithoutLineBreak();
    void invalidUtf8_data();
    void invalidUtf8();
    void invalidUtf8InsideMultilineFieldNamesItsLine();
    void longQuotedFieldNamesItsFirstLine();
    void maxFieldBytesIsInclusive();
    void explicitUtf8SkipsBomAndOtherEncodingsDoNot();
    void unknownEncodingIsAnError();
    void oddUtf16IsAnError();
    void staysFailedAndStaysFinished();
    void crlfSplitAcrossChunks();
    void quoteStateSplitAcrossChunks();
    void randomRoundTripAcrossChunks();
    void bytesReadGrowsToTheSize();
};

void TestCsvReader::readsCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QString>("usedEncoding");
    QTest::addColumn<QChar>("usedDelimiter");

    const QString utf8 = QStringLiteral("utf-8");
    const QChar comma(u','), semicolon(u';'), tab(u'\t');
    const QStringList codeName {QStringLiteral("Code"), QStringLiteral("Name")};
    const Rows acmeBeta {codeName,
                         {QStringLiteral("C001"), QStringLiteral("Acme")},
                         {QStringLiteral("C002"), QStringLiteral("Beta")}};

    QTest::newRow("comma")
            << corpus("comma.csv") << QString()
            << Rows {{QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Amount")},
                     {QStringLiteral("C001"), QStringLiteral("Acme"), QStringLiteral("100.00")},
                     {QStringLiteral("C002"), QStringLiteral("Beta Ltd"), QStringLiteral("200.50")}}
            << Lines {1, 2, 3} << utf8 << comma;
    QTest::newRow("semicolon")
            << corpus("semicolon.csv") << QString()
            << Rows {{QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Amount")},
                     {QStringLiteral("C001"), QStringLiteral("Acme, Inc."),
                      QStringLiteral("100,00")},
                     {QStringLiteral("C002"), QStringLiteral("Beta"), QStringLiteral("200,50")}}
            << Lines {1, 2, 3} << utf8 << semicolon;
    QTest::newRow("tab") << corpus("tab.tsv") << QString()
                         << Rows {{QStringLiteral("Code"), QStringLiteral("Name"),
                                   QStringLiteral("Amount")},
                                  {QStringLiteral("C001"), QStringLiteral("Acme, Inc."),
                                   QStringLiteral("100.00")},
                                  {QStringLiteral("C002"), QStringLiteral("Beta; Gamma"),
                                   QStringLiteral("200.50")}}
                         << Lines {1, 2, 3} << utf8 << tab;
    QTest::newRow("utf-8 with BOM")
            << corpus("utf8-bom.csv") << QString()
            << Rows {codeName, {QStringLiteral("C001"), QStringLiteral("Müller")}} << Lines {1, 2}
            << utf8 << comma;
    QTest::newRow("utf-8 without BOM") << corpus("utf8-nobom.csv") << QString()
                                       << Rows {codeName,
                                                {QStringLiteral("C001"), QStringLiteral("Müller")},
                                                {QStringLiteral("C002"), QStringLiteral("Zoë")},
                                                {QStringLiteral("C003"), QStringLiteral("東京")}}
                                       << Lines {1, 2, 3, 4} << utf8 << comma;
    QTest::newRow("utf-16le with BOM") << corpus("utf16le-bom.csv") << QString()
                                       << Rows {codeName,
                                                {QStringLiteral("C001"), QStringLiteral("Müller")},
                                                {QStringLiteral("C002"), QStringLiteral("東京")}}
                                       << Lines {1, 2, 3} << QStringLiteral("utf-16le") << comma;
    QTest::newRow("utf-16be with BOM")
            << corpus("utf16be-bom.csv") << QString()
            << Rows {codeName,
                     {QStringLiteral("C001"), QStringLiteral("Zoë")},
                     {QStringLiteral("C002"), QStringLiteral("東京")}}
            << Lines {1, 2, 3} << QStringLiteral("utf-16be") << semicolon;
    QTest::newRow("windows-1252")
            << corpus("windows-1252.csv") << QStringLiteral("windows-1252")
            << Rows {{QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Note")},
                     {QStringLiteral("C001"), QStringLiteral("Acme"), QStringLiteral("ok")},
                     {QStringLiteral("C002"), QStringLiteral("Café René"), QStringLiteral("€ 100")},
                     {QStringLiteral("C003"), QStringLiteral("O’Brien"), QStringLiteral("x")}}
            << Lines {1, 2, 3, 4} << QStringLiteral("windows-1252") << comma;
    QTest::newRow("latin1")
            << corpus("latin1.csv") << QStringLiteral("latin1")
            << Rows {{QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Note")},
                     {QStringLiteral("C001"), QStringLiteral("Grüß Gott"), QStringLiteral("£ 5")},
                     {QStringLiteral("C002"), QStringLiteral("Façade"), QString(QChar(0x80))}}
            << Lines {1, 2, 3} << QStringLiteral("latin1") << comma;
    QTest::newRow("CRLF") << corpus("crlf.csv") << QString() << acmeBeta << Lines {1, 2, 3} << utf8
                          << comma;
    QTest::newRow("LF") << corpus("lf.csv") << QString() << acmeBeta << Lines {1, 2, 3} << utf8
                        << comma;
    QTest::newRow("CR") << corpus("cr.csv") << QString() << acmeBeta << Lines {1, 2, 3} << utf8
                        << comma;
    QTest::newRow("quoted newline")
            << corpus("quoted-newline.csv") << QString()
            << Rows {{QStringLiteral("Code"), QStringLiteral("Note")},
                     {QStringLiteral("C001"), QStringLiteral("first line\nsecond line")},
                     {QStringLiteral("C002"), QStringLiteral("plain")}}
            << Lines {1, 2, 4} << utf8 << comma;
    QTest::newRow("quoted CRLF newlines")
            << corpus("quoted-newline-crlf.csv") << QString()
            << Rows {{QStringLiteral("Code"), QStringLiteral("Note")},
                     {QStringLiteral("C001"),
                      QStringLiteral("first line\r\nsecond line\r\nthird line")},
                     {QStringLiteral("C002"), QStringLiteral("plain")}}
            << Lines {1, 2, 5} << utf8 << comma;
    QTest::newRow("doubled quotes")
            << corpus("doubled-quotes.csv") << QString()
            << Rows {{QStringLiteral("Name"), QStringLiteral("Note")},
                     {QStringLiteral("Acme"), QStringLiteral("He said \"pay now\"")},
                     {QStringLiteral("\"Quoted\" Ltd"), QString()}}
            << Lines {1, 2, 3} << utf8 << comma;
    QTest::newRow("quoted delimiter")
            << corpus("quoted-delimiter.csv") << QString()
            << Rows {{QStringLiteral("Name"), QStringLiteral("Amount")},
                     {QStringLiteral("Acme, Inc."), QStringLiteral("1,000.00")}}
            << Lines {1, 2} << utf8 << comma;
    QTest::newRow("quote inside unquoted field")
            << corpus("quote-in-unquoted.csv") << QString()
            << Rows {{QStringLiteral("Name"), QStringLiteral("Height")},
                     {QStringLiteral("Bob"), QStringLiteral("5'2\"")},
                     {QStringLiteral("Say \"hi\""), QStringLiteral("a\"b\"\"c")}}
            << Lines {1, 2, 3} << utf8 << comma;
    QTest::newRow("empty file") << corpus("empty.csv") << QString() << Rows {} << Lines {} << utf8
                                << comma;
    QTest::newRow("header only") << corpus("header-only.csv") << QString()
                                 << Rows {{QStringLiteral("Code"), QStringLiteral("Name"),
                                           QStringLiteral("Amount")}}
                                 << Lines {1} << utf8 << comma;
    QTest::newRow("trailing blank lines")
            << corpus("trailing-blank-lines.csv") << QString()
            << Rows {codeName, {QStringLiteral("C001"), QStringLiteral("Acme")}} << Lines {1, 2}
            << utf8 << comma;
    QTest::newRow("ragged rows") << corpus("ragged.csv") << QString()
                                 << Rows {{QStringLiteral("a"), QStringLiteral("b"),
                                           QStringLiteral("c")},
                                          {QStringLiteral("1"), QStringLiteral("2")},
                                          {QStringLiteral("1"), QStringLiteral("2"),
                                           QStringLiteral("3"), QStringLiteral("4")},
                                          {QString(), QString(), QString()}}
                                 << Lines {1, 2, 3, 5} << utf8 << comma;
    QTest::newRow("formula-looking text")
            << corpus("formula.csv") << QString()
            << Rows {{QStringLiteral("Name"), QStringLiteral("Value")},
                     {QStringLiteral("=SUM(A1:A2)"), QStringLiteral("+1")},
                     {QStringLiteral("-2"), QStringLiteral("@x")},
                     {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("=1+2")}}
            << Lines {1, 2, 3, 4} << utf8 << comma;
    QTest::newRow("60000-byte field") << corpus("field-60000.csv") << QString()
                                      << Rows {{QStringLiteral("Code"), QStringLiteral("Text")},
                                               {QStringLiteral("C001"), QString(60000, u'x')}}
                                      << Lines {1, 2} << utf8 << comma;
    QTest::newRow("spaces kept")
            << corpus("spaces.csv") << QString()
            << Rows {{QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Note")},
                     {QStringLiteral(" C001 "), QStringLiteral("  Acme  "),
                      QStringLiteral("  two  spaces  ")},
                     {QStringLiteral("C002"), QStringLiteral(" \"x\" "), QStringLiteral("\t")}}
            << Lines {1, 2, 3} << utf8 << comma;
    QTest::newRow("empty last field")
            << corpus("empty-last-field.csv") << QString()
            << Rows {{QStringLiteral("a"), QStringLiteral("b"), QString()},
                     {QStringLiteral("c"), QString(), QString()}}
            << Lines {1, 2} << utf8 << comma;
}

void TestCsvReader::readsCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    QFETCH(QString, usedEncoding);
    QFETCH(QChar, usedDelimiter);

    const ReadAll all = readFile(file, options(encoding));
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.rows, rows);
    QCOMPARE(all.lines, lines);
    QCOMPARE(all.encoding, usedEncoding);
    QCOMPARE(all.delimiter, usedDelimiter);
    QCOMPARE(all.bytesRead, QFileInfo(file).size());
}

void TestCsvReader::refusesCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("goodRecords");

    QTest::newRow("text after closing quote")
            << corpus("text-after-quote.csv") << QString()
            << QStringLiteral("line 4: unexpected text after a closing quote") << 3;
    QTest::newRow("unterminated quote")
            << corpus("unterminated-quote.csv") << QString()
            << QStringLiteral("line 4: unterminated quoted field (opened on line 3)") << 2;
    QTest::newRow("NUL byte") << corpus("nul.csv") << QString()
                              << QStringLiteral("line 2: NUL byte in the data") << 1;
    QTest::newRow("70000-byte field")
            << corpus("field-70000.csv") << QString()
            << QStringLiteral("line 2: a field is longer than 65536 bytes") << 1;
    QTest::newRow("windows-1252 read as UTF-8")
            << corpus("windows-1252.csv") << QString()
            << QStringLiteral("line 3: invalid UTF-8 (byte 0xE9)") << 2;
    QTest::newRow("windows-1252 read as explicit UTF-8")
            << corpus("windows-1252.csv") << QStringLiteral("UTF-8")
            << QStringLiteral("line 3: invalid UTF-8 (byte 0xE9)") << 2;
    QTest::newRow("latin1 read as UTF-8")
            << corpus("latin1.csv") << QString()
            << QStringLiteral("line 2: invalid UTF-8 (byte 0xFC)") << 1;
}

void TestCsvReader::refusesCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, message);
    QFETCH(int, goodRecords);

    const ReadAll all = readFile(file, options(encoding));
    QVERIFY2(all.error, "no error");
    QCOMPARE(all.error->code, ErrorCode::InvalidValue);
    QVERIFY2(all.error->message.startsWith(message), qPrintable(all.error->message));
    QCOMPARE(all.rows.size(), qsizetype(goodRecords));
}

void TestCsvReader::windows1252ReadAsUtf8NamesTheLine()
{
    const ReadAll all = readFile(corpus("windows-1252.csv"));
    QVERIFY(all.error);
    QCOMPARE(all.error->message,
             QStringLiteral("line 3: invalid UTF-8 (byte 0xE9); the file is not UTF-8 — pass "
                            "--encoding windows-1252 or latin1"));
}

void TestCsvReader::unterminatedQuoteNamesWhereItOpened()
{
    // Opened on the last line, with and without a final line break.
    for (const QByteArray &bytes : {QByteArray("a,b\nc,d\ne,\"f"), QByteArray("a,b\nc,d\ne,\"f\n"),
                                    QByteArray("a,b\nc,d\n\"e,f\r\n")}) {
        const ReadAll all = readBytes(bytes);
        QVERIFY(all.error);
        QCOMPARE(all.error->message,
                 QStringLiteral("line 3: unterminated quoted field (opened on line 3)"));
        QCOMPARE(all.rows.size(), qsizetype(2));
    }
    // Opened earlier: the message names both lines.
    const ReadAll all = readBytes("a,b\n\"c\nd\ne\n");
    QVERIFY(all.error);
    QCOMPARE(all.error->message,
             QStringLiteral("line 4: unterminated quoted field (opened on line 2)"));
}

void TestCsvReader::windows1252Table()
{
    QByteArray bytes = "x,";
    for (int b = 0x80; b <= 0x9F; ++b)
        bytes.append(char(b));
    bytes.append("\xA0\xE9\xFF");
    const ReadAll all = readBytes(bytes, options(QStringLiteral("windows-1252")));
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.rows.size(), qsizetype(1));
    const QString expected
            = QStringLiteral("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ")
            + QChar(0xA0) + QStringLiteral("éÿ");
    QCOMPARE(all.rows.at(0).at(1), expected);

    const ReadAll latin = readBytes(bytes, options(QStringLiteral("latin1")));
    QVERIFY2(!latin.error, qPrintable(errorText(latin)));
    QCOMPARE(latin.rows.at(0).at(1), QString::fromLatin1(bytes.mid(2)));
}

void TestCsvReader::quotedNewlineKeepsLineNumbers()
{
    const ReadAll all = readBytes("h1,h2\r\n\"a\rb\",\"c\n\nd\"\r\n\r\nlast,row\r\n");
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.rows,
             (Rows {{QStringLiteral("h1"), QStringLiteral("h2")},
                    {QStringLiteral("a\rb"), QStringLiteral("c\n\nd")},
                    {QStringLiteral("last"), QStringLiteral("row")}}));
    // Line 2: "a, 3: b","c, 4: empty, 5: d", 6: blank, 7: last,row
    QCOMPARE(all.lines, (Lines {1, 2, 7}));
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("most semicolons") << QByteArray("a,b;c;d\n1,2;3;4\n") << QChar(u';');
    QTest::newRow("commas in quotes do not count")
            << QByteArray("\"a,b,c\";d\n1;2\n") << QChar(u';');
    QTest::newRow("semicolons in quotes do not count")
            << QByteArray("\"a;b;c\",d\n1,2\n") << QChar(u',');
    QTest::newRow("quoted line break") << QByteArray("\"a\nb,c,d\";e;f\n") << QChar(u';');
    QTest::newRow("tabs") << QByteArray("a\tb\tc\n") << QChar(u'\t');
    QTest::newRow("only the first record counts") << QByteArray("a;b\n1,2,3,4,5\n") << QChar(u';');
    QTest::newRow("leading blank lines") << QByteArray("\r\n\na;b\n") << QChar(u';');
    QTest::newRow("none") << QByteArray("abc\n") << QChar(u',');
    QTest::newRow("tie") << QByteArray("a;b\tc\n") << QChar(u',');
    QTest::newRow("tie with comma") << QByteArray("a;b,c\n") << QChar(u',');
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    const ReadAll all = readBytes(bytes);
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.delimiter, delimiter);
}

void TestCsvReader::givenDelimiterWins()
{
    const ReadAll all = readFile(corpus("semicolon.csv"), options(QString(), QChar(u',')));
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.delimiter, QChar(u','));
    QCOMPARE(all.rows.at(1),
             (QStringList {QStringLiteral("C001;Acme"), QStringLiteral(" Inc.;100"),
                           QStringLiteral("00")}));

    const ReadAll pipe = readBytes("a|b\n\"c|d\"|e\n", options(QString(), QChar(u'|')));
    QVERIFY2(!pipe.error, qPrintable(errorText(pipe)));
    QCOMPARE(pipe.rows.at(1), (QStringList {QStringLiteral("c|d"), QStringLiteral("e")}));
}

void TestCsvReader::emptyLastFieldWithoutLineBreak()
{
    const ReadAll all = readBytes("a,b,");
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.rows, (Rows {{QStringLiteral("a"), QStringLiteral("b"), QString()}}));
    const ReadAll quotedLast = readBytes("a,\"b\"");
    QCOMPARE(quotedLast.rows, (Rows {{QStringLiteral("a"), QStringLiteral("b")}}));
    const ReadAll delimitersOnly = readBytes("x,y\n,\n");
    QCOMPARE(delimitersOnly.rows,
             (Rows {{QStringLiteral("x"), QStringLiteral("y")},
                    QStringList {QString(), QString()}}));
}

void TestCsvReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("byte"); // empty: valid

    QTest::newRow("2-byte") << QByteArray("\xC3\xA9") << QString();
    QTest::newRow("3-byte") << QByteArray("\xE2\x82\xAC") << QString();
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << QString();
    QTest::newRow("ascii then 4-byte") << QByteArray("abcdefghij\xF4\x8F\xBF\xBF") << QString();
    QTest::newRow("lone continuation") << QByteArray("abcdefghijk\x92z") << QStringLiteral("92");
    QTest::newRow("overlong 2-byte") << QByteArray("\xC0\xAF") << QStringLiteral("C0");
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << QStringLiteral("E0");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QStringLiteral("ED");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QStringLiteral("F4");
    QTest::newRow("F5") << QByteArray("\xF5\x80\x80\x80") << QStringLiteral("F5");
    QTest::newRow("truncated at field end") << QByteArray("ab\xE2\x82") << QStringLiteral("E2");
}

void TestCsvReader::invalidUtf8()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, byte);
    const ReadAll all = readBytes("h\nok\n" + field + "\n");
    if (byte.isEmpty()) {
        QVERIFY2(!all.error, qPrintable(errorText(all)));
        QCOMPARE(all.rows.at(2).at(0), QString::fromUtf8(field));
        return;
    }
    QVERIFY(all.error);
    QVERIFY2(all.error->message.startsWith(QStringLiteral("line 3: invalid UTF-8 (byte 0x") + byte
                                           + u')'),
             qPrintable(all.error->message));
}

void TestCsvReader::invalidUtf8InsideMultilineFieldNamesItsLine()
{
    const ReadAll all = readBytes("h1,h2\nx,\"one\r\ntwo\nthr\xE9\xE9\"\n");
    QVERIFY(all.error);
    QVERIFY2(all.error->message.startsWith(QStringLiteral("line 4: invalid UTF-8 (byte 0xE9)")),
             qPrintable(all.error->message));
}

void TestCsvReader::longQuotedFieldNamesItsFirstLine()
{
    QByteArray bytes = "h\n\"";
    for (int i = 0; i < 20000; ++i)
        bytes.append("abc\n");
    bytes.append("\"\n");
    const ReadAll all = readBytes(bytes);
    QVERIFY(all.error);
    QCOMPARE(all.error->message, QStringLiteral("line 2: a field is longer than 65536 bytes"));
}

void TestCsvReader::maxFieldBytesIsInclusive()
{
    CsvReader::Options o;
    o.maxFieldBytes = 10;
    const ReadAll fits = readBytes("0123456789,\"0123456789\"\n", o);
    QVERIFY2(!fits.error, qPrintable(errorText(fits)));
    const ReadAll tooLong = readBytes("a\n0123456789A\n", o);
    QVERIFY(tooLong.error);
    QCOMPARE(tooLong.error->message, QStringLiteral("line 2: a field is longer than 10 bytes"));
    const ReadAll quotedTooLong = readBytes("a\n\"0123456789A\"\n", o);
    QVERIFY(quotedTooLong.error);
    QCOMPARE(quotedTooLong.error->message,
             QStringLiteral("line 2: a field is longer than 10 bytes"));
}

void TestCsvReader::explicitUtf8SkipsBomAndOtherEncodingsDoNot()
{
    const ReadAll utf8 = readFile(corpus("utf8-bom.csv"), options(QStringLiteral("utf-8")));
    QVERIFY2(!utf8.error, qPrintable(errorText(utf8)));
    QCOMPARE(utf8.rows.at(0).at(0), QStringLiteral("Code"));
    const ReadAll latin1 = readFile(corpus("utf8-bom.csv"), options(QStringLiteral("latin1")));
    QVERIFY2(!latin1.error, qPrintable(errorText(latin1)));
    QCOMPARE(latin1.rows.at(0).at(0), QStringLiteral("ï»¿Code"));
}

void TestCsvReader::unknownEncodingIsAnError()
{
    const ReadAll all = readFile(corpus("comma.csv"), options(QStringLiteral("klingon")));
    QVERIFY(all.error);
    QCOMPARE(all.error->code, ErrorCode::InvalidValue);
    QCOMPARE(all.error->message,
             QStringLiteral("line 0: unknown encoding \"klingon\"; use utf-8, "
                            "windows-1252 or latin1"));
    QVERIFY(all.rows.isEmpty());
}

void TestCsvReader::oddUtf16IsAnError()
{
    const ReadAll all = readBytes(QByteArray("\xFF\xFE"
                                             "a\0,\0b\0\n\0c",
                                             11));
    QVERIFY(all.error);
    QVERIFY2(all.error->message.startsWith(QStringLiteral("line 2: invalid UTF-16")),
             qPrintable(all.error->message));
}

void TestCsvReader::staysFailedAndStaysFinished()
{
    QByteArray bytes("a\nb\0\nc\n", 7);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {});
    CsvReader::Record record;
    QCOMPARE(reader.next(record).valueOr(false), true);
    const auto first = reader.next(record);
    QVERIFY(!first.ok());
    QCOMPARE(first.errorString(), QStringLiteral("line 2: NUL byte in the data"));
    const auto again = reader.next(record);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorString(), first.errorString());

    QByteArray good("a\n");
    QBuffer goodBuffer(&good);
    QVERIFY(goodBuffer.open(QIODevice::ReadOnly));
    CsvReader done(&goodBuffer, {});
    QCOMPARE(done.next(record).valueOr(false), true);
    for (int i = 0; i < 2; ++i) {
        const auto end = done.next(record);
        QVERIFY(end.ok());
        QCOMPARE(end.value(), false);
    }
}

void TestCsvReader::crlfSplitAcrossChunks()
{
    // The reader reads 1 MiB at a time: put CR as the last byte of the first chunk and LF as
    // the first byte of the second, then a doubled quote and a UTF-8 character across the next.
    constexpr qsizetype chunk = qsizetype(1) << 20;
    QByteArray bytes;
    qint64 expectedLines = 1;
    while (bytes.size() < chunk - 200) {
        bytes.append(QByteArray(60, 'a') + ',' + QByteArray(60, 'b') + "\r\n");
        ++expectedLines;
    }
    bytes.append(QByteArray(chunk - 1 - bytes.size() - 1, 'c') + ",\r\nnext,row\r\n");
    Q_ASSERT(bytes.at(chunk - 1) == '\r' && bytes.at(chunk) == '\n');
    const qint64 nextLine = expectedLines + 1;
    while (bytes.size() < 2 * chunk - 100)
        bytes.append("x,y\n");
    bytes.append(QByteArray(2 * chunk - 4 - bytes.size(), 'd') + ",\"q\"\"r\"\n");
    Q_ASSERT(bytes.mid(2 * chunk - 1, 2) == "\"\"");
    while (bytes.size() < 3 * chunk - 50)
        bytes.append("x,y\n");
    bytes.append(QByteArray(3 * chunk - 1 - bytes.size() - 1, 'e') + ",\xE6\x9D\xB1\n");
    const ReadAll all = readBytes(bytes);
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    qsizetype i = all.rows.indexOf(QStringList {QStringLiteral("next"), QStringLiteral("row")});
    QVERIFY(i > 0);
    QCOMPARE(all.lines.at(i), nextLine);
    QCOMPARE(all.rows.at(i - 1).size(), qsizetype(2));
    QCOMPARE(all.rows.at(i - 1).at(1), QString());
    bool sawQuote = false, sawKanji = false;
    for (const QStringList &row : all.rows) {
        sawQuote = sawQuote || (row.size() == 2 && row.at(1) == QStringLiteral("q\"r"));
        sawKanji = sawKanji || (row.size() == 2 && row.at(1) == QStringLiteral("東"));
    }
    QVERIFY(sawQuote);
    QVERIFY(sawKanji);
    QCOMPARE(all.lines.last(), lineBreaks(bytes));
    QCOMPARE(all.bytesRead, qint64(bytes.size()));
}

void TestCsvReader::quoteStateSplitAcrossChunks()
{
    // A closing quote as the last byte of a chunk, followed by the delimiter, and a quoted
    // field whose opening quote is the last byte of a chunk.
    constexpr qsizetype chunk = qsizetype(1) << 20;
    QByteArray bytes = "h\n";
    while (bytes.size() < chunk - 100)
        bytes.append("1234567\n");
    bytes.append(QByteArray(chunk - 1 - bytes.size() - 3, 'z') + ",\"a\",b\n");
    Q_ASSERT(bytes.at(chunk - 1) == '"' && bytes.at(chunk) == ',');
    while (bytes.size() < 2 * chunk - 100)
        bytes.append("1234567\n");
    bytes.append(QByteArray(2 * chunk - 1 - bytes.size() - 1, 'y') + ",\"\nq\"\n");
    Q_ASSERT(bytes.at(2 * chunk - 1) == '"');
    const ReadAll all = readBytes(bytes);
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    const auto z = std::find_if(all.rows.cbegin(), all.rows.cend(),
                                [](const QStringList &row) { return row.at(0).startsWith(u'z'); });
    QVERIFY(z != all.rows.cend());
    QCOMPARE(z->mid(1), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(all.rows.last().at(1), QStringLiteral("\nq"));
    QCOMPARE(all.lines.last(), lineBreaks(bytes) - 1);
}

void TestCsvReader::randomRoundTripAcrossChunks()
{
    // Records of random fields (quotes, delimiters, line breaks, non-ASCII) written the way a
    // spreadsheet exports them, about 3 MiB: every record comes back with its line.
    QRandomGenerator random(20240611);
    const QList<QByteArray> pieces {"a",    "Acme", " ",  ",", ";",     "\"",     "\n",
                                    "\r\n", "é",    "東", "😀", "12.50", "=SUM()", "'"};
    const QList<QByteArray> endings {"\n", "\r\n", "\r"};
    QByteArray bytes;
    Rows expected;
    Lines expectedLines;
    qint64 line = 1;
    while (bytes.size() < 3 * (1 << 20)) {
        const int fieldCount = 1 + random.bounded(8);
        QStringList fields;
        QByteArray record;
        for (int f = 0; f < fieldCount; ++f) {
            QByteArray field;
            const int pieceCount = random.bounded(6);
            for (int p = 0; p < pieceCount; ++p)
                field.append(pieces.at(random.bounded(pieces.size())));
            if (random.bounded(50) == 0)
                field.append(QByteArray(2000 + random.bounded(3000), 'L'));
            const bool mustQuote = field.contains(',') || field.contains('"')
                    || field.contains('\n') || field.contains('\r')
                    || (fieldCount == 1 && field.isEmpty());
            if (f > 0)
                record.append(',');
            record.append(mustQuote || random.bounded(4) == 0 ? quoted(field) : field);
            fields.append(QString::fromUtf8(field));
        }
        record.append(endings.at(random.bounded(endings.size())));
        if (random.bounded(20) == 0)
            record.append(endings.at(random.bounded(endings.size() - 1))); // a blank line
        expected.append(fields);
        expectedLines.append(line);
        line += lineBreaks(record);
        bytes.append(record);
    }
    const ReadAll all = readBytes(bytes, options(QString(), QChar(u',')));
    QVERIFY2(!all.error, qPrintable(errorText(all)));
    QCOMPARE(all.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(all.rows.at(i), expected.at(i));
        QCOMPARE(all.lines.at(i), expectedLines.at(i));
    }
    QCOMPARE(all.bytesRead, qint64(bytes.size()));
}

void TestCsvReader::bytesReadGrowsToTheSize()
{
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes.append("INV-" + QByteArray::number(i) + ",Client name,1234.56,2024-01-31\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {});
    QCOMPARE(reader.bytesRead(), qint64(0));
    CsvReader::Record record;
    qint64 last = 0;
    int records = 0;
    for (;;) {
        auto more = reader.next(record);
        QVERIFY2(more.ok(), qPrintable(more.errorString()));
        if (!more.value())
            break;
        ++records;
        QVERIFY(reader.bytesRead() >= last);
        last = reader.bytesRead();
    }
    QCOMPARE(records, 100000);
    QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
