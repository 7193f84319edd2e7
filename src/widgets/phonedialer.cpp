// SPDX-License-Identifier: MIT
#include "widgets/phonedialer.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace ardesk {

namespace {
const QString kFallbackKey = QStringLiteral("calls/noHandler");
const QString kCommandKey = QStringLiteral("calls/softphoneCommand");
} // namespace

PhoneDialer::Settings PhoneDialer::Settings::load()
{
    QSettings settings;
    Settings s;
    s.fallback = settings.value(kFallbackKey).toString() == QLatin1String("command")
            ? Fallback::Command
            : Fallback::Clipboard;
    s.command = settings.value(kCommandKey).toString();
    return s;
}

void PhoneDialer::Settings::save() const
{
    QSettings settings;
    settings.setValue(kFallbackKey,
                      fallback == Fallback::Command ? QStringLiteral("command")
                                                    : QStringLiteral("clipboard"));
    settings.setValue(kCommandKey, command.trimmed());
}

PhoneDialer::PhoneDialer()
    : m_openUrl(
            [](const QUrl &url) { return desktopHandlesTel() && QDesktopServices::openUrl(url); })
{ }

bool PhoneDialer::desktopHandlesTel()
{
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgMime.isEmpty())
        return true; // no way to ask: opening the URL says whether it worked
    QProcess query;
    query.start(xdgMime,
                {QStringLiteral("query"), QStringLiteral("default"),
                 QStringLiteral("x-scheme-handler/tel")});
    if (!query.waitForFinished(2000)) {
        query.kill();
        query.waitForFinished(500);
        return true;
    }
    return !query.readAllStandardOutput().trimmed().isEmpty();
}

QStringList PhoneDialer::commandLine(const QString &command, const QString &e164)
{
    QStringList words = QProcess::splitCommand(command.trimmed());
    if (words.isEmpty())
        return {};
    bool substituted = false;
    for (int i = 1; i < words.size(); ++i) {
        if (words.at(i).contains(QLatin1String("%n"))) {
            words[i].replace(QLatin1String("%n"), e164);
            substituted = true;
        }
    }
    if (!substituted)
        words.append(e164);
    return words;
}

PhoneDialer::Dial PhoneDialer::dial(const QString &e164, const QString &extension,
                                    const QString &display) const
{
    QString tel = QStringLiteral("tel:") + e164;
    if (!extension.isEmpty())
        tel += QStringLiteral(";ext=") + extension;
    if (m_openUrl(QUrl(tel)))
        return {Outcome::Desktop, QString()};
    const Settings settings = Settings::load();
    // Only a number goes into a command line: + and digits, as libphonenumber formats E.164.
    static const QRegularExpression e164Form(QStringLiteral("^\\+[0-9]{2,15}$"));
    if (settings.fallback == Fallback::Command && !settings.command.trimmed().isEmpty()
        && e164Form.match(e164).hasMatch()) {
        QStringList words = commandLine(settings.command, e164);
        const QString program = words.takeFirst();
        if (QProcess::startDetached(program, words))
            return {Outcome::Softphone, tr("Calling %1 with %2").arg(display, program)};
        return copyToClipboard(e164, display,
                               tr("The softphone command %1 could not be started").arg(program));
    }
    return copyToClipboard(e164, display, tr("No program on this computer handles phone links"));
}

PhoneDialer::Dial PhoneDialer::copyToClipboard(const QString &e164, const QString &display,
                                               const QString &why) const
{
    QGuiApplication::clipboard()->setText(e164);
    return {Outcome::Copied,
            tr("%1: %2 is copied — paste it into your phone (a softphone can be set in File > "
               "Preferences)")
                    .arg(why, display)};
}

} // namespace ardesk
