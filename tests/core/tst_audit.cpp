// SPDX-License-Identifier: MIT
// The audit trail: a client's trail holds the changes to everything of the client, filters by
// user, kind and company day, pages newest first; only managers and admins read it; settings
// changes name their user and hold no secret; v13 fills the client of rows written before it.
#include "core/services/auditservice.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/services/ledgerservice.h"
#include "core/services/noteservice.h"
#include "core/services/pauseservice.h"
#include "core/services/policyservice.h"
#include "core/services/settingsservice.h"
#include "core/services/taskservice.h"
#include "core/services/templateservice.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "core/storage/workflowsettings.h"

#include "support/testsupport.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void clientTrailHoldsEveryChangeOfTheClient();
    void onlyManagersAndAdminsReadTheTrail();
    void filtersByUserKindAndCompanyDay();
    void pagesNewestFirst();
    void badFilterIsRefusedNamingTheField();
    void settingsChangesNameTheirUser();
    void newCompanyFileSettingsNameTheAdministrator();
    void upgradeFillsTheClientOfEarlierRows();
    void changeSummaryShowsBeforeAndAfterOfChangedFields();

private:
    qint64 addUser(const QString &name, UserRoles role);
    QList<AuditEntry> read(const AuditQuery::Spec &spec) const;

    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    qint64 m_clerk = 0;
    qint64 m_manager = 0;
};

qint64 TestAudit::addUser(const QString &name, UserRoles role)
{
    User u;
    u.name = name;
    u.displayName = name;
    u.roles = role;
    auto id = committed(m_db->connection(),
                        [&] { return UserRepository(m_db->connection()).insert(u); });
    return id ? id.value() : 0;
}

QList<AuditEntry> TestAudit::read(const AuditQuery::Spec &spec) const
{
    auto rows = AuditService(m_db, m_manager).entries(spec);
    if (!rows)
        qWarning("%s", qPrintable(rows.errorString()));
    return rows.valueOr({});
}

void TestAudit::init()
{
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Database::Options o;
    o.mode = Database::OpenMode::CreateIfMissing;
    o.clock = m_clock;
    auto db = Database::open(m_dir.filePath(QStringLiteral("audit.ardesk")), o);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    m_clerk = addUser(QStringLiteral("pat"), UserRole::Clerk);
    // mia also administers the file: settings changes are an admin's (#13).
    m_manager = addUser(QStringLiteral("mia"), UserRoles(UserRole::Manager) | UserRole::Admin);
    QVERIFY(m_clerk && m_manager);
}

void TestAudit::clientTrailHoldsEveryChangeOfTheClient()
{
    ClientService clients(m_db, m_clerk);
    Client acme = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme"));
    Client other = makeClient(QStringLiteral("OTHER"), QStringLiteral("Other"));
    VERIFY_OK(clients.createClient(acme));
    VERIFY_OK(clients.createClient(other));
    Contact c;
    c.clientId = acme.id;
    c.name = QStringLiteral("Jo Payables");
    c.email = QStringLiteral("jo@acme.example");
    VERIFY_OK(clients.addContact(c));
    Invoice inv = makeInvoice(acme.id, QStringLiteral("INV-1"), QDate(2026, 2, 1), 50000);
    VERIFY_OK(clients.addInvoice(inv));
    Invoice otherInv = makeInvoice(other.id, QStringLiteral("INV-2"), QDate(2026, 2, 1), 100);
    VERIFY_OK(clients.addInvoice(otherInv));
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = acme.id;
    p.date = QDate(2026, 3, 1);
    p.amountMinor = 10000;
    p.allocations = {Allocation {inv.id, 10000}};
    VERIFY_OK(clients.recordPayment(p));
    VERIFY_OK(LedgerService(m_db, m_manager)
                      .creditNote(inv.id, Money::fromMinor(5000, u"USD"), QDate(2026, 3, 2),
                                  QStringLiteral("CN-1"), QStringLiteral("damaged")));
    NoteService::Draft d;
    d.note = callNote(acme.id, NoteOutcome::Reached,
                      QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC),
                      QStringLiteral("Will pay Friday"));
    d.note.noFollowUpNeeded = true;
    VERIFY_OK(NoteService(m_db, m_clerk).add(d));
    Task t;
    t.clientId = acme.id;
    t.title = QStringLiteral("Call back");
    t.dueDate = QDate(2026, 3, 5);
    VERIFY_OK(TaskService(m_db, m_clerk).create(t));
    VERIFY_OK(PauseService(m_db, m_clerk)
                      .pauseInvoice(inv.id, QDate(2026, 3, 20), QStringLiteral("waiting on PO")));

    AuditQuery::Spec spec;
    spec.clientId = acme.id;
    const QList<AuditEntry> trail = read(spec);
    QSet<QString> entities;
    QSet<QString> kinds;
    for (const AuditEntry &e : trail) {
        QCOMPARE(e.clientId, acme.id);
        QCOMPARE(e.clientCode, QStringLiteral("ACME"));
        entities.insert(e.entity);
        kinds.insert(e.entity + u'.' + e.action);
    }
    for (const char *entity : {"client", "contact", "invoice", "payment", "note", "task"})
        QVERIFY2(entities.contains(QString::fromLatin1(entity)), entity);
    QVERIFY2(kinds.contains(QStringLiteral("invoice.pause")),
             qPrintable(kinds.values().join(u',')));
    // Nothing of the other client; it has its own trail.
    spec.clientId = other.id;
    const QList<AuditEntry> otherTrail = read(spec);
    QCOMPARE(otherTrail.size(), 2); // created, its invoice
    for (const AuditEntry &e : otherTrail)
        QCOMPARE(e.clientCode, QStringLiteral("OTHER"));
    // Newest first, with the user's name.
    for (qsizetype i = 1; i < trail.size(); ++i)
        QVERIFY(trail.at(i - 1).id > trail.at(i).id);
    QCOMPARE(trail.first().userName, QStringLiteral("pat"));
}

