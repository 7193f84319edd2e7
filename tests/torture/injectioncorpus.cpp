// SPDX-License-Identifier: MIT
#include "injectioncorpus.h"

#include "core/mail/smtptransport.h"
#include "core/services/clientservice.h"
#include "core/services/mailservice.h"
#include "core/services/noteservice.h"
#include "core/services/settingsservice.h"
#include "core/services/templateservice.h"
#include "core/services/userservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/outbox.h"
#include "core/storage/userrepository.h"
#include "support/mailtestdata.h"
#include "support/smtptestserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>

#include <functional>

namespace ardesk::torture {
namespace {

using Request = MailService::ComposeRequest;

/// One input field that reaches an e-mail, and how a value gets into it.
struct Field
{
    QString name;
    QString benign;
    /// Stores the value where a user would (a contact, the SMTP settings…); may refuse it.
    std::function<Result<void>(const QString &)> store;
    /// The message to compose with the value in place.
    std::function<Result<Request>(const QString &)> request;
    /// An edit of the composed message before it is queued (the compose dialog), if any.
    std::function<void(MailService::Preview &, const QString &)> edit;
    /// The envelope recipients intended while the value is in place.
    std::function<QStringList()> intended;
};

/// What became of one value in one field.
struct Case
{
    QString field;
    QString value;
    bool baseline = false;
    QString messageId; ///< empty when refused
    QString refusal;
    QStringList intended;
};

QString printable(const QString &value)
{
    QString out;
    for (const QChar c : value.left(60)) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)
            || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return value.size() > 60 ? out + QStringLiteral("…(%1)").arg(value.size()) : out;
}

/// The company the corpus writes to: MailTestData (ACME with Ann, billing; Cleo, not billing),
/// a manager who sends (and overrides the guard's contact cap: hundreds of messages go to one
/// client) and SMTP settings for the loopback server.
class Company
{
public:
    bool create(const QString &file, int port, QStringList &problems)
    {
        if (!data.create(file))
            return fail(problems, QStringLiteral("the test company could not be made"));
        db = data.db;
        User amelia;
        amelia.name = QStringLiteral("amelia");
        amelia.displayName = QStringLiteral("Amelia Manager");
        amelia.roles = UserRole::Manager;
        amelia.email = QStringLiteral("amelia@acme-supplies.example");
        auto id = UserService(db).add(amelia, data.user);
        if (!id)
            return fail(problems, id.errorString());
        amelia.id = id.value();
        manager = amelia;
        smtp = test::MailTestData::smtp(port, SmtpSettings::Security::None, QString());
        smtp.user.clear(); // the recording server asks for no login
        smtp.ratePerMinute = 0;
        smtp.ratePerDay = 0;
        if (auto s = SettingsService(db, data.user).saveSmtp(smtp); !s)
            return fail(problems, s.errorString());
        auto copy = TemplateService(db, manager.id).duplicate(QStringLiteral("friendly-reminder"));
        if (!copy)
            return fail(problems, copy.errorString());
        reminder = copy.value();
        return true;
    }
    Result<Contact> contact(qint64 id) const
    {
        auto all = ContactRepository(db->connection()).forClient(data.acme);
        if (!all)
            return all.error();
        for (const Contact &c : all.value()) {
            if (c.id == id)
                return c;
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("contact %1").arg(id));
    }
    Result<void> setContact(qint64 id, const std::function<void(Contact &)> &change)
    {
        auto c = contact(id);
        if (!c)
            return c.error();
        Contact edited = c.value();
        change(edited);
        return ClientService(db, data.user).updateContact(edited);
    }
    Result<void> setSmtp(const std::function<void(SmtpSettings &)> &change)
    {
        SmtpSettings edited = smtp;
        change(edited);
        auto saved = SettingsService(db, data.user).saveSmtp(edited);
        if (!saved)
            return saved.error();
        return {};
    }
    Result<void> setManager(const std::function<void(User &)> &change)
    {
        auto u = UserRepository(db->connection()).find(manager.id);
        if (!u)
            return u.error();
        User edited = u.value();
        change(edited);
        return UserService(db).update(edited, data.user);
    }
    QString email(qint64 contactId) const
    {
        auto c = contact(contactId);
        return c ? c.value().email.trimmed().toLower() : QString();
    }
    Request reminderTo(const QString &templateKey = QStringLiteral("friendly-reminder")) const
    {
        Request r;
        r.clientId = data.acme;
        r.templateKey = templateKey;
        r.invoiceIds = {data.inv1};
        return r;
    }

