// SPDX-License-Identifier: MIT
#include "core/import/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <optional>
#include <string>

namespace ardesk {
namespace {

QString nulByte()
{
    return CsvReader::tr("NUL byte in the data");
}

/// How much is read from the device at a time.
constexpr qint64 kChunkBytes = qint64(1) << 20;
/// Delimiter detection reads at most this much looking for the end of the first record.
constexpr qsizetype kDetectLimit = qsizetype(4) << 20;

enum class Encoding { Utf8, Windows1252, Latin1 };

/// Windows-1252 to UTF-16. The five bytes CP1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
/// 0x9D) map to the same code point, as in Latin-1.
constexpr std::array<char16_t, 256> makeCp1252Table()
{
    std::array<char16_t, 256> t {};
    for (int i = 0; i < 256; ++i)
        t[i] = char16_t(i);
    constexpr char16_t high[32] = {
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    for (int i = 0; i < 32; ++i)
        t[0x80 + i] = high[i];
    return t;
}
constexpr std::array<char16_t, 256> kCp1252 = makeCp1252Table();

/// The index of the first byte of the first ill-formed UTF-8 sequence (overlongs, surrogates and
/// code points above U+10FFFF are ill-formed), or -1 when all of it is well-formed.
qsizetype firstInvalidUtf8(const uchar *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & Q_UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        auto cont = [&](qsizetype k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
        if (b >= 0xC2 && b <= 0xDF) {
            if (!cont(1))
                return i;
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            if (i + 1 >= n)
                return i;
            const uchar b1 = s[i + 1];
            const bool ok1 = b == 0xE0 ? (b1 >= 0xA0 && b1 <= 0xBF)
                    : b == 0xED        ? (b1 >= 0x80 && b1 <= 0x9F)
                                       : (b1 & 0xC0) == 0x80;
            if (!ok1 || !cont(2))
                return i;
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (i + 1 >= n)
                return i;
            const uchar b1 = s[i + 1];
            const bool ok1 = b == 0xF0 ? (b1 >= 0x90 && b1 <= 0xBF)
                    : b == 0xF4        ? (b1 >= 0x80 && b1 <= 0x8F)
                                       : (b1 & 0xC0) == 0x80;
            if (!ok1 || !cont(2) || !cont(3))
                return i;
            i += 4;
        } else {
            return i; // continuation byte without a lead, C0/C1, F5..FF
        }
    }
    return -1;
}

/// Line breaks (CRLF, LF or CR) in s[0, n).
qint64 countLineBreaks(const uchar *s, qsizetype n)
{
    qint64 breaks = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] == '\n')
            ++breaks;
        else if (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n'))
            ++breaks;
    }
    return breaks;
}

/// The delimiter among ',', ';' and TAB that occurs most often outside quotes in the first
/// record of s[0, n) (leading line breaks skipped); ',' on a tie or when none occurs.
/// `complete` tells whether the record's end was seen.
char detectDelimiter(const uchar *s, qsizetype n, bool *complete)
{
    qsizetype i = 0;
    while (i < n && (s[i] == '\r' || s[i] == '\n'))
        ++i;
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    bool fieldStart = true;
    *complete = false;
    for (; i < n; ++i) {
        const uchar c = s[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < n && s[i + 1] == '"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '\r' || c == '\n') {
            *complete = true;
            break;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            continue;
        }
        fieldStart = c == ',' || c == ';' || c == '\t';
        comma += c == ',';
        semicolon += c == ';';
        tab += c == '\t';
    }
    if (semicolon > comma && semicolon > tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

} // namespace

struct CsvReader::Private
{
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, AfterQuote };

    QIODevice *device = nullptr;
    Options options;

    bool started = false;
    bool finished = false;
    std::optional<Error> failure;

    Encoding encoding = Encoding::Utf8;
    QString encodingName;
    char delimiter = ',';

    // Input: buffer[pos, size) is not parsed yet; buffer[0] is byte `bufferBase` of the stream.
    QByteArray buffer;
    qsizetype pos = 0;
    qint64 bufferBase = 0;
    bool atEnd = false;
    // UTF-16 input is converted to UTF-8 up front; bytesRead() scales back to device bytes.
    qint64 utf16DeviceBytes = -1;
    qint64 utf16Utf8Bytes = 0;

    // Parser.
    State state = State::RecordStart;
    qint64 line = 1; ///< physical line of the next byte
    bool afterCR = false; ///< the last byte consumed was a CR (a following LF ends no line)
    qint64 fieldLine = 0; ///< line where the current field starts
    std::string field; ///< the current field's bytes, when they cannot be decoded in place
    std::array<bool, 256> unquotedStop {};
    std::array<bool, 256> quotedStop {};

    Error fail(qint64 atLine, const QString &what, ErrorCode code = ErrorCode::InvalidValue)
    {
        failure = makeError(code, CsvReader::tr("line %1: %2").arg(QString::number(atLine), what));
        return *failure;
    }

    Result<bool> appendChunk();
    Result<bool> refill();
    Result<bool> start();
    Result<bool> readUtf16(bool littleEndian);
    bool decodeField(const uchar *data, qsizetype size, QString *out);
    bool finishField(Record &record, const uchar *data, qsizetype size);
    Result<bool> parse(Record &record);

    /// What a parsing step did: read on, completed a record, or failed (`failure` says why).
    enum class Step { More, Record, Failed };
    Result<bool> endOfInput(Record &record);
    Step startRecord(Record &record);
    Step startField(Record &record);
    Step scanUnquoted(Record &record);
    Step scanQuoted();
    Step afterQuote(Record &record);
    Step afterField(uchar c);
    bool fieldTooLong();
    const uchar *fieldBytes() const { return reinterpret_cast<const uchar *>(field.data()); }

    void consumeBreak(uchar c)
    {
        if (c == '\r' || !afterCR)
            ++line;
        afterCR = c == '\r';
    }
};

/// Appends up to one chunk from the device to the buffer: true when bytes came, false at the end.
Result<bool> CsvReader::Private::appendChunk()
{
    if (atEnd)
        return false;
    const qsizetype old = buffer.size();
    buffer.resize(old + kChunkBytes);
    for (;;) {
        const qint64 n = device->read(buffer.data() + old, kChunkBytes);
        if (n > 0) {
            buffer.resize(old + n);
            return true;
        }
        if (n < 0) {
            buffer.resize(old);
            return fail(line, tr("cannot read the file: %1").arg(device->errorString()),
                        ErrorCode::Io);
        }
        if (device->isSequential() && device->waitForReadyRead(30000))
            continue;
        buffer.resize(old);
        atEnd = true;
        return false;
    }
}

/// Drops the parsed bytes and reads the next chunk: true when bytes came, false at the end.
Result<bool> CsvReader::Private::refill()
{
    Q_ASSERT(pos == buffer.size());
    bufferBase += pos;
    buffer.resize(0); // keeps the capacity
    pos = 0;
    return appendChunk();
}

Result<bool> CsvReader::Private::readUtf16(bool littleEndian)
{
    for (;;) {
        auto more = appendChunk();
        if (!more)
            return more.error();
        if (!more.value())
            break;
    }
    const qint64 deviceBytes = buffer.size();
    const QByteArrayView units = QByteArrayView(buffer).sliced(2); // without the BOM
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(units);
    if (decoder.hasError() || units.size() % 2 != 0) {
        qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        if (bad < 0)
            bad = text.size();
        const QByteArray before = QStringView(text).first(bad).toUtf8();
        const qint64 at = 1
                + countLineBreaks(reinterpret_cast<const uchar *>(before.constData()),
                                  before.size());
        return fail(at, tr("invalid UTF-16 data"));
    }
    buffer = text.toUtf8();
    pos = 0;
    utf16DeviceBytes = deviceBytes;
    utf16Utf8Bytes = buffer.size();
    encodingName = littleEndian ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
    return true;
}

/// Sets up encoding and delimiter from the options and the first bytes.
Result<bool> CsvReader::Private::start()
{
    started = true;
    const QString name = options.encoding.trimmed().toLower();
    bool detect = false;
    if (name.isEmpty()) {
        detect = true;
    } else if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        encoding = Encoding::Utf8;
        encodingName = QStringLiteral("utf-8");
    } else if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252")) {
        encoding = Encoding::Windows1252;
        encodingName = QStringLiteral("windows-1252");
    } else if (name == QLatin1String("latin1") || name == QLatin1String("latin-1")
               || name == QLatin1String("iso-8859-1")) {
        encoding = Encoding::Latin1;
        encodingName = QStringLiteral("latin1");
    } else {
        return fail(0,
                    tr("unknown encoding \"%1\"; use utf-8, windows-1252 or latin1")
                            .arg(options.encoding));
    }

    const QChar given = options.delimiter;
    if (!given.isNull()) {
        const char16_t u = given.unicode();
        if (u >= 0x80 || u == u'"' || u == u'\r' || u == u'\n')
            return fail(0,
                        tr("the delimiter must be an ASCII character other than a quote or a "
                           "line break"));
        delimiter = char(u);
    }
    if (!device || !device->isReadable())
        return fail(0, tr("the file is not open for reading"), ErrorCode::Io);

    while (buffer.size() < 3) {
        auto more = appendChunk();
        if (!more)
            return more.error();
        if (!more.value())
            break;
    }
    const auto *b = reinterpret_cast<const uchar *>(buffer.constData());
    const qsizetype n = buffer.size();
    if (detect && n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        auto read = readUtf16(b[0] == 0xFF);
        if (!read)
            return read.error();
    } else if ((detect || encoding == Encoding::Utf8) && n >= 3 && b[0] == 0xEF && b[1] == 0xBB
               && b[2] == 0xBF) {
        pos = 3;
        encodingName = QStringLiteral("utf-8");
    } else if (detect) {
        encodingName = QStringLiteral("utf-8");
    }

    if (given.isNull()) {
        for (;;) {
            bool complete = false;
            delimiter = detectDelimiter(reinterpret_cast<const uchar *>(buffer.constData()) + pos,
                                        buffer.size() - pos, &complete);
            if (complete || buffer.size() >= kDetectLimit)
                break;
            auto more = appendChunk();
            if (!more)
                return more.error();
            if (!more.value())
                break;
        }
    }

    for (uchar c : {uchar(delimiter), uchar('\r'), uchar('\n'), uchar('\0')})
        unquotedStop[c] = true;
    for (uchar c : {uchar('"'), uchar('\r'), uchar('\n'), uchar('\0')})
        quotedStop[c] = true;
    return true;
}

