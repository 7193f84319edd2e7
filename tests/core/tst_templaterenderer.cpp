// SPDX-License-Identifier: MIT
// Mustache rendering of e-mail templates: unknown variables and missing values named before
// anything renders, HTML escaping in the HTML part only, values never re-expanded, the shipped
// templates against a real company file (MailContext), money in the company locale.
#include "core/mail/mailcontext.h"
#include "core/mail/templaterenderer.h"
#include "core/services/ledgerservice.h"
#include "core/storage/sql.h"
#include "core/storage/templaterepository.h"
#include "support/mailtestdata.h"

#include <QJsonArray>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unknownVariablesNamed();
    void missingValuesNamed();
    void escapingPerPart();
    void valuesAreNotReExpanded();
    void refusedSyntax();
    void shippedTemplatesRender();
    void contextFromTheFile();
    void localeFormatsMoney();
    void brokenPromiseIsNamedInTheRecap();
    void daysPastDueSayOneDayAndTwoDays();

private:
    static QJsonObject data()
    {
        QJsonObject d = MailContext::schema();
        d.insert(QStringLiteral("promise"), QJsonValue::Null);
        return d;
    }
    ScratchDir m_dir;
};

void TestTemplateRenderer::init()
{
    QVERIFY(m_dir.renew());
}

void TestTemplateRenderer::unknownVariablesNamed()
{
    const auto r = TemplateRenderer::render(
            {QStringLiteral("Hi {{client.nmae}}"),
             QStringLiteral("{{#invoices}}{{numbr}}{{/invoices}} {{foo}}"),
             QStringLiteral("<p>{{client.name}} {{bar.baz}}</p>")},
            MailContext::schema(), data());
    QVERIFY(!r.ok());
    for (const char *name : {"client.nmae", "invoices.numbr", "foo", "bar.baz"})
        QVERIFY2(r.errorString().contains(QLatin1String(name)), qPrintable(r.errorString()));
    QVERIFY(!r.errorString().contains(QLatin1String("client.name,")));
    // Unknown names inside a section that is not rendered (no invoices) are still found.
    QJsonObject empty = data();
    empty.insert(QStringLiteral("invoices"), QJsonArray());
    const auto p
            = TemplateRenderer::check(QStringLiteral("{{#invoices}}{{nope}}{{/invoices}}"),
                                      TemplateRenderer::Part::Text, MailContext::schema(), empty);
    QCOMPARE(p.unknown, QStringList {QStringLiteral("invoices.nope")});
}

void TestTemplateRenderer::missingValuesNamed()
{
    QJsonObject d = data();
    QJsonObject contact = d.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("name"), QJsonValue::Null);
    d.insert(QStringLiteral("contact"), contact);
    const auto r = TemplateRenderer::render({QStringLiteral("Payment of {{promise.amount}}"),
                                             QStringLiteral("Dear {{contact.name}}"),
                                             {}},
                                            MailContext::schema(), d);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("promise.amount")),
             qPrintable(r.errorString()));
    QVERIFY(r.errorString().contains(QLatin1String("contact.name")));
    // A section over a missing value is a condition, not an error.
    const auto ok = TemplateRenderer::render(
            {QStringLiteral("x"),
             QStringLiteral(
                     "{{#promise}}{{promise.amount}}{{/promise}}{{^promise}}none{{/promise}}"),
             {}},
            MailContext::schema(), data());
    VERIFY_OK(ok);
    QCOMPARE(ok.value().text, QStringLiteral("none"));
}

void TestTemplateRenderer::escapingPerPart()
{
    QJsonObject d = data();
    QJsonObject client = d.value(QStringLiteral("client")).toObject();
    client.insert(QStringLiteral("name"), QStringLiteral("<b>Smith & \"Sons\"</b>"));
    d.insert(QStringLiteral("client"), client);
    const auto r = TemplateRenderer::render({QStringLiteral("For {{client.name}}"),
                                             QStringLiteral("Client: {{client.name}}"),
                                             QStringLiteral("<p>Client: {{client.name}}</p>")},
                                            MailContext::schema(), d);
    VERIFY_OK(r);
    QCOMPARE(r.value().subject, QStringLiteral("For <b>Smith & \"Sons\"</b>"));
    QCOMPARE(r.value().text, QStringLiteral("Client: <b>Smith & \"Sons\"</b>"));
    QVERIFY2(r.value().html.contains(
                     QLatin1String("&lt;b&gt;Smith &amp; &quot;Sons&quot;&lt;/b&gt;")),
             qPrintable(r.value().html));
    QVERIFY(!r.value().html.contains(QLatin1String("<b>")));
}

