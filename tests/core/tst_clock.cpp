// SPDX-License-Identifier: MIT
// The project's clock: a fixed clock is what every use case on a company file sees as "now" and
// "today", whatever the machine's time.
#include "core/services/noteservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "core/support/clock.h"
#include "core/support/timeutil.h"

#include "support/testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace ardesk;
using namespace ardesk::test;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atNoonIsThatDayInTheLocalZone();
    void advancesByCalendarDays();
    void aFileStampsRowsWithItsClock();
    void aNoteInTheClocksFutureIsRefused();
    void storedTimesReadAsQtReadsThem();

private:
    ScratchDir m_dir;
};

void TestClock::atNoonIsThatDayInTheLocalZone()
{
    const QDate day(2026, 12, 5);
    const auto clock = FixedClock::atNoon(day);
    QCOMPARE(clock->todayIn(QTimeZone::systemTimeZone()), day);
    QCOMPARE(clock->nowIn(QTimeZone::systemTimeZone()).time(), QTime(12, 0));
    QCOMPARE(clock->now().timeSpec(), Qt::UTC);
    QCOMPARE(clock->now(), clock->nowIn(QTimeZone::systemTimeZone()).toUTC());
}

void TestClock::advancesByCalendarDays()
{
    const auto clock = FixedClock::atNoon(QDate(2026, 3, 27));
    clock->advanceDays(3); // across the spring DST change where the zone has one
    QCOMPARE(clock->todayIn(QTimeZone::systemTimeZone()), QDate(2026, 3, 30));
    QCOMPARE(clock->nowIn(QTimeZone::systemTimeZone()).time(), QTime(12, 0));
    clock->advanceSeconds(3600);
    QCOMPARE(clock->nowIn(QTimeZone::systemTimeZone()).time(), QTime(13, 0));
    clock->set(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(clock->now(), QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
}

void TestClock::aFileStampsRowsWithItsClock()
{
    QVERIFY(m_dir.renew());
    const QDateTime when(QDate(2031, 7, 14), QTime(9, 15, 30), QTimeZone::utc());
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = std::make_shared<FixedClock>(when);
    auto db = Database::open(m_dir.filePath(QStringLiteral("clock.ardesk")), options);
    VERIFY_OK(db);
    QSqlDatabase conn = db.value()->connection();
    QCOMPARE(Database::clockOf(conn)->now(), when);
    VERIFY_OK(UserRepository(conn).ensure(QStringLiteral("ann"), UserRole::Clerk));
    auto stamped = sql::scalar(conn, QStringLiteral("SELECT created_at FROM users WHERE name = ?"),
                               {QStringLiteral("ann")});
    VERIFY_OK(stamped);
    QCOMPARE(stamped.value().toString(), QStringLiteral("2031-07-14T09:15:30.000Z"));
    db.value()->releaseThreadConnection();
}

void TestClock::aNoteInTheClocksFutureIsRefused()
{
    QVERIFY(m_dir.renew());
    // The file's clock says it is 2020: a note "occurred" in 2026 has not happened yet, whatever
    // the machine's time.
    const auto clock = FixedClock::atNoon(QDate(2020, 1, 15));
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = clock;
    auto db = Database::open(m_dir.filePath(QStringLiteral("future.ardesk")), options);
    VERIFY_OK(db);
    auto user = UserRepository(db.value()->connection())
                        .ensure(QStringLiteral("ann"), UserRole::Clerk);
    VERIFY_OK(user);
    VERIFY_OK(sql::exec(db.value()->connection(),
                        QStringLiteral("INSERT INTO clients (code, name, currency, created_at, "
                                       "updated_at) VALUES ('C1', 'One', 'USD', 'x', 'x')")));
    const qint64 clientId
            = sql::scalar(db.value()->connection(), QStringLiteral("SELECT id FROM clients"))
                      .valueOr(QVariant())
                      .toLongLong();
    NoteService::Draft d;
    d.note.clientId = clientId;
    d.note.channel = NoteChannel::Internal;
    d.note.text = QStringLiteral("later");
    d.note.noFollowUpNeeded = true;
    d.note.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    auto r = NoteService(db.value(), user.value().id).add(d);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("in the future")), qPrintable(r.errorString()));
    d.note.occurredAt = QDateTime();
    auto now = NoteService(db.value(), user.value().id).add(d);
    VERIFY_OK(now);
    QCOMPARE(now.value().occurredAt, clock->now()); // "now" is the clock's
    QCOMPARE(now.value().recordedAt, clock->now());
    db.value()->releaseThreadConnection();
}

void TestClock::storedTimesReadAsQtReadsThem()
{
    // timeutil reads the stored forms by hand for speed; every answer must be Qt's own, for
    // what ARDesk writes and for what it never writes (an impossible day, a stray character,
    // another offset, a leap second).
    const QStringList instants {QStringLiteral("2026-11-25T17:00:16.123Z"),
                                QStringLiteral("1999-12-31T23:59:59.999Z"),
                                QStringLiteral("2024-02-29T00:00:00.000Z"),
                                QStringLiteral("2026-02-29T00:00:00.000Z"),
                                QStringLiteral("2026-13-01T00:00:00.000Z"),
                                QStringLiteral("2026-11-25T24:00:00.000Z"),
                                QStringLiteral("2026-11-25T17:60:00.000Z"),
                                QStringLiteral("2026-11-25T17:00:60.000Z"),
                                QStringLiteral("2026-11-25T17:00:16.12xZ"),
                                QStringLiteral("2026-11-25 17:00:16.123Z"),
                                QStringLiteral("2026-11-25T17:00:16.123+02"),
                                QStringLiteral("2026-11-25T17:00:16Z"),
                                QStringLiteral("0000-01-01T00:00:00.000Z"),
                                QStringLiteral("x026-11-25T17:00:16.123Z")};
    for (const QString &text : instants) {
        QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (qt.isValid())
            qt = qt.toUTC();
        const QDateTime ours = timeutil::instantFromStorage(text);
        QVERIFY2(ours == qt && ours.isValid() == qt.isValid(), qPrintable(text));
        if (ours.isValid())
            QCOMPARE(timeutil::toStorage(ours), timeutil::toStorage(qt));
    }
    QCOMPARE(timeutil::instantFromStorage(QStringLiteral("2026-11-25T17:00:16.123Z")),
             QDateTime(QDate(2026, 11, 25), QTime(17, 0, 16, 123), QTimeZone::utc()));
    const QStringList dates {QStringLiteral("2026-11-25"), QStringLiteral("2024-02-29"),
                             QStringLiteral("2026-02-29"), QStringLiteral("2026-00-10"),
                             QStringLiteral("2026-1-105"), QStringLiteral("20261125"),
                             QStringLiteral("2026-11-2x"), QStringLiteral("0000-01-01")};
    for (const QString &text : dates)
        QVERIFY2(timeutil::dateFromStorage(text) == QDate::fromString(text, Qt::ISODate),
                 qPrintable(text));
    QCOMPARE(timeutil::dateFromStorage(QStringLiteral("2026-11-25")), QDate(2026, 11, 25));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
