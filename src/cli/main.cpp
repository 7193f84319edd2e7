// SPDX-License-Identifier: MIT
#include "cli/cliapp.h"
#include "core/support/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ardesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
    ardesk::translations::install();
    return ardesk::cli::CliApp().run(app.arguments().mid(1));
}
