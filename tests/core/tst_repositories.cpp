// SPDX-License-Identifier: MIT
// Repositories and services over a real company file: what is saved is what is read back,
// concurrent edits and duplicate keys are refused, payments drive balances and statuses, the
// record is a linked hash chain, and the AR summary behind the client list stays equal to the
// ledger it summarizes.
#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/invoice.h"
#include "core/domain/note.h"
#include "core/domain/payment.h"
#include "core/domain/promise.h"
#include "core/domain/user.h"
#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/contactrepository.h"
#include "core/storage/database.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/promiserepository.h"
#include "core/storage/recordchain.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/timeutil.h"

#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace ardesk;
using namespace ardesk::test;

namespace {

const QDate kAsOf(2026, 6, 30);

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

Payment makePayment(qint64 clientId, const QDate &date, qint64 amount,
                    const QList<Allocation> &allocations)
{
    Payment p;
    p.clientId = clientId;
    p.date = date;
    p.amountMinor = amount;
    p.currency = QStringLiteral("USD");
    p.method = PaymentMethod::Check;
    p.reference = QStringLiteral("CHK 1001");
    p.allocations = allocations;
    return p;
}

/// An outbound call to Jane Doe who promised to pay; next contact on 2026-03-09.
Note makeNote(qint64 clientId, const QString &text)
{
    Note n = callNote(clientId, NoteOutcome::Promised,
                      QDateTime(QDate(2026, 3, 2), QTime(15, 4, 5, 678), Qt::UTC), text);
    n.direction = NoteDirection::Outbound;
    n.contactName = QStringLiteral("Jane Doe");
    n.nextContactDate = QDate(2026, 3, 9);
    return n;
}

/// The id a committed insert returned, or 0 (with a warning saying why) when it failed.
qint64 idOrZero(const char *what, const Result<qint64> &inserted)
{
    if (!inserted.ok()) {
        qWarning("%s: %s", what, qPrintable(inserted.errorString()));
        return 0;
    }
    return inserted.value();
}

/// A client list query for the seeded list, sorted by `key` in `order`, optionally filtered.
ClientListQuery::Spec listSpec(ClientListQuery::SortKey key, Qt::SortOrder order,
                               const QString &filter = {})
{
    ClientListQuery::Spec spec;
    spec.sortKey = key;
    spec.order = order;
    spec.filter = filter;
    return spec;
}

QStringList codesOf(const QList<ClientListRow> &rows)
{
    QStringList codes;
    for (const ClientListRow &r : rows)
        codes << r.code;
    return codes;
}

QStringList namesOf(const QList<ClientListRow> &rows)
{
    QStringList names;
    for (const ClientListRow &r : rows)
        names << r.name;
    return names;
}

/// A client and two of its invoices, as inserted.
struct ClientInvoices
{
    qint64 clientId = 0;
    qint64 a = 0;
    qint64 b = 0;
};

struct SummaryRow
{
    qint64 balance = -1, overdue = -1, open = -1, otherCurrency = -1;
    QString asOf;
    bool operator==(const SummaryRow &o) const
    {
        return balance == o.balance && overdue == o.overdue && open == o.open
                && otherCurrency == o.otherCurrency;
    }
    QString text() const
    {
        return QStringLiteral("balance %1 overdue %2 open %3 other %4")
                .arg(balance)
                .arg(overdue)
                .arg(open)
                .arg(otherCurrency);
    }
};

SummaryRow storedSummary(const QSqlDatabase &db, qint64 clientId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT balance_minor, overdue_minor, open_invoices, "
                             "other_currency_invoices, as_of FROM client_summary WHERE "
                             "client_id = ?"));
    q.addBindValue(clientId);
    SummaryRow r;
    if (q.exec() && q.next()) {
        r.balance = q.value(0).toLongLong();
        r.overdue = q.value(1).toLongLong();
        r.open = q.value(2).toLongLong();
        r.otherCurrency = q.value(3).toLongLong();
        r.asOf = q.value(4).toString();
    }
    return r;
}

/// The summary recomputed here from the invoices, independently of ArSummary: amounts in the
/// client's currency, overdue = due before `asOf`.
SummaryRow recomputedSummary(const QSqlDatabase &db, qint64 clientId, const QDate &asOf)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "SELECT i.currency = c.currency, i.balance_minor, i.due_date FROM invoices i JOIN "
            "clients c ON c.id = i.client_id WHERE i.client_id = ? AND i.balance_minor > 0"));
    q.addBindValue(clientId);
    SummaryRow r {0, 0, 0, 0, {}};
    if (!q.exec())
        return SummaryRow();
    while (q.next()) {
        ++r.open;
        if (!q.value(0).toBool()) {
            ++r.otherCurrency;
            continue;
        }
        r.balance += q.value(1).toLongLong();
        if (timeutil::dateFromStorage(q.value(2).toString()) < asOf)
            r.overdue += q.value(1).toLongLong();
    }
    return r;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clientRoundTrip();
    void clientInvalidIsNotWritten();
    void amountsKeepTheirCurrencyThroughTheRepositories();
    void clientUpdateDetectsConcurrentChange();
    void duplicateClientCodeIsConflict();
    void contactsWithPhones();
    void contactUpdateReplacesPhones();
    void invoicesOpenOnly();
    void duplicateInvoiceNumberIsConflict();
    void paymentAllocationsDriveBalanceAndStatus();
    void allocationAboveBalanceWritesNothing();
    void allocationToAnotherClientRefused();
    void noteRevisionsAndRecordChain();
    void invalidNoteWritesNothing();
    void usersEnsure();
    void companySettingsRoundTrip();
    void companySettingsChangeIsAudited();
    void createClientWritesAuditRow();
    void failedServiceCallWritesNothing();
    void serviceKeepsSummaryEqualToLedger();
    void advanceToMovesOverdue();
    void clientListPagesAndCounts();
    void clientListSorts();
    void clientListFilters_data();
    void clientListFilters();

private:
    qint64 insertClient(Client c);
    qint64 insertInvoice(Invoice i);
    void insertPayment(Payment p);
    ClientInvoices insertClientWithTwoInvoices();
    void setUpClientList();
    bool clientListReady();

    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    QSqlDatabase m_conn;
    qint64 m_userId = 0;
};

