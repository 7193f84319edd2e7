// SPDX-License-Identifier: MIT
#include "cli/cliapp.h"
#include "core/support/translations.h"

#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

namespace {

QtMessageHandler g_previous = nullptr;

/// Qt Gui's platform asks for the runtime folder, and on a server or in cron (no login session)
/// says on stderr that XDG_RUNTIME_DIR is not set. The CLI's contract is silence on success and
/// one error line on failure: that notice is dropped, every other message goes on as before.
void quietRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previous)
        g_previous(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF commands print with Qt Gui (fonts, QPdfWriter) on the offscreen platform unless
    // one is set; everything else stays a QCoreApplication that needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (ardesk::cli::CliApp::printsDocuments(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previous = qInstallMessageHandler(quietRuntimeDirNotice);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ARDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ardesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
    // Human messages speak the language the window's desk chose (its settings, not the CLI's
    // own), else the system's; machine-read output (--json, CSV) is the same in every language.
    ardesk::translations::install(
            ardesk::translations::uiLocale(ardesk::translations::startLanguage(
                    QSettings(QStringLiteral("ARDesk"), QStringLiteral("ARDesk")))));
    return ardesk::cli::CliApp().run(QCoreApplication::arguments().mid(1));
}
