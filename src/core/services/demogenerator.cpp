// SPDX-License-Identifier: MIT
#include "core/services/demogenerator.h"

#include "core/domain/invoice.h"
#include "core/domain/money.h"
#include "core/domain/note.h"
#include "core/storage/demowriter.h"
#include "core/storage/transaction.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

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
constexpr int kTerms[] = {15, 30, 30, 30, 45, 60};
constexpr qint64 kScale[]
        = {20000, 35000, 50000, 80000, 120000, 250000, 400000, 750000, 1500000, 3000000};
const char *const kDisputeReasons[]
        = {"short shipment — two cartons missing", "pricing does not match the quote",
           "goods arrived damaged", "duplicate billing with a prior invoice",
           "service not completed as agreed"};
constexpr int kHistoryDays = 730;
/// Collectors write off what has not been paid this long after the due date (most of the time).
constexpr int kWriteOffDays = 210;
/// Grace days after a promised date before a promise counts as broken.
constexpr int kPromiseGraceDays = 3;

QDateTime instant(const QDate &day, int minuteOfDay)
{
    return QDateTime(day, QTime(0, 0).addSecs(minuteOfDay * 60), Qt::UTC);
}

/// A contact as the notes about a client name it.
struct ContactSeed
{
    qint64 id;
    QString name, first;
};

/// A client as generated: its fixed traits, and its account as its invoices add up.
struct ClientFacts
{
    qint64 id = 0;
    QString country, currency, domain;
    Profile profile = Profile::Good;
    int terms = 30;
    qint64 scale = 0, creditLimit = 0, clerkId = 0;
    int invoiceCount = 0;
    std::vector<ContactSeed> contacts;

    qint64 balance = 0, overdue = 0;
    int openCount = 0;
    QDate oldestOpenDue;
    QDateTime lastContact;
    QDate nextContact;
    bool anyBrokenPromise = false;
};

/// A payment that settles (part of) one invoice.
struct Settlement
{
    QDate date;
    qint64 amount;
};

/// An invoice as generated: when and how it was paid (if it was).
struct InvoiceFacts
{
    qint64 id = 0;
    QString number;
    QDate issue, due;
    qint64 amount = 0;
    bool disputed = false;
    QDate payDate; ///< invalid: never paid
    bool partial = false;
    QDate firstPayDate;
    qint64 firstPart = 0;
    std::vector<Settlement> settlements; ///< those dated up to today
    qint64 paid = 0;
    QDate writeOffDate;
    bool writtenOff = false;
    qint64 balance = 0;
};

/// One run of the generator: the random stream, the writer, the counts and the ids handed out so
/// far, and one method per phase. Every rng call happens in the same order as it always has, so
/// the same options always give the same rows.
class DemoRun
{
public:
    DemoRun(DemoWriter &writer, const DemoGenerator::Options &options,
            const std::function<void(int, int)> &progress, const QTimeZone &zone,
            const QDateTime &now)
        : m_writer(writer)
        , m_options(options)
        , m_progress(progress)
        , m_rng(options.seed * 0x2545F4914F6CDD1Dull + 17)
        , m_today(options.asOf)
        , m_start(options.asOf.addDays(-kHistoryDays))
        , m_createdAt(instant(m_start.addDays(-30), 9 * 60))
        , m_enUs(QLocale::English, QLocale::UnitedStates)
        , m_zone(zone)
        , m_now(now)
    { }

