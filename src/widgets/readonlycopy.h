// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <functional>
#include <memory>

#include <QString>
#include <QUrl>

class QObject;
class QStatusBar;
class QWidget;

namespace ardesk {

class Session;

/// Where a read-only copy is opened and how its failures are shown.
struct ReadOnlyCopyView
{
    QObject *context; ///< the answer is dropped once it is gone
    QWidget *window; ///< parent of the error box
    QStatusBar *status;
    std::function<bool(const QUrl &)> openUrl; ///< the desktop's viewer (tests replace it)
};

/// Makes a read-only copy of a stored file on the session's worker (`copy` answers its path)
/// and hands it to the desktop's viewer — never executed by ARDesk. A failed copy shows in a
/// message box titled `title`; when no application opens it, `noViewer` (%1: the path) shows in
/// the status bar. Note attachments and invoice documents open this way.
void openReadOnlyCopy(Session *session, const ReadOnlyCopyView &view, const QString &title,
                      const QString &noViewer,
                      std::function<Result<QString>(const std::shared_ptr<Database> &)> copy);

} // namespace ardesk
