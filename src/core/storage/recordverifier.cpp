// SPDX-License-Identifier: MIT
#include "core/storage/recordverifier.h"

#include "core/storage/database.h"
#include "core/storage/recordchain.h"
#include "core/storage/sqlitestatement.h"

#include <thread>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk {
namespace {

QString tr(const char *t)
{
    return QCoreApplication::translate("RecordVerifier", t);
}

/// Collects problems up to the cap.
class Problems
{
public:
    explicit Problems(RecordVerifier::Report &report)
        : m_report(report)
    { }
    void add(qint64 seq, const QString &kind, qint64 entryId, qint64 noteId, const QString &message)
    {
        if (m_report.problems.size() >= RecordVerifier::kMaxProblems) {
            m_report.truncated = true;
            return;
        }
        m_report.problems.append({seq, kind, entryId, noteId, message});
    }
    RecordVerifier::Problem *last()
    {
        return m_report.problems.isEmpty() ? nullptr : &m_report.problems.last();
    }

private:
    RecordVerifier::Report &m_report;
};

/// "12,7,30" (group_concat) into `ids` (cleared; capacity reused).
void parseIds(QByteArrayView list, QList<qint64> &ids)
{
    ids.clear();
    qint64 v = 0;
    bool any = false;
    for (char c : list) {
        if (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            any = true;
        } else if (c == ',') {
            if (any)
                ids.append(v);
            v = 0;
            any = false;
        }
    }
    if (any)
        ids.append(v);
}

/// SHA-256 through OpenSSL's libcrypto (SHA-NI where the CPU has it): several times faster
/// than QCryptographicHash in Qt 6.4, and the chain walk hashes every entry of the record.
class Sha256
{
public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_ctx(EVP_MD_CTX_new())
    { }
    ~Sha256()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    bool ok() const { return m_md && m_ctx; }
    /// Lower-case hex of SHA-256(a ‖ b); valid until the next call.
    QByteArrayView hex(QByteArrayView a, QByteArrayView b)
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (EVP_DigestInit_ex(m_ctx, m_md, nullptr) != 1
            || EVP_DigestUpdate(m_ctx, a.data(), size_t(a.size())) != 1
            || EVP_DigestUpdate(m_ctx, b.data(), size_t(b.size())) != 1
            || EVP_DigestFinal_ex(m_ctx, digest, &size) != 1 || size != 32)
            return QByteArrayView();
        static const char hexDigits[] = "0123456789abcdef";
        char *o = m_hex;
        for (unsigned int i = 0; i < size; ++i) {
            *o++ = hexDigits[digest[i] >> 4];
            *o++ = hexDigits[digest[i] & 0xF];
        }
        return QByteArrayView(m_hex, 64);
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_ctx;
    char m_hex[64];
};

/// PRAGMA quick_check and foreign_key_check, on their own connection (or the caller's).
struct SideChecks
{
    QList<RecordVerifier::Problem> integrity, foreignKeys;
    qint64 integrityMs = 0, foreignKeysMs = 0;
    QString error;

    void run(const QByteArray &path)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            error = tr("cannot open %1 for checking: %2")
                            .arg(QString::fromLocal8Bit(path),
                                 QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"));
            sqlite3_close(db);
            return;
        }
        sqlite3_busy_timeout(db, 10000);
        run(db);
        sqlite3_close(db);
    }

    void run(sqlite3 *h)
    {
        QElapsedTimer timer;
        timer.start();
        {
            SqliteStatement check(h, "PRAGMA quick_check");
            if (!check.ok()) {
                error = check.error();
                return;
            }
            while (check.step()) {
                const QString line = check.text(0);
                if (line != QLatin1String("ok") && integrity.size() < RecordVerifier::kMaxProblems)
                    integrity.append({0, QStringLiteral("integrity"), 0, 0,
                                      tr("SQLite integrity check: %1").arg(line)});
            }
            if (!check.ok())
                integrity.append({0, QStringLiteral("integrity"), 0, 0,
                                  tr("SQLite integrity check failed: %1").arg(check.error())});
        }
        integrityMs = timer.restart();
        {
            SqliteStatement fk(h, "PRAGMA foreign_key_check");
            if (!fk.ok()) {
                error = fk.error();
                return;
            }
            while (fk.step()) {
                if (foreignKeys.size() >= RecordVerifier::kMaxProblems)
                    continue;
                foreignKeys.append({0, QStringLiteral("foreign_key"), fk.int64(1), 0,
                                    tr("%1 row %2 refers to a missing %3 row")
                                            .arg(fk.text(0))
                                            .arg(fk.int64(1))
                                            .arg(fk.text(2))});
            }
            if (!fk.ok())
                foreignKeys.append({0, QStringLiteral("foreign_key"), 0, 0,
                                    tr("foreign key check failed: %1").arg(fk.error())});
        }
        foreignKeysMs = timer.restart();
    }
};

