// SPDX-License-Identifier: MIT
#include "core/domain/paymentplan.h"

namespace ardesk {

QString toString(InstallmentStatus status)
{
    switch (status) {
    case InstallmentStatus::Pending:
        return QStringLiteral("pending");
    case InstallmentStatus::Paid:
        return QStringLiteral("paid");
    case InstallmentStatus::Late:
        return QStringLiteral("late");
    case InstallmentStatus::Missed:
        return QStringLiteral("missed");
    }
    return QString();
}

QList<InstallmentStatus> evaluateInstallments(const QList<PlanInstallment> &installments,
                                              const QList<QPair<QDate, qint64>> &payments,
                                              const QDate &asOf, int graceDays)
{
    const auto paidBy = [&](const QDate &day) {
        qint64 sum = 0;
        for (const auto &[date, amount] : payments) {
            if (date <= day && date <= asOf)
                sum += amount;
        }
        return sum;
    };
    QList<InstallmentStatus> out;
    qint64 cumulative = 0;
    for (const PlanInstallment &i : installments) {
        cumulative += i.amountMinor;
        const QDate deadline = i.dueDate.addDays(std::max(0, graceDays));
        if (paidBy(std::min(deadline, asOf)) >= cumulative)
            out.append(InstallmentStatus::Paid);
        else if (paidBy(asOf) >= cumulative)
            out.append(InstallmentStatus::Late);
        else if (asOf > deadline)
            out.append(InstallmentStatus::Missed);
        else
            out.append(InstallmentStatus::Pending);
    }
    return out;
}

} // namespace ardesk
