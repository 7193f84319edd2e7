// SPDX-License-Identifier: MIT
// Small helpers for the widget tests (offscreen).
#pragma once

#include <QString>
#include <QToolButton>
#include <QWidget>

namespace ardesk::test {

/// The Details tab's dial button whose tooltip names `shown` (a number as shown, a contact's
/// name); nullptr when there is none.
inline QToolButton *phoneButton(QWidget *detailsTab, const QString &shown)
{
    QToolButton *dial = nullptr;
    for (QToolButton *b : detailsTab->findChildren<QToolButton *>(QStringLiteral("phoneButton"))) {
        if (b->toolTip().contains(shown))
            dial = b;
    }
    return dial;
}

} // namespace ardesk::test
