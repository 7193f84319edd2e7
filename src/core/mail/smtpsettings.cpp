// SPDX-License-Identifier: MIT
#include "core/mail/smtpsettings.h"

#include "core/mail/address.h"
#include "core/storage/companysettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace ardesk {
namespace {

Error invalid(const QString &field, const QString &value, const QString &why)
{
    return makeError(ErrorCode::InvalidValue,
                     QStringLiteral("%1: \"%2\" %3").arg(field, mail::visible(value), why));
}

QString unbracketed(const QString &host)
{
    const QString h = host.trimmed();
    return h.startsWith(u'[') && h.endsWith(u']') ? h.mid(1, h.size() - 2) : h;
}

bool isIpLiteral(const QString &host)
{
    static const QRegularExpression v4(QStringLiteral(
            "^(25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})){3}$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
    const QString h = unbracketed(host);
    return v4.match(h).hasMatch() || (h.contains(u':') && v6.match(h).hasMatch());
}

} // namespace

QString toString(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::Tls:
        return QStringLiteral("tls");
    case SmtpSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    }
    return QString();
}

std::optional<SmtpSettings::Security> smtpSecurityFromString(QStringView text)
{
    for (auto s : {SmtpSettings::Security::Tls, SmtpSettings::Security::StartTls,
                   SmtpSettings::Security::None}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

QString toString(SmtpSettings::Auth auth)
{
    return auth == SmtpSettings::Auth::XOAuth2 ? QStringLiteral("xoauth2")
                                               : QStringLiteral("password");
}

std::optional<SmtpSettings::Auth> smtpAuthFromString(QStringView text)
{
    if (text == u"password")
        return SmtpSettings::Auth::Password;
    if (text == u"xoauth2")
        return SmtpSettings::Auth::XOAuth2;
    return std::nullopt;
}

bool SmtpSettings::isLoopbackHost(const QString &host)
{
    const QString h = unbracketed(host).toLower();
    if (h == QLatin1String("localhost") || h == QLatin1String("::1")
        || h == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    return isIpLiteral(h) && h.startsWith(QLatin1String("127."));
}

SmtpSettings SmtpSettings::trimmed() const
{
    SmtpSettings t = *this;
    t.host = host.trimmed();
    t.user = user.trimmed();
    t.fromAddress = fromAddress.trimmed();
    t.fromName = fromName.trimmed();
    t.replyTo = replyTo.trimmed();
    return t;
}

Result<void> SmtpSettings::validate() const
{
    static const QRegularExpression hostRe(QStringLiteral(
            "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
            "[A-Za-z0-9])?)*$"));
    const QString trimmed = host.trimmed();
    const bool isIp = isIpLiteral(trimmed);
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("host: the SMTP server is required"));
    if (!isIp && (trimmed.size() > 253 || !hostRe.match(trimmed).hasMatch()))
        return invalid(tr("host"), host, tr("is not a host name or IP address"));
    if (port < 1 || port > 65535)
        return invalid(tr("port"), QString::number(port), tr("is not a port number (1-65535)"));
    if (security == Security::None && !isLoopbackHost(trimmed))
        return invalid(tr("security"), QStringLiteral("none"),
                       tr("is only allowed to a loopback host (127.0.0.1, ::1, localhost), not to "
                          "%1: use tls or starttls")
                               .arg(trimmed));
    if (auto r = mail::checkHeaderValue(tr("user"), user); !r)
        return r;
    if (user.size() > 256)
        return invalid(tr("user"), user.left(40), tr("is longer than 256 characters"));
    if (auto a = MailAddress::create(fromAddress, fromName, tr("from")); !a)
        return a.error();
    if (!replyTo.isEmpty()) {
        if (auto a = MailAddress::parse(replyTo, tr("reply-to")); !a)
            return a.error();
    }
    if (auto r = mail::checkHeaderValue(tr("from name"), fromName); !r)
        return r;
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return invalid(tr("CA file"), caFile, tr("cannot be read"));
    if (ratePerMinute < 0 || ratePerMinute > 100000)
        return invalid(tr("rate per minute"), QString::number(ratePerMinute),
                       tr("must be between 0 (no limit) and 100000"));
    if (ratePerDay < 0 || ratePerDay > 10000000)
        return invalid(tr("rate per day"), QString::number(ratePerDay),
                       tr("must be between 0 (no limit) and 10000000"));
    if (maxAttempts < 1 || maxAttempts > 50)
        return invalid(tr("max attempts"), QString::number(maxAttempts),
                       tr("must be between 1 and 50"));
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return invalid(tr("timeout"), QString::number(timeoutSeconds),
                       tr("must be between 1 and 3600 seconds"));
    return {};
}

QString SmtpSettings::secretKey() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host.trimmed().toLower()).arg(port);
}

QJsonObject SmtpSettings::toJson() const
{
    return QJsonObject {{QStringLiteral("host"), host},
                        {QStringLiteral("port"), port},
                        {QStringLiteral("security"), toString(security)},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("auth"), toString(auth)},
                        {QStringLiteral("from"), fromAddress},
                        {QStringLiteral("from_name"), fromName},
                        {QStringLiteral("reply_to"), replyTo},
                        {QStringLiteral("signature"), signature},
                        {QStringLiteral("ca_file"), caFile},
                        {QStringLiteral("rate_per_minute"), ratePerMinute},
                        {QStringLiteral("rate_per_day"), ratePerDay},
                        {QStringLiteral("max_attempts"), maxAttempts},
                        {QStringLiteral("timeout_seconds"), timeoutSeconds}};
}

