// SPDX-License-Identifier: MIT
#include "core/storage/recordchain.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <algorithm>

#include <QCryptographicHash>

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
    {
        m_out.reserve(512);
        m_out += '{';
    }
    CanonicalWriter &text(const char *key, QStringView value)
    {
        name(key);
        string(value);
        return *this;
    }
    CanonicalWriter &number(const char *key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
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
            m_out += QByteArray::number(ids[i]);
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

private:
    void name(const char *key)
    {
        if (m_out.size() > 1)
            m_out += ',';
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    void string(QStringView value)
    {
        static const char hex[] = "0123456789abcdef";
        const QByteArray utf8 = value.toUtf8();
        m_out += '"';
        for (char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
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
                if (u < 0x20) {
                    m_out += "\\u00";
                    m_out += hex[u >> 4];
                    m_out += hex[u & 0xF];
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }
    QByteArray m_out;
};

QString idText(qint64 id)
{
    return QString::number(id);
}

} // namespace

QByteArray RecordChain::canonicalRevision(const Note &n)
{
    // Keys in sorted order.
    return CanonicalWriter()
            .text("author_id", idText(n.authorId))
            .text("body", n.text)
            .text("channel", toString(n.channel))
            .text("client_id", idText(n.clientId))
            .text("contact_id", idText(n.contactId))
            .text("contact_name", n.contactName)
            .text("direction", toString(n.direction))
            .idArray("invoice_ids", n.invoiceIds)
            .text("kind", u"revision")
            .text("next_contact_date", timeutil::toStorage(n.nextContactDate))
            .boolean("no_follow_up", n.noFollowUpNeeded)
            .text("note_id", idText(n.id))
            .text("occurred_at", timeutil::toStorage(n.occurredAt))
            .text("outcome", toString(n.outcome))
            .text("recorded_at", timeutil::toStorage(n.recordedAt))
            .number("revision", n.revision)
            .text("revision_id", idText(n.revisionId))
            .finish();
}

QByteArray RecordChain::canonicalTombstone(qint64 noteId, const QString &reason, qint64 authorId,
                                           const QString &recordedAt)
{
    return CanonicalWriter()
            .text("author_id", idText(authorId))
            .text("kind", u"tombstone")
            .text("note_id", idText(noteId))
            .text("reason", reason)
            .text("recorded_at", recordedAt)
            .finish();
}

QByteArray RecordChain::canonicalAttachment(qint64 revisionId, const QString &sha256,
                                            const QString &displayName)
{
    return CanonicalWriter()
            .text("display_name", displayName)
            .text("kind", u"attachment")
            .text("revision_id", idText(revisionId))
            .text("sha256", sha256)
            .finish();
}

QString RecordChain::link(const QString &prevHash, const QByteArray &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
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

Result<qint64> RecordChain::append(const QString &kind, qint64 entryId, const QByteArray &canonical)
{
    auto prev = head();
    if (!prev)
        return prev.error();
    const QString hash = link(prev.value(), canonical);
    auto r = sql::exec(m_db,
                       QStringLiteral("INSERT INTO record_chain (kind, entry_id, prev_hash, hash) "
                                      "VALUES (?,?,?,?)"),
                       {kind, entryId, prev.value(), hash});
    if (!r)
        return r.error();
    return r.value().lastInsertId().toLongLong();
}

} // namespace ardesk
