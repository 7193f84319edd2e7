// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace ardesk {

/// How a dispute ends: settled in the client's favour or ours (the stored status).
enum class DisputeClosing { Resolved, Rejected };
inline QString toString(DisputeClosing how)
{
    return how == DisputeClosing::Resolved ? QStringLiteral("resolved")
                                           : QStringLiteral("rejected");
}

/// An open dispute on one invoice, as listed (a dispute note opens it).
struct Dispute
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientCode;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString reason;
    qint64 ownerId = 0;
    QDate openedOn;
    int version = 0;
};

} // namespace ardesk
