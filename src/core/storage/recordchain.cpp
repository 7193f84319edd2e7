// SPDX-License-Identifier: MIT
#include "core/storage/recordchain.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/sha256.h"
#include "core/support/timeutil.h"

#include <algorithm>

#include <QJsonDocument>

namespace ardesk {

QString RecordChain::genesisHash()
{
    return QString(64, u'0');
}

namespace {

/// Compact JSON written by hand, byte-for-byte what QJsonDocument::Compact writes for an object
/// whose keys are added here in sorted order (tested against QJsonDocument). Hand-written
/// because it runs for every entry of a bulk load, where QJsonObject costs a quarter of the time.
class CanonicalWriter
{
public:
    CanonicalWriter()
        : m_out(m_own)
    {
        m_out.reserve(512);
        m_out += '{';
    }
    /// Writes into `buffer` (cleared first; its capacity is reused across calls).
    explicit CanonicalWriter(QByteArray &buffer)
        : m_out(buffer)
    {
        m_out.resize(0);
        m_out += '{';
    }
    CanonicalWriter &text(const char *key, QStringView value)
    {
        name(key);
        string(value.toUtf8());
        return *this;
    }
    CanonicalWriter &utf8(const char *key, QByteArrayView value)
    {
        name(key);
        string(value);
        return *this;
    }
    CanonicalWriter &id(const char *key, qint64 value)
    {
        name(key);
        m_out += '"';
        decimal(value);
        m_out += '"';
        return *this;
    }
    /// A value that is already compact JSON (a nested object).
    CanonicalWriter &raw(const char *key, QByteArrayView json)
    {
        name(key);
        m_out += json;
        return *this;
    }
    CanonicalWriter &number(const char *key, qint64 value)
    {
        name(key);
        decimal(value);
        return *this;
    }
    CanonicalWriter &null(const char *key)
    {
        name(key);
        m_out += "null";
        return *this;
    }
    CanonicalWriter &boolean(const char *key, bool value)
    {
        name(key);
        m_out += value ? "true" : "false";
        return *this;
    }
    CanonicalWriter &idArray(const char *key, QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        name(key);
        m_out += '[';
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i)
                m_out += ',';
            m_out += '"';
            decimal(ids[i]);
            m_out += '"';
        }
        m_out += ']';
        return *this;
    }
    QByteArray finish()
    {
        m_out += '}';
        return std::move(m_out);
    }
    void finishInPlace() { m_out += '}'; }

private:
    void decimal(qint64 value)
    {
        char buf[24];
        char *end = buf + sizeof buf;
        char *p = end;
        quint64 v = value < 0 ? 0 - quint64(value) : quint64(value);
        do {
            *--p = char('0' + v % 10);
            v /= 10;
        } while (v);
        if (value < 0)
            *--p = '-';
        m_out.append(p, end - p);
    }
    void name(const char *key)
    {
        if (m_out.size() > 1)
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void string(QByteArrayView utf8)
    {
        static const char hex[] = "0123456789abcdef";
        m_out += '"';
        const char *p = utf8.data();
        const char *const end = p + utf8.size();
        const char *run = p; // characters that need no escape are copied in runs
        for (; p < end; ++p) {
            const auto u = static_cast<unsigned char>(*p);
            if (u >= 0x20 && u != '"' && u != '\\')
                continue;
            m_out.append(run, p - run);
            run = p + 1;
            switch (u) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xF];
            }
        }
        m_out.append(run, end - run);
        m_out += '"';
    }
    QByteArray m_own;
    QByteArray &m_out;
};

QString idText(qint64 id)
{
    return QString::number(id);
}

} // namespace

