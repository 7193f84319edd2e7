// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QString>

namespace ardesk {

/// The end of a dialog's save: the dialog (if still open) is enabled again, then closes when
/// `error` is empty or shows it under its form. `Dialog` has accept() and showError(QString).
template<typename Dialog>
void finishDialog(const QPointer<Dialog> &guard, const QString &error)
{
    if (!guard)
        return;
    guard->setEnabled(true);
    if (error.isEmpty())
        guard->accept();
    else
        guard->showError(error);
}

} // namespace ardesk