void TestRepositories::init()
{
    QVERIFY(m_dir.renew());
    auto db = Database::open(m_dir.filePath(QStringLiteral("company.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    m_db = db.value();
    m_conn = m_db->connection();
    auto user = UserRepository(m_conn).ensure(QStringLiteral("tester"),
                                              UserRoles(UserRole::Manager) | UserRole::Admin);
    QVERIFY2(user.ok(), qPrintable(user.errorString()));
    m_userId = user.value().id;
    QVERIFY(m_userId > 0);
}

void TestRepositories::cleanup()
{
    m_conn = QSqlDatabase();
    m_db.reset();
    m_dir.remove();
}

qint64 TestRepositories::insertClient(Client c)
{
    return idOrZero("insert client",
                    committed(m_conn, [&] { return ClientRepository(m_conn).insert(c); }));
}

qint64 TestRepositories::insertInvoice(Invoice i)
{
    return idOrZero("insert invoice",
                    committed(m_conn, [&] { return InvoiceRepository(m_conn).insert(i); }));
}

void TestRepositories::insertPayment(Payment p)
{
    VERIFY_OK(committed(m_conn, [&] { return PaymentRepository(m_conn).insert(p, m_userId); }));
}

/// Client C1 "Acme" with INV-A (100.00, due 2026-01-31) and INV-B (50.00, due 2026-02-28).
ClientInvoices TestRepositories::insertClientWithTwoInvoices()
{
    ClientInvoices inserted;
    inserted.clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    inserted.a = insertInvoice(
            makeInvoice(inserted.clientId, QStringLiteral("INV-A"), QDate(2026, 1, 31), 10000));
    inserted.b = insertInvoice(
            makeInvoice(inserted.clientId, QStringLiteral("INV-B"), QDate(2026, 2, 28), 5000));
    return inserted;
}

void TestRepositories::clientRoundTrip()
{
    Client c = makeClient(QStringLiteral("C00042"), QStringLiteral("Müller & Söhne GmbH"),
                          QStringLiteral("EUR"));
    c.status = ClientStatus::OnHold;
    c.paymentTermsDays = 45;
    c.creditLimitMinor = 2500000;
    c.creditHold = true;
    c.creditHoldReason = QStringLiteral("Over limit since March");
    c.assignedUserId = m_userId;
    c.segment = QStringLiteral("key account");
    c.tags = {QStringLiteral("key"), QStringLiteral("priority")};
    c.billingAddress = QStringLiteral("Hauptstraße 1\n10115 Berlin");
    c.country = QStringLiteral("DE");
    c.timeZone = QStringLiteral("Europe/Berlin");
    c.internalNotes = QStringLiteral("Prefers e-mail.");
    c.archivedAt = QDateTime(QDate(2026, 5, 4), QTime(3, 2, 1, 123), Qt::UTC);

    const qint64 id = insertClient(c);
    QVERIFY(id > 0);

    auto found = ClientRepository(m_conn).find(id);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    const Client &f = found.value();
    QCOMPARE(f.id, id);
    QCOMPARE(f.code, c.code);
    QCOMPARE(f.name, c.name);
    QCOMPARE(toString(f.status), toString(ClientStatus::OnHold));
    QCOMPARE(f.currency, QStringLiteral("EUR"));
    QCOMPARE(f.paymentTermsDays, 45);
    QCOMPARE(f.creditLimitMinor, qint64(2500000));
    QCOMPARE(f.creditHold, true);
    QCOMPARE(f.creditHoldReason, c.creditHoldReason);
    QCOMPARE(f.assignedUserId, m_userId);
    QCOMPARE(f.segment, c.segment);
    QCOMPARE(f.tags, c.tags);
    QCOMPARE(f.billingAddress, c.billingAddress);
    QCOMPARE(f.country, c.country);
    QCOMPARE(f.timeZone, c.timeZone);
    QCOMPARE(f.internalNotes, c.internalNotes);
    QCOMPARE(f.archivedAt, c.archivedAt);
    QCOMPARE(f.version, 1);

    // The code is a case-insensitive key.
    auto byCode = ClientRepository(m_conn).findByCode(QStringLiteral("c00042"));
    QVERIFY2(byCode.ok(), qPrintable(byCode.errorString()));
    QCOMPARE(byCode.value().id, id);

    auto missing = ClientRepository(m_conn).findByCode(QStringLiteral("C99999"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QLatin1String("C99999")));
    QCOMPARE(ClientRepository(m_conn).find(id + 100).error().code, ErrorCode::NotFound);

    auto n = ClientRepository(m_conn).count();
    QVERIFY(n.ok());
    QCOMPARE(n.value(), qint64(1));
    // Every client gets its summary row, in its own currency.
    QCOMPARE(scalar(m_conn,
                    QStringLiteral("SELECT currency FROM client_summary WHERE "
                                   "client_id = ?"),
                    {id})
                     .toString(),
             QStringLiteral("EUR"));

    // A client with nothing but a code and a name (every optional field left empty) saves too.
    const qint64 minimal
            = insertClient(makeClient(QStringLiteral("C00043"), QStringLiteral("Bare")));
    QVERIFY2(minimal > 0, "a client with only code and name could not be saved");
    auto bare = ClientRepository(m_conn).find(minimal);
    QVERIFY(bare.ok());
    QVERIFY(bare.value().tags.isEmpty());
    QVERIFY(bare.value().segment.isEmpty());
    QVERIFY(!bare.value().archivedAt.isValid());
    QCOMPARE(bare.value().assignedUserId, qint64(0));
}

// Client, invoice, payment, credit note and promise in currencies with 0 (JPY) and 3 (BHD)
// decimals: what is read back is the same Money, never a USD or two-decimal reading of it.
void TestRepositories::amountsKeepTheirCurrencyThroughTheRepositories()
{
    Client yen
            = makeClient(QStringLiteral("JP1"), QStringLiteral("Tokyo KK"), QStringLiteral("JPY"));
    yen.creditLimitMinor = 1234567;
    const qint64 yenId = insertClient(yen);
    Client dinar = makeClient(QStringLiteral("BH1"), QStringLiteral("Manama WLL"),
                              QStringLiteral("BHD"));
    dinar.creditLimitMinor = 1234567;
    const qint64 dinarId = insertClient(dinar);
    QVERIFY(yenId > 0 && dinarId > 0);
    auto yenBack = ClientRepository(m_conn).find(yenId);
    VERIFY_OK(yenBack);
    QCOMPARE(yenBack.value().creditLimit(), Money::fromMinor(1234567, u"JPY"));
    QCOMPARE(yenBack.value().creditLimit().toPlainString(), QStringLiteral("1234567"));
    auto dinarBack = ClientRepository(m_conn).find(dinarId);
    VERIFY_OK(dinarBack);
    QCOMPARE(dinarBack.value().creditLimit().toPlainString(), QStringLiteral("1234.567"));

    const qint64 invId = insertInvoice(makeInvoice(
            dinarId, QStringLiteral("BH-1"), QDate(2026, 1, 31), 12345, QStringLiteral("BHD")));
    QVERIFY(invId > 0);
    Payment pay = makePayment(dinarId, QDate(2026, 2, 2), 5005, {Allocation {invId, 5005}});
    pay.currency = QStringLiteral("BHD");
    insertPayment(pay);
    VERIFY_OK(LedgerService(m_db, m_userId)
                      .creditNote(invId, Money::fromMinor(1000, u"BHD"), QDate(2026, 2, 3),
                                  QStringLiteral("CN-1"), QStringLiteral("short delivery")));
    auto inv = InvoiceRepository(m_conn).find(invId);
    VERIFY_OK(inv);
    QCOMPARE(inv.value().amount(), Money::fromMinor(12345, u"BHD"));
    // 12.345 − 5.005 − 1.000, in fils.
    QCOMPARE(inv.value().balance(), Money::fromMinor(6340, u"BHD"));
    QCOMPARE(inv.value().balance().toPlainString(), QStringLiteral("6.340"));
    auto payments = PaymentRepository(m_conn).forClient(dinarId);
    VERIFY_OK(payments);
    QCOMPARE(payments.value().size(), 1);
    QCOMPARE(payments.value().at(0).amount(), Money::fromMinor(5005, u"BHD"));

    Note note = makeNote(yenId, QStringLiteral("Will pay ¥50,000 on the 10th."));
    note.authorId = m_userId;
    VERIFY_OK(committed(m_conn, [&] { return NoteRepository(m_conn).append(note); }));
    PromiseTerms terms;
    terms.amount = Money::fromMinor(50000, u"JPY");
    terms.promisedDate = QDate(2026, 3, 10);
    VERIFY_OK(committed(m_conn,
                        [&] { return PromiseRepository(*m_db).createFromNote(note, terms); }));
    auto promises = PromiseRepository(*m_db).list(yenId);
    VERIFY_OK(promises);
    QCOMPARE(promises.value().size(), 1);
    const PromiseTerms &back = promises.value().at(0).terms;
    const Money &promised = back.amount;
    QCOMPARE(promised, Money::fromMinor(50000, u"JPY"));
    QCOMPARE(promised.format(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("¥50,000"));
}

void TestRepositories::clientInvalidIsNotWritten()
{
    Client c = makeClient(QStringLiteral("C1"), QString());
    WriteTransaction tx(m_conn);
    VERIFY_OK(tx.begin());
    auto r = ClientRepository(m_conn).insert(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidValue);
    QVERIFY(r.error().message.startsWith(QLatin1String("name:")));
    QCOMPARE(count(m_conn, QStringLiteral("clients")), qint64(0));
    QCOMPARE(count(m_conn, QStringLiteral("client_summary")), qint64(0));
}

void TestRepositories::clientUpdateDetectsConcurrentChange()
{
    const qint64 id = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    QVERIFY(id > 0);
    Client mine = ClientRepository(m_conn).find(id).value();
    Client theirs = ClientRepository(m_conn).find(id).value();

    mine.name = QStringLiteral("Acme Supply");
    mine.paymentTermsDays = 60;
    VERIFY_OK(committed(m_conn, [&] { return ClientRepository(m_conn).update(mine); }));
    QCOMPARE(mine.version, 2);

    theirs.name = QStringLiteral("Acme Holdings");
    {
        WriteTransaction tx(m_conn);
        VERIFY_OK(tx.begin());
        auto r = ClientRepository(m_conn).update(theirs);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(QLatin1String("changed by someone else")),
                 qPrintable(r.error().message));
        QCOMPARE(theirs.version, 1);
    }
    Client stored = ClientRepository(m_conn).find(id).value();
    QCOMPARE(stored.name, QStringLiteral("Acme Supply"));
    QCOMPARE(stored.paymentTermsDays, 60);
    QCOMPARE(stored.version, 2);

    // After reloading, the other user's change goes through.
    stored.name = QStringLiteral("Acme Holdings");
    VERIFY_OK(committed(m_conn, [&] { return ClientRepository(m_conn).update(stored); }));
    QCOMPARE(ClientRepository(m_conn).find(id).value().version, 3);
    QCOMPARE(ClientRepository(m_conn).find(id).value().name, QStringLiteral("Acme Holdings"));
}

void TestRepositories::duplicateClientCodeIsConflict()
{
    QVERIFY(insertClient(makeClient(QStringLiteral("C000001"), QStringLiteral("First"))) > 0);
    for (const QString &code : {QStringLiteral("C000001"), QStringLiteral("c000001")}) {
        WriteTransaction tx(m_conn);
        VERIFY_OK(tx.begin());
        Client dup = makeClient(code, QStringLiteral("Second"));
        auto r = ClientRepository(m_conn).insert(dup);
        QVERIFY2(!r.ok(), qPrintable(code));
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(code), qPrintable(r.error().message));
    }
    QCOMPARE(count(m_conn, QStringLiteral("clients")), qint64(1));
    QCOMPARE(count(m_conn, QStringLiteral("client_summary")), qint64(1));
}

void TestRepositories::contactsWithPhones()
{
    const qint64 clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    const qint64 otherId = insertClient(makeClient(QStringLiteral("C2"), QStringLiteral("Other")));
    QVERIFY(clientId > 0 && otherId > 0);

    Contact bob;
    bob.clientId = clientId;
    bob.name = QStringLiteral("Bob Smith");
    bob.preferredChannel = PreferredChannel::Phone;
    Contact jane;
    jane.clientId = clientId;
    jane.name = QStringLiteral("Jane O'Brien");
    jane.role = QStringLiteral("Accounts Payable");
    jane.email = QStringLiteral("jane.obrien@acme.example");
    jane.isBillingContact = true;
    jane.doNotContact = false;
    jane.preferredChannel = PreferredChannel::Email;
    jane.phones = {Phone {QStringLiteral("office"), QStringLiteral("(212) 555-0100 x12"),
                          QStringLiteral("+12125550100"), QStringLiteral("12")},
                   Phone {QStringLiteral("mobile"), QStringLiteral("917 555 0199"),
                          QStringLiteral("+19175550199"), QString()}};
    Contact stranger;
    stranger.clientId = otherId;
    stranger.name = QStringLiteral("Someone Else");
    stranger.phones = {Phone {QStringLiteral("office"), QStringLiteral("020 7946 0000"),
                              QStringLiteral("+442079460000"), QString()}};
    {
        WriteTransaction tx(m_conn);
        VERIFY_OK(tx.begin());
        ContactRepository repo(m_conn);
        VERIFY_OK(repo.insert(bob));
        VERIFY_OK(repo.insert(jane));
        VERIFY_OK(repo.insert(stranger));
        VERIFY_OK(tx.commit());
    }
    QVERIFY(bob.id > 0 && jane.id > 0);

    auto list = ContactRepository(m_conn).forClient(clientId);
    QVERIFY2(list.ok(), qPrintable(list.errorString()));
    QCOMPARE(list.value().size(), 2);
    const Contact &first = list.value().at(0);
    QCOMPARE(first.id, jane.id); // the billing contact comes first
    QCOMPARE(first.name, jane.name);
    QCOMPARE(first.role, jane.role);
    QCOMPARE(first.email, jane.email);
    QCOMPARE(toString(first.preferredChannel), toString(PreferredChannel::Email));
    QCOMPARE(first.isBillingContact, true);
    QCOMPARE(first.phones.size(), 2);
    QCOMPARE(first.phones.at(0).label, QStringLiteral("office"));
    QCOMPARE(first.phones.at(0).raw, QStringLiteral("(212) 555-0100 x12"));
    QCOMPARE(first.phones.at(0).e164, QStringLiteral("+12125550100"));
    QCOMPARE(first.phones.at(0).extension, QStringLiteral("12"));
    QCOMPARE(first.phones.at(1).e164, QStringLiteral("+19175550199"));
    const Contact &second = list.value().at(1);
    QCOMPARE(second.id, bob.id);
    QCOMPARE(toString(second.preferredChannel), toString(PreferredChannel::Phone));
    QVERIFY(second.phones.isEmpty());

    Contact bad;
    bad.clientId = clientId;
    bad.name = QStringLiteral("Mallory");
    bad.email = QStringLiteral("mallory@example.com\r\nBcc: everyone@example.com");
    auto r = ContactRepository(m_conn).insert(bad);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QLatin1String("email:")));
    QCOMPARE(count(m_conn, QStringLiteral("contacts")), qint64(3));
}