QByteArray RecordChain::canonicalFields(const QJsonObject &fields)
{
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray RecordChain::canonicalRevision(const Note &n)
{
    const QByteArray channel = toString(n.channel).toUtf8();
    const QByteArray direction = toString(n.direction).toUtf8();
    const QByteArray contactName = n.contactName.toUtf8();
    const QByteArray occurredAt = timeutil::toStorage(n.occurredAt).toUtf8();
    const QByteArray recordedAt = timeutil::toStorage(n.recordedAt).toUtf8();
    const QByteArray outcome = toString(n.outcome).toUtf8();
    const QByteArray body = n.text.toUtf8();
    const QByteArray next = timeutil::toStorage(n.nextContactDate).toUtf8();
    const QByteArray templateKey = n.templateKey.toUtf8();
    const QByteArray fields = n.templateKey.isEmpty() ? QByteArray() : canonicalFields(n.fields);
    StoredRevision s;
    s.revisionId = n.revisionId;
    s.noteId = n.id;
    s.clientId = n.clientId;
    s.authorId = n.authorId;
    s.contactId = n.contactId;
    s.revision = n.revision;
    s.channel = channel;
    s.direction = direction;
    s.contactName = contactName;
    s.occurredAt = occurredAt;
    s.recordedAt = recordedAt;
    s.outcome = outcome;
    s.body = body;
    s.nextContactDate = next;
    s.templateKey = templateKey;
    s.fields = fields;
    s.noFollowUp = n.noFollowUpNeeded;
    s.nextContactDateIsNull = !n.nextContactDate.isValid();
    s.invoiceIds = n.invoiceIds;
    return canonicalRevision(s);
}

QByteArray RecordChain::canonicalRevision(const StoredRevision &s)
{
    QByteArray out;
    out.reserve(512);
    canonicalRevision(s, out);
    return out;
}

void RecordChain::canonicalRevision(const StoredRevision &s, QByteArray &out)
{
    // Keys in sorted order; template_key and fields only for structured (template) notes; form
    // (and a null next contact date) from form 2 on.
    const bool structured = !s.templateKey.isEmpty();
    const bool form2 = s.form >= 2;
    CanonicalWriter w(out);
    w.id("author_id", s.authorId)
            .utf8("body", s.body)
            .utf8("channel", s.channel)
            .id("client_id", s.clientId)
            .id("contact_id", s.contactId)
            .utf8("contact_name", s.contactName)
            .utf8("direction", s.direction);
    if (structured)
        w.raw("fields", s.fields.isEmpty() ? QByteArrayView("{}") : s.fields);
    if (form2)
        w.number("form", s.form);
    w.idArray("invoice_ids", s.invoiceIds).utf8("kind", "revision");
    if (form2 && s.nextContactDateIsNull)
        w.null("next_contact_date");
    else
        w.utf8("next_contact_date", s.nextContactDate);
    w.boolean("no_follow_up", s.noFollowUp)
            .id("note_id", s.noteId)
            .utf8("occurred_at", s.occurredAt)
            .utf8("outcome", s.outcome)
            .utf8("recorded_at", s.recordedAt)
            .number("revision", s.revision)
            .id("revision_id", s.revisionId);
    if (structured)
        w.utf8("template_key", s.templateKey);
    w.finishInPlace();
}

QByteArray RecordChain::canonicalTombstone(qint64 noteId, const QString &reason, qint64 authorId,
                                           const QString &recordedAt, int form)
{
    CanonicalWriter w;
    w.text("author_id", idText(authorId));
    if (form >= 2)
        w.number("form", form);
    return w.text("kind", u"tombstone")
            .text("note_id", idText(noteId))
            .text("reason", reason)
            .text("recorded_at", recordedAt)
            .finish();
}

QByteArray RecordChain::canonicalAttachment(const StoredAttachment &a)
{
    if (a.form < 2)
        return CanonicalWriter()
                .text("display_name", a.displayName)
                .text("kind", u"attachment")
                .text("revision_id", idText(a.revisionId))
                .text("sha256", a.sha256)
                .finish();
    return CanonicalWriter()
            .text("claimed_mime", a.claimedMime)
            .text("display_name", a.displayName)
            .number("form", a.form)
            .text("kind", u"attachment")
            .text("mime_type", a.mimeType)
            .text("revision_id", idText(a.revisionId))
            .text("sha256", a.sha256)
            .finish();
}

QString RecordChain::link(const QString &prevHash, const QByteArray &canonical)
{
    Sha256 h;
    return QString::fromLatin1(h.addData(prevHash.toLatin1()).addData(canonical).hexResult());
}

Result<QString> RecordChain::head() const
{
    auto r = sql::scalar(m_db,
                         QStringLiteral("SELECT hash FROM record_chain ORDER BY seq DESC LIMIT 1"),
                         {}, genesisHash());
    if (!r)
        return r.error();
    return r.value().toString();
}

Result<void> RecordChain::lock()
{
    if (!sql::isPostgres(m_db))
        return {};
    if (!sql::inTransaction(m_db))
        return makeError(ErrorCode::Database,
                         tr("the record chain is only appended inside a write transaction"));
    // Any fixed key: every ARDesk session of the database takes this one.
    constexpr qint64 kChainLockKey = 0x41524465736b01; // "ARDesk" 01
    auto r = sql::scalar(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kChainLockKey});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> RecordChain::append(const QString &kind, qint64 entryId, const QByteArray &canonical)
{
    if (auto l = lock(); !l)
        return l.error();
    auto prev = head();
    if (!prev)
        return prev.error();
    const QString hash = link(prev.value(), canonical);
    if (sql::isPostgres(m_db)) {
        // A sequence number the identity handed out is gone for good when the save rolls back:
        // the next one follows the newest entry instead, so the chain has no gap (we hold the
        // lock).
        auto next = sql::scalar(
                m_db, QStringLiteral("SELECT COALESCE(max(seq), 0) + 1 FROM record_chain"));
        if (!next)
            return next.error();
        auto r = sql::write(
                m_db,
                QStringLiteral("INSERT INTO record_chain (seq, kind, entry_id, "
                               "prev_hash, hash, form) VALUES (?,?,?,?,?,?)"),
                {next.value().toLongLong(), kind, entryId, prev.value(), hash, kCurrentForm});
        if (!r)
            return r.error();
        return next.value().toLongLong();
    }
    // A file held at a schema before 15 has no form column. ARDesk migrates every file before
    // writing to it; only tests open one at an older version, and what they append there is not
    // verified after migration (it would be form 2 bytes under the column's default, form 1).
    // The version the file was opened at says it without asking the schema on every save.
    constexpr int kFormColumnSince = 15;
    const int version = Database::schemaVersionOf(m_db);
    bool hasForm = version >= kFormColumnSince;
    if (version < 0) { // a connection ARDesk did not open
        auto column = sql::scalar(m_db,
                                  QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                                 "'record_chain') WHERE name = 'form'"));
        if (!column)
            return column.error();
        hasForm = column.value().toInt() > 0;
    }
    auto r = !hasForm
            ? sql::write(m_db,
                         QStringLiteral("INSERT INTO record_chain (kind, entry_id, prev_hash, "
                                        "hash) VALUES (?,?,?,?)"),
                         {kind, entryId, prev.value(), hash})
            : sql::write(m_db,
                         QStringLiteral("INSERT INTO record_chain (kind, entry_id, prev_hash, "
                                        "hash, form) VALUES (?,?,?,?,?)"),
                         {kind, entryId, prev.value(), hash, kCurrentForm});
    if (!r)
        return r.error();
    return r.value().lastInsertId;
}

} // namespace ardesk
