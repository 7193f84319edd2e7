// SPDX-License-Identifier: MIT
#include "core/support/log.h"
#include "core/support/paths.h"
#include "core/support/translations.h"
#include "widgets/appearance.h"
#include "widgets/mainwindow.h"
#include "widgets/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace {

/// The file to open: the one named, else the last one, else the demo company when it exists.
QString fileToOpen(const QCommandLineParser &parser)
{
    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty())
        file = QSettings().value(QStringLiteral("lastFile")).toString();
    if (file.isEmpty() && QFileInfo::exists(ardesk::paths::demoCompanyFile()))
        file = ardesk::paths::demoCompanyFile();
    return file;
}

/// The window answers for each file it opens; a second launch on that file raises it.
void answerForOpenFiles(ardesk::MainWindow &window, ardesk::SingleInstance &instance)
{
    QObject::connect(&window, &ardesk::MainWindow::fileOpened, &instance,
                     [&instance](const QString &path) {
                         if (!instance.listen(path))
                             ardesk::log::warning(QStringLiteral("single instance for %1: %2")
                                                          .arg(path, instance.errorString()));
                     });
    QObject::connect(&instance, &ardesk::SingleInstance::raiseRequested, &window, [&window] {
        ardesk::log::info(QStringLiteral("raise requested by a second launch"));
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ARDesk"));
    QApplication::setApplicationName(QStringLiteral("ARDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
    // The installed menu entry's id (packaging/org.ardesk.ARDesk.desktop): Wayland compositors
    // match the window to its entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ardesk.ARDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ardesk/icons/ardesk.svg")));
    // The language chosen in File > Preferences on this desk, else the system's.
    ardesk::translations::install(
            ardesk::translations::uiLocale(ardesk::translations::startLanguage(QSettings())));
    // The colours chosen in File > Preferences > Appearance (System unless chosen).
    ardesk::Appearance::apply(ardesk::Appearance::storedScheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ARDesk collections desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption userOption(
            QStringLiteral("user"),
            QApplication::translate("main", "Work as this user (skips the user prompt)."),
            QStringLiteral("name"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QApplication::translate("main", "Log debug messages."));
    parser.addOption(userOption);
    parser.addOption(verboseOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Company file to open."));
    parser.process(app);

    ardesk::log::Options logOptions;
    logOptions.directory = ardesk::paths::logDirectory();
    logOptions.verbose = parser.isSet(verboseOption);
    ardesk::log::init(logOptions);
    ardesk::log::info(QStringLiteral("ARDesk %1 starting").arg(QApplication::applicationVersion()));

    const QString file = fileToOpen(parser);
    // One window per company file: an ARDesk that has it open comes to the front instead.
    if (!file.isEmpty() && ardesk::SingleInstance::raiseRunning(file)) {
        ardesk::log::info(QStringLiteral("%1 is open in a running ARDesk: raised it").arg(file));
        ardesk::log::shutdown();
        return 0;
    }

    ardesk::MainWindow window;
    window.show();
    ardesk::SingleInstance instance;
    answerForOpenFiles(window, instance);
    if (!file.isEmpty()) {
        if (auto r = window.openFile(file, parser.value(userOption)); !r) {
            ardesk::log::error(r.errorString());
            QMessageBox::warning(&window,
                                 QApplication::translate("main", "Cannot open company file"),
                                 r.errorString());
        }
    }
    const int rc = app.exec();
    ardesk::log::shutdown();
    return rc;
}
