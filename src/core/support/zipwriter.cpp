// SPDX-License-Identifier: MIT
#include "core/support/zipwriter.h"

#include <limits>

#include <zlib.h>

namespace ardesk {

namespace {

constexpr quint16 kVersion = 20; // 2.0: what a stored entry with UTF-8 names needs
constexpr quint16 kUtf8Names = 0x0800;

void le16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void le32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device, const QDateTime &modified)
    : m_device(device)
{
    const QDateTime local = modified.toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    m_dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

Result<void> ZipWriter::put(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return makeError(ErrorCode::Io,
                         tr("could not write the archive: %1").arg(m_device->errorString()));
    m_written += bytes.size();
    return {};
}

Result<void> ZipWriter::add(const QString &name, const QByteArray &data)
{
    constexpr qint64 limit = std::numeric_limits<quint32>::max();
    if (m_written + data.size() + 1024 > limit || m_entries.size() >= 65535)
        return makeError(ErrorCode::InvalidValue,
                         tr("the archive would exceed 4 GiB or 65,535 files"));
    Entry e;
    e.name = name.toUtf8();
    e.crc = quint32(
            crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    e.size = quint32(data.size());
    e.offset = quint32(m_written);
    QByteArray header;
    le32(header, 0x04034b50);
    le16(header, kVersion);
    le16(header, kUtf8Names);
    le16(header, 0); // stored
    le16(header, m_dosTime);
    le16(header, m_dosDate);
    le32(header, e.crc);
    le32(header, e.size);
    le32(header, e.size);
    le16(header, quint16(e.name.size()));
    le16(header, 0);
    header += e.name;
    if (auto w = put(header); !w)
        return w;
    if (auto w = put(data); !w)
        return w;
    m_entries.append(e);
    return {};
}

Result<void> ZipWriter::finish()
{
    const quint32 start = quint32(m_written);
    QByteArray directory;
    for (const Entry &e : m_entries) {
        le32(directory, 0x02014b50);
        le16(directory, kVersion);
        le16(directory, kVersion);
        le16(directory, kUtf8Names);
        le16(directory, 0);
        le16(directory, m_dosTime);
        le16(directory, m_dosDate);
        le32(directory, e.crc);
        le32(directory, e.size);
        le32(directory, e.size);
        le16(directory, quint16(e.name.size()));
        le16(directory, 0); // extra
        le16(directory, 0); // comment
        le16(directory, 0); // disk
        le16(directory, 0); // internal attributes
        le32(directory, 0); // external attributes
        le32(directory, e.offset);
        directory += e.name;
    }
    QByteArray end;
    le32(end, 0x06054b50);
    le16(end, 0);
    le16(end, 0);
    le16(end, quint16(m_entries.size()));
    le16(end, quint16(m_entries.size()));
    le32(end, quint32(directory.size()));
    le32(end, start);
    le16(end, 0);
    return put(directory + end);
}

} // namespace ardesk
