// SPDX-License-Identifier: MIT
// Built into every test executable that links the core: before the first test runs, the
// application gets the same translators as `ardesk` and `ardesk-cli`, so the English plural
// forms ("1 day", "2 days") are what tests see.
#include "core/support/translations.h"

#include <QCoreApplication>

namespace {

void installTranslations()
{
    if (!ardesk::translations::install())
        qFatal("the English translation catalogue is missing from the build");
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)
