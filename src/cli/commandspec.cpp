// SPDX-License-Identifier: MIT
#include "cli/commandspec.h"

#include <algorithm>
#include <initializer_list>

namespace ardesk::cli {
namespace {

using Words = std::initializer_list<const char *>;

/// Options every command takes: the file, the acting user, the output form, logging, help and
/// the version.
constexpr Words kGlobalValues = {"db", "user"};
constexpr Words kGlobalFlags = {"json", "verbose", "help", "version"};

QStringList words(Words list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

CommandSpec spec(const char *command, const char *sub, int needs, Words values, Words flags = {},
                 const char *whenFlag = "")
{
    return CommandSpec {QString::fromLatin1(command),
                        QString::fromLatin1(sub),
                        QString::fromLatin1(whenFlag),
                        needs,
                        words(values),
                        words(flags)};
}

// The note options that `note add` and `note amend` share (applyOptions in cmdrecord.cpp).
#define ARDESK_NOTE_OPTIONS \
    "channel", "text", "direction", "contact", "outcome", "occurred-at", "attach", "invoice", \
            "next-contact", "promise", "template", "field", "author"

const QList<CommandSpec> &table()
{
    using S = CommandSpec;
    static const QList<CommandSpec> specs = {
            spec("init", "", S::NeedNothing, {"company", "currency"}),
            spec("demo", "", S::NeedNothing, {"clients", "seed", "as-of"}),
            spec("clients", "", S::NeedFile, {"filter", "sort", "limit", "as-of", "no-contact"},
                 {"asc", "desc", "owing"}),
            spec("invoices", "", S::NeedFile, {"client", "as-of"}, {"open"}),
            spec("aging", "", S::NeedFile, {"as-of", "client"}),
            spec("invoice", "add", S::NeedUser | S::NeedClient,
                 {"client", "number", "amount", "issue", "due", "po", "currency", "as-of"}),
            spec("invoice", "write-off", S::NeedUser, {"invoice", "reason", "date", "as-of"}),
            spec("invoice", "credit-note", S::NeedUser,
                 {"invoice", "amount", "reason", "number", "date", "as-of"}),
            spec("invoice", "edit", S::NeedUser,
                 {"invoice", "number", "issue", "due", "amount", "po", "currency"}),
            spec("invoice", "attach", S::NeedUser, {"number"}),
            spec("invoice", "documents", S::NeedUser, {}),
            spec("payment", "add", S::NeedUser | S::NeedClient,
                 {"client", "amount", "date", "method", "reference", "invoice", "allocate",
                  "currency", "as-of"}),
            spec("payment", "list", S::NeedClient, {"client"}),
            spec("payment", "void", S::NeedUser, {"reason"}),
            spec("credit-hold", "", S::NeedUser, {"as-of"}, {"dry-run"}),
            spec("hold", "", S::NeedUser | S::NeedClient, {"client", "reason"}),
            spec("release", "", S::NeedUser | S::NeedClient, {"client", "reason"}),
            spec("import", "", S::NeedUser,
                 {"preset", "map", "mapping", "date-format", "decimal", "currency", "encoding",
                  "delimiter"},
                 {"create-clients", "dry-run"}),
            spec("user", "add", S::NeedUser, {"role", "display-name", "email", "signature"},
                 {"password-stdin", "inactive"}),
            spec("user", "edit", S::NeedUser, {"role", "display-name", "email", "signature"},
                 {"deactivate", "activate"}),
            spec("user", "list", S::NeedFile, {}),
            spec("settings", "company", S::NeedUser,
                 {"name", "address", "currency", "locale", "time-zone", "fiscal-start",
                  "attachment-max-mb", "discount-wording", "late-penalty-wording", "remittance",
                  "backup", "backup-folder", "backup-days", "backup-months"}),
            spec("settings", "queue", S::NeedUser, {"weight"}, {"show", "reset"}),
            // The SMTP login is --login; --user, when given, is the acting user (audit row).
            spec("settings", "smtp", S::NeedFile,
                 {"host", "port", "security", "auth", "login", "smtp-user", "from", "from-name",
                  "reply-to", "signature", "ca-file", "rate-per-minute", "rate-per-day",
                  "max-attempts"},
                 {"password-stdin"}),
            spec("note", "add", S::NeedUser | S::NeedClient, {"client", ARDESK_NOTE_OPTIONS},
                 {"no-follow-up"}),
            spec("note", "list", S::NeedUser | S::NeedClient, {"client", "limit"}),
            spec("note", "show", S::NeedUser, {}),
            spec("note", "amend", S::NeedUser, {"expect-revision", ARDESK_NOTE_OPTIONS},
                 {"no-follow-up"}),
            spec("note", "delete", S::NeedUser, {"reason"}),
            spec("verify", "", S::NeedFile, {"expect-head"}),
            spec("backup", "", S::NeedNothing, {"out"}, {"force"}),
            spec("restore", "", S::NeedNothing, {"to"}, {"force"}),
            spec("team", "init", S::NeedNothing, {"company", "currency"}),
            spec("team", "import", S::NeedNothing, {"to"}),
            spec("team", "export", S::NeedNothing, {"to"}, {"force"}),
            spec("search", "", S::NeedFile,
                 {"client", "channel", "author", "from", "to", "limit", "offset"}),
            spec("policy", "list", S::NeedFile, {}),
            spec("policy", "assign", S::NeedUser | S::NeedClient, {"client", "policy"}),
            spec("promises", "rates", S::NeedFile, {"as-of"}),
            spec("promises", "", S::NeedFile, {"client", "as-of"}),
            spec("remind", "", S::NeedUser, {"as-of"}, {"dry-run"}),
            spec("why", "", S::NeedClient, {"client", "as-of"}),
            spec("queue", "", S::NeedUser, {"as-of"}),
            spec("task", "list", S::NeedUserIfGiven, {}),
            spec("task", "add", S::NeedUser | S::NeedClient,
                 {"client", "text", "due", "to", "as-of"}),
            spec("task", "done", S::NeedUser, {}),
            spec("task", "snooze", S::NeedUser, {"until"}),
            spec("task", "reassign", S::NeedUser, {"to"}),
            spec("task", "reassign-all", S::NeedUser, {"from", "to"}),
            spec("pause", "", S::NeedUser | S::NeedClient,
                 {"client", "invoice", "until", "reason"}),
            spec("unpause", "", S::NeedUser | S::NeedClient,
                 {"client", "invoice", "reason", "as-of"}),
            spec("dispute", "list", S::NeedUserIfGiven, {}),
            spec("dispute", "resolve", S::NeedUser, {"reason"}),
            spec("dispute", "reject", S::NeedUser, {"reason"}),
            spec("email", "", S::NeedUser,
                 {"filter", "template", "as-of", "clerk", "segment", "status", "min-days-late"},
                 {"all", "dry-run", "owing"}, "all"),
            spec("email", "", S::NeedUser | S::NeedClient,
                 {"client", "template", "to", "cc", "attach", "invoice", "promise", "as-of",
                  "override-reason"},
                 {"dry-run"}),
            spec("outbox", "list", S::NeedFile, {"status", "limit"}),
            spec("outbox", "show", S::NeedFile, {}),
            spec("outbox", "send", S::NeedUser, {"limit"}),
            spec("outbox", "retry", S::NeedUser, {}),
            spec("outbox", "cancel", S::NeedUser, {}),
            spec("outbox", "mark-sent", S::NeedUser, {}),
            // --user filters by who made the changes; the reader is --as (else the OS login).
            spec("export", "", S::NeedUser,
                 {"format", "out", "as-of", "client", "filter", "sort", "delimiter", "decimal",
                  "period", "by", "since", "until", "channel", "author"},
                 {"open", "bom", "asc", "desc", "exclude-disputed"}),
            spec("statement", "", S::NeedUser,
                 {"client", "out", "out-dir", "as-of", "filter", "sort"}, {"asc", "desc"}),
            spec("case-file", "", S::NeedUser | S::NeedClient, {"client", "out", "bundle"}),
            spec("casefile", "", S::NeedUser | S::NeedClient, {"client", "out", "bundle"}),
            spec("audit", "", S::NeedFile, {"client", "kind", "since", "until", "limit", "as"}),
            // kpi: the reader is --as, else --user. activity: --user filters by clerk.
            spec("kpi", "", S::NeedFile, {"as-of", "period", "by", "as"}, {"exclude-disputed"}),
            spec("activity", "", S::NeedFile,
                 {"since", "until", "channel", "client", "limit", "offset", "as"}),
    };
    return specs;
}

#undef ARDESK_NOTE_OPTIONS

} // namespace

const CommandSpec *CommandSpec::find(const QString &command, const QString &sub,
                                     const Arguments &args)
{
    const CommandSpec *own = nullptr;
    bool hasSubcommands = false;
    for (const CommandSpec &s : table()) {
        if (s.command != command || (!s.whenFlag.isEmpty() && !args.flag(s.whenFlag)))
            continue;
        if (s.sub.isEmpty()) {
            if (!own)
                own = &s;
        } else if (s.sub == sub) {
            return &s;
        } else {
            hasSubcommands = true;
        }
    }
    // A command with subcommands and no entry of its own (`invoice frob`) has no spec: the
    // command itself says which subcommands there are.
    return own || !hasSubcommands ? own : nullptr;
}

bool CommandSpec::exists(const QString &command)
{
    const QList<CommandSpec> &all = table();
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const CommandSpec &s) { return s.command == command; });
}

