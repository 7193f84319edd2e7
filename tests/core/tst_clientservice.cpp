// SPDX-License-Identifier: MIT
// Client use cases: archive (refused with an open balance, audited with user and reason),
// unarchive, and the optimistic lock on update.
#include "core/services/clientservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestClientService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void archiveRefusedWithOpenBalance();
    void archiveAllowedAfterPayment();
    void archiveNeedsReasonAndUnarchiveRestores();
    void auditRowsCarryUserAndReason();
    void secondCopyOfAnEditConflicts();
    void contactEditIsAuditedAndLocked();

private:
    qint64 clientWithInvoice(const QString &code, qint64 amount, qint64 *invoiceId = nullptr);
    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

void TestClientService::init()
{
    QVERIFY(m_dir.renew());
    auto db = Database::open(m_dir.filePath(QStringLiteral("clients.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    User clerk;
    clerk.name = QStringLiteral("casey");
    auto id = committed(m_db->connection(),
                        [&] { return UserRepository(m_db->connection()).insert(clerk); });
    QVERIFY2(id, qPrintable(id.errorString()));
    m_userId = id.value();
}

qint64 TestClientService::clientWithInvoice(const QString &code, qint64 amount, qint64 *invoiceId)
{
    Client c = makeClient(code, QStringLiteral("Client ") + code);
    ClientService service(m_db, m_userId);
    if (!service.createClient(c))
        return 0;
    Invoice inv = makeInvoice(c.id, QStringLiteral("INV-") + code, QDate::currentDate().addDays(10),
                              amount);
    if (!service.addInvoice(inv))
        return 0;
    if (invoiceId)
        *invoiceId = inv.id;
    return c.id;
}

void TestClientService::archiveRefusedWithOpenBalance()
{
    const qint64 id = clientWithInvoice(QStringLiteral("OPEN"), 12500);
    QVERIFY(id);
    auto r = ClientService(m_db, m_userId)
                     .archiveClient(id, QStringLiteral("went out of business"));
    QVERIFY(!r);
    QVERIFY2(
            r.errorString().contains(QStringLiteral("settle or write off the open invoices first")),
            qPrintable(r.errorString()));
    auto stored = ClientRepository(m_db->connection()).find(id);
    QVERIFY(stored);
    QVERIFY(!stored.value().archivedAt.isValid());
    QCOMPARE(sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'archive'"))
                     .value()
                     .toInt(),
             0);
}

void TestClientService::archiveAllowedAfterPayment()
{
    qint64 invoiceId = 0;
    const qint64 id = clientWithInvoice(QStringLiteral("PAID"), 12500, &invoiceId);
    QVERIFY(id && invoiceId);
    ClientService service(m_db, m_userId);
    QVERIFY(!service.archiveClient(id, QStringLiteral("merged")));
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = id;
    p.date = QDate::currentDate();
    p.amountMinor = 12500;
    p.reference = QStringLiteral("WIRE-1");
    p.allocations = {Allocation {invoiceId, 12500}};
    VERIFY_OK(service.recordPayment(p));
    VERIFY_OK(service.archiveClient(id, QStringLiteral("merged into another account")));
    auto stored = ClientRepository(m_db->connection()).find(id);
    QVERIFY(stored);
    QVERIFY(stored.value().archivedAt.isValid());
    // Never deleted: the client, its invoice and its payment are all still there.
    QCOMPARE(sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT COUNT(*) FROM invoices WHERE client_id = ?"), {id})
                     .value()
                     .toInt(),
             1);
    // Archiving twice is refused with a clear message.
    auto again = service.archiveClient(id, QStringLiteral("again"));
    QVERIFY(!again);
    QVERIFY(again.errorString().contains(QStringLiteral("already archived")));
}

void TestClientService::archiveNeedsReasonAndUnarchiveRestores()
{
    Client c = makeClient(QStringLiteral("NEW"), QStringLiteral("Never invoiced"));
    ClientService service(m_db, m_userId);
    VERIFY_OK(service.createClient(c));
    auto noReason = service.archiveClient(c.id, QStringLiteral("  "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, ErrorCode::InvalidValue);
    QVERIFY(noReason.errorString().contains(QStringLiteral("reason")));
    VERIFY_OK(service.archiveClient(c.id, QStringLiteral("duplicate of C00012")));
    VERIFY_OK(service.unarchiveClient(c.id, QStringLiteral("was not a duplicate")));
    auto stored = ClientRepository(m_db->connection()).find(c.id);
    QVERIFY(stored);
    QVERIFY(!stored.value().archivedAt.isValid());
    QVERIFY(!service.unarchiveClient(c.id));
}

void TestClientService::auditRowsCarryUserAndReason()
{
    Client c = makeClient(QStringLiteral("AUD"), QStringLiteral("Audited Ltd"));
    ClientService service(m_db, m_userId);
    VERIFY_OK(service.createClient(c));
    VERIFY_OK(service.archiveClient(c.id, QStringLiteral("closed its doors")));
    VERIFY_OK(service.unarchiveClient(c.id, QStringLiteral("reopened")));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT user_id, action, before_json, after_json FROM audit_log "
                             "WHERE entity = 'client' AND entity_id = ? ORDER BY id"));
    q.addBindValue(c.id);
    QVERIFY(q.exec());
    QStringList actions;
    while (q.next()) {
        QCOMPARE(q.value(0).toLongLong(), m_userId);
        const QString action = q.value(1).toString();
        actions << action;
        const QJsonObject after = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (action == QLatin1String("archive")) {
            QCOMPARE(after.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("closed its doors"));
            QVERIFY(!after.value(QStringLiteral("archived_at")).toString().isEmpty());
            QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                             .object()
                             .value(QStringLiteral("name"))
                             .toString(),
                     QStringLiteral("Audited Ltd"));
        } else if (action == QLatin1String("unarchive")) {
            QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("reopened"));
        }
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("create"), QStringLiteral("archive"),
                           QStringLiteral("unarchive")}));
}