void TestAudit::onlyManagersAndAdminsReadTheTrail()
{
    const qint64 admin = addUser(QStringLiteral("ada"), UserRole::Admin);
    const qint64 sales = addUser(QStringLiteral("lena.fox"), UserRole::Sales);
    VERIFY_OK(AuditService(m_db, admin).entries({}));
    VERIFY_OK(AuditService(m_db, m_manager).kinds());
    for (const auto &[who, name, role] :
         {std::tuple {m_clerk, "pat", "clerk"}, std::tuple {sales, "lena.fox", "sales"}}) {
        auto r = AuditService(m_db, who).entries({});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(r.errorString().contains(QStringLiteral("needs the manager or admin role")),
                 qPrintable(r.errorString()));
        QVERIFY2(r.errorString().contains(
                         QStringLiteral("%1 has the %2 role")
                                 .arg(QString::fromLatin1(name), QString::fromLatin1(role))),
                 qPrintable(r.errorString()));
        QVERIFY(!AuditService(m_db, who).kinds());
    }
    QVERIFY(!AuditService(m_db, 0).entries({}));
    QVERIFY(AuditService::mayRead(UserRole::Manager));
    QVERIFY(AuditService::mayRead(UserRole::Admin));
    QVERIFY(!AuditService::mayRead(UserRole::Clerk));
    QVERIFY(!AuditService::mayRead(UserRole::Sales));
}

void TestAudit::filtersByUserKindAndCompanyDay()
{
    // The company works in Auckland (UTC+13 in March): 10:30 UTC on 1 March is 23:30 on the
    // 1st there, 11:30 UTC is 00:30 on the 2nd.
    CompanySettings s = makeSettings(QStringLiteral("Kiwi Supplies"), QString(),
                                     QStringLiteral("NZD"), QStringLiteral("en_NZ"), 1);
    s.timeZone = QStringLiteral("Pacific/Auckland");
    VERIFY_OK(SettingsService(m_db, m_manager).saveCompany(s));
    m_clock->set(QDateTime(QDate(2026, 3, 1), QTime(10, 30), Qt::UTC));
    Client late = makeClient(QStringLiteral("LATE"), QStringLiteral("Late on the 1st"));
    VERIFY_OK(ClientService(m_db, m_clerk).createClient(late));
    m_clock->set(QDateTime(QDate(2026, 3, 1), QTime(11, 30), Qt::UTC));
    Client early = makeClient(QStringLiteral("EARLY"), QStringLiteral("Early on the 2nd"));
    VERIFY_OK(ClientService(m_db, m_manager).createClient(early));
    early.name = QStringLiteral("Early Birds Ltd");
    VERIFY_OK(ClientService(m_db, m_manager).updateClient(early));

    AuditQuery::Spec spec;
    spec.since = QDate(2026, 3, 2);
    spec.until = QDate(2026, 3, 2);
    spec.entity = QStringLiteral("client");
    QList<AuditEntry> day = read(spec);
    QCOMPARE(day.size(), 2);
    QCOMPARE(day.at(0).action, QStringLiteral("update"));
    QCOMPARE(day.at(1).clientCode, QStringLiteral("EARLY"));
    spec.since = spec.until = QDate(2026, 3, 1);
    day = read(spec);
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().clientCode, QStringLiteral("LATE"));

    AuditQuery::Spec byUser;
    byUser.userId = m_clerk;
    const QList<AuditEntry> pats = read(byUser);
    QCOMPARE(pats.size(), 1);
    QCOMPARE(pats.first().clientCode, QStringLiteral("LATE"));

    AuditQuery::Spec byKind;
    std::tie(byKind.entity, byKind.action) = AuditEntry::splitKind(QStringLiteral("client.update"));
    QCOMPARE(read(byKind).size(), 1);
    std::tie(byKind.entity, byKind.action) = AuditEntry::splitKind(QStringLiteral("settings"));
    const QList<AuditEntry> settings = read(byKind);
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.first().userName, QStringLiteral("mia"));
    QCOMPARE(settings.first().clientId, 0);
    auto kinds = AuditService(m_db, m_manager).kinds();
    VERIFY_OK(kinds);
    QVERIFY(kinds.value().contains(QStringLiteral("client.update")));
    QVERIFY(kinds.value().contains(QStringLiteral("settings")));
}