void TestRepositories::contactUpdateReplacesPhones()
{
    const qint64 clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    QVERIFY(clientId > 0);
    Contact jane;
    jane.clientId = clientId;
    jane.name = QStringLiteral("Jane");
    jane.email = QStringLiteral("jane@acme.example");
    jane.phones = {Phone {QStringLiteral("office"), QStringLiteral("(212) 555-0100"),
                          QStringLiteral("+12125550100"), QString()},
                   Phone {QStringLiteral("mobile"), QStringLiteral("917 555 0199"),
                          QStringLiteral("+19175550199"), QString()}};
    VERIFY_OK(committed(m_conn, [&] { return ContactRepository(m_conn).insert(jane); }));
    const Contact stale = jane;

    jane.name = QStringLiteral("Jane Doe");
    jane.role = QStringLiteral("Controller");
    jane.email = QStringLiteral("jane.doe@acme.example");
    jane.preferredChannel = PreferredChannel::Text;
    jane.isBillingContact = true;
    jane.doNotContact = true;
    jane.phones = {Phone {QStringLiteral("direct"), QStringLiteral("call reception"), QString(),
                          QString()}};
    VERIFY_OK(committed(m_conn, [&] { return ContactRepository(m_conn).update(jane); }));
    QCOMPARE(jane.version, 2);
    auto list = ContactRepository(m_conn).forClient(clientId);
    QVERIFY2(list.ok(), qPrintable(list.errorString()));
    QCOMPARE(list.value().size(), 1);
    const Contact &stored = list.value().first();
    QCOMPARE(stored.id, jane.id);
    QCOMPARE(stored.name, QStringLiteral("Jane Doe"));
    QCOMPARE(stored.role, QStringLiteral("Controller"));
    QCOMPARE(stored.email, QStringLiteral("jane.doe@acme.example"));
    QCOMPARE(toString(stored.preferredChannel), toString(PreferredChannel::Text));
    QVERIFY(stored.isBillingContact && stored.doNotContact);
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.phones.size(), 1); // replaced, not added
    QCOMPARE(stored.phones.first().raw, QStringLiteral("call reception"));
    QCOMPARE(count(m_conn, QStringLiteral("contact_phones")), qint64(1));

    // A stale version is a conflict; an invalid contact is refused; neither writes anything.
    Contact old = stale;
    old.email = QStringLiteral("old@acme.example");
    auto r = rolledBack(m_conn, [&] { return ContactRepository(m_conn).update(old); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    Contact bad = jane;
    bad.email = QStringLiteral("jane@@acme.example");
    r = ContactRepository(m_conn).update(bad);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QLatin1String("email:")));
    QCOMPARE(bad.version, 2);
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT email || ' ' || version FROM contacts"))
                     .toString(),
             QStringLiteral("jane.doe@acme.example 2"));
    QCOMPARE(count(m_conn, QStringLiteral("contact_phones")), qint64(1));
}

