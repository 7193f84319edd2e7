// SPDX-License-Identifier: MIT
// The template renderer on any template text and values (split at 0x1E: subject, text, html,
// client name, invoice number, contact name). A value is substituted once and never expanded
// again, and in the HTML part it is escaped: a rendered HTML part holds a '<' only where the
// template itself has one.
#include "fuzzsupport.h"

#include "core/mail/templaterenderer.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ardesk;
    const QList<QByteArray> in = fuzz::fields(data, size, 6);
    const auto values = [](const QString &client, const QString &number, const QString &contact) {
        return QJsonObject {
                {QStringLiteral("client"), QJsonObject {{QStringLiteral("name"), client}}},
                {QStringLiteral("contact"), QJsonObject {{QStringLiteral("name"), contact}}},
                {QStringLiteral("today"), QStringLiteral("December 5, 2026")},
                {QStringLiteral("invoices"),
                 QJsonArray {QJsonObject {{QStringLiteral("number"), number},
                                          {QStringLiteral("balance"), QStringLiteral("$1.00")}}}},
                {QStringLiteral("promise"), QJsonValue()},
        };
    };
    const QJsonObject schema
            = values(QStringLiteral("Acme"), QStringLiteral("INV-1"), QStringLiteral("Ann"));
    const QJsonObject given = values(fuzz::text(in[3]), fuzz::text(in[4]), fuzz::text(in[5]));
    const TemplateRenderer::Source source {fuzz::text(in[0]), fuzz::text(in[1]), fuzz::text(in[2])};
    for (auto part : {TemplateRenderer::Part::Subject, TemplateRenderer::Part::Text,
                      TemplateRenderer::Part::Html}) {
        const QString &t = part == TemplateRenderer::Part::Subject ? source.subject
                : part == TemplateRenderer::Part::Text             ? source.text
                                                                   : source.html;
        TemplateRenderer::check(t, part, schema, given);
    }
    auto rendered = TemplateRenderer::render(source, schema, given);
    if (!rendered)
        return 0;
    FUZZ_CHECK(rendered.value().html.count(u'<') <= source.html.count(u'<'),
               "values are escaped in the HTML part");
    return 0;
}
