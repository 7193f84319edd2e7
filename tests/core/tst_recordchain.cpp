// SPDX-License-Identifier: MIT
// The record chain's canonical form is documented as compact JSON with sorted keys
// (docs/record-chain.md). It is written by hand for speed; these tests hold it to exactly what
// QJsonDocument writes, including escapes and non-ASCII text.
#include "core/storage/recordchain.h"
#include "core/support/sha256.h"

#include <QCryptographicHash>
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
    void structuredRevisionMatchesQJsonDocument();
    void storedRevisionGivesTheSameBytes();
    void tombstoneAndAttachmentMatchQJsonDocument();
    void formOneIsTheFormBeforeSchema15();
    void linkIsSha256OfPreviousHashAndCanonical();
    void reusedSha256AgreesWithQt();
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
            {QStringLiteral("form"), RecordChain::kCurrentForm},
    };
    QCOMPARE(RecordChain::canonicalRevision(n),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));

    // Form 2: no next contact date is null (NULL in the column), not an empty string.
    n.nextContactDate = QDate();
    n.noFollowUpNeeded = true;
    QJsonObject noDate = expected;
    noDate[QStringLiteral("next_contact_date")] = QJsonValue::Null;
    noDate[QStringLiteral("no_follow_up")] = true;
    QCOMPARE(RecordChain::canonicalRevision(n),
             QJsonDocument(noDate).toJson(QJsonDocument::Compact));
}

namespace {
Note structuredNote()
{
    Note n;
    n.id = 7;
    n.revisionId = 8;
    n.revision = 1;
    n.clientId = 3;
    n.channel = NoteChannel::Call;
    n.contactId = 11;
    n.contactName = QStringLiteral("Ann Lee");
    n.occurredAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    n.recordedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 9, 0, 0), Qt::UTC);
    n.authorId = 2;
    n.outcome = NoteOutcome::Promised;
    n.text = QString::fromUtf8("Promised \"soon\" — Müller\n");
    n.nextContactDate = QDate(2026, 3, 12);
    n.invoiceIds = {5};
    n.templateKey = QStringLiteral("promise-to-pay");
    n.fields = QJsonObject {
            {QStringLiteral("date"), QStringLiteral("2026-03-11")},
            {QStringLiteral("amount"),
             QJsonObject {{QStringLiteral("currency"), QStringLiteral("EUR")},
                          {QStringLiteral("amount_minor"), 1234567}}},
            {QStringLiteral("invoices"),
             QJsonArray {QStringLiteral("INV-1"), QStringLiteral("Ä\t2")}},
    };
    return n;
}
} // namespace

// A structured (template) note adds template_key and the fields object to the canonical form;
// the nested object is in QJsonDocument's compact form too (keys sorted at every level).
void TestRecordChain::structuredRevisionMatchesQJsonDocument()
{
    const Note n = structuredNote();
    const QJsonObject expected {
            {QStringLiteral("kind"), QStringLiteral("revision")},
            {QStringLiteral("revision_id"), QStringLiteral("8")},
            {QStringLiteral("note_id"), QStringLiteral("7")},
            {QStringLiteral("revision"), 1},
            {QStringLiteral("client_id"), QStringLiteral("3")},
            {QStringLiteral("channel"), QStringLiteral("call")},
            {QStringLiteral("direction"), QStringLiteral("out")},
            {QStringLiteral("contact_id"), QStringLiteral("11")},
            {QStringLiteral("contact_name"), QStringLiteral("Ann Lee")},
            {QStringLiteral("occurred_at"), QStringLiteral("2026-03-04T05:06:07.089Z")},
            {QStringLiteral("recorded_at"), QStringLiteral("2026-03-04T05:09:00.000Z")},
            {QStringLiteral("author_id"), QStringLiteral("2")},
            {QStringLiteral("outcome"), QStringLiteral("promised")},
            {QStringLiteral("body"), n.text},
            {QStringLiteral("next_contact_date"), QStringLiteral("2026-03-12")},
            {QStringLiteral("no_follow_up"), false},
            {QStringLiteral("invoice_ids"), QJsonArray {QStringLiteral("5")}},
            {QStringLiteral("template_key"), QStringLiteral("promise-to-pay")},
            {QStringLiteral("fields"), n.fields},
            {QStringLiteral("form"), RecordChain::kCurrentForm},
    };
    QCOMPARE(RecordChain::canonicalRevision(n),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));
    QCOMPARE(RecordChain::canonicalFields(n.fields),
             QJsonDocument(n.fields).toJson(QJsonDocument::Compact));
    // Without a template key the fields are not part of the form (older entries stay valid).
    Note plain = n;
    plain.templateKey.clear();
    QJsonObject unstructured = expected;
    unstructured.remove(QStringLiteral("template_key"));
    unstructured.remove(QStringLiteral("fields"));
    QCOMPARE(RecordChain::canonicalRevision(plain),
             QJsonDocument(unstructured).toJson(QJsonDocument::Compact));
}

