// SPDX-License-Identifier: MIT
#include "core/support/progress.h"

namespace ardesk {

void Progress::report(qint64 done, qint64 total, const QString &stage) const
{
    if (!m_report)
        return;
    const bool due = !m_since.isValid() || stage != m_stage || (total > 0 && done >= total)
            || m_since.elapsed() >= kInterval;
    if (!due)
        return;
    m_since.start();
    m_stage = stage;
    m_report(done, total, stage);
}

Error Progress::cancelledError(const QString &message)
{
    return makeError(ErrorCode::InvalidValue, message);
}

} // namespace ardesk
