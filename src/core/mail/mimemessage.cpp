// SPDX-License-Identifier: MIT
#include "core/mail/mimemessage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ardesk {
namespace {

constexpr int kMaxSubject = 900;
const QByteArray kCrlf("\r\n");

bool isPlainAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

/// Encoded-words of at most 75 characters each, joined by CRLF SP; the first one leaves room for
/// `firstLineUsed` characters before it.
QByteArray encodedWords(const QString &value, int firstLineUsed = 0)
{
    constexpr int fullBytes = 45; // 60 base64 characters + "=?UTF-8?B?" + "?=" = 72
    const int firstBytes = std::clamp((76 - firstLineUsed - 12) / 4 * 3, 3, fullBytes);
    int maxBytes = firstBytes;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < value.size();) {
        qsizetype len = 1;
        if (value[i].isHighSurrogate() && i + 1 < value.size())
            len = 2;
        const QByteArray ch = value.mid(i, len).toUtf8();
        if (chunk.size() + ch.size() > maxBytes && !chunk.isEmpty()) {
            words << chunk;
            chunk.clear();
            maxBytes = fullBytes;
        }
        chunk += ch;
        i += len;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &w : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

/// A display name as a phrase: atoms, a quoted string, or encoded-words.
QByteArray phrase(const QString &name)
{
    if (!isPlainAscii(name))
        return encodedWords(name, 10);
    static const QRegularExpression atoms(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"));
    if (atoms.match(name).hasMatch() && !name.contains(QLatin1String("=?")))
        return name.toLatin1();
    QByteArray q = "\"";
    for (QChar c : name) {
        if (c == u'"' || c == u'\\')
            q += '\\';
        q += char(c.unicode());
    }
    return q + '"';
}

QByteArray mailbox(const MailAddress &a)
{
    if (a.displayName().isEmpty())
        return a.address().toLatin1();
    return phrase(a.displayName()) + " <" + a.address().toLatin1() + '>';
}

/// "Name: a, b" folded after commas so that lines stay short.
QByteArray addressHeader(const char *name, const QList<MailAddress> &list)
{
    QByteArray out = QByteArray(name) + ": ";
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QByteArray m = mailbox(list[i]);
        if (i > 0) {
            out += ',';
            const qsizetype lastBreak = out.lastIndexOf('\n');
            lineStart = lastBreak < 0 ? 0 : lastBreak + 1;
            const qsizetype firstLine = m.indexOf('\r');
            const qsizetype need = firstLine < 0 ? m.size() : firstLine;
            if (out.size() - lineStart + 1 + need > 76)
                out += "\r\n ";
            else
                out += ' ';
        }
        out += m;
    }
    return out + kCrlf;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

QByteArray safeMimeType(const MailAttachment &a)
{
    static const QRegularExpression re(
            QStringLiteral("^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$"));
    QString type = a.mimeType.toLower();
    if (type.isEmpty())
        type = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, a.bytes).name();
    if (!re.match(type).hasMatch())
        type = QStringLiteral("application/octet-stream");
    return type.toLatin1();
}

/// Content-Type and Content-Disposition for an attachment: a plain filename="..." when the name
/// is short printable ASCII, else RFC 2231 (filename*0*=UTF-8''...) with an RFC 2047 name= for
/// older readers.
QByteArray attachmentHeaders(const MailAttachment &a)
{
    const QByteArray type = safeMimeType(a);
    const QString name = a.fileName;
    QByteArray out;
    const bool simple = isPlainAscii(name) && name.size() <= 60 && !name.contains(u'"')
            && !name.contains(u'\\') && !name.contains(QLatin1String("=?"));
    if (simple) {
        out += "Content-Type: " + type + "; name=\"" + name.toLatin1() + "\"\r\n";
        out += "Content-Disposition: attachment; filename=\"" + name.toLatin1() + "\"\r\n";
    } else {
        out += "Content-Type: " + type + ";\r\n name=\"" + encodedWords(name, 7) + "\"\r\n";
        const QByteArray pct = name.toUtf8().toPercentEncoding("", "'()*");
        out += "Content-Disposition: attachment";
        qsizetype pos = 0;
        int n = 0;
        while (pos < pct.size()) {
            qsizetype len = std::min<qsizetype>(n == 0 ? 54 : 60, pct.size() - pos);
            // Never split a %XX escape.
            if (pos + len < pct.size()) {
                if (pct[pos + len - 1] == '%')
                    len -= 1;
                else if (len >= 2 && pct[pos + len - 2] == '%')
                    len -= 2;
            }
            out += ";\r\n filename*" + QByteArray::number(n) + "*=" + (n == 0 ? "UTF-8''" : "")
                    + pct.mid(pos, len);
            pos += len;
            ++n;
        }
        out += kCrlf;
    }
    out += "Content-Transfer-Encoding: base64\r\n";
    return out;
}

QByteArray textPart(const char *subtype, const QString &body)
{
    return QByteArray("Content-Type: text/") + subtype
            + "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + MimeMessage::quotedPrintable(body);
}

// ---- reading back -------------------------------------------------------------------------

struct Part
{
    QList<QPair<QByteArray, QByteArray>> headers; ///< lower-case name, unfolded value
    QByteArray body;
    QByteArray header(const char *name) const
    {
        for (const auto &[k, v] : headers) {
            if (k == name)
                return v;
        }
        return QByteArray();
    }
};

Part splitPart(const QByteArray &raw)
{
    Part p;
    qsizetype end = raw.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? raw : raw.left(end);
    p.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    for (const QByteArray &line : head.split('\n')) {
        QByteArray l = line;
        if (l.endsWith('\r'))
            l.chop(1);
        if ((l.startsWith(' ') || l.startsWith('\t')) && !p.headers.isEmpty()) {
            p.headers.last().second += l;
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        p.headers.append({l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed()});
    }
    return p;
}

/// Parameters of a structured header ("type; a=b; c*0*=...").
QMap<QByteArray, QByteArray> params(const QByteArray &value)
{
    QMap<QByteArray, QByteArray> out;
    QList<QByteArray> items;
    QByteArray cur;
    bool quoted = false;
    for (char c : value) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            items << cur;
            cur.clear();
            continue;
        }
        cur += c;
    }
    items << cur;
    out.insert("", items.value(0).trimmed().toLower());
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QByteArray item = items[i].trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray v = item.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2).replace("\\\"", "\"").replace("\\\\", "\\");
        out.insert(item.left(eq).trimmed().toLower(), v);
    }
    return out;
}

