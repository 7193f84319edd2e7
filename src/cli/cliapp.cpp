// SPDX-License-Identifier: MIT
#include "cli/cliapp.h"

#include "cli/clihelp.h"
#include "cli/commandspec.h"
#include "cli/progressline.h"
#include "core/domain/money.h"
#include "core/import/csvimport.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/services/creditservice.h"
#include "core/services/demogenerator.h"
#include "core/services/invoicedocumentservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/settingsservice.h"
#include "core/services/userservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "core/support/log.h"
#include "core/support/paths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {
namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{ }

int CliApp::usage(const QString &problem)
{
    if (!problem.isEmpty()) {
        m_err << "ardesk-cli: " << problem << "\n" << tr("Try 'ardesk-cli --help'.") << "\n";
        m_err.flush();
        return 2;
    }
    m_out << CliHelp::text();
    m_out.flush();
    return 0;
}

int CliApp::fail(const QString &message, int code)
{
    QString oneLine = message;
    // The server went away mid-command: say so and where, whatever statement noticed it.
    if (m_db && m_db->isConnectionLost() && !message.contains(m_db->serverAddress()))
        oneLine = tr("lost the connection to the team database %1: %2")
                          .arg(m_db->serverAddress(), message);
    oneLine.replace(u'\n', u' ');
    m_err << "ardesk-cli: " << tr("error: %1").arg(oneLine) << "\n";
    m_err.flush();
    return code;
}

void CliApp::printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    m_out << QString::fromUtf8(text) << "\n";
    m_out.flush();
}

