// SPDX-License-Identifier: MIT
// Users and roles (issue 13 item 5): the permission table, one row per role × action as the
// issue lists them, and the use cases that refuse (naming the role needed) and change nothing.
#include "core/domain/permissions.h"
#include "core/services/clientservice.h"
#include "core/services/creditservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/noteservice.h"
#include "core/services/userservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

Q_DECLARE_METATYPE(ardesk::Permission)
Q_DECLARE_METATYPE(ardesk::UserRole)

namespace {

/// The lists, written out independently of the table: what each role may do.
const QHash<UserRole, QSet<Permission>> &expected()
{
    using P = Permission;
    static const QSet<P> sales {P::ReadRecord, P::LogOwnNote};
    static const QSet<P> clerk = sales + QSet<P> {P::LogNoteForOthers,
                                                  P::SendEmail,
                                                  P::EditClients,
                                                  P::EditLedger,
                                                  P::PlaceCreditHold,
                                                  P::Commitments,
                                                  P::Tasks,
                                                  P::Pause,
                                                  P::Import};
    static const QSet<P> manager = clerk
            + QSet<P> {P::WriteOff, P::CreditNote,     P::ReleaseCreditHold, P::EditPolicies,
                       P::Reassign, P::RemindEveryone, P::OverrideSendGuard, P::AuditAndReports};
    static const QSet<P> admin {P::ReadRecord, P::AuditAndReports, P::ManageUsers,
                                P::CompanySettings, P::Backups};
    static const QHash<UserRole, QSet<P>> table {{UserRole::Sales, sales},
                                                 {UserRole::Clerk, clerk},
                                                 {UserRole::Manager, manager},
                                                 {UserRole::Admin, admin}};
    return table;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCell_data();
    void everyCell();
    void rolesAddUp();
    void refusalNamesTheRoleAndTheUser();
    void rolesParseAndPrint();
    void init();
    void salesCannotWriteOffAndNothingChanges();
    void salesCannotReleaseAHoldButAManagerCan();
    void salesLogsTheirOwnCallButNoPromise();
    void onlyAnAdminManagesUsersAndChangesAreAudited();
    void migratedUsersKeepTheirOneRole();

private:
    qint64 addUser(const QString &name, UserRoles roles);
    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_lena = 0, m_dana = 0, m_amelia = 0, m_admin = 0;
    qint64 m_client = 0, m_invoice = 0;
};

void TestPermissions::everyCell_data()
{
    QTest::addColumn<UserRole>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (UserRole role : allUserRoles()) {
        for (Permission p : Permissions::all()) {
            const QByteArray name
                    = toString(role).toLatin1() + " × " + Permissions::actionName(p).toLatin1();
            QTest::newRow(name.constData()) << role << p << expected().value(role).contains(p);
        }
    }
}

void TestPermissions::everyCell()
{
    QFETCH(UserRole, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, permission), allowed);
    User u;
    u.name = QStringLiteral("someone");
    u.roles = role;
    QCOMPARE(Permissions::check(u, permission).ok(), allowed);
}

void TestPermissions::rolesAddUp()
{
    // An admin is not a clerk unless also given that role; then they may do both.
    QVERIFY(!Permissions::allows(UserRole::Admin, Permission::LogOwnNote));
    const UserRoles both = UserRoles(UserRole::Clerk) | UserRole::Admin;
    QVERIFY(Permissions::allows(both, Permission::LogOwnNote));
    QVERIFY(Permissions::allows(both, Permission::ManageUsers));
    QVERIFY(!Permissions::allows(both, Permission::WriteOff));
    // Nobody and an inactive user may change nothing.
    User none;
    none.roles = {};
    none.name = QStringLiteral("ghost");
    QVERIFY(!Permissions::check(none, Permission::ReadRecord));
    User gone;
    gone.name = QStringLiteral("old.clerk");
    gone.roles = UserRole::Clerk;
    gone.active = false;
    QVERIFY(!Permissions::check(gone, Permission::LogOwnNote));
    QVERIFY(Permissions::check(gone, Permission::ReadRecord));
}

void TestPermissions::refusalNamesTheRoleAndTheUser()
{
    User lena;
    lena.name = QStringLiteral("lena.fox");
    lena.roles = UserRole::Sales;
    auto r = Permissions::check(lena, Permission::WriteOff);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(r.errorString(),
             QStringLiteral("Writing off an invoice needs the manager role; lena.fox is sales."));
    QCOMPARE(Permissions::check(lena, Permission::PlaceCreditHold).errorString(),
             QStringLiteral("Placing a credit hold needs the clerk or manager role; lena.fox is "
                            "sales."));
    lena.roles = UserRoles(UserRole::Clerk) | UserRole::Admin;
    QCOMPARE(Permissions::check(lena, Permission::ReleaseCreditHold).errorString(),
             QStringLiteral("Releasing a credit hold needs the manager role; lena.fox is clerk "
                            "and admin."));
}

