// SPDX-License-Identifier: MIT
#include "core/storage/databaseurl.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace ardesk {
namespace {

const QString kScheme = QStringLiteral("postgresql");

} // namespace

bool DatabaseUrl::isUrl(const QString &target)
{
    return target.startsWith(kScheme + QStringLiteral("://"), Qt::CaseInsensitive);
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &target)
{
    auto refuse = [&](const QString &why) {
        return makeError(ErrorCode::InvalidValue, tr("team database \"%1\": %2").arg(target, why));
    };
    if (!isUrl(target))
        return refuse(tr("it must start with postgresql://"));
    const QUrl url(target, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(url.errorString());
    if (!url.password().isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("team database: a password does not belong in the address; set "
                            "PGPASSWORD or put it in ~/.pgpass"));
    DatabaseUrl u;
    u.m_user = url.userName();
    u.m_host = url.host();
    u.m_port = url.port(5432);
    u.m_database = url.path().mid(1);
    if (u.m_user.isEmpty())
        return refuse(tr("the user is missing (postgresql://USER@HOST:PORT/DATABASE)"));
    if (u.m_host.isEmpty())
        return refuse(tr("the host is missing (postgresql://USER@HOST:PORT/DATABASE)"));
    if (u.m_port <= 0 || u.m_port > 65535)
        return refuse(tr("the port must be between 1 and 65535"));
    if (u.m_database.isEmpty() || u.m_database.contains(u'/'))
        return refuse(tr("the database name is missing (postgresql://USER@HOST:PORT/DATABASE)"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes
                    = {QStringLiteral("disable"),   QStringLiteral("allow"),
                       QStringLiteral("prefer"),    QStringLiteral("require"),
                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return refuse(tr("sslmode \"%1\" is not one of %2").arg(value, modes.join(u',')));
            u.m_sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (!QFileInfo(value).isReadable())
                return refuse(tr("sslrootcert: cannot read the CA file %1").arg(value));
            u.m_sslRootCert = QFileInfo(value).absoluteFilePath();
        } else {
            return refuse(
                    tr("unknown parameter \"%1\" (sslmode and sslrootcert are known)").arg(key));
        }
    }
    return u;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options {QStringLiteral("connect_timeout=10"),
                         QStringLiteral("application_name=ardesk")};
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + m_sslRootCert;
    return options.join(u';');
}

QString DatabaseUrl::toString() const
{
    QString text = QStringLiteral("%1://%2@%3:%4/%5")
                           .arg(kScheme, m_user, m_host)
                           .arg(m_port)
                           .arg(m_database);
    QStringList params;
    if (!m_sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        params << QStringLiteral("sslrootcert=") + m_sslRootCert;
    if (!params.isEmpty())
        text += u'?' + params.join(u'&');
    return text;
}

} // namespace ardesk