Result<SmtpSettings> SmtpSettings::load(const Database &db)
{
    SmtpSettings s;
    auto text = [&](const char *key, QString &into) -> Result<void> {
        auto v = readSetting(db, QString::fromLatin1(key), into);
        if (!v)
            return v.error();
        into = v.value();
        return {};
    };
    auto number = [&](const char *key, int &into) -> Result<void> {
        auto v = readSetting(db, QString::fromLatin1(key), QString::number(into));
        if (!v)
            return v.error();
        bool ok = false;
        const int n = v.value().toInt(&ok);
        if (!ok)
            return makeError(ErrorCode::Corrupt,
                             tr("setting %1: \"%2\" is not a number")
                                     .arg(QString::fromLatin1(key), v.value()));
        into = n;
        return {};
    };
    QString security = toString(s.security);
    QString auth = toString(s.auth);
    for (auto r :
         {text("smtp.host", s.host), number("smtp.port", s.port), text("smtp.security", security),
          text("smtp.user", s.user), text("smtp.auth", auth), text("smtp.from", s.fromAddress),
          text("smtp.from_name", s.fromName), text("smtp.reply_to", s.replyTo),
          text("smtp.signature", s.signature), text("smtp.ca_file", s.caFile),
          number("smtp.rate_per_minute", s.ratePerMinute),
          number("smtp.rate_per_day", s.ratePerDay), number("smtp.max_attempts", s.maxAttempts),
          number("smtp.timeout_seconds", s.timeoutSeconds)}) {
        if (!r)
            return r.error();
    }
    const auto sec = smtpSecurityFromString(security);
    if (!sec)
        return makeError(ErrorCode::Corrupt,
                         tr("setting smtp.security: \"%1\" is not one of tls, "
                            "starttls, none")
                                 .arg(security));
    s.security = *sec;
    const auto a = smtpAuthFromString(auth);
    if (!a)
        return makeError(ErrorCode::Corrupt,
                         tr("setting smtp.auth: \"%1\" is not password or xoauth2").arg(auth));
    s.auth = *a;
    return s;
}

Result<void> SmtpSettings::save(const Database &db, qint64 userId) const
{
    if (auto v = validate(); !v)
        return v;
    auto before = load(db);
    if (!before)
        return before.error();
    const QList<std::pair<const char *, QString>> values
            = {{"smtp.host", host.trimmed()},
               {"smtp.port", QString::number(port)},
               {"smtp.security", toString(security)},
               {"smtp.user", user},
               {"smtp.auth", toString(auth)},
               {"smtp.from", fromAddress.trimmed()},
               {"smtp.from_name", fromName.trimmed()},
               {"smtp.reply_to", replyTo.trimmed()},
               {"smtp.signature", signature},
               {"smtp.ca_file", caFile},
               {"smtp.rate_per_minute", QString::number(ratePerMinute)},
               {"smtp.rate_per_day", QString::number(ratePerDay)},
               {"smtp.max_attempts", QString::number(maxAttempts)},
               {"smtp.timeout_seconds", QString::number(timeoutSeconds)}};
    if (auto w = writeSettings(db, userId, values, before.value().toJson(), toJson()); !w)
        return w;
    return {};
}

} // namespace ardesk
