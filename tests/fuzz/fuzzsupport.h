// SPDX-License-Identifier: MIT
// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp): each defines LLVMFuzzerTestOneInput, built
// with libFuzzer in build-fuzz (make fuzz) and with replaymain.cpp into a ctest that replays the
// corpus and the saved crashes (fuzz.<target>).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// A promise of the code under test that the input broke: report it and abort, so libFuzzer
/// saves the input and the replay test fails.
#define FUZZ_CHECK(condition, what) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort(); \
        } \
    } while (0)

namespace ardesk::fuzz {

/// The input as its fields: split at 0x1E (the ASCII record separator), at most `count` fields;
/// missing ones are empty.
inline QList<QByteArray> fields(const uint8_t *data, size_t size, int count)
{
    const QByteArray all
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < count - 1) {
        const qsizetype at = all.indexOf('\x1e', from);
        if (at < 0)
            break;
        out << all.mid(from, at - from);
        from = at + 1;
    }
    out << all.mid(from);
    while (out.size() < count)
        out << QByteArray();
    return out;
}

inline QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace ardesk::fuzz