void TestRepositories::invoicesOpenOnly()
{
    const qint64 clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    QVERIFY(clientId > 0);
    Invoice withPo = makeInvoice(clientId, QStringLiteral("INV-1"), QDate(2026, 1, 31), 100000);
    withPo.poNumber = QStringLiteral("PO-77");
    withPo.balanceMinor = 5; // ignored: a new invoice is fully open
    const qint64 a = insertInvoice(withPo);
    const qint64 b = insertInvoice(
            makeInvoice(clientId, QStringLiteral("INV-2"), QDate(2026, 2, 28), 20000));
    const qint64 c = insertInvoice(
            makeInvoice(clientId, QStringLiteral("INV-3"), QDate(2026, 3, 31), 30000));
    QVERIFY(a > 0 && b > 0 && c > 0);
    insertPayment(makePayment(clientId, QDate(2026, 3, 1), 20000, {Allocation {b, 20000}}));

    auto found = InvoiceRepository(m_conn).find(a);
    QVERIFY(found.ok());
    QCOMPARE(found.value().number, QStringLiteral("INV-1"));
    QCOMPARE(found.value().clientId, clientId);
    QCOMPARE(found.value().issueDate, QDate(2026, 1, 1));
    QCOMPARE(found.value().dueDate, QDate(2026, 1, 31));
    QCOMPARE(found.value().amountMinor, qint64(100000));
    QCOMPARE(found.value().balanceMinor, qint64(100000));
    QCOMPARE(found.value().poNumber, QStringLiteral("PO-77"));
    QCOMPARE(toString(found.value().status()), toString(InvoiceStatus::Open));

    auto all = InvoiceRepository(m_conn).forClient(clientId);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 3);
    // Newest due date first.
    QCOMPARE(all.value().at(0).id, c);
    QCOMPARE(all.value().at(1).id, b);
    QCOMPARE(all.value().at(2).id, a);
    QCOMPARE(toString(all.value().at(1).status()), toString(InvoiceStatus::Paid));

    auto open = InvoiceRepository(m_conn).forClient(clientId, InvoiceRepository::Filter::OpenOnly);
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), 2);
    for (const Invoice &i : open.value()) {
        QVERIFY(i.id != b);
        QVERIFY(i.balanceMinor > 0);
    }
    QCOMPARE(InvoiceRepository(m_conn).find(9999).error().code, ErrorCode::NotFound);
}

void TestRepositories::duplicateInvoiceNumberIsConflict()
{
    const qint64 clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    QVERIFY(insertInvoice(makeInvoice(clientId, QStringLiteral("INV-9"), QDate(2026, 1, 31), 100))
            > 0);
    WriteTransaction tx(m_conn);
    VERIFY_OK(tx.begin());
    Invoice dup = makeInvoice(clientId, QStringLiteral("INV-9"), QDate(2026, 2, 28), 200);
    auto r = InvoiceRepository(m_conn).insert(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(QLatin1String("INV-9")), qPrintable(r.error().message));
}

void TestRepositories::paymentAllocationsDriveBalanceAndStatus()
{
    const auto [clientId, a, b] = insertClientWithTwoInvoices();
    QVERIFY(a > 0 && b > 0);
    auto settled = [&](qint64 id) {
        return scalar(m_conn, QStringLiteral("SELECT settled_date FROM invoices WHERE id = ?"),
                      {id});
    };
    auto status = [&](qint64 id) {
        return scalar(m_conn, QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {id})
                .toString();
    };

    insertPayment(makePayment(clientId, QDate(2026, 2, 10), 4000, {Allocation {a, 4000}}));
    Invoice ia = InvoiceRepository(m_conn).find(a).value();
    QCOMPARE(ia.balanceMinor, qint64(6000));
    QCOMPARE(toString(ia.status()), toString(InvoiceStatus::PartiallyPaid));
    QCOMPARE(status(a), QStringLiteral("partially_paid"));
    QVERIFY(settled(a).isNull());
    QCOMPARE(status(b), QStringLiteral("open"));

    insertPayment(makePayment(clientId, QDate(2026, 3, 15), 11000,
                              {Allocation {a, 6000}, Allocation {b, 5000}}));
    ia = InvoiceRepository(m_conn).find(a).value();
    const Invoice ib = InvoiceRepository(m_conn).find(b).value();
    QCOMPARE(ia.balanceMinor, qint64(0));
    QCOMPARE(ib.balanceMinor, qint64(0));
    QCOMPARE(toString(ia.status()), toString(InvoiceStatus::Paid));
    QCOMPARE(status(a), QStringLiteral("paid"));
    QCOMPARE(status(b), QStringLiteral("paid"));
    // Settled on the date of the payment that closed it.
    QCOMPARE(settled(a).toString(), QStringLiteral("2026-03-15"));
    QCOMPARE(settled(b).toString(), QStringLiteral("2026-03-15"));
    QCOMPARE(ia.daysPastDue(QDate(2026, 6, 1)), 0);

    auto payments = PaymentRepository(m_conn).forClient(clientId);
    QVERIFY(payments.ok());
    QCOMPARE(payments.value().size(), 2);
    const Payment &newest = payments.value().at(0);
    QCOMPARE(newest.date, QDate(2026, 3, 15));
    QCOMPARE(newest.amountMinor, qint64(11000));
    QCOMPARE(toString(newest.method), toString(PaymentMethod::Check));
    QCOMPARE(newest.reference, QStringLiteral("CHK 1001"));
    QCOMPARE(newest.allocations.size(), 2);
    QCOMPARE(newest.allocatedMinor(), qint64(11000));
    QCOMPARE(payments.value().at(1).allocations.size(), 1);
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT created_by FROM payments WHERE id = ?"),
                    {newest.id})
                     .toLongLong(),
             m_userId);
}

