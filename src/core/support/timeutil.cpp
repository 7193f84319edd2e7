// SPDX-License-Identifier: MIT
#include "core/support/timeutil.h"

#include <QTimeZone>

namespace ardesk::timeutil {

QString toStorage(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString toStorage(const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDate dateFromStorage(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QDateTime instantFromStorage(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

QString nowUtc()
{
    return toStorage(QDateTime::currentDateTimeUtc());
}

} // namespace ardesk::timeutil
