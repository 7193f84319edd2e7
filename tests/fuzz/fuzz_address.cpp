// SPDX-License-Identifier: MIT
// Address parsing on any text: MailAddress::parse, parseList and create, and the header-value
// check. Whatever is accepted can never carry a control character, a line break or an angle
// bracket into a header or an SMTP command, and stays within RFC 5321's lengths.
#include "fuzzsupport.h"

#include "core/mail/address.h"

namespace {

void checkAccepted(const ardesk::MailAddress &a)
{
    using ardesk::MailAddress;
    const QString address = a.address();
    FUZZ_CHECK(!address.isEmpty(), "an accepted address is not empty");
    FUZZ_CHECK(address.size() + 2 <= MailAddress::kMaxPath, "an accepted path fits 256 octets");
    FUZZ_CHECK(a.localPart().size() <= MailAddress::kMaxLocalPart, "local part ≤ 64");
    for (const QChar c : address) {
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f, "an address is printable ASCII");
        FUZZ_CHECK(c != u'<' && c != u'>' && c != u',' && c != u'"', "no <>,\" in an address");
    }
    for (const QChar c : a.displayName()) {
        const char16_t u = c.unicode();
        FUZZ_CHECK(u >= 0x20 && u != 0x7f && !(u >= 0x80 && u < 0xa0),
                   "no control character in a display name");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ardesk;
    const QList<QByteArray> in = fuzz::fields(data, size, 2);
    const QString text = fuzz::text(in[0]);
    if (auto a = MailAddress::parse(text, QStringLiteral("to")))
        checkAccepted(a.value());
    if (auto list = MailAddress::parseList(text, QStringLiteral("cc"))) {
        for (const MailAddress &a : list.value())
            checkAccepted(a);
    }
    if (auto a = MailAddress::create(text, fuzz::text(in[1]), QStringLiteral("from")))
        checkAccepted(a.value());
    if (mail::checkHeaderValue(QStringLiteral("subject"), text)) {
        for (const QChar c : text)
            FUZZ_CHECK(c != u'\r' && c != u'\n', "an accepted header value has no line break");
    }
    return 0;
}
