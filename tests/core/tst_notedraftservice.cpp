// SPDX-License-Identifier: MIT
// Drafts of notes being written: kept per client and per user with everything the composer
// holds, replaced as the clerk types, gone when emptied or discarded — and never part of the
// record (no revision, chain link, audit or search row).
#include "core/services/clientservice.h"
#include "core/services/notedraftservice.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace ardesk;
using namespace ardesk::test;

class TestNoteDraftService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsEverythingTheComposerHolds();
    void eachUserHasTheirOwnDraftPerClient();
    void typingAgainReplacesTheDraft();
    void emptiedOrDiscardedDraftIsGone();
    void draftIsNotPartOfTheRecord();
    void refusesADraftWithoutClientOrUser();
    void unreadableDraftIsReportedNotGuessed();

private:
    NoteDraft typed(qint64 clientId, const QString &text) const;
    qint64 count(const QString &table) const
    {
        return scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
                .toLongLong();
    }

    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::shared_ptr<Database> m_db;
    qint64 m_ann = 0, m_mia = 0;
    qint64 m_acme = 0, m_bolt = 0;
};

void TestNoteDraftService::init()
{
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(
            QDateTime(QDate(2026, 12, 7), QTime(14, 11), QTimeZone::utc()));
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = m_clock;
    auto db = Database::open(m_dir.filePath(QStringLiteral("drafts.ardesk")), options);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    UserRepository users(m_db->connection());
    m_ann = users.ensure(QStringLiteral("ann"), UserRole::Clerk).valueOr(User()).id;
    m_mia = users.ensure(QStringLiteral("mia"), UserRole::Manager).valueOr(User()).id;
    QVERIFY(m_ann && m_mia);
    ClientService clients(m_db, m_ann);
    Client acme = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Supply"));
    VERIFY_OK(clients.createClient(acme));
    Client bolt = makeClient(QStringLiteral("BOLT"), QStringLiteral("Bolt Logistics"));
    VERIFY_OK(clients.createClient(bolt));
    m_acme = acme.id;
    m_bolt = bolt.id;
}

void TestNoteDraftService::cleanup()
{
    if (m_db)
        m_db->releaseThreadConnection();
    m_db.reset();
    m_dir.remove();
}

NoteDraft TestNoteDraftService::typed(qint64 clientId, const QString &text) const
{
    NoteDraft d;
    d.clientId = clientId;
    d.text = text;
    return d;
}

void TestNoteDraftService::keepsEverythingTheComposerHolds()
{
    NoteDraft d;
    d.clientId = m_acme;
    d.amendNoteId = 42;
    d.amendRevision = 3;
    d.channel = NoteChannel::Meeting;
    d.direction = NoteDirection::Inbound;
    d.contactId = 7;
    d.contactName = QStringLiteral("Pat Doe");
    d.occurredAt = QDateTime(QDate(2026, 12, 7), QTime(13, 5), QTimeZone::utc());
    d.outcome = NoteOutcome::Promised;
    d.text = QStringLiteral("Pat says the cheque — €1 200 — goes out Friday.\nSecond line.");
    d.templateKey = QStringLiteral("promise-to-pay");
    d.fields = {{QStringLiteral("amount"), QStringLiteral("1200.00")},
                {QStringLiteral("date"), QStringLiteral("2026-12-11")}};
    d.invoiceIds = {11, 12};
    d.nextContactDate = QDate(2026, 12, 14);
    d.noFollowUpNeeded = false;
    d.attachFiles = {QStringLiteral("/home/ann/remittance.pdf")};

    NoteDraftService drafts(m_db, m_ann);
    auto kept = drafts.keep(d);
    VERIFY_OK(kept);
    QVERIFY(kept.value().has_value());
    // Stamped by the file's clock.
    QCOMPARE(kept.value()->savedAt, m_clock->now());

    auto found = drafts.find(m_acme);
    VERIFY_OK(found);
    QVERIFY(found.value().has_value());
    NoteDraft expected = d;
    expected.userId = m_ann;
    expected.savedAt = m_clock->now();
    QCOMPARE(*found.value(), expected);
    QVERIFY(!NoteDraftService(m_db, m_ann).find(m_bolt).value().has_value());
}

