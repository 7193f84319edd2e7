// SPDX-License-Identifier: MIT
#include "core/mail/address.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ardesk {
namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029;
}

bool isAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(c));
}

Error invalid(const QString &field, const QString &value, const QString &why)
{
    return makeError(ErrorCode::InvalidValue,
                     QStringLiteral("%1: \"%2\" %3").arg(field, mail::visible(value), why));
}

} // namespace

namespace mail {

QString visible(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (isControl(u))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

Result<void> checkHeaderValue(const QString &field, const QString &value)
{
    for (QChar c : value) {
        if (isControl(c.unicode()))
            return invalid(
                    field, value,
                    MailAddress::tr("contains a control character (line breaks and other control "
                                    "characters are not allowed here)"));
    }
    return {};
}

} // namespace mail

Result<MailAddress> MailAddress::create(const QString &address, const QString &displayName,
                                        const QString &field)
{
    if (auto r = mail::checkHeaderValue(field, address); !r)
        return r.error();
    if (auto r = mail::checkHeaderValue(field, displayName); !r)
        return r.error();
    const QString a = address.trimmed();
    if (a.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("%1: an e-mail address is required").arg(field));
    const qsizetype at = a.lastIndexOf(u'@');
    if (at <= 0 || at == a.size() - 1 || a.indexOf(u'@') != at)
        return invalid(field, a, tr("is not an e-mail address (name@domain)"));
    const QString local = a.left(at);
    QString domain = a.mid(at + 1);
    if (local.size() > kMaxLocalPart)
        return invalid(field, a,
                       tr("has a local part longer than %1 characters").arg(kMaxLocalPart));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String("..")))
        return invalid(field, a, tr("has a misplaced dot before the @"));
    for (QChar c : local) {
        if (!isAtext(c.unicode()) && c != u'.')
            return invalid(field, a, tr("contains '%1', which is not allowed before the @").arg(c));
    }
    bool ascii = true;
    for (QChar c : domain)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(domain);
        if (ace.isEmpty())
            return invalid(field, a, tr("has a domain that is not a valid host name"));
        domain = QString::fromLatin1(ace);
    }
    domain = domain.toLower();
    if (domain.size() > kMaxDomain)
        return invalid(field, a, tr("has a domain longer than %1 characters").arg(kMaxDomain));
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return invalid(field, a, tr("has no domain with a dot after the @"));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return invalid(field, a, tr("has an invalid domain part \"%1\"").arg(l));
    }
    static const QRegularExpression tld(QStringLiteral("^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$"));
    if (!tld.match(labels.constLast()).hasMatch())
        return invalid(field, a, tr("has an invalid top-level domain"));
    const QString full = local + u'@' + domain;
    if (full.size() + 2 > kMaxPath)
        return invalid(field, a, tr("is longer than %1 characters").arg(kMaxPath - 2));
    MailAddress m;
    m.m_address = full;
    m.m_displayName = displayName.trimmed();
    if (m.m_displayName.size() > 200)
        return invalid(field, displayName, tr("is too long for a display name"));
    return m;
}

Result<MailAddress> MailAddress::parse(const QString &text, const QString &field)
{
    if (auto r = mail::checkHeaderValue(field, text); !r)
        return r.error();
    const QString t = text.trimmed();
    if (!t.endsWith(u'>'))
        return create(t, QString(), field);
    const qsizetype open = t.lastIndexOf(u'<');
    if (open < 0)
        return invalid(field, t, tr("has a '>' without a '<'"));
    QString name = t.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
        QString unquoted;
        for (qsizetype i = 1; i < name.size() - 1; ++i) {
            if (name[i] == u'\\' && i + 1 < name.size() - 1)
                ++i;
            unquoted += name[i];
        }
        name = unquoted;
    }
    return create(t.mid(open + 1, t.size() - open - 2), name, field);
}

Result<QList<MailAddress>> MailAddress::parseList(const QString &text, const QString &field)
{
    QList<MailAddress> out;
    QString current;
    bool quoted = false;
    auto flush = [&]() -> Result<void> {
        if (current.trimmed().isEmpty())
            return {};
        auto a = parse(current, field);
        if (!a)
            return a.error();
        out.append(a.value());
        current.clear();
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' && (i == 0 || text[i - 1] != u'\\'))
            quoted = !quoted;
        if (c == u',' && !quoted) {
            if (auto r = flush(); !r)
                return r.error();
            continue;
        }
        current += c;
    }
    if (auto r = flush(); !r)
        return r.error();
    return out;
}

QString MailAddress::toString() const
{
    if (m_displayName.isEmpty())
        return m_address;
    return m_displayName + QStringLiteral(" <") + m_address + u'>';
}

} // namespace ardesk