// The verifier canonicalises the stored column text; it must give the same bytes as the note.
void TestRecordChain::storedRevisionGivesTheSameBytes()
{
    const Note n = structuredNote();
    const QByteArray body = n.text.toUtf8(), name = n.contactName.toUtf8();
    const QByteArray fields = RecordChain::canonicalFields(n.fields);
    RecordChain::StoredRevision s;
    s.revisionId = 8;
    s.noteId = 7;
    s.clientId = 3;
    s.authorId = 2;
    s.contactId = 11;
    s.revision = 1;
    s.channel = "call";
    s.direction = "out";
    s.contactName = name;
    s.occurredAt = "2026-03-04T05:06:07.089Z";
    s.recordedAt = "2026-03-04T05:09:00.000Z";
    s.outcome = "promised";
    s.body = body;
    s.nextContactDate = "2026-03-12";
    s.templateKey = "promise-to-pay";
    s.fields = fields;
    s.invoiceIds = {5};
    QCOMPARE(RecordChain::canonicalRevision(s), RecordChain::canonicalRevision(n));
    s.body = "changed";
    QVERIFY(RecordChain::canonicalRevision(s) != RecordChain::canonicalRevision(n));
    // An entry relabelled as form 1 is other bytes, so it no longer hashes to its entry.
    s.body = body;
    s.form = RecordChain::kFirstForm;
    QVERIFY(RecordChain::canonicalRevision(s) != RecordChain::canonicalRevision(n));
}

void TestRecordChain::tombstoneAndAttachmentMatchQJsonDocument()
{
    const QString reason = QStringLiteral("Logged on the wrong client \"Acme\"\n(duplicate)");
    const QJsonObject tomb {
            {QStringLiteral("kind"), QStringLiteral("tombstone")},
            {QStringLiteral("note_id"), QStringLiteral("12")},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("author_id"), QStringLiteral("3")},
            {QStringLiteral("recorded_at"), QStringLiteral("2026-01-02T03:04:05.006Z")},
            {QStringLiteral("form"), RecordChain::kCurrentForm}};
    QCOMPARE(RecordChain::canonicalTombstone(12, reason, 3,
                                             QStringLiteral("2026-01-02T03:04:05.006Z")),
             QJsonDocument(tomb).toJson(QJsonDocument::Compact));
    // Form 2 chains what the type-mismatch warning compares: the MIME type the name claims and
    // the one detected from the content (stored with the blob).
    const QString sha(64, u'a');
    const QString name = QString::fromUtf8("Überweisung März.pdf");
    const QJsonObject att {{QStringLiteral("kind"), QStringLiteral("attachment")},
                           {QStringLiteral("revision_id"), QStringLiteral("8")},
                           {QStringLiteral("sha256"), sha},
                           {QStringLiteral("display_name"), name},
                           {QStringLiteral("claimed_mime"), QStringLiteral("application/pdf")},
                           {QStringLiteral("mime_type"), QStringLiteral("text/plain \"x\"")},
                           {QStringLiteral("form"), RecordChain::kCurrentForm}};
    RecordChain::StoredAttachment a;
    a.revisionId = 8;
    a.sha256 = sha;
    a.displayName = name;
    a.claimedMime = QStringLiteral("application/pdf");
    a.mimeType = QStringLiteral("text/plain \"x\"");
    QCOMPARE(RecordChain::canonicalAttachment(a),
             QJsonDocument(att).toJson(QJsonDocument::Compact));
}

