// SPDX-License-Identifier: MIT
// Helpers for the collection-workflow tests: a small company on a real file, notes that make
// promises, plans and disputes through NoteService, payments through LedgerService, and a
// ReminderMailer that writes real outbox rows and remembers what it was asked.
#pragma once

#include "core/domain/dunning.h"
#include "core/domain/promise.h"
#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/services/noteservice.h"
#include "core/services/remindermailer.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace ardesk::test {

/// Queues a real outbox row for each reminder (the exact bytes are a stand-in: the e-mail
/// composer is not part of these tests) and records each call.
class RecordingMailer : public ReminderMailer
{
public:
    struct Call
    {
        qint64 clientId = 0;
        QString templateKey;
        QList<qint64> invoiceIds;
        QDate asOf;
    };
    explicit RecordingMailer(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    Result<qint64> queueReminder(qint64 clientId, const QString &templateKey,
                                 const QList<qint64> &invoiceIds, const QDate &asOf) override
    {
        calls.append({clientId, templateKey, invoiceIds, asOf});
        const QByteArray eml = QStringLiteral("Subject: %1\r\n\r\nInvoices %2\r\n")
                                       .arg(templateKey)
                                       .arg(invoiceIds.size())
                                       .toUtf8();
        auto r = sql::exec(
                m_db->connection(),
                QStringLiteral("INSERT INTO outbox (client_id, status, message_id, "
                               "from_addr, recipients, subject, template_key, eml, "
                               "eml_sha256, created_at) VALUES "
                               "(?,'queued',?,?,?,?,?,?,?,?)"),
                {clientId, QStringLiteral("<%1.%2@test>").arg(calls.size()).arg(clientId),
                 QStringLiteral("ar@example.com"), QStringLiteral("[\"ap@client.example\"]"),
                 templateKey, templateKey, eml,
                 QCryptographicHash::hash(eml, QCryptographicHash::Sha256).toHex(),
                 QString(asOf.toString(Qt::ISODate) + QStringLiteral("T08:00:00.000Z"))});
        if (!r)
            return r.error();
        return r.value().lastInsertId().toLongLong();
    }
    QList<Call> calls;

private:
    std::shared_ptr<Database> m_db;
};

/// A company file with a clerk (ann), a manager (mia) and helpers to add what a test needs.
class WorkflowCompany
{
public:
    /// `clock`: the file's clock (null: the machine's).
    bool open(const QString &path, std::shared_ptr<const Clock> clock = nullptr)
    {
        Database::Options options;
        options.mode = Database::OpenMode::CreateIfMissing;
        options.clock = std::move(clock);
        auto db = Database::open(path, options);
        if (!db)
            return false;
        this->path = path;
        this->db = db.value();
        // The helpers below place notes at UTC hours: the company lives in UTC, so their dates
        // are the company's dates whatever the zone the test runs in.
        if (!setTimeZone(QStringLiteral("UTC")))
            return false;
        UserRepository users(this->db->connection());
        clerk = users.ensure(QStringLiteral("ann"), UserRole::Clerk).valueOr(User()).id;
        // The manager also administers the file (company settings, #13).
        manager = users.ensure(QStringLiteral("mia"),
                               UserRoles(UserRole::Manager) | UserRole::Admin)
                          .valueOr(User())
                          .id;
        return clerk != 0 && manager != 0;
    }
    /// A file whose clock stands at noon UTC of `today`: the company lives in UTC, so its
    /// today() is `today` in whatever zone the test runs (Kiritimati's local noon is 22:00 UTC
    /// the day before). `clock` can be set or advanced afterwards.
    bool open(const QString &path, const QDate &today)
    {
        clock = FixedClock::atNoonIn(today, QTimeZone::utc());
        return open(path, clock);
    }

    std::shared_ptr<FixedClock> clock; ///< set by open(path, today)

    /// A client assigned to the clerk with one contact (e-mail and phone unless told otherwise).
    qint64 client(const QString &code, const QString &segment = QString(), bool email = true,
                  bool phone = true, bool doNotContact = false)
    {
        ClientService s(db, clerk);
        Client c = makeClient(code, code + QStringLiteral(" Ltd"));
        c.assignedUserId = clerk;
        c.segment = segment;
        if (!s.createClient(c))
            return 0;
        Contact k;
        k.clientId = c.id;
        k.name = QStringLiteral("Pat ") + code;
        k.isBillingContact = true;
        k.doNotContact = doNotContact;
        if (email)
            k.email = code.toLower() + QStringLiteral("@client.example");
        if (phone)
            k.phones = {Phone {QStringLiteral("office"), QStringLiteral("+1 415 555 0100"),
                               QStringLiteral("+14155550100"), QString()}};
        if (!s.addContact(k))
            return 0;
        return c.id;
    }

