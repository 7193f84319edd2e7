// SPDX-License-Identifier: MIT
// A small company file for the e-mail tests: a sender, three clients with contacts (billing,
// do-not-contact, without address) and open invoices in two currencies.
#pragma once

#include "core/domain/contact.h"
#include "core/mail/smtpsettings.h"
#include "core/services/clientservice.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/userrepository.h"
#include "support/testsupport.h"

namespace ardesk::test {

struct MailTestData
{
    std::shared_ptr<Database> db;
    qint64 user = 0;
    qint64 acme = 0; ///< two billing contacts (one do-not-contact), one other contact
    qint64 beta = 0; ///< a billing contact without an e-mail address
    qint64 gamma = 0; ///< only a do-not-contact billing contact
    qint64 ann = 0; ///< ACME billing, ap@acme-client.example
    qint64 dan = 0; ///< ACME billing, do not contact
    qint64 cfo = 0; ///< ACME, not billing
    qint64 inv1 = 0;
    qint64 inv2 = 0;
    qint64 invEur = 0;

    /// Creates the file at `path`; false (with a test failure) when anything is refused.
    bool create(const QString &path, const QString &locale = QStringLiteral("en_US"))
    {
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!opened)
            return fail(opened.errorString());
        db = opened.value();
        QSqlDatabase conn = db->connection();
        CompanySettings s = makeSettings(QStringLiteral("Acme Supplies Inc."),
                                         QStringLiteral("1 Main St, Springfield"),
                                         QStringLiteral("USD"), locale, 1);
        if (auto r = s.save(conn); !r)
            return fail(r.errorString());
        User u;
        u.name = QStringLiteral("pat");
        u.displayName = QStringLiteral("Pat Clerk");
        u.roles = UserRoles(UserRole::Clerk) | UserRole::Admin; // sets up SMTP and users (#13)
        auto id = UserRepository(conn).insert(u);
        if (!id)
            return fail(id.errorString());
        user = id.value();
        ClientService clients(db, user);
        Client a = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Client & Sons"));
        Client b = makeClient(QStringLiteral("BETA"), QStringLiteral("Beta LLC"));
        Client g = makeClient(QStringLiteral("GAMMA"), QStringLiteral("Gamma GmbH"));
        for (Client *c : {&a, &b, &g}) {
            c->assignedUserId = user; // pat's own: a clerk's reminder run covers them (#13)
            if (auto r = clients.createClient(*c); !r)
                return fail(r.errorString());
        }
        acme = a.id;
        beta = b.id;
        gamma = g.id;
        const QDate today = QDate::currentDate();
        Invoice i1 = makeInvoice(acme, QStringLiteral("INV-1"), today.addDays(-40), 123456);
        Invoice i2 = makeInvoice(acme, QStringLiteral("INV-2"), today.addDays(10), 50000);
        Invoice i3 = makeInvoice(acme, QStringLiteral("INV-3"), today.addDays(-5), 9900,
                                 QStringLiteral("EUR"));
        Invoice i4 = makeInvoice(beta, QStringLiteral("INV-4"), today.addDays(-20), 10000);
        Invoice i5 = makeInvoice(gamma, QStringLiteral("INV-5"), today.addDays(-20), 10000);
        for (Invoice *i : {&i1, &i2, &i3, &i4, &i5}) {
            if (auto r = clients.addInvoice(*i); !r)
                return fail(r.errorString());
        }
        inv1 = i1.id;
        inv2 = i2.id;
        invEur = i3.id;
        auto contact = [&](qint64 client, const char *name, const char *email, bool billing,
                           bool dnc) -> qint64 {
            Contact c;
            c.clientId = client;
            c.name = QString::fromUtf8(name);
            c.email = QString::fromLatin1(email);
            c.isBillingContact = billing;
            c.doNotContact = dnc;
            if (auto r = clients.addContact(c); !r) {
                fail(r.errorString());
                return 0;
            }
            return c.id;
        };
        ann = contact(acme, "Ann Lee", "ap@acme-client.example", true, false);
        dan = contact(acme, "Dan Nope", "dan@acme-client.example", true, true);
        cfo = contact(acme, "Cleo Fo", "cfo@acme-client.example", false, false);
        contact(beta, "Bea Noaddress", "", true, false);
        contact(gamma, "Gus Nein", "gus@gamma.example", true, true);
        return ann && dan && cfo;
    }

    /// SMTP settings for a loopback test server.
    static SmtpSettings smtp(int port, SmtpSettings::Security security, const QString &caFile)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.user = QStringLiteral("clerk");
        s.fromAddress = QStringLiteral("ar@acme-supplies.example");
        s.fromName = QStringLiteral("Acme Supplies AR");
        s.replyTo = QStringLiteral("collections@acme-supplies.example");
        s.signature = QStringLiteral("Pat Clerk\nAccounts Receivable, Acme Supplies");
        s.caFile = caFile;
        s.timeoutSeconds = 10;
        return s;
    }

private:
    static bool fail(const QString &why)
    {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return false;
    }
};

} // namespace ardesk::test