void TestTemplateRenderer::valuesAreNotReExpanded()
{
    QJsonObject d = data();
    QJsonObject client = d.value(QStringLiteral("client")).toObject();
    client.insert(QStringLiteral("name"),
                  QStringLiteral("{{today}} {{#invoices}}x{{/invoices}} {{{sender.name}}}"));
    d.insert(QStringLiteral("client"), client);
    const auto r = TemplateRenderer::render({QStringLiteral("{{client.name}}"),
                                             QStringLiteral("{{client.name}}|{{today}}"),
                                             QStringLiteral("<p>{{client.name}}</p>")},
                                            MailContext::schema(), d);
    VERIFY_OK(r);
    QCOMPARE(r.value().subject,
             QStringLiteral("{{today}} {{#invoices}}x{{/invoices}} {{{sender.name}}}"));
    QCOMPARE(r.value().text,
             QStringLiteral(
                     "{{today}} {{#invoices}}x{{/invoices}} {{{sender.name}}}|October 26, 2026"));
}

void TestTemplateRenderer::refusedSyntax()
{
    const QJsonObject s = MailContext::schema();
    for (const QString &html :
         {QStringLiteral("{{{client.name}}}"), QStringLiteral("{{&client.name}}"),
          QStringLiteral("{{> partial}}"), QStringLiteral("{{=<% %>=}}"),
          QStringLiteral("{{#invoices}}open"), QStringLiteral("{{/invoices}}"),
          QStringLiteral("{{client.name"), QStringLiteral("{{client name}}")}) {
        const auto r = TemplateRenderer::render({QStringLiteral("s"), QStringLiteral("t"), html}, s,
                                                data());
        QVERIFY2(!r.ok(), qPrintable(html));
        QVERIFY2(r.errorString().startsWith(QLatin1String("template (HTML)")),
                 qPrintable(r.errorString()));
    }
}

void TestTemplateRenderer::shippedTemplatesRender()
{
    MailTestData t;
    QVERIFY(t.create(m_dir.filePath(QStringLiteral("c.ardesk"))));
    QSqlDatabase conn = t.db->connection();
    auto list = TemplateRepository(conn).list(NoteTemplate::Kind::Email);
    VERIFY_OK(list);
    QStringList keys;
    for (const NoteTemplate &n : list.value())
        keys << n.key;
    for (const char *key : {"friendly-reminder", "second-reminder", "statement", "call-recap",
                            "promise-confirmation", "payment-plan-confirmation", "final-notice"}) {
        QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }
    // Every shipped template uses known variables only and renders against the full example.
    for (const NoteTemplate &n : list.value()) {
        const auto r = TemplateRenderer::render({n.subject, n.bodyText, n.bodyHtml},
                                                MailContext::schema(), MailContext::schema());
        QVERIFY2(r.ok(), qPrintable(n.key + u' ' + r.errorString()));
        QVERIFY(!r.value().subject.isEmpty() && !r.value().text.isEmpty()
                && !r.value().html.isEmpty());
    }
    // Against a real client: no promise on file, so the promise confirmation is refused.
    MailContext::Request req;
    req.clientId = t.acme;
    req.contactIds = {t.ann};
    req.senderUserId = t.user;
    auto ctx = MailContext::build(*t.db, req,
                                  MailTestData::smtp(25, SmtpSettings::Security::StartTls, {}));
    VERIFY_OK(ctx);
    auto promise = TemplateRepository(conn).find(QStringLiteral("promise-confirmation"));
    VERIFY_OK(promise);
    const auto refused = TemplateRenderer::render(
            {promise.value().subject, promise.value().bodyText, promise.value().bodyHtml},
            MailContext::schema(), ctx.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QLatin1String("promise.amount")),
             qPrintable(refused.errorString()));
    auto friendly = TemplateRepository(conn).find(QStringLiteral("friendly-reminder"));
    VERIFY_OK(friendly);
    const auto r = TemplateRenderer::render(
            {friendly.value().subject, friendly.value().bodyText, friendly.value().bodyHtml},
            MailContext::schema(), ctx.value());
    VERIFY_OK(r);
    QCOMPARE(r.value().subject,
             QStringLiteral("Friendly reminder: open invoices for Acme Client & Sons"));
    QVERIFY(r.value().text.startsWith(QLatin1String("Dear Ann Lee,")));
    QVERIFY2(r.value().text.contains(QLatin1String("Invoice INV-1, due ")),
             qPrintable(r.value().text));
    QVERIFY(r.value().text.contains(QLatin1String("$1,234.56 open (40 days past due)")));
    QVERIFY2(r.value().text.contains(QString::fromUtf8("Total open (EUR): €99.00")),
             qPrintable(r.value().text));
    QVERIFY(r.value().text.contains(
            QLatin1String("Pat Clerk\nAccounts Receivable, Acme Supplies")));
    QVERIFY(r.value().html.contains(QLatin1String("Acme Client &amp; Sons")));
}

