// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

enum class InstallmentStatus { Pending, Paid, Late, Missed };
QString toString(InstallmentStatus status);

/// One installment of a payment plan as the rule sees it.
struct PlanInstallment
{
    qint64 id = 0;
    QDate dueDate;
    qint64 amountMinor = 0;
};

/// The payment-plan rule. Installments are paid in order: the money counted towards the plan
/// (payments dated from the day the plan was agreed; for a plan that names invoices, only what
/// was allocated to them) fills them oldest first. An installment is paid when the money
/// received by its date plus `graceDays` covers it and every earlier one; late when that money
/// came after the deadline but by `asOf`; missed when it is still not covered after the
/// deadline; pending otherwise. `payments` are (date, amount) pairs already in the plan's
/// currency and scope.
QList<InstallmentStatus> evaluateInstallments(const QList<PlanInstallment> &installments,
                                              const QList<QPair<QDate, qint64>> &payments,
                                              const QDate &asOf, int graceDays);

} // namespace ardesk