void TestPermissions::rolesParseAndPrint()
{
    auto two = userRolesFromString(u"clerk, admin");
    VERIFY_OK(two);
    QCOMPARE(toString(two.value()), QStringLiteral("clerk,admin"));
    QVERIFY(principalRole(two.value()) == UserRole::Admin);
    auto bad = userRolesFromString(u"clerk,wizard");
    QVERIFY(!bad);
    QVERIFY2(bad.errorString().contains(QStringLiteral("wizard")), qPrintable(bad.errorString()));
    QVERIFY(!userRolesFromString(u""));
}

qint64 TestPermissions::addUser(const QString &name, UserRoles roles)
{
    User u;
    u.name = name;
    u.displayName = name;
    u.roles = roles;
    auto id = committed(m_db->connection(), [&] { return UserRepository(*m_db).insert(u); });
    return id ? id.value() : 0;
}

void TestPermissions::init()
{
    QVERIFY(m_dir.renew());
    auto db = Database::open(m_dir.filePath(QStringLiteral("roles.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    m_db = db.value();
    m_lena = addUser(QStringLiteral("lena.fox"), UserRole::Sales);
    m_dana = addUser(QStringLiteral("dana.ortiz"), UserRole::Clerk);
    m_amelia = addUser(QStringLiteral("amelia.clark"), UserRole::Manager);
    m_admin = addUser(QStringLiteral("admin"), UserRole::Admin);
    QVERIFY(m_lena && m_dana && m_amelia && m_admin);
    Client c = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme"), QStringLiteral("USD"));
    ClientService clerk(m_db, m_dana);
    VERIFY_OK(clerk.createClient(c));
    m_client = c.id;
    Invoice inv = makeInvoice(c.id, QStringLiteral("A-1"), m_db->today().addDays(-70), 50000);
    VERIFY_OK(clerk.addInvoice(inv));
    m_invoice = inv.id;
}

void TestPermissions::salesCannotWriteOffAndNothingChanges()
{
    const int audits
            = scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto r = LedgerService(m_db, m_lena).writeOff(m_invoice, m_db->today(), QStringLiteral("bad"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(r.errorString(),
             QStringLiteral("Writing off an invoice needs the manager role; lena.fox is sales."));
    auto inv = InvoiceRepository(*m_db).find(m_invoice);
    VERIFY_OK(inv);
    QCOMPARE(inv.value().balanceMinor, qint64(50000));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM invoice_adjustments"))
                     .toInt(),
             0);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
             audits);
    // A clerk may not either; a manager may.
    QVERIFY(!LedgerService(m_db, m_dana).writeOff(m_invoice, m_db->today(), QStringLiteral("x")));
    VERIFY_OK(LedgerService(m_db, m_amelia)
                      .writeOff(m_invoice, m_db->today(), QStringLiteral("uncollectable")));
    // Sales may not enter an invoice or a payment.
    Invoice more = makeInvoice(m_client, QStringLiteral("A-2"), m_db->today(), 100);
    auto added = ClientService(m_db, m_lena).addInvoice(more);
    QVERIFY(!added);
    QVERIFY2(added.errorString().contains(QStringLiteral("clerk or manager")),
             qPrintable(added.errorString()));
}

void TestPermissions::salesCannotReleaseAHoldButAManagerCan()
{
    VERIFY_OK(CreditService(m_db, m_dana).hold(m_client, QStringLiteral("70 days late")));
    QVERIFY(!CreditService(m_db, m_lena).hold(m_client, QStringLiteral("again")));
    auto released = CreditService(m_db, m_lena).release(m_client, QStringLiteral("paid"));
    QVERIFY(!released);
    QCOMPARE(released.errorString(),
             QStringLiteral("Releasing a credit hold needs the manager role; lena.fox is sales."));
    QVERIFY(ClientRepository(*m_db).find(m_client).value().creditHold);
    QVERIFY(!CreditService(m_db, m_dana).release(m_client, QString()));
    VERIFY_OK(CreditService(m_db, m_amelia).release(m_client, QStringLiteral("paid")));
    QVERIFY(!ClientRepository(*m_db).find(m_client).value().creditHold);
}

void TestPermissions::salesLogsTheirOwnCallButNoPromise()
{
    NoteService::Draft call;
    call.note.clientId = m_client;
    call.note.channel = NoteChannel::Call;
    call.note.direction = NoteDirection::Outbound;
    call.note.outcome = NoteOutcome::Reached;
    call.note.text = QStringLiteral("Met the buyer at the trade fair; AP pays on Friday.");
    call.note.nextContactDate = m_db->today().addDays(7);
    auto logged = NoteService(m_db, m_lena).add(call);
    VERIFY_OK(logged);
    QCOMPARE(logged.value().authorId, m_lena);
    // Her follow-up is her own task, not one for the client's clerk.
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT owner_id FROM tasks WHERE source_id = ?"),
                    {logged.value().id})
                     .toLongLong(),
             m_lena);

    NoteService::Draft forDana = call;
    forDana.authorId = m_dana;
    auto ghost = NoteService(m_db, m_lena).add(forDana);
    QVERIFY(!ghost);
    QVERIFY2(ghost.errorString().contains(QStringLiteral("lena.fox is sales")),
             qPrintable(ghost.errorString()));

    NoteService::Draft promise = call;
    promise.note.templateKey = QStringLiteral("promise-to-pay");
    promise.fields = {{QStringLiteral("amount"), QStringLiteral("500.00")},
                      {QStringLiteral("date"), m_db->today().addDays(5).toString(Qt::ISODate)}};
    const int notes
            = scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM notes")).toInt();
    auto promised = NoteService(m_db, m_lena).add(promise);
    QVERIFY(!promised);
    QVERIFY2(promised.errorString().startsWith(QStringLiteral("Recording promises")),
             qPrintable(promised.errorString()));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM notes")).toInt(),
             notes);
}