void TestTemplateRenderer::contextFromTheFile()
{
    MailTestData t;
    QVERIFY(t.create(m_dir.filePath(QStringLiteral("c.ardesk"))));
    QSqlDatabase conn = t.db->connection();
    MailContext::Request req;
    req.clientId = t.acme;
    req.contactIds = {t.ann};
    req.invoiceIds = {t.inv2, t.inv1};
    req.promise = MailContext::Promise {60000, QStringLiteral("USD"), QDate(2030, 1, 15)};
    req.senderUserId = t.user;
    auto ctx = MailContext::build(*t.db, req,
                                  MailTestData::smtp(25, SmtpSettings::Security::StartTls, {}));
    VERIFY_OK(ctx);
    const QJsonObject v = ctx.value();
    const QJsonArray inv = v.value(QStringLiteral("invoices")).toArray();
    QCOMPARE(inv.size(), 2);
    QCOMPARE(inv[0].toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("INV-1")); // oldest first
    QCOMPARE(inv[0].toObject().value(QStringLiteral("days_late")).toString(), QStringLiteral("40"));
    QCOMPARE(inv[0].toObject().value(QStringLiteral("days_late_text")).toString(),
             QStringLiteral("40 days"));
    QCOMPARE(inv[1].toObject().value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("total_balance")).toString(), QStringLiteral("$1,734.56"));
    QCOMPARE(v.value(QStringLiteral("total_overdue")).toString(), QStringLiteral("$1,234.56"));
    QCOMPARE(v.value(QStringLiteral("promise"))
                     .toObject()
                     .value(QStringLiteral("amount"))
                     .toString(),
             QStringLiteral("$600.00"));
    QCOMPARE(v.value(QStringLiteral("promise")).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("January 15, 2030"));
    QCOMPARE(v.value(QStringLiteral("sender")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Pat Clerk"));
    QCOMPARE(
            v.value(QStringLiteral("contact")).toObject().value(QStringLiteral("email")).toString(),
            QStringLiteral("ap@acme-client.example"));
    QVERIFY(v.value(QStringLiteral("plan")).isNull());
    QVERIFY(v.value(QStringLiteral("broken_promise")).isNull()); // none was broken
    // An invoice of another client is refused by id.
    req.invoiceIds = {t.inv1 + 1000};
    QVERIFY(!MailContext::build(*t.db, req, {}).ok());
}

void TestTemplateRenderer::localeFormatsMoney()
{
    MailTestData t;
    QVERIFY(t.create(m_dir.filePath(QStringLiteral("de.ardesk")), QStringLiteral("de_DE")));
    MailContext::Request req;
    req.clientId = t.acme;
    auto ctx = MailContext::build(*t.db, req, {});
    VERIFY_OK(ctx);
    const QJsonArray inv = ctx.value().value(QStringLiteral("invoices")).toArray();
    QCOMPARE(inv[0].toObject().value(QStringLiteral("balance")).toString(),
             QString::fromUtf8("1.234,56\u00A0$"));
    QVERIFY(ctx.value().value(QStringLiteral("contact")).isNull());
}

// A broken promise is named in the next message, as in the next call's script (issue 6).
void TestTemplateRenderer::brokenPromiseIsNamedInTheRecap()
{
    MailTestData t;
    QVERIFY(t.create(m_dir.filePath(QStringLiteral("b.ardesk"))));
    QSqlDatabase conn = t.db->connection();
    // Promised 60 days ago for 45 days ago; nothing came (judged from the payments).
    const QDate today = t.db->today();
    // made_at: the conversation's instant, which every promise has since schema 20.
    const QString madeAt
            = today.addDays(-60).toString(Qt::ISODate) + QStringLiteral("T10:00:00.000Z");
    auto added = sql::exec(
            conn,
            QStringLiteral("INSERT INTO promises (client_id, amount_minor, currency, "
                           "promised_date, status, paid_minor, created_at, made_at) VALUES "
                           "(?, 50000, 'USD', ?, 'broken', 0, ?, ?)"),
            {t.acme, today.addDays(-45).toString(Qt::ISODate), madeAt, madeAt});
    VERIFY_OK(added);
    MailContext::Request req;
    req.clientId = t.acme;
    req.contactIds = {t.ann};
    req.senderUserId = t.user;
    auto ctx = MailContext::build(*t.db, req,
                                  MailTestData::smtp(25, SmtpSettings::Security::StartTls, {}));
    VERIFY_OK(ctx);
    auto recap = TemplateRepository(conn).find(QStringLiteral("call-recap"));
    VERIFY_OK(recap);
    auto r = TemplateRenderer::render(
            {recap.value().subject, recap.value().bodyText, recap.value().bodyHtml},
            MailContext::schema(), ctx.value());
    VERIFY_OK(r);
    QVERIFY2(r.value().text.contains(
                     QStringLiteral("payment of $500.00 you promised for %1")
                             .arg(QLocale(QStringLiteral("en_US"))
                                          .toString(today.addDays(-45),
                                                    QStringLiteral("MMMM d, yyyy")))),
             qPrintable(r.value().text));
    QVERIFY(r.value().html.contains(QStringLiteral("$500.00 you promised")));
    // Without a broken promise the sentence is simply not there: paid in time, it was kept
    // (the status is decided from the payments, never from a typed status).
    Payment paid;
    paid.currency = QStringLiteral("USD");
    paid.clientId = t.acme;
    paid.date = today.addDays(-50);
    paid.amountMinor = 50000;
    VERIFY_OK(LedgerService(t.db, t.user).recordPaymentOldestFirst(paid));
    auto again = MailContext::build(*t.db, req, {});
    VERIFY_OK(again);
    auto plain = TemplateRenderer::render(
            {recap.value().subject, recap.value().bodyText, recap.value().bodyHtml},
            MailContext::schema(), again.value());
    VERIFY_OK(plain);
    QVERIFY(!plain.value().text.contains(QStringLiteral("you promised")));
}

// The e-mail a customer reads says "1 day past due", never "1 days past due".
void TestTemplateRenderer::daysPastDueSayOneDayAndTwoDays()
{
    MailTestData t;
    QVERIFY(t.create(m_dir.filePath(QStringLiteral("days.ardesk"))));
    const QDate today = t.db->today();
    Invoice one = makeInvoice(t.acme, QStringLiteral("INV-81"), today.addDays(-1), 1000);
    Invoice two = makeInvoice(t.acme, QStringLiteral("INV-82"), today.addDays(-2), 2000);
    ClientService clients(t.db, t.user);
    VERIFY_OK(clients.addInvoice(one));
    VERIFY_OK(clients.addInvoice(two));
    MailContext::Request req;
    req.clientId = t.acme;
    req.contactIds = {t.ann};
    req.invoiceIds = {one.id, two.id};
    req.senderUserId = t.user;
    auto ctx = MailContext::build(*t.db, req,
                                  MailTestData::smtp(25, SmtpSettings::Security::StartTls, {}));
    VERIFY_OK(ctx);
    auto friendly
            = TemplateRepository(t.db->connection()).find(QStringLiteral("friendly-reminder"));
    VERIFY_OK(friendly);
    const auto r = TemplateRenderer::render(
            {friendly.value().subject, friendly.value().bodyText, friendly.value().bodyHtml},
            MailContext::schema(), ctx.value());
    VERIFY_OK(r);
    QVERIFY2(r.value().text.contains(QLatin1String("$10.00 open (1 day past due)")),
             qPrintable(r.value().text));
    QVERIFY2(r.value().text.contains(QLatin1String("$20.00 open (2 days past due)")),
             qPrintable(r.value().text));
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