// Entries written before schema 15 are form 1: their bytes must stay exactly what they were (no
// form key, no MIME types, an empty string for no next contact date), so old chains still
// verify without being re-chained.
void TestRecordChain::formOneIsTheFormBeforeSchema15()
{
    const QByteArray body = "Called", name = "Ann";
    RecordChain::StoredRevision s;
    s.revisionId = 8;
    s.noteId = 7;
    s.clientId = 3;
    s.authorId = 2;
    s.revision = 1;
    s.channel = "call";
    s.direction = "out";
    s.contactName = name;
    s.occurredAt = "2026-03-04T05:06:07.089Z";
    s.recordedAt = "2026-03-04T05:09:00.000Z";
    s.outcome = "reached";
    s.body = body;
    s.nextContactDateIsNull = true;
    s.form = RecordChain::kFirstForm;
    QCOMPARE(RecordChain::canonicalRevision(s),
             QByteArray(R"({"author_id":"2","body":"Called","channel":"call","client_id":"3",)"
                        R"("contact_id":"0","contact_name":"Ann","direction":"out",)"
                        R"("invoice_ids":[],"kind":"revision","next_contact_date":"",)"
                        R"("no_follow_up":false,"note_id":"7",)"
                        R"("occurred_at":"2026-03-04T05:06:07.089Z","outcome":"reached",)"
                        R"("recorded_at":"2026-03-04T05:09:00.000Z","revision":1,)"
                        R"("revision_id":"8"})"));
    QCOMPARE(RecordChain::canonicalTombstone(12, QStringLiteral("dup"), 3,
                                             QStringLiteral("2026-01-02T03:04:05.006Z"),
                                             RecordChain::kFirstForm),
             QByteArray(R"({"author_id":"3","kind":"tombstone","note_id":"12","reason":"dup",)"
                        R"("recorded_at":"2026-01-02T03:04:05.006Z"})"));
    RecordChain::StoredAttachment a;
    a.revisionId = 8;
    a.sha256 = QString(64, u'a');
    a.displayName = QStringLiteral("a.pdf");
    a.claimedMime = QStringLiteral("application/pdf"); // not part of form 1
    a.mimeType = QStringLiteral("text/plain");
    a.form = RecordChain::kFirstForm;
    QCOMPARE(RecordChain::canonicalAttachment(a),
             QByteArray(R"({"display_name":"a.pdf","kind":"attachment","revision_id":"8",)"
                        R"("sha256":")"
                        + QByteArray(64, 'a') + R"("})"));
}

void TestRecordChain::linkIsSha256OfPreviousHashAndCanonical()
{
    // Independently computed: sha256(("0" * 64) + '{"kind":"x"}').
    QCOMPARE(RecordChain::link(RecordChain::genesisHash(), QByteArrayLiteral("{\"kind\":\"x\"}")),
             QStringLiteral("854b84857558be8b4b236c4dfa84bd5868a469733502175002a859f483cf066d"));
    QVERIFY(RecordChain::link(RecordChain::genesisHash(), "a")
            != RecordChain::link(RecordChain::genesisHash(), "b"));
}

void TestRecordChain::reusedSha256AgreesWithQt()
{
    // The verifier keeps one Sha256 for the whole walk and feeds each entry in parts: every
    // digest must be the standard one (QCryptographicHash as the independent oracle), whatever
    // the lengths around the 64-byte block and wherever the parts split.
    Sha256 sha;
    QVERIFY(sha.isValid());
    for (int size : {0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 1 << 20}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = char((i * 131 + size) & 0xFF);
        const QByteArray expected
                = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(Sha256::hex(bytes), QString::fromLatin1(expected));
        for (int split : {0, 1, size / 2, size}) {
            if (split > size)
                continue;
            const QByteArrayView all(bytes);
            QCOMPARE(sha.addData(all.first(split)).addData(all.sliced(split)).hexResult(),
                     QByteArrayView(expected));
        }
    }
    QCOMPARE(sha.hexResult(), // nothing added since the last result: the empty message
             QByteArrayView("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

QTEST_GUILESS_MAIN(TestRecordChain)
#include "tst_recordchain.moc"
