// SPDX-License-Identifier: MIT
// One "today": the company's date is the date in the company's time zone (a company setting),
// the same for the same file at the same instant whatever zone the process runs in; a note's
// time (kept in UTC) is judged by its date there; the demo never writes the future.
#include "core/services/companyfile.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/companysettings.h"
#include "core/storage/recordverifier.h"
#include "core/storage/todayqueue.h"
#include "core/support/timeutil.h"
#include "support/workflowsupport.h"

#include <ctime>

#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// Runs the process in `zone` (TZ + tzset) until destroyed.
class ProcessZone
{
public:
    explicit ProcessZone(const char *zone)
        : m_saved(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ProcessZone()
    {
        if (m_had)
            qputenv("TZ", m_saved);
        else
            qunsetenv("TZ");
        tzset();
    }
    ProcessZone(const ProcessZone &) = delete;
    ProcessZone &operator=(const ProcessZone &) = delete;

private:
    QByteArray m_saved;
    bool m_had = false;
};

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestCompanyDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newFileStoresTheMachinesZone();
    void unknownZoneIsRefusedNamingIt();
    void olderFileGetsTheOpenersZoneOnceAudited();
    void sameInstantSameTodayInEveryProcessZone();
    void savingTheZoneMovesToday();
    void promiseOnTheConversationsCompanyDateIsAccepted();
    void callLoggedNowIsTheQueuesLastContactAtOnce();
    void demoNeverWritesTheFuture_data();
    void demoNeverWritesTheFuture();

private:
    std::shared_ptr<Database> create(const QString &zone, std::shared_ptr<const Clock> clock)
    {
        CompanySettings s = makeSettings(QStringLiteral("Zone Co"), QString(),
                                         QStringLiteral("USD"), QStringLiteral("en_US"), 1);
        s.timeZone = zone;
        Database::Options o;
        o.clock = std::move(clock);
        auto db = CompanyFile::create(m_dir.filePath(QStringLiteral("zone.ardesk")), s,
                                      QStringLiteral("admin"), o);
        if (!db) {
            qWarning("%s", qPrintable(db.errorString()));
            return nullptr;
        }
        return db.value();
    }
    ScratchDir m_dir;
};

void TestCompanyDay::init()
{
    QVERIFY(m_dir.renew());
}

void TestCompanyDay::newFileStoresTheMachinesZone()
{
    Database::Options o;
    o.mode = Database::OpenMode::CreateIfMissing;
    auto db = Database::open(m_dir.filePath(QStringLiteral("new.ardesk")), o);
    VERIFY_OK(db);
    const QString system = timeutil::systemZoneId();
    QVERIFY(QTimeZone::isTimeZoneIdAvailable(system.toUtf8()));
    QCOMPARE(readSetting(*db.value(), QStringLiteral("company.time_zone"), QString()).valueOr({}),
             system);
    QCOMPARE(db.value()->timeZone(), QTimeZone(system.toUtf8()));
    auto loaded = CompanySettings::load(*db.value());
    VERIFY_OK(loaded);
    QCOMPARE(loaded.value().timeZone, system);
}

void TestCompanyDay::unknownZoneIsRefusedNamingIt()
{
    auto db = create(QStringLiteral("America/Los_Angeles"), nullptr);
    QVERIFY(db);
    SettingsService service(db, 0);
    CompanySettings s = service.company().valueOr({});
    s.timeZone = QStringLiteral("Mars/Olympus_Mons");
    auto saved = service.saveCompany(s);
    QVERIFY(!saved);
    QVERIFY2(saved.errorString().contains(QStringLiteral("Mars/Olympus_Mons")),
             qPrintable(saved.errorString()));
    QVERIFY2(saved.errorString().contains(QStringLiteral("time zone")),
             qPrintable(saved.errorString()));
    QCOMPARE(service.company().valueOr({}).timeZone, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(db->timeZone(), QTimeZone("America/Los_Angeles"));
}

void TestCompanyDay::olderFileGetsTheOpenersZoneOnceAudited()
{
    const QString path = m_dir.filePath(QStringLiteral("zone.ardesk"));
    {
        auto db = create(QStringLiteral("Asia/Tokyo"), nullptr);
        QVERIFY(db);
        db->releaseThreadConnection();
    }
    // A file from before the setting.
    withPlainConnection(path, [](QSqlDatabase &c) {
        exec(c, QStringLiteral("DELETE FROM settings WHERE key = 'company.time_zone'"));
    });
    const auto audits = [&] {
        return readValue(path,
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'settings' "
                                        "AND after_json LIKE '%time_zone%'"))
                .toInt();
    };
    const int before = audits();
    for (int i = 0; i < 2; ++i) {
        auto db = Database::open(path);
        VERIFY_OK(db);
        QCOMPARE(db.value()->timeZone(), QTimeZone(timeutil::systemZoneId().toUtf8()));
        db.value()->releaseThreadConnection();
    }
    QCOMPARE(readValue(path,
                       QStringLiteral("SELECT value FROM settings WHERE key = "
                                      "'company.time_zone'"))
                     .toString(),
             timeutil::systemZoneId());
    QCOMPARE(audits(), before + 1); // written once, on the first open
}