/// Decodes one field's bytes into `out`; false (and failed) on invalid UTF-8.
bool CsvReader::Private::decodeField(const uchar *data, qsizetype size, QString *out)
{
    if (size == 0) {
        *out = QString();
        return true;
    }
    switch (encoding) {
    case Encoding::Utf8: {
        const qsizetype bad = firstInvalidUtf8(data, size);
        if (bad >= 0) {
            fail(fieldLine + countLineBreaks(data, bad),
                 tr("invalid UTF-8 (byte 0x%1); the file is not UTF-8 — pass --encoding "
                    "windows-1252 or latin1")
                         .arg(QString::number(data[bad], 16).toUpper()));
            return false;
        }
        *out = QString::fromUtf8(reinterpret_cast<const char *>(data), size);
        return true;
    }
    case Encoding::Windows1252: {
        QString s(size, Qt::Uninitialized);
        char16_t *d = reinterpret_cast<char16_t *>(s.data());
        for (qsizetype i = 0; i < size; ++i)
            d[i] = kCp1252[data[i]];
        *out = std::move(s);
        return true;
    }
    case Encoding::Latin1:
        *out = QString::fromLatin1(reinterpret_cast<const char *>(data), size);
        return true;
    }
    return false;
}

/// Decodes a finished field and appends it to the record; false (and failed) on an error.
bool CsvReader::Private::finishField(Record &record, const uchar *data, qsizetype size)
{
    if (size > options.maxFieldBytes) {
        fail(fieldLine, tr("a field is longer than %1 bytes").arg(options.maxFieldBytes));
        return false;
    }
    QString text;
    if (!decodeField(data, size, &text))
        return false;
    record.fields.append(std::move(text));
    return true;
}

