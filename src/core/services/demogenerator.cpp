// SPDX-License-Identifier: MIT
#include "core/services/demogenerator.h"

#include "core/domain/invoice.h"
#include "core/domain/money.h"
#include "core/domain/note.h"
#include "core/storage/companysettings.h"
#include "core/storage/recordchain.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <algorithm>
#include <array>
#include <vector>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QLocale>

namespace ardesk {
namespace {

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (xoshiro256**, seeded by splitmix64): same seed, same data, on any
// platform — the standard library's distributions are implementation-defined.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto &s : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    /// True with probability perMille / 1000.
    bool chance(int perMille) { return range(0, 999) < perMille; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[range(0, N - 1)];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

// ---------------------------------------------------------------------------------------------
// Word lists.
const char *const kFirstNames[] = {
        "James",  "Mary",      "Robert",    "Patricia", "John",     "Jennifer", "Michael",
        "Linda",  "David",     "Elizabeth", "William",  "Barbara",  "Richard",  "Susan",
        "Joseph", "Jessica",   "Thomas",    "Sarah",    "Carlos",   "Karen",    "Daniel",
        "Lisa",   "Matthew",   "Nancy",     "Anthony",  "Sandra",   "Mark",     "Ashley",
        "Steven", "Emily",     "Andrew",    "Donna",    "Kevin",    "Michelle", "Brian",
        "Carol",  "George",    "Amanda",    "Timothy",  "Melissa",  "Ronald",   "Deborah",
        "Jason",  "Stephanie", "Ryan",      "Rebecca",  "Jacob",    "Laura",    "Gary",
        "Sharon", "Nicholas",  "Cynthia",   "Eric",     "Kathleen", "Priya",    "Amy",
        "Wei",    "Angela",    "Omar",      "Helen",    "Lukas",    "Sofia",    "Hannah",
        "Mateo",  "Grace",     "Ahmed",
};
const char *const kLastNames[] = {
        "Smith",    "Johnson",   "Williams", "Brown",     "Jones",    "Garcia",   "Miller",
        "Davis",    "Rodriguez", "Martinez", "Hernandez", "Lopez",    "Gonzalez", "Wilson",
        "Anderson", "Thomas",    "Taylor",   "Moore",     "Jackson",  "Martin",   "Lee",
        "Perez",    "Thompson",  "White",    "Harris",    "Sanchez",  "Clark",    "Ramirez",
        "Lewis",    "Robinson",  "Walker",   "Young",     "Allen",    "King",     "Wright",
        "Scott",    "Torres",    "Nguyen",   "Hill",      "Flores",   "Green",    "Adams",
        "Nelson",   "Baker",     "Hall",     "Rivera",    "Campbell", "Mitchell", "Carter",
        "Roberts",  "Patel",     "Kim",      "Chen",      "Müller",   "Schmidt",  "O'Brien",
        "Murphy",   "Kowalski",  "Novak",    "Fischer",   "Dubois",   "Rossi",    "Shah",
};
const char *const kCompanyFirst[] = {
        "Acme",      "Apex",      "Atlas",      "Beacon",    "Blue Ridge",  "Bright",   "Cascade",
        "Cedar",     "Central",   "Coastal",    "Crescent",  "Delta",       "Eagle",    "Evergreen",
        "First",     "Frontier",  "Golden",     "Granite",   "Great Lakes", "Harbor",   "Heartland",
        "Highland",  "Horizon",   "Iron",       "Keystone",  "Lakeside",    "Liberty",  "Lone Star",
        "Meridian",  "Metro",     "Midwest",    "Mountain",  "North Star",  "Northern", "Oak",
        "Pacific",   "Panorama",  "Patriot",    "Peak",      "Pinnacle",    "Pioneer",  "Prairie",
        "Premier",   "Red Rock",  "River",      "Riverside", "Sierra",      "Silver",   "Southern",
        "Summit",    "Sun",       "Tri-County", "Union",     "United",      "Valley",   "Vanguard",
        "Westfield", "Willow",    "Zenith",     "Hartmann",  "Baxter",      "Whitmore", "Caldwell",
        "Donovan",   "Fairbanks", "Kessler",    "Lindqvist",
};
const char *const kCompanySecond[] = {
        "Logistics",   "Supply",   "Manufacturing", "Foods",           "Hardware",     "Electric",
        "Plumbing",    "Builders", "Distribution",  "Medical",         "Dental Group", "Auto Parts",
        "Packaging",   "Textiles", "Print",         "Engineering",     "Farms",        "Marine",
        "Tooling",     "Labs",     "Health",        "Hospitality",     "Interiors",    "Freight",
        "Metals",      "Plastics", "Chemicals",     "Office Products", "Software",     "Consulting",
        "Landscaping", "Roofing",  "Restaurants",   "Pharmacy",        "Energy",       "Veterinary",
};
const char *const kCompanySuffix[] = {"Inc.",   "LLC",      "Co.",      "Corp.", "Ltd.", "Group",
                                      "& Sons", "Partners", "Holdings", "Inc.",  "LLC"};
const char *const kRoles[] = {"Accounts Payable",
                              "AP Specialist",
                              "Controller",
                              "Finance Manager",
                              "Office Manager",
                              "CFO",
                              "Owner",
                              "Bookkeeper",
                              "Purchasing",
                              "Operations Manager"};
const char *const kStreets[]
        = {"Main St",    "Oak Ave", "Industrial Pkwy", "Commerce Dr", "Market St", "Park Blvd",
           "Harbor Way", "Elm St",  "Enterprise Rd",   "Lakeview Dr", "Mill Rd",   "Station Rd"};

struct Region
{
    const char *country;
    const char *currency;
    const char *timeZone;
    const char *cities[4];
};
const Region kRegions[] = {
        {"US",
         "USD",
         "America/New_York",
         {"New York, NY 10016", "Boston, MA 02110", "Atlanta, GA 30303", "Charlotte, NC 28202"}},
        {"US",
         "USD",
         "America/Chicago",
         {"Chicago, IL 60606", "Dallas, TX 75201", "Minneapolis, MN 55401", "Houston, TX 77002"}},
        {"US",
         "USD",
         "America/Los_Angeles",
         {"Seattle, WA 98101", "Portland, OR 97204", "San Jose, CA 95113",
          "Los Angeles, CA 90012"}},
        {"US",
         "USD",
         "America/Denver",
         {"Denver, CO 80202", "Salt Lake City, UT 84101", "Boise, ID 83702",
          "Albuquerque, NM 87102"}},
        {"CA",
         "CAD",
         "America/Toronto",
         {"Toronto, ON M5H 2N2", "Ottawa, ON K1P 5G4", "Mississauga, ON L5B 3C2",
          "Hamilton, ON L8P 4R5"}},
        {"GB",
         "GBP",
         "Europe/London",
         {"London EC1A 1BB", "Manchester M1 1AE", "Leeds LS1 4AP", "Bristol BS1 4DJ"}},
        {"DE",
         "EUR",
         "Europe/Berlin",
         {"10115 Berlin", "80331 München", "20095 Hamburg", "50667 Köln"}},
};
const int kUsAreaCodes[] = {212, 312, 415, 617, 713, 206, 303, 404, 512, 602,
                            614, 702, 801, 919, 704, 612, 503, 214, 305, 216};
const int kCaAreaCodes[] = {416, 613, 905, 647};

// ---------------------------------------------------------------------------------------------
// Raw SQLite statement with checked steps.
using Stmt = SqliteStatement;

QByteArray dateText(const QDate &d)
{
    return d.toString(Qt::ISODate).toLatin1();
}

QByteArray instantText(const QDate &d, int minuteOfDay)
{
    return timeutil::toStorage(QDateTime(d, QTime(0, 0).addSecs(minuteOfDay * 60), Qt::UTC))
            .toLatin1();
}

QString slug(const QString &name)
{
    QString s;
    for (QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            s += c.toLower();
    }
    return s.left(24);
}

QString asciiFold(const QString &name)
{
    QString s = name;
    s.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    s.replace(u'\'', QString());
    return s;
}

struct PhoneNumber
{
    QString raw, e164, extension;
};

PhoneNumber makePhone(Rng &rng, const QString &country)
{
    PhoneNumber p;
    const int line = int(rng.range(1000, 9999));
    if (country == QLatin1String("US") || country == QLatin1String("CA")) {
        const int area
                = country == QLatin1String("US") ? rng.pick(kUsAreaCodes) : rng.pick(kCaAreaCodes);
        int exchange = int(rng.range(201, 989));
        if (exchange % 100 == 11 || exchange == 555)
            exchange += 3;
        p.raw = QStringLiteral("(%1) %2-%3").arg(area).arg(exchange).arg(line);
        p.e164 = QStringLiteral("+1%1%2%3").arg(area).arg(exchange).arg(line);
    } else if (country == QLatin1String("GB")) {
        const int block = int(rng.range(300, 899));
        p.raw = QStringLiteral("020 7%1 %2").arg(block).arg(line);
        p.e164 = QStringLiteral("+44207%1%2").arg(block).arg(line);
    } else {
        const int block = int(rng.range(2000, 9899));
        p.raw = QStringLiteral("030 %1%2").arg(block).arg(line);
        p.e164 = QStringLiteral("+4930%1%2").arg(block).arg(line);
    }
    if (rng.chance(150))
        p.extension = QString::number(rng.range(100, 499));
    return p;
}

/// A small attachment body: deterministic, a handful of distinct contents (deduplicated).
struct DemoFile
{
    QString name;
    QString mime;
    QByteArray content;
};

DemoFile makeAttachment(int variant)
{
    const int kind = variant % 3;
    if (kind == 0) {
        const QByteArray body = "REMITTANCE ADVICE\r\nPayment batch "
                + QByteArray::number(4100 + variant) + "\r\nInvoices settled: see statement\r\n";
        return {QStringLiteral("remittance-%1.txt").arg(4100 + variant),
                QStringLiteral("text/plain"), body};
    }
    if (kind == 1) {
        const QByteArray text = "(Signed delivery receipt " + QByteArray::number(variant) + ")";
        QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                         "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R"
                         "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n";
        const QByteArray stream = "BT /F1 12 Tf 20 70 Td " + text + " Tj ET";
        pdf += "4 0 obj<</Length " + QByteArray::number(stream.size()) + ">>stream\n" + stream
                + "\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
                  "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return {QStringLiteral("proof-of-delivery-%1.pdf").arg(variant),
                QStringLiteral("application/pdf"), pdf};
    }
    const QByteArray eml = "From: ap@example.com\r\nTo: ar@example.com\r\nSubject: Re: Statement "
                           "of account\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nPlease find "
                           "our payment schedule attached. Ref "
            + QByteArray::number(variant) + "\r\n";
    return {QStringLiteral("client-reply-%1.eml").arg(variant), QStringLiteral("message/rfc822"),
            eml};
}

enum class Profile { Good, Average, Slow, Bad };

/// Days late for one invoice (negative = early), or nullopt = never paid.
std::optional<int> sampleLateness(Rng &rng, Profile profile)
{
    // Per mille thresholds: on time, 1–30, 31–60, 61–90, 91–180, never.
    static constexpr int table[4][5] = {
            {700, 930, 980, 994, 999}, // good
            {450, 840, 935, 972, 993}, // average
            {250, 640, 820, 910, 965}, // slow
            {100, 350, 560, 720, 870}, // bad
    };
    const int *t = table[int(profile)];
    const int r = int(rng.range(0, 999));
    if (r < t[0])
        return -int(rng.range(0, 8));
    if (r < t[1])
        return int(rng.range(1, 30));
    if (r < t[2])
        return int(rng.range(31, 60));
    if (r < t[3])
        return int(rng.range(61, 90));
    if (r < t[4])
        return int(rng.range(91, 180));
    return std::nullopt;
}

struct UserSeed
{
    const char *name;
    const char *display;
    const char *role;
};
const UserSeed kUsers[] = {
        {"amelia.clark", "Amelia Clark", "manager"},
        {"dana.ortiz", "Dana Ortiz", "clerk"},
        {"sam.lee", "Sam Lee", "clerk"},
        {"priya.nair", "Priya Nair", "clerk"},
        {"marcus.bell", "Marcus Bell", "clerk"},
        {"jo.weber", "Jo Weber", "clerk"},
        {"lena.fox", "Lena Fox", "sales"},
        {"admin", "Administrator", "admin"},
};
constexpr int kFirstClerk = 1, kClerkCount = 5;

} // namespace

Result<DemoGenerator::Stats> DemoGenerator::generate(const Options &options,
                                                     const std::function<void(int, int)> &progress)
{
    if (options.clients < 1 || options.clients > 10'000'000)
        return makeError(
                ErrorCode::InvalidValue,
                QStringLiteral("clients: %1 is outside 1–10,000,000").arg(options.clients));
    if (!options.asOf.isValid())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("as of: not a valid date"));
    QSqlDatabase conn = m_db->connection();
    auto existing = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM clients"));
    if (!existing)
        return existing.error();
    if (existing.value().toLongLong() > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already has %2 clients; demo data goes into an empty "
                                        "company file")
                                 .arg(m_db->path())
                                 .arg(existing.value().toLongLong()));
    sqlite3 *h = Database::rawHandle(conn);
    if (!h)
        return makeError(ErrorCode::Database, QStringLiteral("no SQLite handle"));

    // Bulk settings for this connection only: one big transaction, a large page cache. The
    // commit itself is still synced (synchronous stays FULL).
    Database::execScript(conn, "PRAGMA cache_size = -1048576;").ok();
    if (auto b = Database::execScript(conn, "BEGIN IMMEDIATE;"); !b)
        return b.error();
    struct Rollback
    {
        sqlite3 *h;
        bool armed = true;
        ~Rollback()
        {
            if (armed)
                sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    } rollback {h};

    // Search index (0004_search.sql): its per-row triggers would rebuild a note's index row
    // for every revision and attachment. In this transaction they are dropped (automatic
    // merging too), the index is filled from note_search_source in one INSERT … SELECT at the
    // end, merged once, and the triggers are recreated before COMMIT, so a crash leaves
    // neither a half-built index nor missing triggers.
    QList<QByteArray> searchTriggers;
    {
        Stmt triggers(h,
                      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                      "tbl_name IN ('note_revisions', 'note_tombstones', 'note_attachments') "
                      "AND name LIKE 'note\\_search\\_%' ESCAPE '\\'");
        if (!triggers.ok())
            return makeError(ErrorCode::Database, triggers.error());
        QList<QByteArray> names;
        while (triggers.step()) {
            names << triggers.text(0).toUtf8();
            searchTriggers << triggers.text(1).toUtf8() + ';';
        }
        triggers.reset();
        for (const QByteArray &name : std::as_const(names)) {
            if (auto d = Database::execScript(conn, "DROP TRIGGER " + name + ';'); !d)
                return d.error();
        }
        if (auto c = Database::execScript(
                    conn, "INSERT INTO note_search (note_search, rank) VALUES ('automerge', 0);");
            !c)
            return c.error();
    }

    Stats st;
    Rng rng(options.seed * 0x2545F4914F6CDD1Dull + 17);
    const QDate today = options.asOf;
    const QDate start = today.addDays(-730);
    const QByteArray createdAt = instantText(start.addDays(-30), 9 * 60);

    // A file made by `init` already has its first user: keep every existing user (and id).
    Stmt insUser(h,
                 "INSERT INTO users (name, display_name, role, created_at) VALUES (?,?,?,?) "
                 "ON CONFLICT(name) DO NOTHING");
    Stmt insSetting(h, "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)");
    Stmt insClient(h,
                   "INSERT INTO clients (id, code, name, status, currency, payment_terms_days, "
                   "credit_limit_minor, credit_hold, credit_hold_reason, assigned_user_id, "
                   "segment, tags, billing_address, country, time_zone, internal_notes, "
                   "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt updClient(h,
                   "UPDATE clients SET status = ?, credit_hold = 1, credit_hold_reason = ? "
                   "WHERE id = ?");
    Stmt insContact(h,
                    "INSERT INTO contacts (id, client_id, name, role, email, preferred_channel, "
                    "is_billing, do_not_contact, position) VALUES (?,?,?,?,?,?,?,?,?)");
    Stmt insPhone(h,
                  "INSERT INTO contact_phones (contact_id, label, raw, e164, extension, "
                  "position) VALUES (?,?,?,?,?,?)");
    Stmt insInvoice(h,
                    "INSERT INTO invoices (id, client_id, number, issue_date, due_date, "
                    "amount_minor, currency, po_number, balance_minor, status, disputed, "
                    "settled_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt insPayment(h,
                    "INSERT INTO payments (id, client_id, payment_date, amount_minor, currency, "
                    "method, reference, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)");
    Stmt insAlloc(h,
                  "INSERT INTO payment_allocations (payment_id, invoice_id, amount_minor) "
                  "VALUES (?,?,?)");
    Stmt insAdjustment(h,
                       "INSERT INTO invoice_adjustments (invoice_id, kind, adjust_date, "
                       "amount_minor, reason, created_at, created_by) VALUES "
                       "(?,'write_off',?,?,?,?,?)");
    Stmt insNote(h, "INSERT INTO notes (id, client_id, created_at, created_by) VALUES (?,?,?,?)");
    Stmt insChain(h,
                  "INSERT INTO record_chain (seq, kind, entry_id, prev_hash, hash) VALUES "
                  "(?,?,?,?,?)");
    Stmt insRevision(h,
                     "INSERT INTO note_revisions (id, note_id, revision, channel, direction, "
                     "contact_id, contact_name, occurred_at, recorded_at, author_id, outcome, "
                     "body, next_contact_date, no_follow_up, chain_seq) VALUES "
                     "(?,?,1,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt insNoteInvoice(h, "INSERT INTO note_invoices (revision_id, invoice_id) VALUES (?,?)");
    Stmt insBlob(h,
                 "INSERT OR IGNORE INTO attachment_blobs (sha256, size, mime_type, content) "
                 "VALUES (?,?,?,?)");
    Stmt insAttachment(h,
                       "INSERT INTO note_attachments (id, revision_id, sha256, display_name, "
                       "claimed_mime, chain_seq) VALUES (?,?,?,?,?,?)");
    Stmt insPromise(h,
                    "INSERT INTO promises (id, client_id, note_id, amount_minor, currency, "
                    "promised_date, status, paid_minor, created_at, created_by) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?)");
    Stmt insPromiseInvoice(h, "INSERT INTO promise_invoices (promise_id, invoice_id) VALUES (?,?)");
    Stmt insDispute(h,
                    "INSERT INTO disputes (client_id, invoice_id, reason, owner_id, status, "
                    "opened_at, opened_note, resolved_at, resolution) VALUES "
                    "(?,?,?,?,?,?,?,?,?)");
    Stmt insTask(h,
                 "INSERT INTO tasks (client_id, owner_id, kind, title, due_date, status, source, "
                 "source_id, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)");
    Stmt insSummary(h,
                    "INSERT INTO client_summary (client_id, currency, balance_minor, "
                    "overdue_minor, open_invoices, oldest_open_due_date, "
                    "other_currency_invoices, last_contact_at, next_contact_date, as_of) "
                    "VALUES (?,?,?,?,?,?,0,?,?,?)");
    for (const Stmt *s :
         {&insUser,       &insSetting, &insClient,         &updClient,      &insContact,
          &insPhone,      &insInvoice, &insPayment,        &insAlloc,       &insAdjustment,
          &insNote,       &insChain,   &insRevision,       &insNoteInvoice, &insBlob,
          &insAttachment, &insPromise, &insPromiseInvoice, &insDispute,     &insTask,
          &insSummary}) {
        if (!s->ok())
            return makeError(ErrorCode::Database, s->error());
    }

    // Users and company settings.
    qint64 userIds[std::size(kUsers)] = {};
    for (int i = 0; i < int(std::size(kUsers)); ++i) {
        insUser.bind(1, kUsers[i].name)
                .bind(2, kUsers[i].display)
                .bind(3, kUsers[i].role)
                .bind(4, createdAt)
                .run();
        auto id = sql::scalar(conn, QStringLiteral("SELECT id FROM users WHERE name = ?"),
                              {QString::fromLatin1(kUsers[i].name)}, 0);
        if (!id)
            return id.error();
        userIds[i] = id.value().toLongLong();
    }
    const std::pair<const char *, const char *> settings[] = {
            {"company.name", "Northwind Industrial Supply"},
            {"company.address", "400 Commerce Dr\nColumbus, OH 43215\nUSA"},
            {"company.home_currency", "USD"},
            {"company.locale", "en_US"},
            {"company.fiscal_year_start_month", "1"},
            {"summary.as_of", nullptr},
    };
    for (const auto &[key, value] : settings)
        insSetting.bind(1, key).bind(2, value ? QByteArray(value) : dateText(today)).run();

    QLocale enUs(QLocale::English, QLocale::UnitedStates);
    QString prevHash = RecordChain::genesisHash();
    qint64 contactId = 0, invoiceId = 0, paymentId = 0, noteId = 0, chainSeq = 0, promiseId = 0,
           attachmentId = 0;

    auto appendChain = [&](const char *kind, qint64 entryId, const QByteArray &canonical) {
        const QString hash = RecordChain::link(prevHash, canonical);
        ++chainSeq;
        insChain.bind(1, chainSeq)
                .bind(2, kind)
                .bind(3, entryId)
                .bind(4, prevHash.toLatin1())
                .bind(5, hash.toLatin1())
                .run();
        prevHash = hash;
        return chainSeq;
    };

    for (int ci = 1; ci <= options.clients; ++ci) {
        const Region &region = kRegions[rng.chance(820) ? rng.range(0, 3) : rng.range(4, 6)];
        const QString country = QString::fromLatin1(region.country);
        const QString currency = QString::fromLatin1(region.currency);
        QString name = QString::fromUtf8(rng.pick(kCompanyFirst)) + u' '
                + QString::fromUtf8(rng.pick(kCompanySecond));
        if (rng.chance(700))
            name += u' ' + QString::fromUtf8(rng.pick(kCompanySuffix));
        const QString domain = slug(name.section(u' ', 0, 1)) + QString::number(ci % 97)
                + (country == QLatin1String("GB")           ? QStringLiteral(".co.uk")
                           : country == QLatin1String("DE") ? QStringLiteral(".de")
                           : country == QLatin1String("CA") ? QStringLiteral(".ca")
                                                            : QStringLiteral(".com"));
        const int r = int(rng.range(0, 999));
        const Profile profile = r < 450 ? Profile::Good
                : r < 800               ? Profile::Average
                : r < 950               ? Profile::Slow
                                        : Profile::Bad;
        static constexpr int kTerms[] = {15, 30, 30, 30, 45, 60};
        const int terms = rng.pick(kTerms);
        static constexpr qint64 kScale[]
                = {20000, 35000, 50000, 80000, 120000, 250000, 400000, 750000, 1500000, 3000000};
        const qint64 scale = rng.pick(kScale);
        const qint64 clerkId = userIds[kFirstClerk + rng.range(0, kClerkCount - 1)];
        const bool keyAccount = scale >= 1500000 && rng.chance(600);
        const QString address = QStringLiteral("%1 %2\n%3")
                                        .arg(rng.range(10, 9800))
                                        .arg(QString::fromLatin1(rng.pick(kStreets)),
                                             QString::fromUtf8(region.cities[rng.range(0, 3)]));
        const qint64 clientId = ci;
        const QString code = QStringLiteral("C%1").arg(ci, 6, 10, QChar(u'0'));
        const qint64 creditLimit = scale * qint64(rng.range(4, 12));

        // Heavy-tailed invoice count (Pareto, alpha 1.6, min 4, cap 300): mean ~10.
        const double u = double(rng.range(1, 1000000)) / 1000000.0;
        const int invoiceCount = std::min(300, int(4.0 / std::pow(u, 1.0 / 1.6)));

        insClient.bind(1, clientId)
                .bind(2, code)
                .bind(3, name)
                .bind(4, "active")
                .bind(5, currency)
                .bind(6, qint64(terms))
                .bind(7, creditLimit)
                .bind(8, qint64(0))
                .bind(9, "")
                .bind(10, clerkId)
                .bind(11, keyAccount ? "key account" : "")
                .bind(12, keyAccount ? "key,priority" : (profile == Profile::Bad ? "watch" : ""))
                .bind(13, address)
                .bind(14, country)
                .bind(15, region.timeZone)
                .bind(16,
                      profile == Profile::Bad
                              ? QStringLiteral("Slow payer since onboarding; insist on PO "
                                               "numbers.")
                              : QString())
                .bind(17, createdAt)
                .bind(18, createdAt)
                .run();
        // Contacts.
        struct ContactSeed
        {
            qint64 id;
            QString name, first;
        };
        std::vector<ContactSeed> contacts;
        const int nContacts = int(rng.range(1, 4));
        for (int k = 0; k < nContacts; ++k) {
            const QString first = QString::fromUtf8(rng.pick(kFirstNames));
            const QString last = QString::fromUtf8(rng.pick(kLastNames));
            const QString full = first + u' ' + last;
            const QString email
                    = (asciiFold(first) + u'.' + asciiFold(last)).toLower() + u'@' + domain;
            ++contactId;
            const bool billing = k == 0 || rng.chance(150);
            insContact.bind(1, contactId)
                    .bind(2, clientId)
                    .bind(3, full)
                    .bind(4, k == 0 ? "Accounts Payable" : rng.pick(kRoles))
                    .bind(5, email)
                    .bind(6, k == 0 ? "email" : (rng.chance(500) ? "phone" : "any"))
                    .bind(7, qint64(billing))
                    .bind(8, qint64(k > 0 && rng.chance(40)))
                    .bind(9, qint64(k))
                    .run();
            const int nPhones = rng.chance(300) ? 2 : 1;
            for (int p = 0; p < nPhones; ++p) {
                const PhoneNumber ph = makePhone(rng, country);
                insPhone.bind(1, contactId)
                        .bind(2, p == 0 ? "office" : "mobile")
                        .bind(3, ph.raw)
                        .bind(4, ph.e164)
                        .bind(5, ph.extension)
                        .bind(6, qint64(p))
                        .run();
            }
            contacts.push_back({contactId, full, first});
        }
        st.contacts += nContacts;

        // Invoices, payments and the collection conversation around each late one.
        qint64 balance = 0, overdue = 0;
        int openCount = 0;
        QDate oldestOpenDue;
        QDateTime lastContact;
        QDate nextContact;
        bool anyBrokenPromise = false;
        for (int k = 0; k < invoiceCount; ++k) {
            const QDate issue = start.addDays(qint64(730) * k / invoiceCount + rng.range(0, 6));
            if (issue > today)
                break;
            const QDate due = issue.addDays(terms);
            qint64 amount = scale * rng.range(30, 200) / 100 + rng.range(0, 99);
            if (currency == QLatin1String("JPY"))
                amount = amount / 100 * 100;
            ++invoiceId;
            ++st.invoices;
            const QString number = QStringLiteral("INV-%1").arg(100000 + invoiceId);
            const std::optional<int> late = sampleLateness(rng, profile);
            const bool disputed = rng.chance(profile == Profile::Bad ? 60 : 12);
            QDate payDate = late ? due.addDays(*late) : QDate();
            if (payDate.isValid() && payDate < issue)
                payDate = issue.addDays(1);
            if (disputed && payDate.isValid())
                payDate = payDate.addDays(rng.range(20, 60)); // disputes delay payment
            const bool partial = payDate.isValid() && rng.chance(120);
            QDate firstPayDate;
            qint64 firstPart = 0;
            if (partial) {
                firstPart = amount * rng.range(30, 70) / 100;
                firstPayDate = payDate.addDays(-rng.range(10, 30));
                if (firstPayDate <= issue)
                    firstPayDate = issue.addDays(1);
            }
            // Settle in memory first: the invoice row goes in before the payments that
            // reference it.
            struct Settlement
            {
                QDate date;
                qint64 amount;
            };
            std::vector<Settlement> settlements;
            qint64 paid = 0;
            if (partial && firstPayDate <= today) {
                settlements.push_back({firstPayDate, firstPart});
                paid += firstPart;
            }
            if (payDate.isValid() && payDate <= today) {
                settlements.push_back({payDate, amount - paid});
                paid = amount;
            }
            // Collectors write off what has not been paid 210 days after the due date (most
            // of the time); the rest stays open as the 90+ tail.
            const QDate writeOffDate = due.addDays(210);
            const bool writtenOff
                    = !payDate.isValid() && writeOffDate <= today && !disputed && rng.chance(800);
            const qint64 invBalance = writtenOff ? 0 : amount - paid;
            const char *status
                    = storageKey(invoiceStatus(amount, invBalance, disputed, writtenOff));
            insInvoice.bind(1, invoiceId)
                    .bind(2, clientId)
                    .bind(3, number)
                    .bind(4, dateText(issue))
                    .bind(5, dateText(due))
                    .bind(6, amount)
                    .bind(7, currency)
                    .bind(8,
                          rng.chance(400) ? QStringLiteral("PO-%1").arg(rng.range(10000, 99999))
                                          : QString())
                    .bind(9, invBalance)
                    .bind(10, status)
                    .bind(11, qint64(disputed));
            if (writtenOff)
                insInvoice.bind(12, dateText(writeOffDate));
            else if (invBalance == 0)
                insInvoice.bind(12, dateText(payDate));
            else
                insInvoice.bindNull(12);
            insInvoice.bind(13, instantText(issue, 540)).run();
            for (const Settlement &sp : settlements) {
                ++paymentId;
                ++st.payments;
                const int m = int(rng.range(0, 99));
                const char *method = m < 40 ? "ach_wire"
                        : m < 75            ? "check"
                        : m < 95            ? "card"
                                            : "cash";
                const QString ref = m < 40
                        ? QStringLiteral("WIRE %1").arg(rng.range(100000, 999999))
                        : m < 75 ? QStringLiteral("CHK %1").arg(rng.range(1000, 99999))
                        : m < 95 ? QStringLiteral("CARD ****%1").arg(rng.range(1000, 9999))
                                 : QString();
                insPayment.bind(1, paymentId)
                        .bind(2, clientId)
                        .bind(3, dateText(sp.date))
                        .bind(4, sp.amount)
                        .bind(5, currency)
                        .bind(6, method)
                        .bind(7, ref)
                        .bind(8, instantText(sp.date, 600))
                        .bind(9, clerkId)
                        .run();
                insAlloc.bind(1, paymentId).bind(2, invoiceId).bind(3, sp.amount).run();
            }
            if (writtenOff) {
                insAdjustment.bind(1, invoiceId)
                        .bind(2, dateText(writeOffDate))
                        .bind(3, amount - paid)
                        .bind(4, "Uncollectible after 210 days past due; approved by Amelia Clark")
                        .bind(5, instantText(writeOffDate, 660))
                        .bind(6, userIds[0])
                        .run();
            }
            if (invBalance > 0) {
                balance += invBalance;
                ++openCount;
                if (due < today)
                    overdue += invBalance;
                if (!oldestOpenDue.isValid() || due < oldestOpenDue)
                    oldestOpenDue = due;
            }

            // The conversation: notes between due date and payment (or today).
            const QDate chaseEnd = writtenOff ? writeOffDate : (invBalance == 0) ? payDate : today;
            const int daysChased = due.isValid() && chaseEnd > due ? int(due.daysTo(chaseEnd)) : 0;
            std::vector<int> offsets; // days after due
            if (rng.chance(650))
                offsets.push_back(-int(rng.range(terms / 2, terms))); // invoice sent / confirmed
            for (int step : {5, 15, 30, 45, 60, 90}) {
                if (daysChased > step)
                    offsets.push_back(step + int(rng.range(0, 3)));
            }
            if (daysChased > 2 && offsets.size() < 2)
                offsets.push_back(int(rng.range(1, std::min(daysChased, 10))));
            const Money invMoney = Money::fromMinor(amount, currency);
            for (size_t s = 0; s < offsets.size(); ++s) {
                const QDate when = due.addDays(offsets[s]);
                if (when > today || when < issue)
                    continue;
                const ContactSeed &ct = contacts[size_t(rng.range(0, nContacts - 1))];
                Note n;
                n.clientId = clientId;
                n.contactId = ct.id;
                n.contactName = ct.name;
                n.authorId = clerkId;
                n.occurredAt
                        = QDateTime(when, QTime(8, 0).addSecs(rng.range(0, 9 * 3600)), Qt::UTC);
                n.recordedAt = n.occurredAt.addSecs(rng.range(30, 900));
                n.invoiceIds = {invoiceId};
                const int step = offsets[s];
                const QString amountText = invMoney.format(enUs);
                const bool promiseNow = step >= 15 && rng.chance(disputed ? 50 : 220);
                const bool disputeNow = disputed && s + 1 == offsets.size();
                if (step < 0) {
                    n.channel = NoteChannel::Email;
                    n.text = QStringLiteral("Sent invoice %1 (%2) to %3 with PO reference; "
                                            "delivery confirmed.")
                                     .arg(number, amountText, ct.name);
                } else if (disputeNow) {
                    n.channel = NoteChannel::Call;
                    n.outcome = NoteOutcome::Disputed;
                    static const char *const reasons[]
                            = {"short shipment — two cartons missing",
                               "pricing does not match the quote", "goods arrived damaged",
                               "duplicate billing with a prior invoice",
                               "service not completed as agreed"};
                    n.text = QStringLiteral("%1 disputes invoice %2: %3. Asked for photos and "
                                            "the delivery note; passed to sales.")
                                     .arg(ct.first, number, QString::fromUtf8(rng.pick(reasons)));
                } else if (promiseNow) {
                    n.channel = rng.chance(800) ? NoteChannel::Call : NoteChannel::Email;
                    n.outcome = NoteOutcome::Promised;
                    n.text = QStringLiteral("Spoke with %1. Promised to pay %2 on invoice %3 by "
                                            "%4.")
                                     .arg(ct.first, amountText, number,
                                          when.addDays(7).toString(Qt::ISODate));
                } else if (step <= 7) {
                    n.channel = rng.chance(850) ? NoteChannel::Email : NoteChannel::Text;
                    if (n.channel == NoteChannel::Text)
                        n.outcome = NoteOutcome::Reached;
                    n.text = QStringLiteral("Friendly reminder sent: invoice %1 for %2 was due "
                                            "%3.")
                                     .arg(number, amountText, due.toString(Qt::ISODate));
                } else {
                    const int kind = int(rng.range(0, 99));
                    if (kind < 70) {
                        n.channel = NoteChannel::Call;
                        const int o = int(rng.range(0, 99));
                        n.outcome = o < 40 ? NoteOutcome::Reached
                                : o < 70   ? NoteOutcome::LeftVoicemail
                                : o < 92   ? NoteOutcome::NoAnswer
                                : o < 96   ? NoteOutcome::WrongNumber
                                           : NoteOutcome::Refused;
                        switch (n.outcome) {
                        case NoteOutcome::Reached:
                            n.text = QStringLiteral("Reached %1 in AP. Invoice %2 (%3) is "
                                                    "approved and in the next check run; will "
                                                    "confirm the check number.")
                                             .arg(ct.first, number, amountText);
                            break;
                        case NoteOutcome::LeftVoicemail:
                            n.text = QStringLiteral("Left voicemail for %1 about invoice %2, %3 "
                                                    "days past due. Asked for a call back.")
                                             .arg(ct.first, number)
                                             .arg(step);
                            break;
                        case NoteOutcome::NoAnswer:
                            n.text = QStringLiteral("Called the AP line about invoice %1; no "
                                                    "answer. Will try again.")
                                             .arg(number);
                            break;
                        case NoteOutcome::WrongNumber:
                            n.text = QStringLiteral("Number on file for %1 reaches a different "
                                                    "company. Need an updated AP contact.")
                                             .arg(ct.name);
                            break;
                        default:
                            n.text = QStringLiteral("%1 refused to discuss invoice %2 and asked "
                                                    "us to write to the controller.")
                                             .arg(ct.first, number);
                            break;
                        }
                    } else if (kind < 85) {
                        n.channel = NoteChannel::Email;
                        n.text = QStringLiteral("Second reminder e-mailed to %1 with a statement "
                                                "of open invoices; %2 is %3 days late.")
                                         .arg(ct.name, number)
                                         .arg(step);
                    } else if (kind < 92) {
                        n.channel = NoteChannel::Letter;
                        n.text = QStringLiteral("Final notice letter mailed for invoice %1 (%2) "
                                                "to the billing address.")
                                         .arg(number, amountText);
                    } else if (kind < 96) {
                        n.channel = NoteChannel::Internal;
                        n.text = QStringLiteral("Escalated to Amelia: account is %1 days past due "
                                                "on %2. Consider credit hold.")
                                         .arg(step)
                                         .arg(number);
                    } else {
                        n.channel = NoteChannel::Meeting;
                        n.outcome = NoteOutcome::Reached;
                        n.text = QStringLiteral("Met %1 on site; walked through open items "
                                                "including %2. Agreed to reconcile by Friday.")
                                         .arg(ct.name, number);
                    }
                }
                n.direction = (n.channel == NoteChannel::Call && rng.chance(120))
                        ? NoteDirection::Inbound
                        : NoteDirection::Outbound;
                const bool conversation = n.channel == NoteChannel::Call
                        || n.channel == NoteChannel::Text || n.channel == NoteChannel::Meeting;
                if (n.outcome == NoteOutcome::Promised)
                    n.nextContactDate = when.addDays(8);
                else if (step >= 0 && invBalance > 0 && rng.chance(900))
                    n.nextContactDate = when.addDays(rng.range(3, 14));
                else if (step >= 0 && rng.chance(700))
                    n.nextContactDate = when.addDays(rng.range(5, 10));
                else if (conversation)
                    n.noFollowUpNeeded = true;

                ++noteId;
                ++st.notes;
                n.id = noteId;
                n.revisionId = noteId;
                n.revision = 1;
                const QByteArray recorded = timeutil::toStorage(n.recordedAt).toLatin1();
                insNote.bind(1, noteId).bind(2, clientId).bind(3, recorded).bind(4, clerkId).run();
                const qint64 seq
                        = appendChain("revision", noteId, RecordChain::canonicalRevision(n));
                insRevision.bind(1, noteId)
                        .bind(2, noteId)
                        .bind(3, toString(n.channel))
                        .bind(4, toString(n.direction))
                        .bind(5, n.contactId)
                        .bind(6, n.contactName)
                        .bind(7, timeutil::toStorage(n.occurredAt))
                        .bind(8, recorded)
                        .bind(9, clerkId)
                        .bind(10, toString(n.outcome))
                        .bind(11, n.text);
                insRevision.bindOrNull(12, dateText(n.nextContactDate));
                insRevision.bind(13, qint64(n.noFollowUpNeeded)).bind(14, seq).run();
                insNoteInvoice.bind(1, noteId).bind(2, invoiceId).run();
                if (!lastContact.isValid() || n.occurredAt >= lastContact) {
                    lastContact = n.occurredAt;
                    nextContact = n.nextContactDate;
                }

                if (rng.chance(4)) {
                    const DemoFile f = makeAttachment(int(rng.range(0, 20)));
                    const QString sha = QString::fromLatin1(
                            QCryptographicHash::hash(f.content, QCryptographicHash::Sha256)
                                    .toHex());
                    insBlob.bind(1, sha)
                            .bind(2, qint64(f.content.size()))
                            .bind(3, f.mime)
                            .bindBlob(4, f.content)
                            .run();
                    ++attachmentId;
                    ++st.attachments;
                    const qint64 aseq
                            = appendChain("attachment", attachmentId,
                                          RecordChain::canonicalAttachment(noteId, sha, f.name));
                    insAttachment.bind(1, attachmentId)
                            .bind(2, noteId)
                            .bind(3, sha)
                            .bind(4, f.name)
                            .bind(5, f.mime)
                            .bind(6, aseq)
                            .run();
                }
                if (n.outcome == NoteOutcome::Promised) {
                    const QDate promised = when.addDays(7);
                    const qint64 promisedAmount = amount;
                    // Paid within the promise date + 3 days grace?
                    qint64 paidByThen = 0;
                    if (payDate.isValid() && payDate <= promised.addDays(3))
                        paidByThen = amount;
                    else if (partial && firstPayDate <= promised.addDays(3))
                        paidByThen = firstPart;
                    const char *pstatus = promised.addDays(3) >= today ? "open"
                            : paidByThen >= promisedAmount             ? "kept"
                            : paidByThen > 0                           ? "partly_kept"
                                                                       : "broken";
                    if (qstrcmp(pstatus, "broken") == 0 && invBalance > 0)
                        anyBrokenPromise = true;
                    ++promiseId;
                    ++st.promises;
                    insPromise.bind(1, promiseId)
                            .bind(2, clientId)
                            .bind(3, noteId)
                            .bind(4, promisedAmount)
                            .bind(5, currency)
                            .bind(6, dateText(promised))
                            .bind(7, pstatus)
                            .bind(8, std::min(paidByThen, promisedAmount))
                            .bind(9, recorded)
                            .bind(10, clerkId)
                            .run();
                    insPromiseInvoice.bind(1, promiseId).bind(2, invoiceId).run();
                }
                if (disputeNow) {
                    ++st.disputes;
                    const bool resolved = invBalance == 0;
                    insDispute.bind(1, clientId)
                            .bind(2, invoiceId)
                            .bind(3, n.text.section(u':', 1).trimmed())
                            .bind(4, clerkId)
                            .bind(5, resolved ? "resolved" : "open")
                            .bind(6, recorded)
                            .bind(7, noteId);
                    if (resolved)
                        insDispute.bind(8, instantText(payDate, 700))
                                .bind(9, "Credit issued for the difference; balance paid.");
                    else
                        insDispute.bindNull(8).bind(9, "");
                    insDispute.run();
                }
            }
        }

        const bool hold
                = (overdue > 0 && oldestOpenDue.isValid() && oldestOpenDue.daysTo(today) > 60)
                || (balance > creditLimit && rng.chance(500));
        if (hold) {
            const bool collections = oldestOpenDue.isValid() && oldestOpenDue.daysTo(today) > 120;
            updClient.bind(1, collections ? "in_collections" : "on_hold")
                    .bind(2,
                          collections ? QStringLiteral("More than 120 days past due; "
                                                       "referred to collections")
                                      : QStringLiteral("Invoices more than 60 days past due"))
                    .bind(3, clientId)
                    .run();
        }
        if (nextContact.isValid() && nextContact >= today.addDays(-3) && balance > 0) {
            ++st.tasks;
            insTask.bind(1, clientId)
                    .bind(2, clerkId)
                    .bind(3, anyBrokenPromise ? "call" : "follow_up")
                    .bind(4,
                          anyBrokenPromise ? QStringLiteral("Call about the broken promise")
                                           : QStringLiteral("Follow up on open invoices"))
                    .bind(5, dateText(nextContact))
                    .bind(6, "open")
                    .bind(7, "note")
                    .bind(8, noteId)
                    .bind(9, instantText(today.addDays(-1), 600))
                    .bind(10, clerkId)
                    .run();
        }
        insSummary.bind(1, clientId)
                .bind(2, currency)
                .bind(3, balance)
                .bind(4, overdue)
                .bind(5, qint64(openCount));
        insSummary.bindOrNull(6, dateText(oldestOpenDue));
        insSummary.bindOrNull(7, timeutil::toStorage(lastContact));
        insSummary.bindOrNull(8, dateText(nextContact));
        insSummary.bind(9, dateText(today)).run();
        ++st.clients;

        if (progress && (ci % 1000 == 0 || ci == options.clients))
            progress(ci, options.clients);
    }

    for (const Stmt *s :
         {&insUser,       &insSetting, &insClient,         &updClient,      &insContact,
          &insPhone,      &insInvoice, &insPayment,        &insAlloc,       &insAdjustment,
          &insNote,       &insChain,   &insRevision,       &insNoteInvoice, &insBlob,
          &insAttachment, &insPromise, &insPromiseInvoice, &insDispute,     &insTask,
          &insSummary}) {
        if (!s->ok())
            return makeError(ErrorCode::Database,
                             QStringLiteral("writing demo data failed: ") + s->error());
    }
    // The index in one pass over the notes, one merge of its segments, the normal merge
    // setting back, and the triggers that keep the index current from now on.
    {
        QByteArray finish = "INSERT INTO note_search (rowid, body, contact, attachments, fields, "
                            "facets) SELECT note_id, body, contact, attachments, fields, facets "
                            "FROM note_search_source;"
                            "INSERT INTO note_search (note_search) VALUES ('optimize');"
                            "INSERT INTO note_search (note_search, rank) VALUES ('automerge', 4);";
        for (const QByteArray &trigger : std::as_const(searchTriggers))
            finish += trigger;
        if (auto f = Database::execScript(conn, finish); !f)
            return f.error();
    }
    if (auto c = Database::execScript(conn, "COMMIT;"); !c)
        return c.error();
    rollback.armed = false;
    Database::execScript(conn, "PRAGMA cache_size = -2000; PRAGMA wal_checkpoint(TRUNCATE);").ok();
    log::info(QStringLiteral("demo: %1 clients, %2 invoices, %3 notes")
                      .arg(st.clients)
                      .arg(st.invoices)
                      .arg(st.notes));
    return st;
}

} // namespace ardesk