void TestRepositories::allocationAboveBalanceWritesNothing()
{
    const auto [clientId, a, b] = insertClientWithTwoInvoices();
    QVERIFY(a > 0 && b > 0);
    const qint64 payments = count(m_conn, QStringLiteral("payments"));
    const qint64 allocations = count(m_conn, QStringLiteral("payment_allocations"));

    Payment overB = makePayment(clientId, QDate(2026, 3, 1), 9000,
                                {Allocation {a, 3000}, Allocation {b, 6000}});
    const auto r
            = rolledBack(m_conn, [&] { return PaymentRepository(m_conn).insert(overB, m_userId); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidValue);
    QVERIFY2(r.error().message.contains(QLatin1String("INV-B"))
                     && r.error().message.contains(QLatin1String("50.00"))
                     && r.error().message.contains(QLatin1String("60.00")),
             qPrintable(r.error().message));
    // The same invoice twice: the second allocation fails after the first was written; the
    // transaction takes both back.
    Payment twiceA = makePayment(clientId, QDate(2026, 3, 1), 9000,
                                 {Allocation {a, 6000}, Allocation {a, 3000}});
    QVERIFY(!rolledBack(m_conn, [&] {
                 return PaymentRepository(m_conn).insert(twiceA, m_userId);
             }).ok());
    QCOMPARE(count(m_conn, QStringLiteral("payments")), payments);
    QCOMPARE(count(m_conn, QStringLiteral("payment_allocations")), allocations);
    QCOMPARE(InvoiceRepository(m_conn).find(a).value().balanceMinor, qint64(10000));
    QCOMPARE(InvoiceRepository(m_conn).find(b).value().balanceMinor, qint64(5000));
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {a})
                     .toString(),
             QStringLiteral("open"));
}

void TestRepositories::allocationToAnotherClientRefused()
{
    const qint64 mine = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    const qint64 theirs = insertClient(makeClient(QStringLiteral("C2"), QStringLiteral("Other")));
    const qint64 foreign = insertInvoice(
            makeInvoice(theirs, QStringLiteral("INV-X"), QDate(2026, 1, 31), 10000));
    const qint64 euro = insertInvoice(makeInvoice(mine, QStringLiteral("INV-E"), QDate(2026, 1, 31),
                                                  10000, QStringLiteral("EUR")));
    QVERIFY(foreign > 0 && euro > 0);
    for (qint64 target : {foreign, euro}) {
        Payment p = makePayment(mine, QDate(2026, 3, 1), 1000, {Allocation {target, 1000}});
        const auto r
                = rolledBack(m_conn, [&] { return PaymentRepository(m_conn).insert(p, m_userId); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidValue);
    }
    QCOMPARE(count(m_conn, QStringLiteral("payments")), qint64(0));
    QCOMPARE(InvoiceRepository(m_conn).find(foreign).value().balanceMinor, qint64(10000));
}

void TestRepositories::noteRevisionsAndRecordChain()
{
    const qint64 clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    const qint64 otherId = insertClient(makeClient(QStringLiteral("C2"), QStringLiteral("Other")));
    const qint64 inv = insertInvoice(
            makeInvoice(clientId, QStringLiteral("INV-1"), QDate(2026, 1, 31), 10000));
    QVERIFY(clientId > 0 && otherId > 0 && inv > 0);

    Note note = makeNote(clientId, QStringLiteral("Jane promised to pay INV-1 by 9 March."));
    note.authorId = m_userId;
    note.invoiceIds = {inv};
    const auto appended = committed(m_conn, [&] { return NoteRepository(m_conn).append(note); });
    VERIFY_OK(appended);
    QCOMPARE(appended.value(), note.id);
    QVERIFY(note.id > 0);
    QCOMPARE(note.revision, 1);
    QVERIFY(note.revisionId > 0);
    QVERIFY(note.recordedAt.isValid());
    const qint64 noteId = note.id;
    const qint64 firstRevision = note.revisionId;

    // An edit is a new revision of the same note.
    Note edit = note;
    edit.text = QStringLiteral("Jane promised to pay INV-1 by 10 March (corrected).");
    edit.nextContactDate = QDate(2026, 3, 10);
    VERIFY_OK(committed(m_conn, [&] { return NoteRepository(m_conn).append(edit); }));
    QCOMPARE(edit.id, noteId);
    QCOMPARE(edit.revision, 2);
    QVERIFY(edit.revisionId != firstRevision);

    // Another client's note does not show up.
    Note other = makeNote(otherId, QStringLiteral("Unrelated"));
    VERIFY_OK(committed(m_conn, [&] { return NoteRepository(m_conn).append(other); }));

    auto notes = NoteRepository(m_conn).forClient(clientId);
    QVERIFY2(notes.ok(), qPrintable(notes.errorString()));
    QCOMPARE(notes.value().size(), 1);
    const Note &shown = notes.value().first();
    QCOMPARE(shown.id, noteId);
    QCOMPARE(shown.revision, 2);
    QCOMPARE(shown.text, edit.text);
    QCOMPARE(shown.nextContactDate, QDate(2026, 3, 10));
    QCOMPARE(toString(shown.outcome), toString(NoteOutcome::Promised));
    QCOMPARE(toString(shown.channel), toString(NoteChannel::Call));
    QCOMPARE(shown.contactName, QStringLiteral("Jane Doe"));
    QCOMPARE(shown.authorId, m_userId);
    QCOMPARE(shown.occurredAt, note.occurredAt);
    QCOMPARE(shown.recordedAt, edit.recordedAt);
    // The first revision is still there, unchanged.
    QCOMPARE(scalar(m_conn, QStringLiteral("SELECT body FROM note_revisions WHERE id = ?"),
                    {firstRevision})
                     .toString(),
             note.text);

    // The chain: one entry per revision, each linking to the one before.
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT seq, kind, entry_id, prev_hash, hash FROM record_chain "
                                  "ORDER BY seq")));
    QString prev = RecordChain::genesisHash();
    QCOMPARE(prev, QString(64, u'0'));
    int entries = 0;
    while (q.next()) {
        ++entries;
        QCOMPARE(q.value(1).toString(), QStringLiteral("revision"));
        QCOMPARE(q.value(3).toString(), prev);
        const Note stored = storedRevision(m_conn, q.value(2).toLongLong());
        QVERIFY(stored.id > 0);
        const QString expected = RecordChain::link(prev, RecordChain::canonicalRevision(stored));
        QCOMPARE(q.value(4).toString(), expected);
        QCOMPARE(scalar(m_conn, QStringLiteral("SELECT chain_seq FROM note_revisions WHERE id = ?"),
                        {stored.revisionId})
                         .toLongLong(),
                 q.value(0).toLongLong());
        prev = expected;
    }
    QCOMPARE(entries, 3);
    auto head = RecordChain(m_conn).head();
    QVERIFY(head.ok());
    QCOMPARE(head.value(), prev);

    // The canonical form from the stored row is the one that was hashed at save time.
    const Note storedFirst = storedRevision(m_conn, firstRevision);
    QCOMPARE(storedFirst.invoiceIds, QList<qint64> {inv});
    QCOMPARE(RecordChain::canonicalRevision(storedFirst), RecordChain::canonicalRevision(note));
    // Changing any part of the content changes the link.
    Note tampered = storedFirst;
    tampered.text += u'.';
    QVERIFY(RecordChain::link(RecordChain::genesisHash(), RecordChain::canonicalRevision(tampered))
            != RecordChain::link(RecordChain::genesisHash(),
                                 RecordChain::canonicalRevision(storedFirst)));
}

void TestRepositories::invalidNoteWritesNothing()
{
    const qint64 clientId = insertClient(makeClient(QStringLiteral("C1"), QStringLiteral("Acme")));
    Note n = makeNote(clientId, QStringLiteral("Called"));
    n.outcome = NoteOutcome::None;
    WriteTransaction tx(m_conn);
    VERIFY_OK(tx.begin());
    auto r = NoteRepository(m_conn).append(n);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QLatin1String("outcome:")));
    QCOMPARE(n.id, qint64(0));
    QCOMPARE(count(m_conn, QStringLiteral("notes")), qint64(0));
    QCOMPARE(count(m_conn, QStringLiteral("record_chain")), qint64(0));
}

