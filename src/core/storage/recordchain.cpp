// SPDX-License-Identifier: MIT
#include "core/storage/recordchain.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk {

QString RecordChain::genesisHash()
{
    return QString(64, u'0');
}

QByteArray RecordChain::canonicalRevision(const Note &n)
{
    QJsonArray invoices;
    QList<qint64> ids = n.invoiceIds;
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        invoices.append(QString::number(id));
    // QJsonObject serializes keys in sorted order: the form is deterministic.
    const QJsonObject o {
            {QStringLiteral("kind"), QStringLiteral("revision")},
            {QStringLiteral("revision_id"), QString::number(n.revisionId)},
            {QStringLiteral("note_id"), QString::number(n.id)},
            {QStringLiteral("revision"), n.revision},
            {QStringLiteral("client_id"), QString::number(n.clientId)},
            {QStringLiteral("channel"), toString(n.channel)},
            {QStringLiteral("direction"), toString(n.direction)},
            {QStringLiteral("contact_id"), QString::number(n.contactId)},
            {QStringLiteral("contact_name"), n.contactName},
            {QStringLiteral("occurred_at"), timeutil::toStorage(n.occurredAt)},
            {QStringLiteral("recorded_at"), timeutil::toStorage(n.recordedAt)},
            {QStringLiteral("author_id"), QString::number(n.authorId)},
            {QStringLiteral("outcome"), toString(n.outcome)},
            {QStringLiteral("body"), n.text},
            {QStringLiteral("next_contact_date"), timeutil::toStorage(n.nextContactDate)},
            {QStringLiteral("no_follow_up"), n.noFollowUpNeeded},
            {QStringLiteral("invoice_ids"), invoices},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray RecordChain::canonicalTombstone(qint64 noteId, const QString &reason, qint64 authorId,
                                           const QString &recordedAt)
{
    const QJsonObject o {{QStringLiteral("kind"), QStringLiteral("tombstone")},
                         {QStringLiteral("note_id"), QString::number(noteId)},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("author_id"), QString::number(authorId)},
                         {QStringLiteral("recorded_at"), recordedAt}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray RecordChain::canonicalAttachment(qint64 revisionId, const QString &sha256,
                                            const QString &displayName)
{
    const QJsonObject o {{QStringLiteral("kind"), QStringLiteral("attachment")},
                         {QStringLiteral("revision_id"), QString::number(revisionId)},
                         {QStringLiteral("sha256"), sha256},
                         {QStringLiteral("display_name"), displayName}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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