const QSet<QString> &CommandSpec::allValueOptions()
{
    static const QSet<QString> all = [] {
        QSet<QString> set;
        for (const QString &w : words(kGlobalValues))
            set.insert(w);
        for (const CommandSpec &s : table())
            for (const QString &w : s.values)
                set.insert(w);
        return set;
    }();
    return all;
}

const QSet<QString> &CommandSpec::allFlags()
{
    static const QSet<QString> all = [] {
        QSet<QString> set;
        for (const QString &w : words(kGlobalFlags))
            set.insert(w);
        for (const CommandSpec &s : table())
            for (const QString &w : s.flags)
                set.insert(w);
        return set;
    }();
    return all;
}

Result<void> CommandSpec::check(const Arguments &args) const
{
    static const QStringList globals = words(kGlobalValues) + words(kGlobalFlags);
    for (const QString &name : args.given()) {
        if (!globals.contains(name) && !values.contains(name) && !flags.contains(name))
            return makeError(ErrorCode::InvalidValue,
                             tr("'%1' does not take --%2").arg(title(), name));
    }
    return {};
}

QString CommandSpec::title() const
{
    QString t = command;
    if (!sub.isEmpty())
        t += u' ' + sub;
    if (!whenFlag.isEmpty())
        t += QStringLiteral(" --") + whenFlag;
    return t;
}

} // namespace ardesk::cli
