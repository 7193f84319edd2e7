// SPDX-License-Identifier: MIT
// The record chain's canonical form is documented as compact JSON with sorted keys
// (docs/record-chain.md). It is written by hand for speed; these tests hold it to exactly what
// QJsonDocument writes, including escapes and non-ASCII text.
#include "core/storage/recordchain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;

class TestRecordChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revisionMatchesQJsonDocument_data();
    void revisionMatchesQJsonDocument();
    void tombstoneAndAttachmentMatchQJsonDocument();
    void linkIsSha256OfPreviousHashAndCanonical();
};

void TestRecordChain::revisionMatchesQJsonDocument_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("contact");
    QTest::newRow("plain") << QStringLiteral("Called AP, promised Friday.")
                           << QStringLiteral("Ann Lee");
    QTest::newRow("quotes and backslash")
            << QStringLiteral("She said \"next week\" \\ maybe") << QStringLiteral("O'Brien");
    QTest::newRow("newlines and tabs")
            << QStringLiteral("line 1\nline 2\r\n\tindented") << QStringLiteral("Bob");
    QTest::newRow("control characters")
            << QString::fromUtf8("bell\x07 and\x01 esc\x1b end\x7f") << QStringLiteral("X");
    QTest::newRow("non-ASCII") << QString::fromUtf8("Müller — 1.234,56 € 😀 / slash")
                               << QString::fromUtf8("Zoë Ægir");
    QTest::newRow("empty contact") << QStringLiteral("internal note") << QString();
}

void TestRecordChain::revisionMatchesQJsonDocument()
{
    QFETCH(QString, body);
    QFETCH(QString, contact);
    Note n;
    n.id = 42;
    n.revisionId = 77;
    n.revision = 3;
    n.clientId = 9;
    n.channel = NoteChannel::Meeting;
    n.direction = NoteDirection::Inbound;
    n.contactId = 0;
    n.contactName = contact;
    n.occurredAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    n.recordedAt = QDateTime(QDate(2026, 3, 4), QTime(15, 0, 0, 1), Qt::UTC);
    n.authorId = 5;
    n.outcome = NoteOutcome::LeftVoicemail;
    n.text = body;
    n.nextContactDate = QDate(2026, 3, 11);
    n.noFollowUpNeeded = false;
    n.invoiceIds = {30, 4, 1000};

    const QJsonObject expected {
            {QStringLiteral("kind"), QStringLiteral("revision")},
            {QStringLiteral("revision_id"), QStringLiteral("77")},
            {QStringLiteral("note_id"), QStringLiteral("42")},
            {QStringLiteral("revision"), 3},
            {QStringLiteral("client_id"), QStringLiteral("9")},
            {QStringLiteral("channel"), QStringLiteral("meeting")},
            {QStringLiteral("direction"), QStringLiteral("in")},
            {QStringLiteral("contact_id"), QStringLiteral("0")},
            {QStringLiteral("contact_name"), contact},
            {QStringLiteral("occurred_at"), QStringLiteral("2026-03-04T05:06:07.089Z")},
            {QStringLiteral("recorded_at"), QStringLiteral("2026-03-04T15:00:00.001Z")},
            {QStringLiteral("author_id"), QStringLiteral("5")},
            {QStringLiteral("outcome"), QStringLiteral("left_voicemail")},
            {QStringLiteral("body"), body},
            {QStringLiteral("next_contact_date"), QStringLiteral("2026-03-11")},
            {QStringLiteral("no_follow_up"), false},
            {QStringLiteral("invoice_ids"),
             QJsonArray {QStringLiteral("4"), QStringLiteral("30"), QStringLiteral("1000")}},
    };
    QCOMPARE(RecordChain::canonicalRevision(n),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));

    n.nextContactDate = QDate();
    n.noFollowUpNeeded = true;
    QJsonObject noDate = expected;
    noDate[QStringLiteral("next_contact_date")] = QString();
    noDate[QStringLiteral("no_follow_up")] = true;
    QCOMPARE(RecordChain::canonicalRevision(n),
             QJsonDocument(noDate).toJson(QJsonDocument::Compact));
}

void TestRecordChain::tombstoneAndAttachmentMatchQJsonDocument()
{
    const QString reason = QStringLiteral("Logged on the wrong client \"Acme\"\n(duplicate)");
    const QJsonObject tomb {
            {QStringLiteral("kind"), QStringLiteral("tombstone")},
            {QStringLiteral("note_id"), QStringLiteral("12")},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("author_id"), QStringLiteral("3")},
            {QStringLiteral("recorded_at"), QStringLiteral("2026-01-02T03:04:05.006Z")}};
    QCOMPARE(RecordChain::canonicalTombstone(12, reason, 3,
                                             QStringLiteral("2026-01-02T03:04:05.006Z")),
             QJsonDocument(tomb).toJson(QJsonDocument::Compact));
    const QString sha(64, u'a');
    const QString name = QString::fromUtf8("Überweisung März.pdf");
    const QJsonObject att {{QStringLiteral("kind"), QStringLiteral("attachment")},
                           {QStringLiteral("revision_id"), QStringLiteral("8")},
                           {QStringLiteral("sha256"), sha},
                           {QStringLiteral("display_name"), name}};
    QCOMPARE(RecordChain::canonicalAttachment(8, sha, name),
             QJsonDocument(att).toJson(QJsonDocument::Compact));
}

void TestRecordChain::linkIsSha256OfPreviousHashAndCanonical()
{
    // Independently computed: sha256(("0" * 64) + '{"kind":"x"}').
    QCOMPARE(RecordChain::link(RecordChain::genesisHash(), QByteArrayLiteral("{\"kind\":\"x\"}")),
             QStringLiteral("854b84857558be8b4b236c4dfa84bd5868a469733502175002a859f483cf066d"));
    QVERIFY(RecordChain::link(RecordChain::genesisHash(), "a")
            != RecordChain::link(RecordChain::genesisHash(), "b"));
}

QTEST_GUILESS_MAIN(TestRecordChain)
#include "tst_recordchain.moc"