Result<QDate> CliApp::asOf() const
{
    if (!m_args.has(QStringLiteral("as-of")))
        return QDate(); // the company's today, known once the file is open
    const QString text = m_args.value(QStringLiteral("as-of"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return makeError(ErrorCode::InvalidValue,
                         tr("--as-of: \"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return d;
}

Result<QString> CliApp::dbPath() const
{
    const QString path = m_args.value(QStringLiteral("db"));
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("--db FILE is required"));
    return path; // a company file, or a team database's postgresql:// URL
}

Result<std::shared_ptr<Database>> CliApp::openDb(Database::OpenMode mode)
{
    auto path = dbPath();
    if (!path)
        return path.error();
    Database::Options options;
    options.mode = mode;
    options.clock = m_clock;
    return Database::open(path.value(), options);
}

Result<qint64> CliApp::currentUserId(const std::shared_ptr<Database> &db)
{
    const QString name = m_args.value(QStringLiteral("user"), paths::osLoginName());
    auto u = UserRepository(*db).findByName(name);
    if (!u)
        return makeError(ErrorCode::NotFound,
                         tr("no user named \"%1\" in %2 (add one with 'user add' or "
                            "pass --user)")
                                 .arg(name, db->path()));
    return u.value().id;
}

int CliApp::run(const QStringList &words)
{
    auto parsed = Arguments::parse(words, CommandSpec::allValueOptions(), CommandSpec::allFlags());
    if (!parsed)
        return usage(parsed.errorString());
    m_args = parsed.value();
    log::Options lo;
    lo.verbose = m_args.flag(QStringLiteral("verbose"));
    lo.bridgeQtMessages = true;
    log::init(lo);

    const QString command = m_args.positional(0);
    if (m_args.flag(QStringLiteral("help")) || command == QLatin1String("help")) {
        // `ardesk-cli aging --help`, `ardesk-cli help aging`: that command's entries.
        m_out << CliHelp::text(command == QLatin1String("help") ? m_args.positional(1) : command);
        m_out.flush();
        return 0;
    }
    if (m_args.flag(QStringLiteral("version"))) {
        m_out << "ardesk-cli " << QCoreApplication::applicationVersion() << "\n";
        m_out.flush();
        return 0;
    }
    if (command.isEmpty())
        return usage(tr("no command given"));
    if (!CommandSpec::exists(command))
        return usage(tr("unknown command '%1'").arg(command));
    const CommandSpec *spec = CommandSpec::find(command, m_args.positional(1), m_args);
    if (!spec)
        return dispatch(command, Context {}); // the command says which subcommands it has
    if (auto taken = spec->check(m_args); !taken) {
        // Before the file is opened: a refused command writes nothing.
        m_err << "ardesk-cli: " << tr("%1 (see 'ardesk-cli --help')").arg(taken.errorString())
              << "\n";
        m_err.flush();
        return 2;
    }
    if (spec->needs == CommandSpec::NeedNothing)
        return dispatch(command, Context {});
    int needs = spec->needs;
    if (needs == CommandSpec::NeedUserIfGiven)
        needs = m_args.has(QStringLiteral("user")) ? CommandSpec::NeedUser : CommandSpec::NeedFile;
    int exitCode = 0;
    const auto ctx = prepare(needs, exitCode);
    if (!ctx)
        return exitCode;
    return dispatch(command, *ctx);
}

int CliApp::dispatch(const QString &command, const Context &ctx)
{
    using Handler = int (CliApp::*)(const Context &);
    static const QHash<QString, Handler> handlers = {
            {QStringLiteral("clients"), &CliApp::cmdClients},
            {QStringLiteral("invoices"), &CliApp::cmdInvoices},
            {QStringLiteral("aging"), &CliApp::cmdAging},
            {QStringLiteral("invoice"), &CliApp::cmdInvoice},
            {QStringLiteral("payment"), &CliApp::cmdPayment},
            {QStringLiteral("credit-hold"), &CliApp::cmdCreditHoldRule},
            {QStringLiteral("import"), &CliApp::cmdImport},
            {QStringLiteral("user"), &CliApp::cmdUser},
            {QStringLiteral("settings"), &CliApp::cmdSettings},
            {QStringLiteral("note"), &CliApp::cmdNote},
            {QStringLiteral("verify"), &CliApp::cmdVerify},
            {QStringLiteral("search"), &CliApp::cmdSearch},
            {QStringLiteral("policy"), &CliApp::cmdPolicy},
            {QStringLiteral("promises"), &CliApp::cmdPromises},
            {QStringLiteral("remind"), &CliApp::cmdRemind},
            {QStringLiteral("why"), &CliApp::cmdWhy},
            {QStringLiteral("task"), &CliApp::cmdTask},
            {QStringLiteral("queue"), &CliApp::cmdQueue},
            {QStringLiteral("dispute"), &CliApp::cmdDispute},
            {QStringLiteral("email"), &CliApp::cmdEmail},
            {QStringLiteral("outbox"), &CliApp::cmdOutbox},
            {QStringLiteral("audit"), &CliApp::cmdAudit},
            {QStringLiteral("export"), &CliApp::cmdExport},
            {QStringLiteral("statement"), &CliApp::cmdStatement},
            {QStringLiteral("case-file"), &CliApp::cmdCaseFile},
            {QStringLiteral("casefile"), &CliApp::cmdCaseFile}, // PRODUCT.md §3's spelling
            {QStringLiteral("kpi"), &CliApp::cmdKpi},
            {QStringLiteral("activity"), &CliApp::cmdActivity},
    };
    if (command == QLatin1String("init"))
        return cmdInit();
    if (command == QLatin1String("demo"))
        return cmdDemo();
    if (command == QLatin1String("backup"))
        return cmdBackup();
    if (command == QLatin1String("restore"))
        return cmdRestore();
    if (command == QLatin1String("team"))
        return cmdTeam();
    if (command == QLatin1String("hold") || command == QLatin1String("release"))
        return cmdHold(ctx, command == QLatin1String("hold"));
    if (command == QLatin1String("pause") || command == QLatin1String("unpause"))
        return cmdPause(ctx, command == QLatin1String("pause"));
    return (this->*handlers.value(command))(ctx);
}

std::optional<CliApp::Context> CliApp::prepare(int needs, int &exitCode)
{
    Context ctx;
    auto date = asOf();
    if (!date) {
        exitCode = usage(date.errorString());
        return std::nullopt;
    }
    ctx.asOf = date.value();
    const QString code = m_args.value(QStringLiteral("client"));
    if ((needs & CommandSpec::NeedClient) == CommandSpec::NeedClient && code.isEmpty()) {
        exitCode = usage(tr("'%1' needs --client CODE").arg(m_args.positional(0)));
        return std::nullopt;
    }
    auto db = openDb(Database::OpenMode::ExistingOnly);
    if (!db) {
        exitCode = fail(db.errorString());
        return std::nullopt;
    }
    ctx.db = db.value();
    m_db = ctx.db;
    if (ctx.db->isDamaged())
        m_err << "ardesk-cli: "
              << tr("warning: %1 is damaged (%2): it is read only; restore it from a backup "
                    "(ardesk-cli restore)")
                         .arg(ctx.db->path(), ctx.db->damage())
              << "\n";
    else if (!ctx.db->notWritable().isEmpty())
        m_err << "ardesk-cli: "
              << tr("warning: %1 is read only: %2").arg(ctx.db->path(), ctx.db->notWritable())
              << "\n";
    auto company = CompanySettings::load(*ctx.db);
    if (!company) {
        exitCode = fail(company.errorString());
        return std::nullopt;
    }
    ctx.locale = QLocale(company.value().locale);
    if (!ctx.asOf.isValid())
        ctx.asOf = ctx.db->today();
    if ((needs & CommandSpec::NeedUser) == CommandSpec::NeedUser) {
        auto who = currentUserId(ctx.db);
        if (!who) {
            exitCode = fail(who.errorString());
            return std::nullopt;
        }
        ctx.userId = who.value();
    }
    if (!code.isEmpty()) {
        auto client = ClientRepository(*ctx.db).findByCode(code);
        if (!client) {
            exitCode = fail(tr("no client with code \"%1\"").arg(code));
            return std::nullopt;
        }
        ctx.client = client.value();
    }
    return ctx;
}

int CliApp::cmdInit()
{
    auto path = dbPath();
    if (!path)
        return fail(path.errorString());
    CompanySettings s;
    s.companyName = m_args.value(QStringLiteral("company"), QStringLiteral("My Company"));
    s.homeCurrency = m_args.value(QStringLiteral("currency"), QStringLiteral("USD"));
    const QString userName = m_args.value(QStringLiteral("user"), paths::osLoginName());
    Database::Options options;
    options.clock = m_clock;
    auto db = CompanyFile::create(path.value(), s, userName, options);
    if (!db && db.error().code == ErrorCode::Conflict)
        return fail(tr("%1 already exists; init creates a new company file").arg(path.value()));
    if (!db)
        return fail(db.errorString());
    if (m_args.flag(QStringLiteral("json")))
        printJson(QJsonObject {{QStringLiteral("path"), db.value()->path()},
                               {QStringLiteral("schema_version"), db.value()->schemaVersion()},
                               {QStringLiteral("user"), userName}});
    else
        m_out << tr("Created %1 (schema version %2, admin user %3)")
                         .arg(db.value()->path())
                         .arg(db.value()->schemaVersion())
                         .arg(userName)
              << "\n";
    return 0;
}

int CliApp::cmdDemo()
{
    DemoGenerator::Options o;
    bool ok = true;
    o.clients = m_args.value(QStringLiteral("clients"), QStringLiteral("200")).toInt(&ok);
    if (!ok || o.clients < 1)
        return usage(tr("--clients: \"%1\" is not a positive number")
                             .arg(m_args.value(QStringLiteral("clients"))));
    o.seed = m_args.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        return usage(
                tr("--seed: \"%1\" is not a number").arg(m_args.value(QStringLiteral("seed"))));
    auto date = asOf();
    if (!date)
        return usage(date.errorString());
    // A new file may be created; an existing one, even empty (0 bytes), must be a company.
    auto db = openDb(QFileInfo::exists(m_args.value(QStringLiteral("db")))
                             ? Database::OpenMode::ExistingOnly
                             : Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.errorString());
    o.asOf = date.value().isValid() ? date.value() : db.value()->today();
    QElapsedTimer timer;
    timer.start();
    const bool json = m_args.flag(QStringLiteral("json"));
    ProgressLine progress(m_err, json);
    auto stats = DemoGenerator(db.value()).generate(o, [&](int done, int total) {
        progress.count(QStringLiteral("demo"), done, total, tr("clients"));
    });
    progress.clear();
    if (!stats)
        return fail(stats.errorString());
    const auto &s = stats.value();
    if (json) {
        printJson(QJsonObject {{QStringLiteral("clients"), s.clients},
                               {QStringLiteral("contacts"), s.contacts},
                               {QStringLiteral("invoices"), s.invoices},
                               {QStringLiteral("payments"), s.payments},
                               {QStringLiteral("notes"), s.notes},
                               {QStringLiteral("promises"), s.promises},
                               {QStringLiteral("disputes"), s.disputes},
                               {QStringLiteral("attachments"), s.attachments},
                               {QStringLiteral("tasks"), s.tasks},
                               {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
    } else {
        const QStringList counts {
                tr("%n client(s)", nullptr, int(s.clients)),
                tr("%n contact(s)", nullptr, int(s.contacts)),
                tr("%n invoice(s)", nullptr, int(s.invoices)),
                tr("%n payment(s)", nullptr, int(s.payments)),
                tr("%n note(s)", nullptr, int(s.notes)),
                tr("%n promise(s)", nullptr, int(s.promises)),
                tr("%n dispute(s)", nullptr, int(s.disputes)),
                tr("%n attachment(s)", nullptr, int(s.attachments)),
        };
        m_out << tr("Demo data in %1: %2 (%3 ms)")
                         .arg(db.value()->path(), counts.join(QStringLiteral(", ")))
                         .arg(timer.elapsed())
              << "\n";
    }
    return 0;
}

Result<ClientListQuery::Spec> CliApp::clientListSpec() const
{
    ClientListQuery::Spec spec;
    spec.filter = m_args.value(QStringLiteral("filter"));
    const QString sort = m_args.value(QStringLiteral("sort"), QStringLiteral("code"));
    static const QHash<QString, ClientListQuery::SortKey> keys = {
            {QStringLiteral("code"), ClientListQuery::SortKey::Code},
            {QStringLiteral("name"), ClientListQuery::SortKey::Name},
            {QStringLiteral("status"), ClientListQuery::SortKey::Status},
            {QStringLiteral("balance"), ClientListQuery::SortKey::Balance},
            {QStringLiteral("overdue"), ClientListQuery::SortKey::Overdue},
            {QStringLiteral("days"), ClientListQuery::SortKey::OldestDaysPastDue},
            {QStringLiteral("next"), ClientListQuery::SortKey::NextContact},
            {QStringLiteral("clerk"), ClientListQuery::SortKey::Clerk},
    };
    if (!keys.contains(sort))
        return makeError(ErrorCode::InvalidValue, tr("--sort: unknown column \"%1\"").arg(sort));
    spec.sortKey = keys.value(sort);
    const bool numeric = spec.sortKey == ClientListQuery::SortKey::Balance
            || spec.sortKey == ClientListQuery::SortKey::Overdue
            || spec.sortKey == ClientListQuery::SortKey::OldestDaysPastDue;
    spec.order = m_args.flag(QStringLiteral("asc"))          ? Qt::AscendingOrder
            : m_args.flag(QStringLiteral("desc")) || numeric ? Qt::DescendingOrder
                                                             : Qt::AscendingOrder;
    return spec;
}

int CliApp::cmdClients(const Context &ctx)
{
    auto parsed = clientListSpec();
    if (!parsed)
        return usage(parsed.errorString());
    ClientListQuery::Spec spec = parsed.value();
    bool ok = true;
    const int limit = m_args.value(QStringLiteral("limit"), QStringLiteral("-1")).toInt(&ok);
    if (!ok)
        return usage(
                tr("--limit: \"%1\" is not a number").arg(m_args.value(QStringLiteral("limit"))));
    if (m_args.has(QStringLiteral("no-contact"))) {
        const QString days = m_args.value(QStringLiteral("no-contact"));
        spec.noContactDays = days.toInt(&ok);
        if (!ok || spec.noContactDays < 1 || spec.noContactDays > 3660)
            return usage(
                    tr("--no-contact: \"%1\" is not a number of days from 1 to 3660").arg(days));
    }
    spec.owingOnly = m_args.flag(QStringLiteral("owing"));
    spec.asOf = ctx.asOf;

    // Overdue figures follow the date: move the summary to it (incremental).
    if (auto a = CompanyFile::advanceSummary(*ctx.db, ctx.asOf); !a)
        return fail(a.errorString());
    auto rows = ClientListQuery(*ctx.db).page(spec, 0, limit < 0 ? -1 : limit);
    if (!rows)
        return fail(rows.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ClientListRow &r : rows.value()) {
            list.append(QJsonObject {
                    {QStringLiteral("code"), r.code},
                    {QStringLiteral("name"), r.name},
                    {QStringLiteral("status"), toString(r.status)},
                    {QStringLiteral("currency"), r.currency},
                    {QStringLiteral("balance"), r.balanceMinor},
                    {QStringLiteral("overdue"), r.overdueMinor},
                    {QStringLiteral("oldest_days_past_due"), r.oldestDaysPastDue(ctx.asOf)},
                    {QStringLiteral("next_contact"), dateOrNull(r.nextContactDate)},
                    {QStringLiteral("clerk"), r.clerk},
                    {QStringLiteral("credit_hold"), r.creditHold},
                    {QStringLiteral("credit_limit"), r.creditLimitMinor},
            });
        }
        printJson(list);
        return 0;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(QStringLiteral("CODE"), -8)
                     .arg(QStringLiteral("NAME"), -40)
                     .arg(QStringLiteral("BALANCE"), 16)
                     .arg(QStringLiteral("OVERDUE"), 16)
                     .arg(QStringLiteral("DAYS"), 5)
                     .arg(QStringLiteral("CLERK"));
    for (const ClientListRow &r : rows.value()) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(r.code, -8)
                         .arg(r.name.left(40), -40)
                         .arg(Money::fromMinor(r.balanceMinor, r.currency).format(locale), 16)
                         .arg(Money::fromMinor(r.overdueMinor, r.currency).format(locale), 16)
                         .arg(r.oldestDaysPastDue(ctx.asOf), 5)
                         .arg(r.clerk);
    }
    m_out.flush();
    return 0;
}

int CliApp::cmdInvoices(const Context &ctx)
{
    if (ctx.client.id == 0)
        return usage(tr("invoices needs --client CODE"));
    auto invoices = InvoiceRepository(*ctx.db).forClient(
            ctx.client.id,
            m_args.flag(QStringLiteral("open")) ? InvoiceRepository::Filter::OpenOnly
                                                : InvoiceRepository::Filter::All);
    if (!invoices)
        return fail(invoices.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Invoice &i : invoices.value()) {
            list.append(QJsonObject {{QStringLiteral("number"), i.number},
                                     {QStringLiteral("issue_date"), dateOrNull(i.issueDate)},
                                     {QStringLiteral("due_date"), dateOrNull(i.dueDate)},
                                     {QStringLiteral("amount"), i.amountMinor},
                                     {QStringLiteral("balance"), i.balanceMinor},
                                     {QStringLiteral("currency"), i.currency},
                                     {QStringLiteral("status"), toString(i.status())},
                                     {QStringLiteral("days_past_due"), i.daysPastDue(ctx.asOf)},
                                     {QStringLiteral("po_number"), i.poNumber}});
        }
        printJson(list);
        return 0;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    for (const Invoice &i : invoices.value()) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(i.number, -12)
                         .arg(dateformat::date(ctx.locale, i.issueDate))
                         .arg(dateformat::date(ctx.locale, i.dueDate))
                         .arg(i.amount().format(locale), 14)
                         .arg(i.balance().format(locale), 14)
                         .arg(displayName(i.status()));
    }
    m_out.flush();
    return 0;
}

int CliApp::cmdAging(const Context &ctx)
{
    auto report = AgingReport::compute(*ctx.db, ctx.asOf, ctx.client.id);
    if (!report)
        return fail(report.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        m_out << QString::fromLatin1(report.value().toJson()) << "\n";
        m_out.flush();
        return 0;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    m_out << tr("Aging as of %1").arg(dateformat::date(ctx.locale, ctx.asOf)) << "\n";
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(tr("CUR", "aging column: currency code, at most 4 letters"), -4)
                     .arg(tr("OPEN", "aging column: open invoices, at most 6 letters"), 6)
                     .arg(tr("NOT DUE"), 16)
                     .arg(QStringLiteral("1-30"), 16)
                     .arg(QStringLiteral("31-60"), 16)
                     .arg(QStringLiteral("61-90"), 16)
                     .arg(QStringLiteral("90+"), 16)
                     .arg(tr("TOTAL"), 16);
    for (const AgingReport::Currency &c : report.value().currencies) {
        auto money
                = [&](qint64 minor) { return Money::fromMinor(minor, c.currency).format(locale); };
        const AgingReport::Buckets &b = c.buckets;
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                         .arg(c.currency, -4)
                         .arg(c.openInvoices, 6)
                         .arg(money(b.notDue), 16)
                         .arg(money(b.d1to30), 16)
                         .arg(money(b.d31to60), 16)
                         .arg(money(b.d61to90), 16)
                         .arg(money(b.d90plus), 16)
                         .arg(money(b.total()), 16);
    }
    m_out.flush();
    return 0;
}

/// Adds the SOURCE: FIELD pairs of an import's --mapping file (a JSON object, or one with a
/// "columns" object) to `mapping`; the error to print, empty when it was read.
static QString readMappingFile(const QString &path, QHash<QString, QString> &mapping)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return CliApp::tr("--mapping: cannot read %1: %2").arg(f.fileName(), f.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return CliApp::tr("--mapping: %1 is not a JSON object of SOURCE: FIELD (%2)")
                .arg(f.fileName(), error.errorString());
    QJsonObject columns = doc.object();
    if (columns.contains(QStringLiteral("columns")))
        columns = columns.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return {};
}

int CliApp::cmdImport(const Context &ctx)
{
    const QString kindWord = m_args.positional(1);
    const QString path = m_args.positional(2);
    const std::optional<CsvImport::Kind> kind = CsvImport::kindFromName(kindWord);
    if (!kind || path.isEmpty())
        return usage(tr("import needs clients|invoices|payments|contacts and a FILE"));
    CsvImport::Options o;
    if (m_args.has(QStringLiteral("preset"))) {
        auto preset = CsvImport::presetOptions(m_args.value(QStringLiteral("preset")));
        if (!preset)
            return usage(preset.errorString());
        o = preset.value();
    }
    o.kind = *kind;
    if (m_args.has(QStringLiteral("mapping"))) {
        if (const QString e = readMappingFile(m_args.value(QStringLiteral("mapping")), o.mapping);
            !e.isEmpty())
            return fail(e);
    }
    for (const QString &m : m_args.values(QStringLiteral("map"))) {
        const qsizetype eq = m.lastIndexOf(u'=');
        if (eq <= 0 || eq == m.size() - 1)
            return usage(tr("--map: \"%1\" is not SOURCE=FIELD").arg(m));
        o.mapping.insert(m.left(eq), m.mid(eq + 1));
    }
    o.dateFormat = m_args.value(QStringLiteral("date-format"), o.dateFormat);
    if (m_args.has(QStringLiteral("decimal"))) {
        const QString d = m_args.value(QStringLiteral("decimal"));
        if (d != QLatin1String(".") && d != QLatin1String(","))
            return usage(tr("--decimal: \"%1\" is not '.' or ','").arg(d));
        o.decimalSeparator = d.at(0);
    }
    o.defaultCurrency = m_args.value(QStringLiteral("currency"), o.defaultCurrency).toUpper();
    o.csv.encoding = m_args.value(QStringLiteral("encoding"));
    if (m_args.has(QStringLiteral("delimiter"))) {
        const QString d = m_args.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            o.csv.delimiter = u'\t';
        else if (d == QLatin1String(",") || d == QLatin1String(";"))
            o.csv.delimiter = d.at(0);
        else
            return usage(tr("--delimiter: \"%1\" is not ',', ';' or 'tab'").arg(d));
    }
    o.createClients = o.createClients || m_args.flag(QStringLiteral("create-clients"));
    o.dryRun = m_args.flag(QStringLiteral("dry-run"));
    o.sourceName = QFileInfo(path).fileName();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const bool json = m_args.flag(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    CsvImport importer(ctx.db, ctx.userId);
    ProgressLine progress(m_err, json);
    const qint64 size = file.size();
    auto result = importer.run(&file, o, [&](qint64 bytes, int rows) {
        progress.show(tr("import: %1% of %2 (%3 rows)")
                              .arg(size > 0 ? std::min<qint64>(100, bytes * 100 / size) : 0)
                              .arg(o.sourceName)
                              .arg(rows));
    });
    progress.clear();
    if (!result)
        return fail(result.errorString());
    const CsvImport::Summary &s = result.value();
    if (json) {
        m_out << QString::fromUtf8(s.toJson()) << "\n";
        m_out.flush();
    }
    if (!s.errors.isEmpty()) {
        if (!json) {
            for (const CsvImport::Issue &i : s.errors) {
                m_err << path << ":" << i.line << ": "
                      << (i.column.isEmpty() ? QString() : tr("column %1: ").arg(i.column))
                      << i.message << "\n";
            }
            m_err << "ardesk-cli: "
                  << tr("error: %1")
                             .arg(tr("%n problem(s) in %1; nothing was imported", nullptr,
                                     int(s.errors.size()))
                                          .arg(path))
                  << "\n";
            m_err.flush();
        }
        return 3;
    }
    if (!json) {
        auto counts = [](const QMap<QString, int> &m) {
            QStringList parts;
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
        };
        m_out << (o.dryRun ? tr("Dry run (nothing written): %n row(s) from %1", nullptr, s.rows)
                           : tr("Imported %n row(s) from %1", nullptr, s.rows))
                         .arg(path)
              << ": "
              << tr("created %1; updated %2; unchanged %3 (%4 ms)")
                         .arg(counts(s.created), counts(s.updated))
                         .arg(s.unchanged)
                         .arg(timer.elapsed())
              << "\n";
        if (const QString skipped = s.skippedText(); !skipped.isEmpty())
            m_out << tr("%1 (by their status)").arg(skipped) << "\n";
        if (!s.ignoredColumns.isEmpty())
            m_out << tr("Ignored columns: %1").arg(s.ignoredColumns.join(QStringLiteral(", ")))
                  << "\n";
        m_out.flush();
    }
    return 0;
}

int CliApp::cmdInvoice(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub == QLatin1String("attach"))
        return invoiceAttach(ctx);
    if (sub == QLatin1String("documents"))
        return invoiceDocumentsImport(ctx);
    if (sub != QLatin1String("add") && sub != QLatin1String("write-off")
        && sub != QLatin1String("credit-note") && sub != QLatin1String("edit"))
        return usage(tr("invoice needs add, edit, write-off, credit-note, attach or documents"));
    if (sub == QLatin1String("add")) {
        Invoice inv;
        inv.clientId = ctx.client.id;
        inv.number = m_args.value(QStringLiteral("number"));
        inv.currency = m_args.value(QStringLiteral("currency"), ctx.client.currency).toUpper();
        inv.poNumber = m_args.value(QStringLiteral("po"));
        auto issue = m_args.date(QStringLiteral("issue"), ctx.asOf);
        if (!issue)
            return usage(issue.errorString());
        inv.issueDate = issue.value();
        auto due = m_args.date(QStringLiteral("due"),
                               inv.issueDate.addDays(ctx.client.paymentTermsDays));
        if (!due)
            return usage(due.errorString());
        inv.dueDate = due.value();
        auto amount = Money::parse(m_args.value(QStringLiteral("amount")), inv.currency,
                                   Money::ParseOptions {});
        if (!amount)
            return fail(QStringLiteral("--amount: ") + amount.errorString());
        inv.amountMinor = amount.value().minor();
        auto id = ClientService(ctx.db, ctx.userId).addInvoice(inv);
        if (!id)
            return fail(id.errorString());
        m_out << tr("Invoice %1 for %2 due %3")
                         .arg(inv.number,
                              amount.value().format(
                                      QLocale(QLocale::English, QLocale::UnitedStates)),
                              dateformat::date(ctx.locale, inv.dueDate))
              << "\n";
        m_out.flush();
        return 0;
    }
    const QString number = m_args.value(QStringLiteral("invoice"), m_args.positional(2));
    auto found = InvoiceRepository(*ctx.db).findByNumber(number);
    if (!found)
        return fail(found.errorString()); // names the number when there is no such invoice
    const qint64 invoiceId = found.value().id;
    if (sub == QLatin1String("edit"))
        return invoiceEdit(ctx, invoiceId);
    auto date = m_args.date(QStringLiteral("date"), ctx.asOf);
    if (!date)
        return usage(date.errorString());
    LedgerService ledger(ctx.db, ctx.userId);
    const QString reason = m_args.value(QStringLiteral("reason"));
    Result<qint64> r = makeError(ErrorCode::InvalidValue, QString());
    if (sub == QLatin1String("write-off")) {
        r = ledger.writeOff(invoiceId, date.value(), reason);
    } else {
        auto amount = Money::parse(m_args.value(QStringLiteral("amount")), found.value().currency,
                                   Money::ParseOptions {});
        if (!amount)
            return fail(QStringLiteral("--amount: ") + amount.errorString());
        r = ledger.creditNote(invoiceId, amount.value(), date.value(),
                              m_args.value(QStringLiteral("number")), reason);
    }
    if (!r)
        return fail(r.errorString());
    auto after = InvoiceRepository(*ctx.db).find(invoiceId);
    m_out << tr("Invoice %1: %2, open %3 %4")
                     .arg(number, displayName(after.value().status()),
                          after.value().balance().toPlainString(), after.value().currency)
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::invoiceAttach(const Context &ctx)
{
    const QString number = m_args.value(QStringLiteral("number"));
    const QString file = m_args.positional(2);
    if (number.trimmed().isEmpty() || file.isEmpty())
        return usage(tr("invoice attach needs --number N and a FILE"));
    auto doc = InvoiceDocumentService(ctx.db, ctx.userId).attachToNumber(number, file);
    if (!doc)
        return fail(doc.errorString());
    m_out << tr("Invoice %1: document %2 (%3 bytes, %4)")
                     .arg(doc.value().invoiceNumber, doc.value().displayName,
                          QString::number(doc.value().size), doc.value().detectedMime)
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::invoiceDocumentsImport(const Context &ctx)
{
    if (m_args.positional(2) != QLatin1String("import") || m_args.positional(3).isEmpty())
        return usage(tr("invoice documents needs import DIR"));
    auto report = InvoiceDocumentService(ctx.db, ctx.userId).importFolder(m_args.positional(3));
    if (!report)
        return fail(report.errorString());
    const InvoiceDocumentService::ImportReport &r = report.value();
    m_out << tr("Matched %1, already attached %2, unmatched %3, ambiguous %4, refused %5")
                     .arg(r.matched.size())
                     .arg(r.unchanged.size())
                     .arg(r.unmatched.size())
                     .arg(r.ambiguous.size())
                     .arg(r.refused.size())
          << "\n";
    for (const auto &[file, number] : r.matched)
        m_out << "  " << tr("matched: %1 -> %2").arg(file, number) << "\n";
    for (const auto &[file, number] : r.unchanged)
        m_out << "  " << tr("already attached: %1 -> %2").arg(file, number) << "\n";
    for (const QString &file : r.unmatched)
        m_out << "  " << tr("unmatched: %1 (no invoice number in the name)").arg(file) << "\n";
    for (const auto &[file, numbers] : r.ambiguous)
        m_out << "  "
              << tr("ambiguous: %1 (names %2)").arg(file, numbers.join(QStringLiteral(", ")))
              << "\n";
    for (const auto &[file, why] : r.refused)
        m_out << "  " << tr("refused: %1 (%2)").arg(file, why) << "\n";
    m_out.flush();
    return 0;
}

int CliApp::invoiceEdit(const Context &ctx, qint64 invoiceId)
{
    auto found = InvoiceRepository(*ctx.db).find(invoiceId);
    if (!found)
        return fail(found.errorString());
    Invoice inv = found.value();
    const QString oldNumber = inv.number;
    bool changed = false;
    if (m_args.has(QStringLiteral("number"))) {
        inv.number = m_args.value(QStringLiteral("number"));
        changed = true;
    }
    if (m_args.has(QStringLiteral("po"))) {
        inv.poNumber = m_args.value(QStringLiteral("po"));
        changed = true;
    }
    if (m_args.has(QStringLiteral("currency"))) {
        inv.currency = m_args.value(QStringLiteral("currency")).toUpper();
        changed = true;
    }
    for (const auto &[option, field] : {std::pair {QStringLiteral("issue"), &inv.issueDate},
                                        std::pair {QStringLiteral("due"), &inv.dueDate}}) {
        if (!m_args.has(option))
            continue;
        auto d = m_args.date(option, QDate());
        if (!d)
            return usage(d.errorString());
        *field = d.value();
        changed = true;
    }
    if (m_args.has(QStringLiteral("amount"))) {
        auto amount = Money::parse(m_args.value(QStringLiteral("amount")), inv.currency,
                                   Money::ParseOptions {});
        if (!amount)
            return fail(QStringLiteral("--amount: ") + amount.errorString());
        inv.amountMinor = amount.value().minor();
        changed = true;
    }
    if (!changed)
        return usage(tr("invoice edit needs at least one of --number, --issue, --due, --amount, "
                        "--currency, --po"));
    if (auto r = LedgerService(ctx.db, ctx.userId).updateInvoice(inv); !r)
        return fail(r.errorString());
    const QString name
            = inv.number == oldNumber ? oldNumber : tr("%1 (now %2)").arg(oldNumber, inv.number);
    m_out << tr("Invoice %1: %2 %3 issued %4 due %5, open %6")
                     .arg(name, inv.amount().toPlainString(), inv.currency,
                          dateformat::date(ctx.locale, inv.issueDate),
                          dateformat::date(ctx.locale, inv.dueDate), inv.balance().toPlainString())
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::paymentVoid(const Context &ctx)
{
    bool ok = false;
    const qint64 id = m_args.positional(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("payment void needs the payment id (see 'payment list')"));
    if (auto r
        = LedgerService(ctx.db, ctx.userId).voidPayment(id, m_args.value(QStringLiteral("reason")));
        !r)
        return fail(r.errorString());
    m_out << tr("Payment %1 voided").arg(id) << "\n";
    m_out.flush();
    return 0;
}

int CliApp::paymentList(const Context &ctx)
{
    auto payments = PaymentRepository(*ctx.db).forClient(ctx.client.id,
                                                         PaymentRepository::Filter::WithVoided);
    if (!payments)
        return fail(payments.errorString());
    QHash<qint64, QString> numbers;
    auto invoices = InvoiceRepository(*ctx.db).forClient(ctx.client.id);
    if (!invoices)
        return fail(invoices.errorString());
    for (const Invoice &i : std::as_const(invoices.value()))
        numbers.insert(i.id, i.number);
    QJsonArray rows;
    for (const Payment &p : std::as_const(payments.value())) {
        QJsonArray allocations;
        QStringList parts;
        for (const Allocation &a : p.allocations) {
            allocations.append(QJsonObject {{QStringLiteral("invoice"), numbers.value(a.invoiceId)},
                                            {QStringLiteral("amount"), a.amountMinor}});
            parts << numbers.value(a.invoiceId) + u' '
                            + Money::fromMinor(a.amountMinor, p.currency).toPlainString();
        }
        rows.append(QJsonObject {
                {QStringLiteral("id"), p.id},
                {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                {QStringLiteral("amount"), p.amountMinor},
                {QStringLiteral("currency"), p.currency},
                {QStringLiteral("method"), toString(p.method)},
                {QStringLiteral("reference"), p.reference},
                {QStringLiteral("allocations"), allocations},
                {QStringLiteral("voided"), p.isVoided()},
                {QStringLiteral("void_reason"), p.voidReason},
        });
        if (!m_args.flag(QStringLiteral("json"))) {
            m_out << p.id << "\t" << dateformat::date(ctx.locale, p.date) << "\t"
                  << p.amount().toPlainString() << " " << p.currency << "\t"
                  << displayName(p.method) << "\t" << p.reference << "\t"
                  << parts.join(QStringLiteral(", "));
            if (p.isVoided())
                m_out << "\t" << tr("VOID: %1").arg(p.voidReason);
            m_out << "\n";
        }
    }
    if (m_args.flag(QStringLiteral("json")))
        printJson(rows);
    m_out.flush();
    return 0;
}

int CliApp::cmdPayment(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub == QLatin1String("void"))
        return paymentVoid(ctx);
    if (sub == QLatin1String("list"))
        return paymentList(ctx);
    if (sub != QLatin1String("add"))
        return usage(tr("payment needs add, list or void"));
    Payment p;
    p.clientId = ctx.client.id;
    p.currency = m_args.value(QStringLiteral("currency"), ctx.client.currency).toUpper();
    auto date = m_args.date(QStringLiteral("date"), ctx.asOf);
    if (!date)
        return usage(date.errorString());
    p.date = date.value();
    auto amount = Money::parse(m_args.value(QStringLiteral("amount")), p.currency,
                               Money::ParseOptions {});
    if (!amount)
        return fail(QStringLiteral("--amount: ") + amount.errorString());
    p.amountMinor = amount.value().minor();
    const auto method = paymentMethodFromString(
            m_args.value(QStringLiteral("method"), QStringLiteral("other")));
    if (!method)
        return usage(tr("--method: \"%1\" is not check, ach_wire, card, cash or other")
                             .arg(m_args.value(QStringLiteral("method"))));
    p.method = *method;
    p.reference = m_args.value(QStringLiteral("reference"));
    qint64 preferred = 0;
    if (m_args.has(QStringLiteral("allocate")) && m_args.has(QStringLiteral("invoice")))
        return usage(tr("give either --invoice (oldest first, that one first) or "
                        "--allocate NUMBER=AMOUNT (by hand), not both"));
    for (const QString &spec : m_args.values(QStringLiteral("allocate"))) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        if (eq <= 0)
            return usage(tr("--allocate: \"%1\" is not NUMBER=AMOUNT").arg(spec));
        const QString number = spec.left(eq);
        auto found = InvoiceRepository(*ctx.db).findByNumber(number);
        if (!found || found.value().clientId != p.clientId)
            return fail(tr("--allocate: no invoice \"%1\" for %2").arg(number, ctx.client.code));
        auto part = Money::parse(spec.mid(eq + 1), p.currency, Money::ParseOptions {});
        if (!part)
            return fail(QStringLiteral("--allocate %1: ").arg(number) + part.errorString());
        p.allocations.append(Allocation {found.value().id, part.value().minor()});
    }
    if (!p.allocations.isEmpty()) {
        auto id = LedgerService(ctx.db, ctx.userId).recordPaymentAllocated(p);
        if (!id)
            return fail(id.errorString());
        return reportPayment(ctx, id.value(), p);
    }
    if (m_args.has(QStringLiteral("invoice"))) {
        auto found
                = InvoiceRepository(*ctx.db).findByNumber(m_args.value(QStringLiteral("invoice")));
        if (!found || found.value().clientId != p.clientId)
            return fail(tr("no invoice \"%1\" for %2")
                                .arg(m_args.value(QStringLiteral("invoice")), ctx.client.code));
        preferred = found.value().id;
    }
    auto id = LedgerService(ctx.db, ctx.userId).recordPaymentOldestFirst(p, preferred);
    if (!id)
        return fail(id.errorString());
    return reportPayment(ctx, id.value(), p);
}

int CliApp::reportPayment(const Context &ctx, qint64 paymentId, const Payment &p)
{
    // What was applied, as stored (allocations in the order they were made).
    qint64 applied = 0;
    QStringList parts;
    InvoiceRepository invoices(*ctx.db);
    const auto stored = PaymentRepository(*ctx.db).find(paymentId);
    for (const Allocation &a : stored ? stored.value().allocations : QList<Allocation> {}) {
        auto invoice = invoices.find(a.invoiceId);
        if (!invoice)
            break;
        applied += a.amountMinor;
        parts << QStringLiteral("%1 %2").arg(
                invoice.value().number,
                Money::fromMinor(a.amountMinor, p.currency).toPlainString());
    }
    m_out << tr("Payment %1 of %2 %3 applied to: %4")
                     .arg(QString::number(paymentId), p.amount().toPlainString(), p.currency,
                          parts.isEmpty() ? tr("nothing open") : parts.join(QStringLiteral(", ")));
    if (applied < p.amountMinor)
        m_out << "; "
              << tr("%1 on account")
                         .arg(Money::fromMinor(p.amountMinor - applied, p.currency)
                                      .toPlainString());
    m_out << "\n";
    m_out.flush();
    return 0;
}

int CliApp::cmdCreditHoldRule(const Context &ctx)
{
    const bool dry = m_args.flag(QStringLiteral("dry-run"));
    auto holds = CreditService(ctx.db, ctx.userId)
                         .applyHoldRule(ctx.asOf,
                                        dry ? CreditService::Mode::DryRun
                                            : CreditService::Mode::Apply);
    if (!holds)
        return fail(holds.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CreditService::Hold &h : holds.value())
            list.append(QJsonObject {{QStringLiteral("code"), h.code},
                                     {QStringLiteral("name"), h.name},
                                     {QStringLiteral("invoice"), h.invoiceNumber},
                                     {QStringLiteral("days_past_due"), h.daysPastDue},
                                     {QStringLiteral("overdue"), h.overdueMinor},
                                     {QStringLiteral("currency"), h.currency},
                                     {QStringLiteral("reason"), h.reason}});
        printJson(QJsonObject {{QStringLiteral("as_of"), ctx.asOf.toString(Qt::ISODate)},
                               {QStringLiteral("dry_run"), dry},
                               {QStringLiteral("held"), list}});
        return 0;
    }
    for (const CreditService::Hold &h : holds.value())
        m_out << h.code << "  " << h.name << "  " << h.reason << "\n";
    const int n = int(holds.value().size());
    m_out << (dry ? tr("Would put %n client(s) on credit hold", nullptr, n)
                  : tr("Put %n client(s) on credit hold", nullptr, n))
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::cmdHold(const Context &ctx, bool hold)
{
    CreditService credit(ctx.db, ctx.userId);
    const QString reason = m_args.value(QStringLiteral("reason"));
    auto r = hold ? credit.hold(ctx.client.id, reason) : credit.release(ctx.client.id, reason);
    if (!r)
        return fail(r.errorString());
    m_out << (hold ? tr("%1 is on credit hold") : tr("%1 is off credit hold")).arg(ctx.client.name)
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::cmdUser(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub == QLatin1String("list"))
        return userList(ctx);
    if (sub != QLatin1String("add") && sub != QLatin1String("edit"))
        return usage(tr("user needs 'add NAME --role ROLE', 'edit NAME' or 'list'"));
    User u;
    if (sub == QLatin1String("edit")) {
        auto found = UserRepository(*ctx.db).findByName(m_args.positional(2));
        if (!found)
            return fail(found.errorString());
        u = found.value();
    } else {
        u.name = m_args.positional(2);
        u.displayName = u.name;
    }
    if (m_args.has(QStringLiteral("role")) || sub == QLatin1String("add")) {
        // --role clerk --role admin, or --role clerk,admin: the user's whole set of roles.
        const QStringList given = m_args.has(QStringLiteral("role"))
                ? m_args.values(QStringLiteral("role"))
                : QStringList {QStringLiteral("clerk")};
        auto roles = userRolesFromString(given.join(u','));
        if (!roles)
            return usage(QStringLiteral("--%1").arg(roles.errorString()));
        u.roles = roles.value();
    }
    u.displayName = m_args.value(QStringLiteral("display-name"), u.displayName);
    u.email = m_args.value(QStringLiteral("email"), u.email).trimmed();
    u.signature = m_args.value(QStringLiteral("signature"), u.signature);
    if (m_args.flag(QStringLiteral("deactivate")) && m_args.flag(QStringLiteral("activate")))
        return usage(tr("--deactivate and --activate exclude each other"));
    if (m_args.flag(QStringLiteral("deactivate")) || m_args.flag(QStringLiteral("inactive")))
        u.active = false;
    else if (m_args.flag(QStringLiteral("activate")))
        u.active = true;
    QString password;
    if (m_args.flag(QStringLiteral("password-stdin"))) {
        // Never an argument: a command line is visible to every user of the machine.
        password = QTextStream(stdin).readLine();
        if (password.isEmpty())
            return fail(tr("--password-stdin: nothing was read from standard input; nothing was "
                           "saved"));
    }
    TeamRoles::LoginChange login;
    if (sub == QLatin1String("edit")) {
        if (auto r = UserService(ctx.db).update(u, ctx.userId, &login); !r)
            return fail(r.errorString());
    } else if (auto r = UserService(ctx.db).add(u, ctx.userId, password, &login); !r) {
        return fail(r.errorString());
    }
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonObject out {{QStringLiteral("name"), u.name},
                         {QStringLiteral("id"), u.id},
                         {QStringLiteral("active"), u.active}};
        if (login.teamDatabase)
            out.insert(QStringLiteral("login"), loginJson(login));
        printJson(out);
        return 0;
    }
    m_out << (sub == QLatin1String("edit") ? tr("Saved %1 %2") : tr("Added %1 %2"))
                     .arg(toString(u.roles), u.name)
          << "\n";
    if (const QString said = login.describe(u.name); !said.isEmpty())
        m_out << said << "\n";
    m_out.flush();
    return 0;
}

QJsonObject CliApp::loginJson(const TeamRoles::LoginChange &login)
{
    QJsonObject out {{QStringLiteral("created"), login.created},
                     {QStringLiteral("password_set"), login.passwordSet},
                     {QStringLiteral("granted"), toString(login.granted)},
                     {QStringLiteral("revoked"), toString(login.revoked)}};
    if (login.disabled || login.enabled)
        out.insert(QStringLiteral("may_connect"), login.enabled);
    if (login.disabled) {
        out.insert(QStringLiteral("sessions_open"), login.sessionsOpen);
        out.insert(QStringLiteral("sessions_ended"), login.sessionsEnded);
        if (!login.sessionsLeft.isEmpty())
            out.insert(QStringLiteral("sessions_left"), login.sessionsLeft);
    }
    return out;
}

int CliApp::userList(const Context &ctx)
{
    auto users = UserRepository(*ctx.db).list();
    if (!users)
        return fail(users.errorString());
    QJsonArray list;
    for (const User &u : users.value()) {
        if (m_args.flag(QStringLiteral("json")))
            list.append(QJsonObject {{QStringLiteral("name"), u.name},
                                     {QStringLiteral("display_name"), u.displayName},
                                     {QStringLiteral("role"), toString(principalRole(u.roles))},
                                     {QStringLiteral("roles"),
                                      QJsonArray::fromStringList(toString(u.roles).split(u','))},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("signature"), u.signature}});
        else
            m_out << u.name << "  " << toString(u.roles) << "  " << u.displayName
                  << (u.email.isEmpty() ? QString() : QStringLiteral("  <%1>").arg(u.email))
                  << "\n";
    }
    if (m_args.flag(QStringLiteral("json")))
        printJson(list);
    m_out.flush();
    return 0;
}

int CliApp::cmdSettings(const Context &ctx)
{
    if (m_args.positional(1) == QLatin1String("smtp"))
        return settingsSmtp(ctx);
    if (m_args.positional(1) == QLatin1String("queue"))
        return settingsQueue(ctx);
    if (m_args.positional(1) != QLatin1String("company"))
        return usage(tr("settings needs 'company', 'smtp' or 'queue'"));
    auto loaded = CompanySettings::load(*ctx.db);
    if (!loaded)
        return fail(loaded.errorString());
    CompanySettings s = loaded.value();
    s.companyName = m_args.value(QStringLiteral("name"), s.companyName);
    s.address = m_args.value(QStringLiteral("address"), s.address);
    s.homeCurrency = m_args.value(QStringLiteral("currency"), s.homeCurrency);
    s.locale = m_args.value(QStringLiteral("locale"), s.locale);
    s.timeZone = m_args.value(QStringLiteral("time-zone"), s.timeZone);
    s.discountWording
            = m_args.value(QStringLiteral("discount-wording"), s.discountWording).trimmed();
    s.latePenaltyWording
            = m_args.value(QStringLiteral("late-penalty-wording"), s.latePenaltyWording).trimmed();
    s.remittance = m_args.value(QStringLiteral("remittance"), s.remittance).trimmed();
    if (m_args.has(QStringLiteral("fiscal-start"))) {
        bool ok = false;
        s.fiscalYearStartMonth = m_args.value(QStringLiteral("fiscal-start")).toInt(&ok);
        if (!ok)
            return usage(tr("--fiscal-start: \"%1\" is not a month number")
                                 .arg(m_args.value(QStringLiteral("fiscal-start"))));
    }
    if (m_args.has(QStringLiteral("attachment-max-mb"))) {
        bool ok = false;
        const qint64 mb = m_args.value(QStringLiteral("attachment-max-mb")).toLongLong(&ok);
        if (!ok)
            return usage(tr("--attachment-max-mb: \"%1\" is not a number")
                                 .arg(m_args.value(QStringLiteral("attachment-max-mb"))));
        s.attachmentMaxBytes = mb * 1048576;
    }
    if (m_args.has(QStringLiteral("backup"))) {
        const QString on = m_args.value(QStringLiteral("backup"));
        if (on != QLatin1String("on") && on != QLatin1String("off"))
            return usage(tr("--backup: \"%1\" is neither on nor off").arg(on));
        s.backupEnabled = on == QLatin1String("on");
    }
    s.backupFolder = m_args.value(QStringLiteral("backup-folder"), s.backupFolder).trimmed();
    for (const auto &[option, field] :
         {std::pair {"backup-days", &s.backupDays}, std::pair {"backup-months", &s.backupMonths}}) {
        const QString name = QString::fromLatin1(option);
        if (!m_args.has(name))
            continue;
        bool ok = false;
        *field = m_args.value(name).toInt(&ok);
        if (!ok)
            return usage(
                    QStringLiteral("--%1: \"%2\" is not a number").arg(name, m_args.value(name)));
    }
    if (auto r = SettingsService(ctx.db, ctx.userId).saveCompany(s); !r)
        return fail(r.errorString());
    if (m_args.flag(QStringLiteral("json")))
        printJson(s.toJson());
    else
        m_out << tr("Saved company settings for %1").arg(s.companyName) << "\n";
    return 0;
}

} // namespace ardesk::cli