    /// Inside the caller's transaction.
    Result<DemoGenerator::Stats> run();

private:
    Result<void> users();
    void settings();
    void client(int ci);
    ClientFacts addClient(int ci);
    void contacts(ClientFacts &c);
    bool invoice(ClientFacts &c, int k);
    InvoiceFacts planInvoice(const ClientFacts &c, const QDate &issue);
    void writeLedger(const ClientFacts &c, const InvoiceFacts &inv);
    void payment(const ClientFacts &c, const InvoiceFacts &inv, const Settlement &settlement);
    void addToAccount(ClientFacts &c, const InvoiceFacts &inv) const;
    std::vector<int> chaseOffsets(const ClientFacts &c, const InvoiceFacts &inv);
    void conversation(ClientFacts &c, const InvoiceFacts &inv);
    Note composeNote(const ClientFacts &c, const InvoiceFacts &inv, const QDate &when, int step,
                     bool disputeNow);
    void describeChase(Note &n, const ContactSeed &ct, const InvoiceFacts &inv, int step,
                       const QString &amountText);
    void describeCall(Note &n, const ContactSeed &ct, const InvoiceFacts &inv, int step,
                      const QString &amountText);
    void planFollowUp(Note &n, const InvoiceFacts &inv, const QDate &when, int step);
    void attachment(qint64 noteId);
    void promise(ClientFacts &c, const InvoiceFacts &inv, const Note &n, const QDate &when);
    void dispute(const ClientFacts &c, const InvoiceFacts &inv, const Note &n);
    void holdIfOverdue(const ClientFacts &c);
    void followUpTask(const ClientFacts &c);
    /// Whether the client gets an open follow-up task (a recent next contact, money owed).
    bool wantsFollowUp(const ClientFacts &c) const;
    void summary(const ClientFacts &c);
    /// `minuteOfDay` of `day` in the company's zone, never after now.
    QDateTime at(const QDate &day, int minuteOfDay) const;
    /// `t`, or when it is after now (today's later hours), an instant earlier today.
    QDateTime notAfterNow(const QDateTime &t) const;

    DemoWriter &m_writer;
    const DemoGenerator::Options &m_options;
    const std::function<void(int, int)> &m_progress;
    Rng m_rng;
    DemoGenerator::Stats m_stats;
    const QDate m_today, m_start;
    const QDateTime m_createdAt;
    const QLocale m_enUs;
    const QTimeZone m_zone; ///< the company's: a day's working hours are its hours there
    const QDateTime m_now; ///< nothing is dated after it
    qint64 m_userIds[std::size(kUsers)] = {};
    qint64 m_contactId = 0, m_invoiceId = 0, m_paymentId = 0, m_noteId = 0, m_promiseId = 0,
           m_attachmentId = 0;
};

Result<DemoGenerator::Stats> DemoRun::run()
{
    if (auto s = m_writer.suspendSearchIndex(); !s)
        return s.error();
    if (auto h = m_writer.suspendArHistory(); !h)
        return h.error();
    if (auto p = m_writer.prepare(); !p)
        return p.error();
    if (auto u = users(); !u)
        return u.error();
    settings();
    for (int ci = 1; ci <= m_options.clients; ++ci) {
        client(ci);
        if (m_progress && (ci % 1000 == 0 || ci == m_options.clients))
            m_progress(ci, m_options.clients);
    }
    if (auto c = m_writer.check(); !c)
        return c.error();
    if (auto f = m_writer.rebuildSearchIndex(); !f)
        return f.error();
    if (auto h = m_writer.rebuildArHistory(); !h)
        return h.error();
    if (auto p = m_writer.fillPromisesMadeAt(); !p)
        return p.error();
    if (auto s = m_writer.summariseConversations(); !s)
        return s.error();
    return m_stats;
}

// ---------------------------------------------------------------------------------------------
// Users and company settings.

Result<void> DemoRun::users()
{
    for (size_t i = 0; i < std::size(kUsers); ++i) {
        auto id = m_writer.ensureUser(kUsers[i].name, kUsers[i].display, kUsers[i].role,
                                      m_createdAt);
        if (!id)
            return id.error();
        m_userIds[i] = id.value();
    }
    return {};
}

void DemoRun::settings()
{
    const std::pair<const char *, const char *> settings[] = {
            {"company.name", "Northwind Industrial Supply"},
            {"company.address", "400 Commerce Dr\nColumbus, OH 43215\nUSA"},
            {"company.home_currency", "USD"},
            {"company.locale", "en_US"},
            {"company.fiscal_year_start_month", "1"},
            {"summary.as_of", nullptr},
    };
    for (const auto &[key, value] : settings)
        m_writer.writeSetting(key, value ? QString::fromUtf8(value) : timeutil::toStorage(m_today));
}

// ---------------------------------------------------------------------------------------------
// Clients and their contacts.

