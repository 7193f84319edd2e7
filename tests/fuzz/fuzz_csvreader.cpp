// SPDX-License-Identifier: MIT
// The CSV reader on any bytes: the first byte picks the encoding and the delimiter (or detection),
// the rest is the file. Every record is read until the end or the first error; an error names
// its line ("line N:"), and no field is longer than the limit.
#include "fuzzsupport.h"

#include "core/import/csvreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ardesk::CsvReader;
    if (size == 0)
        return 0;
    static const char *const encodings[] = {"", "utf-8", "windows-1252", "latin1"};
    static const char16_t delimiters[] = {0, u',', u';', u'\t'};
    CsvReader::Options options;
    options.encoding = QString::fromLatin1(encodings[data[0] & 3]);
    options.delimiter = QChar(delimiters[(data[0] >> 2) & 3]);
    options.maxFieldBytes = (data[0] & 0x10) ? 64 : 64 * 1024;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvReader::Record record;
    for (int records = 0; records < 100000; ++records) {
        auto r = reader.next(record);
        if (!r) {
            FUZZ_CHECK(r.errorString().startsWith(QLatin1String("line ")),
                       "a CSV error names its line");
            break;
        }
        if (!r.value())
            break;
        FUZZ_CHECK(record.line >= 1, "a record has a line number");
        for (const QString &field : std::as_const(record.fields))
            FUZZ_CHECK(field.size() <= options.maxFieldBytes, "a field within the limit");
    }
    return 0;
}