void TestAudit::pagesNewestFirst()
{
    ClientService clients(m_db, m_clerk);
    for (int i = 1; i <= 5; ++i) {
        Client c = makeClient(QStringLiteral("C%1").arg(i), QStringLiteral("Client %1").arg(i));
        VERIFY_OK(clients.createClient(c));
    }
    AuditQuery::Spec spec;
    spec.limit = 2;
    const QList<AuditEntry> first = read(spec);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).clientCode, QStringLiteral("C5"));
    QCOMPARE(first.at(1).clientCode, QStringLiteral("C4"));
    spec.offset = 2;
    QCOMPARE(read(spec).first().clientCode, QStringLiteral("C3"));
    spec.offset = 0;
    spec.beforeId = first.last().id;
    const QList<AuditEntry> next = read(spec);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next.at(0).clientCode, QStringLiteral("C3"));
    QCOMPARE(next.at(1).clientCode, QStringLiteral("C2"));
}

void TestAudit::badFilterIsRefusedNamingTheField()
{
    AuditQuery::Spec spec;
    spec.limit = 0;
    auto r = AuditService(m_db, m_manager).entries(spec);
    QVERIFY(!r);
    QVERIFY2(r.errorString().startsWith(QStringLiteral("limit: 0")), qPrintable(r.errorString()));
    spec = {};
    spec.since = QDate(2026, 3, 2);
    spec.until = QDate(2026, 3, 1);
    r = AuditService(m_db, m_manager).entries(spec);
    QVERIFY(!r);
    QVERIFY2(r.errorString().startsWith(QStringLiteral("until: 2026-03-01 is before")),
             qPrintable(r.errorString()));
}

void TestAudit::settingsChangesNameTheirUser()
{
    // Company, SMTP, workflow (contact cap, grace, queue weights), policies and templates.
    CompanySettings company = makeSettings(QStringLiteral("Acme Supplies"), QString(),
                                           QStringLiteral("USD"), QStringLiteral("en_US"), 1);
    company.timeZone = QStringLiteral("America/Chicago");
    VERIFY_OK(SettingsService(m_db, m_manager).saveCompany(company));
    SmtpSettings smtp;
    smtp.host = QStringLiteral("smtp.example.com");
    smtp.user = QStringLiteral("ar@example.com");
    smtp.fromAddress = QStringLiteral("ar@example.com");
    VERIFY_OK(SettingsService(m_db, m_manager).saveSmtp(smtp));
    auto workflow = WorkflowSettings::load(*m_db);
    VERIFY_OK(workflow);
    workflow.value().contactCapPerWeek = 5;
    workflow.value().promiseGraceDays = 4;
    VERIFY_OK(PolicyService(m_db, m_manager).saveSettings(workflow.value()));
    auto overview = PolicyService(m_db, m_manager).overview();
    VERIFY_OK(overview);
    QVERIFY(!overview.value().policies.isEmpty());
    ReminderPolicy policy = overview.value().policies.first();
    policy.penaltyText = QStringLiteral("1.5% a month after 30 days");
    VERIFY_OK(PolicyService(m_db, m_manager).savePolicy(policy, overview.value().versions.first()));
    auto tmpl = TemplateService(m_db, m_manager)
                        .create(NoteTemplate::Kind::Email, QStringLiteral("Gentle nudge"));
    VERIFY_OK(tmpl);

    AuditQuery::Spec spec;
    spec.userId = m_manager;
    QSet<QString> kinds;
    for (const AuditEntry &e : read(spec)) {
        kinds.insert(e.entity + u'.' + e.action);
        QCOMPARE(e.userName, QStringLiteral("mia"));
    }
    for (const char *kind :
         {"settings.update", "settings.workflow", "reminder_policy.update", "template.create"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)),
                 qPrintable(QString::fromLatin1(kind) + QStringLiteral(" in ")
                            + kinds.values().join(u',')));
    // Every settings row has its user, and no row holds a secret.
    QCOMPARE(sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id IS NULL "
                                        "AND entity IN ('settings', 'reminder_policy', "
                                        "'template')"))
                     .value()
                     .toInt(),
             0);
    AuditQuery::Spec settingsRows;
    settingsRows.entity = QStringLiteral("settings");
    for (const AuditEntry &e : read(settingsRows)) {
        for (const QString &key : e.after.keys() + e.before.keys())
            QVERIFY2(!key.contains(QStringLiteral("password"))
                             && !key.contains(QStringLiteral("secret"))
                             && !key.contains(QStringLiteral("token")),
                     qPrintable(key));
    }
}