void TestRepositories::usersEnsure()
{
    UserRepository users(m_conn);
    auto alice = users.ensure(QStringLiteral("alice"), UserRole::Manager);
    QVERIFY2(alice.ok(), qPrintable(alice.errorString()));
    QVERIFY(alice.value().id > 0);
    QCOMPARE(toString(alice.value().roles), toString(UserRole::Manager));

    auto again = users.ensure(QStringLiteral("alice"), UserRole::Clerk);
    QVERIFY(again.ok());
    QCOMPARE(again.value().id, alice.value().id);
    QCOMPARE(toString(again.value().roles),
             toString(UserRole::Manager)); // an existing user keeps their role
    auto upper = users.ensure(QStringLiteral("ALICE"), UserRole::Clerk);
    QVERIFY(upper.ok());
    QCOMPARE(upper.value().id, alice.value().id);
    QCOMPARE(count(m_conn, QStringLiteral("users")), qint64(2));

    auto stored = users.find(alice.value().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().name, QStringLiteral("alice"));
    QCOMPARE(stored.value().displayName, QStringLiteral("alice"));
    QVERIFY(stored.value().active);

    User dup;
    dup.name = QStringLiteral("Alice");
    WriteTransaction tx(m_conn);
    VERIFY_OK(tx.begin());
    auto r = users.insert(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(QLatin1String("Alice")), qPrintable(r.errorString()));
    tx.rollback();

    auto list = users.list();
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().at(0).name, QStringLiteral("alice"));
    QCOMPARE(list.value().at(1).name, QStringLiteral("tester"));
    QCOMPARE(users.findByName(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);

    auto invalid = users.ensure(QStringLiteral("bad name"), UserRole::Clerk);
    QVERIFY(!invalid.ok());
    QCOMPARE(count(m_conn, QStringLiteral("users")), qint64(2));
}

void TestRepositories::companySettingsRoundTrip()
{
    auto fresh = CompanySettings::load(m_conn);
    QVERIFY(fresh.ok());
    QVERIFY(fresh.value().companyName.isEmpty());
    QCOMPARE(fresh.value().homeCurrency, QStringLiteral("USD"));
    QCOMPARE(fresh.value().locale, QStringLiteral("en_US"));
    QCOMPARE(fresh.value().fiscalYearStartMonth, 1);

    // Only a name: every other field keeps its default (the address stays empty).
    CompanySettings minimal;
    minimal.companyName = QStringLiteral("My Company");
    VERIFY_OK(minimal.save(m_conn));
    auto loadedMinimal = CompanySettings::load(m_conn);
    QVERIFY(loadedMinimal.ok());
    QCOMPARE(loadedMinimal.value().companyName, QStringLiteral("My Company"));
    QVERIFY(loadedMinimal.value().address.isEmpty());

    const CompanySettings s = makeSettings(QStringLiteral("Nordwind Industriebedarf GmbH"),
                                           QStringLiteral("Hauptstraße 1\n10115 Berlin"),
                                           QStringLiteral("EUR"), QStringLiteral("de_DE"), 4);
    VERIFY_OK(s.save(m_conn));
    auto loaded = CompanySettings::load(m_conn);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().companyName, s.companyName);
    QCOMPARE(loaded.value().address, s.address);
    QCOMPARE(loaded.value().homeCurrency, s.homeCurrency);
    QCOMPARE(loaded.value().locale, s.locale);
    QCOMPARE(loaded.value().fiscalYearStartMonth, 4);

    CompanySettings bad = s;
    bad.companyName = QStringLiteral("Changed");
    bad.homeCurrency = QStringLiteral("EURO");
    QVERIFY(!bad.save(m_conn).ok());
    QCOMPARE(CompanySettings::load(m_conn).value().companyName, s.companyName);

    auto single = readSetting(m_conn, QStringLiteral("company.home_currency"), QString());
    QVERIFY(single.ok());
    QCOMPARE(single.value(), QStringLiteral("EUR"));
    QCOMPARE(readSetting(m_conn, QStringLiteral("no.such.key"), QStringLiteral("fallback")).value(),
             QStringLiteral("fallback"));
}

void TestRepositories::companySettingsChangeIsAudited()
{
    CompanySettings s;
    s.companyName = QStringLiteral("Before Ltd");
    VERIFY_OK(s.save(m_conn, m_userId));
    s.companyName = QStringLiteral("After Ltd");
    VERIFY_OK(s.save(m_conn, m_userId));
    VERIFY_OK(s.save(m_conn, m_userId)); // unchanged: no audit row
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT user_id, before_json, after_json FROM audit_log WHERE "
                                  "entity = 'settings' ORDER BY id")));
    QVERIFY(q.next());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_userId);
    QVERIFY(q.value(1).toString().contains(QStringLiteral("Before Ltd")));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("After Ltd")));
    QVERIFY2(!q.next(), "saving unchanged settings wrote an audit row");
}

void TestRepositories::createClientWritesAuditRow()
{
    ClientService service(m_db, m_userId);
    Client c = makeClient(QStringLiteral("C000777"), QStringLiteral("Audit Trail Ltd"));
    auto id = service.createClient(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QCOMPARE(c.id, id.value());

    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT user_id, entity, entity_id, action, before_json, "
                                  "after_json, at FROM audit_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_userId);
    QCOMPARE(q.value(1).toString(), QStringLiteral("client"));
    QCOMPARE(q.value(2).toLongLong(), id.value());
    QCOMPARE(q.value(3).toString(), QStringLiteral("create"));
    QVERIFY(q.value(4).isNull());
    const QJsonObject after = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("code")).toString(), QStringLiteral("C000777"));
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Audit Trail Ltd"));
    QVERIFY(timeutil::instantFromStorage(q.value(6).toString()).isValid());
    QVERIFY(!q.next());

    c.name = QStringLiteral("Audit Trail Limited");
    VERIFY_OK(service.updateClient(c));
    QVERIFY(q.exec(QStringLiteral("SELECT action, before_json, after_json, user_id FROM "
                                  "audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
    QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("Audit Trail Ltd"));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("Audit Trail Limited"));
    QCOMPARE(q.value(3).toLongLong(), m_userId);
}