void DemoRun::client(int ci)
{
    ClientFacts c = addClient(ci);
    contacts(c);
    // Invoices, payments and the collection conversation around each late one.
    for (int k = 0; k < c.invoiceCount; ++k) {
        if (!invoice(c, k))
            break;
    }
    holdIfOverdue(c);
    followUpTask(c);
    summary(c);
    ++m_stats.clients;
}

ClientFacts DemoRun::addClient(int ci)
{
    Rng &rng = m_rng;
    ClientFacts c;
    const Region &region = kRegions[rng.chance(820) ? rng.range(0, 3) : rng.range(4, 6)];
    c.country = QString::fromLatin1(region.country);
    c.currency = QString::fromLatin1(region.currency);
    QString name = QString::fromUtf8(rng.pick(kCompanyFirst)) + u' '
            + QString::fromUtf8(rng.pick(kCompanySecond));
    if (rng.chance(700))
        name += u' ' + QString::fromUtf8(rng.pick(kCompanySuffix));
    c.domain = slug(name.section(u' ', 0, 1)) + QString::number(ci % 97)
            + (c.country == QLatin1String("GB")           ? QStringLiteral(".co.uk")
                       : c.country == QLatin1String("DE") ? QStringLiteral(".de")
                       : c.country == QLatin1String("CA") ? QStringLiteral(".ca")
                                                          : QStringLiteral(".com"));
    const int r = int(rng.range(0, 999));
    c.profile = r < 450 ? Profile::Good
            : r < 800   ? Profile::Average
            : r < 950   ? Profile::Slow
                        : Profile::Bad;
    c.terms = rng.pick(kTerms);
    c.scale = rng.pick(kScale);
    c.clerkId = m_userIds[kFirstClerk + rng.range(0, kClerkCount - 1)];
    const bool keyAccount = c.scale >= 1500000 && rng.chance(600);
    const QString address = QStringLiteral("%1 %2\n%3")
                                    .arg(rng.range(10, 9800))
                                    .arg(QString::fromLatin1(rng.pick(kStreets)),
                                         QString::fromUtf8(region.cities[rng.range(0, 3)]));
    c.id = ci;
    c.creditLimit = c.scale * qint64(rng.range(4, 12));
    // Heavy-tailed invoice count (Pareto, alpha 1.6, min 4, cap 300): mean ~10.
    const double u = double(rng.range(1, 1000000)) / 1000000.0;
    c.invoiceCount = std::min(300, int(4.0 / std::pow(u, 1.0 / 1.6)));

    DemoWriter::ClientRow row;
    row.id = c.id;
    row.code = QStringLiteral("C%1").arg(ci, 6, 10, QChar(u'0'));
    row.name = name;
    row.currency = c.currency;
    row.paymentTermsDays = c.terms;
    row.creditLimitMinor = c.creditLimit;
    row.assignedUserId = c.clerkId;
    row.segment = keyAccount ? "key account" : "";
    row.tags = keyAccount ? "key,priority" : (c.profile == Profile::Bad ? "watch" : "");
    row.billingAddress = address;
    row.country = c.country;
    row.timeZone = region.timeZone;
    if (c.profile == Profile::Bad)
        row.internalNotes = QStringLiteral("Slow payer since onboarding; insist on PO numbers.");
    row.createdAt = m_createdAt;
    m_writer.writeClient(row);
    return c;
}

void DemoRun::contacts(ClientFacts &c)
{
    Rng &rng = m_rng;
    const int nContacts = int(rng.range(1, 4));
    for (int k = 0; k < nContacts; ++k) {
        const QString first = QString::fromUtf8(rng.pick(kFirstNames));
        const QString last = QString::fromUtf8(rng.pick(kLastNames));
        DemoWriter::ContactRow row;
        row.id = ++m_contactId;
        row.clientId = c.id;
        row.name = first + u' ' + last;
        row.email = (asciiFold(first) + u'.' + asciiFold(last)).toLower() + u'@' + c.domain;
        row.billing = k == 0 || rng.chance(150);
        row.role = k == 0 ? "Accounts Payable" : rng.pick(kRoles);
        row.preferredChannel = k == 0 ? "email" : (rng.chance(500) ? "phone" : "any");
        row.doNotContact = k > 0 && rng.chance(40);
        row.position = k;
        m_writer.writeContact(row);
        const int nPhones = rng.chance(300) ? 2 : 1;
        for (int p = 0; p < nPhones; ++p) {
            const PhoneNumber ph = makePhone(rng, c.country);
            m_writer.writePhone(
                    {row.id, p == 0 ? "office" : "mobile", ph.raw, ph.e164, ph.extension, p});
        }
        c.contacts.push_back({row.id, row.name, first});
    }
    m_stats.contacts += nContacts;
}