    qint64 invoice(qint64 clientId, const QString &number, const QDate &due, qint64 amount)
    {
        Invoice i = makeInvoice(clientId, number, due, amount);
        if (!ClientService(db, clerk).addInvoice(i))
            return 0;
        return i.id;
    }

    Result<qint64> pay(qint64 clientId, const QDate &date, qint64 amount, qint64 invoiceId = 0)
    {
        Payment p;
        p.clientId = clientId;
        p.date = date;
        p.amountMinor = amount;
        p.currency = QStringLiteral("USD");
        return LedgerService(db, clerk).recordPaymentOldestFirst(p, invoiceId);
    }

    static QDateTime at(const QDate &day, int hour = 10)
    {
        return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
    }

    /// A call on `day` whose template creates records (promise, plan, dispute).
    Result<Note> templated(qint64 clientId, const QDate &day, const QString &templateKey,
                           const QMap<QString, QString> &fields, const QDate &nextContact = {})
    {
        NoteService::Draft d;
        d.note.clientId = clientId;
        d.note.channel = NoteChannel::Call;
        d.note.occurredAt = at(day);
        d.note.text = templateKey;
        d.note.templateKey = templateKey;
        if (nextContact.isValid())
            d.note.nextContactDate = nextContact;
        else
            d.note.noFollowUpNeeded = true;
        d.fields = fields;
        if (templateKey == QLatin1String("payment-plan"))
            d.note.outcome = NoteOutcome::Reached;
        return NoteService(db, clerk).add(d);
    }

    Result<Note> promise(qint64 clientId, const QDate &day, const QString &amount,
                         const QDate &date, const QString &invoices = QString())
    {
        QMap<QString, QString> f {{QStringLiteral("amount"), amount},
                                  {QStringLiteral("date"), date.toString(Qt::ISODate)}};
        if (!invoices.isEmpty())
            f.insert(QStringLiteral("invoices"), invoices);
        return templated(clientId, day, QStringLiteral("promise-to-pay"), f);
    }

    Result<Note> dispute(qint64 clientId, const QDate &day, const QString &invoices)
    {
        return templated(clientId, day, QStringLiteral("dispute"),
                         {{QStringLiteral("reason"), QStringLiteral("price differs")},
                          {QStringLiteral("invoices"), invoices}});
    }

    /// "200.00:2026-01-10; 200.00:2026-02-10"
    Result<Note> plan(qint64 clientId, const QDate &day, const QString &installments,
                      const QString &invoices = QString())
    {
        QMap<QString, QString> f {{QStringLiteral("installments"), installments}};
        if (!invoices.isEmpty())
            f.insert(QStringLiteral("invoices"), invoices);
        return templated(clientId, day, QStringLiteral("payment-plan"), f);
    }

    /// A plain call on `day` (a contact; no follow-up).
    /// A call on `day` (at 11:00 UTC, or at `occurredAt` when given).
    Result<Note> call(qint64 clientId, const QDate &day, const QDate &nextContact = {},
                      const QDateTime &occurredAt = {})
    {
        NoteService::Draft d;
        d.note.clientId = clientId;
        d.note.channel = NoteChannel::Call;
        d.note.outcome = NoteOutcome::Reached;
        d.note.occurredAt = occurredAt.isValid() ? occurredAt : at(day, 11);
        d.note.text = QStringLiteral("Spoke to accounts payable");
        if (nextContact.isValid())
            d.note.nextContactDate = nextContact;
        else
            d.note.noFollowUpNeeded = true;
        return NoteService(db, clerk).add(d);
    }

    /// The company's time zone (setting company.time_zone), as saving the settings sets it.
    bool setTimeZone(const QString &ianaId)
    {
        if (!writeSetting(db->connection(), QStringLiteral("company.time_zone"), ianaId))
            return false;
        db->setTimeZone(QTimeZone(ianaId.toUtf8()));
        return true;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        return scalar(db->connection(), sql, binds).toLongLong();
    }

    QString path;
    std::shared_ptr<Database> db;
    qint64 clerk = 0;
    qint64 manager = 0;
};

} // namespace ardesk::test
