// SPDX-License-Identifier: MIT
#include "cli/clihelp.h"

#include <QStringList>

namespace ardesk::cli {
namespace {

/// One entry of the help: the commands it is about (space separated: what `COMMAND --help`
/// matches), its syntax lines as typed (never translated; lines after the first are indented
/// as they should print) and what it does (translated, wrapped; may be empty).
struct Entry
{
    const char *commands;
    const char *syntax;
    const char *text;
};

// clang-format off
const Entry kEntries[] = {
    {"init", "init [--company NAME] [--currency CODE]",
     QT_TRANSLATE_NOOP("CliHelp", "create an empty company file")},
    {"demo", "demo [--clients N] [--seed S] [--as-of YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("CliHelp", "fill an empty file with demo data")},
    {"clients",
     "clients [--filter TEXT] [--sort code|name|status|balance|overdue|days|next|clerk]\n"
     "        [--asc|--desc] [--limit N] [--as-of YYYY-MM-DD] [--owing] [--no-contact DAYS]",
     QT_TRANSLATE_NOOP("CliHelp", "the client list with balances, sorted and filtered as in the window; "
                                  "--owing: only clients who owe a balance; --no-contact: only those "
                                  "nobody has called, e-mailed, texted, written to or met in DAYS days")},
    {"invoices", "invoices --client CODE [--open]", QT_TRANSLATE_NOOP("CliHelp", "a client's invoices")},
    {"aging", "aging [--as-of YYYY-MM-DD] [--client CODE]",
     QT_TRANSLATE_NOOP("CliHelp", "open receivables by age, per currency")},
    {"invoice",
     "invoice add --client CODE --number N --amount A [--issue D] [--due D] [--po P]", ""},
    {"invoice", "invoice write-off NUMBER --reason R [--date D]", ""},
    {"invoice", "invoice credit-note NUMBER --amount A --reason R [--number CN] [--date D]", ""},
    {"invoice",
     "invoice edit NUMBER [--number NEW] [--issue D] [--due D] [--amount A] [--po P]\n"
     "             [--currency C]",
     QT_TRANSLATE_NOOP("CliHelp", "audited; the paid part cannot shrink")},
    {"invoice", "invoice attach --number N FILE",
     QT_TRANSLATE_NOOP("CliHelp", "the invoice's document (its PDF)")},
    {"invoice", "invoice documents import DIR",
     QT_TRANSLATE_NOOP("CliHelp", "attach the files of DIR named by invoice number")},
    {"payment",
     "payment add --client CODE --amount A [--date D] [--method M] [--reference R]\n"
     "            [--invoice N] [--allocate NUMBER=AMOUNT]...",
     QT_TRANSLATE_NOOP("CliHelp", "applied to the oldest invoices first (--invoice N first), or by hand with "
                 "--allocate")},
    {"payment", "payment list --client CODE | payment void ID --reason R", ""},
    {"credit-hold", "credit-hold [--as-of YYYY-MM-DD] [--dry-run]",
     QT_TRANSLATE_NOOP("CliHelp", "hold the clients with an invoice 60+ days late")},
    {"hold release", "hold --client CODE --reason TEXT | release --client CODE [--reason TEXT]",
     ""},
    {"import",
     "import clients|invoices|payments|contacts FILE [--preset NAME]\n"
     "       [--map SOURCE=FIELD]... [--mapping F.json] [--date-format FMT]\n"
     "       [--decimal .|,] [--currency CODE] [--encoding utf-8|windows-1252|latin1]\n"
     "       [--delimiter ,|;|tab] [--create-clients] [--dry-run]",
     QT_TRANSLATE_NOOP("CliHelp", "all or nothing; exit 3 on bad rows")},
    {"user",
     "user add NAME --role sales|clerk|manager|admin [--display-name TEXT]\n"
     "         [--email ADDR] [--signature TEXT] [--password-stdin] [--inactive]",
     QT_TRANSLATE_NOOP("CliHelp", "(an admin) --role R,R or --role R --role R: several roles (an admin is not a "
                 "clerk); on a team database also the user's login, with the password read "
                 "from standard input")},
    {"user",
     "user edit NAME [--role R] [--display-name TEXT] [--email ADDR|\"\"]\n"
     "         [--signature TEXT] [--deactivate|--activate]",
     QT_TRANSLATE_NOOP("CliHelp", "the reminders of the user's clients and the user's own e-mails speak with "
                 "this name, address (Reply-To) and signature; on a team database --deactivate "
                 "also stops the user's login from connecting and ends its sessions")},
    {"user", "user list", ""},
    {"settings",
     "settings company [--name N] [--address A] [--currency C] [--locale L]\n"
     "                 [--time-zone AREA/CITY] [--fiscal-start MONTH]\n"
     "                 [--attachment-max-mb N] [--discount-wording TEXT]\n"
     "                 [--late-penalty-wording TEXT] [--remittance TEXT]\n"
     "                 [--backup on|off] [--backup-folder DIR] [--backup-days N]\n"
     "                 [--backup-months M]",
     QT_TRANSLATE_NOOP("CliHelp", "the time zone decides the company's \"today\" (the default of every "
                 "--as-of)")},
    {"settings", "settings queue [--weight NAME=VALUE]... | --reset | --show",
     QT_TRANSLATE_NOOP("CliHelp", "the Today queue's priority weights (amount_overdue, days_overdue, "
                 "broken_promises, days_since_contact, over_credit_limit): each 0–100, "
                 "together 100")},
    {"settings",
     "settings smtp --host H --port P --security tls|starttls|none --login U --from ADDR\n"
     "              [--from-name N] [--reply-to ADDR] [--signature TEXT] [--ca-file PEM]\n"
     "              [--auth password|xoauth2] [--rate-per-minute N] [--rate-per-day N]\n"
     "              [--password-stdin]",
     QT_TRANSLATE_NOOP("CliHelp", "--login is the SMTP login; the password goes to the OS keychain, or set "
                 "ARDESK_SMTP_PASSWORD when sending")},
    {"note",
     "note add --client CODE --channel call|email|text|meeting|letter|internal --text T\n"
     "         [--direction in|out] [--contact NAME] [--outcome O] [--occurred-at ISO]\n"
     "         [--attach FILE]... [--invoice NUMBER]...\n"
     "         [--next-contact D | --no-follow-up]\n"
     "         [--promise AMOUNT:DATE] [--template KEY --field KEY=VALUE ...] [--author U]",
     ""},
    {"note", "note list --client CODE", QT_TRANSLATE_NOOP("CliHelp", "the client's notes, newest first")},
    {"note", "note show ID", QT_TRANSLATE_NOOP("CliHelp", "a note with its full history")},
    {"note", "note amend ID --text T [--outcome O] [--next-contact D] [--attach FILE]...", ""},
    {"note", "note delete ID --reason R", QT_TRANSLATE_NOOP("CliHelp", "a tombstone; the note stays readable")},
    {"backup", "backup --out FILE [--force]",
     QT_TRANSLATE_NOOP("CliHelp", "an online copy (safe while the window is open), proved by the integrity "
                 "check and verify before it counts; prints the chain head (an admin)")},
    {"restore", "restore BACKUP --to TARGET [--force]",
     QT_TRANSLATE_NOOP("CliHelp", "proves BACKUP, keeps TARGET as TARGET.replaced-YYYYMMDD-HHMMSS and copies "
                 "atomically; a TARGET with newer changes needs --force (an admin of the "
                 "backup; no --db)")},
    {"team", "team init postgresql://… [--company NAME] [--currency CODE]",
     QT_TRANSLATE_NOOP("CliHelp", "a company in an empty team database: schema, group roles, --user as its "
                 "first admin (a login)")},
    {"team", "team import FILE.ardesk --to postgresql://…",
     QT_TRANSLATE_NOOP("CliHelp", "the whole company file into an empty team database (a superuser login); its "
                 "users become logins; prints both chain heads")},
    {"team", "team export postgresql://… --to FILE.ardesk [--force]",
     QT_TRANSLATE_NOOP("CliHelp", "the team database into a new company file (a backup); prints both chain "
                 "heads")},
    {"verify", "verify [--expect-head HASH]",
     QT_TRANSLATE_NOOP("CliHelp", "integrity, foreign keys, hash chain, attachments; prints the chain head, "
                 "exit 1 naming the first bad entry")},
    {"search",
     "search QUERY [--client CODE] [--channel C] [--author NAME] [--from D] [--to D]\n"
     "       [--limit N] [--offset N]",
     QT_TRANSLATE_NOOP("CliHelp", "notes by words (the last word also as a prefix)")},
    {"policy", "policy list | policy assign --client CODE --policy NAME|none", ""},
    {"remind", "remind [--as-of D] [--dry-run]",
     QT_TRANSLATE_NOOP("CliHelp", "apply the reminder policies (queue e-mails, tasks, credit holds); a second "
                 "run the same day does nothing")},
    {"why", "why --client CODE [--as-of D]",
     QT_TRANSLATE_NOOP("CliHelp", "each overdue invoice: steps done, next, holds")},
    {"promises", "promises [--client CODE] [--as-of D] | promises rates [--as-of D]", ""},
    {"queue", "queue [--user NAME] [--as-of D]",
     QT_TRANSLATE_NOOP("CliHelp", "the Today queue of a user, with reasons and score; --json: {\"as_of\", "
                 "\"user\", \"items\": [...]}")},
    {"task", "task list [--user NAME] | task add --client CODE --text T [--due D] [--to USER]",
     ""},
    {"task", "task done ID | task snooze ID --until D | task reassign ID --to USER", ""},
    {"task", "task reassign-all --from USER --to USER", QT_TRANSLATE_NOOP("CliHelp", "(a manager)")},
    {"pause unpause",
     "pause --client CODE [--invoice N] --until D --reason R | unpause --client CODE\n"
     "      [--invoice N] [--reason R]",
     ""},
    {"dispute", "dispute list [--user NAME] | dispute resolve|reject ID --reason R", ""},
    {"email",
     "email --client CODE --template NAME [--to CONTACT]... [--cc CONTACT]...\n"
     "      [--attach FILE]... [--invoice NUMBER]... [--promise AMOUNT:DATE] [--dry-run]\n"
     "      [--override-reason TEXT]",
     QT_TRANSLATE_NOOP("CliHelp", "queue a templated e-mail (default: to the billing contacts); --dry-run "
                 "prints it instead; a send the guard rules stop (pause, dispute, promise, "
                 "contact cap…) needs a manager's --override-reason")},
    {"email",
     "email --all [--filter TEXT] [--owing] [--min-days-late N] [--clerk USER]\n"
     "      [--segment S] [--status S] --template NAME [--dry-run]",
     QT_TRANSLATE_NOOP("CliHelp", "one message per matching client to its billing contacts; prints the count "
                 "and who is left out and why")},
    {"outbox", "outbox list [--status S]... [--limit N] | outbox send [--limit N]", ""},
    {"outbox", "outbox retry ID | outbox cancel ID | outbox show ID",
     QT_TRANSLATE_NOOP("CliHelp", "show prints the exact .eml bytes")},
    {"outbox", "outbox mark-sent ID",
     QT_TRANSLATE_NOOP("CliHelp", "a message of unknown delivery found in the sent mailbox: recorded as sent, "
                 "never sent again")},
    {"export",
     "export clients|aging|invoices|promises|kpi|activity --out FILE [--format csv|xlsx]\n"
     "       [--as-of D] [--client CODE] [--open] [--filter T] [--sort COL] [--asc|--desc]\n"
     "       [--period DAYS] [--by clerk|segment] [--exclude-disputed] (kpi)\n"
     "       [--since D] [--until D] [--channel C] [--author NAME] (activity)\n"
     "       [--delimiter comma|semicolon|tab] [--decimal .|,] [--bom]",
     QT_TRANSLATE_NOOP("CliHelp", "a table as CSV (RFC 4180, UTF-8) or XLSX (numbers as numbers, dates as "
                 "dates); text that a spreadsheet would run as a formula stays text")},
    {"statement", "statement --client CODE --out FILE.pdf [--as-of D]", ""},
    {"statement",
     "statement --out-dir DIR [--filter T] [--sort COL] [--asc|--desc] [--as-of D]",
     QT_TRANSLATE_NOOP("CliHelp", "a statement of account as PDF: every open item with its age, the total due "
                 "per currency, the late-payment wording and how to pay; --out-dir: one "
                 "CODE.pdf per listed client with an open balance")},
    {"case-file casefile",
     "case-file | casefile --client CODE --out FILE.pdf [--bundle FILE.zip]",
     QT_TRANSLATE_NOOP("CliHelp", "everything about the client for a dispute or a lawsuit (a manager or an "
                 "admin): ledger, disputes, promises, plans, every note revision and deletion, "
                 "attachments with SHA-256; each page's footer has the chain head and the "
                 "verify result; the bundle adds the attachment files and a manifest")},
    {"audit",
     "audit [--client CODE] [--user NAME] [--kind ENTITY[.ACTION]] [--since YYYY-MM-DD]\n"
     "      [--until D] [--limit N] [--as NAME]",
     QT_TRANSLATE_NOOP("CliHelp", "who changed what, newest first (a manager or an admin: --as, else the OS "
                 "login); --user and --kind filter, days are the company's; --json: [{\"id\", "
                 "\"at\", \"user\", \"entity\", \"entity_id\", \"client\", \"action\", "
                 "\"before\", \"after\"}]")},
    {"kpi", "kpi [--as-of D] [--period DAYS] [--by clerk|segment] [--exclude-disputed]\n"
            "    [--as NAME]",
     QT_TRANSLATE_NOOP("CliHelp", "DSO, countback DSO, best-possible DSO, CEI, % current, 90+ share, days to "
                 "pay, promises kept, per currency (a manager or an admin; docs/kpis.md); "
                 "--json: {\"as_of\", \"period_days\", \"excluding_disputed\", \"currencies\": "
                 "[...] (, \"groups\": [{\"key\", ...}])}")},
    {"activity",
     "activity [--user NAME] [--since D] [--until D] [--channel C] [--client CODE]\n"
     "         [--limit N] [--offset N] [--as NAME]",
     QT_TRANSLATE_NOOP("CliHelp", "every clerk's notes and sent e-mails, newest first, with per-clerk totals (a "
                 "manager or an admin: --as, else the OS login; --user filters)")},
};
// clang-format on

constexpr int kWidth = 80;
constexpr int kIndent = 2; ///< an entry's first syntax line
constexpr int kTextColumn = 36; ///< where descriptions stand

/// `text` in lines of at most `width` characters, broken at spaces (a longer word stands alone).
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

/// An entry as it prints: its syntax lines from column 3, then its description at column 37,
/// beside the last syntax line when that leaves two spaces; a short description after a long
/// last syntax line stands whole beside it when the line stays within 80 columns.
QString entryText(const Entry &e)
{
    const QString pad(kIndent, u' ');
    QStringList syntax = QString::fromUtf8(e.syntax).split(u'\n');
    for (QString &line : syntax)
        line.prepend(pad);
    const QString described = e.text[0] ? CliHelp::tr(e.text) : QString();
    if (!described.isEmpty() && syntax.last().size() > kTextColumn - 2
        && syntax.last().size() + 3 + described.size() <= kWidth) {
        // A short description fits whole after a long syntax line.
        syntax.last() += QStringLiteral("   ") + described;
        return syntax.join(u'\n') + u'\n';
    }
    QStringList text = wrapped(described, kWidth - kTextColumn);
    if (!text.isEmpty() && syntax.last().size() + 2 <= kTextColumn)
        syntax.last() = syntax.last().leftJustified(kTextColumn) + text.takeFirst();
    for (const QString &line : std::as_const(text))
        syntax << QString(kTextColumn, u' ') + line;
    return syntax.join(u'\n') + u'\n';
}

bool isAbout(const Entry &e, const QString &command)
{
    return QString::fromLatin1(e.commands).split(u' ').contains(command);
}

QString helpOf(const QString &command)
{
    const QString usage = CliHelp::tr("Usage:");
    const QString under(usage.size(), u' ');
    QString out = usage
            + QStringLiteral(
                          " ardesk-cli --db FILE [--user NAME] [--json] [--verbose] COMMAND ...\n")
            + under + QStringLiteral(" ardesk-cli COMMAND --help\n") + under
            + QStringLiteral(" ardesk-cli --help | --version\n\n") + CliHelp::tr("Commands:")
            + u'\n';
    for (const Entry &e : kEntries) {
        if (command.isEmpty() || isAbout(e, command))
            out += entryText(e);
    }
    out += u'\n';
    const QStringList closing {
            CliHelp::tr("--json prints machine-readable output (amounts as integer minor units "
                        "and a currency code) that is the same in every language."),
            CliHelp::tr("Exit status: 0 success, 1 failure, 2 usage error, 3 input refused "
                        "(import rows, a note; nothing written).")};
    for (const QString &paragraph : closing)
        out += wrapped(paragraph, kWidth).join(u'\n') + u'\n';
    return out;
}

} // namespace

QString CliHelp::text()
{
    return helpOf(QString());
}

QString CliHelp::text(const QString &command)
{
    for (const Entry &e : kEntries) {
        if (isAbout(e, command))
            return helpOf(command);
    }
    return helpOf(QString());
}

} // namespace ardesk::cli