/// Lets a chain entry's row stream be walked in chain_seq order.
struct Stream
{
    SqliteStatement stmt;
    const char *kind;
    bool has = false;
    Stream(sqlite3 *h, const char *kindName, const char *sql)
        : stmt(h, sql)
        , kind(kindName)
    { }
    void next() { has = stmt.step(); }
    qint64 seq() const { return stmt.int64(0); }
};

} // namespace

Result<RecordVerifier::Report> RecordVerifier::verify(
        const std::function<void(qint64, qint64)> &progress) const
{
    sqlite3 *h = Database::rawHandle(m_db);
    if (!h)
        return makeError(ErrorCode::Database, tr("verify needs a SQLite company file"));
    Report report;
    Problems problems(report);
    QElapsedTimer timer;

    struct EndRead
    {
        const QSqlDatabase &db;
        ~EndRead() { Database::execScript(db, "ROLLBACK;").ok(); }
    } endRead {m_db};
    // One snapshot for every check.
    if (auto b = Database::execScript(m_db, "BEGIN;"); !b)
        return b.error();

    // 1. and 4. SQLite's structure check and the foreign keys scan the whole file: they run on
    // a second, read-only connection in parallel with the chain walk.
    SideChecks side;
    std::jthread sideThread; // joins on every return
    const char *file = sqlite3_db_filename(h, "main");
    if (file && *file) {
        const QByteArray path(file);
        sideThread = std::jthread([&side, path] { side.run(path); });
    } else {
        side.run(h);
    }

    // 2. The chain, merged with the rows of each kind in chain order.
    timer.start();
    qint64 total = 0;
    {
        SqliteStatement count(h, "SELECT count(*) FROM record_chain");
        if (!count.ok() || !count.step())
            return makeError(ErrorCode::Database, count.error());
        total = count.int64(0);
    }
    SqliteStatement chain(h,
                          "SELECT seq, kind, entry_id, prev_hash, hash FROM record_chain "
                          "ORDER BY seq");
    Stream revisions(h, "revision",
                     "SELECT r.chain_seq, r.id, r.note_id, n.client_id, r.revision, r.channel, "
                     "r.direction, r.contact_id, r.contact_name, r.occurred_at, r.recorded_at, "
                     "r.author_id, r.outcome, r.body, r.next_contact_date, r.no_follow_up, "
                     "r.template_key, r.fields_json, (SELECT group_concat(invoice_id) FROM "
                     "note_invoices WHERE revision_id = r.id) FROM note_revisions r LEFT JOIN "
                     "notes n ON n.id = r.note_id ORDER BY r.chain_seq");
    Stream tombstones(h, "tombstone",
                      "SELECT chain_seq, id, note_id, reason, author_id, recorded_at FROM "
                      "note_tombstones ORDER BY chain_seq");
    Stream attachments(h, "attachment",
                       "SELECT a.chain_seq, a.id, a.revision_id, a.sha256, a.display_name, "
                       "(SELECT note_id FROM note_revisions WHERE id = a.revision_id) FROM "
                       "note_attachments a ORDER BY a.chain_seq");
    for (const SqliteStatement *s :
         {&chain, &revisions.stmt, &tombstones.stmt, &attachments.stmt}) {
        if (!s->ok())
            return makeError(ErrorCode::Database, s->error());
    }
    revisions.next();
    tombstones.next();
    attachments.next();

    auto unchained = [&](Stream &s, const char *kind) {
        const qint64 id = s.stmt.int64(1);
        const qint64 noteId = qstrcmp(kind, "tombstone") == 0 ? s.stmt.int64(2)
                : qstrcmp(kind, "attachment") == 0            ? s.stmt.int64(5)
                                                              : s.stmt.int64(2);
        problems.add(s.seq(), QString::fromLatin1(kind), id, noteId,
                     tr("note %1: %2 %3 has no entry in the record chain (chain_seq %4): it was "
                        "added outside ARDesk")
                             .arg(noteId)
                             .arg(QString::fromLatin1(kind))
                             .arg(id)
                             .arg(s.seq()));
    };

    Sha256 sha;
    if (!sha.ok())
        return makeError(ErrorCode::Database, tr("SHA-256 is not available (OpenSSL)"));
    auto link = [&sha](QByteArrayView prev, QByteArrayView canonical) {
        return sha.hex(prev, canonical);
    };
    // Reused across entries (their capacity stays).
    QByteArray canonical;
    QByteArray fields;
    RecordChain::StoredRevision r;

    // Which fields of a changed revision or tombstone differ: NoteService writes each one's
    // canonical form into the audit log; a copy that hashes to the chain entry is the original.
    SqliteStatement audit(h,
                          "SELECT before_json, after_json FROM audit_log WHERE entity = 'note' "
                          "AND entity_id = ? ORDER BY id");
    const auto diagnose = [&](const char *kind, qint64 noteId, qint64 entryId, QByteArrayView prev,
                              QByteArrayView stored, const QByteArray &recomputed) {
        QStringList differ;
        if (!audit.ok())
            return differ;
        const QString idKey
                = QString::fromLatin1(qstrcmp(kind, "revision") == 0 ? "revision_id" : "note_id");
        const QString id = QString::number(qstrcmp(kind, "revision") == 0 ? entryId : noteId);
        const QJsonObject now = QJsonDocument::fromJson(recomputed).object();
        audit.bind(1, noteId);
        while (audit.step() && differ.isEmpty()) {
            for (int column : {0, 1}) {
                const QJsonObject original
                        = QJsonDocument::fromJson(audit.utf8(column).toByteArray()).object();
                if (original.value(QStringLiteral("kind")).toString() != QLatin1String(kind)
                    || original.value(idKey).toString() != id)
                    continue;
                const QByteArray bytes = QJsonDocument(original).toJson(QJsonDocument::Compact);
                if (sha.hex(prev, bytes) != stored)
                    continue; // not the chained original
                QStringList keys = original.keys() + now.keys();
                keys.removeDuplicates();
                keys.sort();
                for (const QString &key : std::as_const(keys)) {
                    if (original.value(key) != now.value(key))
                        differ << key;
                }
                break;
            }
        }
        audit.reset();
        return differ;
    };

    QByteArray expectedPrev = RecordChain::genesisHash().toLatin1();
    const QByteArray expectedHead = m_expectedHead.toLatin1();
    QByteArray computedPrev; // what the previous entry's hash should have been
    bool prevMismatch = false;
    qint64 lastSeq = 0;
    Stream *matched = nullptr; // the stream whose current row the last entry used
    while (chain.step()) {
        if (matched) {
            matched->next();
            matched = nullptr;
        }
        const qint64 seq = chain.int64(0);
        const QByteArrayView kind = chain.utf8(1);
        const qint64 entryId = chain.int64(2);
        const QByteArrayView prevHash = chain.utf8(3);
        const QByteArrayView storedHash = chain.utf8(4);
        ++report.chainEntries;
        if (progress && (report.chainEntries % 100000 == 0))
            progress(report.chainEntries, total);

        if (seq != lastSeq + 1)
            problems.add(seq, QString::fromLatin1(kind), entryId, 0,
                         tr("record chain: entries %1 to %2 are missing (deleted)")
                                 .arg(lastSeq + 1)
                                 .arg(seq - 1));
        if (prevHash != expectedPrev) {
            if (prevMismatch && prevHash == computedPrev) {
                // The previous entry's data is intact; its stored hash was changed.
                if (Problem *p = problems.last())
                    p->message = tr("note %1: %2 %3 (chain entry %4): the hash stored in the "
                                    "record chain was altered (the entry's data is intact)")
                                         .arg(p->noteId)
                                         .arg(p->kind)
                                         .arg(p->entryId)
                                         .arg(p->seq);
            } else {
                problems.add(seq, QString::fromLatin1(kind), entryId, 0,
                             tr("record chain entry %1: its previous hash does not match entry "
                                "%2 (the chain was cut or rewritten)")
                                     .arg(seq)
                                     .arg(lastSeq));
            }
        }
        lastSeq = seq;
        expectedPrev.resize(0);
        expectedPrev.append(storedHash);
        if (!expectedHead.isEmpty() && report.expectedHeadSeq == 0 && storedHash == expectedHead)
            report.expectedHeadSeq = seq;
        prevMismatch = false;

        Stream *stream = kind == "revision" ? &revisions
                : kind == "tombstone"       ? &tombstones
                : kind == "attachment"      ? &attachments
                                            : nullptr;
        if (!stream) {
            problems.add(seq, QString::fromLatin1(kind), entryId, 0,
                         tr("record chain entry %1 has an unknown kind \"%2\"")
                                 .arg(seq)
                                 .arg(QString::fromUtf8(kind.toByteArray())));
            continue;
        }
        while (stream->has && stream->seq() < seq) {
            unchained(*stream, stream->kind);
            stream->next();
        }
        if (!stream->has || stream->seq() != seq || stream->stmt.int64(1) != entryId) {
            problems.add(seq, QString::fromLatin1(kind), entryId, 0,
                         tr("record chain entry %1: %2 %3 is missing from the file (deleted)")
                                 .arg(seq)
                                 .arg(QString::fromLatin1(kind))
                                 .arg(entryId));
            if (stream->has && stream->seq() == seq) {
                unchained(*stream, stream->kind);
                stream->next();
            }
            continue;
        }

        const SqliteStatement &row = stream->stmt;
        matched = stream;
        qint64 noteId = 0;
        qint64 number = 0; // revision number or attachment id, for messages
        const auto what = [&] {
            return stream == &revisions     ? tr("revision %1").arg(number)
                    : stream == &tombstones ? tr("tombstone")
                                            : tr("attachment %1").arg(number);
        };
        if (stream == &revisions) {
            ++report.revisions;
            r.revisionId = row.int64(1);
            r.noteId = noteId = row.int64(2);
            r.clientId = row.int64(3);
            r.revision = row.int64(4);
            r.channel = row.utf8(5);
            r.direction = row.utf8(6);
            r.contactId = row.int64(7);
            r.contactName = row.utf8(8);
            r.occurredAt = row.utf8(9);
            r.recordedAt = row.utf8(10);
            r.authorId = row.int64(11);
            r.outcome = row.utf8(12);
            r.body = row.utf8(13);
            r.nextContactDate = row.utf8(14);
            r.noFollowUp = row.int64(15) != 0;
            r.templateKey = row.utf8(16);
            parseIds(row.utf8(18), r.invoiceIds);
            number = r.revision;
            const QByteArrayView storedFields = row.utf8(17);
            r.fields = QByteArrayView();
            if (!r.templateKey.isEmpty()) {
                QJsonParseError err;
                const QJsonDocument doc = QJsonDocument::fromJson(storedFields.toByteArray(), &err);
                if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                    problems.add(seq, QStringLiteral("revision"), entryId, noteId,
                                 tr("note %1 %2: the structured fields are not valid JSON "
                                    "(fields_json was altered)")
                                         .arg(noteId)
                                         .arg(what()));
                    continue;
                }
                fields = RecordChain::canonicalFields(doc.object());
                r.fields = fields;
            }
            if (row.isNull(3)) {
                problems.add(seq, QStringLiteral("revision"), entryId, noteId,
                             tr("note %1 %2: the note row is missing (deleted)")
                                     .arg(noteId)
                                     .arg(what()));
                continue;
            }
            RecordChain::canonicalRevision(r, canonical);
            // The hash covers the parsed fields; the stored text must be that exact form (and
            // '{}' for a note without a template, whose fields are not chained).
            if (r.templateKey.isEmpty() ? storedFields != "{}" : storedFields != fields) {
                problems.add(seq, QStringLiteral("revision"), entryId, noteId,
                             tr("note %1 %2: fields differ from the hash chain (fields_json was "
                                "rewritten)")
                                     .arg(noteId)
                                     .arg(what()));
                continue;
            }
        } else if (stream == &tombstones) {
            ++report.tombstones;
            noteId = row.int64(2);
            canonical = RecordChain::canonicalTombstone(noteId, row.text(3), row.int64(4),
                                                        row.text(5));
        } else {
            ++report.attachments;
            noteId = row.int64(5);
            number = row.int64(1);
            canonical = RecordChain::canonicalAttachment(row.int64(2), row.text(3), row.text(4));
        }
        const QByteArrayView computed = link(prevHash, canonical);
        if (computed != storedHash) {
            computedPrev = computed.toByteArray();
            prevMismatch = true;
            const QStringList differ = stream == &attachments
                    ? QStringList()
                    : diagnose(stream->kind, noteId, entryId, prevHash, storedHash, canonical);
            const QString detail = differ.isEmpty()
                    ? tr("the stored %1 differs from the hash chain")
                              .arg(QString::fromLatin1(stream->kind))
                    : differ.size() == 1 && differ.first() != QLatin1String("fields")
                    ? tr("%1 differs from the hash chain").arg(differ.first())
                    : tr("%1 differ from the hash chain").arg(differ.join(QStringLiteral(", ")));
            problems.add(seq, QString::fromLatin1(stream->kind), entryId, noteId,
                         tr("note %1 %2 (chain entry %3): %4")
                                 .arg(noteId)
                                 .arg(what())
                                 .arg(seq)
                                 .arg(detail));
        }
    }
    if (!chain.ok())
        return makeError(ErrorCode::Database, chain.error());
    if (matched)
        matched->next();
    // Rows after the last entry (or pointing past it).
    for (auto [s, kind] : {std::pair {&revisions, "revision"}, std::pair {&tombstones, "tombstone"},
                           std::pair {&attachments, "attachment"}}) {
        while (s->has) {
            unchained(*s, kind);
            s->next();
        }
        if (!s->stmt.ok())
            return makeError(ErrorCode::Database, s->stmt.error());
    }
    report.head = QString::fromLatin1(expectedPrev);
    if (!expectedHead.isEmpty() && report.expectedHeadSeq == 0)
        problems.add(0, QStringLiteral("head"), 0, 0,
                     tr("the recorded chain head %1 is not in the record chain: the chain was "
                        "rewritten since it was recorded")
                             .arg(m_expectedHead));
    if (progress)
        progress(report.chainEntries, total);
    report.chainMs = timer.restart();

    // 3. Attachment content: SHA-256 and size of every blob.
    {
        SqliteStatement blobs(h, "SELECT sha256, size, content FROM attachment_blobs");
        SqliteStatement user(h,
                             "SELECT a.id, r.note_id FROM note_attachments a JOIN note_revisions "
                             "r ON r.id = a.revision_id WHERE a.sha256 = ? ORDER BY a.id LIMIT 1");
        if (!blobs.ok())
            return makeError(ErrorCode::Database, blobs.error());
        if (!user.ok())
            return makeError(ErrorCode::Database, user.error());
        while (blobs.step()) {
            ++report.blobs;
            const QByteArrayView content = blobs.blob(2);
            const QByteArray actual = sha.hex(content, QByteArrayView()).toByteArray();
            const QString name = blobs.text(0);
            const bool hashDiffers = blobs.utf8(0) != actual;
            if (!hashDiffers && blobs.int64(1) == content.size())
                continue;
            // Name a note that uses it (rare: only on a problem).
            qint64 noteId = 0, attachmentId = 0;
            user.bind(1, name);
            if (user.step()) {
                attachmentId = user.int64(0);
                noteId = user.int64(1);
            }
            user.reset();
            const QString owner = noteId
                    ? tr("note %1 attachment %2: ").arg(noteId).arg(attachmentId)
                    : QString();
            if (hashDiffers)
                problems.add(0, QStringLiteral("blob"), attachmentId, noteId,
                             owner
                                     + tr("attachment content %1: its bytes hash to %2 (the "
                                          "content was changed)")
                                               .arg(name, QString::fromLatin1(actual)));
            else
                problems.add(0, QStringLiteral("blob"), attachmentId, noteId,
                             owner
                                     + tr("attachment content %1: size says %2 bytes, the content "
                                          "has %3")
                                               .arg(name)
                                               .arg(blobs.int64(1))
                                               .arg(content.size()));
        }
        if (!blobs.ok())
            return makeError(ErrorCode::Database, blobs.error());
    }
    report.blobsMs = timer.restart();

    if (sideThread.joinable())
        sideThread.join();
    if (!side.error.isEmpty())
        return makeError(ErrorCode::Database, side.error);
    report.integrityMs = side.integrityMs;
    report.foreignKeysMs = side.foreignKeysMs;
    // Integrity problems first (the file itself is damaged), foreign keys last.
    QList<Problem> ordered = side.integrity;
    ordered += report.problems;
    ordered += side.foreignKeys;
    if (ordered.size() > kMaxProblems) {
        ordered.resize(kMaxProblems);
        report.truncated = true;
    }
    report.problems = ordered;

    return report;
}

} // namespace ardesk
