// SPDX-License-Identifier: MIT
// Attachments in the company file: byte-for-byte round trips, one blob per distinct content,
// names that never become paths, the size cap, the detected type, and the read-only openable
// copy in a private temporary folder.
#include "core/services/clientservice.h"
#include "core/services/noteservice.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/database.h"
#include "core/storage/userrepository.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>

using namespace ardesk;
using namespace ardesk::test;

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void threeAttachmentsRoundTripByteForByte();
    void identicalContentIsStoredOnce();
    void namesNeverBecomePaths_data();
    void namesNeverBecomePaths();
    void openableCopyIsReadOnlyAndInsideTheSessionFolder();
    void oversizedIsRefusedWithNothingWritten();
    void typeIsDetectedFromContent();
    void saveAsRefusesChangedContent();

private:
    Result<Note> noteWith(const QStringList &files,
                          const QList<QPair<QString, QByteArray>> &data = {})
    {
        NoteService::Draft d;
        d.note.clientId = m_client;
        d.note.channel = NoteChannel::Email;
        d.note.text = QStringLiteral("files");
        d.attachFiles = files;
        d.attachData = data;
        return NoteService(m_db, m_user).add(d);
    }
    qint64 count(const char *table) const
    {
        return readValue(m_path,
                         QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
                .toLongLong();
    }

    ScratchDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
    qint64 m_user = 0, m_client = 0;
};

void TestAttachmentStore::init()
{
    QVERIFY(m_dir.renew());
    m_path = m_dir.filePath(QStringLiteral("files.ardesk"));
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    m_db = db.value();
    QSqlDatabase conn = m_db->connection();
    auto user = UserRepository(conn).ensure(QStringLiteral("ann"), UserRole::Clerk);
    VERIFY_OK(user);
    m_user = user.value().id;
    Client c = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme"));
    VERIFY_OK(ClientService(m_db, m_user).createClient(c));
    m_client = c.id;
}

void TestAttachmentStore::cleanup()
{
    m_db.reset();
}

void TestAttachmentStore::threeAttachmentsRoundTripByteForByte()
{
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char(i * 7 % 256));
    const QList<QPair<QString, QByteArray>> files = {
            {QStringLiteral("statement.pdf"), QByteArray("%PDF-1.4\r\n\x00\x01\xff binary\n%%EOF")},
            {QString::fromUtf8("Überweisung März.bin"), binary},
            {QStringLiteral("reply.eml"),
             QByteArray("From: a@example.com\r\nSubject: x\r\n\r\nok\r\n")},
    };
    QStringList paths;
    for (const auto &[name, bytes] : files) {
        const QString p = m_dir.filePath(name);
        QVERIFY(writeFile(p, bytes));
        paths << p;
    }
    auto note = noteWith(paths);
    VERIFY_OK(note);
    AttachmentStore store(m_db->connection());
    auto listed = store.forNotes({note.value().id});
    VERIFY_OK(listed);
    QCOMPARE(listed.value().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const AttachmentInfo &a = listed.value()[i];
        QCOMPARE(a.displayName, files[i].first);
        QCOMPARE(a.size, files[i].second.size());
        auto bytes = store.read(a.sha256);
        VERIFY_OK(bytes);
        QCOMPARE(bytes.value(), files[i].second);
        const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(i));
        VERIFY_OK(store.saveAs(a.sha256, out));
        QCOMPARE(fileSha256(out), a.sha256.toLatin1());
    }
}

void TestAttachmentStore::identicalContentIsStoredOnce()
{
    const QByteArray same("the same remittance advice\n");
    VERIFY_OK(noteWith({}, {{QStringLiteral("a.txt"), same}, {QStringLiteral("b.txt"), same}}));
    VERIFY_OK(noteWith({}, {{QStringLiteral("c.txt"), same}}));
    QCOMPARE(count("note_attachments"), 3);
    QCOMPARE(count("attachment_blobs"), 1);
}

void TestAttachmentStore::namesNeverBecomePaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("display");
    QTest::newRow("parent dirs") << QStringLiteral("../../x") << QStringLiteral("x");
    QTest::newRow("windows drive") << QStringLiteral("C:\\x") << QStringLiteral("x");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("attachment");
    QTest::newRow("bidi override")
            << QString::fromUtf8("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::newRow("control chars") << QString::fromUtf8("a\nb\x01.txt") << QStringLiteral("ab.txt");
    QTest::newRow("CR, LF and ESC")
            << QString::fromUtf8("re\r\nmit\x1b[2J.pdf") << QStringLiteral("remit[2J.pdf");
    QTest::newRow("line separators and C1")
            << QString::fromUtf8("a\u2028b\u2029c\u0085d\u009B.pdf") << QStringLiteral("abcd.pdf");
    QTest::newRow("hidden file") << QStringLiteral(".bashrc") << QStringLiteral(".bashrc");
}

