// SPDX-License-Identifier: MIT
// Built into every test executable that links the core, before the first test runs:
// - the application gets the same translators as `ardesk` and `ardesk-cli` in English, whatever
//   the machine's language, so the English plural forms ("1 day", "2 days") are what tests see;
// - its QSettings are its own: ctest runs a test and its `clock` reruns side by side, and a
//   window's saved splitter, recent files or "done today" list must not be another run's. The
//   file is removed when the test ends.
#include "core/support/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace {

void removeOwnSettings()
{
    const QString file = QSettings().fileName();
    QFile::remove(file);
}

void prepareTestProcess()
{
    // The programs a test starts (ardesk-cli, ardesk) speak English too, also when the test runs
    // under a German locale (the `clock` label): they read ARDESK_LANGUAGE first.
    qputenv("ARDESK_LANGUAGE", "en");
    if (!ardesk::translations::install(QLocale(QLocale::English)))
        qFatal("the English translation catalogue is missing from the build");
    QCoreApplication::setApplicationName(
            QStringLiteral("%1-%2").arg(QCoreApplication::applicationName(),
                                        QString::number(QCoreApplication::applicationPid())));
    qAddPostRoutine(removeOwnSettings);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(prepareTestProcess)