    test::MailTestData data;
    std::shared_ptr<Database> db;
    User manager;
    SmtpSettings smtp;
    NoteTemplate reminder;
    int serial = 0;

private:
    static bool fail(QStringList &problems, const QString &why)
    {
        problems << QStringLiteral("setup: ") + why;
        return false;
    }
};

QList<Field> fields(Company &co)
{
    QList<Field> out;
    const auto plain = [&co]() {
        return [&co](const QString &) -> Result<Request> { return co.reminderTo(); };
    };
    const auto ann = [&co]() { return QStringList {co.email(co.data.ann)}; };
    out << Field {QStringLiteral("client name"),
                  QStringLiteral("Acme Client & Sons"),
                  [&co](const QString &v) -> Result<void> {
                      auto c = ClientRepository(co.db->connection()).find(co.data.acme);
                      if (!c)
                          return c.error();
                      Client edited = c.value();
                      edited.name = v;
                      return ClientService(co.db, co.data.user).updateClient(edited);
                  },
                  plain(),
                  {},
                  ann};
    out << Field {QStringLiteral("contact name"),
                  QStringLiteral("Ann Lee"),
                  [&co](const QString &v) {
                      return co.setContact(co.data.ann, [&](Contact &c) { c.name = v; });
                  },
                  plain(),
                  {},
                  ann};
    out << Field {QStringLiteral("contact e-mail"),
                  QStringLiteral("ap@acme-client.example"),
                  [&co](const QString &v) {
                      return co.setContact(co.data.ann, [&](Contact &c) { c.email = v; });
                  },
                  plain(),
                  {},
                  ann};
    out << Field {QStringLiteral("cc e-mail"),
                  QStringLiteral("cfo@acme-client.example"),
                  [&co](const QString &v) {
                      return co.setContact(co.data.cfo, [&](Contact &c) { c.email = v; });
                  },
                  [&co](const QString &) -> Result<Request> {
                      Request r = co.reminderTo();
                      r.ccContactIds = {co.data.cfo};
                      return r;
                  },
                  {},
                  [&co]() {
                      return QStringList {co.email(co.data.ann), co.email(co.data.cfo)};
                  }};
    out << Field {QStringLiteral("from name"),
                  QStringLiteral("Acme Supplies AR"),
                  [&co](const QString &v) {
                      return co.setSmtp([&](SmtpSettings &s) { s.fromName = v; });
                  },
                  plain(),
                  {},
                  ann};
    out << Field {QStringLiteral("from address"),
                  QStringLiteral("ar@acme-supplies.example"),
                  [&co](const QString &v) {
                      return co.setSmtp([&](SmtpSettings &s) { s.fromAddress = v; });
                  },
                  plain(),
                  {},
                  ann};
    out << Field {
            QStringLiteral("reply-to"),
            QStringLiteral("collections@acme-supplies.example"),
            [&co](const QString &v) { return co.setSmtp([&](SmtpSettings &s) { s.replyTo = v; }); },
            plain(),
            {},
            ann};
    out << Field {
            QStringLiteral("sender's display name"),
            QStringLiteral("Amelia Manager"),
            [&co](const QString &v) { return co.setManager([&](User &u) { u.displayName = v; }); },
            plain(),
            {},
            ann};
    out << Field {QStringLiteral("sender's e-mail"),
                  QStringLiteral("amelia@acme-supplies.example"),
                  [&co](const QString &v) { return co.setManager([&](User &u) { u.email = v; }); },
                  plain(),
                  {},
                  ann};
    out << Field {
            QStringLiteral("sender's signature"),
            QStringLiteral("Amelia\nAcme Supplies"),
            [&co](const QString &v) { return co.setManager([&](User &u) { u.signature = v; }); },
            plain(),
            {},
            ann};
    out << Field {
            QStringLiteral("template subject"),
            QStringLiteral("Reminder"),
            [&co](const QString &v) {
                co.reminder.subject = QStringLiteral("{{client.name}}: ") + v;
                return TemplateService(co.db, co.manager.id).save(co.reminder);
            },
            [&co](const QString &) -> Result<Request> { return co.reminderTo(co.reminder.key); },
            {},
            ann};
    out << Field {QStringLiteral("edited subject"),
                  QStringLiteral("About your account"),
                  nullptr,
                  plain(),
                  [](MailService::Preview &p, const QString &v) { p.message.subject = v; },
                  ann};
    out << Field {QStringLiteral("edited body"),
                  QStringLiteral("Please pay.\n"),
                  nullptr,
                  plain(),
                  [](MailService::Preview &p, const QString &v) { p.message.text = v; },
                  ann};
    out << Field {QStringLiteral("invoice number"),
                  QStringLiteral("INV-900"),
                  nullptr,
                  [&co](const QString &v) -> Result<Request> {
                      Invoice i = test::makeInvoice(co.data.acme, v, co.db->today().addDays(-30),
                                                    1000);
                      if (auto id = ClientService(co.db, co.data.user).addInvoice(i); !id)
                          return id.error();
                      Request r = co.reminderTo();
                      r.invoiceIds = {i.id};
                      return r;
                  },
                  {},
                  ann};
    out << Field {QStringLiteral("PO number"),
                  QStringLiteral("PO-1"),
                  nullptr,
                  [&co](const QString &v) -> Result<Request> {
                      Invoice i = test::makeInvoice(co.data.acme,
                                                    QStringLiteral("PO-INV-%1").arg(++co.serial),
                                                    co.db->today().addDays(-30), 1000);
                      i.poNumber = v;
                      if (auto id = ClientService(co.db, co.data.user).addInvoice(i); !id)
                          return id.error();
                      Request r = co.reminderTo();
                      r.invoiceIds = {i.id};
                      return r;
                  },
                  {},
                  ann};
    out << Field {QStringLiteral("attachment name"),
                  QStringLiteral("INV-1.pdf"),
                  nullptr,
                  [&co](const QString &v) -> Result<Request> {
                      Request r = co.reminderTo();
                      r.attachData = {MailAttachment {v, QStringLiteral("application/pdf"),
                                                      QByteArray("%PDF-1.4 invoice\n")}};
                      return r;
                  },
                  {},
                  ann};
    out << Field {QStringLiteral("recapped call note"),
                  QStringLiteral("Will pay next week."),
                  nullptr,
                  [&co](const QString &v) -> Result<Request> {
                      NoteService::Draft d;
                      d.note.clientId = co.data.acme;
                      d.note.channel = NoteChannel::Call;
                      d.note.contactId = co.data.ann;
                      d.note.contactName = QStringLiteral("Ann Lee");
                      d.note.occurredAt = co.db->clock()->now().addSecs(-60);
                      d.note.outcome = NoteOutcome::Reached;
                      d.note.text = v;
                      d.note.noFollowUpNeeded = true;
                      auto note = NoteService(co.db, co.manager.id).add(d);
                      if (!note)
                          return note.error();
                      return MailService(co.db, co.manager.id).recapRequest(note.value().id);
                  },
                  {},
                  ann};
    return out;
}

/// Queues one message with `value` in `field`; the case says whether it was refused.
Case push(Company &co, const Field &field, const QString &value, bool baseline)
{
    Case c {field.name, value, baseline, {}, {}, {}};
    const auto refused = [&c](const QString &why) {
        c.refusal = why.isEmpty() ? QStringLiteral("(refused without a message)") : why;
        return c;
    };
    if (field.store) {
        if (auto s = field.store(value); !s)
            return refused(s.errorString());
    }
    c.intended = field.intended();
    auto request = field.request(value);
    if (!request)
        return refused(request.errorString());
    MailService mail(co.db, co.manager.id);
    auto preview = mail.compose(request.value());
    if (!preview)
        return refused(preview.errorString());
    MailService::Preview p = preview.value();
    if (field.edit)
        field.edit(p, value);
    if (!p.guard.allowed())
        p.overrideReason = QStringLiteral("injection corpus");
    auto id = mail.queue(p);
    if (!id)
        return refused(id.errorString());
    auto stored = Outbox(*co.db).find(id.value());
    if (stored)
        c.messageId = stored.value().messageId;
    return c;
}

QJsonObject inspect(const QString &script, const QString &serverDir, QStringList &problems)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script, serverDir});
    if (!python.waitForStarted(10000) || !python.waitForFinished(300000)) {
        problems << QStringLiteral("smtpinspect.py did not run");
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    if (o.isEmpty())
        problems << QStringLiteral("smtpinspect.py: ")
                        + QString::fromUtf8(python.readAllStandardError().left(800));
    return o;
}