void TestRepositories::failedServiceCallWritesNothing()
{
    ClientService service(m_db, m_userId);
    Client c = makeClient(QStringLiteral("C1"), QStringLiteral("First"));
    VERIFY_OK(service.createClient(c));
    Client dup = makeClient(QStringLiteral("C1"), QStringLiteral("Second"));
    auto r = service.createClient(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(count(m_conn, QStringLiteral("clients")), qint64(1));
    QCOMPARE(count(m_conn, QStringLiteral("audit_log")), qint64(1));

    Invoice tooMuch = makeInvoice(c.id, QStringLiteral("INV-1"), QDate(2026, 1, 31), 100);
    VERIFY_OK(service.addInvoice(tooMuch));
    Payment p = makePayment(c.id, QDate(2026, 2, 1), 200, {Allocation {tooMuch.id, 200}});
    QVERIFY(!service.recordPayment(p).ok());
    QCOMPARE(count(m_conn, QStringLiteral("payments")), qint64(0));
    QCOMPARE(count(m_conn, QStringLiteral("audit_log")), qint64(2));
    // The connection is not left inside a transaction.
    WriteTransaction tx(m_conn);
    VERIFY_OK(tx.begin());
}

void TestRepositories::serviceKeepsSummaryEqualToLedger()
{
    // The summary is as of a fixed date (as after `demo --as-of` or `clients --as-of`); every
    // change must keep the client's row equal to the ledger as of that same date.
    VERIFY_OK(committed(m_conn, [&] { return ArSummary(m_conn).rebuildAll(kAsOf); }));
    ClientService service(m_db, m_userId);
    Client c = makeClient(QStringLiteral("C1"), QStringLiteral("Acme"));
    VERIFY_OK(service.createClient(c));
    Client bystander = makeClient(QStringLiteral("C2"), QStringLiteral("Bystander"));
    VERIFY_OK(service.createClient(bystander));

    auto check = [&](const char *step) {
        const auto asOf = ArSummary(m_conn).asOf();
        QVERIFY(asOf.ok());
        QCOMPARE(asOf.value(), kAsOf);
        const SummaryRow stored = storedSummary(m_conn, c.id);
        const SummaryRow expected = recomputedSummary(m_conn, c.id, asOf.value());
        QVERIFY2(stored == expected,
                 qPrintable(
                         QStringLiteral("%1: stored %2, ledger %3")
                                 .arg(QString::fromLatin1(step), stored.text(), expected.text())));
        QCOMPARE(storedSummary(m_conn, bystander.id), (SummaryRow {0, 0, 0, 0, {}}));
    };
    check("new client");

    Invoice overdue = makeInvoice(c.id, QStringLiteral("INV-1"), kAsOf.addDays(-10), 100000);
    VERIFY_OK(service.addInvoice(overdue));
    check("overdue invoice");
    QCOMPARE(storedSummary(m_conn, c.id).overdue, qint64(100000));

    Invoice later = makeInvoice(c.id, QStringLiteral("INV-2"), kAsOf.addDays(20), 30000);
    VERIFY_OK(service.addInvoice(later));
    check("invoice due after the as-of date");
    QCOMPARE(storedSummary(m_conn, c.id).balance, qint64(130000));
    QCOMPARE(storedSummary(m_conn, c.id).overdue, qint64(100000));

    Payment part = makePayment(c.id, kAsOf.addDays(-2), 40000, {Allocation {overdue.id, 40000}});
    VERIFY_OK(service.recordPayment(part));
    check("partial payment");
    QCOMPARE(storedSummary(m_conn, c.id).overdue, qint64(60000));

    Payment rest = makePayment(c.id, kAsOf.addDays(-1), 90000,
                               {Allocation {overdue.id, 60000}, Allocation {later.id, 30000}});
    VERIFY_OK(service.recordPayment(rest));
    check("paid in full");
    QCOMPARE(storedSummary(m_conn, c.id).open, qint64(0));

    Invoice euro = makeInvoice(c.id, QStringLiteral("INV-3"), kAsOf.addDays(-5), 5000,
                               QStringLiteral("EUR"));
    VERIFY_OK(service.addInvoice(euro));
    check("invoice in another currency");
    QCOMPARE(storedSummary(m_conn, c.id).balance, qint64(0));
    QCOMPARE(storedSummary(m_conn, c.id).otherCurrency, qint64(1));

    // The row the service keeps is the row a full rebuild would write.
    const SummaryRow before = storedSummary(m_conn, c.id);
    VERIFY_OK(committed(m_conn, [&] { return ArSummary(m_conn).rebuildAll(kAsOf); }));
    QCOMPARE(storedSummary(m_conn, c.id), before);
}

void TestRepositories::advanceToMovesOverdue()
{
    const qint64 x = insertClient(makeClient(QStringLiteral("CX"), QStringLiteral("Due soon")));
    const qint64 y = insertClient(makeClient(QStringLiteral("CY"), QStringLiteral("Due later")));
    const qint64 z = insertClient(makeClient(QStringLiteral("CZ"), QStringLiteral("Paid up")));
    QVERIFY(insertInvoice(makeInvoice(x, QStringLiteral("X-1"), kAsOf.addDays(5), 10000)) > 0);
    QVERIFY(insertInvoice(makeInvoice(y, QStringLiteral("Y-1"), kAsOf.addDays(30), 20000)) > 0);
    const qint64 zi = insertInvoice(makeInvoice(z, QStringLiteral("Z-1"), kAsOf.addDays(5), 5000));
    insertPayment(makePayment(z, kAsOf, 5000, {Allocation {zi, 5000}}));

    auto advance = [&](const QDate &to) -> int {
        const auto r = committed(m_conn, [&] { return ArSummary(m_conn).advanceTo(to); });
        return r.ok() ? r.value() : -100;
    };

    QCOMPARE(advance(kAsOf), -1); // first time: a full rebuild
    QCOMPARE(storedSummary(m_conn, x).overdue, qint64(0));
    QCOMPARE(storedSummary(m_conn, x).balance, qint64(10000));
    QCOMPARE(ArSummary(m_conn).asOf().value(), kAsOf);
    QCOMPARE(advance(kAsOf), 0);

    // Due on D+5: still not overdue on D+5, overdue on D+6.
    QCOMPARE(advance(kAsOf.addDays(5)), 0);
    QCOMPARE(storedSummary(m_conn, x).overdue, qint64(0));
    QCOMPARE(advance(kAsOf.addDays(6)), 1);
    QCOMPARE(storedSummary(m_conn, x).overdue, qint64(10000));
    QCOMPARE(storedSummary(m_conn, y).overdue, qint64(0));
    QCOMPARE(storedSummary(m_conn, z).overdue, qint64(0));
    QCOMPARE(ArSummary(m_conn).asOf().value(), kAsOf.addDays(6));
    QCOMPARE(storedSummary(m_conn, y).asOf, timeutil::toStorage(kAsOf.addDays(6)));

    QCOMPARE(advance(kAsOf.addDays(60)), 1);
    QCOMPARE(storedSummary(m_conn, y).overdue, qint64(20000));
    QCOMPARE(storedSummary(m_conn, x).overdue, qint64(10000));

    // Every row equals a recomputation as of the new date.
    for (qint64 id : {x, y, z})
        QCOMPARE(storedSummary(m_conn, id), recomputedSummary(m_conn, id, kAsOf.addDays(60)));

    // Going back in time recomputes everything.
    QCOMPARE(advance(kAsOf), -1);
    QCOMPARE(storedSummary(m_conn, x).overdue, qint64(0));
    QCOMPARE(storedSummary(m_conn, y).overdue, qint64(0));
}

void TestRepositories::setUpClientList()
{
    // Clerk with a display name (shown in the list) and one without.
    User clerk;
    clerk.name = QStringLiteral("dana");
    clerk.displayName = QStringLiteral("Dana Ortiz");
    VERIFY_OK(committed(m_conn, [&] { return UserRepository(m_conn).insert(clerk); }));
    struct Seed
    {
        const char *code;
        const char *name;
        qint64 overdue;
        qint64 notDue;
    };
    const Seed seeds[] = {
            {"C001", "Alpha Foods", 50000, 0},   {"C002", "Beta 100% Organic", 30000, 1000},
            {"C003", "Gamma_Tools", 0, 7000},    {"C004", "GammaXTools", 90000, 0},
            {"C005", "Delta Freight", 10000, 0}, {"C006", "epsilon labs", 0, 0},
            {"C007", "Archived Co", 99999, 0},
    };
    int n = 0;
    for (const Seed &s : seeds) {
        Client c = makeClient(QString::fromUtf8(s.code), QString::fromUtf8(s.name));
        if (qstrcmp(s.code, "C001") == 0)
            c.assignedUserId = clerk.id;
        if (qstrcmp(s.code, "C007") == 0)
            c.archivedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 id = insertClient(c);
        QVERIFY(id > 0);
        if (s.overdue > 0)
            QVERIFY(insertInvoice(makeInvoice(id, QStringLiteral("O-%1").arg(++n),
                                              kAsOf.addDays(-15), s.overdue))
                    > 0);
        if (s.notDue > 0)
            QVERIFY(insertInvoice(makeInvoice(id, QStringLiteral("N-%1").arg(++n),
                                              kAsOf.addDays(15), s.notDue))
                    > 0);
        if (qstrcmp(s.code, "C005") == 0) {
            Contact k;
            k.clientId = id;
            k.name = QStringLiteral("Priya Nair");
            k.email = QStringLiteral("payables@deltaco.example");
            VERIFY_OK(committed(m_conn, [&] { return ContactRepository(m_conn).insert(k); }));
        }
    }
    VERIFY_OK(committed(m_conn, [&] { return ArSummary(m_conn).rebuildAll(kAsOf); }));
}

/// Seeds the client list; false (with the test failed) when that did not work.
bool TestRepositories::clientListReady()
{
    setUpClientList();
    return !QTest::currentTestFailed();
}

void TestRepositories::clientListPagesAndCounts()
{
    if (!clientListReady())
        return;
    ClientListQuery query(m_conn);
    const auto spec = listSpec(ClientListQuery::SortKey::Code, Qt::AscendingOrder);
    QCOMPARE(query.count(spec).value(), 6); // the archived client is hidden
    ClientListQuery::Spec withArchived = spec;
    withArchived.includeArchived = true;
    QCOMPARE(query.count(withArchived).value(), 7);

    auto all = query.page(spec, 0, 100);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 6);
    auto first = query.page(spec, 0, 4);
    auto second = query.page(spec, 4, 4);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().size(), 4);
    QCOMPARE(second.value().size(), 2);
    const QStringList whole = codesOf(all.value());
    QCOMPARE(codesOf(first.value() + second.value()), whole);
    QCOMPARE(whole,
             QStringList({QStringLiteral("C001"), QStringLiteral("C002"), QStringLiteral("C003"),
                          QStringLiteral("C004"), QStringLiteral("C005"), QStringLiteral("C006")}));
    const auto beyond = query.page(spec, 6, 4);
    QVERIFY(beyond.ok());
    QVERIFY(beyond.value().isEmpty());

    // The row carries the summary and the clerk's display name.
    const ClientListRow &alpha = all.value().at(0);
    QCOMPARE(alpha.name, QStringLiteral("Alpha Foods"));
    QCOMPARE(alpha.currency, QStringLiteral("USD"));
    QCOMPARE(alpha.balanceMinor, qint64(50000));
    QCOMPARE(alpha.overdueMinor, qint64(50000));
    QCOMPARE(alpha.clerk, QStringLiteral("Dana Ortiz"));
    QCOMPARE(alpha.oldestOpenDueDate, kAsOf.addDays(-15));
    QCOMPARE(alpha.oldestDaysPastDue(kAsOf), 15);
    const ClientListRow &beta = all.value().at(1);
    QCOMPARE(beta.balanceMinor, qint64(31000));
    QCOMPARE(beta.overdueMinor, qint64(30000));
    QVERIFY(beta.clerk.isEmpty());
    const ClientListRow &gamma = all.value().at(2);
    QCOMPARE(gamma.overdueMinor, qint64(0));
    QCOMPARE(gamma.oldestDaysPastDue(kAsOf), 0);
}