// ---------------------------------------------------------------------------------------------
// Invoices and payments.

/// False when the invoice would be issued after today (the client's history ends there).
bool DemoRun::invoice(ClientFacts &c, int k)
{
    const QDate issue
            = m_start.addDays(qint64(kHistoryDays) * k / c.invoiceCount + m_rng.range(0, 6));
    if (issue > m_today)
        return false;
    const InvoiceFacts inv = planInvoice(c, issue);
    writeLedger(c, inv);
    addToAccount(c, inv);
    conversation(c, inv);
    return true;
}

InvoiceFacts DemoRun::planInvoice(const ClientFacts &c, const QDate &issue)
{
    Rng &rng = m_rng;
    InvoiceFacts inv;
    inv.issue = issue;
    inv.due = issue.addDays(c.terms);
    qint64 amount = c.scale * rng.range(30, 200) / 100 + rng.range(0, 99);
    if (c.currency == QLatin1String("JPY"))
        amount = amount / 100 * 100;
    inv.amount = amount;
    inv.id = ++m_invoiceId;
    ++m_stats.invoices;
    inv.number = QStringLiteral("INV-%1").arg(100000 + inv.id);
    const std::optional<int> late = sampleLateness(rng, c.profile);
    inv.disputed = rng.chance(c.profile == Profile::Bad ? 60 : 12);
    inv.payDate = late ? inv.due.addDays(*late) : QDate();
    if (inv.payDate.isValid() && inv.payDate < issue)
        inv.payDate = issue.addDays(1);
    if (inv.disputed && inv.payDate.isValid())
        inv.payDate = inv.payDate.addDays(rng.range(20, 60)); // disputes delay payment
    inv.partial = inv.payDate.isValid() && rng.chance(120);
    if (inv.partial) {
        inv.firstPart = amount * rng.range(30, 70) / 100;
        inv.firstPayDate = inv.payDate.addDays(-rng.range(10, 30));
        if (inv.firstPayDate <= issue)
            inv.firstPayDate = issue.addDays(1);
    }
    // Settled in memory first: the invoice row goes in before the payments that reference it.
    if (inv.partial && inv.firstPayDate <= m_today) {
        inv.settlements.push_back({inv.firstPayDate, inv.firstPart});
        inv.paid += inv.firstPart;
    }
    if (inv.payDate.isValid() && inv.payDate <= m_today) {
        inv.settlements.push_back({inv.payDate, amount - inv.paid});
        inv.paid = amount;
    }
    // What has not been paid kWriteOffDays after the due date is written off (most of the
    // time); the rest stays open as the 90+ tail.
    inv.writeOffDate = inv.due.addDays(kWriteOffDays);
    inv.writtenOff = !inv.payDate.isValid() && inv.writeOffDate <= m_today && !inv.disputed
            && rng.chance(800);
    inv.balance = inv.writtenOff ? 0 : amount - inv.paid;
    return inv;
}

void DemoRun::writeLedger(const ClientFacts &c, const InvoiceFacts &inv)
{
    DemoWriter::InvoiceRow row;
    row.id = inv.id;
    row.clientId = c.id;
    row.number = inv.number;
    row.issueDate = inv.issue;
    row.dueDate = inv.due;
    row.amountMinor = inv.amount;
    row.currency = c.currency;
    if (m_rng.chance(400))
        row.poNumber = QStringLiteral("PO-%1").arg(m_rng.range(10000, 99999));
    row.balanceMinor = inv.balance;
    row.status = invoiceStatus(inv.amount, inv.balance, inv.disputed, inv.writtenOff);
    row.disputed = inv.disputed;
    if (inv.writtenOff)
        row.settledDate = inv.writeOffDate;
    else if (inv.balance == 0)
        row.settledDate = inv.payDate;
    row.createdAt = at(inv.issue, 540);
    m_writer.writeInvoice(row);
    for (const Settlement &sp : inv.settlements)
        payment(c, inv, sp);
    if (inv.writtenOff)
        m_writer.writeWriteOff({inv.id, inv.writeOffDate, inv.amount - inv.paid,
                                "Uncollectible after 210 days past due; approved by Amelia Clark",
                                at(inv.writeOffDate, 660), m_userIds[0]});
}