QHash<QString, int> tally(const QJsonArray &names)
{
    QHash<QString, int> t;
    for (const QJsonValue &n : names)
        ++t[n.toString().toLower()];
    return t;
}

/// Headers (and MIME parts) `got` has beyond `base`.
int extraHeaders(const QJsonObject &base, const QJsonObject &got, QStringList &which)
{
    int extra = 0;
    const QHash<QString, int> b = tally(base.value(QStringLiteral("headers")).toArray());
    const QHash<QString, int> g = tally(got.value(QStringLiteral("headers")).toArray());
    for (auto it = g.cbegin(); it != g.cend(); ++it) {
        if (it.value() > b.value(it.key())) {
            extra += it.value() - b.value(it.key());
            which << it.key();
        }
    }
    const qsizetype parts = got.value(QStringLiteral("parts")).toArray().size()
            - base.value(QStringLiteral("parts")).toArray().size();
    if (parts > 0) {
        extra += int(parts);
        which << QStringLiteral("%1 more MIME parts").arg(parts);
    }
    const QHash<QString, int> bp = tally(base.value(QStringLiteral("part_headers")).toArray());
    const QHash<QString, int> gp = tally(got.value(QStringLiteral("part_headers")).toArray());
    for (auto it = gp.cbegin(); it != gp.cend(); ++it) {
        if (parts <= 0 && it.value() > bp.value(it.key())) {
            extra += it.value() - bp.value(it.key());
            which << QStringLiteral("part ") + it.key();
        }
    }
    return extra;
}