void TestRepositories::clientListSorts()
{
    if (!clientListReady())
        return;
    ClientListQuery query(m_conn);
    auto spec = listSpec(ClientListQuery::SortKey::Overdue, Qt::DescendingOrder);
    auto byOverdue = query.page(spec, 0, 100);
    QVERIFY(byOverdue.ok());
    QCOMPARE(byOverdue.value().size(), 6);
    QCOMPARE(byOverdue.value().first().code, QStringLiteral("C004"));
    for (qsizetype i = 1; i < byOverdue.value().size(); ++i)
        QVERIFY2(byOverdue.value().at(i - 1).overdueMinor >= byOverdue.value().at(i).overdueMinor,
                 qPrintable(byOverdue.value().at(i).code));
    // A page boundary does not reorder: page 2 continues where page 1 stopped.
    const auto p1 = query.page(spec, 0, 3);
    const auto p2 = query.page(spec, 3, 3);
    QVERIFY(p1.ok() && p2.ok());
    QCOMPARE(p1.value().size(), 3);
    QCOMPARE(p2.value().size(), 3);
    QVERIFY(p1.value().last().overdueMinor >= p2.value().first().overdueMinor);
    QCOMPARE(codesOf(p1.value() + p2.value()), codesOf(byOverdue.value()));

    spec.sortKey = ClientListQuery::SortKey::Name;
    spec.order = Qt::AscendingOrder;
    const auto ascending = query.page(spec, 0, 100);
    QVERIFY(ascending.ok());
    const QStringList names = namesOf(ascending.value());
    // Case-insensitive: "epsilon labs" sorts between "Delta" and "Gamma".
    QCOMPARE(names,
             QStringList({QStringLiteral("Alpha Foods"), QStringLiteral("Beta 100% Organic"),
                          QStringLiteral("Delta Freight"), QStringLiteral("epsilon labs"),
                          QStringLiteral("Gamma_Tools"), QStringLiteral("GammaXTools")}));

    spec.order = Qt::DescendingOrder;
    const auto descending = query.page(spec, 0, 100);
    QVERIFY(descending.ok());
    QStringList reversed = namesOf(descending.value());
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, names);

    spec.sortKey = ClientListQuery::SortKey::Balance;
    spec.order = Qt::AscendingOrder;
    const auto byBalance = query.page(spec, 0, 100);
    QVERIFY(byBalance.ok());
    QCOMPARE(byBalance.value().size(), 6);
    for (qsizetype i = 1; i < byBalance.value().size(); ++i)
        QVERIFY(byBalance.value().at(i - 1).balanceMinor <= byBalance.value().at(i).balanceMinor);
}

void TestRepositories::clientListFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("name") << QStringLiteral("alpha") << QStringList {QStringLiteral("C001")};
    QTest::newRow("name upper case")
            << QStringLiteral("ALPHA FOODS") << QStringList {QStringLiteral("C001")};
    QTest::newRow("name part") << QStringLiteral("Gamma")
                               << QStringList {QStringLiteral("C003"), QStringLiteral("C004")};
    QTest::newRow("code") << QStringLiteral("c005") << QStringList {QStringLiteral("C005")};
    QTest::newRow("contact e-mail")
            << QStringLiteral("deltaco") << QStringList {QStringLiteral("C005")};
    QTest::newRow("contact name") << QStringLiteral("Priya")
                                  << QStringList {QStringLiteral("C005")};
    QTest::newRow("surrounding spaces")
            << QStringLiteral("  beta  ") << QStringList {QStringLiteral("C002")};
    QTest::newRow("percent is literal")
            << QStringLiteral("%") << QStringList {QStringLiteral("C002")};
    QTest::newRow("percent in text")
            << QStringLiteral("100%") << QStringList {QStringLiteral("C002")};
    QTest::newRow("percent not wildcard") << QStringLiteral("A%s") << QStringList {};
    QTest::newRow("underscore is literal")
            << QStringLiteral("_") << QStringList {QStringLiteral("C003")};
    QTest::newRow("underscore not wildcard")
            << QStringLiteral("a_T") << QStringList {QStringLiteral("C003")};
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList {};
    QTest::newRow("quote") << QStringLiteral("O'Brien") << QStringList {};
    QTest::newRow("archived hidden") << QStringLiteral("Archived") << QStringList {};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList {};
}

void TestRepositories::clientListFilters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, codes);
    if (!clientListReady())
        return;
    ClientListQuery query(m_conn);
    const auto spec = listSpec(ClientListQuery::SortKey::Code, Qt::AscendingOrder, filter);
    auto n = query.count(spec);
    QVERIFY2(n.ok(), qPrintable(n.errorString()));
    auto rows = query.page(spec, 0, 100);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    QCOMPARE(codesOf(rows.value()), codes);
    QCOMPARE(n.value(), int(codes.size()));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
