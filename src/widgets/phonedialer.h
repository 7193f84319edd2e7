// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ardesk {

/// How a call reaches a phone: `tel:` through the desktop when a program handles it; otherwise
/// what this desk's settings say — a softphone command line started with the number (never
/// through a shell), or the number copied to the clipboard. The settings live in QSettings (this
/// computer), not in the company file. GUI thread only.
class PhoneDialer
{
    Q_DECLARE_TR_FUNCTIONS(PhoneDialer)
public:
    /// What to do when no program handles tel: links.
    enum class Fallback { Clipboard, Command };
    struct Settings
    {
        Fallback fallback = Fallback::Clipboard;
        /// e.g. `linphonec -c "call %n"`: %n is the number in E.164 (+14155550100).
        QString command;

        static Settings load();
        void save() const;
    };
    enum class Outcome {
        Desktop, ///< tel: handed to the desktop's handler
        Softphone, ///< the softphone command started
        Copied, ///< the number is on the clipboard
    };
    struct Dial
    {
        Outcome outcome = Outcome::Copied;
        /// What to tell the user (empty when the desktop took the call).
        QString message;
    };

    PhoneDialer();

    /// How tel: URLs are handed to the desktop; by default QDesktopServices, and only when a
    /// handler is registered (desktopHandlesTel). Tests record the URLs instead.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    /// Dials `e164` (extension, if any, in the tel: link only); `display` is how the number is
    /// shown in messages.
    Dial dial(const QString &e164, const QString &extension, const QString &display) const;

    /// Whether the desktop names a handler for tel: (`xdg-mime query default
    /// x-scheme-handler/tel`); true when it cannot tell (no xdg-mime), so that opening the URL
    /// decides.
    static bool desktopHandlesTel();
    /// The program and its arguments for `command` and `e164`: words split as a shell would
    /// (quotes group), but nothing is ever run by a shell; every %n becomes the number, and the
    /// number is appended when there is no %n. Empty when the command is empty.
    static QStringList commandLine(const QString &command, const QString &e164);

private:
    Dial copyToClipboard(const QString &e164, const QString &display, const QString &why) const;

    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace ardesk