/// Sends, past the core, a copy of `like`'s message with a Bcc header and an extra envelope
/// recipient, then speaks one VRFY on a connection of its own; returns the copy's Message-ID.
QString forgeControl(Company &co, const Case &like, const SmtpSettings &smtp, int port,
                     QStringList &problems)
{
    auto original = Outbox(*co.db).list();
    QByteArray eml;
    if (original) {
        for (const OutboxMessage &m : original.value()) {
            if (m.messageId == like.messageId) {
                auto full = Outbox(*co.db).find(m.id);
                if (full)
                    eml = full.value().eml;
            }
        }
    }
    const QString id = QStringLiteral("control.forged@acme-supplies.example");
    const QByteArray oldId = like.messageId.toLatin1();
    eml.replace(oldId, id.toLatin1());
    eml.prepend("Bcc: control@forged.example\r\n");
    SmtpTransport transport(smtp, QString());
    const SmtpTransport::Delivery d = transport.send(
            eml, smtp.fromAddress,
            like.intended + QStringList {QStringLiteral("control@forged.example")});
    transport.close();
    if (!d.ok()) {
        problems << QStringLiteral("the control message was not accepted: ") + d.error;
        return {};
    }
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (socket.waitForConnected(5000) && socket.waitForReadyRead(5000)) {
        socket.readAll();
        socket.write("VRFY control\r\n");
        socket.waitForReadyRead(5000);
        socket.write("QUIT\r\n");
        socket.waitForReadyRead(5000);
    }
    socket.disconnectFromHost();
    return id;
}

} // namespace