Result<bool> CsvReader::Private::parse(Record &record)
{
    for (;;) {
        if (pos == buffer.size()) {
            auto more = refill();
            if (!more)
                return more.error();
            if (!more.value())
                return endOfInput(record);
            continue;
        }
        Step step = Step::More;
        switch (state) {
        case State::RecordStart:
            step = startRecord(record);
            break;
        case State::FieldStart:
            step = startField(record);
            break;
        case State::Unquoted:
            step = scanUnquoted(record);
            break;
        case State::Quoted:
            step = scanQuoted();
            break;
        case State::AfterQuote:
            step = afterQuote(record);
            break;
        }
        if (step == Step::Record)
            return true;
        if (step == Step::Failed)
            return *failure;
    }
}

/// The input has ended: the last record ends too (false: there was none).
Result<bool> CsvReader::Private::endOfInput(Record &record)
{
    switch (state) {
    case State::RecordStart:
        finished = true;
        return false;
    case State::FieldStart: // after a delimiter: an empty last field
        state = State::RecordStart;
        record.fields.append(QString());
        return true;
    case State::Unquoted:
    case State::AfterQuote:
        state = State::RecordStart;
        if (!finishField(record, fieldBytes(), qsizetype(field.size())))
            return *failure;
        return true;
    case State::Quoted:
        break;
    }
    // The line where the file ends, not counting a final line break.
    const bool endsInBreak = !field.empty() && (field.back() == '\r' || field.back() == '\n');
    return fail(line - (endsInBreak ? 1 : 0),
                tr("unterminated quoted field (opened on line %1)").arg(fieldLine));
}