void DemoRun::payment(const ClientFacts &c, const InvoiceFacts &inv, const Settlement &settlement)
{
    Rng &rng = m_rng;
    ++m_stats.payments;
    const int m = int(rng.range(0, 99));
    const char *method = m < 40 ? "ach_wire" : m < 75 ? "check" : m < 95 ? "card" : "cash";
    const QString ref = m < 40 ? QStringLiteral("WIRE %1").arg(rng.range(100000, 999999))
            : m < 75           ? QStringLiteral("CHK %1").arg(rng.range(1000, 99999))
            : m < 95           ? QStringLiteral("CARD ****%1").arg(rng.range(1000, 9999))
                               : QString();
    m_writer.writePayment({++m_paymentId, c.id, inv.id, settlement.date, settlement.amount,
                           c.currency, method, ref, at(settlement.date, 600), c.clerkId});
}

void DemoRun::addToAccount(ClientFacts &c, const InvoiceFacts &inv) const
{
    if (inv.balance <= 0)
        return;
    c.balance += inv.balance;
    ++c.openCount;
    if (inv.due < m_today)
        c.overdue += inv.balance;
    if (!c.oldestOpenDue.isValid() || inv.due < c.oldestOpenDue)
        c.oldestOpenDue = inv.due;
}

// ---------------------------------------------------------------------------------------------
// Notes: the conversation between due date and payment (or today).

/// Days after the due date on which the invoice was talked about.
std::vector<int> DemoRun::chaseOffsets(const ClientFacts &c, const InvoiceFacts &inv)
{
    const QDate chaseEnd = inv.writtenOff ? inv.writeOffDate
            : (inv.balance == 0)          ? inv.payDate
                                          : m_today;
    const int daysChased
            = inv.due.isValid() && chaseEnd > inv.due ? int(inv.due.daysTo(chaseEnd)) : 0;
    std::vector<int> offsets;
    if (m_rng.chance(650)) // invoice sent / confirmed
        offsets.push_back(-int(m_rng.range(c.terms / 2, c.terms)));
    for (int step : {5, 15, 30, 45, 60, 90}) {
        if (daysChased > step)
            offsets.push_back(step + int(m_rng.range(0, 3)));
    }
    if (daysChased > 2 && offsets.size() < 2)
        offsets.push_back(int(m_rng.range(1, std::min(daysChased, 10))));
    return offsets;
}

void DemoRun::conversation(ClientFacts &c, const InvoiceFacts &inv)
{
    const std::vector<int> offsets = chaseOffsets(c, inv);
    for (size_t s = 0; s < offsets.size(); ++s) {
        const QDate when = inv.due.addDays(offsets[s]);
        if (when > m_today || when < inv.issue)
            continue;
        // A disputed invoice's dispute is raised in its last conversation.
        const bool disputeNow = inv.disputed && s + 1 == offsets.size();
        const Note n = composeNote(c, inv, when, offsets[s], disputeNow);
        ++m_stats.notes;
        m_writer.writeNote(n);
        if (!c.lastContact.isValid() || n.occurredAt >= c.lastContact) {
            c.lastContact = n.occurredAt;
            c.nextContact = n.nextContactDate;
        }
        if (m_rng.chance(4))
            attachment(n.id);
        if (n.outcome == NoteOutcome::Promised)
            promise(c, inv, n, when);
        if (disputeNow)
            dispute(c, inv, n);
    }
}

