// SPDX-License-Identifier: MIT
#include "core/storage/sqliteheader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace ardesk {
namespace {

quint32 be32(const QByteArray &h, int offset)
{
    return qFromBigEndian<quint32>(h.constData() + offset);
}

quint16 be16(const QByteArray &h, int offset)
{
    return qFromBigEndian<quint16>(h.constData() + offset);
}

quint8 byteAt(const QByteArray &h, int offset)
{
    return quint8(h.at(offset));
}

/// The page size in bytes, or 0 when the field holds no valid page size.
qint64 pageSizeOf(const QByteArray &h)
{
    const quint16 raw = be16(h, 16);
    if (raw == 1)
        return 65536;
    if (raw < 512 || (raw & (raw - 1)) != 0)
        return 0;
    return raw;
}

/// The fields that do not depend on the file's size. `walPending`: page 1 in the log may be
/// newer than the file's, which may still be the empty database's (schema format and encoding 0).
QString formatProblem(const QByteArray &h, bool walPending)
{
    if (!h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return SqliteHeader::tr("the header does not start with \"SQLite format 3\"");
    if (pageSizeOf(h) == 0)
        return SqliteHeader::tr("the page size %1 is not a power of two from 512 to 65536")
                .arg(be16(h, 16));
    for (int offset : {18, 19}) {
        if (byteAt(h, offset) != 1 && byteAt(h, offset) != 2)
            return SqliteHeader::tr("the file format version at byte %1 is %2 (1 or 2 expected)")
                    .arg(offset)
                    .arg(byteAt(h, offset));
    }
    if (byteAt(h, 20) != 0)
        return SqliteHeader::tr("%1 reserved bytes per page (ARDesk reserves none)")
                .arg(byteAt(h, 20));
    if (byteAt(h, 21) != 64 || byteAt(h, 22) != 32 || byteAt(h, 23) != 32)
        return SqliteHeader::tr("the payload fractions are %1/%2/%3 (64/32/32 expected)")
                .arg(byteAt(h, 21))
                .arg(byteAt(h, 22))
                .arg(byteAt(h, 23));
    const bool emptyYet = walPending && be32(h, 44) == 0 && be32(h, 56) == 0;
    if ((be32(h, 44) < 1 || be32(h, 44) > 4) && !emptyYet)
        return SqliteHeader::tr("the schema format %1 is not 1 to 4").arg(be32(h, 44));
    if (be32(h, 56) != 1 && !emptyYet)
        return SqliteHeader::tr("the text encoding %1 is not UTF-8 (1)").arg(be32(h, 56));
    if (be32(h, 52) != 0 || be32(h, 64) != 0)
        return SqliteHeader::tr("the auto-vacuum fields are %1 and %2 (ARDesk writes 0 and 0)")
                .arg(be32(h, 52))
                .arg(be32(h, 64));
    for (int offset = 72; offset < 92; ++offset) {
        if (byteAt(h, offset) != 0)
            return SqliteHeader::tr("the reserved header byte %1 is not zero").arg(offset);
    }
    const quint32 version = be32(h, 96);
    if (version < 3000000 || version > 3999999)
        return SqliteHeader::tr("the SQLite version number %1 is not one of SQLite 3").arg(version);
    return QString();
}

/// The page count against the file size, and the free list inside the pages.
QString sizeProblem(const QByteArray &h, qint64 fileSize)
{
    const qint64 pageSize = pageSizeOf(h);
    if (fileSize % pageSize != 0)
        return SqliteHeader::tr("the file size %1 is not a whole number of %2-byte pages")
                .arg(fileSize)
                .arg(pageSize);
    const qint64 pages = be32(h, 28);
    // The page count is valid when the change counter matches "version valid for".
    if (pages == 0 || be32(h, 24) != be32(h, 92))
        return QString();
    if (pages * pageSize != fileSize)
        return SqliteHeader::tr("the header counts %1 pages of %2 bytes, the file holds %3 bytes")
                .arg(pages)
                .arg(pageSize)
                .arg(fileSize);
    const quint32 trunk = be32(h, 32), freePages = be32(h, 36);
    if (trunk > pages || freePages >= pages || (trunk == 0) != (freePages == 0))
        return SqliteHeader::tr("the free-page list (first page %1, %2 pages) does not fit the "
                                "%3 pages of the file")
                .arg(trunk)
                .arg(freePages)
                .arg(pages);
    return QString();
}

} // namespace

QString SqliteHeader::problem(const QByteArray &header, qint64 fileSize, bool walPending)
{
    if (header.size() < kSize)
        return tr("the file is too short (%n byte(s)) to hold a SQLite header", nullptr,
                  int(header.size()));
    if (const QString format = formatProblem(header, walPending); !format.isEmpty())
        return format;
    return walPending ? QString() : sizeProblem(header, fileSize);
}

QString SqliteHeader::problemOfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("cannot read the file: %1").arg(f.errorString());
    const QByteArray header = f.read(kSize);
    return problem(header, f.size(), !pendingLog(path).isEmpty());
}

QString SqliteHeader::pendingLog(const QString &path)
{
    // SQLite deletes the log when the last connection closes; while one is open, or after a
    // crash, a log with content may hold committed transactions the file does not.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0 ? wal.filePath() : QString();
}

} // namespace ardesk
