// SPDX-License-Identifier: MIT
#include "print/statementpdf.h"

#include "core/domain/money.h"
#include "core/support/dateformat.h"
#include "print/pdfreport.h"

#include <QLocale>
#include <QSaveFile>

namespace ardesk {

namespace {

void addHeader(PdfReport &doc, const StatementData &s, const QLocale &locale)
{
    doc.addTitle(s.companyName);
    if (!s.companyAddress.isEmpty())
        doc.addParagraph(s.companyAddress, PdfReport::Style::Small);
    doc.addSpace(6);
    doc.addHeading(StatementPdf::tr("Statement of account"));
    doc.addParagraph(StatementPdf::tr("As of %1").arg(dateformat::date(locale, s.asOf)));
    doc.addSpace(3);
    doc.addParagraph(StatementPdf::tr("%1 (%2)").arg(s.clientName, s.clientCode),
                     PdfReport::Style::Bold);
    if (!s.billingAddress.isEmpty())
        doc.addParagraph(s.billingAddress);
}

void addItems(PdfReport &doc, const StatementData &s, const QLocale &locale)
{
    doc.addHeading(StatementPdf::tr("Open items"));
    if (s.items.isEmpty()) {
        doc.addParagraph(
                StatementPdf::tr("Nothing is open on %1.").arg(dateformat::date(locale, s.asOf)));
        return;
    }
    const Qt::Alignment right = Qt::AlignRight;
    doc.beginTable({{1.6, Qt::AlignLeft},
                    {1.2, Qt::AlignLeft},
                    {1.2, Qt::AlignLeft},
                    {1.5, right},
                    {1.5, right},
                    {0.9, right},
                    {0.9, Qt::AlignLeft}},
                   {StatementPdf::tr("Invoice"), StatementPdf::tr("Issued"),
                    StatementPdf::tr("Due"), StatementPdf::tr("Amount"), StatementPdf::tr("Open"),
                    StatementPdf::tr("Days overdue"), StatementPdf::tr("Aging")});
    for (const StatementData::Item &item : s.items)
        doc.addRow({item.number, dateformat::date(locale, item.issueDate),
                    dateformat::date(locale, item.dueDate), item.amount().format(locale),
                    item.open().format(locale),
                    item.daysOverdue > 0 ? locale.toString(item.daysOverdue) : QString(),
                    StatementData::bucketName(item.daysOverdue)});
    doc.endTable();
    doc.addSpace(3);
    for (const StatementData::Total &t : s.totals) {
        doc.addParagraph(
                StatementPdf::tr("Total due (%1): %2").arg(t.currency, t.open().format(locale)),
                PdfReport::Style::Bold);
        if (t.overdueMinor > 0)
            doc.addParagraph(
                    StatementPdf::tr("of which overdue: %1").arg(t.overdue().format(locale)));
    }
}

void addTerms(PdfReport &doc, const StatementData &s)
{
    if (!s.latePenaltyWording.isEmpty()) {
        doc.addHeading(StatementPdf::tr("Late payment"));
        doc.addParagraph(s.latePenaltyWording);
    }
    if (!s.discountWording.isEmpty()) {
        doc.addHeading(StatementPdf::tr("Early payment"));
        doc.addParagraph(s.discountWording);
    }
    if (!s.remittance.isEmpty()) {
        doc.addHeading(StatementPdf::tr("How to pay"));
        doc.addParagraph(s.remittance);
    }
}

} // namespace

Result<QByteArray> StatementPdf::renderPdf(const StatementData &s) const
{
    const QLocale locale(s.locale);
    PdfReport doc(tr("Statement of account — %1").arg(s.clientName));
    addHeader(doc, s, locale);
    addItems(doc, s, locale);
    addTerms(doc, s);
    const QString footer = tr("%1 · statement for %2 (%3) as of %4")
                                   .arg(s.companyName, s.clientName, s.clientCode,
                                        dateformat::date(locale, s.asOf));
    doc.setFooter([footer](int, int) { return QStringList {footer}; });
    return doc.toPdf();
}

Result<void> StatementPdf::write(const StatementData &statement, const QString &path)
{
    auto pdf = StatementPdf().renderPdf(statement);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    file.write(pdf.value());
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

} // namespace ardesk