/// The note of a conversation on `when`, `step` days after the due date.
Note DemoRun::composeNote(const ClientFacts &c, const InvoiceFacts &inv, const QDate &when,
                          int step, bool disputeNow)
{
    Rng &rng = m_rng;
    const ContactSeed &ct = c.contacts[size_t(rng.range(0, qint64(c.contacts.size()) - 1))];
    Note n;
    n.clientId = c.id;
    n.contactId = ct.id;
    n.contactName = ct.name;
    n.authorId = c.clerkId;
    n.occurredAt = notAfterNow(
            QDateTime(when, QTime(8, 0).addSecs(rng.range(0, 9 * 3600)), m_zone).toUTC());
    n.recordedAt = std::min(n.occurredAt.addSecs(rng.range(30, 900)), m_now);
    n.invoiceIds = {inv.id};
    const QString amountText = Money::fromMinor(inv.amount, c.currency).format(m_enUs);
    const bool promiseNow = step >= 15 && rng.chance(inv.disputed ? 50 : 220);
    if (step < 0) {
        n.channel = NoteChannel::Email;
        n.text = QStringLiteral("Sent invoice %1 (%2) to %3 with PO reference; delivery "
                                "confirmed.")
                         .arg(inv.number, amountText, ct.name);
    } else if (disputeNow) {
        n.channel = NoteChannel::Call;
        n.outcome = NoteOutcome::Disputed;
        n.text = QStringLiteral("%1 disputes invoice %2: %3. Asked for photos and the delivery "
                                "note; passed to sales.")
                         .arg(ct.first, inv.number, QString::fromUtf8(rng.pick(kDisputeReasons)));
    } else if (promiseNow) {
        n.channel = rng.chance(800) ? NoteChannel::Call : NoteChannel::Email;
        n.outcome = NoteOutcome::Promised;
        n.text = QStringLiteral("Spoke with %1. Promised to pay %2 on invoice %3 by %4.")
                         .arg(ct.first, amountText, inv.number,
                              when.addDays(7).toString(Qt::ISODate));
    } else if (step <= 7) {
        n.channel = rng.chance(850) ? NoteChannel::Email : NoteChannel::Text;
        if (n.channel == NoteChannel::Text)
            n.outcome = NoteOutcome::Reached;
        n.text = QStringLiteral("Friendly reminder sent: invoice %1 for %2 was due %3.")
                         .arg(inv.number, amountText, inv.due.toString(Qt::ISODate));
    } else {
        describeChase(n, ct, inv, step, amountText);
    }
    n.direction = (n.channel == NoteChannel::Call && rng.chance(120)) ? NoteDirection::Inbound
                                                                      : NoteDirection::Outbound;
    planFollowUp(n, inv, when, step);
    n.id = ++m_noteId;
    n.revisionId = n.id;
    n.revision = 1;
    return n;
}

/// A later chase: mostly calls, then e-mails, letters, escalations and meetings.
void DemoRun::describeChase(Note &n, const ContactSeed &ct, const InvoiceFacts &inv, int step,
                            const QString &amountText)
{
    const int kind = int(m_rng.range(0, 99));
    if (kind < 70) {
        describeCall(n, ct, inv, step, amountText);
    } else if (kind < 85) {
        n.channel = NoteChannel::Email;
        n.text = QStringLiteral("Second reminder e-mailed to %1 with a statement of open "
                                "invoices; %2 is %3 days late.")
                         .arg(ct.name, inv.number)
                         .arg(step);
    } else if (kind < 92) {
        n.channel = NoteChannel::Letter;
        n.text = QStringLiteral("Final notice letter mailed for invoice %1 (%2) to the billing "
                                "address.")
                         .arg(inv.number, amountText);
    } else if (kind < 96) {
        n.channel = NoteChannel::Internal;
        n.text = QStringLiteral("Escalated to Amelia: account is %1 days past due on %2. "
                                "Consider credit hold.")
                         .arg(step)
                         .arg(inv.number);
    } else {
        n.channel = NoteChannel::Meeting;
        n.outcome = NoteOutcome::Reached;
        n.text = QStringLiteral("Met %1 on site; walked through open items including %2. Agreed "
                                "to reconcile by Friday.")
                         .arg(ct.name, inv.number);
    }
}

