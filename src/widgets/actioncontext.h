// SPDX-License-Identifier: MIT
#pragma once

class QStatusBar;
class QWidget;

namespace ardesk {

class ClientWorkspace;
class Session;

/// What an action class (LedgerActions, NoteActions, MailActions) acts with, passed in by the
/// window that owns it: the session (worker, user, locale, client writes), the workspace of the
/// shown client, the status bar for short messages, and the window dialogs are parented to.
struct ActionContext
{
    Session *session = nullptr;
    ClientWorkspace *workspace = nullptr;
    QStatusBar *status = nullptr;
    QWidget *window = nullptr;
};

} // namespace ardesk
