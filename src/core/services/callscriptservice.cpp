// SPDX-License-Identifier: MIT
#include "core/services/callscriptservice.h"

#include "core/domain/callscript.h"
#include "core/storage/brokenpromisequery.h"
#include "core/storage/companysettings.h"
#include "core/storage/templaterepository.h"
#include "core/support/dateformat.h"

#include <QHash>

namespace ardesk {
namespace {

/// The open invoice due first (not written off), or none.
const Invoice *oldestOpen(const QList<Invoice> &invoices)
{
    const Invoice *oldest = nullptr;
    for (const Invoice &inv : invoices) {
        if (inv.balanceMinor > 0 && !inv.writtenOff && (!oldest || inv.dueDate < oldest->dueDate))
            oldest = &inv;
    }
    return oldest;
}

void insertPromise(QHash<QString, QString> &v, const BrokenPromiseQuery::Promise &p,
                   const QLocale &locale)
{
    v.insert(QStringLiteral("promise.amount"),
             Money::fromMinor(p.amountMinor, p.currency).format(locale));
    v.insert(QStringLiteral("promise.date"), dateformat::date(locale, p.promisedDate));
    v.insert(QStringLiteral("promise.created_date"), dateformat::date(locale, p.madeOn));
}

void insertAccount(QHash<QString, QString> &v, const CallScriptService::Call &call,
                   const Invoice *oldest, int daysPastDue)
{
    const Client &c = call.details.client;
    v.insert(QStringLiteral("client.overdue"),
             Money::fromMinor(call.details.overdueMinor, c.currency).format(call.locale));
    v.insert(QStringLiteral("client.balance"),
             Money::fromMinor(call.details.balanceMinor, c.currency).format(call.locale));
    v.insert(QStringLiteral("client.days_past_due"), QString::number(daysPastDue));
    if (oldest) {
        v.insert(QStringLiteral("invoice.number"), oldest->number);
        v.insert(QStringLiteral("invoice.balance"), oldest->balance().format(call.locale));
        v.insert(QStringLiteral("invoice.due_date"),
                 dateformat::date(call.locale, oldest->dueDate));
    }
}

} // namespace

Result<QString> CallScriptService::script(const Call &call) const
{
    const Client &c = call.details.client;
    CallScript::Situation s;
    const Invoice *oldest = oldestOpen(call.details.invoices);
    if (oldest)
        s.oldestDaysPastDue = oldest->daysPastDue(call.today);
    QHash<QString, QString> v;
    // A promise that cannot be read only leaves the promise out of the script.
    if (auto broken = BrokenPromiseQuery(*m_db).latest(c.id, call.today);
        broken && broken.value()) {
        s.hasBrokenPromise = true;
        insertPromise(v, *broken.value(), call.locale);
    }
    auto script = TemplateRepository(*m_db).find(CallScript::keyFor(s));
    if (!script)
        return script.error();
    v.insert(QStringLiteral("client.name"), c.name);
    v.insert(QStringLiteral("client.code"), c.code);
    v.insert(QStringLiteral("contact.name"), call.contact.name);
    v.insert(QStringLiteral("sender.name"), call.senderName);
    // Never a raw placeholder on the clerk's screen (#12): without a company name set, the
    // script says what to say there.
    const auto settings = CompanySettings::load(*m_db);
    v.insert(QStringLiteral("company.name"),
             settings && !settings.value().companyName.trimmed().isEmpty()
                     ? settings.value().companyName
                     : tr("(your company's name)"));
    insertAccount(v, call, oldest, s.oldestDaysPastDue);
    return CallScript::render(script.value().bodyText, v);
}

} // namespace ardesk