void TestAttachmentStore::namesNeverBecomePaths()
{
    QFETCH(QString, name);
    QFETCH(QString, display);
    QCOMPARE(AttachmentStore::displayNameFor(name), display);
    auto note = noteWith({}, {{name, QByteArray("content of ") + name.toUtf8()}});
    VERIFY_OK(note);
    AttachmentStore store(m_db->connection());
    auto listed = store.forNotes({note.value().id});
    VERIFY_OK(listed);
    QCOMPARE(listed.value().first().displayName, display);
    auto copy = store.openableCopy(listed.value().first().id);
    VERIFY_OK(copy);
    const QString file = QFileInfo(copy.value()).fileName();
    QVERIFY2(!file.startsWith(u'.') && !file.contains(u'/') && !file.contains(u'\\')
                     && !file.contains(QChar(0x202E)),
             qPrintable(file));
    // The copy is exactly one folder below the session folder: nothing escaped.
    const QString sessionDir = QFileInfo(QFileInfo(copy.value()).absolutePath()).absolutePath();
    QVERIFY(QFileInfo(sessionDir).fileName().startsWith(QLatin1String("ardesk-attachments-")));
    QCOMPARE(QFileInfo(copy.value()).canonicalFilePath(),
             QDir(sessionDir).canonicalPath() + u'/' + QString::number(listed.value().first().id)
                     + u'/' + file);
}

void TestAttachmentStore::openableCopyIsReadOnlyAndInsideTheSessionFolder()
{
    const QByteArray bytes("%PDF-1.4\nhello\n%%EOF\n");
    auto note = noteWith({}, {{QStringLiteral("Statement (Q3).pdf"), bytes}});
    VERIFY_OK(note);
    AttachmentStore store(m_db->connection());
    const qint64 id = store.forNotes({note.value().id}).value().first().id;
    auto copy = store.openableCopy(id);
    VERIFY_OK(copy);
    QVERIFY(copy.value().endsWith(QLatin1String("/Statement _Q3_.pdf")));
    QFile f(copy.value());
    QCOMPARE(f.permissions()
                     & (QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(f.permissions() & QFileDevice::ReadOwner);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    // Opening again replaces the copy (e.g. after the user closed the viewer).
    auto again = store.openableCopy(id);
    VERIFY_OK(again);
    QCOMPARE(again.value(), copy.value());
}

void TestAttachmentStore::oversizedIsRefusedWithNothingWritten()
{
    QSqlDatabase conn = m_db->connection();
    VERIFY_OK(committed(conn, [&] {
        return writeSetting(conn, QStringLiteral("attachments.max_bytes"), QStringLiteral("2048"));
    }));
    const QString big = m_dir.filePath(QStringLiteral("scan.tiff"));
    QVERIFY(writeFile(big, QByteArray(2049, 'x')));
    const QString small = m_dir.filePath(QStringLiteral("ok.txt"));
    QVERIFY(writeFile(small, QByteArray(2048, 'y')));
    const qint64 chain = count("record_chain");
    auto r = noteWith({small, big});
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QLatin1String("scan.tiff"))
                     && r.errorString().contains(QLatin1String("2049 bytes"))
                     && r.errorString().contains(QLatin1String("2048 bytes")),
             qPrintable(r.errorString()));
    QCOMPARE(count("attachment_blobs"), 0);
    QCOMPARE(count("notes"), 0);
    QCOMPARE(count("record_chain"), chain);
    // The default cap is 50 MiB.
    VERIFY_OK(committed(conn, [&] {
        return writeSetting(conn, QStringLiteral("attachments.max_bytes"), QString());
    }));
    QCOMPARE(AttachmentStore(conn).maxBytes().valueOr(0), 52428800);
}

void TestAttachmentStore::typeIsDetectedFromContent()
{
    auto note = noteWith({},
                         {{QStringLiteral("photo.jpg"), QByteArray("%PDF-1.4\n%%EOF\n")},
                          {QStringLiteral("notes.txt"), QByteArray("plain words\n")},
                          {QStringLiteral("data.csv"), QByteArray("a,b\n1,2\n")},
                          {QStringLiteral("noext"), QByteArray("MZ\x90\x00\x03")}});
    VERIFY_OK(note);
    auto listed = AttachmentStore(m_db->connection()).forNotes({note.value().id});
    VERIFY_OK(listed);
    const QList<AttachmentInfo> &a = listed.value();
    QCOMPARE(a[0].detectedMime, QStringLiteral("application/pdf"));
    QCOMPARE(a[0].claimedMime, QStringLiteral("image/jpeg"));
    QVERIFY(a[0].mimeMismatch);
    QVERIFY(!a[1].mimeMismatch);
    QVERIFY(!a[2].mimeMismatch); // text/csv is a kind of text/plain
    QVERIFY(!a[3].mimeMismatch); // nothing claimed
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT mime_type FROM attachment_blobs WHERE "
                                      "sha256 = ?"),
                       {a[0].sha256})
                     .toString(),
             QStringLiteral("application/pdf"));
}

void TestAttachmentStore::saveAsRefusesChangedContent()
{
    auto note = noteWith({}, {{QStringLiteral("a.txt"), QByteArray("original\n")}});
    VERIFY_OK(note);
    AttachmentStore store(m_db->connection());
    const QString sha = store.forNotes({note.value().id}).value().first().sha256;
    withPlainConnection(m_path, [&](const QSqlDatabase &db) {
        exec(db, QStringLiteral("DROP TRIGGER attachment_blobs_no_update"));
        exec(db, QStringLiteral("UPDATE attachment_blobs SET content = CAST('forged' AS BLOB)"));
    });
    const QString out = m_dir.filePath(QStringLiteral("out.txt"));
    auto r = store.saveAs(sha, out);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Corrupt);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