void TestCompanyDay::sameInstantSameTodayInEveryProcessZone()
{
    // 06:00 UTC on 5 Dec is still 4 Dec in Los Angeles (22:00) and already 5 Dec in Berlin.
    auto clock = std::make_shared<FixedClock>(utc(2026, 12, 5, 6));
    auto db = create(QStringLiteral("America/Los_Angeles"), clock);
    QVERIFY(db);
    // An invoice due on 4 Dec is not late yet on the company's 4 Dec.
    ClientService clients(db, 0);
    Client c = makeClient(QStringLiteral("ZONE"), QStringLiteral("Zone Ltd"));
    VERIFY_OK(clients.createClient(c));
    Invoice due = makeInvoice(c.id, QStringLiteral("Z-1"), QDate(2026, 12, 4), 10000);
    VERIFY_OK(clients.addInvoice(due));
    for (const char *zone : {"UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/Berlin"}) {
        ProcessZone inZone(zone);
        QCOMPARE(db->today(), QDate(2026, 12, 4));
        auto aging = AgingReport::compute(*db, db->today());
        VERIFY_OK(aging);
        QVERIFY2(aging.value().toJson().contains("\"as_of\":\"2026-12-04\""), zone);
        auto queue = TodayQueue(*db).forUser(1, db->today());
        VERIFY_OK(queue);
        // Not overdue yet: nothing new_overdue (the unassigned client may be listed for the
        // admin, as "No clerk assigned", but not as late).
        for (const TodayQueue::Row &row : queue.value()) {
            for (const TodayQueue::Reason &reason : row.reasons)
                QVERIFY2(reason.kind != QLatin1String("new_overdue"), zone);
        }
    }
    CompanySettings s = SettingsService(db, 0).company().valueOr({});
    s.timeZone = QStringLiteral("Europe/Berlin");
    VERIFY_OK(SettingsService(db, 0).saveCompany(s));
    for (const char *zone : {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"}) {
        ProcessZone inZone(zone);
        QCOMPARE(db->today(), QDate(2026, 12, 5));
    }
}

void TestCompanyDay::savingTheZoneMovesToday()
{
    auto clock = std::make_shared<FixedClock>(utc(2026, 12, 5, 1));
    auto db = create(QStringLiteral("UTC"), clock);
    QVERIFY(db);
    QCOMPARE(db->today(), QDate(2026, 12, 5));
    CompanySettings s = SettingsService(db, 0).company().valueOr({});
    s.timeZone = QStringLiteral("America/Los_Angeles");
    VERIFY_OK(SettingsService(db, 0).saveCompany(s));
    QCOMPARE(db->today(), QDate(2026, 12, 4));
    // And it is what the next opener reads.
    const QString path = db->path();
    db->releaseThreadConnection();
    db.reset();
    Database::Options o;
    o.clock = clock;
    auto again = Database::open(path, o);
    VERIFY_OK(again);
    QCOMPARE(again.value()->today(), QDate(2026, 12, 4));
}

void TestCompanyDay::promiseOnTheConversationsCompanyDateIsAccepted()
{
    // 17:00 on 4 Dec in Los Angeles is 01:00 on 5 Dec in UTC.
    auto clock = std::make_shared<FixedClock>(utc(2026, 12, 5, 1));
    WorkflowCompany co;
    QVERIFY(co.open(m_dir.filePath(QStringLiteral("promise.ardesk")), clock));
    QVERIFY(co.setTimeZone(QStringLiteral("America/Los_Angeles")));
    QCOMPARE(co.db->today(), QDate(2026, 12, 4));
    const qint64 c = co.client(QStringLiteral("PROM"));
    QVERIFY(co.invoice(c, QStringLiteral("P-1"), QDate(2026, 11, 1), 50000));
    NoteService::Draft d;
    d.note.clientId = c;
    d.note.channel = NoteChannel::Call;
    d.note.occurredAt = clock->now();
    d.note.text = QStringLiteral("Will pay today");
    d.note.templateKey = QStringLiteral("promise-to-pay");
    d.note.noFollowUpNeeded = true;
    d.fields = {{QStringLiteral("amount"), QStringLiteral("100.00")},
                {QStringLiteral("date"), QStringLiteral("2026-12-04")}};
    auto added = NoteService(co.db, co.clerk).add(d);
    VERIFY_OK(added);
    // The day before the conversation is still refused, naming the company's date (as the
    // company writes dates: en_US).
    d.fields.insert(QStringLiteral("date"), QStringLiteral("2026-12-03"));
    auto early = NoteService(co.db, co.clerk).add(d);
    QVERIFY(!early);
    QVERIFY2(early.errorString().contains(QStringLiteral("(12/4/2026)")),
             qPrintable(early.errorString()));
}

void TestCompanyDay::callLoggedNowIsTheQueuesLastContactAtOnce()
{
    auto clock = std::make_shared<FixedClock>(utc(2026, 11, 11, 18));
    WorkflowCompany co;
    QVERIFY(co.open(m_dir.filePath(QStringLiteral("queue.ardesk")), clock));
    QVERIFY(co.setTimeZone(QStringLiteral("America/Los_Angeles")));
    const qint64 c = co.client(QStringLiteral("LAST"));
    QVERIFY(co.invoice(c, QStringLiteral("L-1"), QDate(2026, 10, 1), 500000));
    // Broken promise: the client is in the queue until someone talks to them.
    VERIFY_OK(co.promise(c, QDate(2026, 11, 11), QStringLiteral("100.00"), QDate(2026, 11, 20)));
    // 17:00 on 4 Dec in Los Angeles: a call now.
    clock->set(utc(2026, 12, 5, 1));
    const QDate today = co.db->today();
    QCOMPARE(today, QDate(2026, 12, 4));
    auto before = TodayQueue(*co.db).forUser(co.clerk, today);
    VERIFY_OK(before);
    QCOMPARE(before.value().size(), 1);
    QCOMPARE(before.value().first().daysSinceContact, 23);
    VERIFY_OK(co.call(c, today, {}, clock->now()));
    auto after = TodayQueue(*co.db).forUser(co.clerk, today);
    VERIFY_OK(after);
    for (const TodayQueue::Row &r : after.value()) {
        if (r.clientId != c)
            continue;
        QCOMPARE(r.lastContact, clock->now());
        QCOMPARE(r.daysSinceContact, 0);
        QVERIFY(r.score.total < before.value().first().score.total);
        for (const auto &why : r.reasons)
            QVERIFY2(why.kind != QLatin1String("promise_broken"), qPrintable(why.text));
    }
}

void TestCompanyDay::demoNeverWritesTheFuture_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("00:30 UTC") << QStringLiteral("UTC") << utc(2026, 12, 5, 0, 30);
    QTest::newRow("23:30 in UTC+14")
            << QStringLiteral("Pacific/Kiritimati") << utc(2026, 12, 5, 9, 30);
    QTest::newRow("17:00 in Los Angeles")
            << QStringLiteral("America/Los_Angeles") << utc(2026, 12, 5, 1, 0);
}

