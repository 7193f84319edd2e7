// SPDX-License-Identifier: MIT
#include "print/casefilepdf.h"

#include "core/domain/money.h"
#include "core/domain/promise.h"
#include "core/support/dateformat.h"
#include "print/pdfreport.h"

#include <QLocale>
#include <QTimeZone>

namespace ardesk {

namespace {

using Style = PdfReport::Style;

/// How the document shows dates, instants and amounts: the company's locale and time zone.
struct Format
{
    QLocale locale;
    QTimeZone zone;

    QString date(const QDate &d) const { return dateformat::date(locale, d); }
    QString instant(const QDateTime &t) const { return dateformat::dateTimeIn(locale, t, zone); }
    QString money(qint64 minor, const QString &currency) const
    {
        return Money::fromMinor(minor, currency).format(locale);
    }
};

void addClient(PdfReport &doc, const CaseFileData &d)
{
    const Client &c = d.client;
    doc.addHeading(CaseFilePdf::tr("Client"));
    QStringList lines {CaseFilePdf::tr("Status: %1").arg(displayName(c.status)),
                       CaseFilePdf::tr("Currency: %1 · terms: net %2 days")
                               .arg(c.currency)
                               .arg(c.paymentTermsDays)};
    if (c.creditHold)
        lines << CaseFilePdf::tr("On credit hold: %1").arg(c.creditHoldReason);
    if (!c.segment.isEmpty())
        lines << CaseFilePdf::tr("Segment: %1").arg(c.segment);
    if (!d.clerk.isEmpty())
        lines << CaseFilePdf::tr("Clerk: %1").arg(d.clerk);
    if (!c.billingAddress.isEmpty())
        lines << CaseFilePdf::tr("Billing address: %1").arg(c.billingAddress);
    doc.addParagraph(lines.join(u'\n'));

    doc.addHeading(CaseFilePdf::tr("Contacts"));
    if (d.contacts.isEmpty()) {
        doc.addParagraph(CaseFilePdf::tr("None recorded."));
        return;
    }
    doc.beginTable({{1.4}, {1.0}, {1.6}, {1.6}, {1.0}},
                   {CaseFilePdf::tr("Name"), CaseFilePdf::tr("Role"), CaseFilePdf::tr("E-mail"),
                    CaseFilePdf::tr("Phones"), CaseFilePdf::tr("Notes")});
    for (const Contact &contact : d.contacts) {
        QStringList phones;
        for (const Phone &p : contact.phones)
            phones << (p.label.isEmpty() ? p.raw : QStringLiteral("%1: %2").arg(p.label, p.raw));
        QStringList marks;
        if (contact.isBillingContact)
            marks << CaseFilePdf::tr("billing");
        if (contact.doNotContact)
            marks << CaseFilePdf::tr("do not contact");
        doc.addRow({contact.name, contact.role, contact.email, phones.join(u'\n'),
                    marks.join(QStringLiteral(", "))});
    }
    doc.endTable();
}

void addLedger(PdfReport &doc, const CaseFileData &d, const Format &f)
{
    const Qt::Alignment right = Qt::AlignRight;
    doc.addHeading(CaseFilePdf::tr("Invoices"));
    if (d.invoices.isEmpty())
        doc.addParagraph(CaseFilePdf::tr("None."));
    else {
        doc.beginTable({{1.4}, {1.1}, {1.1}, {1.4, right}, {1.4, right}, {1.2}},
                       {CaseFilePdf::tr("Invoice"), CaseFilePdf::tr("Issued"),
                        CaseFilePdf::tr("Due"), CaseFilePdf::tr("Amount"), CaseFilePdf::tr("Open"),
                        CaseFilePdf::tr("Status")});
        for (const Invoice &i : d.invoices)
            doc.addRow({i.number, f.date(i.issueDate), f.date(i.dueDate),
                        f.money(i.amountMinor, i.currency), f.money(i.balanceMinor, i.currency),
                        displayName(i.status())});
        doc.endTable();
    }
    doc.addHeading(CaseFilePdf::tr("Payments"));
    if (d.payments.isEmpty()) {
        doc.addParagraph(CaseFilePdf::tr("None."));
        return;
    }
    doc.beginTable({{1.1}, {1.3, right}, {1.0}, {1.2}, {2.0}},
                   {CaseFilePdf::tr("Date"), CaseFilePdf::tr("Amount"), CaseFilePdf::tr("Method"),
                    CaseFilePdf::tr("Reference"), CaseFilePdf::tr("Applied to")});
    for (const Payment &p : d.payments) {
        QStringList applied;
        for (const Allocation &a : p.allocations)
            applied << QStringLiteral("%1 %2").arg(d.invoiceNumber(a.invoiceId),
                                                   f.money(a.amountMinor, p.currency));
        if (p.isVoided())
            applied << CaseFilePdf::tr("VOIDED %1: %2").arg(f.instant(p.voidedAt), p.voidReason);
        doc.addRow({f.date(p.date), f.money(p.amountMinor, p.currency), displayName(p.method),
                    p.reference, applied.join(u'\n')});
    }
    doc.endTable();
}

void addCommitments(PdfReport &doc, const CaseFileData &d, const Format &f)
{
    doc.addHeading(CaseFilePdf::tr("Disputes"));
    if (d.disputes.isEmpty())
        doc.addParagraph(CaseFilePdf::tr("None."));
    else {
        doc.beginTable({{1.2}, {1.4}, {0.9}, {2.0}, {2.0}},
                       {CaseFilePdf::tr("Invoice"), CaseFilePdf::tr("Opened"),
                        CaseFilePdf::tr("Status"), CaseFilePdf::tr("Reason"),
                        CaseFilePdf::tr("Resolution")});
        for (const auto &x : d.disputes)
            doc.addRow({x.invoiceNumber, f.instant(x.openedAt), x.status, x.reason,
                        x.resolvedAt.isValid() ? QStringLiteral("%1: %2").arg(
                                f.instant(x.resolvedAt), x.resolution)
                                               : QString()});
        doc.endTable();
    }
    doc.addHeading(CaseFilePdf::tr("Promises to pay"));
    if (d.promises.isEmpty())
        doc.addParagraph(CaseFilePdf::tr("None."));
    else {
        doc.beginTable({{1.2}, {1.2}, {1.4, Qt::AlignRight}, {1.2}},
                       {CaseFilePdf::tr("Made on"), CaseFilePdf::tr("Promised for"),
                        CaseFilePdf::tr("Amount"), CaseFilePdf::tr("Status")});
        for (const auto &p : d.promises)
            doc.addRow({f.date(p.terms.madeOn), f.date(p.terms.promisedDate),
                        f.money(p.terms.amount.minor(), p.terms.amount.currencyCode()),
                        displayName(p.status)});
        doc.endTable();
    }
    doc.addHeading(CaseFilePdf::tr("Payment plans"));
    if (d.plans.isEmpty())
        doc.addParagraph(CaseFilePdf::tr("None."));
    for (const auto &plan : d.plans) {
        doc.addParagraph(CaseFilePdf::tr("Plan of %1 (%2), %3")
                                 .arg(f.instant(plan.createdAt), plan.currency, plan.status),
                         Style::Bold);
        doc.beginTable(
                {{1.2}, {1.4, Qt::AlignRight}, {1.2}},
                {CaseFilePdf::tr("Due"), CaseFilePdf::tr("Amount"), CaseFilePdf::tr("Status")});
        for (const auto &i : plan.installments)
            doc.addRow({f.date(i.dueDate), f.money(i.amountMinor, plan.currency), i.status});
        doc.endTable();
    }
}

QString sizeText(qint64 bytes, const QLocale &locale)
{
    return CaseFilePdf::tr("%1 bytes").arg(locale.toString(bytes));
}

void addTimeline(PdfReport &doc, const CaseFileData &d, const Format &f)
{
    doc.addHeading(CaseFilePdf::tr("Timeline of notes and e-mails"));
    if (d.notes.isEmpty())
        doc.addParagraph(CaseFilePdf::tr("No notes."));
    for (const NoteReader::History &h : d.notes) {
        if (h.revisions.isEmpty())
            continue;
        const Note &first = h.revisions.first().note;
        doc.addSpace(2);
        doc.addParagraph(
                CaseFilePdf::tr("Note %1 · %2").arg(first.id).arg(displayName(first.channel)),
                Style::Bold);
        for (const NoteReader::Entry &e : h.revisions) {
            const Note &n = e.note;
            QString who = n.contactName.isEmpty() ? QString()
                                                  : CaseFilePdf::tr(" with %1").arg(n.contactName);
            doc.addParagraph(CaseFilePdf::tr("Revision %1 · %2%3 · happened %4 · recorded %5 by %6")
                                     .arg(n.revision)
                                     .arg(displayName(n.channel), who, f.instant(n.occurredAt),
                                          f.instant(n.recordedAt), e.authorName),
                             Style::Small);
            if (n.outcome != NoteOutcome::None)
                doc.addParagraph(CaseFilePdf::tr("Outcome: %1").arg(displayName(n.outcome)),
                                 Style::Small);
            doc.addParagraph(n.text);
            for (const AttachmentInfo &a : e.attachments)
                doc.addParagraph(CaseFilePdf::tr("Attachment: %1 (%2) SHA-256 %3")
                                         .arg(a.displayName, sizeText(a.size, f.locale), a.sha256),
                                 Style::Small);
        }
        if (h.tombstone)
            doc.addParagraph(CaseFilePdf::tr("DELETED %1 by %2. Reason: %3")
                                     .arg(f.instant(h.tombstone->recordedAt),
                                          h.tombstone->authorName, h.tombstone->reason),
                             Style::Bold);
    }
}

void addAttachments(PdfReport &doc, const CaseFileData &d, const Format &f)
{
    doc.addHeading(CaseFilePdf::tr("Attachments"));
    const QList<AttachmentInfo> all = d.attachments();
    if (all.isEmpty()) {
        doc.addParagraph(CaseFilePdf::tr("None."));
        return;
    }
    doc.beginTable({{1.6}, {0.4}, {0.8, Qt::AlignRight}, {4.4}},
                   {CaseFilePdf::tr("File"), CaseFilePdf::tr("Note"), CaseFilePdf::tr("Size"),
                    CaseFilePdf::tr("SHA-256")});
    for (const AttachmentInfo &a : all)
        doc.addRow({a.displayName, QString::number(a.noteId), sizeText(a.size, f.locale), a.sha256},
                   Style::Small);
    doc.endTable();
}

} // namespace

QStringList CaseFilePdf::recordLines(const CaseFileData &d)
{
    // Counts after a colon, not in a sentence: no plural forms to get wrong, and short
    // enough for one footer line.
    const QString result = d.verified
            ? tr("OK (chain links: %1; this client's entries recomputed: %2)")
                      .arg(d.chainEntries)
                      .arg(d.verifiedRevisions + d.verifiedTombstones + d.verifiedAttachments)
            : tr("FAILED, %n problem(s); the first: %1", nullptr, d.problems).arg(d.firstProblem);
    return {tr("Record chain head %1")
                    .arg(d.chainHead.isEmpty() ? tr("(empty record)") : d.chainHead),
            tr("Verify at printing: %1").arg(result)};
}

Result<QByteArray> CaseFilePdf::render(const CaseFileData &d)
{
    const Format f {QLocale(d.locale), QTimeZone(d.timeZone.toUtf8())};
    PdfReport doc(tr("Case file — %1").arg(d.client.name));
    doc.addTitle(tr("Case file: %1 (%2)").arg(d.client.name, d.client.code));
    doc.addParagraph(
            tr("%1 · printed %2 by %3").arg(d.companyName, f.instant(d.printedAt), d.printedBy),
            Style::Small);
    addClient(doc, d);
    addLedger(doc, d, f);
    addCommitments(doc, d, f);
    addTimeline(doc, d, f);
    addAttachments(doc, d, f);
    const QString first
            = tr("%1 · case file of %2 (%3) · printed %4")
                      .arg(d.companyName, d.client.name, d.client.code, f.instant(d.printedAt));
    const QStringList record = recordLines(d);
    doc.setFooter([first, record](int, int) { return QStringList {first} + record; });
    return doc.toPdf();
}

} // namespace ardesk