QString fileNameOf(const Part &p)
{
    const auto disp = params(p.header("content-disposition"));
    if (disp.contains("filename*0*") || disp.contains("filename*")) {
        QByteArray joined = disp.value("filename*");
        for (int n = 0; disp.contains("filename*" + QByteArray::number(n) + '*'); ++n)
            joined += disp.value("filename*" + QByteArray::number(n) + '*');
        const qsizetype q = joined.indexOf("''");
        if (q >= 0)
            joined = joined.mid(q + 2);
        return QString::fromUtf8(QByteArray::fromPercentEncoding(joined));
    }
    if (disp.contains("filename"))
        return MimeMessage::decodeHeaderText(disp.value("filename"));
    return MimeMessage::decodeHeaderText(params(p.header("content-type")).value("name"));
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray decodeBody(const Part &p)
{
    const QByteArray cte = p.header("content-transfer-encoding").toLower();
    if (cte == "base64")
        return QByteArray::fromBase64(QByteArray(p.body).replace("\r\n", ""));
    if (cte == "quoted-printable")
        return decodeQuotedPrintable(p.body);
    return p.body;
}

Result<void> readPart(const Part &part, MimeMessage &m)
{
    const auto ct = params(part.header("content-type"));
    const QByteArray type = ct.value("");
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = "--" + ct.value("boundary");
        if (boundary.size() <= 2)
            return makeError(ErrorCode::Corrupt,
                             MimeMessage::tr("a multipart part without a boundary"));
        const QList<QByteArray> pieces = part.body.split('\n');
        QByteArray current;
        bool inside = false;
        for (const QByteArray &line : pieces) {
            const QByteArray l = line.endsWith('\r') ? line.left(line.size() - 1) : line;
            if (l == boundary || l == boundary + "--") {
                if (inside) {
                    current.chop(2); // the CRLF before the boundary belongs to it
                    if (auto r = readPart(splitPart(current), m); !r)
                        return r;
                }
                current.clear();
                inside = l == boundary;
                continue;
            }
            if (inside)
                current += line + '\n';
        }
        return {};
    }
    const QByteArray bytes = decodeBody(part);
    const bool attachment = part.header("content-disposition").toLower().startsWith("attachment");
    if (!attachment && type == "text/plain" && m.text.isEmpty()) {
        m.text = QString::fromUtf8(bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    } else if (!attachment && type == "text/html" && m.html.isEmpty()) {
        m.html = QString::fromUtf8(bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    } else {
        m.attachments.append({fileNameOf(part), QString::fromLatin1(type), bytes});
    }
    return {};
}

} // namespace

QList<MailAddress> MimeMessage::recipients() const
{
    QList<MailAddress> out;
    for (const MailAddress &a : to + cc) {
        if (!out.contains(a))
            out.append(a);
    }
    return out;
}

Result<void> MimeMessage::validate() const
{
    if (!from.isValid())
        return makeError(ErrorCode::InvalidValue, tr("from: a sender address is required"));
    if (recipients().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("to: at least one recipient is required"));
    // Addresses are checked again: a MailAddress can only be made valid, but be defensive
    // about values copied in from elsewhere.
    auto recheck = [](const MailAddress &a, const QString &field) -> Result<void> {
        auto r = MailAddress::create(a.address(), a.displayName(), field);
        if (!r)
            return r.error();
        return {};
    };
    if (auto r = recheck(from, QStringLiteral("from")); !r)
        return r;
    for (const MailAddress &a : to) {
        if (auto r = recheck(a, QStringLiteral("to")); !r)
            return r;
    }
    for (const MailAddress &a : cc) {
        if (auto r = recheck(a, QStringLiteral("cc")); !r)
            return r;
    }
    if (replyTo.isValid()) {
        if (auto r = recheck(replyTo, QStringLiteral("reply-to")); !r)
            return r;
    }
    if (auto r = mail::checkHeaderValue(tr("subject"), subject); !r)
        return r;
    if (subject.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("subject: is required"));
    if (subject.size() > kMaxSubject)
        return makeError(ErrorCode::InvalidValue,
                         tr("subject: longer than %1 characters").arg(kMaxSubject));
    if (!messageId.isEmpty()) {
        static const QRegularExpression id(
                QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$"));
        if (!id.match(messageId).hasMatch())
            return makeError(ErrorCode::InvalidValue,
                             tr("message id: \"%1\" is not a valid Message-ID")
                                     .arg(mail::visible(messageId)));
    }
    for (const MailAttachment &a : attachments) {
        if (auto r = mail::checkHeaderValue(tr("attachment name"), a.fileName); !r)
            return r;
        if (a.fileName.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidValue, tr("attachment name: is required"));
        if (a.fileName.contains(u'/') || a.fileName.contains(u'\\'))
            return makeError(
                    ErrorCode::InvalidValue,
                    tr("attachment name: \"%1\" must be a file name, not a path").arg(a.fileName));
    }
    return {};
}

Result<QByteArray> MimeMessage::toBytes(const Clock &clock)
{
    if (auto v = validate(); !v)
        return v.error();
    if (!date.isValid())
        date = clock.now();
    if (messageId.isEmpty())
        messageId = newMessageId(from.domain(), date);

    QByteArray out;
    out += "Date: " + rfc5322Date(date) + kCrlf;
    out += "Message-ID: <" + messageId.toLatin1() + '>' + kCrlf;
    out += addressHeader("From", {from});
    if (!to.isEmpty())
        out += addressHeader("To", to);
    if (!cc.isEmpty())
        out += addressHeader("Cc", cc);
    if (replyTo.isValid())
        out += addressHeader("Reply-To", {replyTo});
    out += "Subject: " + encodeHeaderText(subject, 9) + kCrlf;
    out += "MIME-Version: 1.0\r\n";

    QByteArray alternative;
    QByteArray alternativeType;
    if (html.isEmpty()) {
        alternativeType = "Content-Type: text/plain; charset=UTF-8\r\n"
                          "Content-Transfer-Encoding: quoted-printable\r\n";
        alternative = quotedPrintable(text);
    } else {
        const QByteArray b = "=_alt_" + randomHex(12);
        alternativeType = "Content-Type: multipart/alternative;\r\n boundary=\"" + b + "\"\r\n";
        // The CRLF before a boundary belongs to the boundary: one more keeps the body's own
        // final line break.
        alternative = "--" + b + kCrlf + textPart("plain", text) + kCrlf + "--" + b + kCrlf
                + textPart("html", html) + kCrlf + "--" + b + "--" + kCrlf;
    }
    if (attachments.isEmpty()) {
        out += alternativeType + kCrlf + alternative;
        return out;
    }
    const QByteArray b = "=_mix_" + randomHex(12);
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + b + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    out += "--" + b + kCrlf + alternativeType + kCrlf + alternative
            + (html.isEmpty() ? kCrlf : QByteArray());
    for (const MailAttachment &a : std::as_const(attachments)) {
        out += "--" + b + kCrlf + attachmentHeaders(a) + kCrlf + base64Lines(a.bytes);
    }
    out += "--" + b + "--" + kCrlf;
    return out;
}

QString MimeMessage::newMessageId(const QString &domain, const QDateTime &date)
{
    return QString::fromLatin1(randomHex(16)) + u'.' + QString::number(date.toMSecsSinceEpoch(), 36)
            + u'@' + (domain.isEmpty() ? QStringLiteral("ardesk.invalid") : domain);
}

QByteArray MimeMessage::encodeHeaderText(const QString &value, int firstLineUsed)
{
    if (isPlainAscii(value) && !value.contains(QLatin1String("=?"))) {
        // Fold plain text at spaces so that lines stay under 78 characters.
        const QStringList words = value.split(u' ');
        QByteArray out;
        qsizetype line = firstLineUsed;
        bool longWord = false;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray w = words[i].toLatin1();
            longWord = longWord || w.size() > 70;
            if (i > 0) {
                if (line + 1 + w.size() > 76 && !w.isEmpty()) {
                    out += "\r\n";
                    line = 0;
                }
                out += ' ';
                ++line;
            }
            out += w;
            line += w.size();
        }
        if (!longWord)
            return out;
    }
    return encodedWords(value, firstLineUsed);
}

QByteArray MimeMessage::quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QList<QByteArray> lines = normalized.toUtf8().split('\n');
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast(); // a final line break ends the last line, it starts no new one
    for (const QByteArray &line : lines) {
        QByteArray encoded;
        qsizetype col = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray piece;
            const bool leadingSpecial
                    = col == 0 && ((c == '.') || (c == 'F' && line.mid(i, 5) == "From "));
            if ((c >= 33 && c <= 126 && c != '=' && !leadingSpecial)
                || ((c == ' ' || c == '\t') && !last)) {
                piece = QByteArray(1, char(c));
            } else {
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            }
            // A soft break keeps every line at 76 characters or fewer, the '=' included.
            const qsizetype room = last ? 76 : 75;
            if (col + piece.size() > room) {
                encoded += "=\r\n";
                col = 0;
                if (piece.size() == 1 && (c == '.' || c == 'F'))
                    piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            }
            encoded += piece;
            col += piece.size();
        }
        out += encoded + kCrlf;
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray &bytes)
{
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 38 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + kCrlf;
    return out;
}