/// Skips empty lines; a record starts at the first other byte.
CsvReader::Private::Step CsvReader::Private::startRecord(Record &record)
{
    const auto *data = reinterpret_cast<const uchar *>(buffer.constData());
    const uchar *p = data + pos;
    const uchar *const end = data + buffer.size();
    while (p < end && (*p == '\r' || *p == '\n'))
        consumeBreak(*p++);
    pos = p - data;
    if (p == end)
        return Step::More;
    record.line = line;
    state = State::FieldStart;
    return startField(record);
}

CsvReader::Private::Step CsvReader::Private::startField(Record &record)
{
    fieldLine = line;
    field.clear();
    if (buffer.constData()[pos] == '"') {
        afterCR = false;
        ++pos;
        state = State::Quoted;
        return Step::More;
    }
    state = State::Unquoted;
    return scanUnquoted(record);
}

/// An unquoted field up to a delimiter or line break, decoded in place when it lies in one
/// chunk.
CsvReader::Private::Step CsvReader::Private::scanUnquoted(Record &record)
{
    const auto *data = reinterpret_cast<const uchar *>(buffer.constData());
    const uchar *p = data + pos;
    const uchar *const end = data + buffer.size();
    const uchar *const s = p;
    while (p < end && !unquotedStop[*p])
        ++p;
    if (p > s)
        afterCR = false;
    if (p == end) { // the field goes on in the next chunk
        field.append(reinterpret_cast<const char *>(s), p - s);
        pos = p - data;
        return fieldTooLong() ? Step::Failed : Step::More;
    }
    const uchar c = *p;
    if (c == '\0') {
        fail(line, nulByte());
        return Step::Failed;
    }
    bool ok;
    if (field.empty()) {
        ok = finishField(record, s, p - s);
    } else {
        field.append(reinterpret_cast<const char *>(s), p - s);
        ok = finishField(record, fieldBytes(), qsizetype(field.size()));
    }
    if (!ok)
        return Step::Failed;
    ++p;
    pos = p - data;
    return afterField(c);
}

