// SPDX-License-Identifier: MIT
#include "core/domain/allocation.h"

#include <algorithm>

namespace ardesk {

QList<Allocation> AllocationRule::oldestFirst(qint64 amountMinor, QList<OpenItem> openItems,
                                              qint64 preferredInvoiceId)
{
    std::stable_sort(openItems.begin(), openItems.end(), [&](const OpenItem &a, const OpenItem &b) {
        const bool ap = a.invoiceId == preferredInvoiceId, bp = b.invoiceId == preferredInvoiceId;
        if (ap != bp)
            return ap;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.issueDate != b.issueDate)
            return a.issueDate < b.issueDate;
        return a.invoiceId < b.invoiceId;
    });
    QList<Allocation> out;
    qint64 left = amountMinor;
    for (const OpenItem &item : std::as_const(openItems)) {
        if (left <= 0)
            break;
        if (item.balanceMinor <= 0)
            continue;
        const qint64 part = std::min(left, item.balanceMinor);
        out.append(Allocation {item.invoiceId, part});
        left -= part;
    }
    return out;
}

} // namespace ardesk