InjectionCorpus::InjectionCorpus(Paths paths)
    : m_paths(std::move(paths))
{ }

QString InjectionCorpus::decode(const QString &line)
{
    QString text = line;
    int times = 1;
    if (text.startsWith(QLatin1String("repeat:"))) {
        const qsizetype colon = text.indexOf(u':', 7);
        times = text.mid(7, colon - 7).toInt();
        text = text.mid(colon + 1);
    }
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(++i);
        switch (e.unicode()) {
        case 'r':
            out += u'\r';
            break;
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case '0':
            out += QChar(0);
            break;
        case 'e':
            out += QChar(0x1b);
            break;
        case 'x':
            out += QChar(text.mid(i + 1, 2).toUShort(nullptr, 16));
            i += 2;
            break;
        case 'u':
            out += QChar(text.mid(i + 1, 4).toUShort(nullptr, 16));
            i += 4;
            break;
        default:
            out += e;
            break; // \\ and \"
        }
    }
    return out.repeated(std::max(times, 1));
}

QStringList InjectionCorpus::load(const QString &dir, QString *error)
{
    QStringList values;
    const QStringList files
            = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read ") + f.fileName();
            return {};
        }
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            values << decode(line);
        }
    }
    if (values.isEmpty() && error)
        *error = QStringLiteral("no values in ") + dir;
    return values;
}

