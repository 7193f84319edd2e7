// SPDX-License-Identifier: MIT
#include "cli/cliapp.h"
#include "core/support/translations.h"

#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // The PDF commands print with Qt Gui (fonts, QPdfWriter) on the offscreen platform unless
    // one is set; everything else stays a QCoreApplication that needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (ardesk::cli::CliApp::printsDocuments(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ARDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ardesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
    ardesk::translations::install();
    return ardesk::cli::CliApp().run(QCoreApplication::arguments().mid(1));
}