/// A quoted field's bytes up to its closing quote; line breaks inside are data.
CsvReader::Private::Step CsvReader::Private::scanQuoted()
{
    const auto *data = reinterpret_cast<const uchar *>(buffer.constData());
    const uchar *p = data + pos;
    const uchar *const end = data + buffer.size();
    while (p < end) {
        const uchar *const s = p;
        while (p < end && !quotedStop[*p])
            ++p;
        if (p > s) {
            field.append(reinterpret_cast<const char *>(s), p - s);
            afterCR = false;
        }
        if (p == end)
            break;
        const uchar c = *p;
        if (c == '"') {
            ++p;
            afterCR = false;
            state = State::AfterQuote;
            break;
        }
        if (c == '\0') {
            pos = p - data;
            fail(line, nulByte());
            return Step::Failed;
        }
        field.push_back(char(c)); // a line break inside quotes is data
        consumeBreak(c);
        ++p;
    }
    pos = p - data;
    return fieldTooLong() ? Step::Failed : Step::More;
}

/// After a closing quote: a doubled quote, or the end of the field.
CsvReader::Private::Step CsvReader::Private::afterQuote(Record &record)
{
    const uchar c = uchar(buffer.constData()[pos]);
    if (c == '"') { // a doubled quote
        field.push_back('"');
        ++pos;
        state = State::Quoted;
        return Step::More;
    }
    if (c == '\0') {
        fail(line, nulByte());
        return Step::Failed;
    }
    if (c != uchar(delimiter) && c != '\r' && c != '\n') {
        fail(line, tr("unexpected text after a closing quote"));
        return Step::Failed;
    }
    if (!finishField(record, fieldBytes(), qsizetype(field.size())))
        return Step::Failed;
    ++pos;
    return afterField(c);
}

/// `c` ended a field (and was consumed): a delimiter starts the next field, a line break ends
/// the record.
CsvReader::Private::Step CsvReader::Private::afterField(uchar c)
{
    if (c == uchar(delimiter)) {
        afterCR = false;
        state = State::FieldStart;
        return Step::More;
    }
    consumeBreak(c);
    state = State::RecordStart;
    return Step::Record;
}

/// A field longer than the limit fails the read.
bool CsvReader::Private::fieldTooLong()
{
    if (qsizetype(field.size()) <= options.maxFieldBytes)
        return false;
    fail(fieldLine, tr("a field is longer than %1 bytes").arg(options.maxFieldBytes));
    return true;
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : d(std::make_unique<Private>())
{
    d->device = device;
    d->options = options;
}

CsvReader::~CsvReader() = default;

Result<bool> CsvReader::next(Record &record)
{
    record.line = 0;
    record.fields.clear();
    if (d->failure)
        return *d->failure;
    if (d->finished)
        return false;
    if (!d->started) {
        auto started = d->start();
        if (!started)
            return started.error();
    }
    return d->parse(record);
}

QString CsvReader::encoding() const
{
    return d->encodingName;
}

QChar CsvReader::delimiter() const
{
    return d->started ? QChar(QLatin1Char(d->delimiter)) : d->options.delimiter;
}

qint64 CsvReader::bytesRead() const
{
    const qint64 consumed = d->bufferBase + d->pos;
    if (d->utf16DeviceBytes < 0)
        return consumed;
    return d->utf16Utf8Bytes == 0 ? d->utf16DeviceBytes
                                  : consumed * d->utf16DeviceBytes / d->utf16Utf8Bytes;
}

} // namespace ardesk