TortureRow InjectionCorpus::run()
{
    TortureRow row;
    row.name = QStringLiteral("injection corpus → recording SMTP server");
    row.extraCommands = row.extraHeaders = row.extraRecipients = 0;
    row.acknowledgedLost = 0;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QStringList values
            = load(m_paths.sourceDir + QStringLiteral("/tests/data/injection"), &error);
    if (values.isEmpty()) {
        ++row.crashes;
        row.problems << error;
        return row;
    }
    const QString serverDir = m_paths.workDir + QStringLiteral("/injection-smtp");
    test::SmtpTestServer server;
    if (!server.start(
                serverDir, test::SmtpTestServer::Tls::None, QString(),
                {QStringLiteral("--commands"), serverDir + QStringLiteral("/commands.jsonl")})) {
        ++row.crashes;
        row.problems << QStringLiteral("the SMTP server did not start");
        return row;
    }
    Company co;
    if (!co.create(m_paths.workDir + QStringLiteral("/injection.ardesk"), server.port(),
                   row.problems)) {
        ++row.crashes;
        return row;
    }
    QList<Case> cases;
    QHash<QString, int> refusedPerField;
    for (const Field &field : fields(co)) {
        cases << push(co, field, field.benign, true);
        if (cases.last().messageId.isEmpty()) {
            ++row.crashes;
            row.problems << field.name + QStringLiteral(": the benign value was refused: ")
                            + cases.last().refusal;
            continue;
        }
        for (const QString &v : values) {
            cases << push(co, field, v, false);
            if (!cases.last().refusal.isEmpty())
                ++refusedPerField[field.name];
            if (field.store) {
                if (auto back = field.store(field.benign); !back) {
                    ++row.crashes;
                    row.problems << field.name
                                    + QStringLiteral(": the benign value was refused "
                                                     "back: ")
                                    + back.errorString();
                    break;
                }
            }
        }
    }
    row.attempts = int(cases.size());

    // Send everything queued (one connection, many messages), then read what arrived.
    SmtpSettings smtp = co.smtp;
    SmtpTransport transport(smtp, QString());
    MailService sender(co.db, co.manager.id);
    MailService::SendOptions options;
    options.limit = 100000;
    auto report = sender.send(transport, options);
    if (!report || report.value().sent + report.value().parked == 0) {
        ++row.crashes;
        row.problems << QStringLiteral("send: ")
                        + (report ? report.value().stoppedBecause : report.errorString());
    }
    // The oracle's control: one message forged on purpose (a Bcc header and a recipient nobody
    // intended, sent past the core) and one command the client never sends. Both must be seen,
    // else the zeros below prove nothing.
    const QString control = forgeControl(co, cases.first(), smtp, server.port(), row.problems);
    server.stop();
    const QJsonObject seen
            = inspect(m_paths.sourceDir + QStringLiteral("/tests/torture/smtpinspect.py"),
                      serverDir, row.problems);
    const QJsonObject messages = seen.value(QStringLiteral("messages")).toObject();
    row.extraCommands = seen.value(QStringLiteral("extra_commands")).toInt(-1) - 1;
    QStringList commandProblems;
    for (const QJsonValue &c : seen.value(QStringLiteral("command_problems")).toArray())
        commandProblems << c.toString();
    if (commandProblems.removeAll(QStringLiteral("unexpected command: VRFY control")) != 1) {
        ++row.crashes;
        row.problems << QStringLiteral("the oracle did not see the control's VRFY command");
    }
    for (const QString &c : std::as_const(commandProblems))
        row.problems << QStringLiteral("SMTP: ") + c;

    QHash<QString, QJsonObject> baseline;
    int delivered = 0;
    for (const Case &c : std::as_const(cases)) {
        if (c.messageId.isEmpty())
            continue;
        const QJsonObject got = messages.value(c.messageId).toObject();
        if (got.isEmpty()) {
            ++row.acknowledgedLost;
            row.problems << QStringLiteral("%1 = \"%2\": queued as %3, never received")
                                    .arg(c.field, printable(c.value), c.messageId);
            continue;
        }
        ++delivered;
        if (c.baseline) {
            baseline.insert(c.field, got);
            continue;
        }
        QStringList which;
        const int extra = extraHeaders(baseline.value(c.field), got, which);
        if (extra > 0) {
            row.extraHeaders += extra;
            row.problems << QStringLiteral("%1 = \"%2\": extra %3")
                                    .arg(c.field, printable(c.value), which.join(u','));
        }
        QStringList intended;
        for (const QString &a : c.intended)
            intended << a.toLower();
        for (const QJsonValue &r : got.value(QStringLiteral("rcpt_tos")).toArray()) {
            if (!intended.contains(r.toString().toLower())) {
                ++row.extraRecipients;
                row.problems << QStringLiteral("%1 = \"%2\": recipient %3 not intended (%4)")
                                        .arg(c.field, printable(c.value), r.toString(),
                                             intended.join(u','));
            }
        }
    }
    {
        QStringList which;
        const QJsonObject forged = messages.value(control).toObject();
        const int headers = extraHeaders(baseline.value(cases.first().field), forged, which);
        const bool evil = forged.value(QStringLiteral("rcpt_tos"))
                                  .toArray()
                                  .contains(QStringLiteral("control@forged.example"));
        if (control.isEmpty() || headers != 1 || !evil) {
            ++row.crashes;
            row.problems << QStringLiteral("the oracle missed the forged control message "
                                           "(%1 extra headers, evil recipient %2)")
                                    .arg(headers)
                                    .arg(evil ? QStringLiteral("seen")
                                              : QStringLiteral("not seen"));
        } else {
            row.notes << QStringLiteral("control: the forged message's extra %1 header and "
                                        "recipient, and a VRFY command, were all detected")
                                 .arg(which.join(u','));
        }
    }
    QStringList summary;
    for (auto it = refusedPerField.cbegin(); it != refusedPerField.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    row.name += QStringLiteral(" (%1 values × %2 fields; %3 delivered inert, %4 refused)")
                        .arg(values.size())
                        .arg(fields(co).size())
                        .arg(delivered)
                        .arg(cases.size() - delivered);
    // One refusal per field for the log: the message names the field.
    QSet<QString> shown;
    for (const Case &c : std::as_const(cases)) {
        if (!c.refusal.isEmpty() && !shown.contains(c.field)) {
            shown.insert(c.field);
            row.notes << QStringLiteral("%1 = \"%2\" refused: %3")
                                 .arg(c.field, printable(c.value), c.refusal);
        }
    }
    co.db->releaseThreadConnection();
    row.seconds = timer.elapsed() / 1000.0;
    return row;
}

} // namespace ardesk::torture
