// SPDX-License-Identifier: MIT
#include "core/domain/adjustment.h"

namespace ardesk {

QString toString(AdjustmentKind kind)
{
    switch (kind) {
    case AdjustmentKind::CreditNote:
        return QStringLiteral("credit_note");
    case AdjustmentKind::WriteOff:
        return QStringLiteral("write_off");
    }
    return QString();
}

} // namespace ardesk