void TestNoteDraftService::eachUserHasTheirOwnDraftPerClient()
{
    VERIFY_OK(NoteDraftService(m_db, m_ann).keep(typed(m_acme, QStringLiteral("Ann on Acme"))));
    VERIFY_OK(NoteDraftService(m_db, m_mia).keep(typed(m_acme, QStringLiteral("Mia on Acme"))));
    VERIFY_OK(NoteDraftService(m_db, m_ann).keep(typed(m_bolt, QStringLiteral("Ann on Bolt"))));
    QCOMPARE(count(QStringLiteral("note_drafts")), 3);
    QCOMPARE(NoteDraftService(m_db, m_ann).find(m_acme).value()->text,
             QStringLiteral("Ann on Acme"));
    QCOMPARE(NoteDraftService(m_db, m_mia).find(m_acme).value()->text,
             QStringLiteral("Mia on Acme"));
    QCOMPARE(NoteDraftService(m_db, m_ann).find(m_bolt).value()->text,
             QStringLiteral("Ann on Bolt"));
    QVERIFY(!NoteDraftService(m_db, m_mia).find(m_bolt).value().has_value());
    // Discarding is one user's business too.
    VERIFY_OK(NoteDraftService(m_db, m_mia).discard(m_acme));
    QVERIFY(NoteDraftService(m_db, m_ann).find(m_acme).value().has_value());
}

void TestNoteDraftService::typingAgainReplacesTheDraft()
{
    NoteDraftService drafts(m_db, m_ann);
    VERIFY_OK(drafts.keep(typed(m_acme, QStringLiteral("Called, no"))));
    m_clock->advanceSeconds(90);
    VERIFY_OK(drafts.keep(typed(m_acme, QStringLiteral("Called, no answer; left voicemail"))));
    QCOMPARE(count(QStringLiteral("note_drafts")), 1);
    const NoteDraft d = *drafts.find(m_acme).value();
    QCOMPARE(d.text, QStringLiteral("Called, no answer; left voicemail"));
    QCOMPARE(d.savedAt, m_clock->now());
}

void TestNoteDraftService::emptiedOrDiscardedDraftIsGone()
{
    NoteDraftService drafts(m_db, m_ann);
    VERIFY_OK(drafts.keep(typed(m_acme, QStringLiteral("Half a thought"))));
    // The clerk deleted what they typed: nothing is left to restore.
    NoteDraft emptied = typed(m_acme, QStringLiteral("   "));
    emptied.contactName = QStringLiteral("Pat Doe"); // "Log a call" fills these in: not work
    emptied.channel = NoteChannel::Call;
    QVERIFY(emptied.isEmpty());
    auto kept = drafts.keep(emptied);
    VERIFY_OK(kept);
    QVERIFY(!kept.value().has_value());
    QCOMPARE(count(QStringLiteral("note_drafts")), 0);

    VERIFY_OK(drafts.keep(typed(m_acme, QStringLiteral("Another try"))));
    VERIFY_OK(drafts.discard(m_acme));
    QVERIFY(!drafts.find(m_acme).value().has_value());
    VERIFY_OK(drafts.discard(m_acme)); // nothing to discard is fine
}

void TestNoteDraftService::draftIsNotPartOfTheRecord()
{
    const qint64 chain = count(QStringLiteral("record_chain"));
    const qint64 audit = count(QStringLiteral("audit_log"));
    NoteDraftService drafts(m_db, m_ann);
    VERIFY_OK(drafts.keep(typed(m_acme, QStringLiteral("zebracrossing wording"))));
    VERIFY_OK(drafts.keep(typed(m_acme, QStringLiteral("zebracrossing wording, longer"))));
    QCOMPARE(count(QStringLiteral("notes")), 0);
    QCOMPARE(count(QStringLiteral("note_revisions")), 0);
    QCOMPARE(count(QStringLiteral("record_chain")), chain);
    QCOMPARE(count(QStringLiteral("audit_log")), audit);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM note_search WHERE note_search MATCH "
                                   "'zebracrossing'"))
                     .toLongLong(),
             0);
    VERIFY_OK(drafts.discard(m_acme));
    QCOMPARE(count(QStringLiteral("audit_log")), audit);
}

void TestNoteDraftService::refusesADraftWithoutClientOrUser()
{
    auto noClient = NoteDraftService(m_db, m_ann).keep(typed(0, QStringLiteral("x")));
    QVERIFY(!noClient);
    QCOMPARE(noClient.error().code, ErrorCode::InvalidValue);
    QVERIFY(noClient.errorString().contains(QStringLiteral("client")));
    auto noUser = NoteDraftService(m_db, 0).keep(typed(m_acme, QStringLiteral("x")));
    QVERIFY(!noUser);
    QVERIFY(noUser.errorString().contains(QStringLiteral("user")));
    QCOMPARE(count(QStringLiteral("note_drafts")), 0);
}

void TestNoteDraftService::unreadableDraftIsReportedNotGuessed()
{
    exec(m_db->connection(),
         QStringLiteral("INSERT INTO note_drafts (client_id, user_id, body_json, saved_at) "
                        "VALUES (%1, %2, 'not json', '2026-12-07T14:11:00.000Z')")
                 .arg(m_acme)
                 .arg(m_ann));
    auto found = NoteDraftService(m_db, m_ann).find(m_acme);
    QVERIFY(!found);
    QVERIFY(found.errorString().contains(QStringLiteral("draft")));
}

QTEST_GUILESS_MAIN(TestNoteDraftService)
#include "tst_notedraftservice.moc"