void DemoRun::describeCall(Note &n, const ContactSeed &ct, const InvoiceFacts &inv, int step,
                           const QString &amountText)
{
    n.channel = NoteChannel::Call;
    const int o = int(m_rng.range(0, 99));
    n.outcome = o < 40 ? NoteOutcome::Reached
            : o < 70   ? NoteOutcome::LeftVoicemail
            : o < 92   ? NoteOutcome::NoAnswer
            : o < 96   ? NoteOutcome::WrongNumber
                       : NoteOutcome::Refused;
    switch (n.outcome) {
    case NoteOutcome::Reached:
        n.text = QStringLiteral("Reached %1 in AP. Invoice %2 (%3) is approved and in the next "
                                "check run; will confirm the check number.")
                         .arg(ct.first, inv.number, amountText);
        break;
    case NoteOutcome::LeftVoicemail:
        n.text = QStringLiteral("Left voicemail for %1 about invoice %2, %3 days past due. Asked "
                                "for a call back.")
                         .arg(ct.first, inv.number)
                         .arg(step);
        break;
    case NoteOutcome::NoAnswer:
        n.text = QStringLiteral("Called the AP line about invoice %1; no answer. Will try "
                                "again.")
                         .arg(inv.number);
        break;
    case NoteOutcome::WrongNumber:
        n.text = QStringLiteral("Number on file for %1 reaches a different company. Need an "
                                "updated AP contact.")
                         .arg(ct.name);
        break;
    default:
        n.text = QStringLiteral("%1 refused to discuss invoice %2 and asked us to write to the "
                                "controller.")
                         .arg(ct.first, inv.number);
        break;
    }
}

void DemoRun::planFollowUp(Note &n, const InvoiceFacts &inv, const QDate &when, int step)
{
    const bool conversation = n.channel == NoteChannel::Call || n.channel == NoteChannel::Text
            || n.channel == NoteChannel::Meeting;
    if (n.outcome == NoteOutcome::Promised)
        n.nextContactDate = when.addDays(8);
    else if (step >= 0 && inv.balance > 0 && m_rng.chance(900))
        n.nextContactDate = when.addDays(m_rng.range(3, 14));
    else if (step >= 0 && m_rng.chance(700))
        n.nextContactDate = when.addDays(m_rng.range(5, 10));
    else if (conversation)
        n.noFollowUpNeeded = true;
}

void DemoRun::attachment(qint64 noteId)
{
    const DemoFile f = makeAttachment(int(m_rng.range(0, 20)));
    ++m_stats.attachments;
    m_writer.writeAttachment(++m_attachmentId, noteId, f.name, f.mime, f.content);
}

// ---------------------------------------------------------------------------------------------
// Promises, disputes and follow-up tasks.

void DemoRun::promise(ClientFacts &c, const InvoiceFacts &inv, const Note &n, const QDate &when)
{
    const QDate promised = when.addDays(7);
    const QDate deadline = promised.addDays(kPromiseGraceDays);
    // Paid by the deadline?
    qint64 paidByThen = 0;
    if (inv.payDate.isValid() && inv.payDate <= deadline)
        paidByThen = inv.amount;
    else if (inv.partial && inv.firstPayDate <= deadline)
        paidByThen = inv.firstPart;
    const char *status = deadline >= m_today ? "open"
            : paidByThen >= inv.amount       ? "kept"
            : paidByThen > 0                 ? "partly_kept"
                                             : "broken";
    if (qstrcmp(status, "broken") == 0 && inv.balance > 0)
        c.anyBrokenPromise = true;
    ++m_stats.promises;
    DemoWriter::PromiseRow row;
    row.id = ++m_promiseId;
    row.clientId = c.id;
    row.noteId = n.id;
    row.invoiceId = inv.id;
    row.amountMinor = inv.amount;
    row.paidMinor = std::min(paidByThen, inv.amount);
    row.currency = c.currency;
    row.promisedDate = promised;
    row.status = status;
    row.createdAt = n.recordedAt;
    row.createdBy = c.clerkId;
    m_writer.writePromise(row);
}

void DemoRun::dispute(const ClientFacts &c, const InvoiceFacts &inv, const Note &n)
{
    ++m_stats.disputes;
    const bool resolved = inv.balance == 0;
    DemoWriter::DisputeRow row;
    row.clientId = c.id;
    row.invoiceId = inv.id;
    row.ownerId = c.clerkId;
    row.openedNote = n.id;
    row.reason = n.text.section(u':', 1).trimmed();
    row.status = resolved ? "resolved" : "open";
    row.openedAt = n.recordedAt;
    if (resolved) {
        row.resolvedAt = at(inv.payDate, 700);
        row.resolution = "Credit issued for the difference; balance paid.";
    }
    m_writer.writeDispute(row);
}