void TestClientService::secondCopyOfAnEditConflicts()
{
    Client c = makeClient(QStringLiteral("TWO"), QStringLiteral("Two Editors Inc"));
    ClientService service(m_db, m_userId);
    VERIFY_OK(service.createClient(c));
    auto read = ClientRepository(m_db->connection()).find(c.id);
    QVERIFY(read);
    Client first = read.value();
    Client second = read.value();
    first.name = QStringLiteral("Two Editors International");
    VERIFY_OK(service.updateClient(first));
    second.paymentTermsDays = 45;
    const auto auditBefore
            = sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))
                      .value()
                      .toInt();
    auto r = service.updateClient(second);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.errorString().contains(QStringLiteral("changed by someone else")),
             qPrintable(r.errorString()));
    auto stored = ClientRepository(m_db->connection()).find(c.id);
    QVERIFY(stored);
    QCOMPARE(stored.value().name, QStringLiteral("Two Editors International"));
    QCOMPARE(stored.value().paymentTermsDays, 30);
    QCOMPARE(stored.value().version, first.version);
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))
                     .value()
                     .toInt(),
             auditBefore);
}

void TestClientService::contactEditIsAuditedAndLocked()
{
    Client c = makeClient(QStringLiteral("CON"), QStringLiteral("Contact Co"));
    ClientService service(m_db, m_userId);
    VERIFY_OK(service.createClient(c));
    Contact k;
    k.clientId = c.id;
    k.name = QStringLiteral("Pat Doe");
    k.email = QStringLiteral("pat@contact.example");
    k.phones = {Phone {QStringLiteral("office"), QStringLiteral("+1 212 555 0100"),
                       QStringLiteral("+12125550100"), QString()}};
    VERIFY_OK(service.addContact(k));
    Contact stale = k;
    k.role = QStringLiteral("AP manager");
    k.doNotContact = true;
    k.phones.append(Phone {QStringLiteral("mobile"), QStringLiteral("+1 917 555 0101"),
                           QStringLiteral("+19175550101"), QString()});
    VERIFY_OK(service.updateContact(k));
    auto stored = ContactRepository(m_db->connection()).forClient(c.id);
    QVERIFY(stored);
    QCOMPARE(stored.value().first().role, QStringLiteral("AP manager"));
    QVERIFY(stored.value().first().doNotContact);
    QCOMPARE(stored.value().first().phones.size(), 2);
    const QJsonObject before
            = QJsonDocument::fromJson(scalar(m_db->connection(),
                                             QStringLiteral("SELECT before_json FROM audit_log "
                                                            "WHERE entity = 'contact' AND "
                                                            "action = 'update'"))
                                              .toString()
                                              .toUtf8())
                      .object();
    QCOMPARE(before.value(QStringLiteral("do_not_contact")).toBool(), false);
    QCOMPARE(before.value(QStringLiteral("phones")).toArray().size(), 1);
    stale.email = QStringLiteral("other@contact.example");
    auto conflict = service.updateContact(stale);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
    QCOMPARE(ContactRepository(m_db->connection()).forClient(c.id).value().first().email,
             QStringLiteral("pat@contact.example"));
    Contact bad = stored.value().first();
    bad.email = QStringLiteral("pat@contact.example\r\nBcc: x@y.z");
    auto injected = service.updateContact(bad);
    QVERIFY(!injected);
    QVERIFY2(injected.errorString().contains(QStringLiteral("email")),
             qPrintable(injected.errorString()));
}

QTEST_GUILESS_MAIN(TestClientService)
#include "tst_clientservice.moc"