void TestPermissions::onlyAnAdminManagesUsersAndChangesAreAudited()
{
    UserService users(m_db);
    User eve;
    eve.name = QStringLiteral("eve");
    eve.roles = UserRole::Admin;
    auto refused = users.add(eve, m_lena);
    QVERIFY(!refused);
    QCOMPARE(refused.errorString(),
             QStringLiteral("Managing users and roles needs the admin role; lena.fox is sales."));
    QVERIFY(!users.exists(QStringLiteral("eve")));
    QVERIFY(!users.add(eve, m_amelia)); // a manager is no admin

    // Nor may she make herself a manager.
    User lena = UserRepository(*m_db).find(m_lena).value();
    lena.roles = UserRole::Manager;
    QVERIFY(!users.update(lena, m_lena));
    QVERIFY(UserRepository(*m_db).find(m_lena).value().roles == UserRoles(UserRole::Sales));
    // Her own signature is hers to change.
    lena = UserRepository(*m_db).find(m_lena).value();
    lena.signature = QStringLiteral("Lena Fox, Sales");
    VERIFY_OK(users.update(lena, m_lena));

    VERIFY_OK(users.add(eve, m_admin));
    User dana = UserRepository(*m_db).find(m_dana).value();
    dana.roles = UserRoles(UserRole::Clerk) | UserRole::Admin;
    VERIFY_OK(users.update(dana, m_admin));
    QVERIFY(UserRepository(*m_db).find(m_dana).value().roles == dana.roles);

    // Who, and before/after, for the addition and the change of roles.
    const QSqlDatabase conn = m_db->connection();
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'user' AND "
                                   "entity_id = ? AND action = 'add'"),
                    {eve.id})
                     .toLongLong(),
             m_admin);
    const QJsonObject after
            = QJsonDocument::fromJson(scalar(conn,
                                             QStringLiteral("SELECT after_json FROM audit_log "
                                                            "WHERE entity = 'user' AND entity_id "
                                                            "= ? ORDER BY id DESC LIMIT 1"),
                                             {m_dana})
                                              .toString()
                                              .toUtf8())
                      .object();
    const QJsonObject before
            = QJsonDocument::fromJson(scalar(conn,
                                             QStringLiteral("SELECT before_json FROM audit_log "
                                                            "WHERE entity = 'user' AND "
                                                            "entity_id = ? ORDER BY id DESC "
                                                            "LIMIT 1"),
                                             {m_dana})
                                              .toString()
                                              .toUtf8())
                      .object();
    QCOMPARE(before.value(QStringLiteral("roles")).toString(), QStringLiteral("clerk"));
    QCOMPARE(after.value(QStringLiteral("roles")).toString(), QStringLiteral("clerk,admin"));
}

void TestPermissions::migratedUsersKeepTheirOneRole()
{
    // A file of schema 11 (one role per user) opened by this version: each keeps that role.
    const QString path = m_dir.filePath(QStringLiteral("v11.ardesk"));
    {
        Database::Options o;
        o.mode = Database::OpenMode::CreateIfMissing;
        o.targetSchemaVersion = 11;
        auto old = Database::open(path, o);
        VERIFY_OK(old);
        exec(old.value()->connection(),
             QStringLiteral("INSERT INTO users (name, display_name, role, created_at) VALUES "
                            "('lena.fox', 'Lena Fox', 'sales', '2026-01-01T00:00:00.000Z'), "
                            "('admin', 'Admin', 'admin', '2026-01-01T00:00:00.000Z')"));
        old.value()->releaseThreadConnection();
    }
    auto opened = Database::open(path);
    VERIFY_OK(opened);
    auto lena = UserRepository(*opened.value()).findByName(QStringLiteral("lena.fox"));
    VERIFY_OK(lena);
    QVERIFY(lena.value().roles == UserRoles(UserRole::Sales));
    auto admin = UserRepository(*opened.value()).findByName(QStringLiteral("admin"));
    VERIFY_OK(admin);
    QVERIFY(admin.value().roles == UserRoles(UserRole::Admin));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