void TestAudit::newCompanyFileSettingsNameTheAdministrator()
{
    // The settings a new company file starts with are a change too: by its administrator.
    CompanySettings s = makeSettings(QStringLiteral("Fresh Start"), QString(),
                                     QStringLiteral("EUR"), QStringLiteral("de_DE"), 1);
    s.timeZone = QStringLiteral("Europe/Berlin");
    auto db = CompanyFile::create(m_dir.filePath(QStringLiteral("fresh.ardesk")), s,
                                  QStringLiteral("owner"));
    VERIFY_OK(db);
    AuditQuery::Spec spec;
    spec.entity = QStringLiteral("settings");
    const qint64 owner = UserRepository(*db.value()).findByName(QStringLiteral("owner")).value().id;
    auto rows = AuditService(db.value(), owner).entries(spec);
    VERIFY_OK(rows);
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().userName, QStringLiteral("owner"));
    QCOMPARE(rows.value().first().after.value(QStringLiteral("name")).toString(),
             QStringLiteral("Fresh Start"));
}

void TestAudit::upgradeFillsTheClientOfEarlierRows()
{
    // A v12 file with audit rows written before the client column existed.
    const QString path = m_dir.filePath(QStringLiteral("v12.ardesk"));
    {
        Database::Options o;
        o.mode = Database::OpenMode::CreateIfMissing;
        o.targetSchemaVersion = 12;
        auto db = Database::open(path, o);
        VERIFY_OK(db);
        {
            const QSqlDatabase conn = db.value()->connection();
            const QString t = QStringLiteral("'2026-01-02T09:00:00.000Z'");
            exec(conn,
                 QStringLiteral("INSERT INTO clients (id, code, name, currency, created_at, "
                                "updated_at) VALUES (7, 'OLD', 'Old Client', 'USD', %1, %1)")
                         .arg(t));
            exec(conn,
                 QStringLiteral("INSERT INTO contacts (id, client_id, name) VALUES (3, 7, 'Jo')"));
            exec(conn,
                 QStringLiteral("INSERT INTO invoices (id, client_id, number, issue_date, "
                                "due_date, amount_minor, balance_minor, currency, status, "
                                "created_at) VALUES (5, 7, 'I-5', '2026-01-01', '2026-01-31', "
                                "100, 100, 'USD', 'open', %1)")
                         .arg(t));
            for (const char *row : {"('client', 7)", "('contact', 3)", "('invoice', 5)",
                                    "('settings', 0)", "('client', 99)"})
                exec(conn,
                     QStringLiteral("INSERT INTO audit_log (at, entity, entity_id, action) "
                                    "SELECT '2026-01-02T10:00:00.000Z', e, i, 'update' FROM "
                                    "(SELECT column1 AS e, column2 AS i FROM (VALUES %1))")
                             .arg(QString::fromLatin1(row)));
        }
        db.value()->releaseThreadConnection();
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion()); // 13 and on
    const QSqlDatabase conn = db.value()->connection();
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT group_concat(entity || ':' || "
                                   "ifnull(client_id, '-'), ' ') FROM "
                                   "(SELECT * FROM audit_log ORDER BY id LIMIT 5)"))
                     .toString(),
             QStringLiteral("client:7 contact:7 invoice:7 settings:- client:-"));
}

void TestAudit::changeSummaryShowsBeforeAndAfterOfChangedFields()
{
    AuditEntry e;
    e.entity = QStringLiteral("settings");
    e.action = QStringLiteral("workflow");
    e.before = QJsonDocument::fromJson(R"({"contact_cap":3,"promise_grace_days":2,
        "priority_weights":{"days_overdue":30,"amount_overdue":40},"note":"same"})")
                       .object();
    e.after = QJsonDocument::fromJson(R"({"contact_cap":5,"promise_grace_days":2,
        "priority_weights":{"days_overdue":20,"amount_overdue":40},"note":"same",
        "added":true})")
                      .object();
    const QList<AuditChange> changes = e.changes();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(e.changeSummary(),
             QStringLiteral(
                     "added: yes; contact_cap: 3 → 5; priority_weights.days_overdue: 30 → 20"));
    QCOMPARE(e.whatText(), QStringLiteral("Settings: workflow"));
    e.before = {};
    e.after = QJsonObject {{QStringLiteral("text"), QString(200, u'x')}};
    QCOMPARE(e.changeSummary(10), QStringLiteral("text: xxxxxxxxxx…"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