void TestCompanyDay::demoNeverWritesTheFuture()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    auto clock = std::make_shared<FixedClock>(now);
    auto db = create(zone, clock);
    QVERIFY(db);
    DemoGenerator::Options o;
    o.clients = 1000;
    o.asOf = db->today();
    auto stats = DemoGenerator(db).generate(o);
    VERIFY_OK(stats);
    QVERIFY(stats.value().notes > 0);
    const QString at = timeutil::toStorage(now);
    const QSqlDatabase c = db->connection();
    for (const char *sql : {"SELECT count(*) FROM note_revisions WHERE occurred_at > ?",
                            "SELECT count(*) FROM note_revisions WHERE recorded_at > ?",
                            "SELECT count(*) FROM payments WHERE created_at > ?",
                            "SELECT count(*) FROM invoices WHERE created_at > ?",
                            "SELECT count(*) FROM tasks WHERE created_at > ?"}) {
        QVERIFY2(scalar(c, QString::fromLatin1(sql), {at}).toInt() == 0, sql);
    }
    // Something happened today, before now.
    QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM note_revisions WHERE occurred_at >= ?"),
                   {timeutil::toStorage(timeutil::startOfDay(db->today(), db->timeZone()))})
                    .toInt()
            > 0);
    auto verified = RecordVerifier(db->connection()).verify();
    VERIFY_OK(verified);
    QVERIFY2(verified.value().ok(), qPrintable(verified.value().problems.value(0).message));
}

QTEST_GUILESS_MAIN(TestCompanyDay)
#include "tst_companyday.moc"
