// SPDX-License-Identifier: MIT
#include "core/mail/smtptransport.h"

#include "core/support/log.h"

#include <cstring>
#include <mutex>

#include <curl/curl.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace ardesk {
namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    static_cast<SmtpTransport *>(user)->onDebug(int(type), data, size);
    return 0;
}

size_t readCallback(char *buffer, size_t size, size_t nitems, void *user)
{
    return static_cast<SmtpTransport *>(user)->onRead(buffer, size * nitems);
}

QString hostForUrl(const QString &host)
{
    const QString h = host.trimmed();
    if (h.contains(u':') && !h.startsWith(u'['))
        return u'[' + h + u']';
    return h;
}

/// The error a user can act on, for the curl failures that are about the setup.
QString describe(CURLcode code, const char *errorBuffer, const SmtpSettings &s)
{
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    QString what;
    switch (code) {
    case CURLE_LOGIN_DENIED:
        what = SmtpTransport::tr("the server refused the login for user \"%1\"").arg(s.user);
        break;
    case CURLE_USE_SSL_FAILED:
        what = SmtpTransport::tr("the server does not offer STARTTLS; refusing to send in clear");
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        what = SmtpTransport::tr("the server's certificate could not be verified for %1")
                       .arg(s.host);
        break;
    case CURLE_SSL_CACERT_BADFILE:
        what = SmtpTransport::tr("the CA file %1 could not be used").arg(s.caFile);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        what = SmtpTransport::tr("the host %1 could not be resolved").arg(s.host);
        break;
    case CURLE_COULDNT_CONNECT:
        what = SmtpTransport::tr("could not connect to %1 port %2").arg(s.host).arg(s.port);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        what = SmtpTransport::tr("the server did not answer in time");
        break;
    default:
        what = QString::fromUtf8(curl_easy_strerror(code));
        break;
    }
    return detail.isEmpty() || what.contains(detail) ? what
                                                     : what + QStringLiteral(" (") + detail + u')';
}

/// smtp[s]://host:port/EHLO-name, the EHLO name being the sender's domain.
QByteArray smtpUrl(const SmtpSettings &s, const QString &from)
{
    const bool implicitTls = s.security == SmtpSettings::Security::Tls;
    const QString ehlo
            = from.section(u'@', 1).isEmpty() ? QStringLiteral("localhost") : from.section(u'@', 1);
    return QStringLiteral("%1://%2:%3/%4")
            .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), hostForUrl(s.host))
            .arg(s.port)
            .arg(ehlo)
            .toUtf8();
}

/// Protocols, TLS (required unless `none`, verified, 1.2 or newer) and timeouts.
void setSecurityOptions(CURL *curl, const SmtpSettings &s, const QByteArray &caFile)
{
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(
            curl, CURLOPT_USE_SSL,
            long(s.security == SmtpSettings::Security::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.isEmpty() ? nullptr : caFile.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(s.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(s.timeoutSeconds));
}

/// No login, a password or an OAuth2 bearer token; whatever is not used is cleared.
void setCredentials(CURL *curl, const SmtpSettings &s, const QByteArray &user,
                    const QByteArray &secret)
{
    if (s.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, nullptr);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, nullptr);
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, nullptr);
    } else if (s.auth == SmtpSettings::Auth::XOAuth2) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, nullptr);
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, secret.constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, nullptr);
    }
}

/// "queued as X" (or id=X, queue id X) from the server's reply.
QString queueIdOf(const QString &reply)
{
    static const QRegularExpression queued(
            QStringLiteral("(?:queued as|id=|queue id)\\s*<?([A-Za-z0-9._@-]+)"),
            QRegularExpression::CaseInsensitiveOption);
    const auto m = queued.match(reply);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// What a failed send means: not sent (setup), temporary (4xx), permanent (5xx), or unknown
/// when the message was uploaded and no final reply came.
void classifyFailure(SmtpTransport::Delivery &d, CURLcode res, bool uploadDone,
                     const char *errorBuffer, const SmtpSettings &s)
{
    using Kind = SmtpTransport::Delivery::Kind;
    const long code = d.replyCode;
    d.error = describe(res, errorBuffer, s);
    const bool setupFailure = res == CURLE_LOGIN_DENIED || res == CURLE_USE_SSL_FAILED
            || res == CURLE_PEER_FAILED_VERIFICATION || res == CURLE_SSL_CACERT_BADFILE
            || res == CURLE_SSL_CONNECT_ERROR || res == CURLE_COULDNT_RESOLVE_HOST
            || res == CURLE_COULDNT_CONNECT || res == CURLE_UNSUPPORTED_PROTOCOL;
    if (uploadDone && (code < 400 || code > 599)) {
        d.kind = Kind::Unknown;
        d.error = SmtpTransport::tr("the message was sent but the server's answer never came (%1)")
                          .arg(d.error);
    } else if (!setupFailure && code >= 400 && code <= 499) {
        d.kind = Kind::Temporary;
        d.error = d.reply.isEmpty() ? d.error : d.reply;
    } else if (!setupFailure && code >= 500 && code <= 599) {
        d.kind = Kind::Permanent;
        d.error = d.reply.isEmpty() ? d.error : d.reply;
    } else {
        d.kind = Kind::NotSent;
    }
}

} // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings, QString secret)
    : m_settings(std::move(settings))
    , m_secret(std::move(secret))
{
    globalInit();
}

