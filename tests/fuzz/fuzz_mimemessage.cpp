// SPDX-License-Identifier: MIT
// The MIME builder on any field values (split at 0x1E: from name, from address, to, cc,
// reply-to, subject, text, html, attachment name, attachment bytes). A message that builds is
// CRLF throughout with no line over 998 octets (RFC 5322; headers and bodies are folded or
// encoded to 78), has exactly one of each single header and no Bcc, and parse() reads it back
// with its subject.
#include "fuzzsupport.h"

#include "core/mail/mimemessage.h"
#include "core/support/clock.h"

namespace {

void checkLines(const QByteArray &eml)
{
    qsizetype start = 0;
    while (start < eml.size()) {
        const qsizetype end = eml.indexOf("\r\n", start);
        FUZZ_CHECK(end >= 0, "the message ends with CRLF");
        const QByteArray line = eml.mid(start, end - start);
        FUZZ_CHECK(!line.contains('\r') && !line.contains('\n'), "no bare CR or LF");
        FUZZ_CHECK(line.size() <= 998, "no line over 998 octets");
        start = end + 2;
    }
}

int headerCount(const QByteArray &eml, const QByteArray &name)
{
    const QByteArray head = eml.left(eml.indexOf("\r\n\r\n") + 2).toLower();
    const QByteArray start = QByteArray(name.toLower()).append(':');
    const QByteArray line = QByteArray("\r\n").append(start);
    int n = head.startsWith(start) ? 1 : 0;
    for (qsizetype at = head.indexOf(line); at >= 0; at = head.indexOf(line, at + 2))
        ++n;
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ardesk;
    const QList<QByteArray> in = fuzz::fields(data, size, 10);
    MimeMessage m;
    auto from = MailAddress::create(in[1].isEmpty() ? QStringLiteral("ar@acme.example")
                                                    : fuzz::text(in[1]),
                                    fuzz::text(in[0]), QStringLiteral("from"));
    auto to = MailAddress::parseList(in[2].isEmpty() ? QStringLiteral("ap@client.example")
                                                     : fuzz::text(in[2]),
                                     QStringLiteral("to"));
    if (!from || !to)
        return 0;
    m.from = from.value();
    m.to = to.value();
    if (auto cc = MailAddress::parseList(fuzz::text(in[3]), QStringLiteral("cc")); cc)
        m.cc = cc.value();
    if (auto replyTo = MailAddress::parse(fuzz::text(in[4]), QStringLiteral("reply-to")); replyTo)
        m.replyTo = replyTo.value();
    m.subject = fuzz::text(in[5]);
    m.text = fuzz::text(in[6]);
    m.html = fuzz::text(in[7]);
    if (!in[8].isEmpty() || !in[9].isEmpty())
        m.attachments = {MailAttachment {fuzz::text(in[8]), QString(), in[9]}};
    const FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC));
    auto bytes = m.toBytes(clock);
    if (!bytes)
        return 0;
    const QByteArray eml = bytes.value();
    checkLines(eml);
    for (const char *single : {"From", "To", "Subject", "Message-ID", "Date", "MIME-Version"})
        FUZZ_CHECK(headerCount(eml, single) == 1, single);
    FUZZ_CHECK(headerCount(eml, "Bcc") == 0, "no Bcc header");
    auto back = MimeMessage::parse(eml);
    FUZZ_CHECK(bool(back), "parse() reads what toBytes() wrote");
    FUZZ_CHECK(back.value().subject == m.subject.trimmed() || back.value().subject == m.subject,
               "the subject reads back");
    return 0;
}