QByteArray MimeMessage::rfc5322Date(const QDateTime &when)
{
    // The C locale's names are English whatever the user's locale. Qt::RFC2822Date is not used:
    // Qt 6.4 writes it without the day of the week, which our Date headers have always had.
    return QLocale::c().toString(when.toUTC(), u"ddd, d MMM yyyy hh:mm:ss '+0000'").toLatin1();
}

QString MimeMessage::decodeHeaderText(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([BbQq])\?([^?]*)\?=)"));
    const QString v = QString::fromLatin1(value);
    QString out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    auto it = word.globalMatch(v);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = v.mid(pos, m.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        QByteArray raw = m.captured(3).toLatin1();
        QByteArray bytes;
        if (m.captured(2).toUpper() == QLatin1String("B")) {
            bytes = QByteArray::fromBase64(raw);
        } else {
            raw.replace('_', ' ');
            bytes = decodeQuotedPrintable(raw);
        }
        const QString charset = m.captured(1).toLower();
        if (charset == QLatin1String("utf-8") || charset == QLatin1String("us-ascii"))
            out += QString::fromUtf8(bytes);
        else
            out += QString::fromLatin1(bytes);
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    out += v.mid(pos);
    return out;
}

Result<MimeMessage> MimeMessage::parse(const QByteArray &eml)
{
    const Part top = splitPart(eml);
    MimeMessage m;
    m.subject = decodeHeaderText(top.header("subject"));
    QByteArray id = top.header("message-id");
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    m.messageId = QString::fromLatin1(id);
    // Split on commas outside quotes first, then decode: a decoded name may hold a comma.
    auto list = [](const QByteArray &v, const QString &field) -> Result<QList<MailAddress>> {
        QList<MailAddress> out;
        QByteArray cur;
        bool quoted = false;
        for (qsizetype i = 0; i <= v.size(); ++i) {
            const char c = i < v.size() ? v[i] : ',';
            if (c == '"' && (i == 0 || v[i - 1] != '\\'))
                quoted = !quoted;
            if (c == ',' && !quoted) {
                if (!cur.trimmed().isEmpty()) {
                    QByteArray piece = cur.trimmed();
                    const qsizetype lt = piece.lastIndexOf('<');
                    QString name = lt > 0 ? decodeHeaderText(piece.left(lt).trimmed()) : QString();
                    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
                        name = name.mid(1, name.size() - 2)
                                       .replace(QLatin1String("\\\""), QLatin1String("\""));
                    const QString addr = lt >= 0 ? QString::fromLatin1(piece.mid(lt + 1)).chopped(1)
                                                 : QString::fromLatin1(piece);
                    auto a = MailAddress::create(addr, name, field);
                    if (!a)
                        return a.error();
                    out.append(a.value());
                }
                cur.clear();
                continue;
            }
            cur += c;
        }
        return out;
    };
    if (auto f = list(top.header("from"), QStringLiteral("from")); f && !f.value().isEmpty())
        m.from = f.value().constFirst();
    if (auto t = list(top.header("to"), QStringLiteral("to")); t)
        m.to = t.value();
    if (auto c = list(top.header("cc"), QStringLiteral("cc")); c)
        m.cc = c.value();
    if (auto r = list(top.header("reply-to"), QStringLiteral("reply-to"));
        r && !r.value().isEmpty())
        m.replyTo = r.value().constFirst();
    if (auto r = readPart(top, m); !r)
        return r.error();
    return m;
}

} // namespace ardesk
