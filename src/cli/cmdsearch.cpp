// SPDX-License-Identifier: MIT
// `ardesk-cli search QUERY`: full-text search over the notes (core/storage/notesearch.h).
#include "cli/cliapp.h"

#include "core/storage/notesearch.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "core/support/timeutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ardesk::cli {
namespace {

Result<int> countOption(const Arguments &args, const QString &name, int fallback)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const int n = args.value(name).toInt(&ok);
    if (!ok || n < 0)
        return makeError(
                ErrorCode::InvalidValue,
                CliApp::tr("--%1: \"%2\" is not a number of notes").arg(name, args.value(name)));
    return n;
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

} // namespace

int CliApp::cmdSearch(const Context &ctx)
{
    SearchQuery query;
    query.text = m_args.positionals().mid(1).join(u' ');
    query.markStart = QStringLiteral("«");
    query.markEnd = QStringLiteral("»");
    if (m_args.has(QStringLiteral("channel"))) {
        const QString channel = m_args.value(QStringLiteral("channel"));
        const auto parsed = noteChannelFromString(channel);
        if (!parsed)
            return usage(tr("--channel: \"%1\" is not one of call, email, text, "
                            "meeting, letter, internal")
                                 .arg(channel));
        query.channel = *parsed;
    }
    auto from = m_args.date(QStringLiteral("from"));
    if (!from)
        return usage(from.errorString());
    auto to = m_args.date(QStringLiteral("to"));
    if (!to)
        return usage(to.errorString());
    query.from = from.value();
    query.to = to.value();
    auto limit = countOption(m_args, QStringLiteral("limit"), 50);
    if (!limit)
        return usage(limit.errorString());
    auto offset = countOption(m_args, QStringLiteral("offset"), 0);
    if (!offset)
        return usage(offset.errorString());
    query.limit = limit.value();
    query.offset = offset.value();
    const bool hasFilter = m_args.has(QStringLiteral("client"))
            || m_args.has(QStringLiteral("channel")) || m_args.has(QStringLiteral("author"))
            || query.from.isValid() || query.to.isValid();
    if (query.text.trimmed().isEmpty() && !hasFilter)
        return usage(tr("search needs words to look for (or a filter)"));

    query.clientId = ctx.client.id;
    if (m_args.has(QStringLiteral("author"))) {
        const QString name = m_args.value(QStringLiteral("author"));
        auto author = UserRepository(*ctx.db).findByName(name);
        if (!author)
            return fail(tr("--author: no user named \"%1\"").arg(name));
        query.authorId = author.value().id;
    }

    auto found = NoteSearch(*ctx.db).run(query);
    if (!found)
        return fail(found.errorString());
    const SearchResults &results = found.value();

    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray hits;
        for (const SearchHit &h : results.hits) {
            hits.append(QJsonObject {
                    {QStringLiteral("note_id"), h.noteId},
                    {QStringLiteral("revision_id"), h.revisionId},
                    {QStringLiteral("client_id"), h.clientId},
                    {QStringLiteral("client_code"), h.clientCode},
                    {QStringLiteral("client_name"), h.clientName},
                    {QStringLiteral("occurred_at"), timeutil::toStorage(h.occurredAt)},
                    {QStringLiteral("channel"), toString(h.channel)},
                    {QStringLiteral("author"), h.authorName},
                    {QStringLiteral("contact"), h.contactName},
                    {QStringLiteral("contact_matched"), h.contactMatched},
                    {QStringLiteral("snippet"), h.snippet},
                    {QStringLiteral("matched_attachment"),
                     h.matchedAttachmentName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(h.matchedAttachmentName)},
                    {QStringLiteral("rank"), h.rank},
            });
        }
        printJson(QJsonObject {
                {QStringLiteral("query"), query.text},
                {QStringLiteral("total"), results.total},
                {QStringLiteral("total_is_lower_bound"), results.totalIsLowerBound},
                {QStringLiteral("offset"), query.offset},
                {QStringLiteral("snippet_marks"), QJsonArray {query.markStart, query.markEnd}},
                {QStringLiteral("hits"), hits}});
        return 0;
    }
    for (const SearchHit &h : results.hits) {
        QString snippet = oneLine(h.snippet);
        if (!h.matchedAttachmentName.isEmpty())
            snippet += tr("  [attachment: %1]").arg(oneLine(h.matchedAttachmentName));
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(dateformat::dateTimeIn(ctx.locale, h.occurredAt, ctx.db->timeZone()))
                         .arg(h.clientCode, -8)
                         .arg(toString(h.channel), -8)
                         .arg(h.authorName.left(16), -16)
                         .arg(snippet);
    }
    const QString total = results.totalIsLowerBound ? tr("more than %1").arg(results.total)
                                                    : QString::number(results.total);
    if (results.total == 0)
        m_out << tr("No notes match.") << "\n";
    else if (results.hits.isEmpty())
        m_out << tr("No notes after %1 (%2 in all).").arg(query.offset).arg(total) << "\n";
    else
        m_out << tr("%1-%2 of %3 notes")
                         .arg(query.offset + 1)
                         .arg(query.offset + results.hits.size())
                         .arg(total)
              << "\n";
    m_out.flush();
    return 0;
}

} // namespace ardesk::cli
