// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>

namespace ardesk {

/// The aging buckets, by days past the due date on a day: not due (≤ 0), 1–30, 31–60, 61–90
/// and more than 90. The aging report, the dashboard and the client list's bucket filter share
/// these bounds.
enum class AgingBucket { NotDue, Days1to30, Days31to60, Days61to90, Days90Plus };

inline constexpr std::array<AgingBucket, 5> kAgingBuckets {
        AgingBucket::NotDue, AgingBucket::Days1to30, AgingBucket::Days31to60,
        AgingBucket::Days61to90, AgingBucket::Days90Plus};

/// The bucket of an open balance `daysPastDue` days past its due date.
constexpr AgingBucket agingBucketOf(int daysPastDue)
{
    if (daysPastDue <= 0)
        return AgingBucket::NotDue;
    if (daysPastDue <= 30)
        return AgingBucket::Days1to30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31to60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61to90;
    return AgingBucket::Days90Plus;
}

/// The fewest days past due in `bucket` (empty for "not due": no lower bound).
constexpr std::optional<int> agingBucketFirstDay(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotDue:
        return std::nullopt;
    case AgingBucket::Days1to30:
        return 1;
    case AgingBucket::Days31to60:
        return 31;
    case AgingBucket::Days61to90:
        return 61;
    case AgingBucket::Days90Plus:
        return 91;
    }
    return std::nullopt;
}

/// The most days past due in `bucket` (empty for 90+: no upper bound).
constexpr std::optional<int> agingBucketLastDay(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotDue:
        return 0;
    case AgingBucket::Days1to30:
        return 30;
    case AgingBucket::Days31to60:
        return 60;
    case AgingBucket::Days61to90:
        return 90;
    case AgingBucket::Days90Plus:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace ardesk
