// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

namespace ardesk {

/// Writes a zip archive (PKWARE APPNOTE: stored entries, CRC-32 from zlib, UTF-8 names) to a
/// device the caller opened and closes. Entries are written as they are added; finish() writes
/// the central directory. No ZIP64: an archive is refused past 4 GiB or 65,535 entries.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    /// `modified` is the time stamp every entry gets (local-time DOS fields).
    ZipWriter(QIODevice *device, const QDateTime &modified);

    Result<void> add(const QString &name, const QByteArray &data);
    Result<void> finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    Result<void> put(const QByteArray &bytes);

    QIODevice *m_device;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    qint64 m_written = 0;
    QList<Entry> m_entries;
};

} // namespace ardesk