void DemoRun::holdIfOverdue(const ClientFacts &c)
{
    const bool hold
            = (c.overdue > 0 && c.oldestOpenDue.isValid() && c.oldestOpenDue.daysTo(m_today) > 60)
            || (c.balance > c.creditLimit && m_rng.chance(500));
    if (!hold)
        return;
    if (c.oldestOpenDue.isValid() && c.oldestOpenDue.daysTo(m_today) > 120)
        m_writer.holdClient(c.id, "in_collections",
                            QStringLiteral("More than 120 days past due; referred to collections"));
    else
        m_writer.holdClient(c.id, "on_hold", QStringLiteral("Invoices more than 60 days past due"));
}

bool DemoRun::wantsFollowUp(const ClientFacts &c) const
{
    return c.nextContact.isValid() && c.nextContact >= m_today.addDays(-3) && c.balance > 0;
}

void DemoRun::followUpTask(const ClientFacts &c)
{
    if (!wantsFollowUp(c))
        return;
    ++m_stats.tasks;
    DemoWriter::TaskRow row;
    row.clientId = c.id;
    row.ownerId = c.clerkId;
    row.kind = c.anyBrokenPromise ? "call" : "follow_up";
    row.title = c.anyBrokenPromise ? QStringLiteral("Call about the broken promise")
                                   : QStringLiteral("Follow up on open invoices");
    row.dueDate = c.nextContact;
    row.sourceNoteId = m_noteId;
    row.createdAt = at(m_today.addDays(-1), 600);
    row.createdBy = c.clerkId;
    m_writer.writeTaskUnaudited(row);
}

// ---------------------------------------------------------------------------------------------
// The AR summary row of a client, as of today.

void DemoRun::summary(const ClientFacts &c)
{
    DemoWriter::SummaryRow row;
    row.clientId = c.id;
    row.currency = c.currency;
    row.balanceMinor = c.balance;
    row.overdueMinor = c.overdue;
    row.openInvoices = c.openCount;
    row.oldestOpenDueDate = c.oldestOpenDue;
    row.lastContactAt = c.lastContact;
    // Next contact is the open follow-up's date (ArSummary::tasksChanged): none without one.
    row.nextContactDate = wantsFollowUp(c) ? c.nextContact : QDate();
    row.asOf = m_today;
    m_writer.writeSummary(row);
}

QDateTime DemoRun::at(const QDate &day, int minuteOfDay) const
{
    return notAfterNow(QDateTime(day, QTime(0, 0).addSecs(minuteOfDay * 60), m_zone).toUTC());
}

QDateTime DemoRun::notAfterNow(const QDateTime &t) const
{
    if (t <= m_now)
        return t;
    // Spread over the part of today that has passed (so a day's order mostly holds).
    const QDateTime dayStart = timeutil::startOfDay(timeutil::dateIn(m_now, m_zone), m_zone);
    const qint64 passed = std::max<qint64>(1, dayStart.secsTo(m_now));
    return m_now.addSecs(-(m_now.secsTo(t) % passed));
}

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
    DemoWriter writer(*m_db);
    if (!writer.hasHandle())
        return makeError(ErrorCode::Database, QStringLiteral("no SQLite handle"));
    auto existing = writer.clientCount();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already has %2 clients; demo data goes into an empty "
                                        "company file")
                                 .arg(m_db->path())
                                 .arg(existing.value()));
    writer.start();
    auto stats = inTransaction(*m_db, [&]() {
        return DemoRun(writer, options, progress, m_db->timeZone(), m_db->clock()->now()).run();
    });
    if (!stats)
        return stats;
    writer.finish();
    log::info(QStringLiteral("demo: %1 clients, %2 invoices, %3 notes")
                      .arg(stats.value().clients)
                      .arg(stats.value().invoices)
                      .arg(stats.value().notes));
    return stats;
}

} // namespace ardesk