SmtpTransport::~SmtpTransport()
{
    close();
    // Overwrite the secret before the memory is released.
    m_secret.fill(u'\0');
}

void SmtpTransport::close()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
    m_curl = nullptr;
}

Result<void> SmtpTransport::checkSettings() const
{
    if (auto v = m_settings.validate(); !v)
        return v;
    if (!m_settings.user.isEmpty() && m_secret.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("password: none given for the SMTP user \"%1\"").arg(m_settings.user));
    return {};
}

void SmtpTransport::onDebug(int type, const char *data, size_t size)
{
    if (type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT && type != CURLINFO_TEXT)
        return; // message data and TLS records are never looked at
    const QString text = QString::fromUtf8(data, qsizetype(size));
    for (QString line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        QString shown;
        if (type == CURLINFO_HEADER_OUT) {
            if (line.compare(QLatin1String("QUIT"), Qt::CaseInsensitive) == 0)
                m_quitSent = true;
            if (line.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive)) {
                m_inAuth = true;
                shown = QStringLiteral("> ") + line.section(u' ', 0, 1)
                        + QStringLiteral(" <redacted>");
            } else if (m_inAuth) {
                shown = QStringLiteral("> <redacted>");
            } else {
                shown = QStringLiteral("> ") + line;
            }
        } else if (type == CURLINFO_HEADER_IN) {
            const int code = line.left(3).toInt();
            if (m_inAuth && code != 334)
                m_inAuth = false;
            // A 334 challenge may echo credentials (LOGIN's "Username:" is harmless, but
            // XOAUTH2 errors carry JSON); keep only the code.
            shown = code == 334 ? QStringLiteral("< 334 <redacted>") : QStringLiteral("< ") + line;
            if (code != 334 && !m_quitSent)
                m_lastReply = line;
        } else {
            if (m_inAuth)
                continue;
            shown = QStringLiteral("* ") + line;
        }
        m_dialogue << shown;
        if (m_verbose)
            log::debug(QStringLiteral("smtp %1").arg(shown));
    }
}

size_t SmtpTransport::onRead(char *buffer, size_t size)
{
    const qsizetype left = m_upload.size() - m_uploadPos;
    if (left <= 0) {
        m_uploadDone = true;
        return 0;
    }
    const size_t n = std::min(size, size_t(left));
    std::memcpy(buffer, m_upload.constData() + m_uploadPos, n);
    m_uploadPos += qsizetype(n);
    return n;
}

SmtpTransport::Delivery SmtpTransport::send(const QByteArray &eml, const QString &from,
                                            const QStringList &recipients)
{
    Delivery d = perform(eml, from, recipients, false);
    // A cached connection the server closed while idle fails before DATA: try once more on a
    // fresh connection (nothing was sent, so this can never deliver twice).
    if (d.kind == Delivery::Kind::NotSent && m_reusedLast)
        d = perform(eml, from, recipients, true);
    return d;
}

SmtpTransport::Delivery SmtpTransport::perform(const QByteArray &eml, const QString &from,
                                               const QStringList &recipients, bool freshConnection)
{
    Delivery d;
    m_reusedLast = false;
    if (auto v = checkSettings(); !v) {
        d.error = v.errorString();
        return d;
    }
    if (recipients.isEmpty()) {
        d.error = tr("the message has no recipients");
        return d;
    }
    if (!m_curl)
        m_curl = curl_easy_init();
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        d.error = tr("libcurl could not be initialised");
        return d;
    }
    const SmtpSettings &s = m_settings;
    const QByteArray url = smtpUrl(s, from);
    const QByteArray mailFrom = QByteArray('<' + from.toUtf8() + '>');
    const QByteArray user = s.user.toUtf8();
    const QByteArray secret = m_secret.toUtf8();
    const QByteArray caFile = s.caFile.toLocal8Bit();
    curl_slist *rcpt = nullptr;
    for (const QString &r : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + r.toUtf8() + '>').constData());
    char errorBuffer[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    setSecurityOptions(curl, s, caFile);
    curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, freshConnection ? 1L : 0L);
    setCredentials(curl, s, user, secret);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readCallback);
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(eml.size()));
    // The dialogue is always captured (for the server's reply); it is logged only when verbose.
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, this);

    m_upload = eml;
    m_uploadPos = 0;
    m_uploadDone = false;
    m_inAuth = false;
    m_quitSent = false;
    m_dialogue.clear();
    m_lastReply.clear();
    const CURLcode res = curl_easy_perform(curl);
    // Every byte handed to libcurl: from here on the server may have the whole message.
    m_uploadDone = m_uploadDone || (m_uploadPos >= m_upload.size() && !m_upload.isEmpty());

    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    long connects = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
    m_connections += int(connects);
    m_reusedLast = connects == 0;
    // Never leave pointers to this call's buffers in the handle.
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(rcpt);
    m_upload.clear();

    d.replyCode = int(code);
    d.reply = m_lastReply;
    d.queueId = queueIdOf(d.reply);
    if (res == CURLE_OK)
        d.kind = Delivery::Kind::Accepted;
    else
        classifyFailure(d, res, m_uploadDone, errorBuffer, s);
    return d;
}

} // namespace ardesk
